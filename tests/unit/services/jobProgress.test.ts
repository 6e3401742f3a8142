import { describe, expect, it, vi } from 'vitest';
import { JobRegistry, type JobControl, type JobStatus } from '../../../electron/services/jobs';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A job whose body the test drives: it reports what it is given and ends when told. */
function drivenJob(events: JobStatus[]): { jobs: JobRegistry; id: string; control: Promise<JobControl>; end: () => void } {
  const jobs = new JobRegistry((s) => events.push(s));
  let end!: () => void;
  let gave!: (c: JobControl) => void;
  const control = new Promise<JobControl>((r) => (gave = r));
  const id = jobs.start(
    'import',
    async (c) => {
      gave(c);
      await new Promise<void>((r) => (end = r));
      return null;
    },
    String,
  );
  return { jobs, id, control, end: () => end() };
}

describe('job progress pushed to the renderer', () => {
  it('pushes the last report even when it came less than 100 ms after the one before (the analysis after the last file)', async () => {
    const events: JobStatus[] = [];
    const job = drivenJob(events);
    const control = await job.control;
    await sleep(120);
    control.report({ total: 10_000, done: 9_998, current: 'bai-9998.txt' });
    // Right after: the import's last step says the analysis has begun, then the analysis runs for minutes.
    control.report({ done: 10_000, current: 'Phân tích mâu thuẫn…' });
    // (Waited for, within two seconds: a loaded machine may fire the 100 ms timer late.)
    await vi.waitFor(() => expect(events.at(-1)).toMatchObject({ state: 'running', done: 10_000, total: 10_000, current: 'Phân tích mâu thuẫn…' }), { timeout: 2_000 });
    job.end();
    const end = await job.jobs.settle(job.id);
    expect(end.state).toBe('finished');
    await sleep(150);
    expect(events.at(-1)?.state).toBe('finished');
  });

  it('still pushes at most once per 100 ms however often the job reports, and nothing after the end', async () => {
    const events: JobStatus[] = [];
    const job = drivenJob(events);
    const control = await job.control;
    const before = events.length;
    const t0 = Date.now();
    while (Date.now() - t0 < 350) {
      for (let i = 0; i < 100; i++) control.report({ done: i });
      await sleep(1);
    }
    const elapsed = Date.now() - t0;
    await sleep(150);
    const pushed = events.length - before;
    // Thousands of reports over some 350 ms: one push per interval and a trailing one, not thousands.
    expect(pushed).toBeGreaterThanOrEqual(2);
    expect(pushed).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
    // A report left waiting when the job ends is not pushed after the end.
    control.report({ done: 7, current: 'late' });
    control.report({ done: 8, current: 'later' });
    job.end();
    await job.jobs.settle(job.id);
    await sleep(150);
    expect(events.at(-1)?.state).toBe('finished');
    expect(events.filter((e) => e.state === 'finished')).toHaveLength(1);
  });
});
