import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { FINDING_CHUNK, FOLDER_SCHEMA_VERSION, setFindingChunkForNewWorkspaces, type LowdbFolderStore, type Manifest } from '../../../electron/store/lowdb/folderStore';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { WorkspaceStore } from '../../../electron/store/port';
import type { Finding } from '../../../shared/schema';
import { folderFingerprint as fingerprint } from '../helpers';
import { buildGeneratedWorkspace } from './helpers/generatedWorkspace';

/** Findings per chunk in these workspaces: a few hundred findings span many chunks. */
const CHUNK = 20;

/** The 5 seeds and 25 generated articles, with their findings (CHUNK a chunk), closed (checkpointed). */
const build = (): Promise<string> => buildGeneratedWorkspace(25, { findingChunk: CHUNK });

const readManifest = async (folder: string) => JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Manifest;
const lazyOpen = (folder: string) => openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false }) as Promise<LowdbFolderStore>;
interface LazyInside {
  lazyFindingChunks: Map<string, string>;
  pendingFindex: Map<string, string>;
}
const inside = (store: WorkspaceStore) => store as unknown as LazyInside;

/** Every findings query the desk and the CLI make, in one comparable object. */
async function readFindings(store: WorkspaceStore) {
  const summaries = await store.articleSummaries();
  const all = (await store.findings()).items;
  const claimIds = [...new Set(all.flatMap((f) => f.claimIds))].slice(0, 40);
  return {
    counts: await store.counts(),
    signature: await store.findingsSignature?.(),
    attention: (await store.attentionClaimIds()).items.sort(),
    openPage: await store.findings({ statuses: ['open'], types: ['conflict', 'update', 'internal'], offset: 3, limit: 7 }),
    resolvedTotal: (await store.findings({ statuses: ['resolved'], limit: 0 })).total,
    pages: await Promise.all([0, 25, 60].map((offset) => store.findings({ offset, limit: 25 }))),
    ofArticles: await Promise.all(summaries.map(async (a) => (await store.findings({ articleId: a.id })).items)),
    ofClaims: await Promise.all(claimIds.map(async (id) => (await store.findings({ claimId: id })).items)),
    byId: await store.getFindings(all.filter((_, i) => i % 7 === 0).map((f) => f.id)),
    all,
  };
}

/** The fchunk documents of a manifest (key → file name). */
const chunkDocs = (m: Manifest) => Object.fromEntries(Object.entries(m.documents).filter(([k]) => k.startsWith('fchunk-')));


/**
 * Rewrites a closed workspace into the schemaVersion 2 layout: the findings in 16 `findings-NN`
 * documents (no chunks, no findings index), as the previous version wrote them.
 */
async function toVersion2(folder: string): Promise<void> {
  const manifest = await readManifest(folder);
  const buckets: [number, Finding][][] = Array.from({ length: 16 }, () => []);
  let n = 0;
  for (const [key, name] of Object.entries(manifest.documents)) {
    if (key.startsWith('fchunk-')) {
      const doc = JSON.parse(await readFile(join(folder, 'data', name), 'utf8')) as { findings: [number, Finding][] };
      for (const entry of doc.findings) buckets[n++ % 16]!.push(entry);
    }
    if (key.startsWith('fchunk-') || key.startsWith('findex-')) delete manifest.documents[key];
  }
  for (const [b, findings] of buckets.entries()) {
    const name = `findings-${String(b).padStart(2, '0')}.${manifest.checkpointSeq}.json`;
    await writeFile(join(folder, 'data', name), JSON.stringify({ findings }));
    manifest.documents[`findings-${String(b).padStart(2, '0')}`] = name;
  }
  delete manifest.findingChunk;
  manifest.schemaVersion = 2;
  await writeFile(join(folder, 'workspace.json'), JSON.stringify(manifest, null, 1));
}

