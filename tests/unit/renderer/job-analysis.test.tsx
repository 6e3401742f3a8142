// @vitest-environment happy-dom
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../shared/extract';
import type { JobStatus } from '../../../shared/ipc/contract';
import { bootDesk, sample } from './helpers/desk';
import { holdCommits, memoryStoreOf } from './helpers/deskApi';

// After its files, a job's contradiction analysis may run for minutes (a newsroom's 10,000 articles):
// the progress line says how far it is, in the desk's language, and its bar follows the share.
describe("the progress line during a job's analysis", () => {
  it('shows the analysis share in the desk language and the bar at that share, then the job ends', async () => {
    const { bacGiang, haGiang } = sample();
    const store = memoryStoreOf([bacGiang, haGiang], { extractorVersion: EXTRACTOR_VERSION - 1 });
    // The re-extraction's commit waits until the test lets it go: the job stays running meanwhile.
    const release = holdCommits(store, 'workspace.reextract');
    const { r, served } = await bootDesk({ store, upgradeInBackground: true });
    // (Let go whatever happens: the desk's close waits for that commit.)
    try {
      const { JobProgress } = await import('../../../renderer/src/features/transfer/Transfer');
      render(<JobProgress />);
      await r.useDesk.getState().init();
      const jobId = served.service.upgradeJob as string;
      const progress = await screen.findByTestId('job-progress');
      const running = (over: Partial<JobStatus>): JobStatus => ({
        id: jobId,
        kind: 'upgrade',
        state: 'running',
        done: 2,
        total: 2,
        current: 'Phân tích mâu thuẫn…',
        analysis: null,
        result: null,
        error: null,
        ...over,
      });
      // The job's own pushes (its files, each pushed up to 100 ms late) may land after an event sent
      // here: each event is sent again until the line shows it.
      const shows = (job: JobStatus, text: string, bar: { max: string; value: string }, absent?: string) =>
        waitFor(() => {
          act(() => served.emit({ type: 'job', job }));
          expect(progress.textContent).toContain(text);
          if (absent) expect(progress.textContent).not.toContain(absent);
          expect(progress.querySelector('progress')?.getAttribute('max')).toBe(bar.max);
          expect(progress.querySelector('progress')?.getAttribute('value')).toBe(bar.value);
        });
      // As the service pushes it: the files done, the analysis 42.7 % through.
      await shows(running({ analysis: 0.427 }), 'Phân tích mâu thuẫn 42%', { max: '100', value: '42' });
      // Said in the language the desk switches to, not in the one the service wrote `current` in.
      await act(() => r.useDesk.getState().setLang('en'));
      await shows(running({ analysis: 0.427 }), 'Analysing contradictions 42%', { max: '100', value: '42' }, 'Phân tích');
      // Before the analysis, the files: the count and what runs, the bar at the files done.
      await shows(running({ done: 1, current: 'bai-1.txt', analysis: null }), 'bai-1.txt', { max: '2', value: '1' }, 'Analysing');
      release();
      await waitFor(() => expect(screen.queryByTestId('job-progress')).toBeNull());
    } finally {
      release();
      await act(() => r.useDesk.getState().setLang('vi'));
    }
  });

  it("follows the open's background analysis from its first event: its share, no cancel, gone at its end with no error", async () => {
    const { r, served } = await bootDesk();
    const { JobProgress } = await import('../../../renderer/src/features/transfer/Transfer');
    render(<JobProgress />);
    await r.useDesk.getState().init();
    expect(screen.queryByTestId('job-progress')).toBeNull();
    const job = (over: Partial<JobStatus>): JobStatus => ({
      id: 'bg-analysis',
      kind: 'analysis',
      state: 'running',
      done: 0,
      total: 0,
      current: 'Phân tích mâu thuẫn…',
      analysis: 0.3,
      result: null,
      error: null,
      ...over,
    });
    act(() => served.emit({ type: 'job', job: job({}) }));
    const progress = await screen.findByTestId('job-progress');
    await waitFor(() => expect(progress.textContent).toContain('Đang phân tích lại các phát hiện 30%'));
    expect(progress.textContent).not.toContain('0/0');
    expect(progress.querySelector('button')).toBeNull();
    expect(progress.querySelector('progress')?.getAttribute('value')).toBe('30');
    act(() => served.emit({ type: 'job', job: job({ analysis: 0.75 }) }));
    await waitFor(() => expect(progress.textContent).toContain('75%'));
    // Stopped (a switch to another workspace): the line goes, and no error is shown for it.
    act(() => served.emit({ type: 'job', job: job({ state: 'failed', analysis: null, error: 'Phân tích đã dừng vì không gian làm việc được đóng.' }) }));
    await waitFor(() => expect(screen.queryByTestId('job-progress')).toBeNull());
    expect(r.useDesk.getState().error).toBeNull();
  });

  it("a re-extraction started while the open's analysis is on show takes the line, keeps it when the analysis ends, and gives its report", async () => {
    const { r, served } = await bootDesk();
    const { JobProgress } = await import('../../../renderer/src/features/transfer/Transfer');
    const { useTransfer } = await import('../../../renderer/src/store/transfer');
    render(<JobProgress />);
    await r.useDesk.getState().init();
    const analysis: JobStatus = { id: 'bg-analysis-2', kind: 'analysis', state: 'running', done: 0, total: 0, current: null, analysis: 0.2, result: null, error: null };
    act(() => served.emit({ type: 'job', job: analysis }));
    await waitFor(() => expect(screen.getByTestId('job-progress').textContent).toContain('Đang phân tích lại các phát hiện 20%'));
    // The re-extraction's one commit waits until the analysis has ended.
    const release = holdCommits(served.service.ctx.store, 'workspace.reextract');
    const reextracted = useTransfer.getState().reextract();
    await waitFor(() => expect(useTransfer.getState().job?.kind).toBe('reextract'));
    act(() => served.emit({ type: 'job', job: { ...analysis, state: 'finished', analysis: null } }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useTransfer.getState().job?.kind).toBe('reextract');
    expect(screen.getByTestId('job-progress').textContent).toContain('Đang trích xuất lại');
    release();
    await reextracted;
    expect(useTransfer.getState().reextractReport).not.toBeNull();
    expect(useTransfer.getState().job).toBeNull();
  });
});
