import { randomUUID } from 'node:crypto';
import { AnalysisProgress } from '../../shared/analysis/progress';

export interface JobProgress {
  done: number;
  total: number;
  /** What is being worked on now (a file name), for the progress line. */
  current: string | null;
  /**
   * How far the contradiction analysis that follows the files is (0 to 1, see AnalysisProgress), while
   * it runs; null before and after it.
   */
  analysis: number | null;
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
 * Progress is pushed at most this often per job; a change of state is pushed at once. A report that
 * comes sooner is pushed when the interval is over (a trailing push), so the last one is never lost:
 * "Phân tích mâu thuẫn…" said right after the last file would otherwise never reach the screen, which
 * then showed "9.998/10.000 · <a file>" through a 10,000-article import's whole analysis.
 */
const PROGRESS_EVERY_MS = 100;

/** A job as the registry keeps it: its status, whether it was asked to stop, when it was last pushed, its trailing push. */
interface JobEntry {
  status: JobStatus;
  cancel: boolean;
  pushedAt: number;
  trailing: ReturnType<typeof setTimeout> | null;
}

/**
 * Long jobs (folder import, re-extraction, the open's analysis when it runs in full) run in the
 * background of the service host (a worker thread, never the Electron main process); an import can be
 * cancelled. Every change of a job is handed to `onChange` (pushed to the renderer as a 'job' event):
 * progress at most every 100 ms, the end at once, so nobody polls.
 */
export class JobRegistry {
  private jobs = new Map<string, JobEntry>();

  constructor(private readonly onChange: (status: JobStatus) => void = () => undefined) {}

  private push(entry: JobEntry): void {
    if (entry.trailing !== null) clearTimeout(entry.trailing);
    entry.trailing = null;
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
    const entry: JobEntry = {
      status: { id, kind, state: 'running', done: 0, total: 0, current: null, analysis: null, result: null, error: null } as JobStatus,
      cancel: false,
      pushedAt: 0,
      trailing: null,
    };
    this.jobs.set(id, entry);
    const control: JobControl = {
      report: (p) => {
        // (After the end, a late report changes nothing that was pushed: the end is the last event.)
        if (entry.status.state !== 'running') return;
        Object.assign(entry.status, p);
        const since = Date.now() - entry.pushedAt;
        if (since >= PROGRESS_EVERY_MS) this.push(entry);
        else if (entry.trailing === null) {
          entry.trailing = setTimeout(() => {
            entry.trailing = null;
            if (entry.status.state === 'running') this.push(entry);
          }, PROGRESS_EVERY_MS - since);
          // A pending progress push never keeps a process (the CLI, a test) alive.
          entry.trailing.unref?.();
        }
      },
      ...(pace ? { pace } : {}),
      get cancelled() {
        return entry.cancel;
      },
    };
    void run(control).then(
      (result) => {
        entry.status = { ...entry.status, state: entry.cancel ? 'cancelled' : 'finished', result, current: null, analysis: null };
        this.push(entry);
      },
      (e: unknown) => {
        entry.status = { ...entry.status, state: 'failed', error: describeError(e), current: null, analysis: null };
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

/**
 * The analysis that follows a job's files (an import's, a re-extraction's) or runs alone (the open's),
 * told as the job's `analysis` share: from 0 as it starts (with `current` saying what runs, in the
 * service's language), the share pushed as the analysis moves (at most once per percent, and at most
 * every PROGRESS_EVERY_MS as all progress).
 */
export function analysisProgressOf(control: JobControl | undefined, language: 'vi' | 'en', done?: number): AnalysisProgress | undefined {
  if (!control) return undefined;
  const current = language === 'vi' ? 'Phân tích mâu thuẫn…' : 'Analysing contradictions…';
  // (The files' count with it, in one report: never pushed as done beside the last file's name.)
  control.report({ ...(done === undefined ? {} : { done }), current, analysis: 0 });
  return new AnalysisProgress((share) => control.report({ analysis: share }));
}
