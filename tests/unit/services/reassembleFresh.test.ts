import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analysesSettled, analyze } from '../../../electron/services/findings';
import { openForWriting } from '../../../electron/services/open';
import type { WorkspaceService } from '../../../electron/services/workspaceService';
import { explainStoredFinding } from '../../../shared/analysis';
import { toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { writeGeneratedArticles } from '../../bench/generate';
import { seedsDir, tempDir } from '../helpers';
import { afterFullReads, closedAfterEach, onFirstFullRead } from './keptAnalysis';

const opened = closedAfterEach();

/** Seeds + `count` generated articles, analysed, closed. */
async function workspaceWith(dir: string, name: string, count: number, reviewer: string): Promise<string> {
  const folder = join(dir, name);
  const s0 = await openForWriting(folder, { seedsDir, defaultReviewer: reviewer });
  await s0.importPaths([writeGeneratedArticles(join(dir, `${name}-articles`), count)]);
  await s0.close();
  return folder;
}

/** Gives one stored finding a stale explanation, so that the next full analysis rewrites it. */
async function makeStale(service: WorkspaceService) {
  const store = service.ctx.store;
  const [f] = (await store.findings({ statuses: ['open'], types: ['conflict'], limit: 1 })).items;
  expect(f).toBeDefined();
  await store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'findings', id: f!.id, before: f!, after: { ...f!, explanation: 'cũ' } }], audit: [] });
  return f!;
}

/**
 * When an analysis' commit is refused because a finding it changes moved meanwhile, the findings are
 * re-assembled from the analysis already built (findings.ts: storeFindings). That re-assembly must use
 * what holds NOW, not what held when the analysis started: the language of the settings, and the
 * claims (a merge that landed meanwhile sends the analysis to a fresh run instead).
 */
