import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../electron/ipc/handlers';
import { openForWriting, openReadOnly } from '../../../electron/services/open';
import type { WorkspaceService } from '../../../electron/services/workspaceService';
import { META_ID } from '../../../electron/store/port';
import { EXTRACTOR_VERSION } from '../../../shared/extract';
import type { DeskEvent } from '../../../shared/ipc/contract';
import { seedsDir, tempDir } from '../helpers';

// A workspace from an older engine, opened by the app: the open does not wait for the re-extraction
// (10,000 articles: minutes with no window), which runs as a job the desk follows (issue 9).

/** The seeds' workspace, marked as written by the engine before this one. */
async function olderWorkspace(): Promise<string> {
  const folder = join(await tempDir(), 'ws');
  const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  const meta = await service.ctx.store.meta();
  await service.ctx.store.commit({
    action: 'test',
    who: 'Lan',
    at: '2026-06-01T00:00:00.000Z',
    changes: [{ table: 'meta', id: META_ID, before: meta, after: { ...meta, extractorVersion: EXTRACTOR_VERSION - 1 } }],
    audit: [],
  });
  await service.close();
  return folder;
}

const noDialogs = { openExternal: () => undefined, chooseImportPaths: () => Promise.resolve(null), chooseSavePath: () => Promise.resolve(null) };

async function openAsTheApp(folder: string): Promise<{ service: WorkspaceService; handlers: Handlers; events: DeskEvent[] }> {
  const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', upgradeInBackground: true });
  const events: DeskEvent[] = [];
  // Still the older engine's claims when the open returns: nothing re-extracted yet.
  expect((await service.ctx.store.meta()).extractorVersion).toBe(EXTRACTOR_VERSION - 1);
  expect(service.upgradePending).toBe(true);
  const handlers = createHandlers(service, { ...noDialogs, emit: (e) => void events.push(e) });
  return { service, handlers, events };
}

describe('a workspace from an older engine, opened by the app', () => {
  it('opens at once and is re-extracted by a job the desk follows; an edit made meanwhile is kept', async () => {
    const folder = await olderWorkspace();
    const { service, handlers, events } = await openAsTheApp(folder);
    try {
      const info = await handlers.getWorkspaceInfo({});
      const jobId = service.upgradeJob;
      expect(jobId).not.toBeNull();
      expect(info.upgrading).toBe(jobId);
      expect(info.upgraded).toBeNull();
      // The desk works meanwhile: a verdict on a claim the new engine reads the same.
      const claim = (await handlers.listClaims({ offset: 0, limit: 200 })).rows.find((r) => r.quote.includes('%'));
      expect(claim).toBeDefined();
      await handlers.reviewClaim({ claimId: claim?.id as string, status: 'flagged' });
      // A second re-extraction asked meanwhile is refused with a sentence, not run beside it.
      await expect(Promise.resolve().then(() => handlers.reextract({}))).rejects.toThrow(/wait for it to finish/);
      await service.settled();
      // Once it is over, one can be asked again.
      const again = await handlers.reextract({});
      expect(again.jobId).not.toBe(jobId);
      const jobEvents = events.flatMap((e) => (e.type === 'job' && e.job.id === jobId ? [e.job] : []));
      expect(jobEvents[0]?.kind).toBe('upgrade');
      const last = jobEvents[jobEvents.length - 1];
      expect(last?.state).toBe('finished');
      expect(last?.result).toMatchObject({ articles: 5 });
      const after = await handlers.getWorkspaceInfo({});
      expect(after.upgrading).toBeNull();
      expect(after.upgraded).toMatchObject({ articles: 5 });
      expect((await service.ctx.store.meta()).extractorVersion).toBe(EXTRACTOR_VERSION);
      const rows = (await handlers.listClaims({ offset: 0, limit: 200 })).rows;
      expect(rows.find((r) => r.quote === claim?.quote && r.articleId === claim?.articleId)?.status).toBe('flagged');
    } finally {
      await service.close();
    }
    // Saved: the next open has nothing left to re-extract.
    const again = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', upgradeInBackground: true });
    try {
      expect(again.upgradePending).toBe(false);
    } finally {
      await again.close();
    }
  });

  it('closed during the re-extraction: it stops before writing anything, and the next open re-extracts', async () => {
    const folder = await olderWorkspace();
    const { service, events } = await openAsTheApp(folder);
    const jobId = service.upgradeJob;
    await service.close();
    const ended = events.flatMap((e) => (e.type === 'job' && e.job.id === jobId && e.job.state !== 'running' ? [e.job] : []));
    expect(ended.map((j) => j.state)).toEqual(['finished']);
    expect(ended[0]?.result).toBeNull();
    const reader = await openReadOnly(folder);
    try {
      expect((await reader.ctx.store.meta()).extractorVersion).toBe(EXTRACTOR_VERSION - 1);
    } finally {
      await reader.close();
    }
    const again = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', upgradeInBackground: true });
    try {
      expect(again.upgradePending).toBe(true);
    } finally {
      await again.close();
    }
  });
});
