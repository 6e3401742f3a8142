import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingKeys, FindingKeysBuilder } from '../../../electron/store/findingKeys';
import { runStaged } from '../../../electron/store/state';
import { FOLDER_SCHEMA_VERSION, setFindexInBackground, type LowdbFolderStore, type Manifest } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { FindingQuery, WorkspaceStore } from '../../../electron/store/port';
import type { Claim, Finding } from '../../../shared/schema';
import { buildGeneratedWorkspace } from './helpers/generatedWorkspace';

/** Findings per chunk: small, so a workspace of 30 articles spans many chunks and a claim's findings a few of them. */
const CHUNK = 20;

afterEach(() => {
  setFindexInBackground(true);
});

/** The 5 seeds and 25 generated articles with their findings, some decided; closed (checkpointed). */
const build = (): Promise<string> => buildGeneratedWorkspace(25, { findingChunk: CHUNK, decided: true });

const readManifest = async (folder: string) => JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Manifest;
/** A write open with the findings index documents left unread: the findings index cannot have every reference. */
const heldOpen = (folder: string) => {
  setFindexInBackground(false);
  return openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false }) as Promise<LowdbFolderStore>;
};
interface Inside {
  pendingFindex: Map<string, string>;
  lazyFindingChunks: Map<string, string>;
  findingIndex: { ready: boolean; referencesReady: boolean };
}
const inside = (store: WorkspaceStore) => store as unknown as Inside;

/** Queries by claim and by article: every claim of a few findings, articles, a claim in no finding, filters, pages. */
async function queriesOf(store: WorkspaceStore): Promise<FindingQuery[]> {
  const all = (await store.findings()).items;
  const claims = [...new Set(all.flatMap((f) => f.claimIds))];
  const picked = claims.filter((_, i) => i % Math.max(1, Math.floor(claims.length / 12)) === 0);
  const articles = (await store.articleSummaries()).map((a) => a.id);
  const withOwnArticles = all.find((f) => (f.articleIds ?? []).length > 0);
  const inNone = (await store.claims()).find((c) => !claims.includes(c.id));
  const decided = all.find((f) => f.status !== 'open')!;
  const queries: FindingQuery[] = [
    ...picked.map((claimId) => ({ claimId })),
    ...picked.slice(0, 4).map((claimId) => ({ claimId, statuses: ['open' as const], types: ['conflict' as const, 'update' as const, 'internal' as const], offset: 0, limit: 40 })),
    { claimId: decided.claimIds[0]!, statuses: ['resolved', 'dismissed'] },
    { claimId: picked[0]!, offset: 1, limit: 1 },
    { claimId: picked[1]!, limit: 0 },
    ...articles.filter((_, i) => i % 6 === 0).map((articleId) => ({ articleId })),
    { articleId: articles[1]!, statuses: ['open'], offset: 2, limit: 3 },
    { articleId: articles[2]!, types: ['consistent'] },
    { claimId: picked[2]!, articleId: articles[0]! },
    { claimId: all[0]!.claimIds[0]!, articleId: (await store.claims([all[0]!.claimIds[0]!]))[0]!.articleId },
    { claimId: 'c_nosuchclaim' },
    { articleId: 'a_nosucharticle' },
  ];
  if (withOwnArticles) queries.push({ articleId: withOwnArticles.articleIds![0]! });
  if (inNone) queries.push({ claimId: inNone.id });
  return queries;
}

const ask = (store: WorkspaceStore, queries: readonly FindingQuery[]) => Promise.all(queries.map((q) => store.findings(q)));

