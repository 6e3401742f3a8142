/**
 * The store PORT: what the workspace services need from storage, in records and changes — never
 * whole workspaces. Three adapters implement it:
 *   - the lowdb folder adapter (electron/store/lowdb/…): the desk's local workspace, a folder of
 *     lowdb JSON documents plus an fsynced append-only journal;
 *   - the in-memory adapter (electron/store/memoryStore.ts): tests and renderer component tests;
 *   - a PostgreSQL adapter (issue 14): a shared newsroom desk.
 * The services never know which one runs. See /work/wt/PORT-NOTES.md (kept in the repo as
 * docs/store-port.md) for the rationale, the table layout and the semantics an adapter must keep.
 *
 * Semantics every adapter keeps:
 *   - `commit()` is all-or-nothing and resolves only once the change is durable (fsynced journal
 *     line / committed transaction). If it rejects, NOTHING of it is visible to later reads: the
 *     services hold no state of their own, so a retry recomputes from the store and cannot be lost.
 *   - Each change's `before` is the record the caller read (null = must not exist). An adapter
 *     checks it (optimistic concurrency) and rejects the whole commit with StoreConflictError when
 *     the stored record differs. Compare with `sameRecord()` (canonical JSON equality).
 *   - Audit events are appended in the same commit, after the last stored event: the adapter, not
 *     the caller, assigns `seq`, `prevHash` and `hash` (see electron/store/auditChain.ts), so the
 *     hash chain stays one chain even with several writers (PostgreSQL: lock the chain head row).
 *   - Undo/redo stacks are part of the store and move in the same commit (`undo` below).
 *   - Records handed out by reads are never mutated by the store afterwards, and callers must not
 *     mutate them either (treat them as frozen): build a new record and commit it.
 */
import type { Article, AuditEvent, Claim, Finding, Review, Settings } from '../../shared/schema';

/** Tables of a workspace. Every record has a string id validated by `isRecordId` (shared/schema.ts). */
export const tableNames = ['articles', 'claims', 'reviews', 'findings', 'detached', 'settings', 'meta'] as const;
export type TableName = (typeof tableNames)[number];

/**
 * A claim whose words could no longer be found when its article was re-extracted, kept with its
 * review for the editor to see (never dropped). Id = the claim's id.
 */
export interface DetachedClaim {
  id: string;
  claim: Claim;
  review: Review | null;
  at: string;
}

/** Workspace-wide facts that are not settings. One record, id `workspace`. */
export interface WorkspaceMeta {
  id: 'workspace';
  /** Version of the extraction engine that produced the stored claims. */
  extractorVersion: number;
  /** Version of the analysis engine that produced the stored findings (absent: before versions were kept). */
  analysisVersion?: number;
  /**
   * Where one service is the only writer (a lowdb workspace): counts the commits that changed what
   * the contradiction analysis sees (claims, rejections, corrections), raised in the same commit as
   * the change. Absent: 0.
   */
  claimsRevision?: number;
  /**
   * The `claimsRevision` the stored findings answer, stored by each analysis in the same commit as
   * its findings. Behind `claimsRevision`: a change was committed whose analysis never was (a crash
   * or a close in between); the next open analyses everything again. Absent: 0.
   */
  findingsRevision?: number;
}

/** The single settings record is stored under this id. */
export const SETTINGS_ID = 'settings';
export const META_ID = 'workspace';

/** The record type of each table. Reviews are keyed by their claimId; settings/meta hold one record. */
export interface TableRecords {
  articles: Article;
  claims: Claim;
  reviews: Review;
  findings: Finding;
  detached: DetachedClaim;
  settings: Settings;
  meta: WorkspaceMeta;
}

/**
 * One record's change. `before` null = insert (must not exist), `after` null = delete,
 * both set = update. `before` is what the caller read: the optimistic check.
 */
export type RecordChange = {
  [T in TableName]: { table: T; id: string; before: TableRecords[T] | null; after: TableRecords[T] | null };
}[TableName];

/** An audit event as the caller describes it; the store chains it (seq, prevHash, hash). */
export interface AuditEntry {
  who: string;
  when: string;
  action: string;
  /** Id of what the event is about: a claim, article, finding id, or a word such as `settings`. */
  target: string;
  before: unknown;
  after: unknown;
}

