import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { computeFindings, findingsUpToDate } from '../../../electron/services/findings';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { FindingsAnalysis } from '../../../shared/analysis';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach, findingsShape } from './keptAnalysis';

const opened = closedAfterEach();

// A real restoreBackup (not only forgetAnalysis, as slicedAnalysis.test.ts's test c) started after
// the first step of an edit's sliced re-analysis: nothing the dropped analysis computed is stored,
// and the findings end as a full analysis of the restored workspace says, up to date.
describe('a restore during the slices of an edit re-analysis', () => {
  for (const where of ['updateClaimsStaged', 'changedFindingsStaged'] as const) {
    it(`restoreBackup during ${where}: the findings are those of the restored workspace`, async () => {
      const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(await tempDir(), 'ws.json')), seedsDir, defaultReviewer: 'Ngọc', sliceMs: 0, prepareAnalysis: true });
      opened.push(s);
      await s.analysisReady;
      const claims = (await s.listClaims()).filter((x) => x.value !== null);
      const inFindings = new Set((await s.listFindings()).flatMap((x) => x.claimIds));
      const [a, b] = claims.filter((x) => inFindings.has(x.id));
      await s.reviewClaim({ claimId: b!.id, status: 'corrected', correctedValue: (b!.value ?? 0) * 5 + 3 });
      await (s.ctx.store as unknown as { checkpoint?: () => Promise<void> }).checkpoint?.();
      const backups = await s.listBackups();
      expect(backups.length).toBeGreaterThan(0);
      const original = FindingsAnalysis.prototype[where] as (...args: unknown[]) => Generator<void, unknown>;
      let restoring: Promise<unknown> | null = null;
      vi.spyOn(FindingsAnalysis.prototype, where).mockImplementation(function (this: FindingsAnalysis, ...args: unknown[]) {
        const steps = original.apply(this, args);
        if (restoring !== null) return steps as never;
        // The restore starts after the first step; the re-analysis goes on in its next slice.
        return (function* () {
          const first = steps.next();
          restoring = s.restoreBackup(backups[0]!.id);
          if (first.done) return first.value;
          yield;
          return yield* steps;
        })() as never;
      });
      await s.reviewClaim({ claimId: a!.id, status: 'corrected', correctedValue: (a!.value ?? 0) * 3 + 7 });
      expect(restoring).not.toBeNull();
      await restoring;
      await s.analysisReady;
      vi.restoreAllMocks();
      expect(findingsShape(await s.listFindings(), true)).toEqual(findingsShape((await computeFindings(s.ctx)).after, true));
      expect(findingsUpToDate(await s.ctx.store.meta())).toBe(true);
    });
  }
});
