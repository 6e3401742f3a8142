import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FILE_MODE, TEMP_PREFIX, syncDir, type StoreFs } from './fsio';

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** The machine's id (Linux /etc/machine-id): two computers may share a host name. */
  machine?: string | undefined;
  /** The system's boot id when the lock was written (Linux), to tell a lock from before a restart. */
  boot?: string | undefined;
  /** The writer's pid namespace (Linux "pid:[…]"): a pid means something only within one. */
  pidNs?: string | undefined;
  /** When the writing process started, in clock ticks after that boot (Linux), to tell a reused pid. */
  pidStart?: number | undefined;
}

/**
 * A second writer: which process holds the workspace, and what the editor can do about it — close the
 * app there, or, when that process is gone where this one cannot see it (another computer, a container,
 * a system restarted under another pid namespace), delete the lock file named.
 */
export class WorkspaceLockedError extends Error {
  constructor(
    readonly owner: LockOwner,
    readonly lockPath?: string,
    /** Whether its writer is seen running on this machine, in this pid namespace (see `runsHere`). */
    readonly runningHere = false,
  ) {
    super(lockedSentences(owner, lockPath, runningHere).en);
    this.name = 'WorkspaceLockedError';
  }

  get messages(): { vi: string; en: string } {
    return lockedSentences(this.owner, this.lockPath, this.runningHere);
  }
}

/**
 * Who holds the lock, and what to do. Deleting the lock file is advised unless its writer is seen running
 * here: a lock of another computer (even one with this host name), of a container or another pid
 * namespace, or whose owner record never appeared is never taken over, and only the editor can tell
 * that its writer is gone. A writer of this machine that is gone is taken over without asking.
 */
function lockedSentences(owner: LockOwner, lockPath: string | undefined, runningHere: boolean): { vi: string; en: string } {
  const elsewhere = owner.host !== hostname();
  const unknown = owner.pid === 0;
  // Read from a file another computer wrote (a shared folder): one short line each, never text that could
  // pass for this sentence's own advice.
  const line = (text: string): string => text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ').slice(0, 100);
  const host = line(owner.host);
  const since = line(owner.startedAt);
  const held = unknown
    ? { vi: 'Không gian làm việc này đang được một tiến trình Crosscheck khác mở.', en: 'This workspace is being opened by another Crosscheck process.' }
    : {
        vi: `Không gian làm việc này đang được mở trong Crosscheck, tiến trình ${owner.pid}${elsewhere ? ` trên máy ${host}` : ''} (từ ${since}).`,
        en: `This workspace is open in Crosscheck, process ${owner.pid}${elsewhere ? ` on ${host}` : ''} (since ${since}).`,
      };
  const free =
    lockPath && !runningHere
      ? {
          vi: ` Hãy đóng Crosscheck ở đó (hoặc chờ lệnh đang chạy xong) rồi thử lại; nếu tiến trình đó không còn chạy, hãy xóa tệp khóa ${lockPath}.`,
          en: ` Close it there (or let its command finish) and try again; if that process no longer runs, delete the lock file ${lockPath}.`,
        }
      : { vi: ' Hãy đóng Crosscheck ở đó (hoặc chờ lệnh đang chạy xong) rồi thử lại.', en: ' Close it there (or let its command finish) and try again.' };
  return { vi: held.vi + free.vi, en: held.en + free.en };
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

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** When a process started, in clock ticks after boot (`/proc/<pid>/stat` field 22), where Linux says it. */
function startTick(statPath: string): number | undefined {
  const stat = readText(statPath);
  if (stat === undefined) return undefined;
  // The command name (field 2) may hold spaces and parentheses: count the fields after its closing one.
  const tick = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  return Number.isSafeInteger(tick) ? tick : undefined;
}

const BOOT_ID = '/proc/sys/kernel/random/boot_id';

function machineId(): string | undefined {
  return readText('/etc/machine-id') ?? readText('/var/lib/dbus/machine-id');
}

function pidNamespace(): string | undefined {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined;
  }
}

/**
 * What tells this machine, its current boot, this process's pid namespace and the start of the process
 * whose `/proc/<pid>/stat` is given apart (Linux; each read on its own, undefined where it cannot be
 * read). All clock free: setting the clock forward or back after a lock was written changes none.
 */
