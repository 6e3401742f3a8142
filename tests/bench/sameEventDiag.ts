/**
 * Why a same-event figure is not compared: for each tuned-cluster gold "agree" relation (never the
 * held-out ones), the claims at its quotes and the first match condition that fails between them.
 *   npx tsx tests/bench/sameEventDiag.ts [cluster…]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContext } from '../../shared/analysis/context';
import { factOf, type FactView } from '../../shared/analysis/facts';
import { periodsCompatible, sameFact, similarDetail } from '../../shared/analysis/match';
import { jaccard, sameList } from '../../shared/analysis/normalize';
import { buildDocument } from '../../shared/document';
import type { Claim } from '../../shared/schema';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', '..', 'shared', 'corpus')].find((p) => existsSync(join(p, 'clusters')));
const GOLD = join(ROOT, 'tests', 'fixtures', 'cluster-gold');

function why(a: FactView, b: FactView): string {
  if (a.subject !== b.subject) return `subject “${a.subject}” ≠ “${b.subject}”`;
  if (a.family !== b.family) return `family ${a.family} ≠ ${b.family}`;
  if (a.modalityGroup !== b.modalityGroup) return 'modality';
  if (!sameList(a.metric.levels, b.metric.levels)) return `levels ${a.metric.levels} ≠ ${b.metric.levels}`;
  if (!sameList(a.qualifiers, b.qualifiers)) return `qualifiers [${a.qualifiers}] ≠ [${b.qualifiers}]`;
  if (a.unit !== b.unit) return `unit? ${a.unit} / ${b.unit}`;
  if (a.vague || b.vague) return `vague; similarDetail=${similarDetail(a, b)} detail [${a.detail}] / [${b.detail}]`;
  const j = jaccard(a.metric.tokens, b.metric.tokens);
  if (j < 0.6) return `metric jaccard ${j.toFixed(2)}`;
  if (!periodsCompatible(a, b)) return `period ${JSON.stringify(a.period)} / ${JSON.stringify(b.period)}`;
  return sameFact(a, b) ? 'SAME' : 'other';
}

function show(c: Claim | undefined, f: FactView | null): string {
  if (!c) return '(no claim)';
  return `${c.kind} “${c.quote}” v=${c.value} u=${c.unit} subj=${c.subject} metric=${c.metric} period=${c.period} mod=${c.modality}${f ? '' : ' [no fact]'}`;
}

const only = process.argv.slice(2);
for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { cluster: string; relations: Array<{ relation: string; figures: Array<[string, string]>; note: string }> };
  if (only.length > 0 && !only.includes(gold.cluster)) continue;
  const dir = join(CORPUS as string, 'clusters', gold.cluster);
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    return { file: f, ...buildDocument(raw, join(dir, f), '2026-01-01T00:00:00Z') };
  });
  const ctx = buildContext(docs.map((d) => d.article), docs.flatMap((d) => d.claims));
  console.log(`== ${gold.cluster}`);
  for (const r of gold.relations) {
    console.log(`  [${r.relation}] ${r.note}`);
    const sides = r.figures.map(([f, q]) => {
      const d = docs.find((x) => x.file === f)!;
      const s = d.article.text.indexOf(q);
      const c = d.claims.find((x) => x.start < s + q.length && s < x.end);
      return { f, q, c, fact: c ? factOf(c, ctx) : null };
    });
    for (const s of sides) console.log(`    ${s.f}: ${show(s.c, s.fact)}`);
    const last = sides[sides.length - 1]!;
    for (const s of sides.slice(0, -1)) {
      if (s.fact && last.fact) console.log(`    ${s.f} vs ${last.f}: ${why(s.fact, last.fact)}`);
    }
  }
}

// ---- the same-event figure contexts of each gold figure (set SAME_EVENT=1) ----
if (process.env.SAME_EVENT) {
  const { passagesOf } = await import('../../shared/analysis/passages');
  const { figureContexts } = await import('../../shared/analysis/sameEvent');
  for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { cluster: string; relations: Array<{ relation: string; figures: Array<[string, string]>; note: string }> };
    if (only.length > 0 && !only.includes(gold.cluster)) continue;
    const dir = join(CORPUS as string, 'clusters', gold.cluster);
    console.log(`== ${gold.cluster}`);
    for (const r of gold.relations) {
      console.log(`  [${r.relation}] ${r.note}`);
      for (const [f, q] of r.figures) {
        const doc = buildDocument(readFileSync(join(dir, f), 'utf8'), join(dir, f), '2026-01-01T00:00:00Z');
        const s = doc.article.text.indexOf(q);
        const fc = passagesOf(doc.article).flatMap(figureContexts).find((x) => x.figure.start < s + q.length && s < x.figure.end);
        console.log(`    ${f} “${q}”: ${fc ? `unit=${fc.unit} second=${fc.second} words=${fc.words.join(' ')}` : '(no figure context)'}`);
      }
    }
  }
}

// ---- (b) trials on tuned gold: the changed figure's class and the other articles' orphans (SAME_EVENT=2) ----
if (process.env.SAME_EVENT === '2') {
  const { passagesOf } = await import('../../shared/analysis/passages');
  const { figureContexts } = await import('../../shared/analysis/sameEvent');
  const { alignedPassageDrafts, articlePairKey } = await import('../../shared/analysis/aligned');
  for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { cluster: string; relations: Array<{ relation: string; figures: Array<[string, string]>; note: string }> };
    if (only.length > 0 && !only.includes(gold.cluster)) continue;
    const dir = join(CORPUS as string, 'clusters', gold.cluster);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    for (const r of gold.relations.filter((x) => x.relation === 'agree')) {
      const [file0, quote] = r.figures[r.figures.length - 1]!;
      const docs = files.map((f) => {
        let raw = readFileSync(join(dir, f), 'utf8');
        if (f === file0) {
          const at = raw.indexOf(quote) + quote.search(/\d/);
          const d = Number(raw[at]);
          raw = raw.slice(0, at) + String(d === 9 ? 1 : d + 1) + raw.slice(at + 1);
        }
        return { f, ...buildDocument(raw, join(dir, f), '2026-01-01T00:00:00Z') };
      });
      const ctx = buildContext(docs.map((d) => d.article), docs.flatMap((d) => d.claims));
      const res = alignedPassageDrafts(ctx);
      const changed = docs.find((d) => d.f === file0)!;
      const s = changed.article.text.indexOf(quote.replace(/\d/, (x) => String(Number(x) === 9 ? 1 : Number(x) + 1)));
      const fc = passagesOf(changed.article).flatMap(figureContexts).find((x) => x.figure.start <= s + quote.length && s <= x.figure.end);
      console.log(`== ${gold.cluster} ${file0} “${quote}” (${r.note}): ${fc ? `unit=${fc.unit} v=${fc.figure.value} words=${fc.words.join(' ')}` : 'NO CONTEXT'}`);
      for (const d of docs) {
        if (d === changed) continue;
        const pairs = res.pairs.filter((p) => !('event' in p) && [p.a.articleId, p.b.articleId].includes(d.article.id) && [p.a.articleId, p.b.articleId].includes(changed.article.id)).length;
        const same = passagesOf(d.article).flatMap(figureContexts).filter((x) => fc && x.unit === fc.unit);
        console.log(`   vs ${d.f}: aligned=${pairs} copies=${res.copies.has(articlePairKey(d.article.id, changed.article.id))} same-unit: ${same.map((x) => `${x.figure.value}[${x.words.join(' ')}]`).join(' | ')}`);
      }
    }
  }
}
