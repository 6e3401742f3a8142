import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingsAnalysis } from '../../../shared/analysis';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { generateWorkspace } from '../../bench/analysisWorkspace';
import { makeArticle, makeClaim } from './helpers';

const notSame = (f: Finding): Finding => ({
  ...f,
  status: 'dismissed',
  resolution: 'Bỏ qua: Không cùng một số liệu',
  decision: { kind: 'dismissed', reason: 'not-same-fact', rightClaimId: null, note: '', by: 'BT', at: '2024-03-01T00:00:00Z' },
});
const verified = (f: Finding): Finding => ({ ...f, status: 'resolved', resolution: 'Đã kiểm tra' });
const byId = (list: Iterable<Finding>): Finding[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Runs a staged operation of `analysis` step by step, as the service does with its event loop turning
 * in between, checking at each step that the half-done analysis refuses to be read (a full assembly,
 * another update): nothing reads a mixed state. Returns the result and how many steps it took.
 */
function stepped<T>(analysis: FindingsAnalysis, stages: Generator<void, T>): { value: T; steps: number } {
  for (let steps = 1; ; steps++) {
    const step = stages.next();
    if (step.done) return { value: step.value, steps };
    if (steps === 1) {
      expect(() => analysis.findings()).toThrow(/has not finished/);
      expect(() => analysis.drafts()).toThrow(/has not finished/);
      expect(() => analysis.updateClaims([])).toThrow(/has not finished/);
    }
  }
}

/**
 * The generated workspace plus republished copies of a few of its articles, one figure changed in
 * each (same length, so the claims keep their offsets): aligned passages and copies to re-examine.
 */
function workspace(): { articles: Article[]; claims: Claim[] } {
  const { articles, claims } = generateWorkspace(800, 20, 3);
  const copies: Article[] = [];
  const copied: Claim[] = [];
  for (const a of articles.slice(0, 6)) {
    const own = claims.filter((c) => c.articleId === a.id);
    const first = own[0] as Claim;
    const changed = first.quote.replace(/\d/, (d) => String((Number(d) % 9) + 1));
    const id = `${a.id}_copy`;
    copies.push({ ...a, id, source: `${id}.txt`, text: a.text.slice(0, first.start) + changed + a.text.slice(first.end), publishedAt: '2025-12-01' });
    for (const c of own) copied.push({ ...c, id: `${c.id}_copy`, articleId: id, ...(c === first ? { quote: changed, value: Number(changed.replace('%', '').replace(',', '.')) } : {}) });
  }
  return { articles: [...articles, ...copies], claims: [...claims, ...copied] };
}

type Change = { kind: 'value' | 'metric' | 'subject' | 'modality' | 'remove' | 'restore'; pick: number; delta: number };
type Step = { kind: 'update'; changes: Change[]; thenAsk: boolean } | { kind: 'dismiss' | 'decide'; pick: number };

const change = fc.record({
  kind: fc.constantFrom<Change['kind']>('value', 'value', 'metric', 'subject', 'modality', 'remove', 'remove', 'restore'),
  pick: fc.nat(),
  delta: fc.integer({ min: -3, max: 3 }),
});
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('update' as const), changes: fc.array(change, { minLength: 1, maxLength: 3 }), thenAsk: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('dismiss' as const, 'decide' as const), pick: fc.nat() }) },
);

