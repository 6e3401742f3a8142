import { join } from 'node:path';
import { afterEach, expect, vi } from 'vitest';
import { openForWriting } from '../../../electron/services/open';
import { analysisKept } from '../../../electron/services/findings';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { openWorkspaceStore } from '../../../electron/store/open';
import { META_ID, type FindingQuery } from '../../../electron/store/port';
import { ANALYSIS_VERSION } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { writeGeneratedArticles } from '../../bench/generate';
import { seedsDir, tempDir } from '../helpers';

/**
 * What the kept-analysis tests share: services closed after each test, a workspace of generated
 * articles, and what an editor sees of a finding.
 */

/**
 * Makes the stored findings of the closed workspace at `path` another (older) engine's, one open finding
 * dropped: the next open analyses everything again in the background and puts it back. Returns that
 * finding's id.
 */
export async function olderEngineFindings(path: string): Promise<string> {
  const store = await openWorkspaceStore(path, { mode: 'write' });
  try {
    const [dropped] = (await store.findings({ statuses: ['open'], limit: 1 })).items;
    if (!dropped) throw new Error('no open finding to drop');
    const meta = await store.meta();
    await store.commit({
      action: 'test',
      who: 'Lan',
      at: '2026-06-01T00:00:00.000Z',
      changes: [
        { table: 'findings', id: dropped.id, before: dropped, after: null },
        { table: 'meta', id: META_ID, before: meta, after: { ...meta, analysisVersion: ANALYSIS_VERSION - 1 } },
      ],
      audit: [],
    });
    return dropped.id;
  } finally {
    await store.close();
  }
}

/** A list to push opened services to: each is closed (and every spy restored) after each test. */
export function closedAfterEach(): WorkspaceService[] {
  const opened: WorkspaceService[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  });
  return opened;
}

/**
 * The seeds workspace, its analysis kept, whose analysis work runs one step per slice (sliceMs 0): every
 * step of an edit's re-analysis lets the event loop turn, whatever the machine's speed. Closed after the test.
 */
export async function openSlicedSeeds(opened: WorkspaceService[]): Promise<WorkspaceService> {
  const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(await tempDir(), 'ws.json')), seedsDir, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(service);
  expect(analysisKept(service.ctx)).toBe(true);
  return service;
}

/** A workspace folder with the seeds and `articles` generated articles imported, closed again. */
export async function generatedWorkspace(articles = 20): Promise<{ dir: string; folder: string }> {
  const dir = await tempDir();
  const folder = join(dir, 'ws');
  const s0 = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  await s0.importPaths([writeGeneratedArticles(join(dir, 'articles'), articles)]);
  await s0.close();
  return { dir, folder };
}

/** What an editor sees of each finding (and its fingerprint, when asked), in id order. */
export function findingsShape(findings: readonly Finding[], withFingerprint = false) {
  return findings
    .map((f) => ({ id: f.id, type: f.type, claimIds: [...f.claimIds].sort(), status: f.status, ...(withFingerprint ? { fingerprint: f.fingerprint } : {}) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The findings read a full analysis starts from: every finding, or the decided ones where the store
 * compares the result with what it holds itself (electron/services/findings.ts, previousFindings).
 */
export function isFullAnalysisRead(query: FindingQuery | undefined): boolean {
  if (query === undefined) return true;
  const { statuses, ...rest } = query;
  return Object.keys(rest).length === 0 && statuses?.length === 2 && statuses.includes('resolved') && statuses.includes('dismissed');
}

/**
 * Runs `meanwhile` once, right after the first full read of the findings (what a full analysis reads
 * first): a decision, a switch or another writer's commit lands while the analysis computes. The
 * returned function tells whether it ran.
 */
export function onFirstFullRead(store: WorkspaceService['ctx']['store'], meanwhile: () => Promise<unknown>): () => boolean {
  let ran = false;
  afterFullReads(store, async () => {
    if (ran) return;
    ran = true;
    await meanwhile();
  });
  return () => ran;
}

/**
 * Runs `hook` right after each full read of the findings (see isFullAnalysisRead), and after each
 * read of the decided findings where the store reads them on its own (StoreReader.decidedFindings):
 * what a full analysis reads first. Undone by vi.restoreAllMocks.
 */
export function afterFullReads(store: WorkspaceService['ctx']['store'], hook: () => Promise<void>): void {
  const read = store.findings.bind(store);
  vi.spyOn(store, 'findings').mockImplementation(async (query) => {
    const page = await read(query);
    if (isFullAnalysisRead(query)) await hook();
    return page;
  });
  if (store.decidedFindings) {
    const decided = store.decidedFindings.bind(store);
    vi.spyOn(store, 'decidedFindings').mockImplementation(async () => {
      const found = await decided();
      await hook();
      return found;
    });
  }
}

/**
 * The workspace at `folder` opened for writing with its analysis prepared, once ready and kept (the
 * incremental analyses of edits start from it). Closed after the test.
 */
export async function openKept(folder: string, opened: WorkspaceService[]): Promise<WorkspaceService> {
  const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', prepareAnalysis: true });
  opened.push(service);
  await service.analysisReady;
  expect(analysisKept(service.ctx)).toBe(true);
  return service;
}

/**
 * Changes the workspace at `folder` with the analysis off (`change` gets an open conflict of two
 * claims: an edit whose analysis did not land), closes it, and opens it again with the analysis on:
 * the service (closed after the test) and what `change` returned.
 */
export async function changedWithAnalysisOff<T>(
  folder: string,
  opened: WorkspaceService[],
  change: (off: WorkspaceService, conflict: Finding) => Promise<T>,
): Promise<{ service: WorkspaceService; changed: T }> {
  const off = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder), seedsDir: null, defaultReviewer: 'Lan', analysis: 'off' });
  opened.push(off);
  const conflict = (await off.listFindings()).find((f) => f.type === 'conflict' && f.status === 'open' && f.claimIds.length === 2);
  expect(conflict).toBeDefined();
  const changed = await change(off, conflict!);
  await off.close();
  opened.splice(0);
  const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder), seedsDir: null, defaultReviewer: 'Lan' });
  opened.push(service);
  return { service, changed };
}
