import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeFindings } from '../../../electron/services/findings';
import { openForWriting } from '../../../electron/services/open';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { FINDING_CHUNK, setFindingChunkForNewWorkspaces, type LowdbFolderStore, type Manifest } from '../../../electron/store/lowdb/folderStore';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { FindingQuery, WorkspaceStore } from '../../../electron/store/port';
import type { Finding } from '../../../shared/schema';
import { writeGeneratedArticles } from '../../bench/generate';
import { seedsDir, tempDir } from '../helpers';

const CHUNK = 20;

afterEach(() => setFindingChunkForNewWorkspaces(FINDING_CHUNK));

const notSame = (f: Finding) => f.status === 'dismissed' && f.decision?.kind === 'dismissed' && f.decision.reason === 'not-same-fact';
const chunkOf = (ord: number) => `fchunk-${String(Math.floor(ord / CHUNK)).padStart(5, '0')}`;

/**
 * The seeds and 25 generated articles with their findings: many dismissed for another reason (one
 * in three open findings, across most chunks) and three as "not the same fact"; closed.
 */
async function build(): Promise<{ folder: string; notSameIds: string[]; otherIds: string[] }> {
  const dir = await tempDir();
  const folder = join(dir, 'ws');
  setFindingChunkForNewWorkspaces(CHUNK);
  const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), 25)]);
  const open = (await service.listFindings()).filter((f) => f.type !== 'consistent' && f.claimIds.length === 2);
  const otherIds: string[] = [];
  const notSameIds: string[] = [];
  for (const [i, f] of open.entries()) {
    if (i % 3 === 0) {
      await service.decideFinding({ findingId: f.id, decision: 'dismiss', note: 'đã kiểm tra', reason: 'other' });
      otherIds.push(f.id);
    } else if (i % 3 === 1 && notSameIds.length < 3 && i > open.length / 2) {
      await service.decideFinding({ findingId: f.id, decision: 'dismiss', note: 'không cùng sự việc', reason: 'not-same-fact' });
      notSameIds.push(f.id);
    }
  }
  await service.close();
  await rm(join(dir, 'articles'), { recursive: true, force: true });
  return { folder, notSameIds, otherIds };
}

const readManifest = async (folder: string) => JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Manifest;
interface Inside {
  lazyFindingChunks: Map<string, string>;
  lazyFindingMeta: Map<string, { ord: number }>;
}
const inside = (store: WorkspaceStore) => store as unknown as Inside;
const lazyOpen = (folder: string) => openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false }) as Promise<LowdbFolderStore>;

describe('"not the same fact" dismissals by the findings index', { timeout: 240_000 }, () => {
  it('are read without parsing the chunks of the other dismissals, and equal the full path; an older findings index reads more, the same answer', async () => {
    const { folder, notSameIds, otherIds } = await build();
    expect(notSameIds).toHaveLength(3);
    expect(otherIds.length).toBeGreaterThan(30);

    const store = await lazyOpen(folder);
    let expected: Finding[];
    try {
      // The findings index first (it reads the findings index documents, no chunk; a query by claim no
      // longer does: it reads by the findings keys).
      await store.attentionClaimIds({ limit: 1 });
      const chunks = inside(store).lazyFindingChunks.size;
      const ordOf = (id: string) => inside(store).lazyFindingMeta.get(id)!.ord;
      const notSameChunks = new Set(notSameIds.map((id) => chunkOf(ordOf(id))));
      const otherChunks = new Set(otherIds.map((id) => chunkOf(ordOf(id))).filter((k) => !notSameChunks.has(k)));
      expect(otherChunks.size).toBeGreaterThan(5);

      const found = await store.notSameFactDismissals();
      expect(found.map((f) => f.id).sort()).toEqual([...notSameIds].sort());
      // Parsed: the chunks holding these three, none of the chunks of the other dismissals.
      expect(chunks - inside(store).lazyFindingChunks.size).toBe(notSameChunks.size);
      for (const k of otherChunks) expect(inside(store).lazyFindingChunks.has(k)).toBe(true);

      // The full path: every dismissed finding read, those kept.
      expected = (await store.findings({ statuses: ['dismissed'] })).items.filter(notSame);
      expect(found).toEqual(expected);
    } finally {
      await store.close();
    }

    // Index documents written before they said the reason: every dismissal may be one; the same answer.
    const manifest = await readManifest(folder);
    for (const [key, name] of Object.entries(manifest.documents)) {
      if (!key.startsWith('findex-')) continue;
      const path = join(folder, 'data', name);
      const doc = JSON.parse(await readFile(path, 'utf8')) as { findings: unknown[][] };
      await writeFile(path, JSON.stringify({ findings: doc.findings.map((e) => e.slice(0, 7)) }));
    }
    const older = await lazyOpen(folder);
    try {
      expect(await older.notSameFactDismissals()).toEqual(expected);
    } finally {
      await older.close();
    }
  });

  it('an incremental re-analysis reads only those among the dismissed findings, and stores what a full analysis gives', async () => {
    const { folder, notSameIds } = await build();
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder, undefined, { lazyContentAbove: 0, warmUp: false }), seedsDir: null, defaultReviewer: 'Lan' });
    const store = service.ctx.store as LowdbFolderStore;
    // Spies: queries for the dismissed findings, and the "not the same fact" ones read.
    const dismissedQueries: FindingQuery[] = [];
    const findings = store.findings.bind(store);
    store.findings = (q?: FindingQuery) => {
      if (q?.statuses?.includes('dismissed') && q.limit !== 0) dismissedQueries.push(q);
      return findings(q);
    };
    const notSameReads: number[] = [];
    const notSameOf = store.notSameFactDismissals.bind(store);
    store.notSameFactDismissals = async () => {
      const found = await notSameOf();
      notSameReads.push(found.length);
      return found;
    };
    try {
      const claims = await service.listClaims();
      const percents = claims.filter((c) => c.kind === 'percent' && c.value !== null);
      // The first edit after the open: a full analysis (it keeps the analysis for the next ones).
      await service.reviewClaim({ claimId: percents[0]!.id, status: 'corrected', correctedValue: (percents[0]!.value ?? 0) + 3 });
      dismissedQueries.length = 0;
      for (const c of percents.slice(1, 4)) {
        await service.reviewClaim({ claimId: c.id, status: 'corrected', correctedValue: (c.value ?? 0) + 11 });
        const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        const stored = (await service.listFindings()).sort(byId);
        const full = (await computeFindings(service.ctx)).after.sort(byId);
        expect(stored).toEqual(full);
      }
      // Each incremental re-analysis read the three "not the same fact" dismissals, no other dismissed finding.
      expect(notSameReads.length).toBeGreaterThanOrEqual(3);
      for (const n of notSameReads) expect(n).toBe(notSameIds.length);
      expect(dismissedQueries.filter((q) => q.statuses?.length === 1)).toEqual([]);
      // The dismissals held.
      const all = await service.listFindings();
      for (const id of notSameIds) expect(all.find((f) => f.id === id)?.status).toBe('dismissed');
    } finally {
      await service.close();
    }
  });
});
