import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analysisKept, computeFindings, findingsUpToDate, QUIET_BEFORE_BUILD_MS } from '../../../electron/services/findings';
import { openForWriting } from '../../../electron/services/open';
import type { WorkspaceService } from '../../../electron/services/workspaceService';
import { openWorkspaceStore } from '../../../electron/store/open';
import { META_ID } from '../../../electron/store/port';
import { ANALYSIS_VERSION, FindingsAnalysis } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { writeGeneratedArticles } from '../../bench/generate';
import { seedsDir, tempDir } from '../helpers';

/** What an editor sees of a finding. */
const shape = (findings: readonly Finding[]) =>
  findings.map((f) => ({ id: f.id, type: f.type, claimIds: [...f.claimIds].sort(), status: f.status, explanation: f.explanation })).sort((a, b) => (a.id < b.id ? -1 : 1));

const opened: WorkspaceService[] = [];
const open = async (folder: string, prepareAnalysis: boolean) => {
  const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', prepareAnalysis });
  opened.push(service);
  return service;
};
afterEach(async () => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

/** The seeds and 20 generated articles, analysed (a full analysis, stored with its engine version); closed. */
async function build(): Promise<string> {
  const dir = await tempDir();
  const folder = join(dir, 'ws');
  const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), 20)]);
  await service.close();
  return folder;
}

/** A copy of the workspace folder, to run the same edits with the full analysis as the reference. */
async function copyOf(folder: string): Promise<string> {
  const copy = `${folder}-copy-${Math.random().toString(36).slice(2)}`;
  await cp(folder, copy, { recursive: true });
  return copy;
}

/** Claims standing in findings, with a value: corrections of them change findings. */
async function targets(service: WorkspaceService) {
  const findings = await service.listFindings();
  const inFindings = new Set(findings.filter((f) => f.type !== 'consistent').flatMap((f) => f.claimIds));
  const claims = (await service.listClaims()).filter((c) => inFindings.has(c.id) && c.value !== null);
  expect(claims.length).toBeGreaterThan(3);
  return claims;
}

/** The edits of these tests: two corrections and a rejection. */
async function edit(service: WorkspaceService, claims: Awaited<ReturnType<typeof targets>>): Promise<void> {
  await service.reviewClaim({ claimId: claims[0]!.id, status: 'corrected', correctedValue: (claims[0]!.value ?? 0) * 3 + 1 });
  await service.reviewClaim({ claimId: claims[1]!.id, status: 'rejected' });
  await service.reviewClaim({ claimId: claims[2]!.id, status: 'corrected', correctedValue: (claims[2]!.value ?? 0) + 17 });
}

/** The findings a full analysis of the stored claims gives (compared with what is stored). */
async function fullAnalysis(service: WorkspaceService) {
  return shape((await computeFindings(service.ctx)).after);
}

