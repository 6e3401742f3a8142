/**
 * The headline rule (shared/analysis/internal/headline.ts) on real news: each corpus article alone, as it is and
 * with one headline figure changed. Prints figures; asserts nothing.
 *  - unmodified: the headline-body findings raised on each article as published (each one a false alarm unless the
 *    outlet's own headline and body disagree: listed for the tuned clusters and vi-news, counted for the kept-aside ones);
 *  - changed: for every headline figure whose value the body gives again (a figure context that agrees, see
 *    sameEvent.ts `figuresAgree`), a copy with the headline's first digit changed (+1, 9 → 1): found when a
 *    headline-body finding names the changed figure.
 * The clusters kept aside by the cross-source work (tests/fixtures/cluster-gold/heldout) are printed as counts only.
 *   npx tsx tests/bench/headlineMutations.ts [--list]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFindings } from '../../shared/analysis';
import { headlineOf } from '../../shared/analysis/internal/headline';
import { passagesOf } from '../../shared/analysis/passages';
import { figureContexts, figuresAgree } from '../../shared/analysis/sameEvent';
import { buildDocument } from '../../shared/document';
import { CORPUS, GOLD } from './plantedDocs';

const LIST = process.argv.includes('--list');

interface Tally {
  articles: number;
  titled: number;
  raised: number;
  trials: number;
  found: number;
}

function headlineFindings(text: string, source: string) {
  const doc = buildDocument(text, source, '2026-01-01T00:00:00Z');
  return { doc, findings: detectFindings([doc.article], doc.claims).filter((f) => f.rule === 'headline-body') };
}

function run(files: string[], label: string, list: boolean): Tally {
  const t: Tally = { articles: 0, titled: 0, raised: 0, trials: 0, found: 0 };
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    const { doc, findings } = headlineFindings(raw, file);
    t.articles++;
    t.raised += findings.length;
    if (list) for (const f of findings) console.log(`    raised (unmodified) ${file.split('/corpus/')[1]}: ${f.explanation}`);
    const a = doc.article;
    // (The rule's own reading of a headline.)
    const head = headlineOf(a);
    if (head === null) continue;
    t.titled++;
    const body = passagesOf(a).filter((p) => p !== head).flatMap(figureContexts);
    for (const x of figureContexts(head)) {
      if (!x.tells || x.figure.calendar || x.second !== null || !body.some((y) => y.unit === x.unit && figuresAgree(x, y))) continue;
      const at = x.figure.start + a.text.slice(x.figure.start, x.figure.end).search(/\d/);
      const d = Number(a.text[at]);
      const text = a.text.slice(0, at) + String(d === 9 ? 1 : d + 1) + a.text.slice(at + 1);
      const changed = headlineFindings(text, `${file}#changed`);
      const hit = changed.findings.some((f) => (f.spans ?? []).some((s) => s.start <= at && at < s.end));
      t.trials++;
      if (hit) t.found++;
      if (list) console.log(`    ${hit ? 'found ' : 'MISSED'} ${file.split('/corpus/')[1]} “${text.slice(x.figure.spanStart, x.figure.spanEnd)}” (was “${a.text.slice(x.figure.spanStart, x.figure.spanEnd)}”)`);
    }
  }
  console.log(`  ${label.padEnd(18)} ${t.articles} articles (${t.titled} with a headline): ${t.raised} raised unmodified; headline figure changed: ${t.found}/${t.trials} found`);
  return t;
}

function main(): void {
  if (!CORPUS) {
    console.log('headline mutations skipped: ../shared/corpus/clusters not found');
    return;
  }
  const held = new Set(readdirSync(join(GOLD, 'heldout')).map((f) => f.replace(/\.json$/, '')));
  const txt = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const clusters = readdirSync(join(CORPUS, 'clusters')).filter((d) => d.startsWith('cluster_')).sort();
  console.log('headline rule, each corpus article alone');
  run(clusters.filter((c) => !held.has(c)).flatMap((c) => txt(join(CORPUS as string, 'clusters', c))), 'tuned clusters', LIST);
  run(clusters.filter((c) => held.has(c)).flatMap((c) => txt(join(CORPUS as string, 'clusters', c))), 'held-out clusters', false);
  run(txt(join(CORPUS, 'vi-news')), 'vi-news', LIST);
}

main();
