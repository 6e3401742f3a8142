import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeskEvent } from '../../shared/ipc/contract';
import type { MethodName } from '../../shared/ipc/methods';
import { unpackResult } from '../../shared/ipc/packed';
import { err, type Result } from '../../shared/result';
import type { HandlerDeps } from '../ipc/handlers';
import type { Lang } from '../services/errors';
import { nodeFs } from '../store/lowdb/fsio';
import { releaseLockOfThisProcess } from '../store/lowdb/lock';
import { isExternalWebUrl } from '../security';
import type { DepName, FromHost, HostOptions, ToHost } from './protocol';

/** Where the worker's code is: the built bundle beside main.js, or the TypeScript source (tests, tools). */
export function defaultWorkerEntry(): { file: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  // Bundled: beside main.js (or one folder up when this code sits in a shared chunk).
  for (const built of [join(here, 'serviceWorker.js'), join(here, '..', 'serviceWorker.js')]) {
    if (existsSync(built)) return { file: built };
  }
  return { file: join(here, 'worker.ts') };
}

/**
 * A worker on a TypeScript file (tests, the e2e bridge, benches run from source): a tiny bootstrap
 * registers tsx's loader inside the worker, then imports the file. `--import tsx` in execArgv does
 * not reach a worker's own entry on Node 20.
 */
/**
 * The service host's young generation: 12 MB, i.e. semi-spaces of 4 MB (V8's default for a worker
 * is 16 MB ones). Opening a big workspace builds hundreds of MB of records that all survive, and a
 * scavenge copies what survives of one semi-space while the event loop waits: at 10,000 articles
 * (tests/bench/loop.bench.ts, background parse) GC pauses p50 11.3 ms / p90 16.2 ms with 16 MB,
 * 3.6 / 8.4 ms with 4 MB, for some 50% more GC time in all. The desk's calls wait for the pauses,
 * not for the total.
 */
export const SERVICE_WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 12 } as const;

/**
 * The service host's heap under plain Node (the e2e bridge, the benches): half the machine's memory,
 * between 4 and 16 GB. V8's own limit for a worker is some 4 GB whatever the machine has, and
 * re-extracting a 10,000-article workspace (298,365 claims, 449,379 findings: the old and the new
 * claims side by side, then the full analysis) ran the bridge's worker out of memory on a 24 GB
 * machine (desk bench, session 63). Not under Electron: its V8 compresses pointers, which caps every
 * heap at 4 GB whatever is asked, so there that re-extraction still needs to hold less at once
 * (article by article commits: not done yet).
 */
export function serviceHeapLimitMb(totalBytes = totalmem()): number {
  return Math.round(Math.min(16 * 1024, Math.max(4 * 1024, totalBytes / 2 / 1048576)));
}

