// Soak test of the store's crash safety: `npx tsx tests/tools/store-soak.ts [rounds=1000]`.
// A child writer commits and prints what was acknowledged; it is SIGKILLed at a random moment; the
// workspace is opened again and checked (nothing acknowledged lost, audit chain valid, no temp files).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAfterCrash, runAndKill } from '../unit/store/helpers/crash';

const rounds = Number(process.argv[2] ?? 1000);
const dir = await mkdtemp(join(tmpdir(), 'crosscheck-soak-'));
const folder = join(dir, 'ws');
const acked: string[] = [];
let failures = 0;
let maxData = 0;
const started = Date.now();
for (let round = 1; round <= rounds; round++) {
  acked.push(...(await runAndKill(folder, Math.random)));
  const r = await checkAfterCrash(folder, acked);
  maxData = Math.max(maxData, r.dataFiles);
  if (r.lost.length > 0 || r.chainBrokenAt >= 0 || r.tempAfterOpen > 0) {
    failures++;
    console.log(`round ${round}: lost ${r.lost.length}, chain broken at ${r.chainBrokenAt}, temp files ${r.tempAfterOpen}`);
  }
  if (round % 25 === 0 || round === rounds) {
    console.log(`${round} kills, ${acked.length} acknowledged commits, ${r.reviews} stored, ${failures} failing rounds, max ${maxData} data files, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}
await rm(dir, { recursive: true, force: true });
process.exitCode = failures > 0 ? 1 : 0;
