import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analysisKept, computeFindings, findingsUpToDate, prepareAnalysis } from '../../../electron/services/findings';
import { openForWriting } from '../../../electron/services/open';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { openWorkspaceStore } from '../../../electron/store/open';
import { META_ID, StoreWriteError } from '../../../electron/store/port';
import { ANALYSIS_VERSION, FindingsAnalysis } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { writeGeneratedArticles } from '../../bench/generate';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach, findingsShape, isFullAnalysisRead, onFirstFullRead } from './keptAnalysis';

/**
 * Whether the stored findings answer every claim change committed is durable (the workspace meta's
 * claimsRevision / findingsRevision, raised in the same commit as the change and stored with each
 * analysis): whatever kept an analysis from landing, the next open sees it and analyses everything
 * again. A close stops the analyses (the background one after the open, and those of edits and
 * imports) before they store anything; their actions are durable and their callers answered.
 */

/** What an editor sees of a finding. */
const shape = (findings: readonly Finding[]) => findingsShape(findings);

const opened = closedAfterEach();

const open = async (folder: string, prepareAnalysis = true) => {
  const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', prepareAnalysis });
  opened.push(service);
  return service;
};

/** The seeds and `count` generated articles, analysed; closed. */
async function build(count = 20): Promise<{ dir: string; folder: string }> {
  const dir = await tempDir();
  const folder = join(dir, 'ws');
  const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  if (count > 0) await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), count)]);
  await service.close();
  return { dir, folder };
}

/** Claims standing in findings, with a value: corrections of them change findings. */
async function targets(service: WorkspaceService) {
  const findings = await service.listFindings();
  const inFindings = new Set(findings.filter((f) => f.type !== 'consistent').flatMap((f) => f.claimIds));
  const claims = (await service.listClaims()).filter((c) => inFindings.has(c.id) && c.value !== null);
  expect(claims.length).toBeGreaterThan(2);
  return claims;
}

/** Opens with the background analysis, waits for it, and checks what is stored against a full analysis. */
async function reopenedMatchesFullAnalysis(folder: string): Promise<WorkspaceService> {
  const service = await open(folder);
  await service.analysisReady;
  expect(analysisKept(service.ctx)).toBe(true);
  expect(findingsUpToDate(await service.ctx.store.meta())).toBe(true);
  const stored = shape(await service.listFindings());
  expect(stored.length).toBeGreaterThan(0);
  expect(stored).toEqual(shape((await computeFindings(service.ctx)).after));
  return service;
}

async function metaOf(folder: string) {
  const store = await openWorkspaceStore(folder, { mode: 'read' });
  try {
    return await store.meta();
  } finally {
    await store.close();
  }
}

