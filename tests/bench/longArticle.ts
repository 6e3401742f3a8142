/**
 * One very long article analysed by itself (QA: a 1 MB article of plain sentences with numbers, ~27,000
 * claims in one article, made the analysis run for minutes and throw "Set maximum size exceeded"):
 *   npx tsx tests/bench/longArticle.ts [kilobytes…]   (default: 100 300 1000)
 * Prints, per size, the claims extracted, the time of the analysis (detectFindings) and its findings.
 * Not part of the test suite.
 */
import { detectFindings } from '../../shared/analysis';
import { buildDocument } from '../../shared/document';
import { generatedLongArticle } from './generate';

const sizes = process.argv.slice(2).map(Number);
for (const kb of sizes.length ? sizes : [100, 300, 1000]) {
  const text = generatedLongArticle(kb * 1000, 8);
  const doc = buildDocument(text, `bench/long-${kb}k.txt`, '2026-01-01T00:00:00Z');
  const t0 = performance.now();
  const findings = detectFindings([doc.article], doc.claims);
  const ms = performance.now() - t0;
  const byType = new Map<string, number>();
  for (const f of findings) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  console.log(`${kb} KB article: ${doc.claims.length} claims, analysis ${ms.toFixed(0)} ms, ${findings.length} findings (${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')})`);
}
