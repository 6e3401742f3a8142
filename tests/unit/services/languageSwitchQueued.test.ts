import { describe, expect, it, vi } from 'vitest';
import { analysesSettled, analysisKept } from '../../../electron/services/findings';
import { StoreWriteError } from '../../../electron/store/port';
import { explainStoredFinding } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { closedAfterEach, openSlicedSeeds } from './keptAnalysis';

const opened = closedAfterEach();

const notIn = (findings: Finding[], language: 'vi' | 'en'): string[] => findings.filter((x) => x.explanation !== explainStoredFinding(x, language)).map((x) => x.explanation);

describe('a language switch during a long analysis', () => {
  it('is answered at once, and so is a verify sent after it; the findings end in the new language once the analysis is over', async () => {
    const service = await openSlicedSeeds(opened);
    const store = service.ctx.store;
    const reviewed = new Set((await store.reviews()).map((r) => r.claimId));
    const pending = (await service.listClaims()).find((c) => !reviewed.has(c.id));
    if (!pending) throw new Error('no claim without a review among the seeds');
    // A full analysis (as the background build after an open, or an import's) held at its full read
    // of the claims until the gate opens.
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let reached: () => void = () => undefined;
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    let gateOpen = false;
    const readClaims = store.claims.bind(store);
    vi.spyOn(store, 'claims').mockImplementation(async (ids) => {
      if (ids === undefined && !gateOpen) {
        reached();
        await gate;
      }
      return readClaims(ids);
    });
    const analysis = service.analyze();
    await atGate;
    // As the worker's edit chain sends them: the verify after the switch is answered.
    const settings = await service.updateSettings({ language: 'en' });
    const verified = await service.reviewClaim({ claimId: pending.id, status: 'verified' });
    // Both answered while the analysis is still held.
    expect(gateOpen).toBe(false);
    expect(settings.language).toBe('en');
    expect(verified).toMatchObject({ claimId: pending.id, status: 'verified' });
    gateOpen = true;
    open();
    await analysis;
    // The re-explanation was queued behind the analysis (which read the old language).
    await analysesSettled(service.ctx);
    vi.restoreAllMocks();
    const stored = await service.listFindings();
    expect(stored.length).toBeGreaterThan(0);
    expect(notIn(stored, 'en')).toEqual([]);
  });

  it('logs a failed re-explanation without failing the switch, and the next edit explains every finding in the new language', async () => {
    const service = await openSlicedSeeds(opened);
    const store = service.ctx.store;
    const commit = store.commit.bind(store);
    let failed = 0;
    vi.spyOn(store, 'commit').mockImplementation(async (req) => {
      if (req.action === 'findings.explain') {
        failed++;
        throw new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
      }
      return commit(req);
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await service.updateSettings({ language: 'en' });
    // Never rejects (no unhandled rejection), logged.
    await expect(analysesSettled(service.ctx)).resolves.toBeUndefined();
    expect(failed).toBe(1);
    expect(logged.mock.calls.some(([m]) => typeof m === 'string' && m.includes('re-explaining'))).toBe(true);
    expect((await store.settings()).language).toBe('en');
    // Still in the old language: the findings are behind the language set.
    const before = await service.listFindings();
    expect(notIn(before, 'en').length).toBeGreaterThan(0);
    vi.restoreAllMocks();
    // An edit touching one claim: its analysis is a full one (the kept analysis was dropped) and
    // explains every finding, not only those it re-examines.
    expect(analysisKept(service.ctx)).toBe(false);
    const claim = (await service.listClaims()).find((c) => c.value !== null && before.some((f) => f.claimIds.includes(c.id)))!;
    await service.reviewClaim({ claimId: claim.id, status: 'rejected' });
    const after = await service.listFindings();
    expect(after.length).toBeGreaterThan(0);
    expect(notIn(after, 'en')).toEqual([]);
  });
});
