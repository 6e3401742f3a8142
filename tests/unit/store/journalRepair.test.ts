import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeNotices } from '../../../electron/services/open';
import { verifyAuditChain } from '../../../electron/store/auditChain';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import type { StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import { StoreWriteError, type CommitRequest } from '../../../electron/store/port';
import { tempDir } from '../helpers';
import { addAll } from './helpers/bigCommit';
import { journalHandles } from './helpers/journalFs';

const at = '2026-11-30T03:00:00.000Z';
const small = (target: string): CommitRequest => ({
  action: 'review.verified',
  who: 'Lan',
  at,
  changes: [],
  audit: [{ who: 'Lan', when: at, action: 'review.verified', target, before: null, after: { status: 'verified' } }],
});
const eio = () => Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });

/** The real fs with faults switched on and off: the 2nd write of a journal handle, its truncate, and opening data files. */
function faultyFs() {
  const faults = { secondJournalWrite: false, journalTruncate: false, dataOpen: false };
  const journal = journalHandles((handle, real) => {
    let writes = 0;
    handle.write = async (...a: unknown[]) => {
      if (faults.secondJournalWrite && ++writes === 2) throw eio();
      return real.write(...a);
    };
    handle.truncate = async (len?: number) => {
      if (faults.journalTruncate) throw eio();
      return real.truncate(len);
    };
  });
  const fs: StoreFs = {
    ...journal,
    open: (async (...args: Parameters<StoreFs['open']>) => {
      if (faults.dataOpen && String(args[0]).includes('/data/')) throw eio();
      return journal.open(...args);
    }) as StoreFs['open'],
  };
  return { fs, faults };
}

async function segments(folder: string): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(join(folder, 'journal'))).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(folder, 'journal', name), 'utf8') })));
}

