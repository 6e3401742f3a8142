import { EXTRACTOR_VERSION } from '../../shared/extract';
import type { Article, AuditEvent, Claim, Finding, Review, Settings, Workspace } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema';
import { DEFAULT_EXPORT_STATUSES, type ExportScope } from '../../shared/export';
import { defaultSettings } from '../../shared/settings';
import {
  META_ID,
  SETTINGS_ID,
  StoreConflictError,
  StoreWriteError,
  sameRecord,
  type AuditEntry,
  type CommitRequest,
  type CommitResult,
  type RecordChange,
  type TableName,
  type TableRecords,
  type UndoEntry,
  type WorkspaceMeta,
  type WorkspaceStore,
} from '../store/port';
import { conflictError } from './conflicts';
import { AppError } from './errors';
import type { JobControl } from './jobs';

/** A change of the workspace meta record made in the same commit as other changes (see ServiceContext.commit). */
export type MetaMark = (meta: WorkspaceMeta) => WorkspaceMeta;

/** What the findings feature answers as a commit starts (see ServiceContext.beforeCommit). */
export interface CommitNote {
  /** The change of the meta record the commit also makes, or null. */
  mark: MetaMark | null;
  /** The commit failed (nothing of it was applied): what was noted for it is taken back. */
  failed(): void;
  /**
   * The commit landed: what it changed is noted again (an analysis that ran while it was in flight
   * took the note but read the records as they were before it).
   */
  landed(): void;
}

/** Journal bytes since the last checkpoint above which a big write is compacted at once. */
export const COMPACT_AFTER_BYTES = 256 * 1024;

/** How many actions undo reaches back, across restarts. */
export const HISTORY_LIMIT = 200;

export interface ServiceOptions {
  /** The opened store (any adapter of the port). */
  store: WorkspaceStore;
  /** Folder of sample articles imported on first start. */
  seedsDir: string | null;
  /** Reviewer recorded in the audit trail until the user sets a name. */
  defaultReviewer: string;
  /**
   * The editor who acts in this run, over the settings' name (the CLI's $CROSSCHECK_REVIEWER on a
   * workspace file): recorded on its reviews and audit events; the stored settings are not changed.
   */
  actingReviewer?: string;
  /**
   * The language of the messages this service builds (import refusals and notes, progress), over the
   * workspace's setting: a CLI run's --lang, so one run speaks one language. The settings are not changed.
   */
  language?: 'vi' | 'en';
  now?: () => Date;
  /**
   * When re-analysis runs after an edit: 'inline' (default: the call returns with findings
   * updated), 'deferred' (the action returns once durable; one analysis at a time follows), or
   * 'off' (benchmarks of the store alone; findings are then stale until `analyze`).
   */
  analysis?: 'inline' | 'deferred' | 'off';
  /**
   * Build the kept analysis in the background right after opening (the app's service host), so the
   * first edit's re-analysis is incremental. Off for one-shot commands (the CLI), which close at once.
   */
  prepareAnalysis?: boolean;
  /**
   * A workspace from an older engine is re-extracted by a job the host starts after the open
   * (`WorkspaceService.upgrade`), not during the open: the app's window and desk come at once. Off
   * for the CLI, whose writing commands re-extract before they act.
   */
  upgradeInBackground?: boolean;
  /**
   * The host builds handlers that serve jobs right after the open (createHandlers: the app's service
   * host): the open's full background analysis waits for them and runs as a job the desk follows. Off
   * (the CLI, tests, benches): that analysis runs at once, with no job.
   */
  jobsServed?: boolean;
  /**
   * Longest synchronous slice (ms, default 8) of the analysis work this service runs (an edit's
   * re-analysis, a full analysis, the background build) before its event loop turns; 0 (tests)
   * turns it at every step.
   */
  sliceMs?: number;
}

/** How long the open's background work waits at most for the host's handlers to run it as a job (ServiceContext.jobRunner). */
let jobRunnerWaitMs = 10_000;
/** Tests: another longest wait for the host's handlers (see jobRunnerWaitMs). */
export function setJobRunnerWait(ms: number): void {
  jobRunnerWaitMs = ms;
}

/** Runs background work as a job of `kind` the desk follows (see ServiceContext.backgroundJob). */
export type BackgroundJob = <R>(kind: 'analysis', run: (control: JobControl) => Promise<R>) => Promise<R>;

