/**
 * Why (b) trials of planted.bench.ts are missed, in aggregate: for each gold "agree" relation whose last figure has
 * a digit (as the bench draws them), the figure's first digit changed, and a miss put in the first category that
 * fits — its sentence is no passage (too long: a flattened table), it is in a passage but read as no figure context
 * (a score without a word of scores, a date), the changed article is paired as one event with no article that gives
 * the figure's unit, the figure is in the same-event comparison but no match is made for it, or a match is made and
 * dropped later. Only counts are printed for the held-out clusters (never a cluster, a file or a quote).
 *   npx tsx tests/bench/missCategories.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectFindings } from '../../shared/analysis';
import { passagesOf, passageWords } from '../../shared/analysis/passages';
const RANGE_LIKE = /^(?:%|nghin|ngan|trieu|ty|ti|ngay|thang|nam|tuoi|nguoi|phut|gio|km|kg)$/;
const SIGNS_SHOWN = new Set(['#', '/', ':', '%']);
import { anchored, eventMatches, figureContexts, figuresAgree, type FigureContext } from '../../shared/analysis/sameEvent';
import type { Article } from '../../shared/schema';
import { buildDocument } from '../../shared/document';
import { CORPUS, GOLD, load, readGold, type Doc } from './plantedDocs';

interface Gold {
  cluster: string;
  relations: Array<{ relation: string; figures: Array<[string, string]> }>;
}

function category(cluster: Doc[], doc: Doc, at: number): string | null {
  const text = doc.article.text;
  const d = Number(text[at]);
  const built = buildDocument(text.slice(0, at) + String(d === 9 ? 1 : d + 1) + text.slice(at + 1), `${doc.article.source}#copy`, '2026-01-01T00:00:00Z');
  const changed = { ...built.article, publishedAt: doc.article.publishedAt, outlet: doc.article.outlet };
  const docs = cluster.map((x) => (x === doc ? { ...x, article: changed, claims: built.claims } : x));
  const found = detectFindings(docs.map((x) => x.article), docs.flatMap((x) => x.claims)).some(
    (f) => (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1 && (f.spans ?? []).some((s) => s.articleId === changed.id && s.start <= at + 1 && at <= s.end) ,
  );
  if (found) return null;
  const passage = passagesOf(changed).find((p) => p.start <= at && at < p.end);
  if (!passage) return 'no passage (sentence too long or no figure read)';
  const target = figureContexts(passage).find((c) => c.figure.start <= at && at < c.figure.end);
  if (!target) {
    const f = passage.figures.find((x) => x.start <= at && at < x.end);
    const tokens = passageWords(passage);
    const shape = !f ? 'no figure' : f.calendar ? 'calendar' : tokens[f.token + 1] === '-' || tokens[f.token - 1] === '-' ? 'dash pair' : `next token ${tokens[f.token + 1] === undefined ? 'end' : SIGNS_SHOWN.has(tokens[f.token + 1] as string) ? tokens[f.token + 1] : 'a word'}`;
    const cueAnywhere = tokens.some((w, k) => ['ty so', 'ti so', 'chung cuoc', 'ket qua', 'luan luu'].includes(`${tokens[k - 1]} ${w}`) || ['thua', 'hoa', 'thang', 'hiep', 'ft'].includes(w));
    const pairs = tokens.filter((w, k) => w === '-' && tokens[k - 1] === '#' && tokens[k + 1] === '#').length;
    const i = f ? f.token : -1;
    const cueBefore = tokens.slice(Math.max(0, i - 20), i).some((w, k, arr) => ['ty so', 'ti so', 'chung cuoc', 'ket qua'].includes(`${arr[k - 1]} ${w}`) || ['thua', 'hoa', 'thang', 'hiep'].includes(w));
    return `no figure context: ${shape}; cue in sentence ${cueAnywhere}, cue in 20 before ${cueBefore}, dash pairs in sentence ${pairs > 1 ? 'several' : pairs}, after: ${tokens[i + 3] === undefined ? 'end' : RANGE_LIKE.test(tokens[i + 3] as string) ? 'unit' : 'word'}`;
  }
  const others = cluster.filter((x) => x !== doc);
  const withUnit = others.filter((o) => passagesOf(o.article).flatMap(figureContexts).some((g) => g.unit === target.unit && g.kind === target.kind));
  if (withUnit.length === 0) return 'no other article gives a figure of its unit and size';
  const anchoredAny = withUnit.some((o) => anchored(passagesOf(changed), passagesOf(o.article)));
  const matched = withUnit.some((o) => eventMatches(passagesOf(changed), passagesOf(o.article), { has: () => false } as never, 0).some((m) => m.event.a === target));
  if (matched) return `matched by words, dropped later (${anchoredAny ? 'anchored' : 'not anchored'})`;
  return `not matched by words (${anchoredAny ? 'anchored' : 'not anchored'}): ${why(target, withUnit, changed)}`;
}

/** Of a figure the same-event comparison does not match: what keeps it apart from each article that gives its unit (the likeliest reason). */
function why(target: FigureContext, withUnit: Doc[], changed: Article): string {
  const reasons = new Set<string>();
  for (const o of withUnit) {
    const mine = passagesOf(changed).flatMap(figureContexts);
    const theirs = passagesOf(o.article).flatMap(figureContexts);
    if (theirs.some((g) => g.unit === target.unit && figuresAgree(target, g))) {
      reasons.add('its changed value is given by the other article');
      continue;
    }
    const orphans = theirs.filter((g) => g.kind === target.kind && !mine.some((f) => f.unit === g.unit && figuresAgree(f, g)));
    if (orphans.length === 0) {
      reasons.add('the other article’s counterpart is given elsewhere in the changed one');
      continue;
    }
    const sharing = orphans.filter((g) => g.words.some((w) => target.words.includes(w)));
    if (sharing.length === 0) reasons.add('no word in common with any candidate');
    else if (orphans.length > 1 || mine.filter((f) => f.kind === target.kind).length > 1) reasons.add('several candidates, too few words to tell');
    else reasons.add('one candidate, too few words in common');
  }
  return [...reasons].sort().join(' / ');
}

if (CORPUS) {
  const held = readGold<Gold>(join(GOLD, 'heldout'));
  const tuned = readGold<Gold>(GOLD);
  for (const [label, golds] of [['tuned', tuned], ['held-out', held]] as const) {
    const counts = new Map<string, number>();
    let trials = 0;
    for (const [name, gold] of golds) {
      const dir = join(CORPUS, 'clusters', name);
      const cluster = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => load(join(dir, f), f));
      for (const r of gold.relations) {
        if (r.relation !== 'agree') continue;
        const [file, quote] = r.figures[r.figures.length - 1] as [string, string];
        if (quote.search(/\d/) < 0) continue;
        const doc = cluster.find((x) => x.file === file) as Doc;
        const at = doc.article.text.indexOf(quote) + quote.search(/\d/);
        trials++;
        const c = category(cluster, doc, at);
        if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
    console.log(`${label}: ${trials} gold trials`);
    for (const [c, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(3)}  ${c}`);
  }
}