describe('the stored findings say durably whether they answer the claims', { timeout: 300_000 }, () => {
  it('an edit whose analysis never landed (analysis off, then a clean close that checkpoints): the next open analyses everything again', async () => {
    const { folder } = await build();
    expect(findingsUpToDate(await metaOf(folder))).toBe(true);
    const off = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder), seedsDir: null, defaultReviewer: 'Lan', analysis: 'off' });
    opened.push(off);
    const claims = await targets(off);
    await off.reviewClaim({ claimId: claims[0]!.id, status: 'corrected', correctedValue: (claims[0]!.value ?? 0) * 3 + 1 });
    // Compacted into the documents: no journal is left to tell what happened.
    await off.ctx.store.compact?.({ minJournalBytes: 0 });
    await off.close();
    opened.splice(0);
    const meta = await metaOf(folder);
    expect(findingsUpToDate(meta)).toBe(false);
    expect(meta.analysisVersion).toBe(ANALYSIS_VERSION);

    const full = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const service = await reopenedMatchesFullAnalysis(folder);
    // The background analysis ran in full (the computeFindings of the check above is the second).
    expect(full).toHaveBeenCalledTimes(2);
    // Another edit after that is incremental, and stores what a full analysis gives.
    full.mockClear();
    await service.reviewClaim({ claimId: claims[claims.length - 1]!.id, status: 'rejected' });
    expect(full).not.toHaveBeenCalled();
    full.mockRestore();
    expect(shape(await service.listFindings())).toEqual(shape((await computeFindings(service.ctx)).after));
    expect(findingsUpToDate(await service.ctx.store.meta())).toBe(true);
  });

  it('an edit right after the open, then close: the edit is answered and saved, its analysis stops (no full analysis awaited) and the next open catches up', async () => {
    const { folder } = await build();
    const first = await open(folder);
    const claims = await targets(first);
    const assembled = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const edit = first.reviewClaim({ claimId: claims[0]!.id, status: 'corrected', correctedValue: (claims[0]!.value ?? 0) * 3 + 1 });
    const closed = first.close();
    opened.splice(0);
    const outcome = await edit.then(
      (r) => r.status,
      (e: unknown) => `rejected: ${String(e)}`,
    );
    await closed;
    // The edit waited for the background build, which the close stopped: its analysis (a full one)
    // stopped too, before storing anything.
    expect(assembled).not.toHaveBeenCalled();
    assembled.mockRestore();
    expect(outcome).toBe('corrected');
    expect(findingsUpToDate(await metaOf(folder))).toBe(false);
    const service = await reopenedMatchesFullAnalysis(folder);
    expect((await service.ctx.store.reviews([claims[0]!.id]))[0]?.status).toBe('corrected');
  });

  it("a close during an import's analysis: the import is answered and its articles stored, the analysis stops, the next open analyses them", async () => {
    const { dir, folder } = await build(0);
    const service = await open(folder);
    await service.analysisReady;
    const countBefore = (await service.info()).articleCount;
    let closing: Promise<void> | null = null;
    const control = {
      cancelled: false,
      report: (p: { current?: string | null }) => {
        if (typeof p.current === 'string' && /Phân tích|Analysing/.test(p.current) && !closing) closing = service.close();
      },
    };
    const assembled = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const outcome = await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), 30)], control).then(
      (r) => `imported ${r.imported.length}`,
      (e: unknown) => `rejected: ${String(e)}`,
    );
    expect(closing).not.toBeNull();
    await closing;
    opened.splice(0);
    expect(assembled).not.toHaveBeenCalled();
    assembled.mockRestore();
    expect(outcome).toBe('imported 30');
    expect(findingsUpToDate(await metaOf(folder))).toBe(false);
    const again = await reopenedMatchesFullAnalysis(folder);
    expect((await again.info()).articleCount).toBe(countBefore + 30);
  });

  it('undo and redo of an edit keep the revision moving (the meta change is no part of what is undone)', async () => {
    const { folder } = await build();
    const service = await open(folder);
    await service.analysisReady;
    const claims = await targets(service);
    const start = (await service.ctx.store.meta()).claimsRevision ?? 0;
    await service.reviewClaim({ claimId: claims[0]!.id, status: 'corrected', correctedValue: (claims[0]!.value ?? 0) + 11 });
    expect((await service.undo()).action).toBe('review.corrected');
    expect((await service.redo()).action).toBe('review.corrected');
    expect((await service.undo()).action).toBe('review.corrected');
    const meta = await service.ctx.store.meta();
    expect(meta.claimsRevision).toBe(start + 4);
    expect(findingsUpToDate(meta)).toBe(true);
    expect((await service.ctx.store.reviews([claims[0]!.id])).length).toBe(0);
    expect(shape(await service.listFindings())).toEqual(shape((await computeFindings(service.ctx)).after));
  });

  it('a close right after an open does not wait for the store to parse the workspace nor read every claim', async () => {
    const { folder } = await build();
    for (const version of [ANALYSIS_VERSION, ANALYSIS_VERSION - 1]) {
      if (version !== ANALYSIS_VERSION) {
        const store = await openWorkspaceStore(folder, { mode: 'write' });
        const meta = await store.meta();
        await store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'meta', id: META_ID, before: meta, after: { ...meta, analysisVersion: version } }], audit: [] });
        await store.close();
      }
      const service = await WorkspaceService.open({
        repository: new LowdbWorkspaceRepository(folder, undefined, { lazyContentAbove: 0 }),
        seedsDir: null,
        defaultReviewer: 'Lan',
        prepareAnalysis: true,
      });
      const store = service.ctx.store as typeof service.ctx.store & { warmedUp?: () => Promise<void> };
      expect(store.warmedUp).toBeTypeOf('function');
      const everyClaim = vi.spyOn(store, 'claims');
      const everyFinding = vi.spyOn(store, 'findings');
      const decidedReads = store.decidedFindings ? vi.spyOn(store, 'decidedFindings') : null;
      // The close is asked while the background analysis waits for the store's own parse.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await service.close();
      expect(everyClaim.mock.calls.filter((args) => args[0] === undefined)).toEqual([]);
      expect(everyFinding.mock.calls.filter((args) => isFullAnalysisRead(args[0]))).toEqual([]);
      expect(decidedReads?.mock.calls ?? []).toEqual([]);
      vi.restoreAllMocks();
      expect((await metaOf(folder)).analysisVersion).toBe(version);
    }
  });
});

