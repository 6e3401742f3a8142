import { describe, expect, it } from 'vitest';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import { runStaged } from '../../../electron/store/state';
import type { Finding } from '../../../shared/schema';
import { buildGeneratedWorkspace } from './helpers/generatedWorkspace';

// A checkpoint's capture (inside the commit queue) takes only references to records and numbers;
// the content tuples, the content indexes and the findings indexes are built when each document is
// written, one at a time (at 10,000 articles the capture built ~160k index entries at once, all
// surviving every minor GC of the capture). What is written must still be the state at the capture.

const CHUNK = 20;

/** The 5 seeds and 25 generated articles, with their findings (CHUNK a chunk), closed (checkpointed). */
const build = (): Promise<string> => buildGeneratedWorkspace(25, { findingChunk: CHUNK });

interface Inside {
  allDocumentKeys(): Set<string>;
  captureStaged(keys: ReadonlySet<string>): Generator<void, Map<string, unknown>>;
  captureDocuments(keys: ReadonlySet<string>): Map<string, unknown>;
}
const inside = (store: LowdbFolderStore) => store as unknown as Inside;

/** Arrays reachable from `value` that are index tuples: [ord, id, …] of 7 (content index) or 8 (findings index) members. */
function indexTuples(value: unknown, seen = new Set<unknown>()): number {
  if (typeof value !== 'object' || value === null || seen.has(value)) return 0;
  seen.add(value);
  if (Array.isArray(value)) {
    const own = (value.length === 7 || value.length === 8) && typeof value[0] === 'number' && typeof value[1] === 'string' ? 1 : 0;
    return own + value.reduce((sum: number, v) => sum + indexTuples(v, seen), 0);
  }
  // Records (articles, claims, findings) hold no tuples; captured documents are plain objects or
  // their builders (closures: nothing reachable from here).
  return Object.values(value).reduce((sum: number, v) => sum + indexTuples(v, seen), 0);
}

describe('a checkpoint capture', () => {
  it('holds no index tuple: content and findings indexes are built when their document is written', async () => {
    const folder = await build();
    const store = (await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9, warmUp: false })) as LowdbFolderStore;
    try {
      const keys = inside(store).allDocumentKeys();
      const captured = runStaged(inside(store).captureStaged(keys));
      expect([...captured.keys()].filter((k) => k.startsWith('findex-')).length).toBeGreaterThan(2);
      expect([...captured.keys()].filter((k) => k.startsWith('index-')).length).toBeGreaterThan(0);
      expect(indexTuples([...captured.values()])).toBe(0);
      // Built, the same documents hold them.
      const whole = inside(store).captureDocuments(keys);
      expect(indexTuples([...whole.values()])).toBeGreaterThan(30);
    } finally {
      await store.close();
    }
  });

  it('writes the state at the capture, whatever is committed before the documents are built', async () => {
    const folder = await build();
    const store = (await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9, warmUp: false })) as LowdbFolderStore;
    try {
      const findings = (await store.findings()).items;
      // A finding whose article ids are just its claims' articles: its index entry leaves them out
      // (null) while its claims stand.
      const f = findings.find((x) => (x.articleIds ?? []).length > 0) as Finding;
      expect(f).toBeDefined();
      const keys = inside(store).allDocumentKeys();
      const expected = JSON.stringify([...inside(store).captureDocuments(keys)]);
      const captured = runStaged(inside(store).captureStaged(keys));
      // Committed after the capture, before any document is built: every claim of that finding
      // removed (its articles are no longer derivable), its status changed, an article retitled.
      const claims = await store.claims(f.claimIds);
      const [article] = await store.articleSummaries();
      const full = (await store.articleWithClaims(article!.id))!.article;
      await store.commit({
        action: 'test.change',
        who: 'Lan',
        at: '2026-11-30T08:00:00.000Z',
        changes: [
          ...claims.map((c) => ({ table: 'claims' as const, id: c.id, before: c, after: null })),
          { table: 'findings' as const, id: f.id, before: f, after: { ...f, status: 'dismissed' as const } },
          { table: 'articles' as const, id: full.id, before: full, after: { ...full, title: 'Đã đổi tên' } },
        ],
        audit: [],
      });
      // A content bucket's index is built when written, after its content document (whose spans it
      // gives): JSON.stringify builds it the same way (its toJSON), from what the capture took.
      const built = [...captured].map(([k, v]) => [
        k,
        v !== null && typeof v === 'object' && 'build' in v && !('toJSON' in v) ? runStaged((v as { build: () => Generator<void, unknown> }).build()) : v,
      ]);
      expect(JSON.stringify(built)).toBe(expected);
      // And the commit is seen by a capture after it.
      expect(JSON.stringify([...inside(store).captureDocuments(keys)])).not.toBe(expected);
    } finally {
      await store.close();
    }
  });
});
