/**
 * How the corpus clusters were split into tuned and held-out sets (run once, before any tuning):
 * a seeded Fisher–Yates shuffle of the sorted cluster names; the first HELD_OUT go aside.
 *   npx tsx tests/tools/cluster-split.ts
 */
const SEED = 20261129;
const HELD_OUT = 10;
const CLUSTERS = [
  '016', '027', '029', '039', '045', '046', '047', '049', '057', '077', '079', '081', '083', '093', '097', '098',
  '099', '100', '115', '150', '151', '154', '160', '162', '163', '164', '166', '168', '170', '172', '173', '177',
].map((n) => `cluster_${n}`);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function clusterSplit(): { heldOut: string[]; tuned: string[] } {
  const rand = mulberry32(SEED);
  const list = [...CLUSTERS];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j] as string, list[i] as string];
  }
  return { heldOut: list.slice(0, HELD_OUT).sort(), tuned: list.slice(HELD_OUT).sort() };
}

if (process.argv[1]?.endsWith('cluster-split.ts')) console.log(JSON.stringify(clusterSplit(), null, 1));
