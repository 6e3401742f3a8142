// Reproducible choice of the second held-out extraction gold set, tests/fixtures/extract-gold/heldout2 (issue 11).
// Run once, before any annotation: `npx tsx tests/tools/pick-heldout2.ts` (prints the eight picked files).
// Candidates: every .txt of ../shared/corpus/{vi-news,clusters} that no gold set named at the time (the `file` of
// every tests/fixtures/extract-gold/<set>/*.json of tuned, heldout and dev2–dev9, and both lists of split.json),
// under 5,000 bytes. Their sorted list is shuffled (mulberry32, seed 42); walking the shuffled list, a file is taken when
// its cluster has none taken yet, until eight are taken. The set is measurement only: never tuned on.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCorpus, GOLD_DIR, goldCandidates, goldFilesOf } from './extract-gold';
import { mulberry32, shuffle } from './seededShuffle';

export const HELDOUT2_SEED = 42;
export const HELDOUT2_SIZE = 8;
export const HELDOUT2_MAX_BYTES = 5000;

/** The gold sets that existed when heldout2 was picked (session 42): a later set does not change the pick. */
export const SETS_BEFORE_HELDOUT2 = ['tuned', 'heldout', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9'] as const;

/** Sorted candidates: corpus .txt files in no other gold set, under HELDOUT2_MAX_BYTES bytes. */
export function heldout2Candidates(corpus: string, goldDir = GOLD_DIR): string[] {
  return goldCandidates(corpus, goldFilesOf(SETS_BEFORE_HELDOUT2, goldDir), HELDOUT2_MAX_BYTES);
}

/** The seeded pick: one file per cluster (vi-news counts as one group), in shuffled order. */
export function pickHeldout2(corpus: string, goldDir = GOLD_DIR): string[] {
  const order = shuffle(heldout2Candidates(corpus, goldDir), mulberry32(HELDOUT2_SEED));
  const groups = new Set<string>();
  const out: string[] = [];
  for (const f of order) {
    const group = f.split('/').slice(0, -1).join('/');
    if (groups.has(group)) continue;
    groups.add(group);
    out.push(f);
    if (out.length === HELDOUT2_SIZE) break;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = findCorpus();
  if (!corpus) throw new Error('../shared/corpus not found');
  const candidates = heldout2Candidates(corpus);
  console.log(`${candidates.length} candidates under ${HELDOUT2_MAX_BYTES} bytes; seed ${HELDOUT2_SEED}; picked:`);
  for (const f of pickHeldout2(corpus)) console.log(f);
}
