// A service host worker whose `getWorkspaceInfo` answers with the size of its young generation (V8's
// new space, after enough allocation for it to grow to its limit): the real host, the real services.
import { getHeapSpaceStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { HostOptions, PortLike } from '../../../electron/host/protocol';
import { runServiceHost } from '../../../electron/host/serviceHost';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';

void runServiceHost(
  parentPort as unknown as PortLike,
  async (deps, options) => {
    const service = await WorkspaceService.open({
      repository: new LowdbWorkspaceRepository(options.workspacePath),
      seedsDir: options.seedsDir,
      defaultReviewer: options.defaultReviewer,
    });
    const handlers = createHandlers(service, deps);
    const info = handlers.getWorkspaceInfo;
    // The size goes in `path` (the answer is checked against the contract on its way back).
    handlers.getWorkspaceInfo = async (input) => {
      const kept: object[] = [];
      for (let i = 0; i < 1_000_000; i++) kept.push({ i, s: `x${i}` });
      const newSpace = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      return { ...(await info(input)), path: `${newSpace?.space_size ?? -1} ${kept.length}` };
    };
    return { handlers, language: () => service.language, close: () => service.close(), settled: service.analysisReady };
  },
  workerData as HostOptions,
);