/** A workspace object (exports, merges) from what the store read. */
function workspaceOf(
  extractorVersion: number,
  parts: { articles: Article[]; claims: Claim[]; reviews: readonly Review[]; findings: Finding[]; auditLog: AuditEvent[]; settings: Settings; detached?: NonNullable<Workspace['detached']> },
): Workspace {
  const { detached } = parts;
  return {
    schemaVersion: SCHEMA_VERSION,
    extractorVersion,
    articles: parts.articles,
    claims: parts.claims,
    reviews: Object.fromEntries(parts.reviews.map((r) => [r.claimId, r])),
    findings: parts.findings,
    auditLog: parts.auditLog,
    settings: parts.settings,
    ...(detached && detached.length > 0 ? { detached } : {}),
  };
}

/**
 * What every feature of the service shares: the store, the clock, and the one way to commit.
 * It keeps no copy of the workspace: every read goes to the store, every change is a commit, so a
 * failed save leaves nothing behind in memory and a retry really retries. (The findings feature keeps
 * a derived analysis between edits, rebuilt from the store whenever it may be stale.)
 */
export class ServiceContext {
  /** The workspace's UI language, refreshed after every settings change. */
  private settingsLanguage: 'vi' | 'en' = 'vi';

  /** The language messages are built in: the service's own (`ServiceOptions.language`), else the settings'. */
  get language(): 'vi' | 'en' {
    return this.options.language ?? this.settingsLanguage;
  }

  set language(value: 'vi' | 'en') {
    this.settingsLanguage = value;
  }
  /** Folded article texts for search; articles' texts never change once imported. */
  readonly folded = new Map<string, string>();

  constructor(
    readonly store: WorkspaceStore,
    readonly options: ServiceOptions,
  ) {}

  /**
   * Called as each commit starts, with its changes: the findings feature notes the claims changed,
   * and answers what the commit must also change in the workspace meta record (the claims revision,
   * see findings.ts) and what to do if the commit fails, or null.
   */
  beforeCommit: ((changes: readonly RecordChange[]) => CommitNote | null) | null = null;
  /** Set as the service closes: background work stops at its next slice. */
  closing = false;
  /** When the last call from the desk arrived (performance.now(); the IPC handlers set it). */
  lastCallAt = -Infinity;
  private jobRunnerSet: BackgroundJob | null = null;
  private jobRunnerIsSet: (() => void) | null = null;
  private readonly whenJobRunner = new Promise<void>((resolve) => {
    this.jobRunnerIsSet = resolve;
  });
  private closeSignal: (() => void) | null = null;
  /** Resolves once the service starts closing (background work waiting on something stops). */
  readonly whenClosing: Promise<void> = new Promise<void>((resolve) => {
    this.closeSignal = resolve;
  });

  /**
   * Runs background work the desk should see as a job (its progress line, pushed): the open's full
   * analysis when the stored findings are another engine's or behind the claims. Set by the handlers
   * (createHandlers); without them (the CLI, tests) the work runs with no job. Resolves or rejects as
   * `run` does.
   */
  get backgroundJob(): BackgroundJob | null {
    return this.jobRunnerSet;
  }

  set backgroundJob(run: BackgroundJob | null) {
    this.jobRunnerSet = run;
    if (run !== null) this.jobRunnerIsSet?.();
  }

