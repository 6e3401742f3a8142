// A service host worker whose `getWorkspaceInfo` answers with the size of its young generation (V8's
// new space, after enough allocation for it to grow to its limit) and its heap limit: the real host, the real services.
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { runTestHost } from './testHost';

runTestHost({
  patch: (handlers) => {
    const info = handlers.getWorkspaceInfo;
    // The size goes in `path` (the answer is checked against the contract on its way back).
    handlers.getWorkspaceInfo = async (input) => {
      const kept: object[] = [];
      for (let i = 0; i < 1_000_000; i++) kept.push({ i, s: `x${i}` });
      const newSpace = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      return { ...(await info(input)), path: `${newSpace?.space_size ?? -1} ${kept.length} ${getHeapStatistics().heap_size_limit}` };
    };
  },
});
