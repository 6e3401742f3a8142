import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { stringifyPieces } from './jsonStaged';

/**
 * The file operations the lowdb folder store uses. Injectable so tests can wrap them: a full disk
 * (ENOSPC), or observing which fsyncs happen before an action is acknowledged.
 */
export interface StoreFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  link: typeof fsp.link;
  unlink: typeof fsp.unlink;
  readFile: typeof fsp.readFile;
  readdir: typeof fsp.readdir;
  mkdir: typeof fsp.mkdir;
  lstat: typeof fsp.lstat;
  stat: typeof fsp.stat;
  realpath: typeof fsp.realpath;
  rm: typeof fsp.rm;
  copyFile: typeof fsp.copyFile;
}

export const nodeFs: StoreFs = {
  open: fsp.open,
  rename: fsp.rename,
  link: fsp.link,
  unlink: fsp.unlink,
  readFile: fsp.readFile,
  readdir: fsp.readdir,
  mkdir: fsp.mkdir,
  lstat: fsp.lstat,
  stat: fsp.stat,
  realpath: fsp.realpath,
  rm: fsp.rm,
  copyFile: fsp.copyFile,
};

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;
/** Temp files: `.tmp-<random>-<name>`; anything matching is a leftover of a crash. */
export const TEMP_PREFIX = '.tmp-';

/** fsync a folder so a file created, renamed or removed in it survives a power loss. */
export async function syncDir(fs: StoreFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Bytes gathered from the pieces of a document before one write (the event loop is free during each). */
const WRITE_BUFFER_BYTES = 512 * 1024;
/** Write buffers not in use, reused from one document to the next (a checkpoint writes hundreds). */
const spareBuffers: Buffer[] = [];

/**
 * Writes string pieces one after another at the handle's position, as UTF-8 (the bytes of
 * Buffer.from(pieces.join(''))): gathered in a reused buffer and written when the next piece may not
 * fit, so neither a string nor a buffer of the whole document is ever made (a piece too big for the
 * buffer is written on its own).
 */
async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  const buf = spareBuffers.pop() ?? Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  const flush = async () => {
    for (let off = 0; off < used; ) off += (await handle.write(buf, off, used - off)).bytesWritten;
    used = 0;
  };
  try {
    for (const piece of pieces) {
      // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
      if (used + piece.length * 3 > buf.length) await flush();
      if (piece.length * 3 > buf.length) await handle.writeFile(piece);
      else used += buf.write(piece, used, 'utf8');
    }
    await flush();
  } finally {
    if (spareBuffers.length < 2) spareBuffers.push(buf);
  }
}

/**
 * Writes a whole file durably: a temp file with a random name opened exclusively ('wx': never
 * follows or reuses a planted file or symlink), written, fsynced, renamed over the target, and the
 * folder fsynced. Mode 0600. `data` may come in pieces (strings written one after another, the
 * event loop free while each is written: a document of megabytes is never one string or buffer);
 * the target is replaced only once every piece is written and synced, as with one piece.
 */
export async function writeFileDurably(fs: StoreFs, path: string, data: string | Uint8Array | Iterable<string>, options: { syncFolder?: boolean } = {}): Promise<void> {
  const tmp = join(dirname(path), `${TEMP_PREFIX}${randomBytes(8).toString('hex')}-${basename(path)}`);
  const handle = await fs.open(tmp, 'wx', FILE_MODE);
  try {
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else await writePieces(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  if (options.syncFolder !== false) await syncDir(fs, dirname(path));
}

/**
 * A lowdb adapter for one workspace document: read parses the file (null when absent), write goes
 * through writeFileDurably (no fsync of the folder: a checkpoint syncs each folder once).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  /** `parse`: how the file's bytes become the document (default JSON.parse; the store parses big ones in slices). */
  constructor(
    private readonly fs: StoreFs,
    readonly path: string,
    private readonly parse?: (bytes: Buffer) => Promise<unknown>,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return (this.parse ? await this.parse(bytes) : JSON.parse(bytes.toString('utf8'))) as T;
  }

  write(data: T): Promise<void> {
    // In pieces: the same bytes as JSON.stringify(data), never one string of the whole document.
    return writeFileDurably(this.fs, this.path, stringifyPieces(data), { syncFolder: false });
  }
}

export async function exists(fs: StoreFs, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
