/**
 * Extraction throughput on one core (issue 11): the real-news corpus (…/shared/corpus: vi-news and
 * the clusters, or the seeds when it is absent) repeated to at least 8 MB, beside the ceiling — one
 * regex pass finding every digit run in the same text — with the ratio; then 5 MB of each
 * adversarial pattern, and the time ratio of 10× input to 1× input; also the articles extracted one by one, as
 * an import does (each its own document). Prints figures; asserts nothing.
 * On a shared machine wall time is noisy: CPU time of this process is printed beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractClaims, extractMetadata } from '../../shared/extract';
import { normalizeText } from '../../shared/text';
import { sharedCorpusDir } from '../unit/extract/corpusDir';
import { textFiles } from './benchHelpers';

const root = join(import.meta.dirname, '..', '..');

function loadTexts(): { source: string; texts: string[] } {
  const corpus = sharedCorpusDir();
  const dirs = corpus ? [join(corpus, 'vi-news'), join(corpus, 'clusters')].filter((d) => existsSync(d)) : [join(root, 'seeds')];
  if (!corpus) console.log('shared corpus not found: benchmarking the seeds instead');
  const texts = dirs.flatMap(textFiles).map((f) => normalizeText(readFileSync(f, 'utf8')));
  return { source: dirs.join(', '), texts };
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const MB = 1024 * 1024;

/** One text made of the articles repeated until it reaches `minBytes`. */
function repeatTo(texts: string[], minBytes: number): string {
  const unit = texts.join('\n\n');
  const copies = Math.max(1, Math.ceil(minBytes / utf8Bytes(unit)));
  return Array.from({ length: copies }, () => unit).join('\n\n');
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Timing {
  wall: number;
  cpu: number;
  result: number;
}

/** Best wall and best CPU time of `runs` calls of `fn`. */
function time(fn: () => number, runs: number): Timing {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  let result = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    result = fn();
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, cpuMs() - c0);
  }
  return { wall, cpu, result };
}

const extract = (text: string) => (): number => extractClaims(text, extractMetadata(text)).length;
/** The ceiling: one pass of a single regex over the text, finding every digit run. */
const digitPass = (text: string) => (): number => {
  const re = /\d+/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
};

const { source, texts } = loadTexts();
console.log(`source: ${source} (${texts.length} articles)`);
time(extract(texts.join('\n\n')), 3); // warm up the JIT

const big = repeatTo(texts, 8 * MB);
const bigMb = utf8Bytes(big) / MB;
const run = time(extract(big), 3);
const ceiling = time(digitPass(big), 5);
const rate = (ms: number): number => bigMb / (ms / 1000);
console.log(
  `throughput: ${rate(run.wall).toFixed(1)} MB/s wall, ${rate(run.cpu).toFixed(1)} MB/s CPU (${bigMb.toFixed(1)} MB in ${run.wall.toFixed(0)} ms, ${run.result} claims; target ≥ 20 MB/s)`,
);
console.log(
  `ceiling (one /\\d+/g pass, ${ceiling.result} digit runs): ${rate(ceiling.wall).toFixed(1)} MB/s wall, ${rate(ceiling.cpu).toFixed(1)} MB/s CPU; ` +
    `extraction / ceiling = ${(ceiling.wall / run.wall).toFixed(3)} wall, ${(ceiling.cpu / Math.max(run.cpu, 0.001)).toFixed(3)} CPU`,
);

// As an import extracts them: each article on its own (its own document index, sentences and metadata).
const eachMb = texts.reduce((n, t) => n + utf8Bytes(t), 0) / MB;
const each = time(() => texts.reduce((n, t) => n + extract(t)(), 0), 5);
console.log(
  `article by article: ${(eachMb / (each.wall / 1000)).toFixed(1)} MB/s wall, ${(eachMb / (each.cpu / 1000)).toFixed(1)} MB/s CPU (${texts.length} articles, ${eachMb.toFixed(2)} MB in ${each.cpu.toFixed(0)} ms CPU, ${each.result} claims)`,
);

const adversarial = ['1-', '1/', '1.', '1,', '1:', '1', '%', '1%', '9'.repeat(40) + ' ', 'Việt Nam中国١٢ ', '1 - ', '1/1 ', 'hai ', 'Tin mới a. ', 'Tin mới '];
// Session 47's hunt (tests/unit/extract/linear.test.ts): readers of the whole sentence once per figure.
adversarial.push('90 phút ', '(năm 2020) 5 người ', 'Khởi công từ tháng 8/2014 hiện 5 người ', 'Với 1 người ', 'Hà Nội chương trình 135 hỗ trợ 5 tỷ đồng ');
// Distinct bracketed codes after a company: each is a ticker looked for in the whole text.
const codes: string[] = [];
for (const a of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') for (const b of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') for (let d = 0; d < 10; d++) codes.push(`Công ty X (${a}${b}${d}) có 5 người. `);
adversarial.push(codes.join(''));
for (const pattern of adversarial) {
  const text = pattern.repeat(Math.ceil((5 * MB) / pattern.length)).slice(0, 5 * MB);
  const t = time(extract(text), 2);
  console.log(`adversarial 5 MB of ${JSON.stringify(pattern.slice(0, 12))}: ${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU, ${t.result} claims (target < 1 s)`);
}

// The same after an opening said once (a date line, a sentence before): [opening, repeated pattern].
const afterOpening: [string, string][] = [
  ['Hà Nội, ngày 5/3/2020\n', 'hôm qua tăng 5% '],
  ['Hà Nội, ngày 5/3/2020\n', 'Theo báo cáo ngày 5/3 có 5 người '],
  ['Năm 2012 ngân sách bội chi 5 tỷ đồng. Năm 2012, ', 'ngân sách tăng 5% '],
  ['Doanh thu quý 3/2012 đạt 5 tỷ đồng. ', 'Lãi gộp tăng 21,6% so với cùng kỳ '],
  ['Nghị quyết có hiệu lực từ ngày 1/7/2021.\n', 'Sau khi thành lập, tỉnh có 5 đơn vị '],
];
for (const [opening, pattern] of afterOpening) {
  const text = opening + pattern.repeat(Math.ceil((5 * MB) / pattern.length)).slice(0, 5 * MB);
  const t = time(extract(text), 2);
  console.log(`adversarial 5 MB of ${JSON.stringify(opening.slice(0, 12))} + ${JSON.stringify(pattern.slice(0, 12))}: ${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU, ${t.result} claims`);
}

const one = repeatTo(texts, 800 * 1024);
const ten = Array.from({ length: 10 }, () => one).join('\n\n');
const oneRun = time(extract(one), 5);
const tenRun = time(extract(ten), 3);
console.log(
  `scaling: 1× ${(utf8Bytes(one) / 1024).toFixed(0)} KB in ${oneRun.cpu.toFixed(1)} ms CPU, 10× in ${tenRun.cpu.toFixed(1)} ms CPU, ratio ${(tenRun.cpu / oneRun.cpu).toFixed(2)} (target ≤ 11)`,
);
