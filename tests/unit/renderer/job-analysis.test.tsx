// @vitest-environment happy-dom
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CommitRequest } from '../../../electron/store/port';
import { EXTRACTOR_VERSION } from '../../../shared/extract';
import type { JobStatus } from '../../../shared/ipc/contract';
import { bootDesk, sample } from './helpers/desk';
import { memoryStoreOf } from './helpers/deskApi';

// After its files, a job's contradiction analysis may run for minutes (a newsroom's 10,000 articles):
// the progress line says how far it is, in the desk's language, and its bar follows the share.
describe("the progress line during a job's analysis", () => {
  it('shows the analysis share in the desk language and the bar at that share, then the job ends', async () => {
    const { bacGiang, haGiang } = sample();
    const store = memoryStoreOf([bacGiang, haGiang], { extractorVersion: EXTRACTOR_VERSION - 1 });
    // The re-extraction's commit waits until the test lets it go: the job stays running meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const commit = store.commit.bind(store);
    store.commit = async (request: CommitRequest) => {
      if (request.action === 'workspace.reextract') await held;
      return commit(request);
    };
    const { r, served } = await bootDesk({ store, upgradeInBackground: true });
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
    // As the service pushes it: the files done, the analysis 42.7 % through.
    act(() => served.emit({ type: 'job', job: running({ analysis: 0.427 }) }));
    await waitFor(() => expect(progress.textContent).toContain('Phân tích mâu thuẫn 42%'));
    const bar = progress.querySelector('progress') as HTMLProgressElement;
    expect(bar.getAttribute('max')).toBe('100');
    expect(bar.getAttribute('value')).toBe('42');
    // Said in the language the desk switches to, not in the one the service wrote `current` in.
    await act(() => r.useDesk.getState().setLang('en'));
    await waitFor(() => expect(progress.textContent).toContain('Analysing contradictions 42%'));
    expect(progress.textContent).not.toContain('Phân tích');
    // Before the analysis, the files: the count and what runs, the bar at the files done.
    act(() => served.emit({ type: 'job', job: running({ done: 1, current: 'bai-1.txt', analysis: null }) }));
    await waitFor(() => expect(progress.textContent).toContain('bai-1.txt'));
    expect(progress.textContent).not.toContain('Analysing');
    expect(progress.querySelector('progress')?.getAttribute('max')).toBe('2');
    expect(progress.querySelector('progress')?.getAttribute('value')).toBe('1');
    release();
    await waitFor(() => expect(screen.queryByTestId('job-progress')).toBeNull());
    await act(() => r.useDesk.getState().setLang('vi'));
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
});
