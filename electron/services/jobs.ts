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

/**
 * Long jobs (folder import, re-extraction, analysis) run in the background of the main process;
 * the renderer polls their progress and can cancel them. Finished jobs are kept for a while so a
 * late poll still gets the result.
 */
export class JobRegistry {
  private jobs = new Map<string, { status: JobStatus; cancel: boolean }>();

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
    };
    this.jobs.set(id, entry);
    const control: JobControl = {
      report: (p) => Object.assign(entry.status, p),
      ...(pace ? { pace } : {}),
      get cancelled() {
        return entry.cancel;
      },
    };
    void run(control).then(
      (result) => {
        entry.status = { ...entry.status, state: entry.cancel ? 'cancelled' : 'finished', result, current: null };
      },
      (e: unknown) => {
        entry.status = { ...entry.status, state: 'failed', error: describeError(e), current: null };
      },
    );
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
