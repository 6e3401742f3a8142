import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../../electron/store/open';
import { tempDir } from '../helpers';
import { articlesWithClaims } from './helpers/articles';
import { importRequest } from './helpers/slices';

// A content bucket parsed after a lazy open goes into memory in steps (an article with its claims a
// step, the event loop turning in between): what is read meanwhile is whole at every turn (the
// counts, the library, a claim's article), a read needing the bucket waits for all of it, and a
// bucket whose document is damaged loads nothing (neither does the read of one article of it).

async function build(count: number): Promise<{ folder: string; articles: number; claims: number }> {
  const folder = join(await tempDir(), 'ws');
  const store = await openWorkspaceStore(folder, { mode: 'write' });
  const { articles, claims } = articlesWithClaims('bk', count, 5);
  await store.commit(importRequest(articles, claims));
  await store.close();
  return { folder, articles: articles.length, claims: claims.length };
}

type Internals = {
  lazyContent: Map<string, string>;
  articleMap: Map<string, unknown>;
  claimMap: Map<string, unknown>;
  bucket(table: string, id: string): string;
  ensureBuckets(keys: string[]): Promise<void>;
};

describe('a content bucket parsed after a lazy open', () => {
  it('loads an article with its claims a step, every read between two steps answering whole', async () => {
    const ws = await build(1200);
    const store = await openWorkspaceStore(ws.folder, { mode: 'write', lazyContentAbove: 0, warmUp: false, sliceMs: 0 });
    const s = store as unknown as Internals;
    const lazyBefore = s.lazyContent.size;
    expect(lazyBefore).toBeGreaterThan(0);
    // Watch every turn while one article's bucket is parsed (as the background parse does; one
    // article alone is read from its span): counts and the library's rows.
    const seen: { articles: number; claims: number; rows: number; claimCounts: number; loaded: number }[] = [];
    let on = true;
    const watch = async () => {
      while (on) {
        const c = await store.counts();
        const rows = await store.articleSummaries();
        seen.push({ articles: c.articles, claims: c.claims, rows: rows.length, claimCounts: rows.reduce((n, r) => n + r.claimCount, 0), loaded: s.articleMap.size });
        await new Promise((r) => setImmediate(r));
      }
    };
    const watching = watch();
    await s.ensureBuckets([s.bucket('content', 'a_bk7')]);
    on = false;
    await watching;
    const one = await store.articleWithClaims('a_bk7');
    expect(one?.claims.map((c) => c.id)).toEqual(['c_bk7_0', 'c_bk7_1', 'c_bk7_2', 'c_bk7_3', 'c_bk7_4']);
    expect(s.lazyContent.size).toBe(lazyBefore - 1);
    const inBucket = s.articleMap.size;
    expect(inBucket).toBeGreaterThan(1);
    expect(s.claimMap.size).toBe(inBucket * 5);
    // It took several turns (a step an article), and every answer meanwhile counted everything once.
    const during = seen.filter((x) => x.loaded > 0 && x.loaded < inBucket);
    expect(during.length).toBeGreaterThan(0);
    for (const x of seen) expect(x).toMatchObject({ articles: ws.articles, claims: ws.claims, rows: ws.articles, claimCounts: ws.claims });
    await store.close();
  });

  it('closed half-way through a bucket: the read asked before settles, no timer is left running, nothing goes on loading, and a reopen has every record', async () => {
    const ws = await build(1200);
    // Timers and immediates running before the store opens (the test runner's own).
    const running = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate').length;
    const before = running();
    const store = await openWorkspaceStore(ws.folder, { mode: 'write', lazyContentAbove: 0, warmUp: false, sliceMs: 0 });
    const s = store as unknown as Internals;
    const read = store.articleWithClaims('a_bk7').then(
      (a) => ({ ok: true as const, claims: a?.claims.length }),
      (e: unknown) => ({ ok: false as const, error: String(e) }),
    );
    while (s.articleMap.size === 0) await new Promise((r) => setImmediate(r));
    await store.close();
    const loadedAtClose = s.articleMap.size;
    // The read asked before the close settles (here it answers, its bucket read again).
    expect(await read).toEqual({ ok: true, claims: 5 });
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 20));
    expect(running()).toBeLessThanOrEqual(before);
    // Nothing goes on loading into the closed store once the read settled.
    const after = s.articleMap.size;
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(s.articleMap.size).toBe(after);
    expect(loadedAtClose).toBeGreaterThan(0);
    const again = await openWorkspaceStore(ws.folder, { mode: 'write', lazyContentAbove: 1e9, warmUp: false });
    expect((await again.articles()).length).toBe(ws.articles);
    expect((await again.claims()).length).toBe(ws.claims);
    expect((await again.articleWithClaims('a_bk7'))?.claims.map((c) => c.id)).toEqual(['c_bk7_0', 'c_bk7_1', 'c_bk7_2', 'c_bk7_3', 'c_bk7_4']);
    await again.close();
  });

  // A record id (or an order number) of the wrong kind is as damaged as a field of the wrong shape:
  // it is found before any record goes in, with the same message the read gives today.
  const damaged: [string, (doc: ContentJson) => void, RegExp][] = [
    ['the last claim of the bucket has a field of the wrong shape', (doc) => { doc.claims[doc.claims.length - 1]!.start = 'x'; }, /claim record of the wrong shape/],
    ['the last article of the bucket has an id no workspace writes', (doc) => { doc.articles[doc.articles.length - 1]![1].id = 'bài sai'; }, /Invalid articles record id "bài sai"/],
    ['the last claim of the bucket has an id no workspace writes', (doc) => { doc.claims[doc.claims.length - 1]!.id = 'ý kiến 1'; }, /Invalid claims record id "ý kiến 1"/],
    ['the last article of the bucket has an order number written as text', (doc) => { const last = doc.articles[doc.articles.length - 1]!; last[0] = String(last[0]); }, /order/],
  ];
  for (const [what, damage, message] of damaged) {
    it(`whose document is damaged (${what}) loads none of its records, makes the read fail and rewrites nothing`, async () => {
      const ws = await build(600);
      const store = await openWorkspaceStore(ws.folder, { mode: 'write', lazyContentAbove: 0, warmUp: false, sliceMs: 0 });
      const s = store as unknown as Internals;
      // A bucket holding several articles (600 articles spread over the buckets of a new workspace).
      const perBucket = new Map<string, number>();
      const ids = Array.from({ length: ws.articles }, (_, i) => `a_bk${i}`);
      for (const x of ids) {
        const b = s.bucket('content', x);
        perBucket.set(b, (perBucket.get(b) ?? 0) + 1);
      }
      const key = s.bucket('content', ids.find((x) => (perBucket.get(s.bucket('content', x)) ?? 0) > 1) as string);
      const name = s.lazyContent.get(key) as string;
      const file = join(ws.folder, 'data', name);
      const doc = JSON.parse(await readFile(file, 'utf8')) as ContentJson;
      // A bucket of several articles, the damaged record last: a load that checked as it went would
      // have put every record ahead of it in memory. The article read is the last one (its record or
      // its claims damaged): read alone, it does not match its index, and its bucket is parsed.
      expect(doc.articles.length).toBeGreaterThan(1);
      const id = doc.articles[doc.articles.length - 1]![1].id as string;
      damage(doc);
      await writeFile(file, JSON.stringify(doc));
      const before = await contentFiles(ws.folder);
      const read = store.articleWithClaims(id);
      await expect(read).rejects.toThrow(/cannot be read/);
      await expect(read).rejects.toThrow(message);
      expect(s.articleMap.size).toBe(0);
      expect(s.claimMap.size).toBe(0);
      expect(s.lazyContent.get(key)).toBe(name);
      expect(await store.counts()).toMatchObject({ articles: ws.articles, claims: ws.claims });
      // Asked again, the same: nothing went in on the first try either.
      await expect(store.articleWithClaims(id)).rejects.toThrow(message);
      expect(s.articleMap.size).toBe(0);
      expect(s.claimMap.size).toBe(0);
      await store.close();
      expect(await contentFiles(ws.folder)).toEqual(before);
    });
  }
});

type ContentJson = { articles: [unknown, Record<string, unknown>][]; claims: Record<string, unknown>[] };

/** Every content document of the workspace, by name, as its bytes. */
async function contentFiles(folder: string): Promise<Record<string, string>> {
  const dir = join(folder, 'data');
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).filter((n) => n.startsWith('content-')).sort()) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}
