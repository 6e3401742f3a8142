import { SCHEMA_VERSION, type HistoryChange, type HistoryEntry, type Workspace } from '../../shared/schema';
import type { RecordChange, UndoEntry } from './port';
import type { WorkspaceState } from './state';

/** One v1 undo entry ({type: review|claim, claimId, before, after}) as a port undo entry. */
export function undoEntryFromV1(entry: HistoryEntry, id: string): UndoEntry {
  return {
    id,
    action: entry.action,
    at: entry.at,
    changes: entry.changes.map(
      (c): RecordChange =>
        c.type === 'review'
          ? { table: 'reviews', id: c.claimId, before: c.before, after: c.after }
          : { table: 'claims', id: c.claimId, before: c.before, after: c.after },
    ),
  };
}

/** v1 undo stacks as port undo entries. */
export function undoEntriesFromV1(ws: Workspace): { undo: UndoEntry[]; redo: UndoEntry[] } {
  const convert = (stack: 'undo' | 'redo') => (entry: HistoryEntry, index: number) => undoEntryFromV1(entry, `u_v1${stack}${index}`);
  return { undo: (ws.history?.undo ?? []).map(convert('undo')), redo: (ws.history?.redo ?? []).map(convert('redo')) };
}

/** Port undo entries back in the v1 shape (exports, the `workspace` view of the service, desk export). */
export function undoEntryToV1(entry: UndoEntry): HistoryEntry {
  return {
    action: entry.action,
    at: entry.at,
    changes: entry.changes.flatMap((c): HistoryChange[] => {
      if (c.table === 'reviews') return [{ type: 'review' as const, claimId: c.id, before: c.before, after: c.after }];
      if (c.table === 'claims') return [{ type: 'claim' as const, claimId: c.id, before: c.before, after: c.after }];
      return [];
    }),
  };
}

/** The whole workspace in the v1 shape: for exports, merges and tests. Costs a full copy of the lists. */
export function snapshotOf(state: WorkspaceState): Workspace {
  const detached = [...state.detachedById.values()];
  return {
    schemaVersion: SCHEMA_VERSION,
    extractorVersion: state.metaRecord.extractorVersion,
    articles: state.orderedArticles(),
    claims: state.claimsList(),
    reviews: Object.fromEntries(state.reviewsById),
    findings: state.orderedFindings(),
    auditLog: [...state.audit],
    settings: state.settingsRecord,
    history: { undo: state.undoStack.map(undoEntryToV1), redo: state.redoStack.map(undoEntryToV1) },
    ...(detached.length > 0 ? { detached: detached.map((d) => ({ claim: d.claim, review: d.review, at: d.at })) } : {}),
  };
}
