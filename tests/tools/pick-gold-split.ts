// Reproducible choice of the extraction gold articles and their tuned/heldout split (issue 11).
// Run once, before any annotation: `npx tsx tests/tools/pick-gold-split.ts` (prints the JSON kept in
// tests/fixtures/extract-gold/split.json). Seeded shuffle (mulberry32, seed 11) over the sorted file
// lists of ../shared/corpus: 12 of the 16 vi-news articles, one article from each of 20 of the 32
// cluster folders; heldout = the first 4 picked vi-news + the first 7 picked clusters (11 of 32).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCorpus } from './extract-gold';
import { mulberry32, shuffle } from './seededShuffle';

export const SPLIT_SEED = 11;

export function pickSplit(corpus: string): { seed: number; heldout: string[]; tuned: string[] } {
  const rand = mulberry32(SPLIT_SEED);
  const vi = shuffle(readdirSync(join(corpus, 'vi-news')).filter((f) => f.endsWith('.txt')).sort(), rand)
    .slice(0, 12)
    .map((f) => `vi-news/${f}`);
  const folders = shuffle(readdirSync(join(corpus, 'clusters')).filter((f) => f.startsWith('cluster_')).sort(), rand).slice(0, 20);
  const clusters = folders.map((d) => {
    const files = readdirSync(join(corpus, 'clusters', d)).filter((f) => f.endsWith('.txt')).sort();
    return `clusters/${d}/${files[Math.floor(rand() * files.length)]}`;
  });
  return { seed: SPLIT_SEED, heldout: [...vi.slice(0, 4), ...clusters.slice(0, 7)], tuned: [...vi.slice(4), ...clusters.slice(7)] };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = findCorpus();
  if (!corpus) throw new Error('../shared/corpus not found');
  console.log(JSON.stringify(pickSplit(corpus), null, 2));
}
