// A service host worker whose `analyze` crashes the thread with an uncaught exception, as a bug in
// the services would, and whose `openExternal` asks main to open a local file whatever it is given,
// as a faulty worker could: the real host, the real services, two poisoned handlers.
import { runTestHost } from './testHost';

runTestHost({
  patch: (handlers, deps) => {
    handlers.analyze = () =>
      new Promise(() => {
        setTimeout(() => {
          throw new Error('boom: a bug in the analysis');
        }, 0);
      });
    handlers.openExternal = async () => {
      await deps.openExternal('file:///etc/passwd');
      return null;
    };
  },
  // CROSSCHECK_TEST_NEVER_HEALTHY=1 (read at each worker start): the background work after the
  // open never finishes, as an analysis that runs out of memory minutes after each reopening.
  settled: (service) => (process.env.CROSSCHECK_TEST_NEVER_HEALTHY === '1' ? new Promise<void>(() => undefined) : service.analysisReady),
});
