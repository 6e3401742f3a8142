import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntListIds } from '../../../shared/analysis/intern';
import { sameValue } from '../../../shared/analysis/figures';
import { alignedGroups, alignPassages, choosePairs, counterparts, ownRoles, passagesOf, rankById, rolePositions, sharedValues, type Passage } from '../../../shared/analysis/passages';
import type { Article } from '../../../shared/schema';
import { generateWorkspace } from '../../bench/analysisWorkspace';
import { makeArticle } from './helpers';

/**
 * The numbered structures the passage alignment runs on (lists numbered by content, aligned groups in
 * typed arrays, roles read without lining a sentence up with itself, counterparts from the positions
 * of two token lists): each must answer what the object-and-string version it replaced answered.
 */

describe('IntListIds: lists of integers numbered by content', () => {
  it('gives equal lists one number and different lists different numbers, in the order first seen', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }), { maxLength: 3000 }), (lists) => {
        const ids = new IntListIds();
        const expected = new Map<string, number>();
        for (const list of lists) {
          const key = list.join(',');
          if (!expected.has(key)) expected.set(key, expected.size);
          expect(ids.idOf(Int32Array.from(list))).toBe(expected.get(key));
        }
        // Bounded by what it was given: one entry per distinct list, however often each came.
        expect(ids.size).toBe(expected.size);
      }),
      { numRuns: 30 },
    );
  });

  it('tells a list with a tail from the same integers split otherwise or without a tail (tokens | years)', () => {
    const ids = new IntListIds();
    const tokens = Int32Array.from([7, 8, 2020]);
    const whole = ids.idOf(tokens);
    const withEmptyTail = ids.idOf(tokens, 0, 3, [], 0);
    const split = ids.idOf(tokens, 0, 2, [2020], 1);
    const twoYears = ids.idOf(tokens, 0, 2, [2020, 2021], 2);
    expect(new Set([whole, withEmptyTail, split, twoYears]).size).toBe(4);
    // The same list and tail again, from another array and a reused tail buffer longer than the tail.
    expect(ids.idOf(Int32Array.from([9, 7, 8, 1]), 1, 3, [2020, 1999], 1)).toBe(split);
    expect(ids.idOf(Int32Array.from([7, 8, 2020]))).toBe(whole);
  });

  it('keeps its numbers when it grows past its first table (thousands of sentence shapes)', () => {
    const ids = new IntListIds();
    const lists = Array.from({ length: 5000 }, (_, i) => Int32Array.from([i % 97, Math.floor(i / 97), i]));
    lists.forEach((l, i) => expect(ids.idOf(l)).toBe(i));
    lists.forEach((l, i) => expect(ids.idOf(Int32Array.from(l))).toBe(i));
    expect(ids.size).toBe(5000);
  });
});

