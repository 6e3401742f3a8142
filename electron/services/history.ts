import { toClaimRow } from '../../shared/claimRow';
import type { UndoOutcome } from '../../shared/ipc/contract';
import type { AuditEvent, Claim } from '../../shared/schema';
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
  // Once the step is committed it stands: a failed re-analysis after it is said, not thrown (a
  // retry would undo the action before it too).
  let notice: string | undefined;
  if (entry) {
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
    notice = await reanalysisNotice(ctx, changes);
  }
  const claimIds = [...new Set(entry?.changes.map((c) => c.id) ?? [])];
  const claims = await ctx.store.claims(claimIds);
  const reviews = new Map((await ctx.store.reviews(claimIds)).map((r) => [r.claimId, r]));
  const depth = await ctx.store.undoDepth();
  return withFindingsNotice(
    {
      action: entry?.action ?? null,
      claimIds,
      rows: claims.map((c) => toClaimRow(c, reviews.get(c.id)?.status ?? 'unreviewed')),
      canUndo: depth.undo > 0,
      canRedo: depth.redo > 0,
    },
    notice,
  );
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
