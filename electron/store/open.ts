import { randomBytes } from 'node:crypto';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Workspace } from '../../shared/schema';
import { loadSnapshot, MemoryStore } from './memoryStore';
import { FOLDER_SCHEMA_VERSION, LowdbFolderStore, MANIFEST_FILE, WorkspaceOpenError, newerError, type FolderStoreOptions } from './lowdb/folderStore';
import { DIR_MODE, exists, nodeFs, syncDir, type StoreFs } from './lowdb/fsio';
import type { StoreNotice, WorkspaceStore } from './port';

export { WorkspaceOpenError } from './lowdb/folderStore';
export { WorkspaceLockedError } from './lowdb/lock';

export interface OpenStoreOptions {
  /** 'write': takes the writer lock, migrates a v1 file, creates a missing workspace. 'read': changes nothing. */
  mode: 'write' | 'read';
  fs?: StoreFs;
  now?: () => Date;
  checkpointAfter?: FolderStoreOptions['checkpointAfter'];
  lazyContentAbove?: FolderStoreOptions['lazyContentAbove'];
  warmUp?: FolderStoreOptions['warmUp'];
  sliceMs?: FolderStoreOptions['sliceMs'];
  /**
   * A write open refuses an unreadable file (nothing moved) instead of moving it aside and starting a
   * new workspace: the CLI, whose `--workspace` may name any file by mistake, never starts over it.
   */
  keepUnreadable?: boolean;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** Where the original of a migrated v1 file is kept, beside the new folder. */
export function keptV1Path(path: string): string {
  const ext = extname(path) || '.json';
  return join(dirname(path), `${basename(path, extname(path))}.v1-original${ext}`);
}

type Probe =
  | { kind: 'missing' }
  | { kind: 'folder'; empty: boolean; workspace: boolean }
  | { kind: 'v1'; workspace: Workspace }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; detail: { vi: string; en: string } };

async function probe(fs: StoreFs, path: string): Promise<Probe> {
  let info;
  try {
    info = await fs.stat(path);
  } catch {
    return { kind: 'missing' };
  }
  if (info.isDirectory()) {
    const names = await fs.readdir(path);
    return { kind: 'folder', empty: names.filter((n) => n !== 'lock').length === 0, workspace: names.includes(MANIFEST_FILE) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(path, 'utf8'));
  } catch (e) {
    if (e instanceof SyntaxError) return { kind: 'unreadable', detail: { vi: 'không phải tệp JSON', en: 'not JSON' } };
    const code = String((e as NodeJS.ErrnoException).code ?? e);
    return { kind: 'unreadable', detail: { vi: code, en: code } };
  }
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > 1) return { kind: 'newer', version };
  if (version !== 1) return { kind: 'unreadable', detail: { vi: 'không phải không gian làm việc Crosscheck', en: 'not a Crosscheck workspace' } };
  const checked = Workspace.safeParse(parsed);
  if (!checked.success) return { kind: 'unreadable', detail: { vi: 'tệp schemaVersion 1 sai cấu trúc', en: 'a schemaVersion 1 file of the wrong shape' } };
  return { kind: 'v1', workspace: checked.data };
}

/** The reason is in both languages: a Vietnamese message said "(not JSON)" (QA59). */
function unreadableError(path: string, detail: { vi: string; en: string }): WorkspaceOpenError {
  return new WorkspaceOpenError('unreadable', {
    vi: `Không đọc được không gian làm việc ${path} (${detail.vi}). Không có tệp nào bị thay đổi.`,
    en: `The workspace ${path} cannot be read (${detail.en}). Nothing was changed.`,
  });
}

