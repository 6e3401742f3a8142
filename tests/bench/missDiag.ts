/**
 * Why a (b) miss of the tuned clusters is not compared: reads `planted.bench.ts --list-tuned` lines on stdin
 * ("missed: cluster_X file “quote” (note)"), changes the figure's first digit as the bench does, and prints for
 * each other article of the cluster the changed figure's context, whether the pair is anchored, whether the
 * figure is an orphan, and its best counterpart by words. Never run on held-out clusters.
 *   npx tsx tests/bench/planted.bench.ts --list-tuned | npx tsx tests/bench/missDiag.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { passagesOf } from '../../shared/analysis/passages';
import { anchored, eventMatches, figureContexts, figuresAgree, type FigureContext } from '../../shared/analysis/sameEvent';
import { buildDocument } from '../../shared/document';
import { CORPUS, GOLD, load, readGold, type Doc } from './plantedDocs';

const held = readGold<{ cluster: string }>(join(GOLD, 'heldout'));
const lines = readFileSync(0, 'utf8').split('\n').filter((l) => /^\s+missed: cluster_\d+ \S+\.txt “/.test(l));
for (const line of lines) {
  const m = /missed: (cluster_\d+) (\S+\.txt) “(.*)” \(/.exec(line);
  if (!m || !CORPUS) continue;
  const [, cluster, file, quote] = m as unknown as [string, string, string, string];
  if (held.has(cluster)) continue;
  const dir = join(CORPUS, 'clusters', cluster);
  const docs: Doc[] = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => load(join(dir, f), f));
  const doc = docs.find((d) => d.file === file) as Doc;
  const text = doc.article.text;
  const at = text.indexOf(quote) + quote.search(/\d/);
  const d = Number(text[at]);
  const changedText = text.slice(0, at) + String(d === 9 ? 1 : d + 1) + text.slice(at + 1);
  const built = buildDocument(changedText, `${doc.article.source}#copy`, '2026-01-01T00:00:00Z');
  const changed = { ...built.article, publishedAt: doc.article.publishedAt, outlet: doc.article.outlet };
  console.log(`\n== ${line.trim()}`);
  const mine = passagesOf(changed).flatMap(figureContexts);
  const target = mine.find((f) => f.figure.start <= at && at < f.figure.end);
  const claim = built.claims.find((c) => c.start <= at && at < c.end);
  console.log(`  claim: ${claim ? `${claim.kind} “${claim.quote}” subj=${claim.subject} metric=${claim.metric} unit=${claim.unit}` : '(none)'}`);
  if (!target) {
    console.log('  no figure context at the changed digit');
    continue;
  }
  const show = (f: FigureContext): string => `“${f.figure.written}” unit=${f.unit} sign=${f.sign} kind=${f.kind.split('\u0001').join('|')} tells=${f.tells} words=[${f.words.join(' ')}]`;
  console.log(`  changed: ${show(target)}`);
  for (const o of docs) {
    if (o === doc) continue;
    const theirs = passagesOf(o.article).flatMap(figureContexts);
    const same = theirs.filter((g) => g.unit === target.unit);
    const anch = anchored(passagesOf(changed), passagesOf(o.article));
    const gives = theirs.some((g) => g.unit === target.unit && figuresAgree(target, g));
    const ms = eventMatches(passagesOf(changed), passagesOf(o.article), { has: () => false } as never);
    const hit = ms.some((x) => x.event.a === target);
    console.log(`  vs ${o.file}: anchored=${anch} targetGivenThere=${gives} eventMatch=${hit}`);
    for (const g of same.slice(0, 6)) console.log(`      ${show(g)}`);
  }
}
