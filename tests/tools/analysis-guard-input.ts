/**
 * Writes the fixed input of the analysis version guard (tests/unit/services/analysisVersion.test.ts):
 * the five seeds and 10 articles generated from them (tests/bench/generate.ts), extracted by the
 * current extractor and frozen as JSON, so that the guard sees changes of the analysis engine only,
 * not of the extraction. Regenerate only when the claim schema grows a field the analysis reads:
 *   npx tsx tests/tools/analysis-guard-input.ts
 * then record the guard's new digest for the current ANALYSIS_VERSION (the input moved, not the engine).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../../shared/document';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import type { Article, Claim } from '../../shared/schema';
import { writeGeneratedArticles } from '../bench/generate';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GUARD_INPUT = join(ROOT, 'tests', 'fixtures', 'analysis-guard-input.json');

/** Generated articles besides the seeds (the fixture stays small: about 300 KB). */
const GENERATED = 10;

const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-guard-'));
try {
  const generated = writeGeneratedArticles(join(tmp, 'generated'), GENERATED);
  const files = [
    ...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => [`seeds/${f}`, join(ROOT, 'seeds', f)]),
    ...readdirSync(generated).sort().map((f) => [`generated/${f}`, join(generated, f)]),
  ];
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [name, path] of files) {
    const doc = buildDocument(readFileSync(path as string, 'utf8'), name as string, '2026-01-01T00:00:00.000Z');
    articles.push(doc.article);
    claims.push(...doc.claims);
  }
  const about = `Fixed input of the analysis version guard (tests/tools/analysis-guard-input.ts): seeds + ${GENERATED} generated articles, extracted by extractor ${EXTRACTOR_VERSION}.`;
    // One record a line (readable diffs when it is regenerated).
  const list = (xs: readonly unknown[]) => `[\n${xs.map((x) => JSON.stringify(x)).join(',\n')}\n]`;
  writeFileSync(GUARD_INPUT, `{"about":${JSON.stringify(about)},\n"articles":${list(articles)},\n"claims":${list(claims)}}\n`);
  console.log(`${articles.length} articles, ${claims.length} claims -> ${GUARD_INPUT}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
