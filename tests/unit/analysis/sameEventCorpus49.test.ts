import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import { load } from '../../bench/plantedDocs';
import { sharedCorpusDir } from '../extract/corpusDir';

/**
 * A (b) trial of the planted bench on real news (../shared/corpus, read in place, never copied): one outlet's
 * "20,7 megapixel" changed to "30,7" where the article also gives "20,7" elsewhere and, of another product (a lens),
 * "20,2 megapixel" — one digit from the other outlet's "20,7" but sharing no telling word with it (session 49).
 */
const corpus = sharedCorpusDir();
const cluster = corpus === null ? null : join(corpus, 'clusters', 'cluster_029');
const available = cluster !== null && existsSync(cluster);
if (!available) console.log('same-event corpus trial skipped: ../shared/corpus/clusters/cluster_029 not found (the shared real-news corpus is not checked out here)');

describe.skipIf(!available)('same-event comparison on real news: a figure restated and changed beside another product’s one digit away', () => {
  it('compares the changed "30,7 megapixel" with the other outlet’s "20,7 megapixel"', () => {
    const dir = cluster as string;
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => load(join(dir, f), f));
    const i = docs.findIndex((d) => d.file === '11867989.txt');
    const original = docs[i];
    if (original === undefined) throw new Error('cluster_029/11867989.txt missing');
    const at = original.article.text.lastIndexOf('20,7 megapixel');
    expect(at).toBeGreaterThan(0);
    expect(original.article.text).toContain('20,2 megapixel');
    const text = `${original.article.text.slice(0, at)}3${original.article.text.slice(at + 1)}`;
    const built = buildDocument(text, 'changed.txt', '2026-01-01T00:00:00Z');
    docs[i] = { file: original.file, article: { ...built.article, publishedAt: original.article.publishedAt, outlet: original.article.outlet }, claims: built.claims };
    const findings = detectFindings(docs.map((d) => d.article), docs.flatMap((d) => d.claims)).filter((f) => (f.articleIds?.length ?? 0) > 1);
    const pairs = findings.map((f) => {
      const facts = f.facts as unknown as { a: { quote: string }; b: { quote: string } };
      return [facts.a.quote, facts.b.quote].sort();
    });
    expect(pairs).toContainEqual(['20,7', '30,7']);
    // The unchanged cluster raises no conflict or update about the camera (since engine 53 the outlets' "20,7 megapixel"
    // share the metric "camera" and are noted as consistent, which raises nothing).
    const plain = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => load(join(dir, f), f));
    const before = detectFindings(plain.map((d) => d.article), plain.flatMap((d) => d.claims)).filter((f) => (f.articleIds?.length ?? 0) > 1 && (f.type === 'conflict' || f.type === 'update'));
    expect(before.map((f) => JSON.stringify(f.facts)).filter((s) => s.includes('megapixel') || s.includes('20,7'))).toEqual([]);
  });
});
