// Subject (and the other fields') figures of the corpus gold per split and per development half, as the
// generalisation discipline of the extraction work asks (session 39 onwards): the dev files dev2..dev9 in set
// order, then file order, split by alternating index into half A (1st, 3rd, …) and half B (2nd, 4th, …).
// Prints figures of tuned, half A, half B, heldout, heldout2 and per-file counts of half B (counts only).
// With DETAILS=1 it also prints every subject disagreement of tuned and half A, with its sentence — never of
// half B, heldout or heldout2.
// Run: npx tsx tests/tools/subject-halves.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims, extractMetadata } from '../../shared/extract';
import { DEV_SPLITS, findCorpus, loadGold, nthIndexOf, type LoadedGold } from './extract-gold';
import { sameSubject } from './gold-match';
import { bestOverlapping, emptyGoldScore, goldFigures, scoreGoldText, type GoldScore } from '../unit/extract/helpers';

const corpus = findCorpus();
if (!corpus) throw new Error('../shared/corpus not found');
const gold = loadGold();
const dev = gold.filter((g) => (DEV_SPLITS as readonly string[]).includes(g.split));
const halfA = dev.filter((_, i) => i % 2 === 0);
const halfB = dev.filter((_, i) => i % 2 === 1);

function textOf(g: LoadedGold): string | null {
  const path = join(corpus ?? '', g.doc.file);
  return existsSync(path) ? readFileSync(path, 'utf8').normalize('NFC') : null;
}

function score(files: readonly LoadedGold[], perFile = false, details = false): GoldScore {
  const s = emptyGoldScore();
  for (const g of files) {
    const text = textOf(g);
    if (text === null) continue;
    const meta = extractMetadata(text);
    const year = meta.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : null;
    const claims = extractClaims(text, meta);
    const one = emptyGoldScore();
    scoreGoldText(one, g.doc.file, text, claims, g.doc.claims, year);
    for (const k of ['texts', 'gold', 'extracted', 'found', 'kind', 'qualifier', 'value', 'subject', 'period', 'metric', 'metricScored'] as const) s[k] += one[k];
    if (perFile) console.log(`  ${g.split}/${g.doc.file}: subject ${one.subject}/${one.found}, period ${one.period}/${one.found}, found ${one.found}/${one.gold}`);
    if (details) {
      const used = new Set<number>();
      const title = text.split('\n')[0];
      for (const gc of g.doc.claims) {
        const start = nthIndexOf(text, gc.surface, gc.occurrence);
        const best = bestOverlapping(claims, used, start, start + gc.surface.length);
        const c = claims[best];
        if (best < 0 || c === undefined) continue;
        used.add(best);
        if (sameSubject(gc.subject, c.subject)) continue;
        const sentence = text.slice(c.sentenceStart, c.sentenceEnd).replace(/\s+/g, ' ');
        console.log(`- ${g.split}/${g.doc.file} @${c.start} "${gc.surface}" [${c.kind}] got ${JSON.stringify(c.subject)} gold ${JSON.stringify(gc.subject)}\n    T: ${title}\n    S: ${sentence}`);
      }
    }
  }
  return s;
}

function line(name: string, s: GoldScore): void {
  const f = goldFigures(s);
  console.log(`${name}: ${s.texts} articles, ${s.found} found — ${Object.entries(f).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')} (subject ${s.subject}/${s.found})`);
}

const details = process.env.DETAILS === '1';
line('tuned', score(gold.filter((g) => g.split === 'tuned'), false, details));
line('half A', score(halfA, false, details));
console.log('half B per file (counts only):');
line('half B', score(halfB, true));
line('heldout', score(gold.filter((g) => g.split === 'heldout')));
line('heldout2', score(gold.filter((g) => g.split === 'heldout2')));
