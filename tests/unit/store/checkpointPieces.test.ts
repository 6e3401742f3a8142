import { cp, readdir, readFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/store/auditChain';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, TEMP_PREFIX, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { WorkspaceStore } from '../../../electron/store/port';
import type { Article } from '../../../shared/schema';
import { tempDir } from '../helpers';
import { textArticle } from './helpers/articles';

// A checkpoint writes each document in pieces (stringifyPieces: a document of megabytes is never one
// string; the pieces go through a reused buffer of 512 kB), the event loop free between two writes. The bytes must be those of one JSON.stringify of
// the captured document, and a process killed between two pieces leaves a workspace that opens with
// every acknowledged commit.

const article = (i: number, text: string): Article => textArticle('piece', i, text);

// Texts of 200-300 kB, with what JSON escapes: quotes, backslashes, a lone surrogate.
const articles = Array.from({ length: 4 }, (_, i) => article(i, `Số liệu năm 202${i}: "1.234.567" người \\ ${'\uD800'.repeat(i)} đạt 23%. `.repeat(4000 + i * 1000)));

const at = '2026-11-30T08:00:00.000Z';
async function addArticles(store: WorkspaceStore, list: Article[]): Promise<void> {
  await store.commit({ action: 'import', who: 'Lan', at, changes: list.map((a) => ({ table: 'articles' as const, id: a.id, before: null, after: a })), audit: [] });
}
const auditEvents = (n: number) => Array.from({ length: n }, (_, i) => ({ who: 'Lan', when: at, action: 'review.verified', target: `claim:c${i}`, before: null, after: { status: 'verified', note: `Đã đối chiếu "số ${i}" với báo cáo của Tổng cục Thống kê. `.repeat(6) } }));

type Piece = { file: string; tick: number };


/** The real fs, noting each write to a data document's temp file (a piece) and how often the event loop turned by then. */
function piecesFs(clock: { tick: number }, pieces: Piece[], stall?: { afterPieces: number; stalled: (handle: fsp.FileHandle) => void }): StoreFs {
  return {
    ...nodeFs,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      const name = String(path).split('/').slice(-2).join('/');
      if (!name.startsWith(`data/${TEMP_PREFIX}`)) return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (typeof value !== 'function') return value;
          if (prop !== 'writeFile' && prop !== 'write') return value.bind(target);
          return async (...args: unknown[]) => {
            pieces.push({ file: name, tick: clock.tick });
            // Killed between two pieces of the audit document: part of it is on disk, nothing more ever is.
            if (stall && name.includes('-audit-') && pieces.filter((p) => p.file === name).length > stall.afterPieces) {
              stall.stalled(target);
              return new Promise(() => undefined);
            }
            return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          };
        },
      });
    }) as StoreFs['open'],
  };
}

/** Counts turns of the event loop (a setImmediate chain) until stopped. */
function loopTurns(): { clock: { tick: number }; stop: () => void } {
  const clock = { tick: 0 };
  let on = true;
  const turn = () => {
    if (!on) return;
    clock.tick++;
    setImmediate(turn);
  };
  setImmediate(turn);
  return { clock, stop: () => (on = false) };
}