/** One undoable action as kept on the undo/redo stacks: the record changes it made. */
export interface UndoEntry {
  /** Assigned by the store (unique within the workspace). */
  id: string;
  action: string;
  at: string;
  changes: RecordChange[];
}

/**
 * How a commit moves the undo/redo stacks, in the same durable step:
 *   - push: this commit becomes the newest undo entry ({action, at, changes}); redo is cleared;
 *     the oldest entries beyond `limit` are dropped.
 *   - undo / redo: `entryId` (the top of that stack, as read with `undoTop`) moves to the other
 *     stack. The caller commits the inverse (undo) or the same (redo) changes itself.
 *   - clear: both stacks emptied (after a re-extraction that changed a record an entry names).
 * Absent: the stacks do not move (imports, analysis, settings).
 */
export type UndoStep =
  | { kind: 'push'; limit: number }
  | { kind: 'undo'; entryId: string }
  | { kind: 'redo'; entryId: string }
  | { kind: 'clear' };

export interface CommitRequest {
  /** What the user did, e.g. `review.verified`, `claim.add`, `undo.review.verified`, `article.import`. */
  action: string;
  who: string;
  /** ISO time of the action. */
  at: string;
  changes: RecordChange[];
  /** Appended to the audit trail in this commit, in order. May be empty. */
  audit: AuditEntry[];
  undo?: UndoStep;
  /**
   * Optional: told how far a big commit is, as a share of its work (0 to 1, growing within one attempt: a
   * commit checked again or retried tells from 0 again), for the progress line of a full analysis, whose
   * findings commit takes minutes at a newsroom's size. Advisory: never stored, a throw from it is ignored;
   * an adapter may ignore it.
   */
  progress?: (share: number) => void;
}

export interface CommitResult {
  /** Position of this commit in the workspace's commit sequence (monotonic). */
  seq: number;
  /**
   * The chained audit events as stored. A shared desk chains them just after the commit: it
   * returns them with seq -1 and empty hashes (their place in the chain is in its trail).
   */
  audit: AuditEvent[];
}

/**
 * Rejected commit: a `before` did not match the stored record (or, with table `undo`, the undo
 * entry named is no longer the top of its stack). Nothing was applied.
 */
export class StoreConflictError extends Error {
  constructor(
    readonly table: TableName | 'undo',
    readonly id: string,
    /** Set by a shared desk: who changed the record first, when, and what it holds now (null: deleted). */
    readonly other: ConflictOther | null = null,
  ) {
    super(`Record ${table}/${id} changed since it was read`);
    this.name = 'StoreConflictError';
  }
}

/** The other side of a conflict on a shared desk. */
export interface ConflictOther {
  by: string | null;
  at: string | null;
  current: unknown;
}

/** Rejected commit: the change could not be made durable (disk full, read-only…). Nothing was applied. */
export class StoreWriteError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StoreWriteError';
  }
}

/** A write on a store opened read-only (CLI `list`, `check --workspace`, `export`). */
export class StoreReadOnlyError extends Error {
  constructor() {
    super('This workspace was opened read-only');
    this.name = 'StoreReadOnlyError';
  }
}

/**
 * The store can no longer be used and was closed: a backup's restore was written to disk but its
 * reload into memory failed half-way (what the disk holds is whole: the restored backup). Every read
 * and commit after it is refused with this error, never answered from the half-loaded state; the
 * workspace opens again normally.
 */
export class StoreUnusableError extends Error {
  constructor(override readonly cause?: unknown) {
    super('The restored backup was written but could not be loaded; the workspace was closed (open it again)');
    this.name = 'StoreUnusableError';
  }
}

/** A read that could not get one consistent state to answer from (see the lowdb store's read gate). Nothing was changed. */
export class StoreBusyError extends Error {
  constructor(readonly read: string) {
    super(`The workspace kept changing while it was read (${read}); nothing was changed, try again`);
    this.name = 'StoreBusyError';
  }
}

