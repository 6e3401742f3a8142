// The longest single `set` while a map of the store's ids grows to BENCH_KEYS (default 300,000) entries (issue 9: a
// V8 Map rehashes every entry at once when it doubles), and the cost of a lookup: a Map against the store's
// ShardedMap, in the same run, three rounds. Prints figures, asserts nothing.
//   npx tsx tests/bench/shardedMap.bench.ts
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ShardedMap } from '../../electron/store/shardedMap';

const N = Number(process.env.BENCH_KEYS ?? 300_000);
const ids = Array.from({ length: N }, (_, i) => `c_${createHash('sha256').update(String(i)).digest('hex').slice(0, 28)}`);

function sets(map: Map<string, number>): { longest: number; over16: number; total: number } {
  let longest = 0;
  let over16 = 0;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    map.set(ids[i] as string, i);
    const d = performance.now() - t;
    if (d > 16) over16++;
    longest = Math.max(longest, d);
  }
  return { longest, over16, total: performance.now() - t0 };
}

function gets(map: Map<string, number>): number {
  const t = performance.now();
  let sum = 0;
  for (let r = 0; r < 3; r++) for (let i = 0; i < N; i++) sum += map.get(ids[i] as string) ?? 0;
  if (sum < 0) console.log(sum);
  return (performance.now() - t) / 3;
}

for (let round = 1; round <= 3; round++) {
  const map = new Map<string, number>();
  const a = sets(map);
  const sharded = new ShardedMap<number>();
  const b = sets(sharded);
  const [ga, gb] = [gets(map), gets(sharded)];
  console.log(
    `round ${round}: ${N} sets — Map longest ${a.longest.toFixed(1)} ms (${a.over16} over 16 ms), all ${a.total.toFixed(0)} ms; ` +
      `ShardedMap longest ${b.longest.toFixed(1)} ms (${b.over16} over 16 ms), all ${b.total.toFixed(0)} ms; ` +
      `${N} gets: Map ${ga.toFixed(0)} ms, ShardedMap ${gb.toFixed(0)} ms (${(gb / ga).toFixed(2)}×)`,
  );
}