describe('the kept analysis is built in the background after an open', { timeout: 180_000 }, () => {
  it('the first edits after an open are incremental (no full analysis), and store what a full analysis gives', async () => {
    const folder = await build();
    const reference = await open(await copyOf(folder), false);
    const claims = await targets(reference);
    // Without a kept analysis, the first edit analyses everything (what the reference does).
    const full = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    await edit(reference, claims);
    expect(full).toHaveBeenCalledTimes(1);
    const expected = shape(await reference.listFindings());
    expect(expected.length).toBeGreaterThan(0);

    full.mockClear();
    const service = await open(folder, true);
    await service.analysisReady;
    expect(analysisKept(service.ctx)).toBe(true);
    const before = shape(await service.listFindings());
    await edit(service, claims);
    // Built from the stored claims, trusted (same engine): no full analysis, before or at the edits.
    expect(full).not.toHaveBeenCalled();
    const after = shape(await service.listFindings());
    expect(after).not.toEqual(before);
    expect(after).toEqual(expected);
    full.mockRestore();
    expect(await fullAnalysis(service)).toEqual(after);
  });

  it('an edit arriving while the analysis is being built waits for it, and stores the same findings as a full analysis', async () => {
    const folder = await build();
    const reference = await open(await copyOf(folder), false);
    const claims = await targets(reference);
    await edit(reference, claims);
    const expected = shape(await reference.listFindings());

    const staged = vi.spyOn(FindingsAnalysis, 'staged');
    const full = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const service = await open(folder, true);
    // The build has begun (claims being read, or the analysis built in slices), not finished.
    expect(analysisKept(service.ctx)).toBe(false);
    const edits = edit(service, claims);
    // A review that does not touch the analysis is answered meanwhile.
    const other = (await service.listClaims()).find((c) => !claims.slice(0, 3).some((t) => t.id === c.id))!;
    await service.reviewClaim({ claimId: other.id, status: 'verified' });
    await edits;
    expect(staged).toHaveBeenCalledTimes(1);
    expect(full).not.toHaveBeenCalled();
    expect(shape(await service.listFindings())).toEqual(expected);
    full.mockRestore();
    expect(await fullAnalysis(service)).toEqual(expected);
  });

  it('findings from another engine version are analysed again in the background (and stamped); the same version is trusted', async () => {
    const folder = await build();
    // The version is stored with the findings, and read back at the open.
    const check = await openWorkspaceStore(folder, { mode: 'read' });
    expect((await check.meta()).analysisVersion).toBe(ANALYSIS_VERSION);
    await check.close();

    // Tamper with the stored findings: drop one. Same engine version: trusted as stored.
    const store = await openWorkspaceStore(folder, { mode: 'write' });
    const [dropped] = (await store.findings({ statuses: ['open'], limit: 1 })).items;
    await store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'findings', id: dropped!.id, before: dropped!, after: null }], audit: [] });
    await store.close();
    const trusted = await open(folder, true);
    await trusted.analysisReady;
    expect(analysisKept(trusted.ctx)).toBe(true);
    expect((await trusted.listFindings()).some((f) => f.id === dropped!.id)).toBe(false);
    await trusted.close();

    // An older engine's findings: the background analysis runs in full and puts it back.
    const older = await openWorkspaceStore(folder, { mode: 'write' });
    const meta = await older.meta();
    await older.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'meta', id: META_ID, before: meta, after: { ...meta, analysisVersion: ANALYSIS_VERSION - 1 } }], audit: [] });
    await older.close();
    const full = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const service = await open(folder, true);
    await service.analysisReady;
    expect(full).toHaveBeenCalledTimes(1);
    expect(analysisKept(service.ctx)).toBe(true);
    expect((await service.listFindings()).some((f) => f.id === dropped!.id)).toBe(true);
    expect((await service.ctx.store.meta()).analysisVersion).toBe(ANALYSIS_VERSION);
    // ...and the next edit is incremental.
    full.mockClear();
    const claims = await targets(service);
    await edit(service, claims);
    expect(full).not.toHaveBeenCalled();
    full.mockRestore();
    expect(shape(await service.listFindings())).toEqual(await fullAnalysis(service));
  });

  it('after a crash between an edit and its re-analysis (replayed from the journal), the background analysis runs in full', async () => {
    const folder = await build();
    const reference = await open(await copyOf(folder), false);
    const claims = await targets(reference);
    await edit(reference, claims);
    const expected = shape(await reference.listFindings());
    // The edits durable, their re-analysis never stored: the folder copied while the writer runs
    // (as a crash leaves it; the lock is this process's and left out).
    const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan' });
    const { WorkspaceService } = await import('../../../electron/services/workspaceService');
    const off = await WorkspaceService.open({ store: service.ctx.store, seedsDir: null, defaultReviewer: 'Lan', analysis: 'off' });
    await edit(off, claims);
    const crashed = `${folder}-crashed`;
    await cp(folder, crashed, { recursive: true, filter: (src) => !src.endsWith('/lock') });
    await service.close();

    // The edits raised the claims revision in their own commits: the stored findings say they are behind.
    const peek = await openWorkspaceStore(crashed, { mode: 'read' });
    expect(findingsUpToDate(await peek.meta())).toBe(false);
    await peek.close();
    const full = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const reopened = await open(crashed, true);
    await reopened.analysisReady;
    expect(full).toHaveBeenCalledTimes(1);
    expect(shape(await reopened.listFindings())).toEqual(expected);
  });

  it('the background build waits while the desk keeps calling, unless an edit waits for it', async () => {
    const folder = await build();
    const reference = await open(await copyOf(folder), false);
    const claims = await targets(reference);
    await edit(reference, claims);
    const expected = shape(await reference.listFindings());
    const spare = await copyOf(folder);

    const service = await open(folder, true);
    // Calls every 20 ms (the handlers mark each one), as while the desk loads its rows. Each mark reaches a
    // quiet period ahead, so a tick delayed on a loaded machine never reads as the calls having stopped.
    const busy = setInterval(() => (service.ctx.lastCallAt = performance.now() + QUIET_BEFORE_BUILD_MS), 20);
    service.ctx.lastCallAt = performance.now() + QUIET_BEFORE_BUILD_MS;
    try {
      await new Promise((r) => setTimeout(r, QUIET_BEFORE_BUILD_MS + 1000));
      expect(analysisKept(service.ctx)).toBe(false);
      // An edit needing the analysis does not wait for the quiet: the build runs for it.
      await edit(service, claims);
      expect(analysisKept(service.ctx)).toBe(true);
    } finally {
      clearInterval(busy);
    }
    expect(shape(await service.listFindings())).toEqual(expected);

    // Without an edit, the build starts once the calls stop.
    const quiet = await open(spare, true);
    const busy2 = setInterval(() => (quiet.ctx.lastCallAt = performance.now() + QUIET_BEFORE_BUILD_MS), 20);
    quiet.ctx.lastCallAt = performance.now() + QUIET_BEFORE_BUILD_MS;
    await new Promise((r) => setTimeout(r, QUIET_BEFORE_BUILD_MS + 500));
    expect(analysisKept(quiet.ctx)).toBe(false);
    clearInterval(busy2);
    await quiet.analysisReady;
    expect(analysisKept(quiet.ctx)).toBe(true);
  });

  it('a workspace closed while its analysis is being built closes at once, nothing written', async () => {
    const folder = await build();
    const service = await open(folder, true);
    expect(analysisKept(service.ctx)).toBe(false);
    const before = (await service.ctx.store.findings()).items;
    await service.close();
    opened.splice(0);
    const again = await open(folder, false);
    expect((await again.listFindings()).map((f) => f.id)).toEqual(before.map((f) => f.id));
  });
});