/** Something the user should be told after opening (shown by the app, printed by the CLI). */
export type StoreNotice =
  | { kind: 'migrated'; from: string; keptAt: string; schemaVersion: number }
  /**
   * An unfinished last journal line left out. `beingWritten`: a read-only open while the workspace's
   * writer is running (its lock names a live process): the app is still writing that line (a big
   * commit goes to disk in pieces), so it is a change being saved, not a torn one.
   */
  | { kind: 'torn-journal'; file: string; droppedBytes: number; beingWritten?: boolean }
  | { kind: 'audit-broken'; atSeq: number }
  | { kind: 'stale-lock-taken'; pid: number; host: string }
  | { kind: 'restored'; backupId: string }
  /** An unreadable workspace was moved aside (never overwritten) and a new one started (write opens only). */
  | { kind: 'recovered'; movedTo: string }
  /** The path given was a symbolic link; the workspace it points to was opened. */
  | { kind: 'symlink-resolved'; from: string; to: string };

/** Article fields without the text, plus review counts: one row of the library. */
export interface ArticleSummaryRecord {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  source: string;
  claimCount: number;
  reviewedCount: number;
  flaggedCount: number;
}

/** A claim with its review (null = unreviewed). */
export interface ClaimWithReview {
  claim: Claim;
  review: Review | null;
}

export interface ClaimPageQuery {
  offset: number;
  limit: number;
  articleId?: string;
  /** Only claims whose review status is one of these ('unreviewed' = no review). */
  statuses?: readonly string[];
}

export interface FindingQuery {
  offset?: number;
  limit?: number;
  /** Findings listed under this article (their articleIds, or one of their claims is in it). */
  articleId?: string;
  /** Findings one of whose claims is this one. */
  claimId?: string;
  statuses?: readonly Finding['status'][];
  types?: readonly Finding['type'][];
}

/** A run of articles in import order (see StoreReader.articleSummaries). */
export interface ArticleRange {
  offset: number;
  limit: number;
}

export interface Page<T> {
  total: number;
  items: T[];
}