/** Resolves a symbolic link given as the workspace path (the notice says so); a dangling one is refused. */
async function resolvePath(fs: StoreFs, given: string, notices: StoreNotice[]): Promise<string> {
  const absolute = resolve(given);
  let isLink = false;
  try {
    isLink = (await fs.lstat(absolute)).isSymbolicLink();
  } catch {
    // Missing: resolve its folder only (the workspace will be created there).
    try {
      return join(await fs.realpath(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
  if (!isLink) {
    const real = await fs.realpath(absolute);
    return real;
  }
  try {
    const real = await fs.realpath(absolute);
    notices.push({ kind: 'symlink-resolved', from: absolute, to: real });
    return real;
  } catch {
    throw new WorkspaceOpenError('unreadable', {
      vi: `Đường dẫn ${absolute} là một liên kết tượng trưng trỏ tới nơi không tồn tại; hãy chọn đường dẫn thật của không gian làm việc.`,
      en: `${absolute} is a symbolic link to nothing; give the workspace's real path.`,
    });
  }
}

/**
 * Opens the workspace at the path a user gave (`--workspace`, CROSSCHECK_WORKSPACE, the app):
 *   - a workspace folder: opened (write: lock taken, journal replayed and repaired);
 *   - a schemaVersion 1 file: write → migrated to a folder at the same path, the original kept
 *     beside it (`<name>.v1-original.json`); read → read in memory, nothing changed;
 *   - nothing there: write → a new workspace folder is created; read → refused;
 *   - unreadable or newer: read → refused naming the problem (and the schema version), nothing
 *     changed; write → a newer one is refused, an unreadable one is moved aside (never overwritten)
 *     and a new one started, with a `recovered` notice (refused as on read with `keepUnreadable`).
 */
export async function openWorkspaceStore(given: string, options: OpenStoreOptions): Promise<WorkspaceStore> {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const notices: StoreNotice[] = [];
  const path = await resolvePath(fs, given, notices);
  const readOnly = options.mode === 'read';
  const folderOptions: FolderStoreOptions = {
    fs,
    readOnly,
    now,
    ...(options.checkpointAfter ? { checkpointAfter: options.checkpointAfter } : {}),
    ...(options.lazyContentAbove !== undefined ? { lazyContentAbove: options.lazyContentAbove } : {}),
    ...(options.warmUp !== undefined ? { warmUp: options.warmUp } : {}),
    ...(options.sliceMs !== undefined ? { sliceMs: options.sliceMs } : {}),
  };
  const finish = (store: WorkspaceStore): WorkspaceStore => {
    (store.notices as StoreNotice[]).unshift(...notices);
    return store;
  };
  let found = await probe(fs, path);

  if (found.kind === 'missing' && !readOnly && (await exists(fs, keptV1Path(path)))) {
    // A migration stopped between its two renames: the kept original is the source of truth.
    const again = await probe(fs, keptV1Path(path));
    if (again.kind === 'v1') return finish(await migrate(fs, path, again.workspace, folderOptions, now, true));
  }
  switch (found.kind) {
    case 'missing':
      if (readOnly) {
        throw new WorkspaceOpenError('missing', { vi: `Không có không gian làm việc tại ${path}.`, en: `There is no workspace at ${path}.` });
      }
      await fs.mkdir(dirname(path), { recursive: true, mode: DIR_MODE });
      await LowdbFolderStore.create(path, fs, undefined, now);
      await syncDir(fs, dirname(path));
      return finish(await LowdbFolderStore.open(path, folderOptions));
    case 'folder':
      if (found.workspace) return finish(await LowdbFolderStore.open(path, folderOptions));
      if (found.empty && !readOnly) {
        await LowdbFolderStore.create(path, fs, undefined, now);
        return finish(await LowdbFolderStore.open(path, folderOptions));
      }
      throw new WorkspaceOpenError('not-workspace', {
        vi: `Thư mục ${path} không phải là không gian làm việc Crosscheck (thiếu ${MANIFEST_FILE}). Không có tệp nào bị thay đổi.`,
        en: `The folder ${path} is not a Crosscheck workspace (no ${MANIFEST_FILE}). Nothing was changed.`,
      });
    case 'v1':
      if (readOnly) {
        const store = new MemoryStore(true);
        loadSnapshot(store, found.workspace);
        return finish(store);
      }
      return finish(await migrate(fs, path, found.workspace, folderOptions, now, false));
    case 'newer':
      throw newerError(path, found.version);
    case 'unreadable': {
      if (readOnly || options.keepUnreadable) throw unreadableError(path, found.detail);
      // Never overwrite what we cannot read: the editor's work may still be recoverable by hand.
      const ext = extname(path);
      const movedTo = join(dirname(path), `${basename(path, ext)}.unreadable-${stamp(now())}${ext || '.json'}`);
      await fs.rename(path, movedTo);
      await syncDir(fs, dirname(path));
      found = { kind: 'missing' };
      await LowdbFolderStore.create(path, fs, undefined, now);
      await syncDir(fs, dirname(path));
      notices.push({ kind: 'recovered', movedTo });
      return finish(await LowdbFolderStore.open(path, folderOptions));
    }
  }
}

async function migrate(fs: StoreFs, path: string, ws: Workspace, options: FolderStoreOptions, now: () => Date, resumed: boolean): Promise<WorkspaceStore> {
  const parent = dirname(path);
  // Leftovers of an interrupted migration.
  for (const name of await fs.readdir(parent)) {
    if (name.startsWith(`${basename(path)}.migrating-`)) await fs.rm(join(parent, name), { recursive: true, force: true });
  }
  const building = `${path}.migrating-${randomBytes(6).toString('hex')}`;
  await LowdbFolderStore.create(building, fs, (state) => loadSnapshot(state, ws), now);
  const kept = keptV1Path(path);
  if (!resumed) {
    const target = (await exists(fs, kept)) ? kept.replace(/(\.[^.]*)$/, `-${stamp(now())}$1`) : kept;
    await fs.rename(path, target);
    await syncDir(fs, parent);
    await fs.rename(building, path);
    await syncDir(fs, parent);
    const store = await LowdbFolderStore.open(path, options);
    (store.notices as StoreNotice[]).push({ kind: 'migrated', from: path, keptAt: target, schemaVersion: FOLDER_SCHEMA_VERSION });
    return store;
  }
  await fs.rename(building, path);
  await syncDir(fs, parent);
  const store = await LowdbFolderStore.open(path, options);
  (store.notices as StoreNotice[]).push({ kind: 'migrated', from: path, keptAt: kept, schemaVersion: FOLDER_SCHEMA_VERSION });
  return store;
}
