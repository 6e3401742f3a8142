// Reproducible choice of the tenth development set, tests/fixtures/extract-gold/dev10 (issue 11, session 66).
// Run once, before any annotation and before any extraction run on the picked files:
// `npx tsx tests/tools/pick-dev10.ts` (prints the candidates and the picked files).
// Candidates: every .txt of ../shared/corpus/{vi-news,clusters} that no gold set named at the time (the `file` of every
// tests/fixtures/extract-gold/<set>/*.json of tuned, heldout, heldout2 and dev2–dev9, and both lists of split.json),
// outside the clusters held out for the cluster benchmark (tests/fixtures/cluster-gold/heldout: 039, 047, 077, 083, 100,
// 151, 154, 166, 170, 173) and under 5,000 bytes (as heldout2). Their sorted list is shuffled (mulberry32, seed 66); the
// first six of the shuffled list are taken.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCorpus, GOLD_DIR, goldCandidates, goldFilesOf } from './extract-gold';
import { mulberry32, shuffle } from './seededShuffle';

export const DEV10_SEED = 66;
export const DEV10_SIZE = 6;
export const DEV10_MAX_BYTES = 5000;
export const CLUSTER_BENCHMARK_HELDOUT = ['039', '047', '077', '083', '100', '151', '154', '166', '170', '173'] as const;

/** The gold sets that existed when dev10 was picked (session 66): a later set does not change the pick. */
export const SETS_BEFORE_DEV10 = ['tuned', 'heldout', 'heldout2', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9'] as const;

/** Sorted candidates: corpus .txt files in no gold set, outside the cluster benchmark's held-out clusters, small. */
export function dev10Candidates(corpus: string, goldDir = GOLD_DIR): string[] {
  return goldCandidates(corpus, goldFilesOf(SETS_BEFORE_DEV10, goldDir), DEV10_MAX_BYTES, CLUSTER_BENCHMARK_HELDOUT);
}

/** The seeded pick: the first DEV10_SIZE files of the shuffled candidates. */
export function pickDev10(corpus: string, goldDir = GOLD_DIR): string[] {
  return shuffle(dev10Candidates(corpus, goldDir), mulberry32(DEV10_SEED)).slice(0, DEV10_SIZE);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = findCorpus();
  if (!corpus) throw new Error('../shared/corpus not found');
  const candidates = dev10Candidates(corpus);
  console.log(`${candidates.length} candidates under ${DEV10_MAX_BYTES} bytes: ${candidates.join(', ')}`);
  console.log(`seed ${DEV10_SEED}; picked:`);
  for (const f of pickDev10(corpus)) console.log(f);
}
