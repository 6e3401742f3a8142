// Entry of the service host worker thread (built by electron-vite as out/main/serviceWorker.js; run
// from source with tsx by the CLI-side tools and tests). The workspace services live here, so that
// extraction, import, analysis, re-extraction and export never block the Electron main process.
import { parentPort, workerData } from 'node:worker_threads';
import { createHandlers } from '../ipc/handlers';
import { describeNotices, openForWriting } from '../services/open';
import type { HostOptions, PortLike } from './protocol';
import { openDeskHost } from './deskHost';
import { runServiceHost } from './serviceHost';
import { lowerThisThreadPriority } from './threadPriority';

if (!parentPort) throw new Error('The service host must run in a worker thread.');

// Background work yields the cores to the threads that answer the editor (threadPriority.ts).
lowerThisThreadPriority();

void runServiceHost(
  parentPort as unknown as PortLike,
  async (deps, options) => {
    // A shared desk: the services on PostgreSQL, live (the URL's password is used to connect only).
    if (options.desk) return openDeskHost(deps, options.desk);
    // The one writer of the workspace: takes the lock, migrates a v1 file, creates a missing one.
    // The kept analysis is built in the background right away: the first correction is incremental.
    // A workspace from an older engine opens at once and is re-extracted by a job the desk follows.
    const service = await openForWriting(options.workspacePath, {
      seedsDir: options.seedsDir,
      defaultReviewer: options.defaultReviewer,
      prepareAnalysis: true,
      upgradeInBackground: true,
      jobsServed: true,
    });
    for (const line of describeNotices(service.notices, service.language)) console.warn(`[crosscheck] ${line}`);
    const handlers = createHandlers(service, deps);
    // Healthy once that background work is over (a crash before it counts towards giving up).
    return { handlers, language: () => service.language, close: () => service.close(), settled: service.settled() };
  },
  workerData as HostOptions,
);
