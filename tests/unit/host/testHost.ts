// What the test service host workers share: the real host over the real services and the real lowdb
// folder store of `workspacePath`; each worker replaces a few handlers, the file system or "settled".
import { parentPort, workerData } from 'node:worker_threads';
import type { HostOptions, PortLike } from '../../../electron/host/protocol';
import { runServiceHost } from '../../../electron/host/serviceHost';
import { createHandlers, type HandlerDeps, type Handlers } from '../../../electron/ipc/handlers';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import type { StoreFs } from '../../../electron/store/lowdb/fsio';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';

export interface TestHostOptions {
  /** Replaces handlers in place (`deps` to call main back). */
  patch?: (handlers: Handlers, deps: HandlerDeps) => void;
  /** The store's file system (default: the real one). */
  fs?: StoreFs;
  /** When the host counts as healthy (default: once the background analysis is over; null: not told). */
  settled?: ((service: WorkspaceService) => Promise<void>) | null;
}

export function runTestHost({ patch, fs, settled }: TestHostOptions = {}): void {
  void runServiceHost(
    parentPort as unknown as PortLike,
    async (deps, options) => {
      const service = await WorkspaceService.open({
        repository: new LowdbWorkspaceRepository(options.workspacePath, undefined, fs ? { fs } : undefined),
        seedsDir: options.seedsDir,
        defaultReviewer: options.defaultReviewer,
      });
      const handlers = createHandlers(service, deps);
      patch?.(handlers, deps);
      const base = { handlers, language: () => service.language, close: () => service.close() };
      if (settled === null) return base;
      return { ...base, settled: settled ? settled(service) : service.analysisReady };
    },
    workerData as HostOptions,
  );
}