/** Reads by query. Ordering is part of the contract where stated. */
export interface StoreReader {
  settings(): Promise<Settings>;
  meta(): Promise<WorkspaceMeta>;
  counts(): Promise<{ articles: number; claims: number; reviews: number; findings: number; auditEvents: number }>;
  /** Every article without its text, in import order, with claim/review counts. */
  articleSummaries(): Promise<ArticleSummaryRecord[]>;
  /**
   * Those at positions offset … offset + limit − 1 of that order (the others' counts not computed),
   * and how many articles there are.
   */
  articleSummaryPage(range: ArticleRange): Promise<Page<ArticleSummaryRecord>>;
  /** Articles by id with their text; missing ids are skipped. Import order when `ids` is absent. */
  articles(ids?: readonly string[]): Promise<Article[]>;
  /** One article with its claims (by start offset) and their reviews; null when absent. */
  articleWithClaims(articleId: string): Promise<{ article: Article; claims: Claim[]; reviews: Review[] } | null>;
  /** Claims by id; missing ids are skipped. Every claim (article order, then start) when `ids` is absent. */
  claims(ids?: readonly string[]): Promise<Claim[]>;
  /**
   * Optional: whether a claim exists, without reading it (an adapter that loads claims on first use
   * answers from its index). Without it the services read the claim.
   */
  hasClaim?(claimId: string): Promise<boolean>;
  /** Reviews of these claims (absent = unreviewed, not listed). Every review when `claimIds` is absent. */
  reviews(claimIds?: readonly string[]): Promise<Review[]>;
  /** A page of claims with their reviews, article order then start offset. */
  claimPage(query: ClaimPageQuery): Promise<Page<ClaimWithReview>>;
  /**
   * Findings in stored order (as the analysis produced them), filtered and paged. `limit: 0` asks
   * for the total only. Adapters answer in proportion to the page (indexes), not to every finding.
   */
  findings(query?: FindingQuery): Promise<Page<Finding>>;
  /**
   * Ids of the claims standing in a finding that needs the editor (open, not "consistent"), a
   * page of them (in an order the adapter keeps while they do not change; every one without a
   * limit) and their total. Answered without reading every finding (the local adapters keep an
   * index; PostgreSQL reads the findings' claim lists in SQL).
   */
  attentionClaimIds(window?: { offset?: number; limit?: number }): Promise<Page<string>>;
  /**
   * Optional: a signature that changes whenever a finding's id, status or explanation does.
   * Adapters that keep indexes answer without reading every finding; without it the services
   * compute it from `findings()`.
   */
  findingsSignature?(): Promise<string>;
  /**
   * Optional: the "not the same fact" dismissals (dismissed findings whose decision's reason is
   * 'not-same-fact'), in stored order. Adapters that index the reason read just those; without it
   * the services read every dismissed finding and keep these.
   */
  notSameFactDismissals?(): Promise<Finding[]>;
  /**
   * Optional: the changes that make the stored findings exactly `after` (a full analysis's findings):
   * in `after`'s order, each finding absent (inserted) or different (updated, by canonical JSON), then
   * each stored finding not in `after` (deleted), with the stored record as `before`. An adapter that
   * keeps findings on disk compares them a part at a time and keeps none it had not loaded (the lowdb
   * folder store: 450k findings held 1.1 GB once all were read); without it the services read every
   * finding and compare. `progress`, when given, is told how many stored findings were compared of how
   * many, as the comparison goes (seconds to minutes at a newsroom's size); a throw from it is ignored.
   */
  findingChanges?(after: readonly Finding[], progress?: (compared: number, stored: number) => void): Promise<RecordChange[]>;
  /**
   * Optional, beside findingChanges: the decided findings (resolved, dismissed) in stored order, as
   * `findings({ statuses: ['resolved', 'dismissed'] })` gives them. An adapter that keeps findings on
   * disk reads them without loading the rest (the lowdb folder store: a chunk holding one decided
   * finding is read for it and let go, not kept parsed — decisions spread over every chunk of 450k
   * findings would otherwise load them all, 1.1 GB, for each full analysis).
   */
  decidedFindings?(): Promise<Finding[]>;
  getFindings(ids: readonly string[]): Promise<Finding[]>;
  /** Audit events whose target is one of `targets`, oldest first. */
  history(targets: readonly string[]): Promise<AuditEvent[]>;
  /**
   * Optional: what a review action reads first — the claim, its review and the settings — in one
   * go (a shared desk: one round trip to the server instead of three). Without it the services
   * read the three apart.
   */
  reviewContext?(claimId: string): Promise<{ claim: Claim | null; review: Review | null; settings: Settings | null }>;
  /**
   * Optional: ids of every audit target that ever belonged to the article (its claims, also
   * those added and since undone), found by the adapter instead of reading the whole trail.
   */
  articleAuditTargets?(articleId: string): Promise<string[]>;
  /**
   * Optional: everyone named as the editor of an audit event (without ''), any order. With it
   * and `articleAuditTargets`, an article's or a claim's history page is read without a snapshot
   * of the whole workspace.
   */
  auditEditors?(): Promise<string[]>;
  /** The audit trail, oldest first, from `fromSeq` (default 0), at most `limit` events. */
  auditLog(fromSeq?: number, limit?: number): Promise<AuditEvent[]>;
  /** Top of the undo or redo stack (null when empty), and the stacks' depths. */
  undoTop(stack: 'undo' | 'redo'): Promise<UndoEntry | null>;
  undoDepth(): Promise<{ undo: number; redo: number }>;
  /** Every entry of the undo or redo stack, oldest first (what re-extraction checks before keeping them). */
  undoEntries(stack: 'undo' | 'redo'): Promise<UndoEntry[]>;
  detached(): Promise<DetachedClaim[]>;
}

export interface BackupInfo {
  id: string;
  /** ISO time the checkpoint was taken. */
  at: string;
  /** Commit sequence the backup holds (every commit up to and including it). */
  seq: number;
  articles: number;
  claims: number;
  /** Bytes on disk of what the backup holds (documents shared with other backups count in each). */
  bytes: number;
}

