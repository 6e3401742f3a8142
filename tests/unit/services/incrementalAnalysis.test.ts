import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFindings } from '../../../electron/services/findings';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { StoreWriteError } from '../../../electron/store/port';
import type { Finding } from '../../../shared/schema';
import { seedsDir, tempDir } from '../helpers';

const open = (file: string) => WorkspaceService.open({ repository: new LowdbWorkspaceRepository(file), seedsDir, defaultReviewer: 'Ngọc' });

/** What an editor sees of a finding: which claims, what it says, and its state. */
const shape = (findings: readonly Finding[]) =>
  findings.map((f) => ({ id: f.id, type: f.type, claimIds: [...f.claimIds].sort(), status: f.status, explanation: f.explanation })).sort((a, b) => (a.id < b.id ? -1 : 1));

describe('re-analysis after an edit (incremental)', () => {
  it('stores after each correction, rejection, undo and redo exactly the findings a full analysis gives, without re-reading the articles or every finding', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const ctx = service.ctx;
    // Count how often the whole workspace is read: a full analysis reads every article.
    let articleReads = 0;
    const store = ctx.store as unknown as { articles: (ids?: readonly string[]) => Promise<unknown> };
    const articles = store.articles.bind(store);
    store.articles = (ids?: readonly string[]) => {
      if (ids === undefined) articleReads++;
      return articles(ids);
    };

    // ...and every finding: a full analysis compares all of them, an edit only those it re-examined.
    let findingReads = 0;
    const findingStore = ctx.store as unknown as { findings: (q?: { statuses?: unknown; limit?: number; claimId?: string; articleId?: string }) => Promise<unknown> };
    const findings = findingStore.findings.bind(findingStore);
    findingStore.findings = (q) => {
      if (!q || (q.statuses === undefined && q.limit === undefined && q.claimId === undefined && q.articleId === undefined)) findingReads++;
      return findings(q);
    };

    const claims = await service.listClaims();
    const streak = claims.find((c) => c.quote.includes('bốn năm liên tiếp'));
    const percent = claims.find((c) => c.kind === 'percent' && c.value !== null);
    if (!streak || !percent) throw new Error('seed claims not found');
    const before = shape(await service.listFindings());

    const steps: Array<[string, () => Promise<unknown>]> = [
      ['correct a percentage', () => service.reviewClaim({ claimId: percent.id, status: 'corrected', correctedValue: (percent.value ?? 0) + 7 })],
      ['reject the streak', () => service.reviewClaim({ claimId: streak.id, status: 'rejected' })],
      ['undo the rejection', () => service.undo()],
      ['redo it', () => service.redo()],
      ['undo again', () => service.undo()],
      ['correct the percentage back', () => service.reviewClaim({ claimId: percent.id, status: 'corrected', correctedValue: percent.value })],
    ];
    const seen: Array<ReturnType<typeof shape>> = [];
    for (const [label, step] of steps) {
      await step();
      const stored = shape(await service.listFindings());
      const full = shape((await computeFindings(ctx)).after);
      expect(stored, label).toEqual(full);
      seen.push(stored);
    }
    // The edits did change what is found (the checks above compare something that moves)...
    expect(new Set(seen.map((x) => JSON.stringify(x))).size).toBeGreaterThan(1);
    // ...the rejected streak took its finding with it, the undo brought it back, the redo took it again.
    const hasStreak = (findings: ReturnType<typeof shape>) => findings.some((f) => f.claimIds.includes(streak.id));
    expect(hasStreak(before)).toBe(true);
    expect([1, 2, 3, 4].map((i) => hasStreak(seen[i] ?? []))).toEqual([false, true, false, true]);
    // Six edits, one full read each by the checks above: none by the re-analyses themselves (the
    // listing above reads every finding, one per step; the full analysis above reads only the decided
    // ones, the store comparing its result with the rest: findingChanges).
    expect(articleReads).toBe(steps.length);
    expect(findingReads).toBe(1 + steps.length);
  });

  it('after a re-analysis failed to save, the next edit stores what a full analysis gives', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const ctx = service.ctx;
    const claims = await service.listClaims();
    // The first correction turns two agreeing figures into a conflict; the second is about something
    // else (another subject).
    const pair = (await service.listFindings()).find((f) => f.type === 'consistent' && f.claimIds.length === 2);
    const first = claims.find((c) => c.id === pair?.claimIds[0]);
    const second = claims.find((c) => c.value !== null && first && c.subject !== first.subject && !pair?.claimIds.includes(c.id));
    if (!first || !second) throw new Error('seed claims not found');
    // The disk fills up for the re-analysis after the first correction (the correction itself is saved).
    const store = ctx.store as unknown as { commit: (r: { action: string }) => Promise<unknown> };
    const commit = store.commit.bind(store);
    let failNext = true;
    store.commit = (r) => {
      if (failNext && r.action === 'analysis.run') {
        failNext = false;
        return Promise.reject(new StoreWriteError('ENOSPC: no space left on device'));
      }
      return commit(r);
    };
    // The correction stands; the findings not being updated is said apart (reanalysisFailure.test.ts).
    const saved = await service.reviewClaim({ claimId: first.id, status: 'corrected', correctedValue: (first.value ?? 0) + 9 });
    expect(saved.status).toBe('corrected');
    expect(saved.findingsNotUpdated).toBeDefined();
    expect(failNext).toBe(false);
    await service.reviewClaim({ claimId: second.id, status: 'corrected', correctedValue: (second.value ?? 0) + 3 });
    expect(shape(await service.listFindings())).toEqual(shape((await computeFindings(ctx)).after));
  });
});