function newWorker(file: string, workerData: HostOptions): Worker {
  const resourceLimits = { ...SERVICE_WORKER_RESOURCE_LIMITS, ...(process.versions.electron ? {} : { maxOldGenerationSizeMb: serviceHeapLimitMb() }) };
  if (!file.endsWith('.ts')) return new Worker(file, { workerData, resourceLimits });
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = pathToFileURL(file).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

export interface ServiceHostClientOptions {
  host: HostOptions;
  /** Dialogs and the OS browser: what the worker asks the main side for. */
  deps: Omit<HandlerDeps, 'emit'>;
  onEvent: (event: DeskEvent) => void;
  worker?: { file: string };
  /** Crashes within a minute beyond this many and the client gives up (default 5). */
  maxRestarts?: number;
  /**
   * Crashes in a row with the same workspace open and no healthy point between them (the workspace
   * open and its background analysis finished, see OpenedHost.settled) after which the client gives
   * up (default 3). A workspace whose reopening re-runs an analysis that kills the thread crashes
   * again before it is healthy, however long each attempt takes, and would otherwise loop for ever;
   * unrelated crashes on a workspace that was working between them do not add up.
   */
  unhealthyCrashes?: number;
  /** The monotonic clock crashes are timed with, in ms (tests inject one; default performance.now). */
  now?: () => number;
}

/** The default bound on crashes in a row without a healthy point (see `unhealthyCrashes`). */
export const UNHEALTHY_CRASHES = 3;

/**
 * The key crashes are counted under: the same workspace however its path is spelled (a trailing
 * slash, a relative path, a symbolic link), or the shared desk it is connected to.
 */
export function workspaceKey(host: HostOptions): string {
  if (host.desk) return `desk:${host.desk.url}`;
  const absolute = resolve(host.workspacePath);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/** How long a stop waits for the workspace to close (its checkpoint) before ending the thread anyway. */
export const STOP_CLOSE_TIMEOUT_MS = 10 * 60_000;

const crashed: Record<Lang, string> = {
  vi: 'Phần xử lý nền của Crosscheck dừng đột ngột và đang được khởi động lại. Thao tác vừa rồi có thể chưa được lưu: hãy kiểm tra rồi làm lại.',
  en: 'Crosscheck’s background service stopped unexpectedly and is being restarted. The last action may not have been saved: check it and try again.',
};
/**
 * What the editor reads once the client gave up on `host`. Reopening the app would reopen the same
 * workspace (main opens CROSSCHECK_WORKSPACE, else the default one, at start) and crash again, and
 * the app has no way to open another workspace once the service is gone: the way out is to quit
 * and start it on another folder with CROSSCHECK_WORKSPACE. Nothing is written by giving up.
 */
export function gaveUpMessage(lang: Lang, host: HostOptions): string {
  if (lang === 'en') {
    const which = host.desk ? 'this shared desk' : `this workspace (${host.workspacePath})`;
    return (
      `Crosscheck’s background service keeps stopping on ${which} and is no longer restarted. ` +
      'The workspace’s files are left as they are: what was reported saved is still there; only the action in progress when it stopped may be missing. ' +
      'Reopening the app opens the same workspace again. To keep working, quit Crosscheck and start it with another workspace: set the environment variable CROSSCHECK_WORKSPACE to another folder (a new one is created there) before starting the app.'
    );
  }
  const which = host.desk ? 'bàn biên tập chung này' : `không gian làm việc này (${host.workspacePath})`;
  return (
    `Phần xử lý nền của Crosscheck liên tục dừng đột ngột trên ${which} nên không được khởi động lại nữa. ` +
    'Các tệp của không gian làm việc được giữ nguyên: những gì đã báo là đã lưu vẫn còn, chỉ thao tác đang làm dở lúc dừng có thể chưa được lưu. ' +
    'Mở lại ứng dụng sẽ mở lại đúng không gian làm việc này. Để tiếp tục làm việc, hãy thoát Crosscheck rồi khởi động với một không gian làm việc khác: đặt biến môi trường CROSSCHECK_WORKSPACE thành một thư mục khác (thư mục mới sẽ được tạo) trước khi mở ứng dụng.'
  );
}
const readyAgain: Record<Lang, string> = {
  vi: 'Phần xử lý nền đã chạy lại; không gian làm việc được mở lại từ đĩa.',
  en: 'The background service is running again; the workspace was reopened from disk.',
};

/**
 * The main-process side of the service host: starts the worker, forwards each call with a request
 * id, resolves it with the worker's Result, relays pushed events, and answers the worker's requests
 * for dialogs. If the worker dies, every call in flight gets a clear error, a 'host' event says so,
 * and a fresh worker reopens the workspace from disk; calls made meanwhile wait for it.
 */
export class ServiceHostClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, (result: Result<unknown> | Uint8Array) => void>();
  private ready: Promise<void> | null = null;
  private stopping = false;
  /** When the worker died with a workspace open, within the last minute (see `onCrash`). */
  private crashes: number[] = [];
  /** Per workspace key: crashes since it last reached a healthy point (see `unhealthyCrashes`). */
  private streaks = new Map<string, number>();
  private failed = false;
  private reopening: { resolve: () => void; reject: (e: Error) => void } | null = null;
  private switching: { resolve: () => void; reject: (e: Error) => void } | null = null;
  private closing: (() => void) | null = null;
  private abandoning = new Map<number, (outcome: { notSent: number; unconfirmed: number }) => void>();
  /**
   * Workspaces the current worker may hold the writer lock of: the one it was started on and any it
   * was asked to reopen since (a crash in the middle of a reopen can leave either locked).
   */
  private held = new Set<string>();
  private hostOptions: HostOptions;
  language: Lang = 'vi';

  constructor(private readonly options: ServiceHostClientOptions) {
    this.hostOptions = options.host;
  }

  /** Starts the worker and waits until the workspace is open (rejects if it cannot be opened). */
  start(): Promise<void> {
    this.ready = this.spawn();
    return this.ready;
  }

  private spawn(): Promise<void> {
    const entry = this.options.worker ?? defaultWorkerEntry();
    const worker = newWorker(entry.file, this.hostOptions);
    this.worker = worker;
    this.held.add(this.hostOptions.workspacePath);
    return new Promise<void>((resolve, reject) => {
      let opened = false;
      worker.on('message', (message: FromHost) => {
        switch (message.type) {
          case 'ready':
            opened = true;
            this.language = message.language;
            resolve();
            this.reopening?.resolve();
            this.reopening = null;
            this.switching?.resolve();
            this.switching = null;
            return;
          case 'healthy':
            // Its background work is over: earlier crashes on it were not a loop.
            if (this.worker === worker) this.streaks.delete(workspaceKey({ ...this.hostOptions, workspacePath: message.workspacePath }));
            return;
          case 'switchFailed':
            this.switching?.reject(Object.assign(new Error(message.message), message.vi !== undefined && message.en !== undefined ? { vi: message.vi, en: message.en } : {}));
            this.switching = null;
            return;
          case 'openFailed': {
            // The store's own sentences travel with it (a lock held elsewhere: see startFailure.ts).
            const failure = Object.assign(new Error(message.message), message.vi !== undefined && message.en !== undefined ? { vi: message.vi, en: message.en } : {});
            reject(failure);
            this.reopening?.reject(failure);
            this.reopening = null;
            this.stopping = true;
            // It may have taken the lock before failing: the thread ends, its locks are let go.
            void worker.terminate().then(() => this.releaseHeld());
            return;
          }
          case 'closed':
            this.held.clear();
            this.closing?.();
            this.closing = null;
            return;
          case 'result': {
            this.language = message.language;
            const settle = this.pending.get(message.id);
            this.pending.delete(message.id);
            settle?.('packed' in message ? message.packed : message.result);
            return;
          }
          case 'event':
            this.options.onEvent(message.event);
            return;
          case 'abandoned': {
            const settle = this.abandoning.get(message.id);
            this.abandoning.delete(message.id);
            settle?.({ notSent: message.notSent, unconfirmed: message.unconfirmed });
            return;
          }
          case 'dep':
            void this.answerDep(worker, message.id, message.name, message.args);
            return;
        }
      });
      worker.on('error', (e) => {
        console.error('[crosscheck] service host crashed:', e);
      });
      worker.on('exit', (code) => {
        if (this.worker === worker) this.worker = null;
        if (this.stopping) {
          if (!opened) reject(new Error(`The service host stopped before opening the workspace (exit code ${code}).`));
          return;
        }
        // Died before the workspace was open: whoever started it (start, or a restart) is told and
        // decides; no restart loop on a workspace whose opening kills the thread.
        if (!opened) {
          this.settlePending();
          void this.releaseHeld();
          reject(new Error(`The service host stopped before opening the workspace (exit code ${code}).`));
          return;
        }
        this.onCrash();
      });
    });
  }

  /** Every call in flight gets the crash sentence: none waits for a thread that is gone. */
  private settlePending(): void {
    const lang = this.language;
    const settled = [...this.pending.values()];
    this.pending.clear();
    this.switching?.reject(new Error(crashed[lang]));
    this.switching = null;
    for (const settle of settled) settle(err('internal', crashed[lang]));
    // A dead thread gives up nothing more: its actions were answered above.
    for (const settle of this.abandoning.values()) settle({ notSent: 0, unconfirmed: 0 });
    this.abandoning.clear();
  }

  /** Lets go of the writer locks a dead worker held (they name our live pid, so none looks stale). */
  private async releaseHeld(): Promise<void> {
    const held = [...this.held];
    this.held.clear();
    await Promise.all(held.map((path) => releaseLockOfThisProcess(nodeFs, path).catch(() => false)));
  }

  private giveUp(message: string): void {
    this.failed = true;
    this.ready = Promise.reject(new Error(message));
    this.ready.catch(() => undefined);
    this.reopening?.reject(new Error(message));
    this.reopening = null;
    this.closing?.();
    this.closing = null;
    this.options.onEvent({ type: 'host', state: 'failed', message });
  }

  /**
   * The worker died with the workspace open. Calls in flight fail with a clear sentence (an action
   * among them may or may not have reached the disk: commits go to disk before they are answered,
   * so nothing answered as saved is lost, and the restarted worker reads what is there); the dead
   * thread's writer lock is released; a fresh worker reopens the workspace from disk, and calls
   * made meanwhile wait for it.
   */
  private onCrash(): void {
    const lang = this.language;
    this.settlePending();
    this.closing?.();
    this.closing = null;
    const now = (this.options.now ?? (() => performance.now()))();
    this.crashes = [...this.crashes.filter((at) => now - at < 60_000), now];
    // Crashes in a row on the workspace open now, none healthy between them: its reopening is what
    // crashes again (after the editor opened another one, that one gets its own count).
    const key = workspaceKey(this.hostOptions);
    const streak = (this.streaks.get(key) ?? 0) + 1;
    this.streaks.set(key, streak);
    if (this.crashes.length > (this.options.maxRestarts ?? 5) || streak >= (this.options.unhealthyCrashes ?? UNHEALTHY_CRASHES)) {
      this.giveUp(gaveUpMessage(lang, this.hostOptions));
      return;
    }
    this.options.onEvent({ type: 'host', state: 'restarting', message: crashed[lang] });
    // The dead thread held the writer lock under our own (live) pid, so no one would ever see it as
    // stale: let go of it (of every workspace it may have held), then reopen.
    this.ready = this.releaseHeld()
      .then(() => this.spawn())
      .then(
        () => this.options.onEvent({ type: 'host', state: 'ready', message: readyAgain[this.language] }),
        (e: unknown) => {
          this.giveUp(`${gaveUpMessage(lang, this.hostOptions)} (${e instanceof Error ? e.message : String(e)})`);
          throw e;
        },
      );
    this.ready.catch(() => undefined);
  }

  private async answerDep(worker: Worker, id: number, name: DepName, args: unknown[]): Promise<void> {
    const deps = this.options.deps;
    let reply: ToHost;
    try {
      let value: unknown = null;
      if (name === 'openExternal') {
        // Main checks again what the worker asks for: only a plain web link reaches the user's browser.
        const url = typeof args[0] === 'string' ? args[0] : '';
        if (!isExternalWebUrl(url)) throw new Error('refused: only an http(s) link can be opened in the browser');
        await deps.openExternal(url);
      } else if (name === 'chooseImportPaths') value = await deps.chooseImportPaths(args[0] as 'files' | 'folder');
      else if (name === 'chooseSavePath') value = await deps.chooseSavePath(args[0] as string);
      else await deps.paceImport?.();
      reply = { type: 'depResult', id, ok: true, value };
    } catch (e) {
      reply = { type: 'depResult', id, ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    if (this.worker === worker) worker.postMessage(reply);
  }

  /** Forwards one call (input already checked by the caller); resolves with the worker's Result. */
  async call(method: MethodName, input: unknown): Promise<Result<unknown>> {
    return unpackResult(await this.pass(method, input)) as Result<unknown>;
  }

  /**
   * The same call for the window: a listing's answer stays the bytes the worker wrote
   * (shared/ipc/packed.ts), for Electron's IPC to carry on to the window without main reading it.
   */
  async pass(method: MethodName, input: unknown): Promise<Result<unknown> | Uint8Array> {
    if (this.failed) return err('internal', gaveUpMessage(this.language, this.hostOptions));
    try {
      await this.ready;
    } catch {
      return err('internal', gaveUpMessage(this.language, this.hostOptions));
    }
    const worker = this.worker;
    if (!worker) return err('internal', crashed[this.language]);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const message: ToHost = { type: 'call', id, method, input };
      try {
        worker.postMessage(message);
      } catch {
        this.pending.delete(id);
        resolve(err('internal', crashed[this.language]));
      }
    });
  }

  /**
   * Gives up on the shared-desk actions waiting for the desk — also while a disconnect or a stop is
   * closing it (this does not wait for the worker to be ready). Resolves with what was given up.
   */
  abandonDesk(): Promise<{ notSent: number; unconfirmed: number }> {
    const worker = this.worker;
    if (!worker) return Promise.resolve({ notSent: 0, unconfirmed: 0 });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.abandoning.set(id, resolve);
      const message: ToHost = { type: 'abandon', id };
      try {
        worker.postMessage(message);
      } catch {
        this.abandoning.delete(id);
        resolve({ notSent: 0, unconfirmed: 0 });
      }
    });
  }

  /**
   * Opens another workspace in the same worker (the e2e bridge's reset between tests, "open
   * workspace"): cheaper than a new thread, and later restarts after a crash reopen this one.
   */
  async reopen(host: HostOptions): Promise<void> {
    await this.ready;
    const worker = this.worker;
    if (!worker) throw new Error(crashed[this.language]);
    this.hostOptions = host;
    this.held.add(host.workspacePath);
    this.ready = new Promise<void>((resolve, reject) => {
      this.reopening = { resolve, reject };
    });
    this.ready.catch(() => undefined);
    const message: ToHost = { type: 'reopen', host };
    worker.postMessage(message);
    return this.ready;
  }

  /**
   * Opens another workspace (a shared desk) in the worker while the current one stays open until
   * it succeeds: on failure (rejected with the reason) the editor stays where they were. Calls made
   * meanwhile wait, then go to whichever workspace is open. A restart after a crash reopens `host`.
   */
  async switchTo(host: HostOptions): Promise<void> {
    await this.ready;
    const worker = this.worker;
    if (!worker) throw new Error(crashed[this.language]);
    const done = new Promise<void>((resolve, reject) => {
      this.switching = { resolve, reject };
    });
    this.ready = done.then(
      () => undefined,
      () => undefined,
    );
    const message: ToHost = { type: 'switch', host };
    worker.postMessage(message);
    await done;
    this.hostOptions = host;
  }

  /** What the worker runs on now (a restart after a crash reopens it). */
  get current(): HostOptions {
    return this.hostOptions;
  }

  /** The worker's thread id (tests kill it to check recovery). */
  get threadId(): number | null {
    return this.worker?.threadId ?? null;
  }

  /**
   * Closes the open workspace in the worker (checkpoint flushed, writer lock released) without
   * ending the thread; `reopen` opens one again. Gives up waiting after `timeoutMs`.
   */
  async close(timeoutMs = 10_000): Promise<void> {
    try {
      await this.ready;
    } catch {
      return;
    }
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.closing = () => {
        clearTimeout(timer);
        resolve();
      };
      const message: ToHost = { type: 'close' };
      worker.postMessage(message);
    });
  }

  /**
   * Stops the worker for good (app quit, test teardown, a restart on another workspace): the
   * workspace is closed first, and that close waits for the checkpoint in progress and the final
   * one (compacting a big import can take seconds at newsroom scale; cut off, the next start would
   * replay the whole journal). `closeTimeoutMs` only guards against a worker that hangs.
   */
  stop(closeTimeoutMs = STOP_CLOSE_TIMEOUT_MS): Promise<void> {
    // A second quit while the first one waits joins it (one close, one terminate).
    this.stopRun ??= this.stopOnce(closeTimeoutMs);
    return this.stopRun;
  }

  private stopRun: Promise<void> | null = null;

  private async stopOnce(closeTimeoutMs: number): Promise<void> {
    if (this.worker && !this.failed && !this.stopping) await this.close(closeTimeoutMs);
    this.stopping = true;
    const worker = this.worker;
    this.worker = null;
    this.settlePending();
    if (worker) await worker.terminate();
  }

  /** Terminates the worker as a crash would (tests of the recovery path). */
  async simulateCrash(): Promise<void> {
    await this.worker?.terminate();
  }
}