describe("a claim's or an article's findings right after an open, before the findings index", { timeout: 240_000 }, () => {
  it('are read from the chunks the findings keys name: the same answers as the built index, no findings index document left waiting for', async () => {
    const folder = await build();
    const manifest = await readManifest(folder);
    expect(manifest.schemaVersion).toBe(FOLDER_SCHEMA_VERSION);
    expect(manifest.documents.fkeys).toBeDefined();
    const findexes = Object.keys(manifest.documents).filter((k) => k.startsWith('findex-')).length;
    expect(findexes).toBeGreaterThan(10);

    const reference = await openWorkspaceStore(folder, { mode: 'write' });
    const queries = await queriesOf(reference);
    const expected = await ask(reference, queries);
    await reference.close();
    // Queries with findings, with none, and with more than one chunk's worth.
    expect(expected.filter((p) => p.total > 0).length).toBeGreaterThan(10);
    expect(expected.some((p) => p.total === 0)).toBe(true);

    const store = await heldOpen(folder);
    try {
      // A claim's findings: only the chunks of its findings are parsed.
      const first = await store.findings(queries[0]!);
      expect(first).toEqual(expected[0]);
      expect(findexes - inside(store).lazyFindingChunks.size).toBeLessThanOrEqual(Math.max(1, first.items.length));
      for (const [i, q] of queries.entries()) expect([i, await store.findings(q)]).toEqual([i, expected[i]]);
      // Answered without the findings index: every findings index document is still to be read.
      expect(inside(store).findingIndex.referencesReady).toBe(false);
      expect(inside(store).pendingFindex.size).toBe(findexes);
      // Once the index is built, it answers the same.
      // (A subset of the types: only the index answers it.)
      await store.findings({ types: ['conflict'] });
      expect(inside(store).findingIndex.ready).toBe(true);
      expect(await ask(store, queries)).toEqual(expected);
    } finally {
      await store.close();
    }
    // With the findings index documents read in the background meanwhile (that read waits for the
    // queries by keys, then goes on): the same answers, all at once, and the index built after them.
    setFindexInBackground(true);
    const running = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false });
    try {
      expect(await ask(running, queries)).toEqual(expected);
      await running.findings({ types: ['conflict'] });
      expect(inside(running).pendingFindex.size).toBe(0);
      expect(await ask(running, queries)).toEqual(expected);
    } finally {
      await running.close();
    }
  });

  it('after a commit that changes a finding the findings index answers, with the change; the keys written at the checkpoint find a finding moved to other claims', async () => {
    const folder = await build();
    const store = await heldOpen(folder);
    let moved: Finding;
    let target: string;
    try {
      // Asked once before the commit (answered from the keys), then the finding changes.
      const all = (await store.findings({ claimId: (await store.findings({ limit: 1 })).items[0]!.claimIds[0]! })).items;
      const f = all[0]!;
      // A claim that no finding stands in yet (asked by claim, from the keys: nothing builds the index): the finding moves to it.
      let other: Claim | undefined;
      for (const c of await store.claims()) {
        if (!f.claimIds.includes(c.id) && (await store.findings({ claimId: c.id, limit: 0 })).total === 0) {
          other = c;
          break;
        }
      }
      if (!other) throw new Error('every claim stands in a finding');
      target = other.id;
      expect(inside(store).findingIndex.referencesReady).toBe(false);
      expect((await store.findings({ claimId: f.claimIds[0]! })).items.map((x) => x.id)).toContain(f.id);
      moved = { ...f, claimIds: [other.id], explanation: `${f.explanation} (chuyển)` };
      await store.commit({ action: 'finding.move', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'findings', id: f.id, before: f, after: moved }], audit: [] });
      // Not from the checkpoint's documents any more (they say the finding is where it was, open).
      const before = await store.findings({ claimId: f.claimIds[0]! });
      const after = await store.findings({ claimId: other.id });
      expect(before.items.map((x) => x.id)).not.toContain(f.id);
      expect(after.items).toEqual([moved]);
      expect((await store.findings({ articleId: other.articleId })).items.map((x) => x.id)).toContain(f.id);
      // Not checkpointed yet: a copy of the folder opens with the commit in its journal, replayed (its
      // keys and index documents are the checkpoint's): the index answers, with the change.
      const copy = join(folder, '..', 'copy');
      await cp(folder, copy, { recursive: true, filter: (src) => !src.endsWith('/lock') });
      const replayed = await heldOpen(copy);
      try {
        expect(replayed.replayed.commits).toBeGreaterThanOrEqual(1);
        expect(await replayed.findings({ claimId: other.id })).toEqual({ total: 1, items: [moved] });
        expect((await replayed.findings({ claimId: f.claimIds[0]! })).items.map((x) => x.id)).not.toContain(f.id);
      } finally {
        await replayed.close();
      }
    } finally {
      await store.close();
    }
    // The close's checkpoint wrote the keys again: right after the next open, the claim the finding
    // moved to finds it, from the keys (no findings index document read).
    const reopened = await heldOpen(folder);
    try {
      expect(await reopened.findings({ claimId: target })).toEqual({ total: 1, items: [moved] });
      expect(inside(reopened).pendingFindex.size).toBeGreaterThan(0);
      expect(inside(reopened).findingIndex.referencesReady).toBe(false);
    } finally {
      await reopened.close();
    }
  });

  it('a workspace written before findings keys (schemaVersion 4) answers the same, waiting for the index, and gets them at its next checkpoint; damaged keys are ignored', async () => {
    const folder = await build();
    const reference = await openWorkspaceStore(folder, { mode: 'write' });
    const queries = await queriesOf(reference);
    const expected = await ask(reference, queries);
    await reference.close();

    const manifest = await readManifest(folder);
    const keysFile = manifest.documents.fkeys!;
    delete manifest.documents.fkeys;
    manifest.schemaVersion = 4;
    await writeFile(join(folder, 'workspace.json'), JSON.stringify(manifest, null, 1));
    const older = await heldOpen(folder);
    try {
      expect(await ask(older, queries)).toEqual(expected);
      // The index answered: it read every findings index document.
      expect(inside(older).pendingFindex.size).toBe(0);
    } finally {
      await older.close();
    }
    const upgraded = await readManifest(folder);
    expect(upgraded.schemaVersion).toBe(FOLDER_SCHEMA_VERSION);
    expect(upgraded.documents.fkeys).toBeDefined();
    const store = await heldOpen(folder);
    try {
      expect(await ask(store, queries)).toEqual(expected);
      expect(inside(store).pendingFindex.size).toBeGreaterThan(0);
    } finally {
      await store.close();
    }

    // Damaged keys (not JSON): a lost shortcut, the index answers.
    await writeFile(join(folder, 'data', upgraded.documents.fkeys!), '{"v":1,');
    const damaged = await heldOpen(folder);
    try {
      expect(await ask(damaged, queries)).toEqual(expected);
      expect(inside(damaged).pendingFindex.size).toBe(0);
    } finally {
      await damaged.close();
    }
    void keysFile;
  });
});

