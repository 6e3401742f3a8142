import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { toClaimRow } from '../../../shared/claimRow';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { StoreWriteError } from '../../../electron/store/port';
import { DeskUnavailableError } from '../../../electron/store/postgres/pgStore';
import { contract, type UndoOutcome } from '../../../shared/ipc/contract';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach } from './keptAnalysis';

/**
 * What an action answers when something fails AFTER its own commit landed (not the analysis:
 * savedOutcomes.test.ts covers that): a second commit of the same action, or a read that builds the
 * answer (a shared desk going away right after the commit). The action must not be done twice by a
 * Retry, and a step that is on disk must not be answered as a failure.
 */

const opened = closedAfterEach();

async function seeded(): Promise<WorkspaceService> {
  const path = join(await tempDir(), 'ws.json');
  const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(s);
  return s;
}

const diskFull = () => new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));

describe('a finding resolved with reviews is one commit', () => {
  it('a failing commit saves neither the decision nor its reviews; the Retry saves both, once, as one undo step', async () => {
    const s = await seeded();
    const store = s.ctx.store;
    const finding = (await s.listFindings()).find((f) => f.status === 'open' && f.type !== 'update' && f.claimIds.length === 2);
    if (!finding) throw new Error('no open finding of two claims in the seeds');
    const commit = store.commit.bind(store);
    let armed = true;
    vi.spyOn(store, 'commit').mockImplementation(async (req) => {
      if (armed && req.action === 'finding.resolve') {
        armed = false;
        throw diskFull();
      }
      return commit(req);
    });
    const input = { findingId: finding.id, decision: 'resolve' as const, rightClaimId: finding.claimIds[0]!, applyReviews: true };
    await expect(s.decideFinding(input)).rejects.toMatchObject({ code: 'save_failed' });
    expect((await store.getFindings([finding.id]))[0]?.status).toBe('open');
    expect(await store.reviews([finding.claimIds[0]!])).toEqual([]);

    // The desk's Retry sends the same decision again.
    const retried = await s.decideFinding(input);
    expect(contract.decideFinding.output.parse(retried)).toMatchObject({ id: finding.id, status: 'resolved' });
    const [stored] = await store.getFindings([finding.id]);
    expect(stored?.decision).toEqual(retried.decision);
    expect((await store.history([finding.id])).filter((e) => e.action === 'finding.resolve')).toHaveLength(1);
    expect((await store.reviews([finding.claimIds[0]!]))[0]?.status).toBe('verified');
    // One undo step for both.
    expect((await store.undoTop('undo'))?.action).toBe('finding.resolve');
    await s.undo();
    expect((await store.getFindings([finding.id]))[0]?.status).toBe('open');
    expect(await store.reviews([finding.claimIds[0]!])).toEqual([]);
  });

  it('deciding a finding differently from how it stands still saves the new decision', async () => {
    const s = await seeded();
    const finding = (await s.listFindings()).find((f) => f.status === 'open' && f.claimIds.length === 2)!;
    await s.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: finding.claimIds[0]! });
    const changed = await s.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: finding.claimIds[1]! });
    expect(changed.decision?.rightClaimId).toBe(finding.claimIds[1]);
    const noted = await s.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: finding.claimIds[1]!, note: 'theo nguồn gốc' });
    expect(noted.decision?.note).toBe('theo nguồn gốc');
    expect((await s.ctx.store.history([finding.id])).filter((e) => e.action === 'finding.resolve')).toHaveLength(3);
  });
});

describe('the same decision sent again', () => {
  const input = (f: { id: string }) => ({ findingId: f.id, decision: 'dismiss' as const, note: 'khác kỳ', reason: 'other' as const });

  it('by the editor who made it: nothing new is recorded (the decision stays as first saved)', async () => {
    const s = await seeded();
    const finding = (await s.listFindings()).find((f) => f.status === 'open' && f.claimIds.length === 2)!;
    const first = await s.decideFinding(input(finding));
    const again = await s.decideFinding(input(finding));
    expect(again.decision).toEqual(first.decision);
    const events = (await s.ctx.store.history([finding.id])).filter((e) => e.action === 'finding.dismiss');
    expect(events.map((e) => e.who)).toEqual(['Ngọc']);
  });

  it('by another editor (a stale view of the desk): recorded under that editor, audited', async () => {
    const s = await seeded();
    const finding = (await s.listFindings()).find((f) => f.status === 'open' && f.claimIds.length === 2)!;
    await s.decideFinding(input(finding));
    vi.spyOn(s.ctx, 'reviewer').mockResolvedValue('Lan (lan)');
    const second = await s.decideFinding(input(finding));
    expect(second.decision?.by).toBe('Lan (lan)');
    const [stored] = await s.ctx.store.getFindings([finding.id]);
    expect(stored?.decision?.by).toBe('Lan (lan)');
    const events = (await s.ctx.store.history([finding.id])).filter((e) => e.action === 'finding.dismiss');
    expect(events.map((e) => e.who)).toEqual(['Ngọc', 'Lan (lan)']);
  });
});

