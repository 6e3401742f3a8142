/**
 * The extraction engine's complete output on fixed inputs, as one SHA-256 per input group (canonical JSON
 * of every claim: every field, offsets included) and one digest of them all: run it before and after a
 * speed change of the engine — the lines must be identical (an output-identical change keeps
 * EXTRACTOR_VERSION).
 *   nice npx tsx tests/bench/extractOutput.ts [--per-text]   (--per-text: one line per text, to find a difference)
 * Inputs, each extracted with the metadata read from it and without any (no date line: other paths):
 *  - the seeds and every article of ../shared/corpus (vi-news and clusters; read in place, not copied);
 *  - the bench's generated articles (generateLongArticle, generatedLongArticle) and the corpus repeated;
 *  - texts spliced from random windows of those articles (cuts inside words, numbers, brackets; seeded);
 *  - 200 KB of each adversarial pattern of `npm run bench`.
 * Every group is extracted a second time in the reverse order and must give the same output (no state
 * carried from one text to the next).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims, extractMetadata } from '../../shared/extract';
import { normalizeText } from '../../shared/text';
import { sharedCorpusDir } from '../unit/extract/corpusDir';
import { generatedLongArticle, generateLongArticle, rng } from './generate';
import { canonical } from './benchHelpers';

const root = join(import.meta.dirname, '..', '..');
const perText = process.argv.includes('--per-text');

const txt = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(dir, f))
    : [];

function corpusFiles(): string[] {
  const corpus = sharedCorpusDir();
  if (!corpus) return [];
  const clusters = join(corpus, 'clusters');
  const clusterDirs = existsSync(clusters)
    ? readdirSync(clusters)
        .filter((c) => c.startsWith('cluster_'))
        .sort()
        .map((c) => join(clusters, c))
    : [];
  return [join(corpus, 'vi-news'), ...clusterDirs].flatMap(txt);
}

const seeds = txt(join(root, 'seeds')).map((f) => normalizeText(readFileSync(f, 'utf8')));
const files = corpusFiles();
if (files.length === 0) console.log('shared corpus not found: the seeds and generated texts only');
const corpus = files.map((f) => normalizeText(readFileSync(f, 'utf8')));
const articles = [...seeds, ...corpus];

/** Texts cut from random windows of the articles and glued together: cuts land inside words, numbers and brackets. */
function spliced(count: number, seed: number): string[] {
  const rand = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const pieces = 1 + Math.floor(rand() * 6);
    for (let k = 0; k < pieces; k++) {
      const a = articles[Math.floor(rand() * articles.length)] as string;
      const start = Math.floor(rand() * a.length);
      parts.push(a.slice(start, start + 40 + Math.floor(rand() * 1500)));
    }
    const glue = ['', ' ', '\n', '\n\n', '. ', ' (', ') '];
    out.push(parts.join(glue[Math.floor(rand() * glue.length)] as string));
  }
  return out;
}

const adversarialUnits = ['1-', '1/', '1.', '1,', '1:', '1', '%', '1%', '9'.repeat(40) + ' ', 'Việt Nam中国١٢ ', '1 - ', '1/1 ', 'hai ', 'Tin mới a. ', 'Tin mới '];
const codes: string[] = [];
for (const a of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') for (const b of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') for (let d = 0; d < 10; d++) codes.push(`Công ty X (${a}${b}${d}) có 5 người. `);
adversarialUnits.push(codes.join(''));
const KB200 = 200 * 1024;
const adversarial = adversarialUnits.map((u) => u.repeat(Math.ceil(KB200 / u.length)).slice(0, KB200));

const groups: Array<[string, string[]]> = [
  ['seeds', seeds],
  ['corpus', corpus],
  ['generated', [generateLongArticle(300 * 1024).text, generateLongArticle(100 * 1024, { variety: 3 }).text, generatedLongArticle(300 * 1024), generatedLongArticle(100 * 1024, 8)]],
  ['corpus repeated', [articles.join('\n\n').repeat(3)]],
  ['spliced', spliced(400, 20261201)],
  ['adversarial', adversarial],
];

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

function outputOf(text: string): string {
  return canonical([extractClaims(text, extractMetadata(text)), extractClaims(text)]);
}

const all = createHash('sha256');
let claims = 0;
let failed = false;
for (const [name, texts] of groups) {
  const outputs = texts.map(outputOf);
  const again = [...texts].reverse().map(outputOf).reverse();
  if (outputs.some((o, i) => o !== again[i])) {
    failed = true;
    console.log(`${name}: the output differs when extracted in another order`);
  }
  const group = createHash('sha256');
  outputs.forEach((o, i) => {
    group.update(o);
    claims += (JSON.parse(o) as unknown[][]).reduce((n, list) => n + list.length, 0);
    if (perText) console.log(`  ${name} #${i}: ${sha(o).slice(0, 16)}`);
  });
  const digest = group.digest('hex');
  all.update(digest);
  console.log(`${name} (${texts.length} texts): ${digest}`);
}
console.log(`all (${claims} claims): ${all.digest('hex')}`);
if (failed) process.exitCode = 1;