function identityOf(statPath: string): Pick<LockOwner, 'machine' | 'boot' | 'pidNs' | 'pidStart'> {
  return { machine: machineId(), boot: readText(BOOT_ID), pidNs: pidNamespace(), pidStart: startTick(statPath) };
}

/** What this process sees now of the machine, its boot, its pid namespace and the process under a pid. */
export type SeenNow = { alive: boolean } & Pick<LockOwner, 'machine' | 'boot' | 'pidNs' | 'pidStart'>;

/**
 * Whether the writer a lock names (same host name, not this process) is gone. A lock of another machine
 * (its machine id differs: two computers with one host name sharing a folder) is never judged: held.
 * Otherwise gone when its pid runs nothing (as before), or — where both sides recorded them — when it was
 * written during an earlier boot of this machine (a crash or power cut, then a restart), or when the
 * process under that pid in the same pid namespace started at another tick (the pid was reused by
 * another program). Without the last two, a workspace stayed "open in process N" for good once N was
 * reused. A lock of another pid namespace on this machine's current boot (a container, another WSL
 * distribution) is held: its pid means nothing here. A lock without that record (another platform, an
 * older Crosscheck) is judged by the pid alone, as before.
 */
export function writerGone(owner: LockOwner, now: SeenNow): boolean {
  const known = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined;
  if (known(owner.machine, now.machine) && owner.machine !== now.machine) return false;
  const sameMachine = known(owner.machine, now.machine);
  if (sameMachine && known(owner.boot, now.boot) && owner.boot !== now.boot) return true;
  const sameBoot = sameMachine && known(owner.boot, now.boot);
  // Another pid namespace on this very boot (a container, another WSL distribution): its pids are not
  // ours to look at. Where the machine or boot is unknown, the pid alone decides, as before.
  if (sameBoot && known(owner.pidNs, now.pidNs) && owner.pidNs !== now.pidNs) return false;
  if (!now.alive) return true;
  if (!sameBoot || owner.pidNs === undefined || owner.pidNs !== now.pidNs) return false;
  return owner.pidStart !== undefined && now.pidStart !== undefined && owner.pidStart !== now.pidStart;
}

/** Whether the writer a lock names runs on this machine, in this pid namespace, now (where that can be told). */
function runsHere(owner: LockOwner): boolean {
  if (owner.host !== hostname() || owner.pid === 0) return false;
  const here = identityOf('/proc/self/stat');
  if (owner.machine !== undefined && here.machine !== undefined && owner.machine !== here.machine) return false;
  if (owner.pidNs !== undefined && here.pidNs !== undefined && owner.pidNs !== here.pidNs) return false;
  return alive(owner.pid);
}

function holderGone(owner: LockOwner): boolean {
  return writerGone(owner, { alive: alive(owner.pid), ...identityOf(`/proc/${owner.pid}/stat`) });
}

export const LOCK_FILE = 'lock';

/** A lock with no owner record yet is being written (by an older Crosscheck that creates, then writes): held while this young. */
const UNREADABLE_LOCK_STALE_MS = 10_000;
/** How long a starter waits for such a lock's owner record before it says the workspace is in use. */
const UNREADABLE_LOCK_WAIT_MS = 2_000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The writer lock of a workspace folder: `lock` holds {pid, host, startedAt}. The record is written
 * whole to a temp file and hard-linked into place, so the lock never exists half-written and the link
 * fails if any lock exists (exclusive, as an O_EXCL create; a file system without hard links — FAT, some
 * network shares — creates the lock exclusively and writes it). A lock left by a writer gone from this
 * host (its pid runs nothing; on Linux also a lock of an earlier boot or a reused pid — see `writerGone`)
 * is taken over (reported back) by moving it aside and checking that what moved is that dead process's
 * lock, so two starters that both saw it dead cannot both win; a live one, or one from another
 * host, refuses with WorkspaceLockedError. A lock with no owner record is held while it is young (its
 * writer may be between create and write) and taken over once it is old.
 */