describe('findings chunks parsed on first use', { timeout: 240_000 }, () => {
  it('a write open parses no findings document; every findings query answers like a full load, parsing only the chunks it needs', async () => {
    const folder = await build();
    const manifest = await readManifest(folder);
    expect(manifest.schemaVersion).toBe(FOLDER_SCHEMA_VERSION);
    expect(manifest.findingChunk).toBe(CHUNK);
    const chunks = Object.keys(chunkDocs(manifest));
    // Each chunk has its index document; no schemaVersion 2 findings document.
    for (const k of chunks) expect(manifest.documents[`findex-${k.slice('fchunk-'.length)}`]).toBeDefined();
    expect(Object.keys(manifest.documents).some((k) => k.startsWith('findings-'))).toBe(false);
    expect(chunks.length).toBeGreaterThan(5);

    // A read-only open (list, export, check) of even a small workspace reads no findings document
    // until a findings query: `list` reads the library and every article's claims, and none.
    const reader = await openWorkspaceStore(folder, { mode: 'read' });
    for (const a of await reader.articleSummaries()) await reader.articleWithClaims(a.id);
    expect(inside(reader).lazyFindingChunks.size).toBe(chunks.length);
    expect(inside(reader).pendingFindex.size).toBe(chunks.length);
    await reader.close();

    // The full-scan answer: a small workspace opened for writing reads everything at once.
    const eager = await openWorkspaceStore(folder, { mode: 'write' });
    expect(inside(eager).lazyFindingChunks.size).toBe(0);
    const expected = await readFindings(eager);
    await eager.close();
    expect(expected.all.length).toBeGreaterThan(CHUNK * 5);
    expect(expected.openPage.items).toHaveLength(7);

    const lazy = await lazyOpen(folder);
    try {
      // Nothing of the findings parsed by the open.
      expect(inside(lazy).lazyFindingChunks.size).toBe(chunks.length);
      // Counts, totals and the signature come from the findings index documents alone.
      expect(await lazy.counts()).toEqual(expected.counts);
      expect(await lazy.findingsSignature?.()).toBe(expected.signature);
      expect((await lazy.findings({ statuses: ['resolved'], limit: 0 })).total).toBe(expected.resolvedTotal);
      expect(inside(lazy).lazyFindingChunks.size).toBe(chunks.length);
      // A page parses the chunks its findings are in, no more.
      expect(await lazy.findings({ offset: 25, limit: 25 })).toEqual(expected.pages[1]);
      expect(chunks.length - inside(lazy).lazyFindingChunks.size).toBeLessThanOrEqual(2);
      expect(await readFindings(lazy)).toEqual(expected);
      expect(inside(lazy).lazyFindingChunks.size).toBe(0);
    } finally {
      await lazy.close();
    }
  });

  it('a finding decision and a re-analysis after an edit rewrite only the chunks they touch, and read back the same', async () => {
    const folder = await build();
    const before = await readManifest(folder);
    const oldChunks = chunkDocs(before);
    const ordsOf = async (m: Manifest) => {
      const ords = new Map<string, number>();
      for (const [k, name] of Object.entries(m.documents)) {
        if (!k.startsWith('findex-')) continue;
        const doc = JSON.parse(await readFile(join(folder, 'data', name), 'utf8')) as { findings: [number, string][] };
        for (const [ord, id] of doc.findings) ords.set(id, ord);
      }
      return ords;
    };
    const oldOrds = await ordsOf(before);

    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder, undefined, { lazyContentAbove: 0, warmUp: false }), seedsDir: null, defaultReviewer: 'Lan' });
    const store = service.ctx.store;
    const unparsedAtOpen = inside(store).lazyFindingChunks.size;
    expect(unparsedAtOpen).toBe(Object.keys(oldChunks).length);
    // A decision on a finding of the 4th chunk parses that chunk only.
    const page = await store.findings({ offset: 3 * CHUNK + 2, limit: 1 });
    const decided = page.items[0]!;
    await service.decideFinding({ findingId: decided.id, decision: 'dismiss', note: 'cùng một số liệu' });
    expect(unparsedAtOpen - inside(store).lazyFindingChunks.size).toBe(1);
    // Not checkpointed yet: a reader replays the journal line into a chunk it had not parsed.
    const reader = await openWorkspaceStore(folder, { mode: 'read', lazyContentAbove: 0 });
    expect((await reader.getFindings([decided.id]))[0]?.status).toBe('dismissed');
    expect(await reader.findings({ offset: 3 * CHUNK + 2, limit: 1 })).toEqual(await store.findings({ offset: 3 * CHUNK + 2, limit: 1 }));
    await reader.close();
    const afterDecision = (await service.listFindings()).map((f) => JSON.stringify(f));
    // A rejected claim takes its findings with it: the re-analysis writes what changed.
    const target = (await service.listFindings()).find((f) => f.type === 'conflict' && f.id !== decided.id)!;
    await service.reviewClaim({ claimId: target.claimIds[0]!, status: 'rejected' });
    const stored = await service.listFindings();
    expect(stored.some((f) => f.id === target.id)).toBe(false);
    await service.close();

    const after = await readManifest(folder);
    const newOrds = await ordsOf(after);
    const changedIds = new Set<string>();
    const beforeById = new Map(afterDecision.map((j) => [(JSON.parse(j) as Finding).id, j]));
    for (const f of stored) if (beforeById.get(f.id) !== JSON.stringify(f)) changedIds.add(f.id);
    for (const id of beforeById.keys()) if (!stored.some((f) => f.id === id)) changedIds.add(id);
    changedIds.add(decided.id);
    const chunkOf = (ord: number) => `fchunk-${String(Math.floor(ord / CHUNK)).padStart(5, '0')}`;
    const touched = new Set([...changedIds].flatMap((id) => [oldOrds.get(id), newOrds.get(id)].filter((o) => o !== undefined).map((o) => chunkOf(o!))));
    const rewritten = Object.keys(chunkDocs(after)).filter((k) => chunkDocs(after)[k] !== oldChunks[k]);
    expect(rewritten.sort()).toEqual([...touched].sort());
    expect(rewritten.length).toBeLessThan(Object.keys(oldChunks).length);

    // Read back, lazily and at once: the same findings, the dismissal kept.
    const lazy = await lazyOpen(folder);
    const lazyAll = (await lazy.findings()).items;
    await lazy.close();
    const eager = await openWorkspaceStore(folder, { mode: 'write' });
    expect(inside(eager).lazyFindingChunks.size).toBe(0);
    expect(lazyAll).toEqual((await eager.findings()).items);
    await eager.close();
    expect(lazyAll).toEqual(stored);
    expect(lazyAll.find((f) => f.id === decided.id)?.status).toBe('dismissed');
  });

  it('a schemaVersion 2 workspace is read as it is, and moved to findings chunks by its first writing open', async () => {
    const folder = await build();
    const reference = await openWorkspaceStore(folder, { mode: 'write' });
    const expected = await readFindings(reference);
    await reference.close();
    await toVersion2(folder);
    const v2 = await readManifest(folder);
    expect(Object.keys(v2.documents).filter((k) => k.startsWith('findings-'))).toHaveLength(16);

    // Read-only (a small workspace, and one opened as a big workspace is): the same answers, not a byte changed.
    const untouched = await fingerprint(folder);
    for (const lazyContentAbove of [undefined, 0]) {
      const reader = await openWorkspaceStore(folder, { mode: 'read', ...(lazyContentAbove === undefined ? {} : { lazyContentAbove }) });
      expect(await readFindings(reader)).toEqual(expected);
      await reader.close();
    }
    expect(await fingerprint(folder)).toEqual(untouched);

    // A writing open migrates by a checkpoint right after it, in the background: chunks with their
    // indexes, the old documents dropped.
    setFindingChunkForNewWorkspaces(CHUNK);
    try {
      const writer = await lazyOpen(folder);
      await vi.waitFor(async () => expect((await readManifest(folder)).schemaVersion).toBe(FOLDER_SCHEMA_VERSION), { timeout: 30_000, interval: 50 });
      expect(await readFindings(writer)).toEqual(expected);
      await writer.close();
    } finally {
      setFindingChunkForNewWorkspaces(FINDING_CHUNK);
    }
    const v3 = await readManifest(folder);
    expect(v3.schemaVersion).toBe(FOLDER_SCHEMA_VERSION);
    expect(v3.findingChunk).toBe(CHUNK);
    expect(Object.keys(v3.documents).some((k) => k.startsWith('findings-'))).toBe(false);
    expect(Object.keys(chunkDocs(v3)).length).toBe(Math.ceil(expected.all.length / CHUNK));
    // The backup of the v2 checkpoint still names its documents (restorable).
    const backups = await readdir(join(folder, 'backups'));
    expect(backups.length).toBeGreaterThan(0);

    const lazy = await lazyOpen(folder);
    try {
      expect(inside(lazy).lazyFindingChunks.size).toBe(Object.keys(chunkDocs(v3)).length);
      expect(await readFindings(lazy)).toEqual(expected);
    } finally {
      await lazy.close();
    }
  });
});
