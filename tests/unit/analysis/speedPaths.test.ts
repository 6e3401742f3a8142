import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingsAnalysis } from '../../../shared/analysis';
import { alignmentSteps, choosePairs, lineUp, MatchMemo, matchMemoLimits, passagesOf, workDone } from '../../../shared/analysis/passages';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { generateWorkspace } from '../../bench/analysisWorkspace';
import { makeArticle, makeClaim } from './helpers';

/**
 * The paths the analysis took for speed must not change what it finds: the remembered token matches
 * (and their starting over when full), choosePairs' shortcuts for few members, and the coarser steps of
 * the alignment.
 */

const defaults = { bytes: matchMemoLimits.bytes, betweenWork: alignmentSteps.betweenWork };
afterEach(() => {
  matchMemoLimits.bytes = defaults.bytes;
  alignmentSteps.betweenWork = defaults.betweenWork;
});

/**
 * A generated workspace with every article republished by another outlet, one figure changed in every
 * third copy and every other copy reworded ("đạt" -> "lên": same length, the claims keep their
 * offsets): aligned passages of one shape and of close shapes, lined up and compared by value class.
 */
function workspace(claimCount: number, seedShift: number): { articles: Article[]; claims: Claim[] } {
  const { articles, claims } = generateWorkspace(claimCount, 20, 4);
  const copies: Article[] = [];
  const copied: Claim[] = [];
  for (const [k, a] of articles.entries()) {
    const own = claims.filter((c) => c.articleId === a.id);
    const first = own[0];
    const id = `${a.id}_copy${seedShift}`;
    let text = a.text;
    let changedQuote: string | null = null;
    if (first && (k + seedShift) % 3 === 0) {
      changedQuote = first.quote.replace(/\d/, (d) => String((Number(d) % 9) + 1));
      text = a.text.slice(0, first.start) + changedQuote + a.text.slice(first.end);
    }
    if ((k + seedShift) % 2 === 0) text = text.replaceAll('đạt', 'lên');
    copies.push({ ...a, id, source: `${id}.txt`, outlet: 'bao-copy', text });
    for (const c of own) {
      const quote = c === first && changedQuote !== null ? changedQuote : c.quote;
      copied.push({ ...c, id: `${c.id}_copy${seedShift}`, articleId: id, quote, ...(quote !== c.quote ? { value: Number(quote.replace('%', '').replace(',', '.')) } : {}) });
    }
  }
  return { articles: [...articles, ...copies], claims: [...claims, ...copied] };
}

/**
 * Articles of a few provinces, each sentence its own shape, and each article reworded by another outlet
 * ("đạt" -> "lên tới"), one figure in two changed: aligned only as groups of two different shapes
 * (the loop between aligned groups that the alignment's steps divide).
 */
function reworded(): { articles: Article[]; claims: Claim[] } {
  const metrics = ['tỷ lệ hồ sơ trực tuyến', 'tỷ lệ thanh toán trực tuyến', 'tỷ lệ hồ sơ xử lý điện tử', 'tỷ lệ hộ nghèo', 'tỷ lệ lao động qua đào tạo', 'tỷ lệ che phủ rừng'];
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [i, province] of ['Thái Bình', 'Nam Định', 'Hà Nam', 'Ninh Bình'].entries()) {
    for (const copy of [false, true]) {
      const values = metrics.map((_, m) => 40 + ((i * 7 + m * 5) % 50) + (copy && m % 2 === 0 ? 1 : 0));
      const verb = copy ? 'lên tới' : 'đạt';
      const text = metrics.map((metric, m) => `Năm 2021, ${metric} của tỉnh ${province} ${verb} ${values[m]}%.`).join(' ');
      const article = makeArticle(`r${i}${copy ? 'b' : 'a'}`, text, copy ? '2021-12-02' : '2021-12-01', copy ? 'bao-b' : 'bao-a');
      articles.push(article);
      for (const [m, metric] of metrics.entries()) {
        const claim = makeClaim(article, `${values[m]}%`, { kind: 'percent', value: values[m] as number, unit: '%', subject: `tỉnh ${province}`, metric, period: 'năm 2021' });
        claims.push({ ...claim, id: `${article.id}_${m}` });
      }
    }
  }
  return { articles, claims };
}

/**
 * Several staged builds run step by step in turn (as two workspaces' analyses share one worker): their
 * findings and steps. Each of fresh copies of the articles: an analysis of the very objects analysed
 * before reads their kept alignment (aligned.ts `keptTextSide`) and takes none of the paths looked at here.
 */
function inTurn(...workspaces: Array<{ articles: Article[]; claims: Claim[] }>): Array<{ findings: Finding[]; steps: number }> {
  const runs = workspaces.map((w) => ({ stages: FindingsAnalysis.staged(w.articles.map((a) => ({ ...a })), w.claims), steps: 0, done: null as FindingsAnalysis | null }));
  while (runs.some((r) => r.done === null)) {
    for (const r of runs) {
      if (r.done) continue;
      r.steps++;
      const step = r.stages.next();
      if (step.done) r.done = step.value;
    }
  }
  return runs.map((r) => ({ findings: (r.done as FindingsAnalysis).findings(), steps: r.steps }));
}

const resets = (): number => workDone.matchMemoResets ?? 0;

