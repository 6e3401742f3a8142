import { randomUUID } from 'node:crypto';

export interface JobProgress {
  done: number;
  total: number;
  /** What is being worked on now (a file name), for the progress line. */
  current: string | null;
}

export interface JobStatus<R = unknown> extends JobProgress {
  id: string;
  kind: string;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  result: R | null;
  error: string | null;
}

export interface JobControl {
  report(progress: Partial<JobProgress>): void;
  /** Awaited before each item; lets a caller pace a job (the e2e bridge slows imports down to watch them). */
  pace?(): Promise<void>;
  /** True once the user asked to stop: the runner stops between two items. */
  readonly cancelled: boolean;
}

/** Progress is pushed at most this often per job; a change of state is pushed at once. */
const PROGRESS_EVERY_MS = 100;

/**
 * Long jobs (folder import, re-extraction) run in the background of the service host (a worker
 * thread, never the Electron main process) and can be cancelled. Every change of a job is handed to
 * `onChange` (pushed to the renderer as a 'job' event): progress at most every 100 ms, the end at
 * once, so nobody polls.
 */
export class JobRegistry {
  private jobs = new Map<string, { status: JobStatus; cancel: boolean; pushedAt: number }>();

  constructor(private readonly onChange: (status: JobStatus) => void = () => undefined) {}

  private push(entry: { status: JobStatus; pushedAt: number }): void {
    entry.pushedAt = Date.now();
    this.onChange({ ...entry.status });
  }

  start<R>(
    kind: string,
    run: (control: JobControl) => Promise<R>,
    describeError: (e: unknown) => string,
    pace?: () => Promise<void>,
  ): string {
    const id = randomUUID();
    const entry = {
      status: { id, kind, state: 'running', done: 0, total: 0, current: null, result: null, error: null } as JobStatus,
      cancel: false,
      pushedAt: 0,
    };
    this.jobs.set(id, entry);
    const control: JobControl = {
      report: (p) => {
        Object.assign(entry.status, p);
        if (Date.now() - entry.pushedAt >= PROGRESS_EVERY_MS) this.push(entry);
      },
      ...(pace ? { pace } : {}),
      get cancelled() {
        return entry.cancel;
      },
    };
    void run(control).then(
      (result) => {
        entry.status = { ...entry.status, state: entry.cancel ? 'cancelled' : 'finished', result, current: null };
        this.push(entry);
      },
      (e: unknown) => {
        entry.status = { ...entry.status, state: 'failed', error: describeError(e), current: null };
        this.push(entry);
      },
    );
    // Pushed after the caller got the id (a microtask later), so the first event is never missed.
    queueMicrotask(() => {
      if (entry.status.state === 'running' && entry.pushedAt === 0) this.push(entry);
    });
    this.prune();
    return id;
  }

  status(id: string): JobStatus | null {
    const entry = this.jobs.get(id);
    return entry ? { ...entry.status } : null;
  }

  cancel(id: string): boolean {
    const entry = this.jobs.get(id);
    if (!entry || entry.status.state !== 'running') return false;
    entry.cancel = true;
    return true;
  }

  /** Waits for a job to end (tests and the CLI). */
  async settle(id: string): Promise<JobStatus> {
    for (;;) {
      const s = this.status(id);
      if (!s || s.state !== 'running') return s as JobStatus;
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  private prune(): void {
    if (this.jobs.size < 50) return;
    for (const [id, entry] of this.jobs) if (entry.status.state !== 'running') this.jobs.delete(id);
  }
}
