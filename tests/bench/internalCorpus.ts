/**
 * What the internal rules raise on the real-news corpus (../shared/corpus: the 16 vi-news articles and
 * every cluster article, each alone), printed for hand review: they should raise nothing an editor
 * would not defend. The held-out clusters' findings (tests/fixtures/cluster-gold/heldout) are counted, never
 * printed: tuning must not read them.
 *   npx tsx tests/bench/internalCorpus.ts [rule…]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFindings } from '../../shared/analysis';
import { buildDocument } from '../../shared/document';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', '..', 'shared', 'corpus')].find((p) => existsSync(join(p, 'clusters')));
const rules = process.argv.slice(2);
if (!CORPUS) {
  console.log('internal corpus check skipped: ../shared/corpus not found');
} else {
  const files: string[] = [];
  for (const f of readdirSync(join(CORPUS, 'vi-news')).filter((x) => x.endsWith('.txt')).sort()) files.push(join(CORPUS, 'vi-news', f));
  for (const c of readdirSync(join(CORPUS, 'clusters')).filter((x) => x.startsWith('cluster_')).sort()) {
    const dir = join(CORPUS, 'clusters', c);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) files.push(join(dir, f));
  }
  const heldOut = new Set(readdirSync(join(ROOT, 'tests', 'fixtures', 'cluster-gold', 'heldout')).map((f) => f.replace(/\.json$/, '')));
  let raised = 0;
  let hidden = 0;
  for (const path of files) {
    const doc = buildDocument(readFileSync(path, 'utf8'), path, '2026-01-01T00:00:00Z');
    const found = detectFindings([doc.article], doc.claims).filter((f) => f.type === 'internal' && (rules.length === 0 || rules.includes(f.rule ?? '')));
    raised += found.length;
    const where = path.slice(CORPUS.length + 1);
    if (heldOut.has(where.split('/')[1] ?? '')) {
      hidden += found.length;
      continue;
    }
    for (const f of found) console.log(`${where} [${f.rule}] ${f.explanation.slice(0, 300)}`);
  }
  console.log(`${files.length} articles, ${raised} internal findings (${hidden} in held-out clusters, not printed)`);
}