  /**
   * The job runner for background work: where the host serves jobs (`jobsServed`), once its handlers
   * have set it (null if the service closes first, or if none came within jobRunnerWaitMs: a host
   * that failed before building them must not hold the analyses queued behind this one); elsewhere
   * what is set now, without waiting.
   */
  async jobRunner(): Promise<BackgroundJob | null> {
    if (this.jobRunnerSet === null && this.options.jobsServed) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, jobRunnerWaitMs);
        timer.unref?.();
      });
      await Promise.race([this.whenJobRunner, this.whenClosing, late]);
      clearTimeout(timer);
    }
    return this.jobRunnerSet;
  }

  /** The service is closing: background work stops (see whenClosing). */
  startClosing(): void {
    this.closing = true;
    this.closeSignal?.();
  }

  /** Resolves once the deferred re-analysis loop (options.analysis 'deferred') has nothing left to run. */
  async deferredIdle(): Promise<void> {
    while (this.analysisRun) await this.analysisRun;
  }

  private analysisRun: Promise<void> | null = null;
  private analysisAgain = false;

  /** Re-analysis after an action, as `options.analysis` says. */
  async afterAction(run: () => Promise<unknown>): Promise<void> {
    const mode = this.options.analysis ?? 'inline';
    if (mode === 'off') return;
    if (mode === 'inline') {
      await run();
      return;
    }
    if (this.analysisRun) {
      this.analysisAgain = true;
      return;
    }
    const loop = async () => {
      do {
        this.analysisAgain = false;
        await run().catch((e: unknown) => console.error('[crosscheck] background analysis failed:', e));
      } while (this.analysisAgain);
      this.analysisRun = null;
    };
    this.analysisRun = loop();
  }

  now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  async settings(): Promise<Settings> {
    const settings = await this.store.settings();
    this.language = settings.language;
    return settings;
  }

  /** Who acts: the editor a shared desk knows (name + OS user), else the run's acting reviewer, else the settings' name. */
  async reviewer(): Promise<string> {
    // A desk's editor needs no read (a round trip to the server before every commit).
    if (this.store.editor) return this.store.editor;
    return this.options.actingReviewer || (await this.settings()).reviewerName;
  }

  /**
   * Commits and turns store failures into messages for the user. `mark` (and what beforeCommit
   * answers) changes the workspace meta record in the same commit, from the meta as stored when the
   * commit is made: when another commit changed the meta record in between, it is read again and the
   * commit retried (the caller's own changes are checked as usual).
   */
  async commit(request: CommitRequest, onConflict: (e: StoreConflictError) => AppError = conflictError, mark?: MetaMark): Promise<CommitResult> {
    const note = this.beforeCommit?.(request.changes) ?? null;
    const marks = [note?.mark ?? null, mark ?? null].filter((m): m is MetaMark => m !== null);
    const ownMeta = request.changes.some((c) => c.table === 'meta');
    let current = request;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.store.commit(marks.length > 0 ? await this.marked(current, marks) : current);
        note?.landed();
        return result;
      } catch (e) {
        if (e instanceof StoreConflictError && e.table === 'meta' && attempt < 20) {
          // Only the meta record this commit marks moved (another commit's mark): read it again.
          if (marks.length > 0 && !ownMeta) continue;
          // The caller's own meta change was read before another commit moved the meta record (its
          // claims revision: any edit raises it): the fields the caller changes, on the meta as it is now.
          if (ownMeta) {
            current = await this.metaRebased(current);
            continue;
          }
        }
        note?.failed();
        throw this.commitError(e, onConflict);
      }
    }
  }

  /** The request with its own meta change made from the meta record as stored now (the fields it changes). */
  private async metaRebased(request: CommitRequest): Promise<CommitRequest> {
    const stored = await this.store.meta();
    return {
      ...request,
      changes: request.changes.map((c) => {
        if (c.table !== 'meta' || c.before === null || c.after === null) return c;
        const before = c.before as unknown as Record<string, unknown>;
        const after = c.after as unknown as Record<string, unknown>;
        const changed = Object.keys(after).filter((k) => !sameRecord(after[k] ?? null, before[k] ?? null));
        const rebased: Record<string, unknown> = { ...stored };
        for (const k of changed) rebased[k] = after[k];
        for (const k of Object.keys(before)) if (!(k in after)) delete rebased[k];
        return { ...c, before: stored, after: rebased as unknown as WorkspaceMeta };
      }),
    };
  }

  /** The request with the marks applied to the meta record (merged into its own meta change, if any). */
  private async marked(request: CommitRequest, marks: readonly MetaMark[]): Promise<CommitRequest> {
    const own = request.changes.find((c) => c.table === 'meta');
    const base = (own ? own.after : await this.store.meta()) as WorkspaceMeta | null;
    if (base === null) return request;
    const after = marks.reduce((m, mark) => mark(m), base);
    if (own) return { ...request, changes: request.changes.map((c) => (c === own ? { ...own, after } : c)) };
    if (sameRecord(after, base)) return request;
    return { ...request, changes: [...request.changes, { table: 'meta', id: META_ID, before: base, after }] };
  }

  /** A store failure in the user's words. */
  private commitError(e: unknown, onConflict: (e: StoreConflictError) => AppError): unknown {
    // A shared desk names the other editor and their decision; nothing of this commit was applied.
    if (e instanceof StoreConflictError) return onConflict(e);
    return storeFailure(e) ?? e;
  }

  /**
   * An action an editor can undo: its changes, one audit event per changed record (target = the
   * record's id), pushed on the undo stack — one durable step.
   */
  async commitAction(action: string, changes: RecordChange[], who?: string): Promise<CommitResult> {
    const at = this.now().toISOString();
    const by = who ?? (await this.reviewer());
    return this.commit({
      action,
      who: by,
      at,
      changes,
      audit: changes.map((c) => ({ who: by, when: at, action, target: c.id, before: c.before, after: c.after })),
      undo: { kind: 'push', limit: HISTORY_LIMIT },
    });
  }

  /** One audit event with no record change (an export, a merge summary). */
  async commitEvent(entry: Omit<AuditEntry, 'who' | 'when'>, changes: RecordChange[] = []): Promise<CommitResult | null> {
    if (this.store.readOnly) return null;
    const at = this.now().toISOString();
    const who = await this.reviewer();
    return this.commit({ action: entry.action, who, at, changes, audit: [{ ...entry, who, when: at }] });
  }

  /**
   * After a big write (an import, an analysis, a re-extraction): compact the journal into the
   * documents in the background, so neither a quit nor the next start has a long journal to handle.
   * A small write (one review's re-analysis) stays in the journal until the usual checkpoint.
   */
  compactInBackground(): void {
    if (this.store.readOnly || !this.store.compact) return;
    void this.store.compact({ minJournalBytes: COMPACT_AFTER_BYTES }).catch((e: unknown) => console.error('[crosscheck] background checkpoint failed:', e));
  }

  notFound(vi: string, en: string): AppError {
    return new AppError('not_found', { vi, en });
  }

  async claim(claimId: string): Promise<Claim> {
    const [claim] = await this.store.claims([claimId]);
    if (!claim) throw this.notFound(`Không tìm thấy nhận định ${claimId}.`, `Claim ${claimId} was not found.`);
    return claim;
  }

  /**
   * Throws not_found unless the claim exists; does not read it when the store can tell without
   * (a review changes the review only: the claim's content bucket need not be parsed for it).
   */
  async requireClaim(claimId: string): Promise<void> {
    if (this.store.hasClaim ? await this.store.hasClaim(claimId) : (await this.store.claims([claimId])).length > 0) return;
    throw this.notFound(`Không tìm thấy nhận định ${claimId}.`, `Claim ${claimId} was not found.`);
  }

  async article(articleId: string): Promise<Article> {
    const [article] = await this.store.articles([articleId]);
    if (!article) throw this.notFound('Không tìm thấy bài viết này trong không gian làm việc.', 'This article is not in the workspace.');
    return article;
  }

  /** What a review action starts from: the claim (or not found), its review, the settings. */
  async reviewInputs(claimId: string): Promise<{ claimId: string; settings: Settings; review: Review | null }> {
    if (this.store.reviewContext) {
      const read = await this.store.reviewContext(claimId);
      if (!read.claim) throw this.notFound(`Không tìm thấy nhận định ${claimId}.`, `Claim ${claimId} was not found.`);
      const settings = read.settings ?? defaultSettings();
      this.language = settings.language;
      return { claimId: read.claim.id, settings, review: read.review };
    }
    const [, settings, review] = await Promise.all([this.requireClaim(claimId), this.settings(), this.review(claimId)]);
    return { claimId, settings, review };
  }

  async review(claimId: string): Promise<Review | null> {
    const [review] = await this.store.reviews([claimId]);
    return review ?? null;
  }

  /**
   * What an export of `format` over `scope` reads: the claims export formats (CSV, JSONL,
   * ClaimReview) with reviewed statuses only and no date range read the reviewed claims, their
   * articles and nothing else (no findings: those formats do not list them), so a lazily opened
   * store parses only the content buckets holding them. Every other export reads the whole workspace.
   * The rendered export is the same either way.
   */
  async snapshotForExport(format: string, scope: ExportScope): Promise<Workspace> {
    const statuses = new Set<string>(scope.statuses ?? DEFAULT_EXPORT_STATUSES);
    if (!['csv', 'jsonl', 'claimreview'].includes(format) || scope.from !== undefined || scope.to !== undefined || statuses.has('unreviewed')) return this.snapshot();
    return this.consistent(() => this.reviewedSnapshot(statuses));
  }

  /** Reads that must see one state of the workspace (another editor's commit never lands between them). */
  private async consistent<T>(work: () => Promise<T>): Promise<T> {
    if (!this.store.consistentRead) return work();
    try {
      return await this.store.consistentRead(work);
    } catch (e) {
      // Too busy for one consistent state: the store's own neutral message (history, merges, exports).
      if (e instanceof StoreWriteError && (e as { deskBusy?: boolean }).deskBusy) {
        const { vi, en } = e as StoreWriteError & { vi: string; en: string };
        throw new AppError('internal', { vi, en });
      }
      throw e;
    }
  }

  private async reviewedSnapshot(statuses: Set<string>): Promise<Workspace> {
    const [allReviews, settings, meta, summaries] = await Promise.all([this.store.reviews(), this.store.settings(), this.store.meta(), this.store.articleSummaries()]);
    const reviews = allReviews.filter((r) => statuses.has(r.status));
    const claims = await this.store.claims(reviews.map((r) => r.claimId));
    const wanted = new Set(claims.map((c) => c.articleId));
    // Import order, as the whole workspace lists them.
    const articles = await this.store.articles(summaries.filter((a) => wanted.has(a.id)).map((a) => a.id));
    return workspaceOf(meta.extractorVersion, { articles, claims, reviews, findings: [], auditLog: [], settings });
  }

  /** The whole workspace in one object (exports, merges), as of one moment. Costs a full read. */
  snapshot(): Promise<Workspace> {
    return this.consistent(() => this.wholeSnapshot());
  }

  private async wholeSnapshot(): Promise<Workspace> {
    const [articles, claims, reviews, findings, auditLog, settings, meta, detached] = await Promise.all([
      this.store.articles(),
      this.store.claims(),
      this.store.reviews(),
      this.store.findings(),
      this.store.auditLog(),
      this.store.settings(),
      this.store.meta(),
      this.store.detached(),
    ]);
    return workspaceOf(meta.extractorVersion, {
      articles,
      claims,
      reviews,
      findings: findings.items,
      auditLog,
      settings,
      detached: detached.map((d) => ({ claim: d.claim, review: d.review, at: d.at })),
    });
  }
}

