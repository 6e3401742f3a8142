/**
 * How the corpus clusters were split into tuned and held-out sets (run once, before any tuning):
 * a seeded Fisher–Yates shuffle of the sorted cluster names; the first HELD_OUT go aside.
 *   npx tsx tests/tools/cluster-split.ts
 */
import { mulberry32, shuffle } from './seededShuffle';

const SEED = 20261129;
const HELD_OUT = 10;
const CLUSTERS = [
  '016', '027', '029', '039', '045', '046', '047', '049', '057', '077', '079', '081', '083', '093', '097', '098',
  '099', '100', '115', '150', '151', '154', '160', '162', '163', '164', '166', '168', '170', '172', '173', '177',
].map((n) => `cluster_${n}`);

export function clusterSplit(): { heldOut: string[]; tuned: string[] } {
  const list = shuffle(CLUSTERS, mulberry32(SEED));
  return { heldOut: list.slice(0, HELD_OUT).sort(), tuned: list.slice(HELD_OUT).sort() };
}

if (process.argv[1]?.endsWith('cluster-split.ts')) console.log(JSON.stringify(clusterSplit(), null, 1));
