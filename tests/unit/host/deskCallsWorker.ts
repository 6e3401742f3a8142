// A service host worker whose `getWorkspaceInfo` answers, in `path`, how many calls of the desk it
// saw in flight halfway through its 100 ms and the background step that gave (electron/store/deskCalls.ts);
// `listArticles` fails. The real host, the real services.
import { backgroundSlice, deskCallsInFlight } from '../../../electron/store/deskCalls';
import { runTestHost } from './testHost';

runTestHost({
  patch: (handlers) => {
    const info = handlers.getWorkspaceInfo;
    handlers.getWorkspaceInfo = async (input) => {
      // Seen halfway through 100 ms: calls sent together are all under way then.
      await new Promise((r) => setTimeout(r, 50));
      const seen = `${deskCallsInFlight()} ${backgroundSlice(8)}`;
      await new Promise((r) => setTimeout(r, 50));
      return { ...(await info(input)), path: seen };
    };
    handlers.listArticles = async () => {
      throw new Error('listArticles fails in this worker');
    };
  },
});
