// Articles opened while a freshly opened workspace is still busy in the background (the findings
// index being built, documents parsed: "background work under way" is the store's background parse
// not being over, which follows the index's build), with the desk's calls counted as the service host
// counts them (sliced work then takes steps of SLICE_WHILE_CALLED_MS, electron/store/deskCalls.ts)
// and, in the same run, uncounted (the steps of 4–8 ms as before) — alternating rounds on fresh copies
// of one workspace. A third mode, 'held', keeps a call in flight from the open to the end of the
// background work besides counting the bench's own (the window reading its claim rows page after page
// does about that): its time until the background work is over tells what the short steps cost it.
// Prints figures; asserts nothing.
//
//   nice npx tsx tests/bench/deskCalls.bench.ts <workspace folder> [rounds=4]
//
// The workspace: any folder workspace, e.g. one kept by the desk bench
// (BENCH_SUITE=imported BENCH_IMPORTED=1000 BENCH_KEEP=<dir> … desk.bench.ts → <dir>/imported-1000/workspace.json).
// Each round opens a copy as the service host does, sends the first screen's reads, waits DELAY ms
// (default 100) and opens OPENS articles (default 12) one after the other.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/ipc/handlers';
import { openForWriting } from '../../electron/services/open';
import { deskCallStarted } from '../../electron/store/deskCalls';
import type { WorkspaceService } from '../../electron/services/workspaceService';

const source = process.argv[2];
if (!source) throw new Error('usage: deskCalls.bench.ts <workspace folder> [rounds]');
const ROUNDS = Number(process.argv[3] ?? 4);
const DELAY = Number(process.env.DELAY ?? 100);
const OPENS = Number(process.env.OPENS ?? 12);

type Mode = 'counted' | 'uncounted' | 'held';

/** Settles when the store's background parse after the open is over (it follows the findings index's build). */
function warmedUp(service: WorkspaceService): Promise<void> {
  return (service.ctx.store as { warmedUp?: () => Promise<void> }).warmedUp?.() ?? Promise.resolve();
}

/** Whether that background work is over now. */
function backgroundOver(service: WorkspaceService): Promise<boolean> {
  return Promise.race([warmedUp(service).then(() => true), new Promise<boolean>((r) => setImmediate(() => r(false)))]);
}

type Open = { ms: number; busy: boolean };

async function round(mode: Mode): Promise<{ opens: Open[]; findings: number; background: number; backgroundCpu: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-deskcalls-'));
  const path = join(dir, 'workspace.json');
  cpSync(source as string, path, { recursive: true });
  const opened = performance.now();
  const cpu0 = process.cpuUsage();
  const held = mode === 'held' ? deskCallStarted() : () => undefined;
  const service = await openForWriting(path, { seedsDir: null, defaultReviewer: 'Bench', prepareAnalysis: true, upgradeInBackground: true, jobsServed: true });
  let background = Number.NaN;
  let backgroundCpu = Number.NaN;
  const over = warmedUp(service).then(() => {
    background = performance.now() - opened;
    const cpu = process.cpuUsage(cpu0);
    backgroundCpu = (cpu.user + cpu.system) / 1000;
    held();
  });
  try {
    const handlers = createHandlers(service, { emit: () => undefined } as never) as Record<string, (input: unknown) => Promise<unknown>>;
    const call = async (name: string, input: unknown): Promise<{ ms: number; value: unknown }> => {
      const start = performance.now();
      const end = mode === 'uncounted' ? () => undefined : deskCallStarted();
      try {
        const value = await (handlers[name] as (input: unknown) => Promise<unknown>)(input);
        return { ms: performance.now() - start, value };
      } finally {
        end();
      }
    };
    const [, page, findings] = await Promise.all([
      call('getWorkspaceInfo', {}),
      call('articlePage', { offset: 0, limit: 200 }),
      call('listFindings', { show: 'open', offset: 0, limit: 40 }),
      call('getSummary', {}),
    ]);
    await new Promise((r) => setTimeout(r, DELAY));
    const articles = (page.value as { articles: { id: string }[] }).articles;
    const opens: Open[] = [];
    for (let i = 0; i < Math.min(OPENS, articles.length); i++) {
      // Whether the store's background work (the findings index build, then the content parse) was still under way.
      const busy = !(await backgroundOver(service));
      const id = (articles[i] as { id: string }).id;
      const open = await call('getArticle', { articleId: id });
      if ((open.value as { article: { id: string } }).article.id !== id) throw new Error(`getArticle(${id}) answered another article`);
      opens.push({ ms: open.ms, busy });
    }
    await over;
    return { opens, findings: findings.ms, background, backgroundCpu };
  } finally {
    held();
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
};

const MODES: Mode[] = ['counted', 'uncounted', 'held'];
const all = Object.fromEntries(MODES.map((m) => [m, { opens: [] as Open[], findings: [] as number[], background: [] as number[], backgroundCpu: [] as number[] }])) as Record<Mode, { opens: Open[]; findings: number[]; background: number[]; backgroundCpu: number[] }>;
for (let r = 0; r < ROUNDS; r++) {
  for (const mode of r % 2 === 0 ? MODES : [...MODES].reverse()) {
    const { opens, findings, background, backgroundCpu } = await round(mode);
    all[mode].opens.push(...opens);
    all[mode].findings.push(findings);
    all[mode].background.push(background);
    all[mode].backgroundCpu.push(backgroundCpu);
    console.log(`round ${r + 1} ${mode.padEnd(9)} first findings page ${findings.toFixed(0).padStart(4)} ms; background work over ${background.toFixed(0)} ms after the open (${backgroundCpu.toFixed(0)} ms CPU); opens (ms, * = background work under way): ${opens.map((o) => `${o.ms.toFixed(1)}${o.busy ? '*' : ''}`).join(' ')}`);
  }
}
const stat = (xs: number[]) => (xs.length === 0 ? 'none' : `median ${quantile(xs, 0.5).toFixed(1)} ms, p90 ${quantile(xs, 0.9).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (${xs.length})`);
const opensOf = (mode: Mode, busy: boolean) => all[mode].opens.filter((o) => o.busy === busy).map((o) => o.ms);
console.log('');
for (const mode of MODES) {
  console.log(`${mode.padEnd(9)} open during background work: ${stat(opensOf(mode, true))}; after it: ${stat(opensOf(mode, false))}; first findings page median ${quantile(all[mode].findings, 0.5).toFixed(0)} ms; background work over after median ${quantile(all[mode].background, 0.5).toFixed(0)} ms (CPU ${quantile(all[mode].backgroundCpu, 0.5).toFixed(0)} ms)`);
}
const [c, u] = [opensOf('counted', true), opensOf('uncounted', true)];
if (c.length > 0 && u.length > 0) console.log(`ratio counted / uncounted, opens during background work: median ${(quantile(c, 0.5) / quantile(u, 0.5)).toFixed(2)}, p90 ${(quantile(c, 0.9) / quantile(u, 0.9)).toFixed(2)}`);
console.log(`ratio held / uncounted, background work over after: median ${(quantile(all.held.background, 0.5) / quantile(all.uncounted.background, 0.5)).toFixed(2)} (CPU ${(quantile(all.held.backgroundCpu, 0.5) / quantile(all.uncounted.backgroundCpu, 0.5)).toFixed(2)})`);