describe('a close while the background analysis waits for the store to parse the workspace', { timeout: 300_000 }, () => {
  it('does not wait for that parse to end (here: a parse that never ends)', async () => {
    const { folder } = await build();
    const store = await new LowdbWorkspaceRepository(folder, undefined, { lazyContentAbove: 0 }).openStore('write');
    const lazy = store as typeof store & { warmedUp?: () => Promise<void> };
    expect(lazy.warmedUp).toBeTypeOf('function');
    let asked = 0;
    lazy.warmedUp = () => {
      asked++;
      return new Promise<void>(() => undefined);
    };
    const service = await WorkspaceService.open({ store, seedsDir: null, defaultReviewer: 'Lan', prepareAnalysis: true });
    // The background analysis is waiting for the parse.
    while (asked === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const closed = await Promise.race([service.close().then(() => 'closed'), new Promise<string>((resolve) => setTimeout(() => resolve('still waiting'), 60_000).unref())]);
    expect(closed).toBe('closed');
    expect(analysisKept(service.ctx)).toBe(false);
  });
});

describe('a commit that fails takes back what it noted for the analysis', { timeout: 300_000 }, () => {
  it('a correction whose save failed leaves the kept analysis trusted (no full analysis), and a later edit is still analysed', async () => {
    const { folder } = await build();
    const service = await open(folder, false);
    const claims = await targets(service);
    const store = service.ctx.store;
    // The disk refuses the correction: nothing of it is applied.
    const commit = store.commit.bind(store);
    vi.spyOn(store, 'commit').mockImplementationOnce(() => Promise.reject(new StoreWriteError('disk full')));
    await expect(service.reviewClaim({ claimId: claims[0]!.id, status: 'corrected', correctedValue: (claims[0]!.value ?? 0) * 3 + 1 })).rejects.toMatchObject({ code: 'save_failed' });
    expect((await store.reviews([claims[0]!.id])).length).toBe(0);
    expect(store.commit).toHaveBeenCalledTimes(1);
    vi.mocked(store.commit).mockImplementation(commit);

    // The kept analysis is built from the stored claims and trusted: the failed edit changed none.
    const full = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    await prepareAnalysis(service.ctx);
    expect(analysisKept(service.ctx)).toBe(true);
    expect(full).not.toHaveBeenCalled();
    // The same correction, saved this time, is analysed incrementally and stores what a full analysis gives.
    await service.reviewClaim({ claimId: claims[0]!.id, status: 'corrected', correctedValue: (claims[0]!.value ?? 0) * 3 + 1 });
    expect(full).not.toHaveBeenCalled();
    full.mockRestore();
    expect(shape(await service.listFindings())).toEqual(shape((await computeFindings(service.ctx)).after));
    expect(findingsUpToDate(await store.meta())).toBe(true);
  });
});

describe('decisions made while an analysis computes the findings', { timeout: 300_000 }, () => {
  it('are kept: the findings are assembled again from the analysis already built (not built twice), and the analysis still lands', async () => {
    const { folder } = await build();
    const service = await open(folder, false);
    const [finding] = (await service.ctx.store.findings({ statuses: ['open'], types: ['conflict', 'internal', 'update'], limit: 1 })).items;
    expect(finding).toBeDefined();
    // The stored explanation differs from what the analysis writes: the analysis changes this finding.
    const store = service.ctx.store;
    await store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'findings', id: finding!.id, before: finding!, after: { ...finding!, explanation: 'cũ' } }], audit: [] });
    // The editor dismisses it right after the analysis read the findings.
    const decided = onFirstFullRead(store, async () => {
      await service.decideFinding({ findingId: finding!.id, decision: 'dismiss', note: 'đã kiểm tra' });
    });
    const builds = vi.spyOn(FindingsAnalysis, 'staged');
    await service.analyze();
    expect(decided()).toBe(true);
    expect(builds).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    const [stored] = await store.getFindings([finding!.id]);
    expect(stored?.status).toBe('dismissed');
    expect(stored?.decision?.note).toBe('đã kiểm tra');
    expect(stored?.explanation).toBe(finding!.explanation);
    expect(findingsUpToDate(await store.meta())).toBe(true);
    expect(shape(await service.listFindings())).toEqual(shape((await computeFindings(service.ctx)).after));
  });
});