describe('a checkpoint writes documents in pieces', () => {
  it('writes the bytes of one JSON.stringify of each captured document, in pieces with the event loop turning between them', async () => {
    const folder = join(await tempDir(), 'ws');
    const { clock, stop } = loopTurns();
    const pieces: Piece[] = [];
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs: piecesFs(clock, pieces), checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as LowdbFolderStore;
    await addArticles(store, articles);
    await store.commit({ action: 'bench.history', who: 'Lan', at, changes: [], audit: auditEvents(3000) });
    pieces.length = 0;
    await store.checkpoint();
    stop();
    // What the checkpoint wrote, and what one JSON.stringify of each document gives now (no commit since).
    const manifest = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as { checkpointSeq: number; documents: Record<string, string> };
    const written = Object.entries(manifest.documents).filter(([, name]) => name.endsWith(`.${manifest.checkpointSeq}.json`));
    const internals = store as unknown as { captureDocuments(keys: ReadonlySet<string>): Map<string, unknown> };
    const whole = internals.captureDocuments(new Set(written.map(([key]) => key)));
    expect(written.some(([key]) => key.startsWith('content-'))).toBe(true);
    expect(written.some(([key]) => key.startsWith('audit-'))).toBe(true);
    for (const [key, name] of written) expect(await readFile(join(folder, 'data', name), 'utf8'), key).toBe(JSON.stringify(whole.get(key)));
    // The audit document (3,000 events, some 2 MB) went in several writes of its pieces, the event loop
    // turning between its first write and its last.
    const auditPieces = pieces.filter((p) => p.file.endsWith(`-audit-000000.${manifest.checkpointSeq}.json`));
    expect(auditPieces.length).toBeGreaterThan(2);
    expect(auditPieces.at(-1)!.tick).toBeGreaterThan(auditPieces[0]!.tick);
    await store.close();
    // Read back after a restart.
    const again = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0 });
    expect((await again.articles()).map((a) => a.text)).toEqual(articles.map((a) => a.text));
    expect(await again.auditLog()).toHaveLength(3000);
    await again.close();
  });

  it('a process killed between two pieces of a document leaves a workspace that opens with every acknowledged commit', async () => {
    for (const afterPieces of [1, 2, 3]) {
      const folder = join(await tempDir(), 'ws');
      const setup = await openWorkspaceStore(folder, { mode: 'write' });
      await addArticles(setup, articles);
      await setup.close();
      // Acknowledged after the last checkpoint: an edited text, a new article, audit events.
      const edited = articles.map((a, i) => (i === 2 ? { ...a, text: `${a.text} — đã đính chính` } : a));
      const added = article(9, 'Bài mới: giá điện tăng 3%.');
      let stalled!: (handle: fsp.FileHandle) => void;
      const stalledNow = new Promise<fsp.FileHandle>((r) => (stalled = r));
      const { clock, stop } = loopTurns();
      const dying = (await openWorkspaceStore(folder, { mode: 'write', fs: piecesFs(clock, [], { afterPieces, stalled }), checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as LowdbFolderStore;
      await dying.commit({ action: 'reextract', who: 'Lan', at, changes: [{ table: 'articles', id: edited[2]!.id, before: articles[2]!, after: edited[2]! }], audit: [] });
      await addArticles(dying, [added]);
      await dying.commit({ action: 'bench.history', who: 'Lan', at, changes: [], audit: auditEvents(3000) });
      const done = dying.checkpoint().then(() => 'finished');
      // Killed in the middle: the checkpoint never gets to its end.
      expect(await Promise.race([stalledNow.then(() => 'stalled'), done])).toBe('stalled');
      stop();
      // The folder as the killed process leaves it: the audit document partly written under a temp name.
      const killed = `${folder}-killed-${afterPieces}`;
      await cp(folder, killed, { recursive: true, filter: (src) => !src.endsWith('/lock') });
      const temp = (await readdir(join(killed, 'data'))).filter((n) => n.startsWith(TEMP_PREFIX) && n.includes('-audit-'));
      expect(temp).toHaveLength(1);
      const part = await readFile(join(killed, 'data', temp[0]!), 'utf8');
      expect(part.startsWith('{"events":[{')).toBe(true);
      expect(() => JSON.parse(part)).toThrow(SyntaxError);
      await (await stalledNow).close();
      const store = await openWorkspaceStore(killed, { mode: 'write', lazyContentAbove: 0 });
      expect((await store.articles()).map((a) => a.text).sort()).toEqual([...edited, added].map((a) => a.text).sort());
      const audit = await store.auditLog();
      expect(audit).toHaveLength(3000);
      expect(verifyAuditChain(audit)).toBe(-1);
      expect((await readdir(join(killed, 'data'))).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
      await store.close();
    }
  });
});
