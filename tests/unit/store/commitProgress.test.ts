import { describe, expect, it } from 'vitest';
import { OVERTAKE_ABOVE } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { Finding } from '../../../shared/schema';
import { buildGeneratedWorkspace } from './helpers/generatedWorkspace';

/**
 * A big commit's progress (CommitRequest.progress: the findings of a full analysis take minutes to commit at a
 * newsroom's size): the lowdb folder store tells its records checked, written to the journal and applied, as a share
 * that grows to the end; a small commit tells nothing; and the progress is advisory — a listener that throws, even
 * while the commit is applied to memory after its journal line is on disk, fails nothing.
 */
describe('the progress of a big commit (lowdb folder store)', { timeout: 120_000 }, () => {
  /** `count` findings made from `template` with new ids (inserts). */
  const inserts = (template: Finding, count: number, tag: string) =>
    Array.from({ length: count }, (_, i) => {
      const f: Finding = { ...template, id: `f_${tag}${String(i).padStart(27 - tag.length, '0')}` };
      return { table: 'findings' as const, id: f.id, before: null, after: f };
    });
  const request = (changes: ReturnType<typeof inserts>, progress?: (share: number) => void) => ({
    action: 'analysis.run',
    who: 'Lan',
    at: '2026-12-06T00:00:00.000Z',
    changes,
    audit: [],
    ...(progress ? { progress } : {}),
  });

  it('tells the check, the journal and the apply, growing to the end; a small commit tells nothing; a throwing listener fails nothing', async () => {
    const folder = await buildGeneratedWorkspace(5);
    const store = await openWorkspaceStore(folder, { mode: 'write' });
    let count = 0;
    try {
      const template = (await store.findings({ limit: 1 })).items[0] as Finding;
      count = (await store.findings({ limit: 0 })).total;

      const shares: number[] = [];
      await store.commit(request(inserts(template, OVERTAKE_ABOVE + 500, 'a'), (s) => shares.push(s)));
      count += OVERTAKE_ABOVE + 500;
      expect(shares).toEqual([...shares].sort((a, b) => a - b));
      expect(new Set(shares).size).toBe(shares.length);
      // Each stage says how far it is: the check (its 8 %), the journal (to 65 %), the apply (to the end).
      expect(shares.some((s) => s > 0 && s <= 0.08)).toBe(true);
      expect(shares.some((s) => s > 0.08 && s <= 0.65)).toBe(true);
      expect(shares.some((s) => s > 0.65 && s < 1)).toBe(true);
      expect(shares.at(-1)).toBeGreaterThan(0.99);
      expect(shares.at(-1)).toBeLessThanOrEqual(1);

      const small: number[] = [];
      await store.commit(request(inserts(template, 10, 'b'), (s) => small.push(s)));
      count += 10;
      expect(small).toEqual([]);

      // Throws while the records are applied to memory, their journal line already written: the commit still lands
      // whole, in memory as on disk.
      await store.commit(
        request(inserts(template, OVERTAKE_ABOVE + 500, 'c'), (s) => {
          if (s > 0.8) throw new Error('listener failed');
        }),
      );
      count += OVERTAKE_ABOVE + 500;
      expect((await store.findings({ limit: 0 })).total).toBe(count);
    } finally {
      await store.close();
    }
    const again = await openWorkspaceStore(folder, { mode: 'read' });
    try {
      expect((await again.findings({ limit: 0 })).total).toBe(count);
    } finally {
      await again.close();
    }
  });
});
