import type { DeskEvent } from '../../shared/ipc/contract';
import type { MethodName } from '../../shared/ipc/methods';
import type { Result } from '../../shared/result';
import type { Lang } from '../services/errors';

// Messages between the Electron main process (or a test, the CLI, the e2e bridge) and the service
// host running in a worker thread. Everything here is structured-clone safe: plain data, no
// functions, no class instances; errors cross as Result values.

/** What the worker needs to open the workspace (passed as workerData). */
export interface HostOptions {
  workspacePath: string;
  seedsDir: string | null;
  defaultReviewer: string;
  /** True when the caller paces imports (only the e2e bridge, to watch progress). */
  paced?: boolean;
  /**
   * Open this shared desk (PostgreSQL) instead of the workspace at workspacePath. The URL carries
   * the password for the connection only (in memory, between threads): it is never logged or stored.
   */
  desk?: { url: string; reviewerName: string };
}

/** Calls the worker makes back to the main side: things only main can do (dialogs, the OS browser). */
export type DepName = 'openExternal' | 'chooseImportPaths' | 'chooseSavePath' | 'paceImport';

export type ToHost =
  | { type: 'call'; id: number; method: MethodName; input: unknown }
  /** Closes the open workspace and opens another one in the same thread (answered by 'ready'). */
  | { type: 'reopen'; host: HostOptions }
  /** Closes the open workspace (checkpoint flushed, writer lock released); answered by 'closed'. */
  | { type: 'close' }
  /**
   * Opens another workspace (a shared desk) BEFORE closing the open one: answered by 'ready' once
   * switched, or by 'switchFailed' with the open workspace left as it was.
   */
  | { type: 'switch'; host: HostOptions }
  /**
   * Gives up on the shared-desk actions still waiting, in the open desk and in one being closed;
   * answered at once (never queued behind the close) by 'abandoned'.
   */
  | { type: 'abandon'; id: number }
  | { type: 'depResult'; id: number; ok: true; value: unknown }
  | { type: 'depResult'; id: number; ok: false; message: string };

export type FromHost =
  | { type: 'ready'; language: Lang }
  /** The open workspace reached a healthy point: its background work after opening (the kept analysis) finished. */
  | { type: 'healthy'; workspacePath: string }
  /** The workspace could not be opened; `vi`/`en`: the store's own sentences (a lock held elsewhere, a newer version). */
  | { type: 'openFailed'; message: string; vi?: string; en?: string }
  | { type: 'switchFailed'; message: string; vi?: string; en?: string }
  | { type: 'closed' }
  | { type: 'abandoned'; id: number; notSent: number; unconfirmed: number }
  | { type: 'result'; id: number; result: Result<unknown>; language: Lang }
  /** The answer of a listing (shared/ipc/packed.ts): the Result as UTF-8 JSON, passed on to the window as it is. */
  | { type: 'result'; id: number; packed: Uint8Array; language: Lang }
  | { type: 'event'; event: DeskEvent }
  | { type: 'dep'; id: number; name: DepName; args: unknown[] };

/** The slice of a MessagePort / worker_threads parentPort the host uses (testable without a worker). */
export interface PortLike {
  postMessage(message: FromHost): void;
  on(event: 'message', listener: (message: ToHost) => void): void;
}
