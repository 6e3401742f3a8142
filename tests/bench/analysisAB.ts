/**
 * A/B timing of the analysis against another checkout of the project (e.g. main), on the benchmark
 * workspace (tests/bench/analysisWorkspace.ts), for a speed change on a loaded machine: runs of the two
 * engines alternate (A B A B …), each a fresh process (so a first analysis is a first one: no module
 * cache or JIT state left by the other run), and the medians and their ratio are printed.
 *   npx tsx tests/bench/analysisAB.ts <otherRoot> [claims=20000,100000] [rounds=3]
 * A is <otherRoot>, B this checkout. Each run prints the first analysis on fresh objects and a repeat on
 * the same objects, wall and CPU milliseconds (CPU is the steadier figure when other work shares the
 * cores). Not part of the test suite.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, Claim, Finding } from '../../shared/schema';
import { generateWorkspace } from './analysisWorkspace';

const HERE = fileURLToPath(import.meta.url);
const OWN_ROOT = join(dirname(HERE), '..', '..');

interface Run {
  firstMs: number;
  firstCpu: number;
  repeatMs: number;
  repeatCpu: number;
  findings: number;
}

/** One run in this process: the engine of `root` on a workspace of `claims` claims. */
async function one(root: string, claims: number): Promise<Run> {
  const engine = (await import(pathToFileURL(join(root, 'shared', 'analysis', 'index.ts')).href)) as {
    detectFindings: (a: readonly Article[], c: readonly Claim[]) => Finding[];
  };
  const w = generateWorkspace(claims);
  const timed = (): { ms: number; cpu: number; n: number } => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const n = engine.detectFindings(w.articles, w.claims).length;
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { ms, cpu: (c.user + c.system) / 1000, n };
  };
  const first = timed();
  const repeat = timed();
  return { firstMs: first.ms, firstCpu: first.cpu, repeatMs: repeat.ms, repeatCpu: repeat.cpu, findings: first.n };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

if (process.argv[2] === '--one') {
  console.log(JSON.stringify(await one(resolve(process.argv[3] as string), Number(process.argv[4]))));
} else {
  const other = process.argv[2];
  if (!other) throw new Error('usage: npx tsx tests/bench/analysisAB.ts <otherRoot> [claims=20000,100000] [rounds=3]');
  const sizes = (process.argv[3] ?? '20000,100000').split(',').map(Number);
  const rounds = Number(process.argv[4] ?? 3);
  const roots = { A: resolve(other), B: OWN_ROOT };
  for (const size of sizes) {
    const runs: Record<'A' | 'B', Run[]> = { A: [], B: [] };
    for (let r = 0; r < rounds; r++) {
      for (const side of (r % 2 ? ['B', 'A'] : ['A', 'B']) as Array<'A' | 'B'>) {
        const p = spawnSync(process.execPath, [...process.execArgv, HERE, '--one', roots[side], String(size)], { encoding: 'utf8' });
        if (p.status !== 0) throw new Error(p.stderr);
        const run = JSON.parse(p.stdout.trim().split('\n').pop() as string) as Run;
        runs[side].push(run);
        console.log(`  ${size} ${side}: first ${run.firstMs.toFixed(0)} ms (CPU ${run.firstCpu.toFixed(0)}), repeat ${run.repeatMs.toFixed(0)} ms (CPU ${run.repeatCpu.toFixed(0)}), ${run.findings} findings`);
      }
    }
    const m = (side: 'A' | 'B', k: keyof Run): number => median(runs[side].map((x) => x[k]));
    console.log(
      `${size.toLocaleString('en-US')} claims, medians of ${rounds}: first A ${m('A', 'firstMs').toFixed(0)} ms (CPU ${m('A', 'firstCpu').toFixed(0)}), ` +
        `B ${m('B', 'firstMs').toFixed(0)} ms (CPU ${m('B', 'firstCpu').toFixed(0)}), B/A CPU ${(m('B', 'firstCpu') / m('A', 'firstCpu')).toFixed(2)}; ` +
        `repeat A CPU ${m('A', 'repeatCpu').toFixed(0)}, B CPU ${m('B', 'repeatCpu').toFixed(0)}, B/A ${(m('B', 'repeatCpu') / m('A', 'repeatCpu')).toFixed(2)}`,
    );
  }
}
