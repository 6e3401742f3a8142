// Recall and precision of the corpus gold per split and per development half, as the generalisation discipline
// of the extraction work asks (session 44, after tests/tools/subject-halves.ts): the dev files dev2..dev9 in set
// order, then file order, split by alternating index into half A (1st, 3rd, …) and half B (2nd, 4th, …).
// Prints figures of tuned, half A, half B, heldout, heldout2 and per-file counts of half B (counts only: found of
// gold, extracted). With DETAILS=1 it also prints every miss and every claim not in the gold of tuned and half A,
// with its sentence — never of half B, heldout or heldout2.
// Run: npx tsx tests/tools/precision-halves.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims, extractMetadata } from '../../shared/extract';
import { DEV_SPLITS, findCorpus, loadGold, nthIndexOf, type LoadedGold } from './extract-gold';
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

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

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
    if (perFile) console.log(`  ${g.split}/${g.doc.file}: found ${one.found}/${one.gold}, extracted ${one.extracted}`);
    if (details) {
      const used = new Set<number>();
      for (const gc of g.doc.claims) {
        const start = nthIndexOf(text, gc.surface, gc.occurrence);
        const best = bestOverlapping(claims, used, start, start + gc.surface.length);
        if (best < 0) {
          const around = text.slice(Math.max(0, start - 120), start + gc.surface.length + 80);
          console.log(`MISS ${g.split}/${g.doc.file} "${gc.surface}" [${gc.kind} ${gc.value}]\n    S: ${oneLine(around)}`);
          continue;
        }
        used.add(best);
      }
      claims.forEach((c, k) => {
        if (used.has(k)) return;
        const nc = g.doc.non_claims.find((n) => {
          const at = nthIndexOf(text, n.surface, n.occurrence);
          return at >= 0 && at < c.end && at + n.surface.length > c.start;
        });
        console.log(`FP ${g.split}/${g.doc.file} "${c.quote}" [${c.kind} ${c.value}]${nc ? ` non-claim: ${nc.why}` : ''}\n    S: ${oneLine(text.slice(Math.max(c.sentenceStart, c.start - 160), Math.min(c.sentenceEnd, c.end + 100)))}`);
      });
    }
  }
  return s;
}

function line(name: string, s: GoldScore): void {
  const f = goldFigures(s);
  console.log(`${name}: ${s.texts} articles, ${s.gold} gold, ${s.extracted} extracted, ${s.found} found — ${Object.entries(f).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
}

const details = process.env.DETAILS === '1';
line('tuned', score(gold.filter((g) => g.split === 'tuned'), false, details));
line('half A', score(halfA, false, details));
console.log('half B per file (counts only):');
line('half B', score(halfB, true));
line('heldout', score(gold.filter((g) => g.split === 'heldout')));
line('heldout2', score(gold.filter((g) => g.split === 'heldout2')));