export async function acquireLock(fs: StoreFs, folder: string): Promise<{ release: () => Promise<void>; takenOver: LockOwner | null }> {
  const path = join(folder, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), ...identityOf('/proc/self/stat') };
  const release = async () => {
    const current = await readOwner(fs, path);
    if (current && current.pid === me.pid && current.startedAt === me.startedAt) await fs.unlink(path).catch(() => undefined);
  };
  let takenOver: LockOwner | null = null;
  const waitUntil = Date.now() + UNREADABLE_LOCK_WAIT_MS;
  // Bounded: a lock that keeps coming back (or keeps being taken over) is in use after all.
  for (let round = 0; round < 100; round++) {
    if (await createLock(fs, folder, path, JSON.stringify(me))) return { release, takenOver };
    const seen = await readLock(fs, path);
    if (seen === null) continue; // gone meanwhile: try again
    if (seen.owner === null) {
      if (seen.ageMs < UNREADABLE_LOCK_STALE_MS) {
        if (Date.now() >= waitUntil) throw new WorkspaceLockedError({ pid: 0, host: hostname(), startedAt: '?' }, path);
        await sleep(50);
        continue;
      }
      await moveAsideIf(fs, folder, path, seen.text);
      continue;
    }
    if (seen.owner.host === hostname() && seen.owner.pid !== process.pid && holderGone(seen.owner)) {
      if (await moveAsideIf(fs, folder, path, seen.text)) takenOver = seen.owner;
      continue;
    }
    throw new WorkspaceLockedError(seen.owner, path, runsHere(seen.owner));
  }
  const owner = await readOwner(fs, path);
  throw new WorkspaceLockedError(owner ?? { pid: 0, host: hostname(), startedAt: '?' }, path, owner ? runsHere(owner) : false);
}

/** Creates the lock holding `record`; false when a lock exists. */
async function createLock(fs: StoreFs, folder: string, path: string, record: string): Promise<boolean> {
  const temp = join(folder, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}-${LOCK_FILE}`);
  await writeWhole(fs, temp, 'wx', record);
  try {
    await fs.link(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A temp file removed meanwhile (a writer's start-up clean-up of leftovers): try again.
    if (code === 'ENOENT') return false;
    // No hard links here: an exclusive create, then the record (the window a starter waits out above).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw e;
    try {
      await writeWhole(fs, path, 'wx', record);
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e2;
    }
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
  await syncDir(fs, folder);
  return true;
}

async function writeWhole(fs: StoreFs, path: string, flags: string, text: string): Promise<void> {
  const handle = await fs.open(path, flags, FILE_MODE);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The lock's text, its owner (null: no owner record) and its age; null when there is no lock. */
async function readLock(fs: StoreFs, path: string): Promise<{ text: string; owner: LockOwner | null; ageMs: number } | null> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(path, 'utf8'), fs.stat(path)]);
    return { text, owner: parseOwner(text), ageMs: Date.now() - stat.mtimeMs };
  } catch {
    return null;
  }
}

/**
 * Takes a stale lock away: renamed aside (atomic), then checked to be the very lock judged stale
 * (`text`). If another starter replaced it meanwhile with its own, that lock is put back and the
 * answer is false.
 */
async function moveAsideIf(fs: StoreFs, folder: string, path: string, text: string): Promise<boolean> {
  const aside = join(folder, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}-stale-${LOCK_FILE}`);
  try {
    await fs.rename(path, aside);
  } catch {
    return false; // already gone: whoever moved it decides
  }
  try {
    const moved = await fs.readFile(aside, 'utf8').catch(() => null);
    if (moved === text) return true;
    // Someone's fresh lock: back in place unless a lock is there again already.
    // (A rename would replace a lock taken meanwhile; without hard links, only when none is there.)
    await fs.link(aside, path).catch(async (e: unknown) => {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return;
      if ((await readLock(fs, path)) === null) await fs.rename(aside, path).catch(() => undefined);
    });
    return false;
  } finally {
    await fs.unlink(aside).catch(() => undefined);
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    const owner: LockOwner = { pid: parsed.pid, host: parsed.host, startedAt: String(parsed.startedAt ?? '?') };
    for (const key of ['machine', 'boot', 'pidNs'] as const) if (typeof parsed[key] === 'string') owner[key] = parsed[key];
    if (typeof parsed.pidStart === 'number') owner.pidStart = parsed.pidStart;
    return owner;
  } catch {
    return null;
  }
}

async function readOwner(fs: StoreFs, path: string): Promise<LockOwner | null> {
  try {
    return parseOwner(await fs.readFile(path, 'utf8'));
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
  return owner.host !== hostname() || owner.pid === process.pid || !holderGone(owner);
}