/** Resolves once the settings say English (the switch's settings commit landed). */
async function settingsSwitched(store: { settings: () => Promise<{ language: string }> }): Promise<void> {
  while ((await store.settings()).language !== 'en') await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('re-assembly of a refused analysis commit', { timeout: 600_000 }, () => {
  it('writes the explanations in the language switched to during a full analysis', async () => {
    const dir = await tempDir();
    const folder = await workspaceWith(dir, 'ws', 20, 'Lan');
    const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan' });
    opened.push(service);
    const store = service.ctx.store;
    expect((await store.settings()).language).toBe('vi');
    await makeStale(service);
    // Right after the full analysis read every finding (and the old language): the switch's
    // settings commit lands now; it is answered at once, and its re-explanation of the findings waits
    // in the analysis queue behind this analysis (awaited below through analysesSettled).
    let switching: Promise<unknown> = Promise.resolve();
    const switched = onFirstFullRead(store, async () => {
      switching = service.updateSettings({ language: 'en' });
      await settingsSwitched(store);
    });
    await analyze(service.ctx);
    await switching;
    await analysesSettled(service.ctx);
    vi.restoreAllMocks();
    expect(switched()).toBe(true);
    expect((await store.settings()).language).toBe('en');
    const all = (await store.findings()).items;
    expect(all.length).toBeGreaterThan(100);
    const notEnglish = all.filter((x) => x.explanation !== explainStoredFinding(x, 'en'));
    expect(notEnglish.map((x) => x.explanation).slice(0, 3)).toEqual([]);
  });

  it('writes the explanations in the language switched to during an edit\'s incremental analysis', async () => {
    const dir = await tempDir();
    const folder = await workspaceWith(dir, 'ws', 20, 'Lan');
    const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', prepareAnalysis: true });
    opened.push(service);
    await service.analysisReady;
    const store = service.ctx.store;
    const target = (await service.listFindings()).find((x) => x.type === 'conflict' && x.status === 'open' && x.claimIds.length === 2);
    expect(target).toBeDefined();
    const [claim] = await store.claims([target!.claimIds[0]!]);
    const read = store.getFindings.bind(store);
    let switched = false;
    vi.spyOn(store, 'getFindings').mockImplementation(async (ids) => {
      const found = await read(ids);
      // Right after the edit's analysis read the findings it re-examines.
      if (!switched && ids.includes(target!.id) && ids.length > 1) {
        switched = true;
        switching = service.updateSettings({ language: 'en' });
        await settingsSwitched(store);
      }
      return found;
    });
    let switching: Promise<unknown> = Promise.resolve();
    await service.reviewClaim({ claimId: claim!.id, status: 'corrected', correctedValue: (claim!.value ?? 0) * 7 + 13 });
    await switching;
    await analysesSettled(service.ctx);
    vi.restoreAllMocks();
    expect(switched).toBe(true);
    const all = (await store.findings()).items;
    const notEnglish = all.filter((x) => x.explanation !== explainStoredFinding(x, 'en'));
    expect(notEnglish.map((x) => x.explanation).slice(0, 3)).toEqual([]);
  });

  // Control (false): without the decision there is no refused commit and no re-assembly.
  it.each([true, false])('keeps the decision of a finding a merge brought during a full analysis (a decision forces the re-assembly: %s)', async (decideMeanwhile) => {
    const dir = await tempDir();
    // A colleague's workspace B: a finding on claims workspace A does not have is dismissed, and B exported.
    const b = await openForWriting(await workspaceWith(dir, 'wsB', 30, 'Minh'), { seedsDir: null, defaultReviewer: 'Minh' });
    opened.push(b);
    const folderA = await workspaceWith(dir, 'wsA', 20, 'Lan');
    const a0 = await openForWriting(folderA, { seedsDir: null, defaultReviewer: 'Lan' });
    const aClaims = new Set((await a0.listClaims()).map((c) => c.id));
    await a0.close();
    const g = (await b.listFindings()).find((f) => f.status === 'open' && f.type === 'conflict' && f.claimIds.some((id) => !aClaims.has(id)));
    expect(g).toBeDefined();
    await b.decideFinding({ findingId: g!.id, decision: 'dismiss', note: 'đã gọi phóng viên' });
    const exportFile = join(dir, 'b-export.json');
    writeFileSync(exportFile, toWorkspaceJson(b.workspace as never, { exportedAt: '2026-06-01T00:00:00.000Z' }));
    await b.close();
    opened.splice(0);

    const service = await openForWriting(folderA, { seedsDir: null, defaultReviewer: 'Lan' });
    opened.push(service);
    const store = service.ctx.store;
    const f = await makeStale(service);
    let state: 'armed' | 'busy' | 'done' = 'armed';
    const importing: { report: ReturnType<WorkspaceService['importPaths']> | null } = { report: null };
    afterFullReads(store, async () => {
      if (state === 'armed') {
        state = 'busy';
        // Right after the full analysis read everything, the editor imports B's export: its merge
        // commit lands now, its own analysis queues behind this one...
        importing.report = service.importPaths([exportFile]);
        for (let i = 0; i < 2000 && (await store.getFindings([g!.id])).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
        // ...then dismisses a finding this analysis rewrites: its commit will be refused.
        if (decideMeanwhile) await service.decideFinding({ findingId: f.id, decision: 'dismiss', note: 'đã kiểm tra' });
        state = 'done';
      }
    });
    await analyze(service.ctx);
    expect(state).toBe('done');
    const report = await importing.report;
    vi.restoreAllMocks();
    expect(report?.merged?.findings).toBeGreaterThan(0);
    const [gAfter] = await store.getFindings([g!.id]);
    expect({ status: gAfter?.status, note: gAfter?.decision?.note, by: gAfter?.decision?.by }).toEqual({ status: 'dismissed', note: 'đã gọi phóng viên', by: 'Minh' });
    if (decideMeanwhile) expect((await store.getFindings([f.id]))[0]?.status).toBe('dismissed');
  });
});
