import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { openForWriting } from '../../../electron/services/open';
import { analyze } from '../../../electron/services/findings';
import { setJobRunnerWait } from '../../../electron/services/context';
import { ANALYSIS_VERSION } from '../../../shared/analysis';
import { FindingsAnalysis } from '../../../shared/analysis';
import { AnalysisProgress, type AnalysisPhase } from '../../../shared/analysis/progress';
import { buildDocument } from '../../../shared/document';
import { DeskEvent, type JobStatus } from '../../../shared/ipc/contract';
import { generatedNews, writeGeneratedArticles } from '../../bench/generate';
import { seedsDir, tempDir } from '../helpers';
import { olderEngineFindings } from './keptAnalysis';

/** A progress that keeps what it told, the phases it was told, in order, and how far inside them. */
class Told extends AnalysisProgress {
  readonly shares: number[] = [];
  readonly phases: AnalysisPhase[] = [];
  /** Each `at` of a phase: the part of it done. */
  readonly parts: Array<{ phase: AnalysisPhase; part: number }> = [];
  constructor() {
    super((share) => this.shares.push(share));
  }
  override phase(phase: AnalysisPhase): void {
    if (this.phases.at(-1) !== phase) this.phases.push(phase);
    super.phase(phase);
  }
  override at(done: number, total: number): void {
    const phase = this.phases.at(-1);
    if (phase !== undefined && total > 0) this.parts.push({ phase, part: done / total });
    super.at(done, total);
  }
}

