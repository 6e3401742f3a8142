import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openForWriting } from '../../../electron/services/open';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { FindingHead, HEAD_SIZE, setFindingHeadSize } from '../../../electron/store/findingHead';
import { FINDING_CHUNK, FOLDER_SCHEMA_VERSION, setFindingChunkForNewWorkspaces, type LowdbFolderStore, type Manifest } from '../../../electron/store/lowdb/folderStore';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { FindingQuery, WorkspaceStore } from '../../../electron/store/port';
import type { Finding } from '../../../shared/schema';
import { writeGeneratedArticles } from '../../bench/generate';
import { seedsDir, tempDir } from '../helpers';

/** Findings per chunk, and per status group in a head: small, so heads run short and pages span chunks. */
const CHUNK = 20;
const HEAD = 12;

afterEach(() => {
  setFindingHeadSize(HEAD_SIZE);
  setFindingChunkForNewWorkspaces(FINDING_CHUNK);
});

/** The 5 seeds and 25 generated articles with their findings, some of them decided; closed (checkpointed). */
async function build(): Promise<string> {
  const dir = await tempDir();
  const folder = join(dir, 'ws');
  setFindingChunkForNewWorkspaces(CHUNK);
  setFindingHeadSize(HEAD);
  const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), 25)]);
  const all = await service.listFindings();
  const open = all.filter((f) => f.type !== 'consistent');
  for (const f of open.slice(3, 9)) await service.decideFinding({ findingId: f.id, decision: 'dismiss', note: 'khác số liệu' });
  for (const f of open.slice(12, 16)) await service.decideFinding({ findingId: f.id, decision: 'resolve', note: '' });
  await service.close();
  await rm(join(dir, 'articles'), { recursive: true, force: true });
  return folder;
}

const readManifest = async (folder: string) => JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Manifest;
const lazyOpen = (folder: string) => openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false }) as Promise<LowdbFolderStore>;
interface Inside {
  lazyFindingChunks: Map<string, string>;
  pendingFindex: Map<string, string>;
  findingHead: FindingHead | null;
  findingIndex: { ready: boolean };
}
const inside = (store: WorkspaceStore) => store as unknown as Inside;

const ATTENTION = ['conflict', 'update', 'internal'] as const;
/** The panel's first page ('open' and 'all' shows) and its counts: what the head answers. */
const FIRST: FindingQuery[] = [
  { statuses: ['open'], types: ATTENTION, offset: 0, limit: 5 },
  { offset: 0, limit: 5 },
  { statuses: ['open'], types: ATTENTION, offset: 0, limit: 0 },
  { statuses: ['resolved'], offset: 0, limit: 0 },
  { statuses: ['dismissed'], offset: 0, limit: 0 },
];
/** Every other filter the store offers: the head answers some of them, the index the rest. */
const OTHERS: FindingQuery[] = [
  { statuses: ['open'], types: ATTENTION, offset: 5, limit: 5 },
  { statuses: ['open'], types: ATTENTION, offset: 10, limit: 40 },
  { offset: 7, limit: 5 },
  { offset: 0, limit: 40 },
  { statuses: ['resolved'], offset: 0, limit: 5 },
  { statuses: ['dismissed'], offset: 0, limit: 10 },
  { statuses: ['dismissed', 'resolved'], offset: 2, limit: 6 },
  { types: ['consistent'], offset: 0, limit: 5 },
  { types: ['conflict'], offset: 0, limit: 5 },
  { statuses: ['open'], offset: 0, limit: 8 },
  {},
];

async function answers(store: WorkspaceStore, queries: readonly FindingQuery[], extra: { claimId: string; articleId: string }) {
  return {
    pages: await Promise.all([...queries, { claimId: extra.claimId }, { articleId: extra.articleId, limit: 3 }].map((q) => store.findings(q))),
    signature: await store.findingsSignature?.(),
  };
}

