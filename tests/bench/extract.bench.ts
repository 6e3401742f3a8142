/**
 * Extraction throughput on one core: the real-news corpus (../shared/corpus/vi-news, or the seeds
 * when it is absent) repeated to at least 8 MB, plus the time ratio of 10× input to 1× input to
 * show that extraction stays linear. Prints figures; asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractClaims, extractMetadata } from '../../shared/extract';
import { normalizeText } from '../../shared/text';

const root = join(import.meta.dirname, '..', '..');
const corpusDir = join(root, '..', 'shared', 'corpus', 'vi-news');
const seedsDir = join(root, 'seeds');

function loadTexts(): { source: string; texts: string[] } {
  const dir = existsSync(corpusDir) ? corpusDir : seedsDir;
  if (dir === seedsDir) console.log(`corpus not found at ${corpusDir}: benchmarking the seeds instead`);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => normalizeText(readFileSync(join(dir, f), 'utf8')));
  return { source: dir, texts };
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** One text made of the articles repeated until it reaches `minBytes`. */
function repeatTo(texts: string[], minBytes: number): string {
  const unit = texts.join('\n\n');
  const copies = Math.max(1, Math.ceil(minBytes / utf8Bytes(unit)));
  return Array.from({ length: copies }, () => unit).join('\n\n');
}

function timeExtraction(text: string, runs: number): { ms: number; claims: number } {
  let best = Number.POSITIVE_INFINITY;
  let claims = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    claims = extractClaims(text, extractMetadata(text)).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, claims };
}

const { source, texts } = loadTexts();
console.log(`source: ${source} (${texts.length} articles)`);

// Warm up the JIT on a small input first.
timeExtraction(texts.join('\n\n'), 3);

const big = repeatTo(texts, 8 * 1024 * 1024);
const bigBytes = utf8Bytes(big);
const bigRun = timeExtraction(big, 3);
const mbPerSecond = bigBytes / (1024 * 1024) / (bigRun.ms / 1000);
console.log(
  `throughput: ${mbPerSecond.toFixed(1)} MB/s (${(bigBytes / 1024 / 1024).toFixed(1)} MB in ${bigRun.ms.toFixed(0)} ms, ${bigRun.claims} claims; target ≥ 5 MB/s)`,
);

const one = repeatTo(texts, 800 * 1024);
const ten = Array.from({ length: 10 }, () => one).join('\n\n');
const oneRun = timeExtraction(one, 5);
const tenRun = timeExtraction(ten, 5);
console.log(
  `scaling: 1× ${(utf8Bytes(one) / 1024).toFixed(0)} KB in ${oneRun.ms.toFixed(1)} ms, 10× in ${tenRun.ms.toFixed(1)} ms, ratio ${(tenRun.ms / oneRun.ms).toFixed(2)} (target ≤ 11)`,
);
