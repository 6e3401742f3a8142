import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingsAnalysis } from '../../../shared/analysis';
import type { Claim, Finding } from '../../../shared/schema';
import { generateWorkspace } from '../../bench/analysisWorkspace';

const notSame = (f: Finding): Finding => ({
  ...f,
  status: 'dismissed',
  resolution: 'Bỏ qua: Không cùng một số liệu',
  decision: { kind: 'dismissed', reason: 'not-same-fact', rightClaimId: null, note: '', by: 'BT', at: '2024-03-01T00:00:00Z' },
});
const verified = (f: Finding): Finding => ({ ...f, status: 'resolved', resolution: 'Đã kiểm tra' });
const byId = (list: Iterable<Finding>): Finding[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

type Step = { kind: 'edit' | 'remove' | 'restore' | 'dismiss' | 'decide'; pick: number; delta: number };

describe('findings changed by an edit, in proportion to the edit', () => {
  const { articles, claims } = generateWorkspace(800, 20, 3);

  it('applied to the previous findings, give what a full analysis gives — edits, rejections, restores and decisions in any order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom<Step['kind']>('edit', 'edit', 'remove', 'restore', 'dismiss', 'decide'),
            pick: fc.nat(),
            delta: fc.integer({ min: -3, max: 3 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (steps) => {
          const current = new Map(claims.map((c) => [c.id, c]));
          const analysis = new FindingsAnalysis(articles, claims);
          const stored = new Map(analysis.findings().map((f) => [f.id, f]));
          const removed: Claim[] = [];
          for (const step of steps) {
            const list = [...stored.values()];
            if (step.kind === 'dismiss' || step.kind === 'decide') {
              // The editor's decision lands on a stored finding between analyses.
              const f = list[step.pick % list.length];
              if (f) stored.set(f.id, step.kind === 'dismiss' ? notSame(f) : verified(f));
              continue;
            }
            let changed: Claim[] = [];
            let gone: string[] = [];
            if (step.kind === 'edit') {
              const c = claims[step.pick % claims.length] as Claim;
              if (!current.has(c.id)) continue;
              const edited = { ...(current.get(c.id) as Claim), value: (c.value ?? 0) + step.delta };
              current.set(c.id, edited);
              changed = [edited];
            } else if (step.kind === 'remove') {
              const c = claims[step.pick % claims.length] as Claim;
              if (!current.delete(c.id)) continue;
              removed.push(c);
              gone = [c.id];
            } else {
              const c = removed.pop();
              if (!c) continue;
              current.set(c.id, c);
              changed = [c];
            }
            const before = [...stored.values()];
            analysis.updateClaims(changed, gone);
            const ids = new Set(analysis.touchedFindingIds());
            // Only what the delta asks for: the touched ids and the "not the same fact" dismissals.
            const asked = before.filter((f) => ids.has(f.id) || f.decision?.reason === 'not-same-fact');
            const delta = analysis.changedFindings(asked);
            for (const id of delta.removedIds) stored.delete(id);
            for (const f of delta.findings) stored.set(f.id, f);
            const inOrder = claims.filter((c) => current.has(c.id)).map((c) => current.get(c.id) as Claim);
            const full = new FindingsAnalysis(articles, inOrder).findings(before);
            expect(byId(stored.values())).toEqual(byId(full));
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('touches a few findings for one edit, not every finding', () => {
    const larger = generateWorkspace(4000, 20, 20);
    const analysis = new FindingsAnalysis(larger.articles, larger.claims);
    const all = analysis.findings();
    const inFinding = all.find((f) => f.rule === 'cross-source')!.claimIds[0];
    const c = larger.claims.find((x) => x.id === inFinding) as Claim;
    analysis.updateClaims([{ ...c, value: (c.value ?? 0) + 5 }]);
    const ids = analysis.touchedFindingIds();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length * 10).toBeLessThan(all.length);
  });
});