describe('the findings head answers the first findings page at once', { timeout: 240_000 }, () => {
  it('right after a lazy open: from the head (no findings index read), the same answers as the built index, under every filter', async () => {
    const folder = await build();
    const manifest = await readManifest(folder);
    expect(manifest.documents.fhead).toBeDefined();
    const chunks = Object.keys(manifest.documents).filter((k) => k.startsWith('fchunk-')).length;
    expect(chunks).toBeGreaterThan(5);

    const reference = await openWorkspaceStore(folder, { mode: 'write' });
    const all = (await reference.findings()).items;
    const extra = { claimId: all[0]!.claimIds[0]!, articleId: all[3]!.articleIds?.[0] ?? (await reference.claims([all[3]!.claimIds[0]!]))[0]!.articleId };
    const expected = await answers(reference, [...FIRST, ...OTHERS], extra);
    await reference.close();
    // The workspace has every kind of group the filters pick from.
    expect(expected.pages[3]!.total).toBeGreaterThan(0);
    expect(expected.pages[4]!.total).toBeGreaterThan(0);
    expect(expected.pages[0]!.total).toBeGreaterThan(HEAD);

    const store = await lazyOpen(folder);
    try {
      expect(inside(store).findingIndex.ready).toBe(false);
      expect(inside(store).findingHead?.count).toBe(all.length);
      const first = await Promise.all(FIRST.map((q) => store.findings(q)));
      const signature = await store.findingsSignature?.();
      // Answered from the head: the findings index documents are still to be read, and only the
      // chunks of the findings on the two pages are parsed.
      expect(inside(store).pendingFindex.size).toBeGreaterThan(0);
      expect(inside(store).findingIndex.ready).toBe(false);
      expect(chunks - inside(store).lazyFindingChunks.size).toBeLessThanOrEqual(4);
      expect(first).toEqual(expected.pages.slice(0, FIRST.length));
      expect(signature).toBe(expected.signature);
      // Every other query, head or index, answers the same; and the first pages once the index is built.
      expect(await answers(store, [...FIRST, ...OTHERS], extra)).toEqual(expected);
      expect(inside(store).findingIndex.ready).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('after commits that add, remove, dismiss and reopen findings: kept up to date, replayed from the journal, and written by the checkpoint', async () => {
    const folder = await build();
    setFindingHeadSize(HEAD);
    const service = await WorkspaceService.open({
      repository: new LowdbWorkspaceRepository(folder, undefined, { lazyContentAbove: 0, warmUp: false }),
      seedsDir: null,
      defaultReviewer: 'Lan',
      analysis: 'off',
    });
    const store = service.ctx.store;
    const all = (await store.findings()).items;
    const openOnes = all.filter((f) => f.status === 'open' && f.type !== 'consistent');
    const dismissed = all.filter((f) => f.status === 'dismissed');
    // Dismiss the first open ones (they leave the 'open' head, enter the 'dismissed' one), reopen a
    // dismissed one (back into the 'open' head, before its last entry), resolve one further down.
    for (const f of openOnes.slice(0, 3)) await service.decideFinding({ findingId: f.id, decision: 'dismiss', note: 'không cùng sự việc', reason: 'not-same-fact' });
    await service.decideFinding({ findingId: dismissed[0]!.id, decision: 'reopen' });
    await service.decideFinding({ findingId: openOnes[20]!.id, decision: 'resolve', note: '' });
    // Remove two findings (one in the 'open' head) and add two (they take the next stored orders).
    const at = '2026-06-01T00:00:00.000Z';
    const gone = [openOnes[4]!, all[all.length - 1]!];
    const added: Finding[] = [0, 1].map((i) => ({ ...openOnes[5]!, id: `f_added${i}`, status: i === 0 ? 'open' : 'dismissed', resolution: i === 0 ? null : 'x', explanation: `thêm ${i}` }));
    await store.commit({
      action: 'analysis.run',
      who: 'Lan',
      at,
      changes: [...gone.map((f) => ({ table: 'findings' as const, id: f.id, before: f, after: null })), ...added.map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f }))],
      audit: [],
    });
    const now = (await store.findings()).items;
    expect(now.length).toBe(all.length);
    const extra = { claimId: now[0]!.claimIds[0]!, articleId: now.find((f) => (f.articleIds ?? []).length > 0)?.articleIds?.[0] ?? (await store.articleSummaries())[0]!.id };
    // The head kept up to date by the commits answers what it can exactly as the (built) index does.
    const head = inside(store).findingHead as FindingHead;
    let answered = 0;
    for (const q of [...FIRST, ...OTHERS]) {
      const fromHead = head.page(q);
      const fromIndex = await store.findings(q);
      // The panel's first page and counts always; deeper pages while the head is long enough.
      if (FIRST.includes(q)) expect(fromHead).not.toBeNull();
      if (!fromHead) continue;
      answered++;
      expect(fromHead.total).toBe(fromIndex.total);
      expect(fromHead.entries.map(([, id]) => id)).toEqual(fromIndex.items.map((f) => f.id));
    }
    expect(answered).toBeGreaterThan(FIRST.length);
    expect(head.signature()).toBe(await store.findingsSignature?.());
    const expected = await answers(store, [...FIRST, ...OTHERS], extra);

    // Not checkpointed: a copy of the folder now opens with the commits in the journal, replayed
    // into the head (the lock file is this process's: the copy leaves it out).
    const copy = join(folder, '..', 'copy');
    await cp(folder, copy, { recursive: true, filter: (src) => !src.endsWith('/lock') });
    const fromJournal = await lazyOpen(copy);
    try {
      expect(fromJournal.replayed.commits).toBeGreaterThanOrEqual(6);
      // (Replaying finding changes reads the findings index documents: the index may be built
      // already, so the head is asked directly.)
      const replayedHead = inside(fromJournal).findingHead as FindingHead;
      expect(replayedHead.signature()).toBe(expected.signature);
      for (const [i, q] of FIRST.entries()) {
        const page = replayedHead.page(q);
        expect(page?.total).toBe(expected.pages[i]!.total);
        expect(page?.entries.map(([, id]) => id)).toEqual(expected.pages[i]!.items.map((f) => f.id));
      }
      expect(await answers(fromJournal, [...FIRST, ...OTHERS], extra)).toEqual(expected);
    } finally {
      await fromJournal.close();
    }

    // Checkpointed by the close: the head written from the index answers the same after a reopen.
    await service.close();
    const reopened = await lazyOpen(folder);
    try {
      expect(inside(reopened).findingIndex.ready).toBe(false);
      const first = await Promise.all(FIRST.map((q) => reopened.findings(q)));
      expect(inside(reopened).pendingFindex.size).toBeGreaterThan(0);
      expect(first).toEqual(expected.pages.slice(0, FIRST.length));
      expect(await answers(reopened, [...FIRST, ...OTHERS], extra)).toEqual(expected);
    } finally {
      await reopened.close();
    }
  });

  it('a workspace written before heads gets one at its next checkpoint; a damaged head is ignored, never trusted', async () => {
    const folder = await build();
    const manifest = await readManifest(folder);
    const headFile = join(folder, 'data', manifest.documents.fhead!);
    const { writeFile } = await import('node:fs/promises');
    // A damaged head: its counts no longer add up. The open ignores it and the index answers.
    const doc = JSON.parse(await readFile(headFile, 'utf8')) as { count: number };
    await writeFile(headFile, JSON.stringify({ ...doc, count: doc.count + 1 }));
    const damaged = await lazyOpen(folder);
    expect(inside(damaged).findingHead).toBeNull();
    const expected = await damaged.findings({ statuses: ['open'], types: ATTENTION, offset: 0, limit: 5 });
    await damaged.close();
    // …and the close wrote a good one again.
    const rewritten = await readManifest(folder);
    expect(FindingHead.parse(JSON.parse(await readFile(join(folder, 'data', rewritten.documents.fhead!), 'utf8'))).count).toBe(doc.count);
    // No head at all (written before heads): the same.
    delete rewritten.documents.fhead;
    await writeFile(join(folder, 'workspace.json'), JSON.stringify(rewritten, null, 1));
    const older = await lazyOpen(folder);
    expect(inside(older).findingHead).toBeNull();
    expect(await older.findings({ statuses: ['open'], types: ATTENTION, offset: 0, limit: 5 })).toEqual(expected);
    await older.close();
    const upgraded = await readManifest(folder);
    expect(upgraded.documents.fhead).toBeDefined();
    // A folder with a head says so in its version: a reader from before heads calls it "newer", not unreadable.
    expect(upgraded.schemaVersion).toBe(FOLDER_SCHEMA_VERSION);
    expect(FOLDER_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    const store = await lazyOpen(folder);
    try {
      expect(inside(store).findingHead).not.toBeNull();
      expect(await store.findings({ statuses: ['open'], types: ATTENTION, offset: 0, limit: 5 })).toEqual(expected);
      expect(inside(store).findingIndex.ready).toBe(false);
    } finally {
      await store.close();
    }
    // A head file gone missing: a writer (holding the lock) opens without it instead of retrying and failing.
    const last = await readManifest(folder);
    await rm(join(folder, 'data', last.documents.fhead!));
    const missing = await lazyOpen(folder);
    try {
      expect(inside(missing).findingHead).toBeNull();
      expect(await missing.findings({ statuses: ['open'], types: ATTENTION, offset: 0, limit: 5 })).toEqual(expected);
    } finally {
      await missing.close();
    }
  });
  it('a head with numbers out of range is refused: negative totals, counts or stored orders, a hash beyond 32 bits', async () => {
    const folder = await build();
    const manifest = await readManifest(folder);
    const doc = JSON.parse(await readFile(join(folder, 'data', manifest.documents.fhead!), 'utf8')) as { count: number; hash: number; groups: Record<string, { total: number; head: [number, string][] }> };
    // The document as written parses.
    expect(FindingHead.parse(doc, HEAD).count).toBe(doc.count);
    const variants: Array<(d: typeof doc) => void> = [
      (d) => { d.hash = -1; },
      (d) => { d.hash = 2 ** 32; },
      (d) => { d.hash = 1.5; },
      (d) => { d.count = -d.count; for (const g of Object.values(d.groups)) { g.total = -g.total; g.head = []; } },
      (d) => {
        // Totals still summing to the count, one of them negative.
        const [a, b] = Object.values(d.groups);
        a!.total += b!.total + 1; b!.total = -1; b!.head = [];
      },
      (d) => { const g = Object.values(d.groups).find((x) => x.head.length > 0)!; g.head[0]![0] = -1; },
    ];
    for (const change of variants) {
      const copy = JSON.parse(JSON.stringify(doc)) as typeof doc;
      change(copy);
      expect(() => FindingHead.parse(copy, HEAD)).toThrow();
    }
  });

  it('a well-formed head from another checkpoint (its count is not the manifest\'s) is stale: ignored, the index answers', async () => {
    const folder = await build();
    setFindingHeadSize(HEAD);
    const old = await readManifest(folder);
    const oldHead = await readFile(join(folder, 'data', old.documents.fhead!), 'utf8');
    // One finding fewer, checkpointed: a new head and a manifest counting one finding less.
    const store = await openWorkspaceStore(folder, { mode: 'write' });
    const [first] = (await store.findings({ statuses: ['open'], types: ATTENTION, offset: 0, limit: 1 })).items;
    await store.commit({ action: 'analysis.run', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'findings', id: first!.id, before: first!, after: null }], audit: [] });
    const expected = await store.findings({ statuses: ['open'], types: ATTENTION, offset: 0, limit: 5 });
    await store.close();
    const manifest = await readManifest(folder);
    expect(manifest.counts.findings).toBe(old.counts.findings! - 1);
    // The old head put in the new one's place: well-formed, and it still lists the finding removed.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(folder, 'data', manifest.documents.fhead!), oldHead);
    expect(FindingHead.parse(JSON.parse(oldHead), HEAD).count).toBe(old.counts.findings);
    const stale = await lazyOpen(folder);
    try {
      expect(inside(stale).findingHead).toBeNull();
      expect(await stale.findings({ statuses: ['open'], types: ATTENTION, offset: 0, limit: 5 })).toEqual(expected);
    } finally {
      await stale.close();
    }
  });

  it('a negative page offset (or limit) reads as 0 on both paths, the head and the index', async () => {
    const folder = await build();
    setFindingHeadSize(HEAD);
    const reference = await openWorkspaceStore(folder, { mode: 'write' });
    const queries: FindingQuery[] = [
      { statuses: ['open'], types: ATTENTION, limit: 5 },
      { limit: 5 },
    ];
    const expected = await Promise.all(queries.map((q) => reference.findings({ ...q, offset: 0 })));
    // The built index, asked with a negative offset, and with a negative limit (nothing).
    expect(await Promise.all(queries.map((q) => reference.findings({ ...q, offset: -3 })))).toEqual(expected);
    for (const q of queries) expect((await reference.findings({ ...q, offset: 0, limit: -2 })).items).toEqual([]);
    await reference.close();
    const store = await lazyOpen(folder);
    try {
      const head = inside(store).findingHead as FindingHead;
      for (const [i, q] of queries.entries()) {
        expect(head.page({ ...q, offset: -3 })?.entries.map(([, id]) => id)).toEqual(expected[i]!.items.map((f) => f.id));
        expect(head.page({ ...q, offset: 0, limit: -2 })?.entries).toEqual([]);
      }
      // Through the store while the head answers (the index not built).
      expect(await Promise.all(queries.map((q) => store.findings({ ...q, offset: -3 })))).toEqual(expected);
      expect(inside(store).findingIndex.ready).toBe(false);
    } finally {
      await store.close();
    }
  });
});