describe('findings keys', () => {
  it('never leave out a chunk holding a key; say yes to few others', () => {
    const builder = new FindingKeysBuilder(100);
    const held = new Map<string, Set<number>>();
    for (let ord = 0; ord < 5000; ord++) {
      const keys = [`c_${(ord * 7919) % 3001}`, `c_${(ord * 104729) % 3001}`, `a_${ord % 97}`];
      builder.add(ord, keys);
      for (const k of keys) {
        if (!held.has(k)) held.set(k, new Set());
        held.get(k)!.add(Math.floor(ord / 100));
      }
    }
    const keys = FindingKeys.parse(JSON.parse(JSON.stringify(runStaged(builder.finish()))), 100);
    const chunks = Array.from({ length: 50 }, (_, i) => i);
    let extra = 0;
    let asked = 0;
    for (const [k, where] of held) {
      const found = keys.chunksOf([k], chunks);
      for (const n of where) expect(found).toContain(n);
      extra += found.length - where.size;
      asked += chunks.length - where.size;
    }
    expect(extra / asked).toBeLessThan(0.03);
    // A chunk without a filter may hold anything; another chunk size is refused.
    expect(keys.chunksOf(['c_none'], [77])).toEqual([77]);
    expect(() => FindingKeys.parse(JSON.parse(JSON.stringify(runStaged(builder.finish()))), 50)).toThrow();
  });
});
