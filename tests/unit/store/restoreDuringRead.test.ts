import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { Article, Finding } from '../../../shared/schema';
import { tempDir } from '../helpers';

const at = '2026-11-30T09:00:00.000Z';
const article = (text: string): Article => ({
  id: 'a_restore',
  title: 'Bài khôi phục',
  outlet: null,
  author: null,
  publishedAt: '2026-05-01',
  source: 'restore.txt',
  text,
  importedAt: at,
});
const finding = (explanation: string): Finding => ({
  id: 'f_restore',
  type: 'conflict',
  claimIds: ['c_x1', 'c_x2'],
  explanation,
  status: 'open',
  resolution: null,
  rule: 'cross-source',
});

/**
 * A workspace whose backup of seq 1 holds the texts of `before` and whose current state holds
 * `after`; opened lazily (content buckets and findings chunks read on first use) with an fs that
 * holds back the first read of a `gated` document once armed, until released.
 */
async function workspace(gated: RegExp) {
  const folder = join(await tempDir(), 'ws');
  const writer = (await openWorkspaceStore(folder, { mode: 'write' })) as LowdbFolderStore;
  await writer.commit({
    action: 'import',
    who: 'Lan',
    at,
    changes: [
      { table: 'articles', id: 'a_restore', before: null, after: article('Trước: 23% hồ sơ.') },
      { table: 'findings', id: 'f_restore', before: null, after: finding('Trước khôi phục') },
    ],
    audit: [],
  });
  await writer.checkpoint();
  await writer.commit({
    action: 'reextract',
    who: 'Lan',
    at,
    changes: [
      { table: 'articles', id: 'a_restore', before: article('Trước: 23% hồ sơ.'), after: article('Sau: 42% hồ sơ.') },
      { table: 'findings', id: 'f_restore', before: finding('Trước khôi phục'), after: finding('Sau khi sửa') },
    ],
    audit: [],
  });
  await writer.close();

  const gate = { armed: false, held: null as string | null, reached: null as null | (() => void), release: null as null | (() => void) };
  const reached = new Promise<void>((r) => (gate.reached = r));
  const released = new Promise<void>((r) => (gate.release = r));
  // The first gated file read (whole) or opened (one article read alone by its span) is held back
  // once its bytes came or it is open.
  const holding =
    <A extends [unknown, ...unknown[]], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const path = String(args[0]);
      if (gate.armed && gate.held === null && gated.test(path)) gate.held = path;
      const result = await call(...args);
      if (path === gate.held) {
        gate.reached?.();
        await released;
      }
      return result;
    };
  const fs: StoreFs = {
    ...nodeFs,
    readFile: holding(nodeFs.readFile as (...args: Parameters<StoreFs['readFile']>) => Promise<Buffer | string>) as StoreFs['readFile'],
    open: holding(nodeFs.open) as StoreFs['open'],
  };
  const store = (await openWorkspaceStore(folder, { mode: 'write', fs, lazyContentAbove: 0, warmUp: false })) as LowdbFolderStore;
  const backup = (await store.listBackups()).find((b) => b.seq === 1);
  if (!backup) throw new Error('no backup of seq 1');
  gate.armed = true;
  return { store, backup, reached, release: () => gate.release?.() };
}

/**
 * Starts `read` on a workspace (see workspace) whose `gated` document read is held back; once it is,
 * restores the backup of seq 1, runs `meanwhile` (the read still held back), lets the read go and
 * hands its answer (not awaited) to `check`. The store is closed after.
 */
async function restoreDuringRead<T>(
  gated: RegExp,
  read: (store: LowdbFolderStore) => Promise<T>,
  check: (held: Promise<T>, store: LowdbFolderStore) => Promise<void>,
  meanwhile?: (store: LowdbFolderStore) => void,
): Promise<void> {
  const { store, backup, reached, release } = await workspace(gated);
  try {
    const held = read(store);
    await reached;
    await store.restoreBackup(backup.id);
    meanwhile?.(store);
    release();
    await check(held, store);
  } finally {
    release();
    await store.close();
  }
}

const contentBucket = /\/data\/content-\d+\.\d+\.json$/;
const findingsChunk = /\/data\/fchunk-\d+\.\d+\.json$/;

describe('a backup restored while a document is read in the background', () => {
  // Read alone (one article: its span in the bucket's document, held back once the file is open)
  // or with its bucket (every article: the whole document, held back after its bytes came).
  for (const [how, readIt] of [
    ['read alone', (store: LowdbFolderStore) => store.articles(['a_restore'])],
    ['read with its bucket', (store: LowdbFolderStore) => store.articles()],
  ] as const) {
    it(`never loads the content ${how} before the restore into the restored workspace`, async () => {
      // The article is read (held back), the backup restored meanwhile; a read after the restore,
      // while the one before it is still held back, reads the restored bucket.
      let fresh: Promise<Article[]> | null = null;
      await restoreDuringRead(
        contentBucket,
        readIt,
        async (stale, store) => {
          await stale;
          expect((await fresh!)[0]?.text).toBe('Trước: 23% hồ sơ.');
          expect((await store.articles(['a_restore']))[0]?.text).toBe('Trước: 23% hồ sơ.');
          expect((await store.articleWithClaims('a_restore'))?.article.text).toBe('Trước: 23% hồ sơ.');
        },
        (store) => {
          fresh = store.articles(['a_restore']);
        },
      );
    });
  }

  it('never loads the findings chunk read before the restore into the restored workspace', async () => {
    await restoreDuringRead(
      findingsChunk,
      (store) => store.getFindings(['f_restore']),
      async (stale, store) => {
        await stale;
        expect((await store.getFindings(['f_restore']))[0]?.explanation).toBe('Trước khôi phục');
      },
    );
  });
});

describe('a read under way while a backup is restored (the read gate)', () => {
  // A restore puts seq back and moves neither applyEpoch nor applying: the gate compares the
  // generation too, so the read runs again and answers the restored state, whole. (Review BUG 2.)
  it('a findings read held in its chunk read answers the restored finding, not none', async () => {
    await restoreDuringRead(
      findingsChunk,
      (store) => store.getFindings(['f_restore']),
      async (held) => expect((await held).map((f) => f.explanation)).toEqual(['Trước khôi phục']),
    );
  });

  it('an article read held in its read (alone) answers the restored article, not none', async () => {
    await restoreDuringRead(
      contentBucket,
      (store) => store.articles(['a_restore']),
      async (held) => expect((await held).map((a) => a.text)).toEqual(['Trước: 23% hồ sơ.']),
    );
  });

  it('an article read held in its bucket read answers the restored article, not none', async () => {
    await restoreDuringRead(
      contentBucket,
      (store) => store.articles(),
      async (held) => expect((await held).map((a) => a.text)).toEqual(['Trước: 23% hồ sơ.']),
    );
  });
});
