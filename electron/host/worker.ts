// Entry of the service host worker thread (built by electron-vite as out/main/serviceWorker.js; run
// from source with tsx by the CLI-side tools and tests). The workspace services live here, so that
// extraction, import, analysis, re-extraction and export never block the Electron main process.
import { parentPort, workerData } from 'node:worker_threads';
import { createHandlers } from '../ipc/handlers';
import { WorkspaceService } from '../services/workspaceService';
import { LowdbWorkspaceRepository } from '../store/lowdbRepository';
import type { HostOptions, PortLike } from './protocol';
import { runServiceHost } from './serviceHost';

if (!parentPort) throw new Error('The service host must run in a worker thread.');

void runServiceHost(
  parentPort as unknown as PortLike,
  async (deps, options) => {
    const service = await WorkspaceService.open({
      repository: new LowdbWorkspaceRepository(options.workspacePath),
      seedsDir: options.seedsDir,
      defaultReviewer: options.defaultReviewer,
    });
    return { handlers: createHandlers(service, deps), language: () => service.language };
  },
  workerData as HostOptions,
);