describe('a partial journal line that could not be cut off', { timeout: 120_000 }, () => {
  it('a checkpoint does not switch to a new segment before cutting it off (it fails instead); the next commit cuts it off', async () => {
    const folder = join(await tempDir(), 'ws');
    await (await openWorkspaceStore(folder, { mode: 'write' })).close();
    const { fs, faults } = faultyFs();
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs, checkpointAfter: { commits: 100_000, bytes: 1e12 } })) as LowdbFolderStore;
    try {
      await store.commit(small('c_ack1'));
      // A big commit fails on its 2nd piece and the cut-off fails too: part of a line stays on disk.
      faults.secondJournalWrite = true;
      faults.journalTruncate = true;
      await expect(store.commit(addAll(3000))).rejects.toThrow(/could not be written/);
      faults.secondJournalWrite = false;
      expect((await segments(folder)).at(-1)!.text.endsWith('\n')).toBe(false);
      // A checkpoint on the still failing disk: refused before it switches segments.
      faults.dataOpen = true;
      await expect(store.checkpoint()).rejects.toThrow();
      expect(await segments(folder)).toHaveLength(1);
      // The disk recovers: the next commit cuts the partial line off, then is acknowledged.
      faults.dataOpen = false;
      faults.journalTruncate = false;
      await store.commit(small('c_ack2'));
      const after = await segments(folder);
      expect(after.every((s) => s.text.endsWith('\n'))).toBe(true);
      // Another process reads it (the writer killed now): both acknowledged commits, no notice.
      const reader = await openWorkspaceStore(folder, { mode: 'read' });
      expect((await reader.auditLog()).map((e) => e.target)).toEqual(expect.arrayContaining(['c_ack1', 'c_ack2']));
      expect(reader.notices).toEqual([]);
      await reader.close();
    } finally {
      faults.dataOpen = false;
      faults.journalTruncate = false;
      await store.close();
    }
  });

  it('an unfinished last line of an older segment, continued by the next segment, is dropped as torn at open', async () => {
    const folder = join(await tempDir(), 'ws');
    await (await openWorkspaceStore(folder, { mode: 'write' })).close();
    const store = await openWorkspaceStore(folder, { mode: 'write', checkpointAfter: { commits: 100_000, bytes: 1e12 } });
    await store.commit(small('c_ack1'));
    await store.commit(small('c_ack2'));
    // Killed (no checkpoint): what the switch of a checkpoint that failed afterwards leaves when the
    // partial line of a failed write could not be cut off: c_ack1's segment ends with that partial
    // line, c_ack2 was acknowledged in the next segment, named after its seq.
    const [only] = await segments(folder);
    expect(only).toBeDefined();
    const [line1, line2] = only!.text.split('\n');
    const seq2 = (JSON.parse(line2!) as { seq: number }).seq;
    await writeFile(join(folder, 'journal', only!.name), `${line1}\n${line2!.slice(0, 40)}`);
    const nextName = `${String(seq2).padStart(12, '0')}.jsonl`;
    expect(nextName > only!.name).toBe(true);
    await writeFile(join(folder, 'journal', nextName), `${line2}\n`);
    await rm(join(folder, 'lock'), { force: true });
    // The killed writer's handle (this process goes on): closed without a checkpoint.
    (store as unknown as { closed: boolean }).closed = true;
    await (store as unknown as { journal: { close(): Promise<void> } | null }).journal?.close();

    for (const mode of ['read', 'write'] as const) {
      const again = await openWorkspaceStore(folder, { mode });
      expect((await again.auditLog()).map((e) => e.target)).toEqual(expect.arrayContaining(['c_ack1', 'c_ack2']));
      expect(verifyAuditChain(await again.auditLog())).toBe(-1);
      expect(again.notices).toEqual([expect.objectContaining({ kind: 'torn-journal', file: `journal/${only!.name}` })]);
      await again.close();
    }
  });

  it('an unfinished line of an older segment NOT continued by the next one is still refused as damaged', async () => {
    const folder = join(await tempDir(), 'ws');
    await (await openWorkspaceStore(folder, { mode: 'write' })).close();
    const store = await openWorkspaceStore(folder, { mode: 'write', checkpointAfter: { commits: 100_000, bytes: 1e12 } });
    await store.commit(small('c_ack1'));
    await store.commit(small('c_ack2'));
    await store.commit(small('c_ack3'));
    const [only] = await segments(folder);
    const [line1, line2, line3] = only!.text.split('\n');
    const seq3 = (JSON.parse(line3!) as { seq: number }).seq;
    // c_ack2's line is cut in the middle and the next segment starts after it: c_ack2 would be lost.
    await writeFile(join(folder, 'journal', only!.name), `${line1}\n${line2!.slice(0, 40)}`);
    await writeFile(join(folder, 'journal', `${String(seq3).padStart(12, '0')}.jsonl`), `${line3}\n`);
    await rm(join(folder, 'lock'), { force: true });
    // The killed writer's handle (this process goes on): closed without a checkpoint.
    (store as unknown as { closed: boolean }).closed = true;
    await (store as unknown as { journal: { close(): Promise<void> } | null }).journal?.close();
    await expect(openWorkspaceStore(folder, { mode: 'read' })).rejects.toThrow(/damaged at line 2/);
  });

  it('a reader opened while the running app writes a line in pieces says the change is being saved, not torn', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = await openWorkspaceStore(folder, { mode: 'write', checkpointAfter: { commits: 100_000, bytes: 1e12 } });
    await store.commit(small('c_ack1'));
    const [last] = (await segments(folder)).slice(-1);
    const file = join(folder, 'journal', last!.name);
    // The app's next line, its first pieces on disk (the lock names this live process).
    await writeFile(file, '{"seq":3,"action":"analysis.run","se', { flag: 'a' });
    try {
      const reader = await openWorkspaceStore(folder, { mode: 'read' });
      expect(reader.notices).toEqual([{ kind: 'torn-journal', file: `journal/${last!.name}`, droppedBytes: 36, beingWritten: true }]);
      expect((await reader.auditLog()).map((e) => e.target)).toContain('c_ack1');
      await reader.close();
      expect(describeNotices(reader.notices, 'en')[0]).toMatch(/still writing/);
      expect(describeNotices(reader.notices, 'vi')[0]).toMatch(/đang ghi/);
      expect(describeNotices(reader.notices, 'en')[0]).not.toMatch(/never acknowledged/);
    } finally {
      await truncate(file, Buffer.byteLength(last!.text));
    }
    await store.close();
    // No running writer (killed while writing): the same unfinished line is torn, as before.
    await writeFile(file, '{"seq":3,"action":"analysis.run","se', { flag: 'a' });
    const after = await openWorkspaceStore(folder, { mode: 'read' });
    expect(after.notices).toEqual([{ kind: 'torn-journal', file: `journal/${last!.name}`, droppedBytes: 36 }]);
    expect(describeNotices(after.notices, 'en')[0]).toMatch(/never acknowledged/);
    await after.close();
  });

  it('a record that cannot be serialized, met after part of the line is written, is reported as it is, not as a disk error', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = await openWorkspaceStore(folder, { mode: 'write', checkpointAfter: { commits: 100_000, bytes: 1e12 } });
    try {
      await store.commit(small('c_ack1'));
      const before = (await segments(folder)).at(-1)!;
      const request = addAll(3000);
      // Far into the line (the first pieces are on disk by then): a value JSON cannot hold.
      (request.changes[2900]!.after as unknown as Record<string, unknown>).weight = 10n;
      const error = await store.commit(request).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(StoreWriteError);
      // Cut back to the last whole line; nothing of it in memory; the next commit lands.
      expect((await segments(folder)).at(-1)!.text).toBe(before.text);
      expect((await store.counts()).findings).toBe(0);
      await store.commit(small('c_ack2'));
      const reader = await openWorkspaceStore(folder, { mode: 'read' });
      expect((await reader.auditLog()).map((e) => e.target)).toEqual(expect.arrayContaining(['c_ack1', 'c_ack2']));
      expect(reader.notices).toEqual([]);
      await reader.close();
    } finally {
      await store.close();
    }
  });
});
