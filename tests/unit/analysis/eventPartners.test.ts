import { describe, expect, it } from 'vitest';
import { eventPartners } from '../../../shared/analysis/aligned';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const CROWD = 400;

/** The candidate partners as they were first computed: a set per article, pair by pair. */
function reference(times: ReadonlyArray<number | null>, figureLists: number[][]): Array<number[]> {
  const when = (n: number): number => times[n] ?? -Infinity;
  const partners: Array<Set<number> | undefined> = [];
  for (const at of figureLists) {
    if (at.length < 2) continue;
    at.sort((p, q) => when(p) - when(q) || p - q);
    let weekEnd = 0;
    for (let i = 0; i < at.length; i++) {
      const x = at[i] as number;
      let end = at.length;
      if (times[x] != null) {
        weekEnd = Math.max(weekEnd, i + 1);
        while (weekEnd < at.length && when(at[weekEnd] as number) - when(x) <= WEEK) weekEnd++;
        end = weekEnd;
      }
      if (end - i - 1 > CROWD) continue;
      for (let j = i + 1; j < end; j++) {
        const y = at[j] as number;
        const [lo, hi] = x < y ? [x, y] : [y, x];
        (partners[lo] ??= new Set()).add(hi);
      }
    }
  }
  return times.map((_, x) => [...(partners[x] ?? [])].sort((p, q) => p - q));
}

/** A deterministic pseudo-random source. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

describe('eventPartners', () => {
  it('gives each article the partners the pair-by-pair sets gave: undated articles, crowded weeks, ties in time', () => {
    for (const seed of [1, 2, 3]) {
      const rand = rng(seed);
      const n = 1500;
      // A busy week (hundreds of articles within days), a quiet month, some undated, equal times.
      const times = Array.from({ length: n }, (_, i) =>
        rand() < 0.08 ? null : i % 2 === 0 ? Date.UTC(2024, 0, 1) + Math.floor(rand() * 3) * DAY : Date.UTC(2024, 0, 1) + Math.floor(rand() * 40 * DAY),
      );
      const lists: number[][] = [];
      for (let f = 0; f < 40; f++) {
        const share = f < 5 ? 0.6 : f < 20 ? 0.1 : 0.01; // crowded figures, common ones, rare ones
        const at: number[] = [];
        for (let x = 0; x < n; x++) if (rand() < share) at.push(x);
        lists.push(at);
      }
      const want = reference(times, lists.map((l) => [...l]));
      const partnersOf = eventPartners(times, lists.map((l) => [...l]));
      let pairs = 0;
      for (let x = 0; x < n; x++) {
        const got = [...partnersOf(x)];
        expect(got).toEqual(want[x]);
        pairs += got.length;
      }
      expect(pairs).toBeGreaterThan(1000);
    }
  });
});
