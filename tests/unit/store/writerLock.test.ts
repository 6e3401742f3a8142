import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { acquireLock, WorkspaceLockedError, writerGone } from '../../../electron/store/lowdb/lock';
import { bundledEntry } from '../bundle';
import { repoRoot } from '../helpers';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-lock-'));
  made.push(dir);
  return dir;
}

/** The real fs, each file handle's writeFile held back `ms` (a slow disk, or a writer paused between create and write). */
function slowWrites(ms: number): StoreFs {
  return {
    ...nodeFs,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      const writeFile = handle.writeFile.bind(handle);
      return Object.assign(handle, {
        writeFile: async (...args: Parameters<typeof handle.writeFile>) => {
          await new Promise((r) => setTimeout(r, ms));
          return writeFile(...args);
        },
      });
    }) as StoreFs['open'],
  };
}

const DEAD = { pid: 2 ** 22 + 4321, host: hostname(), startedAt: '2026-01-01T00:00:00Z' };

describe('the writer lock of a workspace folder (two starters at once: one writer, never two)', () => {
  it('a starter slow to write its owner record does not lose the lock to one seeing an empty file: exactly one gets it', async () => {
    const dir = await folder();
    const slow = acquireLock(slowWrites(300), dir).then(
      () => 'got',
      (e: unknown) => (e instanceof WorkspaceLockedError ? 'refused' : `error ${String(e)}`),
    );
    await new Promise((r) => setTimeout(r, 50));
    const fast = await acquireLock(nodeFs, dir).then(
      () => 'got',
      (e: unknown) => (e instanceof WorkspaceLockedError ? 'refused' : `error ${String(e)}`),
    );
    expect([fast, await slow].sort()).toEqual(['got', 'refused']);
    // The lock on disk is whole and names this process; no temp file is left.
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect((await readdir(dir)).sort()).toEqual(['lock']);
  });

  it("two starters that both find a dead process's lock: one takes it over, the other is refused", async () => {
    const dir = await folder();
    await writeFile(join(dir, 'lock'), JSON.stringify(DEAD));
    const outcomes = await Promise.all(
      [0, 1].map((i) =>
        acquireLock(i === 0 ? slowWrites(100) : nodeFs, dir).then(
          (held) => `got${held.takenOver ? ' (taken over)' : ''}`,
          (e: unknown) => (e instanceof WorkspaceLockedError ? 'refused' : `error ${String(e)}`),
        ),
      ),
    );
    expect(outcomes.sort()).toEqual(['got (taken over)', 'refused']);
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    expect((await readdir(dir)).sort()).toEqual(['lock']);
  });

  it('a lock that turned out not to be the stale one is put back without replacing a lock taken meanwhile', async () => {
    const dir = await folder();
    const lockPath = join(dir, 'lock');
    await writeFile(lockPath, JSON.stringify(DEAD));
    const fresh = { pid: process.pid, host: hostname(), startedAt: '2026-02-02T00:00:00Z' };
    const third = { pid: process.ppid, host: hostname(), startedAt: '2026-03-03T00:00:00Z' };
    let raced = false;
    const racing: StoreFs = {
      ...nodeFs,
      // Between the read and the move, another starter took the dead lock over, and a third locked it
      // right after the move: what moved aside is not the dead lock, and a lock stands in its place.
      rename: (async (from: string, to: string) => {
        if (!raced && String(from) === lockPath) {
          raced = true;
          await writeFile(lockPath, JSON.stringify(fresh));
          await fsp.rename(from, to);
          await writeFile(lockPath, JSON.stringify(third));
          return;
        }
        return fsp.rename(from, to);
      }) as StoreFs['rename'],
    };
    await expect(acquireLock(racing, dir)).rejects.toBeInstanceOf(WorkspaceLockedError);
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toEqual(third);
  });

  it('a lock with no owner record is held while young (its writer may be about to write it) and taken over once old', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'lock'), '');
    await expect(acquireLock(nodeFs, dir)).rejects.toBeInstanceOf(WorkspaceLockedError);
    expect(await readFile(join(dir, 'lock'), 'utf8')).toBe('');
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'lock'), old, old);
    const held = await acquireLock(nodeFs, dir);
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await held.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a lock held by a writer this machine cannot judge (another computer on a shared folder) says how to free it, and deleting the file it names does', async () => {
    const dir = await folder();
    const owner = { pid: 4242, host: 'may-bien-tap-2', startedAt: '2026-12-01T08:00:00.000Z', machine: 'another-machine' };
    await writeFile(join(dir, 'lock'), JSON.stringify(owner));
    const refused = await acquireLock(nodeFs, dir).catch((e: unknown) => e);
    if (!(refused instanceof WorkspaceLockedError)) throw new Error('not refused');
    expect(refused.messages.vi).toContain('tiến trình 4242 trên máy may-bien-tap-2');
    expect(refused.messages.vi).toContain(`nếu tiến trình đó không còn chạy, hãy xóa tệp khóa ${join(dir, 'lock')}.`);
    expect(refused.messages.en).toContain(`if that process no longer runs, delete the lock file ${join(dir, 'lock')}.`);
    // A host name written with line breaks (a hand-made or hostile lock in a shared folder) stays on one line.
    await writeFile(join(dir, 'lock'), JSON.stringify({ ...owner, host: 'may-2\n\nHãy chạy lệnh sau: rm -rf /' }));
    const odd = await acquireLock(nodeFs, dir).catch((e: unknown) => e);
    if (!(odd instanceof WorkspaceLockedError)) throw new Error('not refused');
    expect(odd.messages.vi).not.toMatch(/\n/);
    expect(odd.messages.vi).toContain('trên máy may-2 Hãy chạy lệnh sau');
    await writeFile(join(dir, 'lock'), JSON.stringify(owner));
    // Nothing was taken over meanwhile: the other desk's lock is as it wrote it.
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toEqual(owner);
    await rm(join(dir, 'lock'));
    const held = await acquireLock(nodeFs, dir);
    // Near-miss: a writer on this machine is not to be deleted under (one that is gone is taken over).
    const mine = await acquireLock(nodeFs, dir).catch((e: unknown) => e);
    if (!(mine instanceof WorkspaceLockedError)) throw new Error('not refused');
    expect(mine.messages.en).toContain(`process ${process.pid} (since`);
    expect(mine.messages.en).toMatch(/Close it there \(or let its command finish\) and try again\.$/);
    expect(mine.messages.vi).not.toContain('xóa tệp khóa');
    await held.release();
    // REVIEW-lead2 C: another computer with this very host name, or a container (another pid namespace) on
    // this one, is never taken over: the advice to delete is what frees it.
    for (const other of [{ machine: 'another-machine-id' }, { pidNs: 'pid:[4026531999]' }]) {
      await writeFile(join(dir, 'lock'), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-12-01T08:00:00.000Z', ...other }));
      const refusedHere = await acquireLock(nodeFs, dir).catch((e: unknown) => e);
      if (!(refusedHere instanceof WorkspaceLockedError)) throw new Error('not refused');
      expect(refusedHere.messages.vi).toContain(`hãy xóa tệp khóa ${join(dir, 'lock')}`);
    }
    await rm(join(dir, 'lock'));
    // A lock whose owner record never appeared: no "process 0 (since ?)".
    await writeFile(join(dir, 'lock'), '');
    const young = await acquireLock(nodeFs, dir).catch((e: unknown) => e);
    if (!(young instanceof WorkspaceLockedError)) throw new Error('not refused');
    expect(young.messages.vi).toMatch(/^Không gian làm việc này đang được một tiến trình Crosscheck khác mở\. .*xóa tệp khóa/u);
    expect(young.messages.en).not.toContain('process 0');
    await rm(join(dir, 'lock'));
  });

  it('works where the file system has no hard links (an exclusive create, then the record)', async () => {
    const dir = await folder();
    const noLinks: StoreFs = { ...nodeFs, link: (async () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }))) as StoreFs['link'] };
    const held = await acquireLock(noLinks, dir);
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(acquireLock(noLinks, dir)).rejects.toBeInstanceOf(WorkspaceLockedError);
    await held.release();
    expect(await readdir(dir)).toEqual([]);
  });
});

