/**
 * The analysis's per-article rules (the internal rules' regexes over an article's text: impossible dates and years,
 * elapsed years, a listed ranking against the prose, a draw given an uneven score; and the passages' split) on
 * hostile text: for each pattern, one article of 1 MB and one of 2 MB with no claims, analysed alone. Prints the
 * time of each (the least of three runs), their ratio (linear: about 2; a quadratic regex gives 4 and more) and, as the baseline measured in
 * the same run, one /\d/g pass over the same text. Found by review, not by a bench: a first version of the draw
 * rule tried an unbounded lookbehind at every position: on the pattern of runs of 16k spaces before "Hòa 2-1" it
 * took 1.2 s for 256 KB (about 19 s for 1 MB); the rule now reads it in milliseconds.
 *   npx tsx tests/bench/internalAdversarial.bench.ts [MB=1]
 * Not part of the test suite: timings depend on the machine.
 */
import { detectFindings } from '../../shared/analysis';
import type { Article } from '../../shared/schema';

const MB = Number(process.argv[2] ?? 1) * 1024 * 1024;

const PATTERNS: ReadonlyArray<readonly [string, string]> = [
  ['spaces after a stop', '. '],
  ['runs of 16k spaces, then "Hòa 2-1"', `.${' '.repeat(16_384)}Hòa 2-1`],
  ['runs of 16k line breaks, then "hòa 1-2"', `${'\n'.repeat(16_384)}hòa 1-2`],
  ['line breaks', '\n'],
  ['"Hòa " (a draw word, no score)', 'Hòa '],
  ['"hòa a " (draw, words, no score)', 'hòa a '],
  ['"hòa 1-" (a score cut short)', 'hòa 1-'],
  ['"Năm 2" (a year cut short)', 'Năm 2'],
  ['"1/1/" (dates run together)', '1/1/'],
  ['"1. A, " (a ranking with no end)', '1. A, '],
  ['"đứng thứ " (a rank with no number)', 'đứng thứ '],
  ['"trong " (a word, repeated)', 'trong '],
];

function article(text: string): Article {
  return { id: 'a_bench', source: 'bench.txt', text, title: null, outlet: null, author: null, publishedAt: '2024-05-01T00:00:00Z', importedAt: '2024-05-01T00:00:00Z' };
}

/** The least of three runs (small times on a shared machine). */
function time(run: () => void): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

for (const [name, unit] of PATTERNS) {
  const one = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const two = one + one;
  const baseline = time(() => {
    const re = /\d/g;
    while (re.exec(two) !== null);
  });
  // Each text once unmeasured first (the engine's code warmed on this pattern), then timed.
  detectFindings([article(one.slice(0, 4096))], []);
  const t1 = time(() => detectFindings([article(one)], []));
  const t2 = time(() => detectFindings([article(two)], []));
  console.log(
    `${name.padEnd(38)} ${(MB / 1048576).toFixed(0)} MB ${t1.toFixed(0).padStart(6)} ms, ${((2 * MB) / 1048576).toFixed(0)} MB ${t2.toFixed(0).padStart(6)} ms, ratio ${(t2 / t1).toFixed(2)} (linear ≈ 2); one /\\d/g pass over ${((2 * MB) / 1048576).toFixed(0)} MB ${baseline.toFixed(1)} ms`,
  );
}
