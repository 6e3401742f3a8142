// Issue 9 ("event loop never blocked > 16 ms"): the tables a big commit's check builds. A V8 Map or Set
// grows by rehashing every entry in one step (17-19 ms past 131,072 keys on this machine): no slicing of the
// loop that fills it can split that step. So no single Map or Set the check fills may hold a full analysis's
// records; they are dealt into shards (ShardedMap).
import { afterEach, describe, expect, it } from 'vitest';
import { recordKeys, type LowdbFolderStore, type RecordKeys } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import { StoreConflictError } from '../../../electron/store/port';
import { WorkspaceState } from '../../../electron/store/state';
import { tempDir } from '../helpers';
import { addAll } from './helpers/bigCommit';

/** More records than a V8 table's 131,072-entry step: the one rehash that used to block. */
const RECORDS = 140_000;
/** What one table may hold: a rehash of this many entries is well under a millisecond or two. */
const MOST_IN_ONE_TABLE = 16_384;

const realMapSet = Map.prototype.set;
const realSetAdd = Set.prototype.add;

/** Runs `fn` and returns the most entries any one Map or Set held after an insertion meanwhile. */
function largestTableDuring(fn: () => void): number {
  const largest = watchTables();
  try {
    fn();
  } finally {
    largest.stop();
  }
  return largest.value();
}

/** `largestTableDuring` for work that awaits (nothing else runs in this file meanwhile). */
async function largestTableDuringAsync(fn: () => Promise<void>): Promise<number> {
  const largest = watchTables();
  try {
    await fn();
  } finally {
    largest.stop();
  }
  return largest.value();
}

function watchTables(): { value: () => number; stop: () => void } {
  let largest = 0;
  Map.prototype.set = function (this: Map<unknown, unknown>, key: unknown, value: unknown) {
    const out = realMapSet.call(this, key, value);
    if (this.size > largest) largest = this.size;
    return out;
  };
  Set.prototype.add = function (this: Set<unknown>, value: unknown) {
    const out = realSetAdd.call(this, value);
    if (this.size > largest) largest = this.size;
    return out;
  };
  return {
    value: () => largest,
    stop: () => {
      Map.prototype.set = realMapSet;
      Set.prototype.add = realSetAdd;
    },
  };
}

function drain<T>(stages: Generator<void, T>): T {
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

afterEach(() => {
  Map.prototype.set = realMapSet;
  Set.prototype.add = realSetAdd;
});

describe('a big commit is checked without a table of all its records', { timeout: 60_000 }, () => {
  const request = addAll(RECORDS);

  it('its check (prepareStaged) holds every change, none in a table of more than a shard', () => {
    const state = new WorkspaceState();
    let prepared: ReturnType<WorkspaceState['prepare']> | null = null;
    const largest = largestTableDuring(() => {
      prepared = drain(state.prepareStaged(request));
    });
    expect(prepared!.set).toHaveLength(RECORDS);
    expect(prepared!.set[RECORDS - 1]!.id).toBe(request.changes[RECORDS - 1]!.id);
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(MOST_IN_ONE_TABLE);
  });

  it('still refuses a change whose `before` an earlier change of the same commit no longer matches', () => {
    const [first] = request.changes;
    const twice = { ...request, changes: [first!, { ...first!, before: null }] };
    expect(() => drain(new WorkspaceState().prepareStaged(twice))).toThrow(StoreConflictError);
  });

  it('the keys kept to check it again in its turn (recordKeys) answer for every record, in shards', () => {
    let keys: RecordKeys | null = null;
    const largest = largestTableDuring(() => {
      keys = drain(recordKeys(request.changes));
    });
    expect(keys!.size).toBe(RECORDS);
    expect(keys!.has(`findings\u0000${request.changes[RECORDS - 1]!.id}`)).toBe(true);
    expect(keys!.has('findings\u0000f_absent')).toBe(false);
    expect(largest).toBeLessThan(MOST_IN_ONE_TABLE);
  });

  it('a full analysis committed after a lazy open (findings chunks not parsed yet) counts its new findings in shards too', async () => {
    const folder = `${await tempDir()}/ws`;
    const first = await openWorkspaceStore(folder, { mode: 'write' });
    await first.commit(addAll(2500, 'f_old'));
    await first.close();
    const store = (await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false })) as LowdbFolderStore;
    const unparsedChunks = (store as unknown as { lazyFindingChunks: Map<string, string> }).lazyFindingChunks.size;
    expect(unparsedChunks).toBeGreaterThan(1);
    const largest = await largestTableDuringAsync(async () => {
      await store.commit(request);
    });
    const page = await store.findings({ limit: 1, offset: 2500 + RECORDS - 1 });
    expect(page.total).toBe(2500 + RECORDS);
    expect(page.items[0]?.id).toBe(request.changes[RECORDS - 1]!.id);
    expect(largest).toBeLessThan(MOST_IN_ONE_TABLE);
    // Its checkpoint (at close) and the next lazy open's background parse and findings index: no such table either.
    const after = await largestTableDuringAsync(async () => {
      await store.close();
      const again = (await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0 })) as LowdbFolderStore;
      await again.warmedUp();
      expect((await again.findings({ limit: 1 })).total).toBe(2500 + RECORDS);
      await again.close();
    });
    expect(after).toBeLessThan(MOST_IN_ONE_TABLE);
  });
});
