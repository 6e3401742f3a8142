import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import { benchFindings } from '../../bench/benchFindings';
import { tempDir } from '../helpers';
import { articlesWithClaims } from './helpers/articles';
import { importRequest } from './helpers/slices';

// A findings index document read after the open (a lazily opened workspace) is checked in slices
// (its record ids, ~5 a finding: a chunk of 1,000 findings was one step of ~10 ms, far more on a
// loaded machine), then loaded; a wrong entry still makes the workspace unreadable, never loaded.

const at = '2026-11-30T08:00:00.000Z';

async function build(): Promise<string> {
  const folder = join(await tempDir(), 'ws');
  const store = await openWorkspaceStore(folder, { mode: 'write' });
  const { articles, claims } = articlesWithClaims('fx', 20);
  const findings = benchFindings(3000, claims);
  await store.commit(importRequest(articles, claims, findings, at));
  await store.close();
  return folder;
}

describe('a findings index document read after the open', () => {
  it('is checked with the event loop turning before it is loaded', async () => {
    const folder = await build();
    // Turn of the event loop at which each findings index file was read.
    let tick = 0;
    const readAt = new Map<string, number>();
    const fs: StoreFs = {
      ...nodeFs,
      readFile: (async (path: string, ...rest: unknown[]) => {
        const bytes = await (fsp.readFile as (p: string, ...r: unknown[]) => Promise<Buffer>)(path, ...rest);
        const key = /\/(findex-\d+)\.\d+\.json$/.exec(String(path))?.[1];
        if (key) readAt.set(key, tick);
        return bytes;
      }) as StoreFs['readFile'],
    };
    const store = await openWorkspaceStore(folder, { mode: 'write', fs, lazyContentAbove: 0, warmUp: false, sliceMs: 0.01 });
    const pending = (store as unknown as { pendingFindex: Map<string, string> }).pendingFindex;
    expect(pending.size).toBe(3);
    // For each document: the turns between its read and its load (its key leaves pendingFindex).
    const loadedAt = new Map<string, number>();
    let on = true;
    const turn = () => {
      if (!on) return;
      tick++;
      for (const key of readAt.keys()) if (!pending.has(key) && !loadedAt.has(key)) loadedAt.set(key, tick);
      setImmediate(turn);
    };
    setImmediate(turn);
    try {
      const found = await store.getFindings(['f_bench00000005', 'f_bench00000bb0']);
      expect(found.map((f) => f.id)).toEqual(['f_bench00000005', 'f_bench00000bb0']);
      await new Promise((r) => setImmediate(r));
      expect(readAt.size).toBe(3);
      // 1,000 entries: checked in 8 steps of 128, each in its own slice.
      for (const [key, read] of readAt) expect((loadedAt.get(key) ?? 0) - read, key).toBeGreaterThanOrEqual(6);
    } finally {
      on = false;
      await store.close();
    }
  });

  it('with a wrong record id makes the workspace unreadable, nothing of it loaded', async () => {
    const folder = await build();
    const manifest = JSON.parse(await fsp.readFile(join(folder, 'workspace.json'), 'utf8')) as { documents: Record<string, string> };
    const file = join(folder, 'data', manifest.documents['findex-00001']!);
    const doc = JSON.parse(await fsp.readFile(file, 'utf8')) as { findings: unknown[][] };
    (doc.findings[900] as unknown[])[1] = '../etc/passwd';
    await fsp.writeFile(file, JSON.stringify(doc));
    const store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false, sliceMs: 0.01 });
    try {
      await expect(store.getFindings(['f_bench00000500'])).rejects.toThrow(/findex-00001/);
      const meta = (store as unknown as { lazyFindingMeta: Map<string, unknown> }).lazyFindingMeta;
      expect(meta.has('f_bench000005dc')).toBe(false);
    } finally {
      await store.close().catch(() => undefined);
    }
  });
});
