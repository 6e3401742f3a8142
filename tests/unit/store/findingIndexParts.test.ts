import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingIndex, type FindingMeta } from '../../../electron/store/findingIndex';
import { FINDING_CHUNK, setFindingChunkForNewWorkspaces, type LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import { ShardedMap } from '../../../electron/store/shardedMap';
import { tempDir } from '../helpers';
import { addAll } from './helpers/bigCommit';

const at = '2026-12-05T03:00:00.000Z';
/** More than the index builds at once (2,000), in many chunks: the background build runs in slices while chunks are parsed. */
const COUNT = 6000;

afterEach(() => setFindingChunkForNewWorkspaces(FINDING_CHUNK));

interface Inside {
  findingIndex: FindingIndex;
}
/** A build in progress (private to the index). */
const building = (index: FindingIndex): unknown => (index as unknown as { building: unknown }).building;

describe('the findings index built in the background after a write open', { timeout: 120_000 }, () => {
  it('takes the finding ids part by part, never all at once, and indexes each finding once when chunks are parsed during the build', async () => {
    const folder = join(await tempDir(), 'ws');
    setFindingChunkForNewWorkspaces(250);
    const first = (await openWorkspaceStore(folder, { mode: 'write' })) as LowdbFolderStore;
    await first.commit(addAll(COUNT));
    // Half of them dismissed: two status groups to build.
    const stored = await first.getFindings(Array.from({ length: COUNT / 2 }, (_, i) => `f_big${String(2 * i).padStart(6, '0')}`));
    await first.commit({ action: 'analysis.run', who: 'Lan', at, audit: [], changes: stored.map((f) => ({ table: 'findings' as const, id: f.id, before: f, after: { ...f, status: 'dismissed' as const, resolution: 'khác sự kiện' } })) });
    const want = {
      all: (await first.findings({})).items.map((f) => f.id),
      open: (await first.findings({ statuses: ['open'] })).items.map((f) => f.id),
      dismissed: (await first.findings({ statuses: ['dismissed'] })).items.map((f) => f.id),
      claim: (await first.findings({ claimId: 'c_a5' })).items.map((f) => f.id),
    };
    await first.close();
    expect(want.all).toHaveLength(COUNT);

    // A snapshot of every id is one step of the event loop's time (160,000 ids at 10,000 articles): the build takes them shard by shard.
    const whole = vi.spyOn(ShardedMap.prototype, 'keyArray');
    // A lazy open with no warm-up: the findings chunks stay unparsed until a query needs them.
    const store = (await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false })) as LowdbFolderStore;
    try {
      const index = (store as unknown as Inside).findingIndex;
      for (let i = 0; !index.ready && i < 5000; i++) await new Promise<void>((r) => setTimeout(r, 2));
      expect(index.ready).toBe(true);
      expect(whole).not.toHaveBeenCalled();
      whole.mockRestore();
      // Built again in the smallest slices.
      const lazy = () => (store as unknown as { lazyFindingMeta: Map<string, unknown> }).lazyFindingMeta.size;
      expect(lazy()).toBe(COUNT);
      index.reset();
      const build = index.buildInBackground(0);
      // Findings read while it runs: their chunks are parsed and their findings move from the unparsed chunks'
      // entries (the first parts) to the parsed findings (the last ones), behind the build or ahead of it.
      let reads = 0;
      for (let i = 0; !index.ready && i < 5000; i++) {
        if (building(index)) {
          const id = `f_big${String((i * 997) % COUNT).padStart(6, '0')}`;
          expect((await store.getFindings([id])).map((f) => f.id)).toEqual([id]);
          reads++;
        }
        await new Promise<void>((r) => setImmediate(r));
      }
      await build;
      expect(index.ready).toBe(true);
      expect(reads).toBeGreaterThan(0);
      // Each finding once, in stored order, in its group and under its claim.
      expect((await store.findings({})).items.map((f) => f.id)).toEqual(want.all);
      expect((await store.findings({ statuses: ['open'] })).items.map((f) => f.id)).toEqual(want.open);
      expect((await store.findings({ statuses: ['dismissed'] })).items.map((f) => f.id)).toEqual(want.dismissed);
      expect((await store.findings({ claimId: 'c_a5' })).items.map((f) => f.id)).toEqual(want.claim);
      expect((await store.findings({ statuses: ['open'], limit: 0 })).total).toBe(COUNT / 2);
    } finally {
      whole.mockRestore();
      await store.close();
    }
  });

  it('lists a finding once in its status group when two parts both give it (it moved from one map to the other between them)', async () => {
    const findings = new Map<string, FindingMeta>();
    for (let i = 0; i < 3000; i++) {
      const id = `f_${String(i).padStart(5, '0')}`;
      findings.set(id, { id, type: 'conflict', status: i % 3 === 0 ? 'dismissed' : 'open', claimIds: [`c_${i % 50}`], explanation: String(i) });
    }
    const ids = [...findings.keys()];
    const order = new Map(ids.map((id, i) => [id, i]));
    const index = new FindingIndex({
      findingIds: () => ids,
      // The first half, then every id (the first half again among them), as a chunk parsed between two parts leaves them.
      findingIdParts: () => [() => ids.slice(0, 1500), () => ids.slice(0, 750), () => ids],
      findingCount: () => ids.length,
      findingMeta: (id) => findings.get(id),
      findingOrder: order,
      articleOfClaim: () => 'a_1',
    });
    await index.buildInBackground(0);
    expect(index.ready).toBe(true);
    const groups = (index as unknown as { groups: Map<string, string[]> }).groups;
    expect(groups.get('open')).toEqual(ids.filter((_, i) => i % 3 !== 0));
    expect(groups.get('dismissed')).toEqual(ids.filter((_, i) => i % 3 === 0));
  });
});
