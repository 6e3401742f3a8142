import { expect } from 'vitest';
import { WorkspaceService } from '../../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../../electron/store/lowdbRepository';
import { openWorkspaceStore } from '../../../../electron/store/open';
import { META_ID, type WorkspaceStore } from '../../../../electron/store/port';
import { ANALYSIS_VERSION } from '../../../../shared/analysis';
import type { Finding } from '../../../../shared/schema';

/** Findings chunks of a store not parsed yet. */
export const lazyChunks = (store: WorkspaceStore): number => (store as unknown as { lazyFindingChunks: Map<string, string> }).lazyFindingChunks.size;

/** The workspace at `folder` opened for writing with its content and findings parsed on first use. */
export const lazyOpen = (folder: string): Promise<WorkspaceStore> => openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false });

/**
 * Marks the workspace's findings as made by an older analysis engine (after `prepare`, given the store
 * opened lazily), then opens it lazily as a service and runs the full analysis that follows. Checks that
 * it parsed no findings chunk (of more than 5) and moved the analysis version; returns the findings
 * stored before and after it.
 */
export async function fullAnalysisOfLazy(folder: string, prepare: (store: WorkspaceStore) => Promise<void> = async () => undefined): Promise<{ before: Finding[]; stored: Finding[] }> {
  const marked = await lazyOpen(folder);
  await prepare(marked);
  const meta = await marked.meta();
  await marked.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'meta', id: META_ID, before: meta, after: { ...meta, analysisVersion: ANALYSIS_VERSION - 1 } }], audit: [] });
  const before = (await marked.findings()).items;
  await marked.close();

  const service = await WorkspaceService.open({
    repository: new LowdbWorkspaceRepository(folder, undefined, { lazyContentAbove: 0, warmUp: false }),
    seedsDir: null,
    defaultReviewer: 'Lan',
  });
  try {
    const store = service.ctx.store;
    const chunks = lazyChunks(store);
    expect(chunks).toBeGreaterThan(5);
    await service.analyze();
    expect(lazyChunks(store)).toBe(chunks);
    expect((await store.meta()).analysisVersion).toBe(ANALYSIS_VERSION);
    return { before, stored: (await store.findings()).items };
  } finally {
    await service.close();
  }
}
