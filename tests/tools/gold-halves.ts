// The corpus gold scored per split and per development half, as the generalisation discipline of the
// extraction work asks (session 39 onwards): the dev files dev2..dev10 in set order, then file order, split by
// alternating index into half A (1st, 3rd, …) and half B (2nd, 4th, …); dev11 goes wholly to half A (devHalves). Details (what a tool prints of each
// file) are asked only for tuned and half A — never for half B, heldout or heldout2, whose files are scored
// and counted only. Used by tests/tools/subject-halves.ts and tests/tools/precision-halves.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims, extractMetadata } from '../../shared/extract';
import { DEV_SPLITS, devHalves, findCorpus, loadGold, nthIndexOf, type GoldClaim, type LoadedGold } from './extract-gold';
import { bestOverlapping, emptyGoldScore, goldFigures, scoreGoldText, type GoldScore } from '../unit/extract/helpers';

/**
 * The clusters kept aside by the cross-source work (issue 10: tests/fixtures/cluster-gold/heldout). Some tuned
 * extraction gold files are articles of these clusters: their details are never printed, so that extraction work
 * reads no sentence of a cluster the planted bench keeps aside (counted only).
 */
const CROSS_SOURCE_HELD_OUT: ReadonlySet<string> = new Set(
  readdirSync(join(import.meta.dirname, '../fixtures/cluster-gold/heldout')).map((f) => f.replace(/\.json$/u, '')),
);

/** Whether a gold file (its corpus path) is an article of a cluster kept aside by the cross-source work. */
export function ofHeldOutCluster(file: string): boolean {
  return file.split('/').some((part) => CROSS_SOURCE_HELD_OUT.has(part));
}

/** One gold file scored: its text, the claims extracted from it and its own score. */
export interface ScoredFile {
  g: LoadedGold;
  text: string;
  claims: ReturnType<typeof extractClaims>;
  one: GoldScore;
}

type Extracted = ScoredFile['claims'][number];

/**
 * Each gold claim of a scored file with the extracted claim it is matched to (the best overlapping one not yet
 * used, as the scoring does) and its sentence on one line; gold claims with no match are passed over.
 */
export function* matchedClaims({ g, text, claims }: ScoredFile): Generator<{ gc: GoldClaim; c: Extracted; sentence: string }> {
  const used = new Set<number>();
  for (const gc of g.doc.claims) {
    const start = nthIndexOf(text, gc.surface, gc.occurrence);
    const best = bestOverlapping(claims, used, start, start + gc.surface.length);
    const c = claims[best];
    if (best < 0 || c === undefined) continue;
    used.add(best);
    yield { gc, c, sentence: text.slice(c.sentenceStart, c.sentenceEnd).replace(/\s+/g, ' ') };
  }
}

export interface HalvesReport {
  /** What is printed of a half-B file: counts only. */
  perFile: (f: ScoredFile) => string;
  /** What is printed of a tuned or half-A file when DETAILS=1. */
  details: (f: ScoredFile) => void;
  /** The figures line of a set. */
  line: (name: string, s: GoldScore, figures: Record<string, number>) => string;
}

/** Scores tuned, half A, half B (per file, counts only), heldout and heldout2, printing as `report` says. */
export function printHalves(report: HalvesReport): void {
  const corpus = findCorpus();
  if (!corpus) throw new Error('../shared/corpus not found');
  const gold = loadGold();
  const dev = gold.filter((g) => (DEV_SPLITS as readonly string[]).includes(g.split));
  const textOf = (g: LoadedGold): string | null => {
    const path = join(corpus, g.doc.file);
    return existsSync(path) ? readFileSync(path, 'utf8').normalize('NFC') : null;
  };
  const score = (files: readonly LoadedGold[], perFile = false, details = false): GoldScore => {
    const s = emptyGoldScore();
    for (const g of files) {
      const text = textOf(g);
      if (text === null) continue;
      const meta = extractMetadata(text);
      const year = meta.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : null;
      const claims = extractClaims(text, meta);
      const one = emptyGoldScore();
      scoreGoldText(one, g.doc.file, text, claims, g.doc.claims, year);
      for (const k of ['texts', 'gold', 'extracted', 'found', 'kind', 'qualifier', 'value', 'subject', 'period', 'metric', 'metricScored', 'modality', 'modalityScored'] as const) s[k] += one[k];
      if (perFile) console.log(`  ${g.split}/${g.doc.file}: ${report.perFile({ g, text, claims, one })}`);
      if (details && ofHeldOutCluster(g.doc.file)) withheld++;
      else if (details) report.details({ g, text, claims, one });
    }
    return s;
  };
  let withheld = 0;
  const line = (name: string, s: GoldScore): void => console.log(report.line(name, s, goldFigures(s)));
  const details = process.env.DETAILS === '1';
  line('tuned', score(gold.filter((g) => g.split === 'tuned'), false, details));
  const halves = devHalves(dev);
  line('half A', score(halves.a, false, details));
  if (withheld > 0) console.log(`(details of ${withheld} files of clusters the cross-source work keeps aside not printed)`);
  console.log('half B per file (counts only):');
  line('half B', score(halves.b, true));
  line('heldout', score(gold.filter((g) => g.split === 'heldout')));
  line('heldout2', score(gold.filter((g) => g.split === 'heldout2')));
}
