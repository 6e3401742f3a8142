// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/schema';
import { bootDesk, sample } from './helpers/desk';

// The claims standing in an open finding (the "⟷" badge and the "findings first" order) come page by
// page through the real handlers and store: a 10,000-article workspace has some 200,000 of them,
// 7.5 MB in one answer before (issue 9).

function findingsOf(): { findings: Finding[]; claims: string[] } {
  const { bacGiang, haGiang } = sample();
  const claims = [...bacGiang.claims, ...haGiang.claims].map((c) => c.id);
  const at = (i: number) => claims[i % claims.length] as string;
  const finding = (n: number, type: Finding['type'], status: Finding['status'], ids: string[]): Finding => ({
    id: `f_${n.toString(16).padStart(28, '0')}`,
    type,
    claimIds: ids,
    explanation: `Phát hiện ${n}`,
    status,
    resolution: null,
  });
  const findings = [
    finding(1, 'conflict', 'open', [at(0), at(5)]),
    finding(2, 'update', 'open', [at(1), at(6)]),
    finding(3, 'internal', 'open', [at(2), at(5)]),
    finding(4, 'conflict', 'dismissed', [at(3), at(7)]),
    finding(5, 'consistent', 'open', [at(4), at(8)]),
    finding(6, 'conflict', 'open', [at(9), at(10)]),
  ];
  return { findings, claims };
}

const needing = (findings: readonly Finding[]) => new Set(findings.filter((f) => f.status === 'open' && f.type !== 'consistent').flatMap((f) => f.claimIds));

describe('claims in an open finding', () => {
  it('are read page by page: each page asked in turn, every such claim once, none of a dismissed or "consistent" finding', async () => {
    const { findings } = findingsOf();
    const { served } = await bootDesk({ findings });
    const { readOpenFindingClaims } = await import('../../../renderer/src/store/findings');
    const want = needing(findings);
    expect(want.size).toBe(7);
    const ids = await readOpenFindingClaims(() => false, 2);
    expect(ids).toEqual(want);
    expect(served.callsTo('listOpenFindingClaims')).toEqual([0, 2, 4, 6].map((offset) => ({ offset, limit: 2 })));
  });

  it('read again when a finding is decided between two pages (the total moved)', async () => {
    const { findings } = findingsOf();
    const { served, store } = await bootDesk({ findings });
    const { readOpenFindingClaims } = await import('../../../renderer/src/store/findings');
    const list = served.api.listOpenFindingClaims.bind(served.api);
    const decided = findings[5] as Finding;
    let pages = 0;
    served.api.listOpenFindingClaims = async (input) => {
      const answer = await list(input);
      if (++pages === 1) {
        // After the first page: the last finding is dismissed (two claims fewer).
        await store.commit({
          action: 'finding.decide',
          who: 'Lan',
          at: '2026-12-05T10:00:00.000Z',
          changes: [{ table: 'findings', id: decided.id, before: decided, after: { ...decided, status: 'dismissed' } }],
          audit: [],
        });
      }
      return answer;
    };
    const ids = await readOpenFindingClaims(() => false, 2);
    const after = findings.map((f) => (f.id === decided.id ? { ...f, status: 'dismissed' as const } : f));
    expect(ids).toEqual(needing(after));
    expect(needing(after).size).toBe(5);
    // Read once more from the start after the total moved (7 → 5).
    expect(served.callsTo('listOpenFindingClaims').map((c) => c.offset)).toEqual([0, 2, 0, 2, 4]);
  });

  it('reach the desk after the findings panel loads, and a load overtaken by another leaves them to the later one', async () => {
    const { findings } = findingsOf();
    const { r } = await bootDesk({ findings });
    const { useFindings } = await import('../../../renderer/src/store/findings');
    await useFindings.getState().load();
    expect(r.useDesk.getState().openFindingClaims).toEqual(needing(findings));
    r.useDesk.setState({ openFindingClaims: new Set() });
    const first = useFindings.getState().load();
    const second = useFindings.getState().load();
    await first;
    // The first load was overtaken before its ids arrived: it put nothing in place.
    expect(r.useDesk.getState().openFindingClaims.size).toBe(0);
    await second;
    expect(r.useDesk.getState().openFindingClaims).toEqual(needing(findings));
  });
});