function drive<T>(stages: Generator<void, T>): T {
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/** Where phase `phase` starts for a workspace of `articles` articles. */
function startOf(phase: AnalysisPhase, articles: number): number {
  let told = 0;
  const progress = new AnalysisProgress((share) => (told = share));
  progress.size(articles);
  progress.phase(phase);
  return told;
}

/** A workspace of the seeds, closed; with `older`, its findings marked as another engine's (one dropped). */
async function seedsWorkspace(older: boolean): Promise<string> {
  const folder = join(await tempDir(), 'ws');
  const first = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  await first.close();
  if (older) await olderEngineFindings(folder);
  return folder;
}

/** Opened as the app's service host opens it: the background analysis, and handlers that serve jobs when `jobsServed`. */
function openAsHost(folder: string, jobsServed: boolean) {
  return openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', prepareAnalysis: true, upgradeInBackground: true, jobsServed });
}

/**
 * A newsroom's import of thousands of articles ends with minutes of contradiction analysis: the
 * progress line says how far it is (a share that only grows), not "Phân tích mâu thuẫn…" alone.
 */
describe('how far the analysis after an import is', { timeout: 120_000 }, () => {
  it('a staged analysis tells its phases in order and a share that only grows, at most once per percent', () => {
    const { articles, claims } = generatedNews(40, (raw, file, at) => buildDocument(raw, file, at));
    const progress = new Told();
    const analysis = drive(FindingsAnalysis.staged(articles, claims, progress));
    const findings = drive(analysis.findingsStaged([], { progress }));
    expect(findings.length).toBeGreaterThan(0);
    // Every phase of the engine, in the order they run (the store phase is the service's).
    expect(progress.phases).toEqual(['context', 'facts', 'cross', 'internal', 'alignment', 'pairDrafts', 'eventPairing', 'eventMatching', 'eventDrafts', 'assemble']);
    expect(progress.shares[0]).toBe(0);
    for (const [i, share] of progress.shares.entries()) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThan(1);
      if (i > 0) expect(share - (progress.shares[i - 1] as number)).toBeGreaterThanOrEqual(0.01);
    }
    // Told along the way, not only at the phases' starts.
    expect(progress.shares.length).toBeGreaterThan(progress.phases.length);
    // The analysis of the same articles without a progress gives the same findings.
    const plain = drive(drive(FindingsAnalysis.staged(articles, claims)).findingsStaged([]));
    expect(plain.map((f) => f.id)).toEqual(findings.map((f) => f.id));
    progress.done();
    expect(progress.shares.at(-1)).toBe(1);
  });

  it('the phases weigh as measured at the workspace size: the same-event pairing is a larger part of 10,000 articles than of 1,000', () => {
    // (Everything before the same-event pairing grows about as the articles; the pairing faster.)
    expect(startOf('eventPairing', 10_000)).toBeLessThan(startOf('eventPairing', 1_000) - 0.1);
    expect(startOf('assemble', 10_000)).toBeGreaterThan(0.5);
    for (const n of [1, 50, 1_000, 10_000, 100_000]) {
      expect(startOf('context', n)).toBe(0);
      expect(startOf('store', n)).toBeLessThan(1);
      expect(startOf('store', n)).toBeGreaterThan(startOf('assemble', n));
    }
  });

  it('the store phase says how far it is: the changes committed (checked, written, applied), the stored findings compared', async () => {
    const dir = await tempDir();
    const service = await openForWriting(join(dir, 'ws'), { seedsDir: null, defaultReviewer: 'Lan' });
    try {
      await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), 100)]);
      const all = (await service.ctx.store.findings()).items;
      // (A commit this big is applied in slices: below 2,000 changes one goes at once and says nothing.)
      expect(all.length).toBeGreaterThan(2000);
      await service.ctx.store.commit({ action: 'test.clear', who: 'Lan', at: '2026-12-06T00:00:00.000Z', changes: all.map((f) => ({ table: 'findings' as const, id: f.id, before: f, after: null })), audit: [] });

      // Every finding to insert: the commit tells its parts, growing, to the end.
      const committing = new Told();
      await analyze(service.ctx, { progress: committing });
      const commit = committing.parts.filter((p) => p.phase === 'store').map((p) => p.part);
      expect(commit.length).toBeGreaterThan(10);
      expect(commit).toEqual([...commit].sort((a, b) => a - b));
      expect(commit.at(-1)).toBeGreaterThan(0.99);
      expect(committing.shares.at(-1)).toBe(1);
      expect((await service.ctx.store.findings({ limit: 0 })).total).toBe(all.length);

      // Nothing to change: the comparison with the stored findings tells how far it is.
      const comparing = new Told();
      await analyze(service.ctx, { progress: comparing });
      const compared = comparing.parts.filter((p) => p.phase === 'store').map((p) => p.part);
      expect(compared.length).toBeGreaterThan(2);
      expect(compared).toEqual([...compared].sort((a, b) => a - b));
      // (Every finding of the analysis counted as a change to commit until the comparison ends.)
      expect(compared.every((p) => p > 0 && p <= 0.5)).toBe(true);
    } finally {
      await service.close();
    }
  });

  it("an import's and a re-extraction's jobs push the analysis share after their files, 0 to 1, then none (the contract's events)", async () => {
    const dir = await tempDir();
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(dir, 'ws')), seedsDir, defaultReviewer: 'Lan' });
    try {
      const events: DeskEvent[] = [];
      const folder = writeGeneratedArticles(join(dir, 'articles'), 40);
      const handlers = createHandlers(service, {
        openExternal: () => undefined,
        chooseImportPaths: () => Promise.resolve([folder]),
        chooseSavePath: () => Promise.resolve(null),
        emit: (e) => void events.push(DeskEvent.parse(e)),
      });
      const { jobId } = await handlers.startImport({ mode: 'folder' });
      const jobs = (): JobStatus[] => events.flatMap((e) => (e.type === 'job' && e.job.id === jobId ? [e.job] : []));
      for (let i = 0; i < 2000 && !jobs().some((j) => j.state !== 'running'); i++) await new Promise((r) => setTimeout(r, 10));
      const all = jobs();
      expect(all.at(-1)?.state).toBe('finished');
      expect(all.at(-1)?.analysis).toBeNull();
      const analysing = all.filter((j) => j.analysis !== null);
      // Only once every file is in, said with what runs; growing, never back.
      expect(analysing.length).toBeGreaterThan(0);
      for (const j of analysing) {
        expect(j.done).toBe(40);
        expect(j.current).toBe('Phân tích mâu thuẫn…');
      }
      const shares = analysing.map((j) => j.analysis as number);
      expect(shares).toEqual([...shares].sort((a, b) => a - b));
      // (Pushed at most every 100 ms: the 40 articles' analysis is seen under way, not necessarily its end.)
      expect(shares.some((s) => s > 0 && s < 1)).toBe(true);
      expect(all.filter((j) => j.analysis === null && j.state === 'running').every((j) => j.done < 40 || j.current === null)).toBe(true);

      // A re-extraction ends with the same analysis, and says how far it is the same way: after every article,
      // never back, and none at the end. (Its 40 articles' analysis may end within one 100 ms interval of the last
      // push, the end then pushed at once instead of a share: that a re-extraction's share reaches the editor is
      // tested through the CLI's own progress lines, tests/unit/cli/progress.test.ts.)
      const { jobId: again } = await handlers.reextract({});
      const reextracted = (): JobStatus[] => events.flatMap((e) => (e.type === 'job' && e.job.id === again ? [e.job] : []));
      for (let i = 0; i < 2000 && !reextracted().some((j) => j.state !== 'running'); i++) await new Promise((r) => setTimeout(r, 10));
      expect(reextracted().at(-1)?.state).toBe('finished');
      expect(reextracted().at(-1)?.analysis).toBeNull();
      const sharing = reextracted().filter((j) => j.analysis !== null);
      for (const j of sharing) expect(j.done).toBe(j.total);
      const shares2 = sharing.map((j) => j.analysis as number);
      expect(shares2).toEqual([...shares2].sort((a, b) => a - b));
    } finally {
      await service.close();
    }
  });

  it("the open's full analysis of another engine's findings runs as an 'analysis' job with its share; the findings are this engine's after it", async () => {
    const dir = await tempDir();
    const folder = join(dir, 'ws');
    const first = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    await first.importPaths([writeGeneratedArticles(join(dir, 'articles'), 40)]);
    const expected = (await first.listFindings()).map((f) => f.id).sort();
    await first.close();
    await olderEngineFindings(folder);
    // As the app's service host opens it: the background analysis, and the handlers that serve jobs
    // built after the open — here late, as a slow host could: the analysis waits for them.
    const service = await openAsHost(folder, true);
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect((await service.ctx.store.meta()).analysisVersion).not.toBe(ANALYSIS_VERSION);
      const events: DeskEvent[] = [];
      createHandlers(service, { openExternal: () => undefined, chooseImportPaths: () => Promise.resolve(null), chooseSavePath: () => Promise.resolve(null), emit: (e) => void events.push(DeskEvent.parse(e)) });
      await service.settled();
      // (The job's end is pushed after the analysis's promise settles.)
      for (let i = 0; i < 200 && !events.some((e) => e.type === 'job' && e.job.state !== 'running'); i++) await new Promise((r) => setTimeout(r, 10));
      const jobs = events.flatMap((e) => (e.type === 'job' ? [e.job] : []));
      expect(new Set(jobs.map((j) => j.kind))).toEqual(new Set(['analysis']));
      expect(new Set(jobs.map((j) => j.id)).size).toBe(1);
      expect(jobs.at(-1)).toMatchObject({ state: 'finished', analysis: null, error: null });
      const shares = jobs.flatMap((j) => (j.analysis === null ? [] : [j.analysis]));
      expect(shares.length).toBeGreaterThan(0);
      expect(shares).toEqual([...shares].sort((a, b) => a - b));
      expect((await service.listFindings()).map((f) => f.id).sort()).toEqual(expected);
      expect((await service.ctx.store.meta()).analysisVersion).toBe(ANALYSIS_VERSION);
    } finally {
      await service.close();
    }
  });

  it("a host that says it serves jobs but builds no handlers does not hold the open's analysis: it runs with no job after a bounded wait", async () => {
    const folder = await seedsWorkspace(true);
    setJobRunnerWait(200);
    try {
      const service = await openAsHost(folder, true);
      try {
        await service.settled();
        expect((await service.ctx.store.meta()).analysisVersion).toBe(ANALYSIS_VERSION);
      } finally {
        await service.close();
      }
    } finally {
      setJobRunnerWait(10_000);
    }
  });

  it("without a host that serves jobs (the CLI, a bench), the open's full analysis runs at once, with no job", async () => {
    const service = await openAsHost(await seedsWorkspace(true), false);
    try {
      await service.settled();
      expect((await service.ctx.store.meta()).analysisVersion).toBe(ANALYSIS_VERSION);
    } finally {
      await service.close();
    }
  });

  it("the open's analysis trusted as stored (this engine's findings) runs no job", async () => {
    const service = await openAsHost(await seedsWorkspace(false), true);
    try {
      const events: DeskEvent[] = [];
      createHandlers(service, { openExternal: () => undefined, chooseImportPaths: () => Promise.resolve(null), chooseSavePath: () => Promise.resolve(null), emit: (e) => void events.push(e) });
      await service.settled();
      await new Promise((r) => setTimeout(r, 150));
      expect(events.filter((e) => e.type === 'job')).toEqual([]);
    } finally {
      await service.close();
    }
  });
});