describe('the remembered token matches (MatchMemo)', () => {
  it('lining up with a memo that starts over gives what lining up afresh gives', () => {
    const text = (n: number): string =>
      `Năm 2024, tỉnh Bắc Giang thu ngân sách ${n} tỷ đồng, tăng ${n % 17}% so với năm trước. ` +
      `Tỷ lệ hồ sơ trực tuyến của tỉnh đạt ${n % 90}%. Cả tỉnh có ${n * 3} doanh nghiệp mới, vốn đăng ký ${n + 5} tỷ đồng. ` +
      `Tỉnh Bắc Giang thu ngân sách ${n + 1} tỷ đồng trong năm 2024, tăng ${n % 13}%.`;
    const passages = [1, 2, 3].flatMap((n) => passagesOf(makeArticle(`a${n}`, text(n * 37), '2024-03-08')));
    expect(passages.length).toBeGreaterThanOrEqual(9);
    matchMemoLimits.bytes = 600;
    const memo = new MatchMemo();
    const before = resets();
    for (let round = 0; round < 2; round++) {
      for (const a of passages) for (const b of passages) expect(lineUp(a, b, true, memo)).toEqual(lineUp(a, b));
    }
    expect(resets() - before).toBeGreaterThan(0);
    expect(memo.bytes).toBeLessThanOrEqual(600 + 2000);
  });

  it('two workspaces analysed in turn find the same with a memo that starts over all the time as with one that never does', () => {
    const one = workspace(400, 0);
    const two = workspace(300, 1);
    const [refOne, refTwo] = inTurn(one, two);
    expect((refOne as { findings: Finding[] }).findings.length).toBeGreaterThan(0);
    expect((refTwo as { findings: Finding[] }).findings.length).toBeGreaterThan(0);
    for (const bytes of [0, 4096, 65536]) {
      matchMemoLimits.bytes = bytes;
      const before = resets();
      const [a, b] = inTurn(one, two);
      expect(resets() - before).toBeGreaterThan(0);
      expect(a?.findings).toEqual(refOne?.findings);
      expect(b?.findings).toEqual(refTwo?.findings);
    }
  });
});

describe('the staged alignment', () => {
  it('finds the same whatever the size of its steps between aligned groups', () => {
    const w = reworded();
    const reference = inTurn(w)[0] as { findings: Finding[]; steps: number };
    expect(reference.findings.length).toBeGreaterThan(0);
    alignmentSteps.betweenWork = 1;
    const fine = inTurn(w)[0] as { findings: Finding[]; steps: number };
    alignmentSteps.betweenWork = Number.MAX_SAFE_INTEGER;
    const coarse = inTurn(w)[0] as { findings: Finding[]; steps: number };
    // The step size took effect (more steps with smaller ones), and changed nothing found.
    expect(fine.steps).toBeGreaterThan(reference.steps);
    expect(reference.steps).toBeGreaterThan(coarse.steps);
    expect(fine.findings).toEqual(reference.findings);
    expect(coarse.findings).toEqual(reference.findings);
  });
});

/** choosePairs as written before its shortcuts (a map of values for any number of members, partner lists). */
function plainChoosePairs(
  members: readonly number[],
  valueAt: (p: number) => string | null,
  tryPair: (x: number, y: number) => boolean,
  otherwise: ((x: number, y: number) => void) | undefined,
  shape: 'classes' | 'star',
): void {
  const classes: number[][] = [];
  const byValue = new Map<string, number>();
  for (const p of members) {
    const v = valueAt(p);
    if (v === null) continue;
    const c = byValue.get(v);
    if (c === undefined) {
      byValue.set(v, classes.length);
      classes.push([p]);
    } else (classes[c] as number[]).push(p);
  }
  if (classes.length < 2) return;
  let majority = 0;
  for (let c = 1; c < classes.length; c++) if ((classes[c] as number[]).length > (classes[majority] as number[]).length) majority = c;
  for (let c = 0; c < classes.length; c++) {
    const partners = (shape === 'star' ? [0, majority] : [0, majority, c - 1]).filter((d, k, all) => d >= 0 && d !== c && all.indexOf(d) === k);
    for (const x of classes[c] as number[]) {
      for (const d of partners) {
        const other = classes[d] as number[];
        let k = 0;
        while (k < other.length && k < 8 && !tryPair(x, other[k] as number)) k++;
        if (otherwise && (k === other.length || k === 8)) otherwise(x, other[0] as number);
      }
    }
  }
}

describe('choosePairs', () => {
  it('tries and gives up the same pairs, in the same order, as the plain version (two, a few and many members)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom('1', '2', '3', '4', '5'), { nil: null }), { minLength: 1, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 20 }),
        fc.boolean(),
        fc.constantFrom('classes' as const, 'star' as const),
        (values, refusedPairs, withOtherwise, shape) => {
          const members = values.map((_, i) => i * 3 + 1);
          const valueAt = (p: number): string | null => values[(p - 1) / 3] ?? null;
          const refused = new Set(refusedPairs.map(([x, y]) => `${x * 3 + 1}|${y * 3 + 1}`));
          const run = (choose: typeof plainChoosePairs): string[] => {
            const calls: string[] = [];
            const tryPair = (x: number, y: number): boolean => {
              calls.push(`try ${x} ${y}`);
              return !refused.has(`${x}|${y}`);
            };
            const otherwise = withOtherwise ? (x: number, y: number): void => void calls.push(`otherwise ${x} ${y}`) : undefined;
            choose(members, valueAt, tryPair, otherwise, shape);
            return calls;
          };
          expect(run(choosePairs)).toEqual(run(plainChoosePairs));
        },
      ),
      { numRuns: 3000, seed: 20240308 },
    );
  });
});