describe('findings changed by an edit, in proportion to the edit', () => {
  const { articles, claims } = workspace();

  it('applied to the previous findings, give what a full analysis gives — edits that move claims between blocks, rejections, restores, several updates at once, and decisions; the same run in steps', () => {
    // The copies give passage findings to re-name, and claims in other blocks that decide whether two
    // sentences are copies (the case that once went stale).
    expect(new FindingsAnalysis(articles, claims).findings().filter((f) => f.rule === 'aligned-passage').length).toBeGreaterThan(3);
    let steppedUpdates = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const current = new Map(claims.map((c) => [c.id, c]));
        const analysis = new FindingsAnalysis(articles, claims);
        const stored = new Map(analysis.findings().map((f) => [f.id, f]));
        // The same edits on a twin analysis, each update and delta run in steps (as the service runs
        // them): its stored findings must be those of the analysis run at once, after every delta.
        const twin = new FindingsAnalysis(articles, claims);
        const twinStored = new Map(twin.findings().map((f) => [f.id, f]));
        const removed: Claim[] = [];
        let pending = false;
        const settle = (): void => {
          // Only what the delta asks for: the touched ids and the "not the same fact" dismissals.
          const before = [...stored.values()];
          const ids = new Set(analysis.touchedFindingIds());
          const delta = analysis.changedFindings(before.filter((f) => ids.has(f.id) || f.decision?.reason === 'not-same-fact'));
          for (const id of delta.removedIds) stored.delete(id);
          for (const f of delta.findings) stored.set(f.id, f);
          const twinIds = new Set(stepped(twin, twin.touchedFindingIdsStaged()).value);
          expect([...twinIds].sort()).toEqual([...ids].sort());
          const twinBefore = [...twinStored.values()].filter((f) => twinIds.has(f.id) || f.decision?.reason === 'not-same-fact');
          const twinDelta = stepped(twin, twin.changedFindingsStaged(twinBefore)).value;
          expect(twinDelta).toEqual(delta);
          for (const id of twinDelta.removedIds) twinStored.delete(id);
          for (const f of twinDelta.findings) twinStored.set(f.id, f);
          expect(byId(twinStored.values())).toEqual(byId(stored.values()));
          pending = false;
        };
        let snapshot = [...stored.values()];
        for (const s of steps) {
          if (s.kind !== 'update') {
            if (pending) settle();
            // The editor's decision lands on a stored finding between analyses.
            const list = byId(stored.values());
            const f = list[s.pick % list.length];
            if (f) stored.set(f.id, s.kind === 'dismiss' ? notSame(f) : verified(f));
            if (f) twinStored.set(f.id, stored.get(f.id) as Finding);
            snapshot = [...stored.values()];
            continue;
          }
          const changed = new Map<string, Claim>();
          const gone: string[] = [];
          for (const c of s.changes) {
            const base = claims[c.pick % claims.length] as Claim;
            if (c.kind === 'restore') {
              const back = removed.pop();
              if (back && !gone.includes(back.id)) {
                current.set(back.id, back);
                changed.set(back.id, back);
              }
              continue;
            }
            const now = current.get(base.id);
            if (!now || gone.includes(base.id)) continue;
            if (c.kind === 'remove') {
              current.delete(base.id);
              changed.delete(base.id);
              removed.push(now);
              gone.push(base.id);
              continue;
            }
            const edited: Claim =
              c.kind === 'value'
                ? { ...now, value: (base.value ?? 0) + c.delta }
                : c.kind === 'metric'
                  ? { ...now, metric: c.delta > 0 ? 'tỷ lệ dân số có tài khoản ngân hàng' : base.metric }
                  : c.kind === 'subject'
                    ? { ...now, subject: c.delta > 0 ? 'tỉnh Hà Giang' : base.subject }
                    : { ...now, modality: now.modality === 'fact' ? 'target' : 'fact' };
            current.set(base.id, edited);
            changed.set(base.id, edited);
          }
          analysis.updateClaims([...changed.values()], gone);
          if (stepped(twin, twin.updateClaimsStaged([...changed.values()], gone)).steps > 2) steppedUpdates++;
          pending = true;
          if (!s.thenAsk) continue;
          settle();
          const inOrder = claims.filter((c) => current.has(c.id)).map((c) => current.get(c.id) as Claim);
          const full = new FindingsAnalysis(articles, inOrder).findings(snapshot);
          expect(byId(stored.values())).toEqual(byId(full));
          snapshot = [...stored.values()];
        }
      }),
      { numRuns: 12 },
    );
    // The updates did run in several steps (the twin compared something run in slices).
    expect(steppedUpdates).toBeGreaterThan(0);
  }, 240_000);

  it('refuses to be read or updated again after an update in steps was abandoned midway (its owner drops it)', () => {
    const analysis = new FindingsAnalysis(articles, claims);
    const c = claims.find((x) => x.value !== null) as Claim;
    const stages = analysis.updateClaimsStaged([{ ...c, value: (c.value ?? 0) + 5 }]);
    expect(stages.next().done).toBe(false);
    // Never resumed (a close stopped the service's slices): half the edit is in, half is not.
    expect(() => analysis.findings()).toThrow(/updateClaims has not finished/);
    expect(() => analysis.touchedFindingIds()).toThrow(/updateClaims has not finished/);
    expect(() => analysis.changedFindings([])).toThrow(/updateClaims has not finished/);
    expect(() => analysis.changedFindingsAgain([])).toThrow(/updateClaims has not finished/);
    // Run to its end, the same update gives what the update at once gives.
    const once = new FindingsAnalysis(articles, claims);
    once.updateClaims([{ ...c, value: (c.value ?? 0) + 5 }]);
    while (!stages.next().done);
    expect(analysis.touchedFindingIds()).toEqual(once.touchedFindingIds());
    expect(analysis.findings()).toEqual(once.findings());
  });

  it('re-examines a finding whose articles stop sharing a sentence when a claim of another block is rejected', () => {
    // B reprints A's sentence in other words, and also carries A's sentence as written, there with a
    // claim about another province. That claim makes A and B copies of one sentence for the matcher.
    const sA = 'Năm 2022, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Hà Nam đạt 45,37%. ';
    const sB1 = 'Tỉnh Hà Nam cho biết trong năm 2022 có 45,37% hồ sơ trực tuyến toàn trình, theo báo cáo của Sở. ';
    const sB2 = 'Năm 2022, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Hà Nam đạt 48,37%. ';
    const a = makeArticle('a', `Chuyển đổi số ở Hà Nam\n\n${sA}`, '2023-02-01');
    const b = makeArticle('b', `Hà Nam công bố kết quả\n\n${sB1}${sB2}`, '2023-03-01');
    const base = { kind: 'percent' as const, unit: '%', subject: 'tỉnh Hà Nam', metric: 'tỷ lệ hồ sơ trực tuyến toàn trình', period: 'năm 2022' };
    const a1 = makeClaim(a, '45,37%', { ...base, value: 45.37 });
    const b1 = makeClaim(b, '45,37%', { ...base, value: 45.37 });
    const b2 = makeClaim(b, '48,37%', { ...base, value: 48.37, subject: 'tỉnh Hà Giang' });
    const analysis = new FindingsAnalysis([a, b], [a1, b1, b2]);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    const before = [...stored.values()];
    analysis.updateClaims([], [b2.id]);
    const ids = new Set(analysis.touchedFindingIds());
    const delta = analysis.changedFindings(before.filter((f) => ids.has(f.id)));
    for (const id of delta.removedIds) stored.delete(id);
    for (const f of delta.findings) stored.set(f.id, f);
    const full = new FindingsAnalysis([a, b], [a1, b1]).findings(before);
    expect(full.some((f) => f.claimIds.includes(a1.id) && f.claimIds.includes(b1.id))).toBe(true);
    expect(byId(stored.values())).toEqual(byId(full));
  });

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

  it('hands back only the findings an edit changed, not every finding it looked at', () => {
    const { articles, claims } = generateWorkspace(3000, 20, 3);
    const analysis = new FindingsAnalysis(articles, claims);
    const all = analysis.findings();
    const before = new Map(all.map((f) => [f.id, f]));
    const inFinding = all.find((f) => f.rule === 'cross-source' && f.type === 'consistent')!.claimIds[0];
    const c = claims.find((x) => x.id === inFinding) as Claim;
    const edited = { ...c, value: (c.value ?? 0) + 5 };
    analysis.updateClaims([edited]);
    const ids = analysis.touchedFindingIds();
    const delta = analysis.changedFindings(ids.flatMap((id) => before.get(id) ?? []));
    // Every finding handed back is new or differs from the one stored; the untouched rest is not sent.
    for (const f of delta.findings) expect(before.get(f.id)).not.toEqual(f);
    expect(delta.findings.length + delta.removedIds.length).toBeGreaterThan(0);
    expect(delta.findings.length).toBeLessThan(ids.length);
    // Applied to what was stored, the delta gives the full analysis of the edited workspace.
    for (const id of delta.removedIds) before.delete(id);
    for (const f of delta.findings) before.set(f.id, f);
    const full = new FindingsAnalysis(articles, claims.map((x) => (x.id === c.id ? edited : x))).findings(all);
    expect(byId(before.values())).toEqual(byId(full));
  });
});
