/**
 * A/B of extraction CPU time: this checkout's engine against another checkout's (e.g. main), on the same inputs,
 * in alternating rounds, each round a fresh process per side (A, B, B, A, …), so that a machine whose load drifts
 * charges both sides alike. Per input: the least and the median CPU time of each side over the rounds, and B/A.
 * Inputs: the corpus article by article (as an import extracts them), and 1 MB of each of `npm run bench`'s slowest
 * claim-heavy patterns. Prints figures; asserts nothing.
 *   nice npx tsx tests/bench/extractAB.ts <otherRoot> [rounds=4]
 * A is <otherRoot> (the baseline), B is this checkout. A ratio below 1 means this checkout is faster.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MB = 1024 * 1024;
const here = resolve(import.meta.dirname, '..', '..');

/** The inputs, by name: [head said once, unit repeated to 1 MB] or 'corpus'. */
const INPUTS: Record<string, 'corpus' | [string, string]> = {
  corpus: 'corpus',
  'date line + "Theo báo cáo ngày 5/3 có 5 người"': ['Hà Nội, ngày 5/3/2020\n', 'Theo báo cáo ngày 5/3 có 5 người '],
  '"90 phút"': ['', '90 phút '],
  'date line + "hôm qua tăng 5%"': ['Hà Nội, ngày 5/3/2020\n', 'hôm qua tăng 5% '],
  '"Năm 2012 …" + "ngân sách tăng 5%"': ['Năm 2012 ngân sách bội chi 5 tỷ đồng. Năm 2012, ', 'ngân sách tăng 5% '],
  '"(năm 2020) 5 người"': ['', '(năm 2020) 5 người '],
  '"Với 1 người"': ['', 'Với 1 người '],
};

/** One side's run: extract every input once to warm up, then time a fresh copy of each; prints JSON {name: cpuMs}. */
async function child(root: string): Promise<void> {
  const extract = (await import(pathToFileURL(join(root, 'shared', 'extract', 'index.ts')).href)) as {
    extractClaims: (text: string, meta: unknown) => unknown[];
    extractMetadata: (text: string) => unknown;
  };
  const { normalizeText } = (await import(pathToFileURL(join(root, 'shared', 'text.ts')).href)) as { normalizeText: (s: string) => string };
  const { sharedCorpusDir } = (await import(pathToFileURL(join(here, 'tests', 'unit', 'extract', 'corpusDir.ts')).href)) as { sharedCorpusDir: () => string | null };
  const { textFiles } = (await import(pathToFileURL(join(here, 'tests', 'bench', 'benchHelpers.ts')).href)) as { textFiles: (d: string) => string[] };
  const corpus = sharedCorpusDir();
  const dirs = corpus ? [join(corpus, 'vi-news'), join(corpus, 'clusters')].filter((d) => existsSync(d)) : [join(here, 'seeds')];
  const articles = dirs.flatMap(textFiles).map((f) => normalizeText(readFileSync(f, 'utf8')));
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const out: Record<string, number> = {};
  for (const [name, input] of Object.entries(INPUTS)) {
    const texts = input === 'corpus' ? articles : [input[0] + input[1].repeat(Math.ceil(MB / input[1].length))];
    const run = (): void => {
      for (const t of texts) extract.extractClaims(t, extract.extractMetadata(t));
    };
    run();
    // Timed on fresh copies of the texts (equal strings, other objects), as a second extraction of the same articles
    // gets them — what re-extraction and an import of a copy do.
    const copies = texts.map((t) => t.split('').join(''));
    const c0 = cpu();
    for (const t of copies) extract.extractClaims(t, extract.extractMetadata(t));
    out[name] = cpu() - c0;
  }
  console.log(JSON.stringify(out));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3] as string);
  const other = process.argv[2];
  if (other === undefined || !existsSync(join(other, 'shared', 'extract', 'index.ts'))) {
    console.error('usage: npx tsx tests/bench/extractAB.ts <otherRoot> [rounds=4]  (otherRoot: a checkout of this project)');
    process.exit(2);
  }
  const rounds = Number(process.argv[3] ?? 4);
  const sides = { A: resolve(other), B: here };
  const times: Record<'A' | 'B', Record<string, number[]>> = { A: {}, B: {} };
  for (let r = 0; r < rounds; r++) {
    const order: Array<'A' | 'B'> = r % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const side of order) {
      const printed = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', sides[side]], { encoding: 'utf8', maxBuffer: 16 * MB });
      const got = JSON.parse(printed.trim().split('\n').pop() as string) as Record<string, number>;
      for (const [name, ms] of Object.entries(got)) (times[side][name] ??= []).push(ms);
    }
  }
  console.log(`A = ${sides.A}\nB = ${sides.B}\n${rounds} rounds, CPU ms per input (least / median), B/A of the least and of the medians:`);
  for (const name of Object.keys(INPUTS)) {
    const a = times.A[name] ?? [];
    const b = times.B[name] ?? [];
    const [la, lb, ma, mb] = [Math.min(...a), Math.min(...b), median(a), median(b)];
    console.log(`  ${name}: A ${la.toFixed(0)} / ${ma.toFixed(0)}, B ${lb.toFixed(0)} / ${mb.toFixed(0)}, B/A ${(lb / la).toFixed(2)} / ${(mb / ma).toFixed(2)}`);
  }
}

await main();
