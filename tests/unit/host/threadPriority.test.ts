// The service host thread's priority (electron/host/threadPriority.ts): on Linux the worker lowers its
// own nice value, and only its own — the thread that answers the editor keeps its priority.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { getPriority } from 'node:os';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ServiceHostClient } from '../../../electron/host/client';
import { currentThreadTid, SERVICE_HOST_NICE } from '../../../electron/host/threadPriority';

/** A thread's nice value from /proc (field 19 of its stat line, counted after the command's ")"). */
function niceOf(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[16]);
}

/** Runs priorityWorker.ts (through tsx, as the client runs a TypeScript worker) and returns its answer. */
async function runPriorityWorker(start: number | null): Promise<{ tid: number | null; applied: number | null; nice: number | null }> {
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = pathToFileURL(join(import.meta.dirname, 'priorityWorker.ts')).href;
  const worker = new Worker(`import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData: { start } });
  try {
    return await new Promise((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
    });
  } finally {
    await worker.terminate();
  }
}

describe.runIf(process.platform === 'linux')('service host thread priority (Linux)', { timeout: 120_000 }, () => {
  const own = (): number => niceOf('/proc/thread-self/stat');

  it('a worker lowers its own nice value to 10, and the thread that started it keeps its own', async () => {
    const before = own();
    const answer = await runPriorityWorker(null);
    expect(answer.tid).not.toBeNull();
    expect(answer.tid).not.toBe(currentThreadTid());
    expect(answer.applied).toBe(answer.tid);
    expect(answer.nice).toBe(Math.max(before, SERVICE_HOST_NICE));
    expect(own()).toBe(before);
    expect(getPriority(process.pid)).toBe(niceOf(`/proc/self/task/${process.pid}/stat`));
  });

  it('never raises a priority: a thread already at 15 stays at 15', async () => {
    const answer = await runPriorityWorker(15);
    expect(answer.nice).toBe(15);
  });

  it('the real service host worker runs at nice 10 while this thread keeps its priority', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crosscheck-priority-'));
    const before = own();
    const threadsAt = (nice: number): number =>
      readdirSync('/proc/self/task').filter((tid) => {
        try {
          return niceOf(`/proc/self/task/${tid}/stat`) === nice;
        } catch {
          return false; // a thread that ended meanwhile
        }
      }).length;
    const lowered = Math.max(before, SERVICE_HOST_NICE);
    const atStart = before === lowered ? 0 : threadsAt(lowered);
    const host = new ServiceHostClient({
      host: { workspacePath: join(folder, 'workspace.json'), seedsDir: resolve(import.meta.dirname, '../../../seeds'), defaultReviewer: 'Minh' },
      onEvent: () => undefined,
      deps: { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null },
    });
    try {
      await host.start();
      expect(await host.call('getWorkspaceInfo', {})).toMatchObject({ ok: true, value: { articleCount: 5 } });
      if (before < SERVICE_HOST_NICE) expect(threadsAt(lowered)).toBe(atStart + 1);
      expect(own()).toBe(before);
    } finally {
      await host.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
