import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spansCoverDocument, type IndexEntry, type LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { WorkspaceStore } from '../../../electron/store/port';
import type { Article, Claim } from '../../../shared/schema';
import { tempDir } from '../helpers';
import { textArticle } from './helpers/articles';
import { importRequest } from './helpers/slices';

// After a lazy open, one article (an action's, an article opened) is read alone from its bucket's
// document: its index entry gives the bytes of its record and of its claims. The bucket stays
// unparsed; a checkpoint parses a bucket changed that way whole before writing it, and the bucket's
// parse leaves what was read alone (and changed since) as it is in memory.

const at = '2026-11-30T08:00:00.000Z';
const COUNT = 400;
/** Vietnamese text (two- and three-byte UTF-8 letters), a different length for each article. */
const textOf = (i: number) => `Tỉnh Bắc Giang đạt ${i}% hồ sơ trực tuyến; “chuyển đổi số” ${'đường ống '.repeat(i % 7)}năm 2023.`;

function content(): { articles: Article[]; claims: Claim[] } {
  const articles = Array.from({ length: COUNT }, (_, i) => textArticle('al', i, textOf(i)));
  const claims = articles.flatMap((a, i) =>
    Array.from({ length: i % 4 }, (_, k): Claim => {
      const start = a.text.indexOf(`${i}%`);
      return { id: `c_al${i}_${k}`, articleId: a.id, start, end: start + `${i}%`.length, quote: `${i}% hồ sơ`, kind: 'percent', value: i, unit: '%', subject: 'Bắc Giang', period: '2023' } as unknown as Claim;
    }),
  );
  return { articles, claims };
}

async function build(): Promise<string> {
  const folder = join(await tempDir(), 'ws');
  const store = await openWorkspaceStore(folder, { mode: 'write' });
  const { articles, claims } = content();
  await store.commit(importRequest(articles, claims));
  await store.close();
  return folder;
}

type Internals = {
  lazyContent: Map<string, string>;
  articleMap: Map<string, unknown>;
  bucket(table: string, id: string): string;
  ensureBuckets(keys: string[]): Promise<void>;
};
const inside = (store: WorkspaceStore) => store as unknown as Internals;

/** An fs that records which content documents are read whole (readFile) and which are opened (a span read). */
function watchedFs(): { fs: StoreFs; whole: string[]; opened: string[] } {
  const whole: string[] = [];
  const opened: string[] = [];
  const content = /\/data\/(content-\d+)\.\d+\.json$/;
  const fs: StoreFs = {
    ...nodeFs,
    readFile: ((...args: Parameters<StoreFs['readFile']>) => {
      const key = content.exec(String(args[0]))?.[1];
      if (key) whole.push(key);
      return nodeFs.readFile(...args);
    }) as StoreFs['readFile'],
    open: ((...args: Parameters<StoreFs['open']>) => {
      const key = content.exec(String(args[0]))?.[1];
      if (key) opened.push(key);
      return nodeFs.open(...args);
    }) as StoreFs['open'],
  };
  return { fs, whole, opened };
}

/** An article of a bucket that holds at least three (so a bucket's other articles are there to lose). */
function inCrowdedBucket(store: WorkspaceStore): { id: string; key: string; others: string[] } {
  const s = inside(store);
  const byBucket = new Map<string, string[]>();
  for (let i = 0; i < COUNT; i++) {
    const id = `a_al${i}`;
    const key = s.bucket('content', id);
    byBucket.set(key, [...(byBucket.get(key) ?? []), id]);
  }
  // An article with claims (i % 4 > 0) first in a bucket of three or more.
  for (const [key, ids] of byBucket) {
    const id = ids.find((x) => Number(x.slice('a_al'.length)) % 4 === 3);
    if (ids.length >= 3 && id) return { id, key, others: ids.filter((x) => x !== id) };
  }
  throw new Error('no crowded bucket');
}

/** The documents the manifest names (key → file name). */
async function documentsOf(folder: string): Promise<Record<string, string>> {
  return (JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as { documents: Record<string, string> }).documents;
}

/** Each content document the manifest names: its bytes and its index's entries. */
async function contentWithIndexes(folder: string): Promise<{ key: string; bytes: Buffer; entries: IndexEntry[] }[]> {
  const documents = await documentsOf(folder);
  const out: { key: string; bytes: Buffer; entries: IndexEntry[] }[] = [];
  for (const [key, name] of Object.entries(documents)) {
    if (!key.startsWith('content-')) continue;
    const index = documents[`index-${key.slice('content-'.length)}`]!;
    const entries = (JSON.parse(await readFile(join(folder, 'data', index), 'utf8')) as { articles: IndexEntry[] }).articles;
    out.push({ key, bytes: await readFile(join(folder, 'data', name)), entries });
  }
  return out;
}

async function everything(store: WorkspaceStore) {
  const articles = await store.articles();
  const claims = await store.claims();
  return { articles, claims: [...claims].sort((a, b) => a.id.localeCompare(b.id)) };
}

