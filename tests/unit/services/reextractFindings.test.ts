import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openForWriting } from '../../../electron/services/open';
import { findingId, type FindingRule } from '../../../shared/analysis';
import { contentHash } from '../../../shared/hash';
import type { RecordChange } from '../../../electron/store/port';
import type { Finding } from '../../../shared/schema';
import { seedsDir, tempDir } from '../helpers';

/**
 * A re-extraction reads only the findings it may change — those of a claim that moves to another id,
 * and those with a decision — not every stored finding (issue 9: 450k findings held 1.1 GB of a
 * 10,000-article workspace's heap). A decided finding whose claim the older engine named otherwise
 * still follows the claim to its new id, with its decision, and an open one follows its claim too.
 */
describe('a re-extraction and the stored findings', { timeout: 300_000 }, () => {
  it('moves a decided finding onto the id its claim takes, reading no whole list of findings', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    try {
      const store = service.ctx.store;
      const reviewed = new Set((await store.reviews()).map((r) => r.claimId));
      const pairs = (await store.findings({ statuses: ['open'] })).items.filter((f) => f.claimIds.length === 2 && !f.claimIds.some((id) => reviewed.has(id)));
      const target = pairs[0] as Finding;
      expect(target).toBeDefined();
      await service.decideFinding({ findingId: target.id, decision: 'dismiss', note: 'đã kiểm tra' });
      const [decided] = await store.getFindings([target.id]);
      expect(decided?.status).toBe('dismissed');

      // As an older engine left it: a claim of the decided finding and one of an open finding under
      // other ids, the findings naming those ids.
      const open = pairs.find((f) => f.id !== target.id && !f.claimIds.some((id) => target.claimIds.includes(id))) as Finding;
      expect(open).toBeDefined();
      const moves = [
        { finding: decided!, claimId: target.claimIds[0] as string },
        { finding: open, claimId: open.claimIds[1] as string },
      ];
      const older: Finding[] = [];
      const changes: RecordChange[] = [];
      for (const { finding, claimId } of moves) {
        const [claim] = await store.claims([claimId]);
        const oldId = 'c_' + contentHash(`older engine ${claimId}`);
        const claimIds = finding.claimIds.map((id) => (id === claimId ? oldId : id));
        const moved: Finding = { ...finding, claimIds, id: findingId({ type: finding.type, rule: (finding.rule ?? 'cross-source') as FindingRule, claimIds, spans: finding.spans ?? [] }) };
        older.push(moved);
        changes.push(
          { table: 'claims', id: claimId, before: claim!, after: null },
          { table: 'claims', id: oldId, before: null, after: { ...claim!, id: oldId } },
          { table: 'findings', id: finding.id, before: finding, after: null },
          { table: 'findings', id: moved.id, before: null, after: moved },
        );
      }
      await store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes, audit: [] });

      const everyFinding = vi.spyOn(store, 'findings');
      const commits = vi.spyOn(store, 'commit');
      const report = await service.reextract();
      const wholeReads = everyFinding.mock.calls.filter(([query]) => query === undefined || Object.keys(query).length === 0);
      vi.restoreAllMocks();
      expect(report.reviewsMoved).toBe(0);
      expect(wholeReads).toEqual([]);
      // The re-extraction's own commit moves both findings (its analysis would raise the open one again anyway).
      const reextraction = commits.mock.calls.map(([c]) => c).find((c) => c.action === 'workspace.reextract');
      const movedFindings = (reextraction?.changes ?? []).filter((c) => c.table === 'findings').map((c) => [c.id, c.before === null, c.after === null]);
      expect(movedFindings.sort()).toEqual([...moves.map(({ finding }) => [finding.id, true, false]), ...older.map((f) => [f.id, false, true])].sort());
      // The claims are back under the engine's ids, and the findings with them, the decision with its own.
      for (const { finding, claimId } of moves) {
        expect((await store.claims([claimId])).map((c) => c.id)).toEqual([claimId]);
        const [back] = await store.getFindings([finding.id]);
        expect(back?.claimIds).toEqual(finding.claimIds);
        expect(back?.status).toBe(finding.status);
        expect(back?.decision ?? null).toEqual(finding.decision ?? null);
      }
      expect(await store.getFindings(older.map((f) => f.id))).toEqual([]);
    } finally {
      await service.close();
    }
  });
});