describe('alignedGroups: each group\'s aligned groups, best first, in typed arrays', () => {
  it('lists the same neighbours in the same order as sorting objects (higher similarity, then earlier group)', () => {
    const pair = fc.record({ a: fc.integer({ min: 0, max: 11 }), b: fc.integer({ min: 0, max: 11 }), similarity: fc.constantFrom(0.3, 0.45, 0.6, 0.61, 1) });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 120 }), (pairs) => {
        const G = 12;
        const { edgeStart, edgeTo, edgeSimilarity } = alignedGroups(
          G,
          pairs.map((p) => p.a),
          pairs.map((p) => p.b),
          pairs.map((p) => p.similarity),
        );
        const naive: Array<Array<{ g: number; similarity: number }>> = Array.from({ length: G }, () => []);
        for (const p of pairs) {
          naive[p.a]!.push({ g: p.b, similarity: p.similarity });
          naive[p.b]!.push({ g: p.a, similarity: p.similarity });
        }
        for (const list of naive) list.sort((x, y) => y.similarity - x.similarity || x.g - y.g);
        for (let g = 0; g < G; g++) {
          const got = [];
          for (let e = edgeStart[g]!; e < edgeStart[g + 1]!; e++) got.push({ g: edgeTo[e]!, similarity: edgeSimilarity[e]! });
          expect(got).toEqual(naive[g]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('rankById: articles ranked by their ids as strings', () => {
  const rank = (ids: string[]): number[] => {
    const g = rankById(ids.map((id) => makeArticle(id, '', null)));
    for (;;) {
      const s = g.next();
      if (s.done) return [...s.value];
    }
  };
  it('ranks in string order (not numeric: "a_10" before "a_9") and gives equal ids one rank', () => {
    expect(rank(['a_9', 'a_10', 'b', 'a_10', 'Đà Nẵng', 'Bắc Giang'])).toEqual([2, 1, 3, 1, 4, 0]);
    expect(rank([])).toEqual([]);
  });
});

/** Sentences of the generated workspace and hand-written Vietnamese ones, as passages. */
function samplePassages(): Passage[] {
  const { articles } = generateWorkspace(400, 20, 3);
  const texts = [
    'Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Bắc Giang đạt 45,37%.',
    'Năm 2022, tỉ lệ hồ sơ trực tuyến toàn trình cấp huyện của tỉnh Bắc Giang lên 52,1%.',
    'Giá cà phê hôm nay dao động 6.000 - 9.000 đ/kg, tăng 500 đồng so với hôm qua.',
    'Tỉnh A xếp thứ 5, tỉnh B đứng thứ 8 trên tổng số 12 huyện.',
    // Numbers with no word next to them hold no role ("2018 - 2020 - 2022"), dates none either.
    'Giai đoạn 2018 - 2020 - 2022 ghi nhận 12 ca.',
    'Ngày 31/10/2023, thu ngân sách đạt gần 45.000 tỷ đồng, bằng 45 nghìn tỷ.',
    'Tỷ số 2-1 ở phút 89 giúp đội tuyển Việt Nam giành 3 điểm.',
  ];
  const own = texts.map((t, i) => makeArticle(`v${i}`, t, '2024-01-01'));
  return [...articles, ...own].flatMap((a: Article) => passagesOf(a));
}

describe('ownRoles: the figures of a sentence that hold a role, without lining it up with itself', () => {
  it('gives the positions counterparts(p, p) gives, for every sentence', () => {
    const ps = samplePassages();
    expect(ps.length).toBeGreaterThan(300);
    for (const p of ps) expect(ownRoles(p)).toEqual(counterparts(p, p).map((c) => c.a.token));
  });

  it('leaves out a number no word stands next to, and dates', () => {
    const [p] = passagesOf(makeArticle('roles', 'Giai đoạn 2018 - 2020 - 2022 ghi nhận 12 ca.', '2024-01-01'));
    const roles = ownRoles(p!);
    const figure = (t: number) => p!.figures.find((f) => f.token === t)!;
    // "2020" stands between two numbers and signs only; "2018" after "đoạn", "2022" before "ghi" and
    // "12" before "ca" hold one.
    expect(roles.map((t) => figure(t).value)).toEqual([2018, 2022, 12]);
  });
});

describe('rolePositions: two sentences\' counterparts read from their tokens first', () => {
  it('with the figures at those positions, gives the counterparts lineUp gives (any pair, either order)', () => {
    const ps = samplePassages().filter((_, i) => i % 7 === 0);
    let compared = 0;
    for (const a of ps) {
      for (const b of ps) {
        const positions = rolePositions(a.tokens, b.tokens);
        const got: Array<[number, number]> = [];
        for (let x = 0; x < positions.length; x += 2) {
          const fa = a.figures.find((f) => f.token === positions[x]);
          const fb = b.figures.find((f) => f.token === positions[x + 1]);
          if (fa && fb && !fa.calendar && !fb.calendar) got.push([fa.token, fb.token]);
        }
        expect(got).toEqual(counterparts(a, b).map((c) => [c.a.token, c.b.token]));
        compared += got.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('sharedValues: figures of one sentence the other gives too, from flat arrays', () => {
  it('counts what comparing the figure objects counts (dates and times left out, each figure once, within the rounding)', () => {
    const texts = [
      'Thu ngân sách đạt 45 nghìn tỷ đồng, tăng 12% so với năm 2022.',
      'Thu ngân sách đạt gần 45.000 tỷ đồng, tăng 12,4% so với năm 2022.',
      'Ngày 12/10, thu ngân sách đạt 12 tỷ đồng, 12 tỷ đồng mỗi tháng.',
      'Tỉnh A xếp thứ 5, tỉnh B đứng thứ 8 trên tổng số 12 huyện.',
      'Giá cà phê dao động 6.000 - 9.000 đ/kg.',
      'Giá cà phê dao động 6.000 - 9.500 đ/kg.',
    ];
    const ps = [...texts.map((t, i) => makeArticle(`s${i}`, t, '2024-01-01')).flatMap((a) => passagesOf(a)), ...samplePassages().slice(0, 40)];
    const start = new Int32Array(ps.length + 1);
    const flat: number[] = [];
    ps.forEach((p, k) => {
      for (const f of p.figures) if (!f.calendar) flat.push(f.value, f.tolerance);
      start[k + 1] = flat.length / 2;
    });
    const values = Float64Array.from(flat);
    let some = 0;
    for (let x = 0; x < ps.length; x++) {
      for (let y = 0; y < ps.length; y++) {
        const a = ps[x]!.figures.filter((f) => !f.calendar);
        const b = ps[y]!.figures.filter((f) => !f.calendar);
        const naive = a.filter((f) => b.some((g) => sameValue(f, g))).length;
        expect(sharedValues(values, start, x, y)).toBe(naive);
        if (x !== y && naive > 0) some++;
      }
    }
    expect(some).toBeGreaterThan(10);
  });
});

describe('choosePairs with value classes as numbers', () => {
  it('tries the same pairs in the same order as with the values written out ("45,37|exact")', () => {
    const figure = fc.option(fc.record({ value: fc.constantFrom(45.37, 46.37, 0, -0, 1e21, 52), qualifier: fc.constantFrom('exact', 'approx', 'more') }), { nil: null });
    fc.assert(
      fc.property(fc.array(figure, { minLength: 2, maxLength: 14 }), fc.array(fc.boolean(), { maxLength: 40 }), fc.boolean(), (figs, accepts, star) => {
        const members = figs.map((_, i) => i);
        const classes = new Map<string, number>();
        const asNumber = (i: number): number | null => {
          const f = figs[i];
          if (!f) return null;
          // Numbered as the alignment numbers them: one number per value and qualifier (0 and -0 one value).
          const key = `${f.qualifier}|${Object.is(f.value, -0) ? 0 : f.value}`;
          if (!classes.has(key)) classes.set(key, classes.size);
          return classes.get(key)!;
        };
        const asString = (i: number): string | null => (figs[i] ? `${figs[i]!.value}|${figs[i]!.qualifier}` : null);
        const run = (valueAt: (i: number) => string | number | null): string[] => {
          const tried: string[] = [];
          let n = 0;
          choosePairs(members, valueAt, (x, y) => (tried.push(`${x}-${y}`), accepts[n++ % Math.max(1, accepts.length)] ?? true), (x, y) => tried.push(`else ${x}-${y}`), star ? 'star' : 'classes');
          return tried;
        };
        expect(run(asNumber)).toEqual(run(asString));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the alignment with articles ordered by rank', () => {
  const text = (v: string) => `Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt ${v}%. Năm 2023, tỷ lệ thanh toán trực tuyến của tỉnh Nam Định đạt 30,5%.`;
  const pairs = (articles: Article[]) => alignPassages(articles).map((p) => `${p.a.articleId}#${p.a.index}~${p.b.articleId}#${p.b.index}`);

  it('pairs the same sentences whatever order the articles come in', () => {
    const articles = [
      makeArticle('a_10', text('45,37'), '2024-01-02'),
      makeArticle('a_9', text('46,37'), '2024-01-02'),
      makeArticle('a_2', text('45,37'), '2024-01-01'),
      makeArticle('b', text('47,37'), null),
    ];
    const once = pairs(articles);
    expect(once.length).toBeGreaterThan(0);
    expect(pairs([...articles].reverse())).toEqual(once);
    expect(pairs([articles[2]!, articles[0]!, articles[3]!, articles[1]!])).toEqual(once);
  });

  it('still pairs two articles that share an id and a time (their passages interleave in reading order)', () => {
    const a = makeArticle('same', text('45,37'), '2024-01-02');
    const b = makeArticle('same', text('46,37'), '2024-01-02');
    const c = makeArticle('other', text('45,37'), '2024-01-03');
    // Passages of one article are never paired with each other: the two "same" count as two articles.
    const got = alignPassages([a, b, c]);
    expect(got.some((p) => p.a.articleId === 'same' && p.b.articleId === 'same')).toBe(true);
  });
});