describe('one article read alone from its bucket', () => {
  it('answers as a full load does, reading only its span; the bucket stays unparsed', async () => {
    const folder = await build();
    const eager = await openWorkspaceStore(folder, { mode: 'read', lazyContentAbove: 1e9 });
    const { id } = inCrowdedBucket(eager);
    const expected = await eager.articleWithClaims(id);
    await eager.close();
    expect(expected?.claims.length).toBe(3);

    const { fs, whole, opened } = watchedFs();
    const store = await openWorkspaceStore(folder, { mode: 'write', fs, lazyContentAbove: 0, warmUp: false });
    try {
      const s = inside(store);
      const lazy = s.lazyContent.size;
      expect(await store.articleWithClaims(id)).toEqual(expected);
      expect(whole).toEqual([]);
      expect(opened).toEqual([s.bucket('content', id)]);
      expect(s.lazyContent.size).toBe(lazy);
      expect(s.articleMap.size).toBe(1);
      // The library and the counts still count every article once.
      expect((await store.counts()).articles).toBe(COUNT);
      expect((await store.articleSummaries()).length).toBe(COUNT);
    } finally {
      await store.close();
    }
  });

  it('a change to it is written with every other article of its bucket, at the checkpoint and after a crash', async () => {
    for (const crash of [false, true]) {
      const folder = await build();
      const reference = await openWorkspaceStore(folder, { mode: 'read', lazyContentAbove: 1e9 });
      const before = await everything(reference);
      const { id, key, others } = inCrowdedBucket(reference);
      await reference.close();

      const store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false });
      const one = (await store.articleWithClaims(id))!;
      const [corrected, removed] = one.claims;
      await store.commit({
        action: 'test.change',
        who: 'Lan',
        at,
        changes: [
          { table: 'claims', id: corrected!.id, before: corrected!, after: { ...corrected!, value: 99, quote: '99% hồ sơ' } as Claim },
          { table: 'claims', id: removed!.id, before: removed!, after: null },
          { table: 'articles', id, before: one.article, after: { ...one.article, title: 'Đã sửa tiêu đề' } },
        ],
        audit: [],
      });
      // Read alone: the bucket was not parsed for the commit.
      expect(inside(store).lazyContent.has(key)).toBe(true);
      if (crash) {
        // Dead as after a crash: the journal holds the commit, no checkpoint ran; the reopen replays it.
        (store as unknown as { closed: boolean }).closed = true;
        await (store as unknown as { releaseLock: () => Promise<void> }).releaseLock();
        const replayed = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false });
        expect((replayed as LowdbFolderStore).replayed.commits).toBe(1);
        await replayed.close();
      } else {
        await store.close();
      }
      // Checkpointed: every article of the bucket is in its new document, the changed one as changed.
      const after = await openWorkspaceStore(folder, { mode: 'read', lazyContentAbove: 1e9 });
      const now = await everything(after);
      await after.close();
      const expected = {
        articles: before.articles.map((a) => (a.id === id ? { ...a, title: 'Đã sửa tiêu đề' } : a)),
        claims: before.claims.filter((c) => c.id !== removed!.id).map((c) => (c.id === corrected!.id ? ({ ...c, value: 99, quote: '99% hồ sơ' } as Claim) : c)),
      };
      expect(now, crash ? 'after a crash' : 'after a close').toEqual(expected);
      expect(now.articles.filter((a) => others.includes(a.id)).length).toBe(others.length);
    }
  });

  it("its bucket's parse later leaves it as changed (and removed) in memory, and loads the others", async () => {
    const folder = await build();
    const store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false });
    try {
      const s = inside(store);
      const { id, key, others } = inCrowdedBucket(store);
      const one = (await store.articleWithClaims(id))!;
      const [corrected] = one.claims;
      await store.commit({
        action: 'test.correct',
        who: 'Lan',
        at,
        changes: [{ table: 'claims', id: corrected!.id, before: corrected!, after: { ...corrected!, value: 77 } as Claim }],
        audit: [],
      });
      // Another article of the bucket read alone, then removed with its claims.
      const gone = (await store.articleWithClaims(others[0]!))!;
      await store.commit({
        action: 'test.remove',
        who: 'Lan',
        at,
        changes: [
          { table: 'articles', id: gone.article.id, before: gone.article, after: null },
          ...gone.claims.map((c) => ({ table: 'claims' as const, id: c.id, before: c, after: null })),
        ],
        audit: [],
      });
      expect(s.lazyContent.has(key)).toBe(true);
      await s.ensureBuckets([key]);
      expect(s.lazyContent.has(key)).toBe(false);
      expect((await store.claims([corrected!.id]))[0]).toMatchObject({ value: 77 });
      expect(await store.articleWithClaims(gone.article.id)).toBeNull();
      expect(await store.claims(gone.claims.map((c) => c.id))).toEqual([]);
      for (const other of others.slice(1)) expect((await store.articleWithClaims(other))?.article.id).toBe(other);
      expect((await store.counts()).articles).toBe(COUNT - 1);
    } finally {
      await store.close();
    }
  });

  it('a document that no longer matches its index (rewritten by hand, indented) is parsed whole instead', async () => {
    const folder = await build();
    const eager = await openWorkspaceStore(folder, { mode: 'read', lazyContentAbove: 1e9 });
    const { id, key } = inCrowdedBucket(eager);
    const expected = await eager.articleWithClaims(id);
    await eager.close();
    const file = join(folder, 'data', (await documentsOf(folder))[key]!);
    await writeFile(file, JSON.stringify(JSON.parse(await readFile(file, 'utf8')), null, 1));

    const { fs, whole } = watchedFs();
    const store = await openWorkspaceStore(folder, { mode: 'write', fs, lazyContentAbove: 0, warmUp: false });
    try {
      expect(await store.articleWithClaims(id)).toEqual(expected);
      expect(whole).toEqual([key]);
      expect(inside(store).lazyContent.has(key)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('a workspace written before spans reads its buckets whole, and gets spans a few buckets a checkpoint once they are parsed', async () => {
    const folder = await build();
    const reference = await openWorkspaceStore(folder, { mode: 'read', lazyContentAbove: 1e9 });
    const before = await everything(reference);
    await reference.close();
    const indexes = async () => {
      const out: [string, unknown[][]][] = [];
      for (const [key, name] of Object.entries(await documentsOf(folder))) {
        if (key.startsWith('index-')) out.push([join(folder, 'data', name), (JSON.parse(await readFile(join(folder, 'data', name), 'utf8')) as { articles: unknown[][] }).articles]);
      }
      return out;
    };
    // As an earlier version wrote them: index entries of seven members.
    const all = await indexes();
    for (const [file, entries] of all) await writeFile(file, JSON.stringify({ articles: entries.map((e) => e.slice(0, 7)) }));
    const spanned = async () => (await indexes()).filter(([, entries]) => entries.every((e) => e.length === 8)).length;
    expect(await spanned()).toBe(0);

    const { fs, whole } = watchedFs();
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs, lazyContentAbove: 0, warmUp: false })) as LowdbFolderStore;
    try {
      const { id, key } = inCrowdedBucket(store);
      await store.articleWithClaims(id);
      expect(whole).toEqual([key]);
      // Parsed (as the background parse does after an open), then checkpointed after each commit.
      await store.loadEverything();
      const counts: number[] = [];
      for (let round = 0; round < 40 && (counts.at(-1) ?? 0) < all.length; round++) {
        await store.commit({ action: 'test.touch', who: 'Lan', at, changes: [], audit: [] });
        await store.checkpoint();
        counts.push(await spanned());
      }
      expect(counts.at(-1)).toBe(all.length);
      // A few a checkpoint: never more than 32 more.
      expect(counts.length).toBeGreaterThan(2);
      counts.forEach((n, i) => expect(n - (counts[i - 1] ?? 0)).toBeLessThanOrEqual(32));
    } finally {
      await store.close();
    }
    const after = await openWorkspaceStore(folder, { mode: 'read', lazyContentAbove: 1e9 });
    expect(await everything(after)).toEqual(before);
    await after.close();
  });

  it('each index entry gives the bytes of its article and of its claims in the content document', async () => {
    const folder = await build();
    let checked = 0;
    for (const { bytes, entries } of await contentWithIndexes(folder)) {
      for (const [ord, id, , , , , claimIds, span] of entries) {
        const [a, aLen, c, cLen] = span!;
        const record = JSON.parse(bytes.subarray(a, a + aLen).toString('utf8')) as [number, Article];
        expect(record[0]).toBe(ord);
        expect(record[1].id).toBe(id);
        const claims = JSON.parse(`[${bytes.subarray(c, c + cLen).toString('utf8')}]`) as Claim[];
        expect(claims.map((x) => x.id)).toEqual(claimIds);
        checked++;
      }
    }
    expect(checked).toBe(COUNT);
  });

  it("a bucket's background parse goes by the spans only when they tile its document exactly", async () => {
    const folder = await build();
    let checked = 0;
    for (const { bytes, entries } of await contentWithIndexes(folder)) {
      expect(spansCoverDocument(bytes, entries)).toBe(true);
      // Anything else in the document, or an entry left out, or spans of another document: not tiled.
      const text = bytes.toString('utf8');
      expect(spansCoverDocument(Buffer.from(` ${text}`), entries)).toBe(false);
      expect(spansCoverDocument(Buffer.from(`${text}\n`), entries)).toBe(false);
      expect(spansCoverDocument(Buffer.from(text.replace('],"claims":[', '], "claims":[')), entries)).toBe(false);
      expect(spansCoverDocument(bytes, entries.slice(1))).toBe(false);
      expect(spansCoverDocument(bytes, entries.map((e) => e.slice(0, 7) as IndexEntry))).toBe(false);
      if (entries.length > 1) {
        expect(spansCoverDocument(bytes, [entries[1]!, entries[0]!, ...entries.slice(2)])).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
