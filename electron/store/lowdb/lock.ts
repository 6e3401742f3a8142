import { hostname } from 'node:os';
import { join } from 'node:path';
import { FILE_MODE, syncDir, type StoreFs } from './fsio';

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

/** A second writer: one sentence in each language, and which process holds the workspace. */
export class WorkspaceLockedError extends Error {
  constructor(readonly owner: LockOwner) {
    super(`This workspace is open in Crosscheck, process ${owner.pid}${owner.host !== hostname() ? ` on ${owner.host}` : ''} (since ${owner.startedAt}).`);
    this.name = 'WorkspaceLockedError';
  }

  get messages(): { vi: string; en: string } {
    const where = this.owner.host !== hostname() ? ` trên máy ${this.owner.host}` : '';
    return {
      vi: `Không gian làm việc này đang được mở trong Crosscheck, tiến trình ${this.owner.pid}${where} (từ ${this.owner.startedAt}).`,
      en: this.message,
    };
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const LOCK_FILE = 'lock';

/**
 * The writer lock of a workspace folder: `lock` holds {pid, host, startedAt}, created exclusively.
 * A lock left by a dead process on this host is taken over (reported back); a live one, or one from
 * another host, refuses with WorkspaceLockedError.
 */
export async function acquireLock(fs: StoreFs, folder: string): Promise<{ release: () => Promise<void>; takenOver: LockOwner | null }> {
  const path = join(folder, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  let takenOver: LockOwner | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await fs.open(path, 'wx', FILE_MODE);
      try {
        await handle.writeFile(JSON.stringify(me));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await syncDir(fs, folder);
      const release = async () => {
        const current = await readOwner(fs, path);
        if (current && current.pid === me.pid && current.startedAt === me.startedAt) await fs.unlink(path).catch(() => undefined);
      };
      return { release, takenOver };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = await readOwner(fs, path);
    if (owner === null) {
      // Half-written by a writer that died between create and write: stale.
      await fs.unlink(path).catch(() => undefined);
      continue;
    }
    if (owner.host === hostname() && owner.pid !== process.pid && !alive(owner.pid)) {
      takenOver = owner;
      await fs.unlink(path).catch(() => undefined);
      continue;
    }
    throw new WorkspaceLockedError(owner);
  }
  const owner = await readOwner(fs, path);
  throw new WorkspaceLockedError(owner ?? { pid: 0, host: hostname(), startedAt: '?' });
}

async function readOwner(fs: StoreFs, path: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, startedAt: String(parsed.startedAt ?? '?') };
  } catch {
    return null;
  }
}

/** Who holds the lock now, if anyone (for messages of read-only commands). */
export function lockOwner(fs: StoreFs, folder: string): Promise<LockOwner | null> {
  return readOwner(fs, join(folder, LOCK_FILE));
}

/**
 * Lets go of a lock this very process holds on the workspace at `given` (a folder, or the path a
 * migrated v1 file became): for the service host, whose worker thread died holding it — a dead
 * thread's lock names a live pid (ours), so it would never be seen as stale. Call it only when no
 * other thread of this process has the workspace open.
 */
export async function releaseLockOfThisProcess(fs: StoreFs, given: string): Promise<boolean> {
  let folder: string;
  try {
    folder = await fs.realpath(given);
  } catch {
    return false;
  }
  const path = join(folder, LOCK_FILE);
  const owner = await readOwner(fs, path);
  if (!owner || owner.pid !== process.pid || owner.host !== hostname()) return false;
  await fs.unlink(path).catch(() => undefined);
  return true;
}

/** Whether a running process holds the lock (a lock of another host is taken as held: it cannot be checked). */
export async function lockHeldByLiveWriter(fs: StoreFs, folder: string): Promise<boolean> {
  const owner = await lockOwner(fs, folder);
  if (!owner) return false;
  return owner.host !== hostname() || alive(owner.pid);
}
