import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { LowdbFolderStore } from '../../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../../electron/store/open';
import type { Article } from '../../../../shared/schema';
import { tempDir } from '../../helpers';

const at = '2026-11-30T09:00:00.000Z';

/** The one article of these cases, with `text` as its version ('v1', 'v2', …). */
export const article = (text: string): Article => ({ id: 'a_race', title: 'Bài', outlet: null, author: null, publishedAt: '2026-05-01', source: 'race.txt', text, importedAt: at });

/** A commit that changes the article from version `from` (none: it is imported) to `to`. */
export const edit = (store: LowdbFolderStore, from: string | null, to: string) =>
  store.commit({
    action: from === null ? 'import' : 'reextract',
    who: 'Lan',
    at,
    changes: [{ table: 'articles', id: 'a_race', before: from === null ? null : article(from), after: article(to) }],
    audit: [],
  });

/** Opens a writer of `folder` on `fs` with no automatic checkpoint. */
export async function openStore(folder: string, fs: StoreFs = nodeFs): Promise<LowdbFolderStore> {
  return (await openWorkspaceStore(folder, { mode: 'write', fs, lazyContentAbove: 1e9, checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as LowdbFolderStore;
}

/** Three versions: v1 and v2 checkpointed, v3 in the journal. */
export async function threeVersions(store: LowdbFolderStore): Promise<void> {
  await edit(store, null, 'v1');
  await store.checkpoint();
  await edit(store, 'v1', 'v2');
  await store.checkpoint();
  await edit(store, 'v2', 'v3');
}

/**
 * What every backup of the (closed) workspace at `folder` holds: each is restored in a copy of the
 * folder and its articles' texts read.
 */
export async function backupContents(folder: string): Promise<Record<string, string[]>> {
  const s = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
  const list = await s.listBackups();
  await s.close();
  const seen: Record<string, string[]> = {};
  for (const bk of list) {
    const copy = join(await tempDir(), 'c');
    await fsp.cp(folder, copy, { recursive: true });
    const s2 = await openWorkspaceStore(copy, { mode: 'write', lazyContentAbove: 1e9 });
    await s2.restoreBackup(bk.id);
    seen[bk.id] = (await s2.articles()).map((x) => x.text);
    await s2.close();
  }
  return seen;
}

/**
 * The real fs; once armed, the documents cannot be read (EIO) after the `nth` manifest renamed into
 * place (the restore's own checkpoint renames the first, the restored manifest is the second).
 * `once`: a single read fails, the next ones work again.
 */
export function failingReload(options: { nth?: number; once?: boolean } = {}) {
  const state = { armed: false, manifests: 0, failing: false, failedReads: 0 };
  const fs: StoreFs = {
    ...nodeFs,
    rename: async (from, to) => {
      await fsp.rename(from, to);
      if (state.armed && String(to).endsWith('/workspace.json') && ++state.manifests === (options.nth ?? 2)) state.failing = true;
    },
    readFile: ((path: Parameters<typeof fsp.readFile>[0], opts?: Parameters<typeof fsp.readFile>[1]) => {
      if (state.failing && String(path).includes('/data/')) {
        if (options.once) state.failing = false;
        state.failedReads++;
        return Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      }
      return fsp.readFile(path, opts);
    }) as StoreFs['readFile'],
  };
  return { fs, state };
}

/**
 * Runs `then` once the store's next checkpoint is done (the restore's own checkpoint): a race armed there
 * starts in the window between it and the restore's turn in the commit queue.
 */
export function afterNextCheckpoint(store: LowdbFolderStore, then: () => void): void {
  const checkpoint = store.checkpoint.bind(store);
  const patched = store as unknown as { checkpoint: () => Promise<void> };
  patched.checkpoint = async () => {
    patched.checkpoint = checkpoint;
    await checkpoint();
    then();
  };
}
