import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OVERTAKE_ABOVE, setOvertaking, type LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import { StoreConflictError, type CommitResult } from '../../../electron/store/port';
import { WorkspaceState } from '../../../electron/store/state';
import type { Finding } from '../../../shared/schema';
import { tempDir } from '../helpers';
import { addAll, bigFindings } from './helpers/bigCommit';
import { journalHandles } from './helpers/journalFs';

const at = '2026-11-30T03:00:00.000Z';

/** The store's fs; `onDurable` runs each time a journal datasync resolves. */
function syncWatchingFs(onDurable: () => void): StoreFs {
  return journalHandles((handle, real) => {
    handle.datasync = async () => {
      await real.datasync();
      onDurable();
    };
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the commit queue (issue 9)', { timeout: 60_000 }, () => {
  it('applies an analysis delta of a few hundred findings in bounded steps: a timer set when its line is durable fires before it is answered', async () => {
    const folder = join(await tempDir(), 'ws');
    const timer = { armed: false, pending: 0 };
    const fs = syncWatchingFs(() => {
      if (!timer.armed) return;
      timer.pending++;
      setImmediate(() => timer.pending--);
    });
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs, sliceMs: 0 })) as LowdbFolderStore;
    try {
      await store.commit(addAll(5, 'f_first'));
      timer.armed = true;
      await store.commit(addAll(200, 'f_delta'));
      expect(timer.pending).toBe(0);
      expect((await store.findings({ limit: 0 })).total).toBe(205);
    } finally {
      await store.close();
    }
  });

  it('lets an action asked while a big commit is checked go first: journal order = acknowledgment order = seq order, undo in that order, the same state after a restart', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 })) as LowdbFolderStore;
    const acked: string[] = [];
    const note = (name: string) => (r: CommitResult) => {
      acked.push(name);
      return r;
    };
    let big: CommitResult;
    let small: CommitResult;
    try {
      const bigRequest = { ...addAll(OVERTAKE_ABOVE + 500, 'f_big'), undo: { kind: 'push' as const, limit: 50 } };
      const bigRun = store.commit(bigRequest).then(note('big'));
      // The editor's action, asked a turn of the event loop after the big commit.
      await new Promise<void>((r) => setImmediate(r));
      const smallRun = store.commit({ ...addAll(1, 'f_small'), action: 'finding.decide', undo: { kind: 'push', limit: 50 } }).then(note('small'));
      [big, small] = await Promise.all([bigRun, smallRun]);
      expect(acked).toEqual(['small', 'big']);
      expect(small.seq).toBe(big.seq - 1);
      expect(small.audit[0]!.seq).toBe(big.audit[0]!.seq - 1);
      // Undo takes back what landed last: the big commit first.
      expect((await store.undoTop('undo'))?.id).toBe(`u_${big.seq}`);
      expect((await store.findings({ limit: 0 })).total).toBe(OVERTAKE_ABOVE + 501);
    } finally {
      await store.close();
    }
    // Read back after a restart.
    const again = (await openWorkspaceStore(folder, { mode: 'read' })) as LowdbFolderStore;
    expect((await again.findings({ limit: 0 })).total).toBe(OVERTAKE_ABOVE + 501);
    expect((await again.undoEntries('undo')).map((e) => e.id)).toEqual([`u_${small.seq}`, `u_${big.seq}`]);
    await again.close();
  });

  it('writes the journal lines in the order the commits were acknowledged', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0, checkpointAfter: { commits: 1e6, bytes: 1e12 } })) as LowdbFolderStore;
    const acked: number[] = [];
    const bigRun = store.commit(addAll(OVERTAKE_ABOVE + 10, 'f_big')).then((r) => acked.push(r.seq));
    await new Promise<void>((r) => setImmediate(r));
    const smalls = [1, 2, 3].map((i) => store.commit({ ...addAll(1, `f_small${i}`), action: `small.${i}` }).then((r) => acked.push(r.seq)));
    await Promise.all([bigRun, ...smalls]);
    const journal = join(folder, 'journal');
    const lines: { seq: number; action: string }[] = [];
    for (const name of (await readdir(journal)).sort()) {
      for (const line of (await readFile(join(journal, name), 'utf8')).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as { seq: number; action: string });
    }
    const tail = lines.slice(-4);
    expect(tail.map((l) => l.seq)).toEqual(acked);
    expect(tail.map((l) => l.action)).toEqual(['small.1', 'small.2', 'small.3', 'analysis.run']);
    await store.close();
  });

  it('checks a big commit again in its turn when an action that went first changed one of its records (refused: its before no longer holds)', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 })) as LowdbFolderStore;
    try {
      const request = addAll(OVERTAKE_ABOVE + 10, 'f_big');
      const bigRun = store.commit(request).then(
        () => null,
        (e: unknown) => e,
      );
      await new Promise<void>((r) => setImmediate(r));
      // The same finding, created first by another commit.
      const first = request.changes[5]!;
      await store.commit({ action: 'finding.add', who: 'Lan', at, changes: [first], audit: [] });
      expect(await bigRun).toBeInstanceOf(StoreConflictError);
      expect((await store.findings({ limit: 0 })).total).toBe(1);
      // The next big commit takes its turn without being overtaken (no starving), and lands.
      const retried = store.commit({ ...request, changes: request.changes.filter((c) => c.id !== first.id) });
      await new Promise<void>((r) => setImmediate(r));
      const small = store.commit({ ...addAll(1, 'f_small') });
      const order: string[] = [];
      await Promise.all([retried.then(() => order.push('big')), small.then(() => order.push('small'))]);
      expect(order).toEqual(['big', 'small']);
      expect((await store.findings({ limit: 0 })).total).toBe(OVERTAKE_ABOVE + 11);
    } finally {
      await store.close();
    }
  });

  it('lands a big commit whose record an action that went first wrote again unchanged (only that record checked again)', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 })) as LowdbFolderStore;
    try {
      const [shared] = bigFindings(1, 'f_shared');
      await store.commit({ action: 'finding.add', who: 'Lan', at, changes: [{ table: 'findings', id: shared!.id, before: null, after: shared! }], audit: [] });
      const fullChecks: number[] = [];
      const prepareStaged = WorkspaceState.prototype.prepareStaged;
      vi.spyOn(WorkspaceState.prototype, 'prepareStaged').mockImplementation(function (this: WorkspaceState, r) {
        if (r.changes.length > OVERTAKE_ABOVE) fullChecks.push(r.changes.length);
        return prepareStaged.call(this, r);
      });
      const changed = { ...shared!, explanation: 'giải thích mới' };
      const request = addAll(OVERTAKE_ABOVE + 10, 'f_big');
      const bigRun = store.commit({ ...request, changes: [...request.changes, { table: 'findings', id: shared!.id, before: shared!, after: changed }] });
      await new Promise<void>((r) => setImmediate(r));
      const small = await store.commit({ action: 'finding.touch', who: 'Lan', at, changes: [{ table: 'findings', id: shared!.id, before: shared!, after: { ...shared! } }], audit: [] });
      const big = await bigRun;
      expect(big.seq).toBe(small.seq + 1);
      // Checked once, ahead: in its turn only the record written meanwhile was looked at again.
      expect(fullChecks).toHaveLength(1);
      expect((await store.getFindings([shared!.id]))[0]?.explanation).toBe('giải thích mới');
      expect((await store.findings({ limit: 0 })).total).toBe(OVERTAKE_ABOVE + 11);
    } finally {
      await store.close();
    }
  });

  it('keeps the order asked for when overtaking is off (the baseline)', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 })) as LowdbFolderStore;
    setOvertaking(false);
    try {
      const order: string[] = [];
      const bigRun = store.commit(addAll(OVERTAKE_ABOVE + 10, 'f_big')).then(() => order.push('big'));
      await new Promise<void>((r) => setImmediate(r));
      const smallRun = store.commit(addAll(1, 'f_small')).then(() => order.push('small'));
      await Promise.all([bigRun, smallRun]);
      expect(order).toEqual(['big', 'small']);
    } finally {
      setOvertaking(true);
      await store.close();
    }
  });
  it('checks a big commit asked while a restore reloads its documents in full in its turn (a restored record it creates again is refused)', async () => {
    const folder = join(await tempDir(), 'ws');
    const request = addAll(OVERTAKE_ABOVE + 10, 'f_big');
    const kept = { ...(request.changes[5]!.after as Finding), explanation: 'biên tập viên giữ lại' };
    const race = { armed: false, asked: false, store: null as LowdbFolderStore | null, bigRun: null as Promise<unknown> | null };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fs: StoreFs = {
      ...nodeFs,
      readFile: (async (...args: Parameters<StoreFs['readFile']>) => {
        // The restore reads its findings documents after the state was cleared (seq 0; before, the
        // backup was read by a probe): the big commit is asked then, checked ahead while the reload waits.
        if (race.armed && !race.asked && (race.store as unknown as { seq: number }).seq === 0 && /\/data\/fchunk/.test(String(args[0]))) {
          race.asked = true;
          race.bigRun = race.store!.commit(request).then(
            (r) => r,
            (e: unknown) => e,
          );
          await new Promise<void>((r) => setTimeout(r, 300));
          release();
        }
        if (race.asked) await gate;
        return nodeFs.readFile(...args);
      }) as StoreFs['readFile'],
    };
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs, sliceMs: 0 })) as LowdbFolderStore;
    race.store = store;
    try {
      // The backup holds the finding (kept by an editor); it is removed after.
      await store.commit({ action: 'finding.add', who: 'Lan', at, changes: [{ table: 'findings', id: kept.id, before: null, after: kept }], audit: [] });
      await store.checkpoint();
      await store.commit({ action: 'finding.remove', who: 'Lan', at, changes: [{ table: 'findings', id: kept.id, before: kept, after: null }], audit: [] });
      await store.checkpoint();
      const backup = (await store.listBackups()).find((b) => b.seq === 1)!;
      race.armed = true;
      await store.restoreBackup(backup.id);
      expect(race.asked).toBe(true);
      expect(await race.bigRun).toBeInstanceOf(StoreConflictError);
      expect((await store.getFindings([kept.id]))[0]?.explanation).toBe('biên tập viên giữ lại');
      expect((await store.findings({ limit: 0 })).total).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('checks one big commit ahead at a time: a second one asked meanwhile takes its turn in the queue', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 })) as LowdbFolderStore;
    try {
      const fullChecks: string[] = [];
      const prepareStaged = WorkspaceState.prototype.prepareStaged;
      vi.spyOn(WorkspaceState.prototype, 'prepareStaged').mockImplementation(function (this: WorkspaceState, r) {
        // The seq of the state it is checked against: ahead, that of when it was asked.
        if (r.changes.length > OVERTAKE_ABOVE) fullChecks.push(`${r.changes.length}@${(store as unknown as { seq: number }).seq}`);
        return prepareStaged.call(this, r);
      });
      const order: string[] = [];
      const first = store.commit(addAll(OVERTAKE_ABOVE + 10, 'f_one')).then(() => order.push('one'));
      await new Promise<void>((r) => setImmediate(r));
      const second = store.commit(addAll(OVERTAKE_ABOVE + 20, 'f_two')).then(() => order.push('two'));
      await new Promise<void>((r) => setImmediate(r));
      const small = store.commit(addAll(1, 'f_small')).then(() => order.push('small'));
      await Promise.all([first, second, small]);
      // The first is checked ahead and overtaken by the small one; the second waits its turn, after
      // the first, and is checked then, against the state after it (no second check ahead competing
      // for the CPU).
      expect(order).toEqual(['small', 'one', 'two']);
      expect(fullChecks).toEqual([`${OVERTAKE_ABOVE + 10}@0`, `${OVERTAKE_ABOVE + 20}@2`]);
      expect((await store.findings({ limit: 0 })).total).toBe(2 * OVERTAKE_ABOVE + 31);
    } finally {
      await store.close();
    }
  });
  it('checks again in slices, in its turn, the records of a big commit an action that went first touched (the event loop turns during the walk)', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 })) as LowdbFolderStore;
    try {
      const [shared] = bigFindings(1, 'f_shared');
      await store.commit({ action: 'finding.add', who: 'Lan', at, changes: [{ table: 'findings', id: shared!.id, before: null, after: shared! }], audit: [] });
      const turn = { fired: false, atFinish: null as boolean | null };
      const finishPrepared = WorkspaceState.prototype.finishPrepared;
      vi.spyOn(WorkspaceState.prototype, 'finishPrepared').mockImplementation(function (this: WorkspaceState, r, set) {
        if (r.changes.length > OVERTAKE_ABOVE) turn.atFinish = turn.fired;
        return finishPrepared.call(this, r, set);
      });
      // The touched record comes last (as the meta record of a service's commit does): all the
      // changes are walked before it.
      const request = addAll(OVERTAKE_ABOVE + 3000, 'f_big');
      const bigRun = store.commit({ ...request, changes: [...request.changes, { table: 'findings', id: shared!.id, before: shared!, after: { ...shared!, explanation: 'giải thích mới' } }] });
      await new Promise<void>((r) => setImmediate(r));
      // Set when the big commit's turn begins (it looks up what landed since its check ahead).
      const internals = store as unknown as { touchedSince: (...args: unknown[]) => unknown };
      const touchedSince = internals.touchedSince;
      vi.spyOn(internals, 'touchedSince').mockImplementation(function (this: unknown, ...args: unknown[]) {
        setImmediate(() => (turn.fired = true));
        return touchedSince.apply(this, args);
      });
      await store.commit({ action: 'finding.touch', who: 'Lan', at, changes: [{ table: 'findings', id: shared!.id, before: shared!, after: { ...shared! } }], audit: [] });
      await bigRun;
      expect(turn.atFinish).toBe(true);
      expect((await store.getFindings([shared!.id]))[0]?.explanation).toBe('giải thích mới');
      expect((await store.findings({ limit: 0 })).total).toBe(OVERTAKE_ABOVE + 3001);
    } finally {
      await store.close();
    }
  });
  it('lands a big commit asked before close() (close waits for it to take its turn, as in the order asked for), and it is there after a restart', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 })) as LowdbFolderStore;
    const bigRun = store.commit(addAll(OVERTAKE_ABOVE + 10, 'f_big')).then(
      (r) => r.seq,
      (e: unknown) => e,
    );
    await store.close();
    expect(await bigRun).toBe(1);
    const again = await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 });
    try {
      expect((await again.findings({ limit: 0 })).total).toBe(OVERTAKE_ABOVE + 10);
    } finally {
      await again.close();
    }
  });
  it('does not count an action whose write failed as having touched a big commit\'s records (the next big commit is still checked ahead)', async () => {
    const folder = join(await tempDir(), 'ws');
    const failing = { on: false };
    const fs = journalHandles((handle, real) => {
      handle.write = async (...a: unknown[]) => {
        if (failing.on && (a[0] as Buffer).toString('utf8', 0, 300).includes('finding.decide')) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return real.write(...a);
      };
    });
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs, sliceMs: 0 })) as LowdbFolderStore;
    try {
      const request = addAll(OVERTAKE_ABOVE + 10, 'f_big');
      const bigRun = store.commit(request);
      await new Promise<void>((r) => setImmediate(r));
      // An action on one of its records goes first, and its write fails: nothing of it landed.
      failing.on = true;
      const failed = await store.commit({ action: 'finding.decide', who: 'Lan', at, changes: [request.changes[5]!], audit: [] }).then(
        () => null,
        (e: unknown) => e,
      );
      failing.on = false;
      expect(failed).toBeInstanceOf(Error);
      expect((await bigRun).seq).toBe(1);
      // Not overtaken on its records: the next big commit is checked ahead and an action asked
      // meanwhile goes first.
      const order: string[] = [];
      const next = store.commit(addAll(OVERTAKE_ABOVE + 10, 'f_next')).then(() => order.push('big'));
      await new Promise<void>((r) => setImmediate(r));
      const small = store.commit(addAll(1, 'f_small')).then(() => order.push('small'));
      await Promise.all([next, small]);
      expect(order).toEqual(['small', 'big']);
    } finally {
      await store.close();
    }
  });
});
