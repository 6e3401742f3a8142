import { spawn } from 'node:child_process';
import { cp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FindingIndex } from '../../../electron/store/findingIndex';
import { verifyAuditChain } from '../../../electron/store/auditChain';
import { INDEX_REBUILD_ABOVE, journalLine, type LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import type { StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import { WorkspaceState, type PreparedCommit } from '../../../electron/store/state';
import { bundledEntry } from '../bundle';
import { repoRoot, tempDir } from '../helpers';
import { addAll, bigFindings } from './helpers/bigCommit';
import { journalHandles } from './helpers/journalFs';

const at = '2026-11-30T03:00:00.000Z';

/** The store's fs, counting the writes to journal files. */
function countingFs(): { fs: StoreFs; journalWrites: () => number } {
  let writes = 0;
  const fs = journalHandles((handle, real) => {
    handle.write = (...a: unknown[]) => {
      writes++;
      return real.write(...a);
    };
  });
  return { fs, journalWrites: () => writes };
}

describe('a big commit (a full analysis of many findings)', { timeout: 120_000 }, () => {
  it('writes the same journal line as one JSON text, in pieces', () => {
    const prepared: PreparedCommit = {
      seq: 7,
      action: 'analysis.run',
      who: 'Lan',
      at,
      set: bigFindings(3000).map((f) => ({ table: 'findings', id: f.id, after: f })),
      audit: [],
      undo: { kind: 'clear' },
    };
    const pieces = [...journalLine(prepared)];
    expect(pieces.length).toBeGreaterThan(2);
    const text = Buffer.concat(pieces).toString('utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('\n')).toBe(text.length - 1);
    expect(JSON.parse(text)).toEqual(prepared);
    // A commit without records is one piece.
    expect([...journalLine({ ...prepared, set: [] })]).toHaveLength(1);
  });

  it('is checked, written and applied in slices with the event loop free, and reads never see half of it', async () => {
    const folder = join(await tempDir(), 'ws');
    const { fs, journalWrites } = countingFs();
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs, sliceMs: 0 })) as LowdbFolderStore;
    try {
      await store.commit(addAll(10, 'f_first'));
      const writesBefore = journalWrites();
      const inMemory: number[] = [];
      const answered: number[] = [];
      let ticks = 0;
      let done = false;
      const ticker = (async () => {
        while (!done) {
          await new Promise<void>((r) => setImmediate(r));
          ticks++;
          inMemory.push(store.findingsById.size);
          void store.findings({ limit: 0 }).then((p) => answered.push(p.total));
        }
      })();
      const big = store.commit(addAll(3000));
      await big;
      done = true;
      await ticker;
      expect((await store.findings({ limit: 0 })).total).toBe(3010);
      // The line went to the journal in several writes, and memory changed over several turns of
      // the event loop (the ticker saw it part-way)...
      expect(journalWrites() - writesBefore).toBeGreaterThan(2);
      expect(ticks).toBeGreaterThan(10);
      expect(inMemory.some((n) => n > 10 && n < 3010)).toBe(true);
      // ...but every read answered from before the commit or from all of it.
      await new Promise<void>((r) => setTimeout(r, 20));
      expect(answered.length).toBeGreaterThan(0);
      expect(answered.every((n) => n === 10 || n === 3010)).toBe(true);
      expect(answered).toContain(3010);
      // Durable as one commit: a reader opened now (the writer still running) replays all of it.
      const reader = await openWorkspaceStore(folder, { mode: 'read' });
      expect((await reader.findings({ limit: 0 })).total).toBe(3010);
      await reader.close();
    } finally {
      await store.close();
    }
    // And the checkpoint that compacted it (captured in slices) holds every finding.
    const again = await openWorkspaceStore(folder, { mode: 'read' });
    expect((await again.findings({ limit: 0 })).total).toBe(3010);
    expect((await again.getFindings(['f_big002999', 'f_first000009'])).map((f) => f.id)).toEqual(['f_big002999', 'f_first000009']);
    await again.close();
  });

  it('removing or regrouping many findings builds the findings index again in the background instead of moving each one; queries answer the same', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = (await openWorkspaceStore(folder, { mode: 'write' })) as LowdbFolderStore;
    const index = () => (store as unknown as { findingIndex: FindingIndex }).findingIndex;
    try {
      const all = bigFindings(INDEX_REBUILD_ABOVE + 3000);
      await store.commit(addAll(all.length));
      await store.findings({ limit: 0 });
      expect(index().ready).toBe(true);
      // Each one stored again as it is, or with another explanation (same group, same place): the
      // group lists are not searched at all (a splice of the group's size each, before).
      const position = vi.spyOn(FindingIndex.prototype as unknown as { position: () => number }, 'position');
      await store.commit({ action: 'analysis.run', who: 'Lan', at, audit: [], changes: all.map((f) => ({ table: 'findings', id: f.id, before: f, after: { ...f, explanation: `${f.explanation}.` } })) });
      expect(position).not.toHaveBeenCalled();
      position.mockRestore();
      expect(index().ready).toBe(true);
      // Most removed, some dismissed: the index is dropped and built again after the commit.
      const stored = await store.getFindings(all.map((f) => f.id));
      const removed = stored.slice(0, INDEX_REBUILD_ABOVE + 500);
      const dismissed = stored.slice(INDEX_REBUILD_ABOVE + 500, INDEX_REBUILD_ABOVE + 700);
      await store.commit({
        action: 'analysis.run',
        who: 'Lan',
        at,
        audit: [],
        changes: [
          ...removed.map((f) => ({ table: 'findings' as const, id: f.id, before: f, after: null })),
          ...dismissed.map((f) => ({ table: 'findings' as const, id: f.id, before: f, after: { ...f, status: 'dismissed' as const, resolution: 'x' } })),
        ],
      });
      expect(index().ready).toBe(false);
      const left = stored.slice(INDEX_REBUILD_ABOVE + 500);
      expect((await store.findings({ limit: 0 })).total).toBe(left.length);
      expect((await store.findings({ statuses: ['dismissed'] })).items.map((f) => f.id)).toEqual(dismissed.map((f) => f.id));
      expect((await store.findings({ statuses: ['open'] })).items.map((f) => f.id)).toEqual(left.slice(200).map((f) => f.id));
      expect((await store.findings({ claimId: 'c_a1' })).items.map((f) => f.id)).toEqual(left.filter((f) => f.claimIds.includes('c_a1')).map((f) => f.id));
      expect(index().ready).toBe(true);
    } finally {
      await store.close();
    }
    // The same answers from the documents the checkpoint wrote.
    const reader = await openWorkspaceStore(folder, { mode: 'read' });
    expect((await reader.findings({ statuses: ['dismissed'] })).total).toBe(200);
    expect((await reader.findings({ limit: 0 })).total).toBe(2500);
    await reader.close();
  });

  it('left in the journal (no checkpoint after it) is replayed at the next open in slices, whole', async () => {
    const dir = await tempDir();
    const folder = join(dir, 'ws');
    const store = await openWorkspaceStore(folder, { mode: 'write' });
    try {
      await store.commit(addAll(5000));
      // The folder as a process killed now leaves it: the big commit only in the journal.
      await cp(folder, join(dir, 'copy'), { recursive: true });
    } finally {
      await store.close();
    }
    await rm(join(dir, 'copy', 'lock'));
    const segments = await readdir(join(dir, 'copy', 'journal'));
    expect(segments.length).toBeGreaterThan(0);
    // The line is several times the piece its end is looked for in (LINE_SCAN_BYTES, 1 MB).
    const journalBytes = (await Promise.all(segments.map(async (s) => (await stat(join(dir, 'copy', 'journal', s))).size))).reduce((a, b) => a + b, 0);
    expect(journalBytes).toBeGreaterThan(2 * 1024 * 1024);
    // The longest stretch of bytes one search for a line's end may cover (the rest of the buffer it searches), and
    // the turns of the event loop seen at each search of a whole piece (LINE_SCAN_BYTES).
    let longestSearch = 0;
    const pieceTicks: number[] = [];
    let ticks = 0;
    const indexOf = Buffer.prototype.indexOf;
    const searches = vi.spyOn(Buffer.prototype, 'indexOf').mockImplementation(function (this: Buffer, value: unknown, byteOffset?: unknown, encoding?: unknown) {
      if (value === 10) {
        longestSearch = Math.max(longestSearch, this.length - (typeof byteOffset === 'number' ? byteOffset : 0));
        if (this.length === 1024 * 1024 && byteOffset === undefined) pieceTicks.push(ticks);
      }
      return indexOf.call(this, value as number, byteOffset as number, encoding as BufferEncoding);
    });
    const atOnce = vi.spyOn(WorkspaceState.prototype, 'apply');
    let opening = true;
    const ticker = (async () => {
      while (opening) {
        await new Promise<void>((r) => setImmediate(r));
        ticks++;
      }
    })();
    let reopened: Awaited<ReturnType<typeof openWorkspaceStore>>;
    try {
      reopened = await openWorkspaceStore(join(dir, 'copy'), { mode: 'write', sliceMs: 0 });
    } finally {
      opening = false;
      searches.mockRestore();
    }
    await ticker;
    try {
      // The big line's end was looked for a piece at a time, the event loop turning between two pieces.
      expect(longestSearch).toBeGreaterThan(0);
      expect(longestSearch).toBeLessThanOrEqual(1024 * 1024);
      expect(pieceTicks.length).toBeGreaterThanOrEqual(2);
      for (let k = 1; k < pieceTicks.length; k++) expect(pieceTicks[k]).toBeGreaterThan(pieceTicks[k - 1] as number);
      expect(atOnce).not.toHaveBeenCalled();
      expect(ticks).toBeGreaterThan(10);
      expect((reopened as unknown as { replayed: { commits: number } }).replayed.commits).toBe(1);
      expect((await reopened.findings({ limit: 0 })).total).toBe(5000);
      expect(verifyAuditChain(await reopened.auditLog())).toBe(-1);
    } finally {
      atOnce.mockRestore();
      await reopened.close();
    }
  });

  it('killed between two pieces of its journal line: the reopened store has none of it, nothing acknowledged lost', async () => {
    const folder = join(await tempDir(), 'ws');
    await (await openWorkspaceStore(folder, { mode: 'write' })).close();
    const child = spawn(process.execPath, [bundledEntry(join(repoRoot, 'tests/unit/store/helpers/bigCommitChild.ts')), folder, '3000'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
          lines.push(buffer.slice(0, nl));
          buffer = buffer.slice(nl + 1);
          if (lines[lines.length - 1] === 'mid') {
            child.kill('SIGKILL');
            resolve();
          }
        }
      });
      child.on('exit', () => reject(new Error(`the writer exited before it was killed: ${stderr}`)));
    });
    await exited;
    expect(lines).toEqual(['ack small', 'mid']);
    // Part of the big line is on disk, without its end.
    const journal = join(folder, 'journal');
    const segments = await readdir(journal);
    const tail = (await Promise.all(segments.map((n) => readFile(join(journal, n), 'utf8')))).join('');
    expect(tail).toContain('"f_big000000"');
    expect(tail.endsWith('\n')).toBe(false);

    const store = await openWorkspaceStore(folder, { mode: 'write' });
    try {
      expect(store.notices.some((n) => n.kind === 'torn-journal')).toBe(true);
      // None of the big commit: no finding, its audit event absent; the small one is there.
      expect((await store.findings({ limit: 0 })).total).toBe(0);
      expect(await store.getFindings(['f_big000000'])).toEqual([]);
      const audit = await store.auditLog();
      expect(audit.map((e) => e.action)).toEqual(['review.verified']);
      expect(verifyAuditChain(audit)).toBe(-1);
      // The store goes on: the same big commit now lands whole.
      await store.commit(addAll(3000));
    } finally {
      await store.close();
    }
    const reopened = await openWorkspaceStore(folder, { mode: 'read' });
    expect((await reopened.findings({ limit: 0 })).total).toBe(3000);
    expect(reopened.notices.some((n) => n.kind === 'torn-journal')).toBe(false);
    expect(verifyAuditChain(await reopened.auditLog())).toBe(-1);
    await reopened.close();
  });
});
