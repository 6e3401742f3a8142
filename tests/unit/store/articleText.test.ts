import { cp } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { MemoryStore } from '../../../electron/store/memoryStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { WorkspaceStore } from '../../../electron/store/port';
import type { Article } from '../../../shared/schema';
import { tempDir } from '../helpers';
import { textArticle } from './helpers/articles';

// Texts a newsroom gives: Vietnamese NFC and NFD, an emoji (a surrogate pair), CRLF, a lone
// surrogate (UTF-8 cannot hold it), an empty text, and one of 300 kB.
const texts = [
  'Hà Nội, ngày 1/5: tỷ lệ hồ sơ được xử lý trực tuyến đạt hơn 23%.',
  'Thành phố Hồ Chí Minh'.normalize('NFD'),
  'Giá xăng tăng 🚗 3% so với tháng trước\r\nDòng hai',
  'Nửa cặp \uD800 còn lại và \uDC00 cuối',
  '',
  'Số liệu năm 2024: 1.234.567 người. '.repeat(9000),
];

const article = (i: number, text: string): Article => textArticle('text', i, text, i === 2 ? { url: 'https://example.vn/bai-2' } : {});

async function addArticles(store: WorkspaceStore, articles: Article[]): Promise<void> {
  await store.commit({ action: 'import', who: 'Lan', at: '2026-11-30T08:00:00.000Z', changes: articles.map((a) => ({ table: 'articles' as const, id: a.id, before: null, after: a })), audit: [] });
}

/** Every article's text and JSON (key order included) as the store gives it back. */
async function expectTexts(store: WorkspaceStore, articles: Article[]): Promise<void> {
  const all = await store.articles();
  expect(all.map((a) => JSON.stringify(a))).toEqual(articles.map((a) => JSON.stringify(a)));
  for (const a of articles) {
    expect((await store.articles([a.id]))[0]?.text).toBe(a.text);
    expect((await store.articleWithClaims(a.id))?.article.text).toBe(a.text);
  }
}

/** The real fs, except that the checkpoint's new manifest never lands (the process dies first). */
function dyingBeforeManifestFs(): StoreFs {
  return {
    ...nodeFs,
    rename: async (from, to) => {
      if (String(to).endsWith('/workspace.json')) throw Object.assign(new Error('killed'), { code: 'EIO' });
      return fsp.rename(from, to);
    },
  };
}

describe('article texts', () => {
  it('gives back every text exactly (same JSON)', async () => {
    const store = new MemoryStore();
    const articles = texts.map((t, i) => article(i, t));
    await addArticles(store, articles);
    await expectTexts(store, articles);
  });

  it('reads the same texts after a restart, with the content parsed on first use, and after a kill mid-checkpoint', async () => {
    const folder = join(await tempDir(), 'ws');
    const articles = texts.map((t, i) => article(i, t));
    let store = await openWorkspaceStore(folder, { mode: 'write' });
    await addArticles(store, articles);
    await store.close();
    for (const lazyContentAbove of [0, 1e9]) {
      store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove });
      await expectTexts(store, articles);
      await store.close();
    }

    // An edit of one text, then a checkpoint killed before its manifest lands: the folder as the
    // killed process leaves it (new documents written, the old manifest, the journal) opens with it.
    const edited = articles.map((a, i) => (i === 3 ? { ...a, text: `${a.text} — đã đính chính \uDBFF` } : i === 1 ? { ...a, text: 'Văn bản mới' } : a));
    const dying = (await openWorkspaceStore(folder, { mode: 'write', fs: dyingBeforeManifestFs(), checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as LowdbFolderStore;
    await dying.commit({
      action: 'reextract',
      who: 'Lan',
      at: '2026-11-30T08:01:00.000Z',
      changes: [1, 3].map((i) => ({ table: 'articles' as const, id: articles[i]!.id, before: articles[i]!, after: edited[i]! })),
      audit: [],
    });
    await expect(dying.checkpoint()).rejects.toThrow('killed');
    const killed = `${folder}-killed`;
    await cp(folder, killed, { recursive: true, filter: (src) => !src.endsWith('/lock') });
    store = await openWorkspaceStore(killed, { mode: 'write', lazyContentAbove: 0 });
    await expectTexts(store, edited);
    // Its own checkpoint, then a restart: still the same.
    await store.close();
    store = await openWorkspaceStore(killed, { mode: 'write' });
    await expectTexts(store, edited);
    await store.close();
  });

  it('a content bucket read on first use is parsed in one event-loop task and loaded in a later one', async () => {
    const folder = join(await tempDir(), 'ws');
    const articles = texts.map((t, i) => article(i, t));
    const writer = await openWorkspaceStore(folder, { mode: 'write' });
    await addArticles(writer, articles);
    await writer.close();
    // When a content document's bytes come back from the disk (then parsed in the microtasks that
    // follow), a callback queued for the next turn of the event loop notes whether it is loaded yet.
    const loadedAtNextTurn: boolean[] = [];
    let store: LowdbFolderStore | null = null;
    const fs: StoreFs = {
      ...nodeFs,
      readFile: (async (...args: Parameters<StoreFs['readFile']>) => {
        const bytes = await nodeFs.readFile(...args);
        const key = /\/data\/(content-\d+)\.\d+\.json$/.exec(String(args[0]))?.[1];
        if (key && store) {
          const lazy = (store as unknown as { lazyContent: Map<string, string> }).lazyContent;
          setImmediate(() => loadedAtNextTurn.push(!lazy.has(key)));
        }
        return bytes;
      }) as StoreFs['readFile'],
    };
    store = (await openWorkspaceStore(folder, { mode: 'write', fs, lazyContentAbove: 0, warmUp: false })) as LowdbFolderStore;
    // Every article: every bucket read whole (one article alone is read from its span instead).
    expect(await store.articles()).toEqual(articles);
    await new Promise((r) => setImmediate(r));
    // Not loaded when the event loop first turned after each read (true: parse and load in one task).
    expect(loadedAtNextTurn.length).toBeGreaterThan(0);
    expect(loadedAtNextTurn.every((loaded) => !loaded)).toBe(true);
    await store.close();
  });
});