/**
 * A crash, then a restart: the lock names a pid that another program now runs. `alive(pid)` alone
 * kept such a workspace "open in process N" for good (REVIEW-sec N5). The lock now records the machine,
 * the boot, the pid namespace and its process's start (Linux), which no clock change can move.
 */
describe('a lock whose pid now runs another program is stale', () => {
  const owner = { pid: 4242, host: hostname(), startedAt: '2026-12-01T08:00:00.000Z', machine: 'may-1', boot: 'boot-a', pidNs: 'pid:[1]', pidStart: 1000 };
  const here = { machine: 'may-1', boot: 'boot-a', pidNs: 'pid:[1]' };

  it('decides from the pid, the machine, the boot and the start of the process under that pid', () => {
    expect(writerGone(owner, { ...here, alive: false })).toBe(true);
    // The writer itself, still running.
    expect(writerGone(owner, { ...here, alive: true, pidStart: 1000 })).toBe(false);
    // Written during an earlier boot of this machine: nothing from then still runs, whatever /proc says of the pid.
    expect(writerGone(owner, { ...here, boot: 'boot-b', alive: true, pidStart: 1000 })).toBe(true);
    expect(writerGone(owner, { ...here, boot: 'boot-b', alive: true })).toBe(true);
    // Same boot and namespace, another start: the pid was reused by another program.
    expect(writerGone(owner, { ...here, alive: true, pidStart: 1001 })).toBe(true);
    // Another machine with the same host name (a shared folder): never judged, even if the pid is free here.
    expect(writerGone(owner, { ...here, machine: 'may-2', boot: 'boot-z', alive: false })).toBe(false);
    expect(writerGone(owner, { ...here, machine: 'may-2', boot: 'boot-z', alive: true, pidStart: 1 })).toBe(false);
    // Another pid namespace (a container, another WSL distribution): its pids are not ours to compare.
    expect(writerGone(owner, { ...here, pidNs: 'pid:[2]', alive: true, pidStart: 1 })).toBe(false);
    expect(writerGone(owner, { ...here, pidNs: 'pid:[2]', alive: false })).toBe(false);
    // ... but where the machine or its boot cannot be told, the pid alone decides, as before (a crashed
    // container without a machine id would otherwise hold the workspace for good).
    expect(writerGone(owner, { pidNs: 'pid:[2]', alive: false })).toBe(true);
    expect(writerGone(owner, { machine: 'may-1', pidNs: 'pid:[2]', alive: false })).toBe(true);
    // ... unless this machine restarted since: then nothing of that namespace runs either.
    expect(writerGone(owner, { ...here, pidNs: 'pid:[2]', boot: 'boot-b', alive: true })).toBe(true);
    // Nothing to compare (another platform; /proc unreadable; a lock written by an older Crosscheck): the pid alone, as before.
    expect(writerGone(owner, { alive: true })).toBe(false);
    expect(writerGone(owner, { ...here, alive: true })).toBe(false);
    const { machine: _m, boot: _b, pidNs: _n, pidStart: _p, ...older } = owner;
    expect(writerGone(older, { ...here, boot: 'boot-b', alive: true, pidStart: 7 })).toBe(false);
    expect(writerGone(older, { ...here, alive: false })).toBe(true);
  });

  // A platform guard: the machine id, boot id and start tick come from Linux's /proc and /etc/machine-id.
  it.runIf(process.platform === 'linux' && (existsSync('/etc/machine-id') || existsSync('/var/lib/dbus/machine-id')))('(Linux) takes over a lock naming a live program that did not write it, and refuses the lock it wrote', async () => {
    const dir = await folder();
    // A real writer in another process takes the lock and keeps running.
    const child = spawn(process.execPath, [bundledEntry(join(repoRoot, 'tests/unit/store/helpers/lockHolderChild.ts')), dir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout?.on('data', (d: Buffer) => (String(d).includes('locked') ? resolve() : undefined));
        child.on('exit', (code) => reject(new Error(`writer exited ${String(code)}`)));
      });
      const written = JSON.parse(await readFile(join(dir, 'lock'), 'utf8')) as { pid: number; machine: string; boot: string; pidNs: string; pidStart: number };
      expect(written).toMatchObject({ pid: child.pid, machine: expect.any(String), boot: expect.any(String), pidNs: expect.stringMatching(/^pid:\[\d+\]$/), pidStart: expect.any(Number) });
      // Near-miss: the writer's own lock is held.
      expect(await acquireLock(nodeFs, dir).catch((e: unknown) => e)).toBeInstanceOf(WorkspaceLockedError);
      // Near-miss: the same lock as seen from another machine with this host name: held.
      await writeFile(join(dir, 'lock'), JSON.stringify({ ...written, machine: 'another-machine', pidStart: written.pidStart - 1 }));
      expect(await acquireLock(nodeFs, dir).catch((e: unknown) => e)).toBeInstanceOf(WorkspaceLockedError);
      // The same live pid with another start (as after a crash, when a new program got the pid): taken over.
      await writeFile(join(dir, 'lock'), JSON.stringify({ ...written, pidStart: written.pidStart - 1 }));
      const held = await acquireLock(nodeFs, dir);
      expect(held.takenOver).toMatchObject({ pid: child.pid });
      await held.release();
      // And a lock of an earlier boot naming that live pid: taken over too.
      await writeFile(join(dir, 'lock'), JSON.stringify({ ...written, boot: 'an-earlier-boot' }));
      const again = await acquireLock(nodeFs, dir);
      expect(again.takenOver).toMatchObject({ pid: child.pid });
      await again.release();
    } finally {
      child.kill();
    }
  });
});