describe('undo and redo whose reads after the commit fail (a shared desk going away right after the step landed)', () => {
  /** The outcome the store says, read once the desk is back: the touched claims' rows and the stacks. */
  async function expected(s: WorkspaceService, outcome: UndoOutcome) {
    const claims = await s.ctx.store.claims(outcome.claimIds);
    const reviews = new Map((await s.ctx.store.reviews(outcome.claimIds)).map((r) => [r.claimId, r.status]));
    const depth = await s.ctx.store.undoDepth();
    return { rows: claims.map((c) => toClaimRow(c, reviews.get(c.id) ?? 'unreviewed')), canUndo: depth.undo > 0, canRedo: depth.redo > 0 };
  }

  it('each step is answered as saved, with the rows and stacks as they are on the desk (not "nothing was saved")', async () => {
    const s = await seeded();
    const store = s.ctx.store;
    const claim = (await s.listClaims())[0]!;
    const { article, claims } = await s.getArticle(claim.articleId);
    const taken = (at: number) => claims.some((c) => c.start <= at && at < c.end);
    const start = [...article.text.matchAll(/\d+/g)].find((m) => m.index !== undefined && !taken(m.index) && !taken(m.index + m[0].length - 1))?.index;
    if (start === undefined) throw new Error('no free figure in the article');
    const end = start + /^\d+/.exec(article.text.slice(start))![0].length;
    const added = await s.addClaim({ articleId: article.id, start, end });
    await s.reviewClaim({ claimId: added.id, status: 'verified' });

    // Once a step's commit has landed, every read fails as a desk out of reach does.
    let prefix: string | null = null;
    let landed = false;
    const commit = store.commit.bind(store);
    vi.spyOn(store, 'commit').mockImplementation(async (req) => {
      const r = await commit(req);
      if (prefix !== null && req.action.startsWith(prefix)) landed = true;
      return r;
    });
    const gone = () => new DeskUnavailableError('The shared desk cannot be reached. Nothing of this action was saved.', new Error('ECONNRESET'));
    for (const read of ['claims', 'reviews', 'undoDepth', 'getFindings', 'findings', 'meta'] as const) {
      const real = (store[read] as (...a: unknown[]) => Promise<unknown>).bind(store);
      vi.spyOn(store, read).mockImplementation(((...a: unknown[]) => (landed ? Promise.reject(gone()) : real(...a))) as never);
    }
    const stepWithOutage = async (direction: 'undo' | 'redo'): Promise<UndoOutcome> => {
      prefix = `${direction}.`;
      landed = false;
      try {
        return await s[direction]();
      } finally {
        expect(landed).toBe(true);
        prefix = null;
        landed = false;
      }
    };

    const steps: Array<['undo' | 'redo', string, 'verified' | 'unreviewed' | null]> = [
      ['undo', 'review.verified', 'unreviewed'],
      ['undo', 'claim.add', null],
      ['redo', 'claim.add', 'unreviewed'],
      ['redo', 'review.verified', 'verified'],
    ];
    for (const [direction, action, status] of steps) {
      const outcome = await stepWithOutage(direction);
      expect(contract[direction].output.parse(outcome)).toEqual(outcome);
      expect(outcome).toMatchObject({ action: expect.stringContaining(action.split('.')[0]!), claimIds: [added.id] });
      expect(outcome.rows.map((r) => r.status)).toEqual(status === null ? [] : [status]);
      expect({ rows: outcome.rows, canUndo: outcome.canUndo, canRedo: outcome.canRedo }).toEqual(await expected(s, outcome));
    }
  });
});

describe('undo whose claim another editor changes between the step\'s first reads and its commit', () => {
  it('answers the claim as it is on the desk after the step, not as it was read before the commit', async () => {
    const s = await seeded();
    const store = s.ctx.store;
    const claim = (await s.listClaims())[0]!;
    await s.reviewClaim({ claimId: claim.id, status: 'verified' });
    // The undo changes the review only; another editor edits the claim's words right before its commit.
    const commit = store.commit.bind(store);
    let armed = true;
    vi.spyOn(store, 'commit').mockImplementation(async (req) => {
      if (armed && req.action.startsWith('undo.')) {
        armed = false;
        const [cur] = await store.claims([claim.id]);
        await commit({
          action: 'claim.edit',
          who: 'Lan (lan)',
          at: new Date().toISOString(),
          changes: [{ table: 'claims', id: claim.id, before: cur!, after: { ...cur!, metric: 'đã sửa bởi người khác' } }],
          audit: [],
        });
      }
      return commit(req);
    });
    const outcome = await s.undo();
    expect(armed).toBe(false);
    const [after] = await store.claims([claim.id]);
    expect(after?.metric).toBe('đã sửa bởi người khác');
    const row = outcome.rows.find((r) => r.id === claim.id);
    expect(row?.metric).toBe(after?.metric);
    expect(row?.status).toBe('unreviewed');
  });
});
