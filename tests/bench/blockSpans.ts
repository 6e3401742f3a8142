// Event-loop blocks over 16 ms as spans in the clock of a --cpu-prof profile, for benches: with
// BENCH_BLOCKS=file each block's start and end (µs, process.hrtime: the profile's monotonic clock)
// are appended to that file, one line each; `npx tsx tests/tools/profile-blocks.ts PROFILE FILE`
// then tells what ran in each (the profile's samples between the two). Nothing without BENCH_BLOCKS.
import { appendFile } from 'node:fs/promises';
import { mainThreadTimes } from './threadCpu';

export function noteBlocks(label: string): { stop: () => Promise<void> } {
  const file = process.env.BENCH_BLOCKS;
  if (!file) return { stop: async () => undefined };
  const spans: string[] = [];
  let last = process.hrtime.bigint();
  let lastRun = mainThreadTimes()?.run;
  const tick = setInterval(() => {
    const now = process.hrtime.bigint();
    // The label says how long the main thread itself ran on a core in the block (the rest of its
    // wall time it waited for one: the machine's load, not this process's work).
    const run = mainThreadTimes()?.run;
    const ran = run !== undefined && lastRun !== undefined ? `(ran=${(run - lastRun).toFixed(1)})` : '';
    if (now - last > 17_000_000n) spans.push(`${last / 1000n} ${now / 1000n} ${label}${ran}`);
    last = now;
    lastRun = run;
  }, 1);
  return {
    stop: async () => {
      await new Promise((r) => setTimeout(r, 3));
      clearInterval(tick);
      if (spans.length > 0) await appendFile(file, `${spans.join('\n')}\n`);
    },
  };
}
