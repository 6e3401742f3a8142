// A service host worker whose disk is slow at replacing documents (each rename of a data document
// takes 120 ms), so a checkpoint after an import lasts longer than the 5 s the host used to allow: the real host, the real
// services and the real lowdb folder store, on a slowed file system.
import { parentPort, workerData } from 'node:worker_threads';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { HostOptions, PortLike } from '../../../electron/host/protocol';
import { runServiceHost } from '../../../electron/host/serviceHost';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';

const slowFs: StoreFs = {
  ...nodeFs,
  rename: async (from, to) => {
    if (String(to).includes('/data/')) await new Promise((r) => setTimeout(r, 120));
    return nodeFs.rename(from, to);
  },
};

void runServiceHost(
  parentPort as unknown as PortLike,
  async (deps, options) => {
    const service = await WorkspaceService.open({
      repository: new LowdbWorkspaceRepository(options.workspacePath, undefined, { fs: slowFs }),
      seedsDir: options.seedsDir,
      defaultReviewer: options.defaultReviewer,
    });
    return { handlers: createHandlers(service, deps), language: () => service.language, close: () => service.close() };
  },
  workerData as HostOptions,
);