/** Changes that turn one list of records into another (by id); unchanged records are left out. */
export function diffRecords<T extends TableName>(table: T, before: readonly TableRecords[T][], after: readonly TableRecords[T][], idOf: (r: TableRecords[T]) => string): RecordChange[] {
  const stages = diffRecordsStaged(table, before, after, idOf);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/**
 * diffRecords in steps of some hundred records (a full analysis compares tens of thousands of
 * findings, each by its canonical JSON): a caller can let its event loop turn between two steps.
 */
export function* diffRecordsStaged<T extends TableName>(
  table: T,
  before: readonly TableRecords[T][],
  after: readonly TableRecords[T][],
  idOf: (r: TableRecords[T]) => string,
): Generator<void, RecordChange[]> {
  const old = new Map(before.map((r) => [idOf(r), r]));
  const changes: RecordChange[] = [];
  const seen = new Set<string>();
  for (const [i, r] of after.entries()) {
    if ((i & 255) === 255) yield;
    const id = idOf(r);
    seen.add(id);
    const prev = old.get(id) ?? null;
    if (prev === r || (prev !== null && sameRecord(prev, r))) continue;
    changes.push({ table, id, before: prev, after: r } as RecordChange);
  }
  for (const [id, r] of old) if (!seen.has(id)) changes.push({ table, id, before: r, after: null } as RecordChange);
  return changes;
}

/** Changes that make the store hold `target` (a v1-shaped workspace) where it holds `current`. */
export function workspaceChanges(current: Workspace, target: Workspace, meta?: WorkspaceMeta): RecordChange[] {
  const changes: RecordChange[] = [
    ...diffRecords('articles', current.articles, target.articles, (a) => a.id),
    ...diffRecords('claims', current.claims, target.claims, (c) => c.id),
    ...diffRecords('reviews', Object.values(current.reviews), Object.values(target.reviews), (r) => r.claimId),
    ...diffRecords('findings', current.findings, target.findings, (f) => f.id),
    ...diffRecords(
      'detached',
      (current.detached ?? []).map((d) => ({ id: d.claim.id, ...d })),
      (target.detached ?? []).map((d) => ({ id: d.claim.id, ...d })),
      (d) => d.id,
    ),
  ];
  if (!sameRecord(current.settings, target.settings)) changes.push({ table: 'settings', id: SETTINGS_ID, before: current.settings, after: target.settings });
  const v0 = current.extractorVersion ?? 1;
  const v1 = target.extractorVersion ?? v0;
  // The stored meta record (`meta`, with what else it holds) when the caller read it.
  const before = meta ?? { id: META_ID, extractorVersion: v0 };
  if (v0 !== v1) changes.push({ table: 'meta', id: META_ID, before, after: { ...before, extractorVersion: v1 } });
  return changes;
}

/** Audit events of `target` beyond those of `current`, as entries the store will chain again. */
export function newAuditEntries(current: readonly AuditEvent[], target: readonly AuditEvent[]): AuditEntry[] {
  return target.slice(current.length).map((e) => ({ who: e.who, when: e.when, action: e.action, target: e.target, before: e.before, after: e.after }));
}

export type { UndoEntry, Finding };
export { EXTRACTOR_VERSION };

/**
 * A shared desk that could not be reached: what became of the action, in the editor's words (never
 * "disk full"). Given up by the editor: not sent, or sent and not confirmed; else the retry window
 * ran out.
 */
import { storeFailure } from './storeFailure';

export { deskUnreachableError, storeFailure } from './storeFailure';
