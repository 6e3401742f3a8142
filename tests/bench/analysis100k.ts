/**
 * One analysis of the benchmark workspace (tests/bench/analysisWorkspace.ts), first on fresh objects
 * and then repeated on the same objects, for measuring one step of a speed change and profiling it:
 *   npx tsx tests/bench/analysis100k.ts [claims=100000] [profileDir]
 * With profileDir, each run's CPU profile is written there (first.cpuprofile, repeat.cpuprofile: open
 * in Chrome DevTools). The findings must not change with a speed change: compare the digests of
 * tests/bench/analysisOutput.ts before and after. Not part of the test suite.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { detectFindings } from '../../shared/analysis';
import { generateWorkspace } from './analysisWorkspace';

const size = Number(process.argv[2] ?? 100_000);
const profileDir = process.argv[3];
const session = profileDir ? new Session() : null;
session?.connect();
const post = (method: string): Promise<unknown> =>
  new Promise((resolve, reject) => (session as Session).post(method, (err, res) => (err ? reject(err) : resolve(res))));
if (session) await post('Profiler.enable');

const { articles, claims } = generateWorkspace(size);
for (const label of ['first', 'repeat']) {
  if (session) await post('Profiler.start');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const n = detectFindings(articles, claims).length;
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (session) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(join(profileDir as string, `${label}.cpuprofile`), JSON.stringify(profile));
  }
  console.log(`${size.toLocaleString('en-US')} claims, ${label} analysis: ${ms.toFixed(0)} ms (CPU ${((c.user + c.system) / 1000).toFixed(0)} ms), ${n} findings`);
}
