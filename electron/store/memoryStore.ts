import type { Workspace } from '../../shared/schema';
import { META_ID, SETTINGS_ID, StoreReadOnlyError, type BackupInfo, type CommitRequest, type CommitResult, type StoreNotice, type UndoEntry, type WorkspaceStore } from './port';
import { WorkspaceState, type PreparedCommit } from './state';
import { undoEntriesFromV1 } from './snapshot';

/**
 * The store port in memory: the same checks as the lowdb adapter (ids, `before`, audit chain, undo
 * stacks), nothing on disk. For tests and the renderer component tests.
 */
export class MemoryStore extends WorkspaceState implements WorkspaceStore {
  readonly location = 'memory:';
  readonly notices: StoreNotice[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** Lets a test make the next commits fail as a full disk would. */
  failNextCommits = 0;

  constructor(readonly readOnly = false) {
    super();
  }

  commit(request: CommitRequest): Promise<CommitResult> {
    const run = async (): Promise<CommitResult> => {
      if (this.readOnly) throw new StoreReadOnlyError();
      const prepared = this.prepare(request);
      if (this.failNextCommits > 0) {
        this.failNextCommits--;
        const { StoreWriteError } = await import('./port');
        throw new StoreWriteError('simulated write failure (ENOSPC)');
      }
      this.apply(prepared);
      return { seq: prepared.seq, audit: prepared.audit };
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  listBackups(): Promise<BackupInfo[]> {
    return Promise.resolve([]);
  }

  restoreBackup(): Promise<void> {
    return Promise.reject(new Error('An in-memory workspace has no backups'));
  }
}

/** An in-memory store holding a whole workspace (v1 shape), e.g. a test fixture. */
export function createMemoryStore(snapshot?: Workspace, options: { readOnly?: boolean } = {}): MemoryStore {
  const store = new MemoryStore(options.readOnly ?? false);
  if (snapshot) loadSnapshot(store, snapshot);
  return store;
}

/** Fills a state from a v1-shaped workspace (migration, fixtures). Ids are checked. */
export function loadSnapshot(state: WorkspaceState, ws: Workspace): void {
  for (const a of ws.articles) state.load('articles', a);
  for (const c of ws.claims) state.load('claims', c);
  for (const r of Object.values(ws.reviews)) state.load('reviews', r);
  for (const f of ws.findings) state.load('findings', f);
  for (const d of ws.detached ?? []) state.load('detached', { id: d.claim.id, claim: d.claim, review: d.review, at: d.at });
  state.load('settings', ws.settings);
  state.load('meta', { id: META_ID, extractorVersion: ws.extractorVersion ?? 1 });
  state.loadAudit(ws.auditLog);
  const history = undoEntriesFromV1(ws);
  const replace: PreparedCommit = { seq: state.seq, action: 'load', who: '', at: '', set: [], audit: [], undo: { kind: 'replace', undo: history.undo, redo: history.redo } };
  state.apply(replace);
  void SETTINGS_ID;
}

export type { UndoEntry };
