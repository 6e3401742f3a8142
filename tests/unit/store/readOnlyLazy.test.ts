import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import type { Finding, Review, Workspace } from '../../../shared/schema';
import { runCli } from '../../../electron/cli/run';
import { renderExport } from '../../../electron/services/exporting';
import { openReadOnly } from '../../../electron/services/open';
import { emptyWorkspace } from '../../../electron/services/workspaceService';
import { FINDING_CHUNK, LAZY_CONTENT_ABOVE, LowdbFolderStore, setFindingChunkForNewWorkspaces } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { loadSnapshot } from '../../../electron/store/memoryStore';
import { folderFingerprint as fingerprint, tempDir } from '../helpers';

/** Builds the fixture without fsyncs (the ~500 documents of a new workspace; not what is tested here). */
const fixtureFs: StoreFs = {
  ...nodeFs,
  open: (async (...args: Parameters<StoreFs['open']>) => {
    const handle = await nodeFs.open(...args);
    return new Proxy(handle, {
      get: (target, prop) => {
        if (prop === 'sync' || prop === 'datasync') return async () => undefined;
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }) as StoreFs['open'],
};

/** A workspace just big enough to be opened lazily, with reviews and findings; built without extraction of long texts. */
async function build(): Promise<{ folder: string; ws: Workspace }> {
  const ws = emptyWorkspace('Lan');
  const count = LAZY_CONTENT_ABOVE + 20;
  for (let i = 0; i < count; i++) {
    const doc = buildDocument(`Bản tin ${i + 1}\n\nTỉnh có ${100 + i} xã và ${2000 + 7 * i} hộ dân. Năm 2024 thu ${30 + (i % 50)} tỷ đồng.`, `t/${i}.txt`, '2026-01-01T00:00:00.000Z', { title: `Bản tin ${i + 1}` });
    ws.articles.push(doc.article);
    ws.claims.push(...doc.claims);
  }
  const statuses: Review['status'][] = ['verified', 'corrected', 'flagged', 'rejected'];
  for (const [k, c] of ws.claims.filter((_, i) => i % 97 === 0).entries()) {
    const status = statuses[k % statuses.length] as Review['status'];
    ws.reviews[c.id] = { claimId: c.id, status, correctedValue: status === 'corrected' ? 42 : null, correctedText: null, note: `ghi chú ${k}`, evidence: [], reviewer: 'Lan', updatedAt: '2026-01-02T00:00:00.000Z' };
  }
  ws.findings = ws.claims.slice(0, 60).map((c, i): Finding => ({ id: `f_${i}`, type: 'conflict', claimIds: [c.id, (ws.claims[i + 61] ?? c).id], explanation: `Mâu thuẫn ${i}`, status: 'open', resolution: null }));
  const folder = join(await tempDir(), 'ws');
  // Findings in chunks of 25: the 60 findings span three.
  setFindingChunkForNewWorkspaces(25);
  try {
    await LowdbFolderStore.create(folder, fixtureFs, (state) => loadSnapshot(state, ws));
  } finally {
    setFindingChunkForNewWorkspaces(FINDING_CHUNK);
  }
  return { folder, ws };
}


async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--lang', 'en'], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('read-only opens of a big workspace (list, export, check)', { timeout: 60_000 }, () => {
  it('parse only the content documents they need, read findings only when asked, and write nothing', async () => {
    const { folder, ws } = await build();
    const before = await fingerprint(folder);

    // The export's reads: the reviewed claims' buckets only, no findings.
    const reader = await openReadOnly(folder);
    const store = reader.store as unknown as { lazyContent: Map<string, string>; lazyFindingChunks: Map<string, string>; pendingFindex: Map<string, string> };
    const buckets = store.lazyContent.size;
    expect(buckets).toBeGreaterThan(100);
    expect(store.lazyFindingChunks.size).toBe(3);
    expect(store.pendingFindex.size).toBe(3);
    const reviewed = Object.keys(ws.reviews).filter((id) => ['verified', 'corrected'].includes(ws.reviews[id]!.status));
    const scoped = await reader.ctx.snapshotForExport('csv', {});
    const at = new Date('2026-03-01T00:00:00.000Z');
    expect(renderExport(scoped, 'csv', {}, 'en', at).content).toBe(renderExport(ws, 'csv', {}, 'en', at).content);
    expect(scoped.claims.map((c) => c.id).sort()).toEqual([...reviewed].sort());
    expect(buckets - store.lazyContent.size).toBeLessThanOrEqual(reviewed.length);
    expect(store.pendingFindex.size).toBe(3);
    // A first page of findings is answered from the findings head: no findings index document
    // read, only the one chunk the page falls in.
    expect((await reader.store.findings({ offset: 30, limit: 5 })).items).toEqual(ws.findings.slice(30, 35));
    expect(store.pendingFindex.size).toBe(3);
    expect(store.lazyFindingChunks.size).toBe(2);
    // All of them, the same as stored.
    expect((await reader.store.findings({})).items).toEqual(ws.findings);
    expect(store.lazyFindingChunks.size).toBe(0);
    await reader.close();

    const listed = await cli(['list', '--workspace', folder]);
    expect(listed.code).toBe(0);
    const articles = (JSON.parse(listed.out) as { articles: { id: string; claims: { id: string; status: string }[] }[] }).articles;
    expect(articles.map((a) => a.id)).toEqual(ws.articles.map((a) => a.id));
    expect(articles.flatMap((a) => a.claims.filter((c) => c.status !== 'unreviewed').map((c) => [c.id, c.status]))).toEqual(
      ws.claims.filter((c) => ws.reviews[c.id]).map((c) => [c.id, ws.reviews[c.id]!.status]),
    );

    const out = join(await tempDir(), 'claims.csv');
    const exported = await cli(['export', '--workspace', folder, '--format', 'csv', '--out', out]);
    expect(exported.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain(ws.claims.find((c) => ws.reviews[c.id]?.status === 'verified')!.quote);

    const checked = await cli(['check', '--workspace', folder]);
    expect(checked.code).toBe(0);
    expect((JSON.parse(checked.out) as { articles: unknown[] }).articles).toHaveLength(ws.articles.length);

    // Not one byte, name or time changed.
    expect(await fingerprint(folder)).toEqual(before);
  });
});
