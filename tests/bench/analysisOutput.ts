/**
 * The analysis's complete output on fixed inputs, as one SHA-256 per input (canonical JSON of every
 * finding): run before and after a speed change of the engine, the lines must be identical.
 *   npx tsx tests/bench/analysisOutput.ts [outDir]   (outDir: also write each output as JSON, to diff)
 * Inputs: generated workspaces (analysisWorkspace) of three shapes, the seeds, and every article of
 * ../shared/corpus (clusters and vi-news) analysed together, when present.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFindings } from '../../shared/analysis';
import { buildDocument } from '../../shared/document';
import type { Article, Claim } from '../../shared/schema';
import { generateWorkspace } from './analysisWorkspace';
import { canonical } from './benchHelpers';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', '..', 'shared', 'corpus')].find((p) => existsSync(join(p, 'clusters')));
const out = process.argv[2];

function read(files: string[]): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const f of files) {
    const raw = readFileSync(f, 'utf8');
    const doc = buildDocument(raw, f.slice(ROOT.length), '2026-01-01T00:00:00Z');
    const outlet = /Nguồn:\s*(\S+)\s*$/u.exec(raw.trim())?.[1] ?? null;
    articles.push({ ...doc.article, outlet: doc.article.outlet ?? outlet });
    claims.push(...doc.claims);
  }
  return { articles, claims };
}

const txt = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : []);

const inputs: Array<[string, () => { articles: Article[]; claims: Claim[] }]> = [
  ['generated 100k', () => generateWorkspace(100_000)],
  ['generated 20k, 5 provinces × 5 topics', () => generateWorkspace(20_000, 20, 5)],
  ['generated 3k, 8 per article, 3 × 3', () => generateWorkspace(3_000, 8, 3)],
  ['seeds', () => read(txt(join(ROOT, 'seeds')))],
];
if (CORPUS) {
  const clusters = readdirSync(join(CORPUS, 'clusters')).filter((d) => d.startsWith('cluster_')).sort();
  inputs.push(['corpus (clusters + vi-news together)', () => read([...clusters.flatMap((c) => txt(join(CORPUS, 'clusters', c))), ...txt(join(CORPUS, 'vi-news'))])]);
}

if (out) mkdirSync(out, { recursive: true });
for (const [label, make] of inputs) {
  const { articles, claims } = make();
  const findings = detectFindings(articles, claims);
  const json = canonical(findings);
  const digest = createHash('sha256').update(json).digest('hex');
  console.log(`${digest.slice(0, 16)} ${String(findings.length).padStart(6)} findings  ${label}`);
  if (out) writeFileSync(join(out, `${label.replace(/[^a-z0-9]+/gi, '_')}.json`), json);
}
