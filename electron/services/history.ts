import { toClaimRow } from '../../shared/claimRow';
import type { UndoOutcome } from '../../shared/ipc/contract';
import type { AuditEvent, Claim, Review } from '../../shared/schema';
import type { RecordChange } from '../store/port';
import { invertChanges } from '../store/state';
import { undoRefused } from './conflicts';
import type { ServiceContext } from './context';
import { reanalysisNotice, withFindingsNotice } from './findings';

/** Undo or redo the newest entry: an ordinary commit of the inverse (or same) changes, checked and audited. */
export async function step(ctx: ServiceContext, direction: 'undo' | 'redo'): Promise<UndoOutcome> {
  const top = await ctx.store.undoTop(direction);
  // The workspace meta an action changed with it (the claims revision, see findings.ts) is not part
  // of what it undoes: the undo's own commit moves it again.
  const entry = top && { ...top, changes: top.changes.filter((c) => c.table !== 'meta') };
  // The claims the step touches (a finding decided with its reviews changes a finding too: not a claim).
  const claimIds = [...new Set(entry?.changes.filter((c) => c.table !== 'findings').map((c) => c.id) ?? [])];
  // Read BEFORE the commit too, only as the fallback of the answer (see below). If one of these
  // fails, nothing was committed and the failure is said as such.
  const claims = new Map((await ctx.store.claims(claimIds)).map((c) => [c.id, c]));
  const reviews = new Map((await ctx.store.reviews(claimIds)).map((r) => [r.claimId, r]));
  const depth = await ctx.store.undoDepth();
  if (!entry) return outcome(null, claimIds, claims, reviews, depth, undefined);
  const changes: RecordChange[] = direction === 'undo' ? invertChanges(entry.changes) : entry.changes;
  const at = ctx.now().toISOString();
  const who = await ctx.reviewer();
  const action = `${direction}.${entry.action}`;
  // On a shared desk another editor may have changed the record since this editor's action:
  // their version stays, and the refusal says who and what (the entry stays on the stack).
  await ctx.commit(
    {
      action,
      who,
      at,
      changes,
      audit: changes.map((c) => ({ who, when: at, action, target: c.id, before: c.before, after: c.after })),
      undo: { kind: direction, entryId: entry.id },
    },
    (e) => undoRefused(e, direction),
  );
  // Once the commit has landed the step stands: a failed re-analysis after it is said, not thrown
  // (a retry would undo the action before it too).
  const notice = await reanalysisNotice(ctx, changes);
  // The answer is read AFTER the commit, so what another editor changed meanwhile in a record the
  // step does not change (the words of a claim whose review is undone) shows as it is on the desk.
  try {
    const after = await ctx.store.claims(claimIds);
    const reviewsAfter = new Map((await ctx.store.reviews(claimIds)).map((r) => [r.claimId, r]));
    const depthAfter = await ctx.store.undoDepth();
    return outcome(entry.action, claimIds, new Map(after.map((c) => [c.id, c])), reviewsAfter, depthAfter, notice);
  } catch {
    // A read failing after the commit (a shared desk going away) must not answer the landed step as
    // a failure ("nothing was saved": the desk would keep the old rows and stacks, and the next undo
    // would take back the action before it too). The fallback: the reads made before the commit with
    // the step's own changes laid over them. The commit checked every change's `before`, so it left
    // exactly the changes' `after` in those records.
    for (const c of changes) {
      if (c.table === 'claims') {
        if (c.after === null) claims.delete(c.id);
        else claims.set(c.id, c.after as Claim);
      } else if (c.table === 'reviews') {
        if (c.after === null) reviews.delete(c.id);
        else reviews.set(c.id, c.after as Review);
      }
    }
    // The step moved one entry from one stack to the other (per editor on a shared desk).
    const moved = direction === 'undo' ? { undo: depth.undo - 1, redo: depth.redo + 1 } : { undo: depth.undo + 1, redo: depth.redo - 1 };
    return outcome(entry.action, claimIds, claims, reviews, moved, notice);
  }
}

function outcome(
  action: string | null,
  claimIds: string[],
  claims: Map<string, Claim>,
  reviews: Map<string, Review>,
  depth: { undo: number; redo: number },
  notice: string | undefined,
): UndoOutcome {
  const rows = [...claims.values()].filter((c) => claimIds.includes(c.id)).map((c) => toClaimRow(c, reviews.get(c.id)?.status ?? 'unreviewed'));
  return withFindingsNotice({ action, claimIds, rows, canUndo: depth.undo > 0, canRedo: depth.redo > 0 }, notice);
}

/** The audit trail of one claim, or of an article and all its claims, oldest first. */
export async function getHistory(ctx: ServiceContext, target: { claimId: string } | { articleId: string }): Promise<AuditEvent[]> {
  if ('claimId' in target) return ctx.store.history([target.claimId]);
  const found = await ctx.store.articleWithClaims(target.articleId);
  const ids = new Set<string>([target.articleId, ...(found?.claims.map((c: Claim) => c.id) ?? [])]);
  // Claims that were added and later undone still belong to the article's history: found by the
  // adapter where it can (a shared desk asks the server), else by reading the trail.
  if (ctx.store.articleAuditTargets) {
    for (const id of await ctx.store.articleAuditTargets(target.articleId)) ids.add(id);
    return ctx.store.history([...ids]);
  }
  for (const e of await ctx.store.auditLog()) {
    const after = e.after as { articleId?: string } | null;
    if (after && typeof after === 'object' && after.articleId === target.articleId) ids.add(e.target);
  }
  return ctx.store.history([...ids]);
}