/** A workspace opened through one adapter. */
export interface WorkspaceStore extends StoreReader {
  /** Where it lives (folder path, or a database URL without credentials). */
  readonly location: string;
  readonly readOnly: boolean;
  /**
   * The editor this store acts for on a shared desk ("Lan (lan)": the name from their settings and
   * their OS account): the services record it as the reviewer. Absent for a one-person workspace,
   * where the settings' reviewer name is used.
   */
  readonly editor?: string;
  /** What the user should be told about this opening (migration, torn journal, broken audit chain…). */
  readonly notices: readonly StoreNotice[];
  /**
   * Applies every change, the audit events and the undo step as ONE durable unit, then resolves.
   * Rejects with StoreConflictError / StoreWriteError / StoreReadOnlyError and applies nothing.
   * Commits are serialized in call order.
   */
  commit(request: CommitRequest): Promise<CommitResult>;
  /** Flushes background work (checkpoints), releases the writer lock. Idempotent. */
  close(): Promise<void>;
  /**
   * Optional: runs `work` so that every read it makes through this store sees ONE state of the
   * workspace, no commit landing between two of them (the PostgreSQL desk: one REPEATABLE READ READ
   * ONLY transaction, every committed audit event sealed). Snapshots for exports, merges and the
   * history use it; adapters whose reads cannot interleave with another writer's commit omit it.
   */
  consistentRead?<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Optional: compacts what was committed since the last checkpoint into the documents, in the
   * background (lowdb: a checkpoint), when it is at least `minJournalBytes`. The services ask for it
   * after imports, analyses and re-extractions, so a quit never has a long journal to compact and
   * the next start never has a long journal to replay. Adapters without a journal omit it.
   */
  compact?(options?: { minJournalBytes?: number }): Promise<void>;
  /** Restorable snapshots, newest first (adapters without backups return []). */
  listBackups(): Promise<BackupInfo[]>;
  /**
   * Replaces the workspace's content with a backup (the current state is backed up first, and a
   * `workspace.restore` audit event is appended). Undo stacks are cleared.
   */
  restoreBackup(backupId: string): Promise<void>;
}

/** Canonical JSON (sorted keys) of a record: the equality `before` checks use. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) {
        const field = (v as Record<string, unknown>)[k];
        if (field !== undefined) sorted[k] = field;
      }
      return sorted;
    }
    return v;
  });
}

/** True when two records are the same for the optimistic check (undefined fields ignored). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  const plain = samePlain(a, b);
  return plain === null ? canonicalJson(a) === canonicalJson(b) : plain;
}

/**
 * `canonicalJson(a) === canonicalJson(b)` for plain JSON data (objects, arrays, strings, finite
 * numbers, booleans, null; undefined fields left out) compared in place: no sorted copy and no string
 * per record. A store compares every finding of a full analysis this way (450k at 10,000 articles),
 * and every `before` of a big commit. Null when either side holds anything else (a Date, NaN, a
 * class instance, undefined in an array…): the caller then compares their canonical JSON.
 */
function samePlain(a: unknown, b: unknown): boolean | null {
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== typeof b) return ta === 'object' || ta === 'undefined' || typeof b === 'object' || typeof b === 'undefined' ? null : false;
  if (ta === 'string' || ta === 'boolean') return false;
  if (ta === 'number') return Number.isFinite(a) && Number.isFinite(b) ? false : null;
  if (ta !== 'object' || a === null || b === null) return null;
  const arrayA = Array.isArray(a);
  if (arrayA !== Array.isArray(b)) return null;
  if (arrayA) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      const same = samePlain(x[i], y[i]);
      if (same !== true) return same;
    }
    return true;
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return null;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  if ('toJSON' in x || 'toJSON' in y) return null;
  let defined = 0;
  for (const k in x) {
    const v = x[k];
    if (v === undefined) continue;
    defined++;
    const w = y[k];
    if (w === undefined) return typeof v === 'function' || typeof v === 'symbol' ? null : false;
    const same = samePlain(v, w);
    if (same !== true) return same;
  }
  for (const k in y) {
    const w = y[k];
    if (w === undefined) continue;
    if (typeof w === 'function' || typeof w === 'symbol') return null;
    defined--;
  }
  return defined === 0;
}

/**
 * A whole workspace in the version 1 shape (one object): what migration reads, what exports
 * render and what an adapter can be seeded from. Not how any adapter stores it.
 */
export type { Workspace as WorkspaceSnapshot } from '../../shared/schema';
