import type { Article, AuditEvent, Claim, Finding, Review, Settings } from '../../shared/schema';
import { isRecordId } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { chainAuditEvents } from './auditChain';
import { ListMap } from './listMap';
import { ShardedMap } from './shardedMap';
import { FindingIndex, isNotSameFactDismissal, type FindingMeta } from './findingIndex';
import {
  META_ID,
  SETTINGS_ID,
  StoreConflictError,
  sameRecord,
  type ArticleRange,
  type ArticleSummaryRecord,
  type ClaimPageQuery,
  type ClaimWithReview,
  type CommitRequest,
  type DetachedClaim,
  type FindingQuery,
  type Page,
  type RecordChange,
  type StoreReader,
  type TableName,
  type TableRecords,
  type UndoEntry,
  type WorkspaceMeta,
} from './port';

/**
 * What one commit does, fully decided before anything is written: the records' new values, the
 * chained audit events and the undo stack move. Adapters persist this (the lowdb journal line is
 * exactly this object) and only then apply it to memory, so memory never runs ahead of the disk.
 */
export interface PreparedCommit {
  seq: number;
  action: string;
  who: string;
  at: string;
  /** New values only (`after`); `before` was checked and is not needed to replay. */
  set: { table: TableName; id: string; after: unknown }[];
  audit: AuditEvent[];
  undo?:
    | { kind: 'push'; entry: UndoEntry; limit: number }
    | { kind: 'undo' | 'redo'; entryId: string }
    | { kind: 'clear' }
    | { kind: 'replace'; undo: UndoEntry[]; redo: UndoEntry[] };
}

/**
 * Table key on the dirty sets: which document groups a checkpoint must rewrite. For findings,
 * `previousOrd` is the stored order the finding had before (its order now is in `order.findings`).
 */
export type DirtyListener = (table: TableName | 'audit' | 'undo', id: string, record: unknown, previous: unknown, previousOrd?: number) => void;

const fixedIds: Partial<Record<TableName, string>> = { settings: SETTINGS_ID, meta: META_ID };

/** Throws when an id is not one the workspace could have written (files, IPC, merged data). */
export function checkRecordId(table: TableName, id: unknown): asserts id is string {
  const fixed = fixedIds[table];
  if (fixed !== undefined ? id !== fixed : !isRecordId(id)) {
    throw new Error(`Invalid ${table} record id ${JSON.stringify(id)?.slice(0, 80)}`);
  }
}

/** The record's own id field, which must agree with the change's id. */
function ownId(table: TableName, record: unknown): unknown {
  const r = record as Record<string, unknown>;
  if (table === 'reviews') return r.claimId;
  if (table === 'settings') return SETTINGS_ID;
  return r.id;
}

/**
 * The workspace in memory, with the indexes the read queries need. Shared by the in-memory and
 * the lowdb adapters; only `apply` changes it.
 */
export class WorkspaceState implements StoreReader {
  readonly articleMap = new Map<string, Article>();
  // Claims and findings by id, and the findings' order, are ShardedMaps: at 10,000 articles they pass 131,072
  // entries, where one Map.set rehashes them all at once (shardedMap.ts). Their iteration order is not the order
  // of insertion: every listing sorts by stored order.
  readonly claimMap = new ShardedMap<Claim>();
  readonly reviewsById = new Map<string, Review>();
  readonly findingsById = new ShardedMap<Finding>();
  readonly detachedById = new Map<string, DetachedClaim>();
  settingsRecord: Settings = defaultSettings();
  metaRecord: WorkspaceMeta = { id: META_ID, extractorVersion: 1 };
  readonly audit: AuditEvent[] = [];
  undoStack: UndoEntry[] = [];
  redoStack: UndoEntry[] = [];
  /** Last commit applied. */
  seq = 0;

  private claimsByArticle = new Map<string, Set<string>>();
  private sortedClaims = new Map<string, Claim[]>();
  private auditByTarget = new ListMap<AuditEvent>();
  /** Stored order of articles / findings / detached across reloads (import and analysis order). */
  readonly order = { articles: new Map<string, number>(), findings: new ShardedMap<number>(), detached: new Map<string, number>() };
  private nextOrder = { articles: 0, findings: 0, detached: 0 };
  /** Findings by status group, claim and article, with counts: kept up to date by `put`. */
  protected readonly findingIndex = new FindingIndex({
    findingIds: () => this.allFindingIds(),
    findingIdParts: () => this.findingIdParts(),
    findingCount: () => this.findingCount(),
    findingMeta: (id) => this.findingMeta(id),
    findingOrder: this.order.findings,
    articleOfClaim: (id) => this.articleOfClaim(id),
  });
  onDirty: DirtyListener | null = null;

  // ---------------------------------------------------------------- loading

  /** The article a claim belongs to (an adapter that loads claims lazily also knows unloaded ones). */
  protected articleOfClaim(claimId: string): string | undefined {
    return this.claimMap.get(claimId)?.articleId;
  }

  /** Every finding's id (an adapter that loads findings lazily also lists unloaded ones). */
  protected allFindingIds(): string[] {
    return this.findingsById.keyArray();
  }

  /** Every finding's id in parts (see FindingIndexSource.findingIdParts): the findings map's shards. */
  protected findingIdParts(): Array<() => string[]> {
    return this.findingsById.keyParts();
  }

  protected findingCount(): number {
    return this.findingsById.size;
  }

  /** What the findings index needs of a finding (the record itself when it is loaded). */
  protected findingMeta(id: string): FindingMeta | undefined {
    return this.findingsById.get(id);
  }

  /** The order the next new record of `table` gets. */
  protected nextOrderOf(table: 'articles' | 'findings' | 'detached'): number {
    return this.nextOrder[table];
  }

  /**
   * Puts a stored finding in memory whose index entry is already indexed (a findings chunk parsed
   * after its index document): the same finding, so the findings index is not touched.
   */
  protected loadIndexedFinding(f: Finding, ord: number): void {
    checkRecordId('findings', f.id);
    this.findingsById.set(f.id, f);
    this.assignOrder('findings', f.id, ord);
  }

  /** Makes sure new records get an order after `ord` (stored records not loaded yet hold it). */
  protected reserveOrder(table: 'articles' | 'findings' | 'detached', ord: number): void {
    if (ord >= this.nextOrder[table]) this.nextOrder[table] = ord + 1;
  }

  /** Ids of the claims of one article (no sort). */
  protected claimIdsOf(articleId: string): ReadonlySet<string> | undefined {
    return this.claimsByArticle.get(articleId);
  }

  /** Puts a record in place while loading documents (no checks beyond the id, no dirty marks). */
  load<T extends TableName>(table: T, record: TableRecords[T], ord?: number): void {
    const id = ownId(table, record);
    checkRecordId(table, id);
    this.put(table, id, record, ord);
  }

  /** Forgets the indexes (before loading everything again). */
  protected clearIndexes(): void {
    this.claimsByArticle.clear();
    this.sortedClaims.clear();
    this.auditByTarget.clear();
    this.findingIndex.reset();
    this.allClaimsCache = null;
    this.claimChanges++;
    for (const t of ['articles', 'findings', 'detached'] as const) {
      this.order[t].clear();
      this.nextOrder[t] = 0;
    }
  }

  loadAudit(events: readonly AuditEvent[]): void {
    runStaged(this.loadAuditStaged(events));
  }

  /** `loadAudit` in steps (yields every STAGE_RECORDS events): an open loads 100,000 events and more. */
  *loadAuditStaged(events: readonly AuditEvent[]): Generator<void, void> {
    let n = 0;
    for (const e of events) {
      if (++n % STAGE_RECORDS === 0) yield;
      this.pushAudit(e);
    }
  }

  // ---------------------------------------------------------------- commits

  /** Checks a request against the current state and decides everything it will do. Pure. */
  prepare(request: CommitRequest): PreparedCommit {
    return runStaged(this.prepareStaged(request));
  }

  /**
   * `prepare` in steps: yields every STAGE_RECORDS changes, so an adapter can let the event loop
   * turn while it checks a big commit (a full analysis's findings). Pure: the state must not change
   * until it returns (the adapter holds its commit queue meanwhile).
   */
  *prepareStaged(request: CommitRequest): Generator<void, PreparedCommit> {
    // Sharded: a plain Map of a full analysis's 160,000 records rehashed them all in one step (17-19 ms
    // past 131,072 entries), which no slicing can split.
    const overlay = new ShardedMap<unknown>();
    const set: PreparedCommit['set'] = [];
    let n = 0;
    for (const change of request.changes) {
      if (++n % STAGE_RECORDS === 0) yield;
      checkRecordId(change.table, change.id);
      if (change.after !== null && ownId(change.table, change.after) !== change.id) {
        throw new Error(`Record ${change.table}/${change.id} carries another id`);
      }
      const key = `${change.table}\u0000${change.id}`;
      const current = overlay.has(key) ? overlay.get(key) : (this.get(change.table, change.id) ?? null);
      if (!sameRecord(current, change.before)) throw new StoreConflictError(change.table, change.id);
      overlay.set(key, change.after);
      set.push({ table: change.table, id: change.id, after: change.after });
    }
    return this.finishPrepared(request, set);
  }

  /**
   * What a commit whose records were checked (`set`) does on top of them, from the state now: its
   * seq, its audit events chained after the last one, its undo step. Pure, cheap (no record read):
   * an adapter that checked a big commit's records earlier, while others went first, calls it again
   * when the commit's turn comes, if none of those touched its records.
   */
  finishPrepared(request: CommitRequest, set: PreparedCommit['set']): PreparedCommit {
    const seq = this.seq + 1;
    const last = this.audit[this.audit.length - 1] ?? null;
    const audit = chainAuditEvents(last, request.audit);
    const prepared: PreparedCommit = { seq, action: request.action, who: request.who, at: request.at, set, audit };
    const step = request.undo;
    if (step) {
      if (step.kind === 'push') {
        prepared.undo = { kind: 'push', limit: step.limit, entry: { id: `u_${seq}`, action: request.action, at: request.at, changes: request.changes } };
      } else if (step.kind === 'clear') {
        prepared.undo = { kind: 'clear' };
      } else {
        const stack = step.kind === 'undo' ? this.undoStack : this.redoStack;
        if (stack[stack.length - 1]?.id !== step.entryId) throw new StoreConflictError('undo', step.entryId);
        prepared.undo = { kind: step.kind, entryId: step.entryId };
      }
    }
    return prepared;
  }

  /** Applies a prepared commit (after it is durable, or while replaying the journal). */
  apply(commit: PreparedCommit): void {
    runStaged(this.applyStaged(commit));
  }

  /**
   * `apply` in steps: yields every APPLY_STAGE_RECORDS records put. The audit events, the undo step and
   * the commit's seq come last, in the final step: an adapter that lets reads in between the steps
   * must hold them until it returns (the lowdb adapter does), or they would see half a commit.
   */
  *applyStaged(commit: PreparedCommit): Generator<void, void> {
    let n = 0;
    for (const change of commit.set) {
      if (++n % APPLY_STAGE_RECORDS === 0) yield;
      this.put(change.table, change.id, change.after, undefined, true);
    }
    for (const e of commit.audit) {
      this.pushAudit(e);
      this.onDirty?.('audit', String(e.seq), e, null);
    }
    const step = commit.undo;
    if (step) {
      if (step.kind === 'push') {
        this.undoStack.push(step.entry);
        if (this.undoStack.length > step.limit) this.undoStack.splice(0, this.undoStack.length - step.limit);
        this.redoStack = [];
      } else if (step.kind === 'clear') {
        this.undoStack = [];
        this.redoStack = [];
      } else if (step.kind === 'replace') {
        this.undoStack = [...step.undo];
        this.redoStack = [...step.redo];
      } else {
        const [from, to] = step.kind === 'undo' ? [this.undoStack, this.redoStack] : [this.redoStack, this.undoStack];
        const entry = from.pop();
        if (entry) to.push(entry);
      }
      this.onDirty?.('undo', 'stacks', null, null);
    }
    this.seq = commit.seq;
  }

  get<T extends TableName>(table: T, id: string): TableRecords[T] | undefined {
    switch (table) {
      case 'articles':
        return this.articleMap.get(id) as TableRecords[T] | undefined;
      case 'claims':
        return this.claimMap.get(id) as TableRecords[T] | undefined;
      case 'reviews':
        return this.reviewsById.get(id) as TableRecords[T] | undefined;
      case 'findings':
        return this.findingsById.get(id) as TableRecords[T] | undefined;
      case 'detached':
        return this.detachedById.get(id) as TableRecords[T] | undefined;
      case 'settings':
        return (id === SETTINGS_ID ? this.settingsRecord : undefined) as TableRecords[T] | undefined;
      case 'meta':
        return (id === META_ID ? this.metaRecord : undefined) as TableRecords[T] | undefined;
    }
    return undefined;
  }

  private assignOrder(table: 'articles' | 'findings' | 'detached', id: string, ord?: number): void {
    if (ord !== undefined) {
      this.order[table].set(id, ord);
      if (ord >= this.nextOrder[table]) this.nextOrder[table] = ord + 1;
    } else if (!this.order[table].has(id)) {
      this.order[table].set(id, this.nextOrder[table]++);
    }
  }

  private put(table: TableName, id: string, record: unknown, ord: number | undefined, dirty = false): void {
    const previous = dirty ? this.get(table, id) : undefined;
    const previousOrd = table === 'findings' ? this.order.findings.get(id) : undefined;
    if (table === 'articles' || table === 'claims') {
      this.allClaimsCache = null;
      this.claimChanges++;
    }
    switch (table) {
      case 'articles':
        if (record) {
          this.articleMap.set(id, record as Article);
          this.assignOrder('articles', id, ord);
        } else {
          this.articleMap.delete(id);
          this.order.articles.delete(id);
        }
        break;
      case 'claims': {
        const previous = this.claimMap.get(id);
        if (previous) {
          this.claimsByArticle.get(previous.articleId)?.delete(id);
          this.sortedClaims.delete(previous.articleId);
        }
        if (record) {
          const claim = record as Claim;
          this.claimMap.set(id, claim);
          let ids = this.claimsByArticle.get(claim.articleId);
          if (!ids) this.claimsByArticle.set(claim.articleId, (ids = new Set()));
          ids.add(id);
          this.sortedClaims.delete(claim.articleId);
        } else this.claimMap.delete(id);
        break;
      }
      case 'reviews':
        if (record) this.reviewsById.set(id, record as Review);
        else this.reviewsById.delete(id);
        break;
      case 'findings': {
        const before = this.findingsById.get(id);
        const beforeOrd = this.order.findings.get(id);
        if (record) {
          this.findingsById.set(id, record as Finding);
          this.assignOrder('findings', id, ord);
        } else {
          this.findingsById.delete(id);
          this.order.findings.delete(id);
        }
        this.findingIndex.update(id, before, (record as Finding | null) ?? undefined, beforeOrd);
        break;
      }
      case 'detached':
        if (record) {
          this.detachedById.set(id, record as DetachedClaim);
          this.assignOrder('detached', id, ord);
        } else {
          this.detachedById.delete(id);
          this.order.detached.delete(id);
        }
        break;
      case 'settings':
        this.settingsRecord = (record as Settings | null) ?? defaultSettings();
        break;
      case 'meta':
        this.metaRecord = (record as WorkspaceMeta | null) ?? { id: META_ID, extractorVersion: 1 };
        break;
    }
    if (dirty) this.onDirty?.(table, id, record, previous, previousOrd);
  }

  private pushAudit(e: AuditEvent): void {
    this.audit.push(e);
    this.auditByTarget.add(e.target, e);
  }

  /** Claims of one article by start offset (cached until one of them changes). */
  claimsOf(articleId: string): Claim[] {
    let sorted = this.sortedClaims.get(articleId);
    if (!sorted) {
      const ids = this.claimsByArticle.get(articleId);
      sorted = ids ? [...ids].map((id) => this.claimMap.get(id) as Claim).sort((a, b) => a.start - b.start || a.end - b.end) : [];
      this.sortedClaims.set(articleId, sorted);
    }
    return sorted;
  }

  private ordered<T>(map: Map<string, T>, order: Map<string, number>): T[] {
    return [...map.entries()].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0)).map(([, v]) => v);
  }

  orderedArticles(): Article[] {
    return this.ordered(this.articleMap, this.order.articles);
  }

  orderedFindings(): Finding[] {
    return this.ordered(this.findingsById, this.order.findings);
  }

  /** Every claim in article order then start offset; cached until a claim or an article comes or goes. */
  private allClaimsCache: Claim[] | null = null;
  /** Moves whenever that cache is dropped (a claim or an article put, the indexes cleared). */
  private claimChanges = 0;

  private allClaimsInOrder(): Claim[] {
    if (this.allClaimsCache) return this.allClaimsCache;
    this.allClaimsCache = runStaged(this.computeAllClaimsInOrder());
    return this.allClaimsCache;
  }

  /**
   * Fills that cache in steps (an adapter runs them in slices before a read of every claim: at
   * 10,000 articles the list is built from ~190k claims, sorting each article's, some 100 ms at
   * once). A claim or an article put between two steps makes the work void: nothing is cached and
   * false is returned (the adapter tries again, or builds the list at once from one state).
   */
  protected *warmAllClaimsStaged(): Generator<void, boolean> {
    if (this.allClaimsCache) return true;
    const changes = this.claimChanges;
    const list = yield* this.computeAllClaimsInOrder();
    if (changes !== this.claimChanges) return false;
    this.allClaimsCache = list;
    return true;
  }

  private *computeAllClaimsInOrder(): Generator<void, Claim[]> {
    const out: Claim[] = [];
    let n = 0;
    for (const a of this.orderedArticles()) {
      // A step every 32 articles (each may sort its claims).
      if ((++n & 31) === 0) yield;
      out.push(...this.claimsOf(a.id));
    }
    // Claims whose article is gone (should not happen) still show rather than vanish.
    if (out.length !== this.claimMap.size) {
      yield;
      const seen = new Set(out.map((c) => c.id));
      for (const c of this.claimMap.values()) if (!seen.has(c.id)) out.push(c);
    }
    return out;
  }

  // ---------------------------------------------------------------- reads (StoreReader)

  settings(): Promise<Settings> {
    return Promise.resolve(this.settingsRecord);
  }

  meta(): Promise<WorkspaceMeta> {
    return Promise.resolve(this.metaRecord);
  }

  counts() {
    return Promise.resolve({
      articles: this.articleMap.size,
      claims: this.claimMap.size,
      reviews: this.reviewsById.size,
      findings: this.findingsById.size,
      auditEvents: this.audit.length,
    });
  }

  articleSummaries(): Promise<ArticleSummaryRecord[]> {
    return Promise.resolve(this.orderedArticles().map((a) => this.summaryOf(a)));
  }

  articleSummaryPage({ offset, limit }: ArticleRange): Promise<Page<ArticleSummaryRecord>> {
    const ordered = this.orderedArticles();
    return Promise.resolve({ total: ordered.length, items: ordered.slice(offset, offset + limit).map((a) => this.summaryOf(a)) });
  }

  /** An article's summary: its counts from its claims' reviews. */
  protected summaryOf(a: Article): ArticleSummaryRecord {
    const ids = this.claimsByArticle.get(a.id);
    const { reviewed, flagged } = this.reviewCounts(ids ?? []);
    return { id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, source: a.source, claimCount: ids?.size ?? 0, reviewedCount: reviewed, flaggedCount: flagged };
  }

  /** How many of these claims are reviewed (any status but 'unreviewed'), how many flagged. */
  protected reviewCounts(claimIds: Iterable<string>): { reviewed: number; flagged: number } {
    let reviewed = 0;
    let flagged = 0;
    for (const id of claimIds) {
      const status = this.reviewsById.get(id)?.status ?? 'unreviewed';
      if (status !== 'unreviewed') reviewed++;
      if (status === 'flagged') flagged++;
    }
    return { reviewed, flagged };
  }

  articlesList(ids?: readonly string[]): Article[] {
    if (!ids) return this.orderedArticles();
    return ids.flatMap((id) => {
      const a = this.articleMap.get(id);
      return a ? [a] : [];
    });
  }

  articles(ids?: readonly string[]): Promise<Article[]> {
    return Promise.resolve(this.articlesList(ids));
  }

  articleWithClaims(articleId: string): Promise<{ article: Article; claims: Claim[]; reviews: Review[] } | null> {
    const article = this.articleMap.get(articleId);
    if (!article) return Promise.resolve(null);
    const claims = this.claimsOf(articleId);
    const reviews = claims.flatMap((c) => {
      const r = this.reviewsById.get(c.id);
      return r ? [r] : [];
    });
    return Promise.resolve({ article, claims, reviews });
  }

  claimsList(ids?: readonly string[]): Claim[] {
    if (!ids) return [...this.allClaimsInOrder()];
    return ids.flatMap((id) => {
      const c = this.claimMap.get(id);
      return c ? [c] : [];
    });
  }

  reviewsList(claimIds?: readonly string[]): Review[] {
    if (!claimIds) return [...this.reviewsById.values()];
    return claimIds.flatMap((id) => {
      const r = this.reviewsById.get(id);
      return r ? [r] : [];
    });
  }

  claimPage(query: ClaimPageQuery): Promise<Page<ClaimWithReview>> {
    const base = query.articleId ? this.claimsOf(query.articleId) : this.allClaimsInOrder();
    const withReview = (claim: Claim): ClaimWithReview => ({ claim, review: this.reviewsById.get(claim.id) ?? null });
    if (!query.statuses) {
      // No filter: the page is a slice of the (cached) order, nothing else is touched.
      return Promise.resolve({ total: base.length, items: base.slice(query.offset, query.offset + query.limit).map(withReview) });
    }
    const statuses = new Set(query.statuses);
    const items: ClaimWithReview[] = [];
    let total = 0;
    const end = query.offset + query.limit;
    for (const claim of base) {
      if (!statuses.has(this.reviewsById.get(claim.id)?.status ?? 'unreviewed')) continue;
      if (total >= query.offset && total < end) items.push(withReview(claim));
      total++;
    }
    return Promise.resolve({ total, items });
  }

  /**
   * The findings index, built: a query arriving while it is still being built (in the background
   * after an open) waits for it, in slices that leave the event loop free for other calls.
   */
  protected async findingIndexReady(): Promise<FindingIndex> {
    // Again when a build was overtaken (the index dropped for a big commit meanwhile): the next
    // one runs in the background too, never at once in the query.
    while (!this.findingIndex.ready) await this.findingIndex.buildInBackground();
    return this.findingIndex;
  }

  /**
   * The findings index with every reference indexed (by claim, by article, the claims needing the
   * editor): what a query by claim or article needs, without waiting for the status groups.
   */
  protected async findingReferencesReady(): Promise<FindingIndex> {
    while (!this.findingIndex.referencesReady) await this.findingIndex.referencesInBackground();
    return this.findingIndex;
  }

  async findings(query: FindingQuery = {}): Promise<Page<Finding>> {
    // (An adapter that loads findings lazily reads them after the page: it makes both from one state,
    // see LowdbFolderStore.findings.)
    const byReference = query.claimId !== undefined || query.articleId !== undefined;
    const index = byReference ? await this.findingReferencesReady() : await this.findingIndexReady();
    const { total, ids } = await this.findingPage(index, query);
    return { total, items: await this.findingRecords(ids) };
  }

  /** The ids of a findings page (an adapter may merge a big one in slices, see LowdbFolderStore). */
  protected findingPage(index: FindingIndex, query: FindingQuery): Promise<{ total: number; ids: string[] }> {
    return Promise.resolve(index.page(query));
  }

  /** The records of findings the index named (an adapter that loads findings lazily loads them first). */
  protected findingRecords(ids: readonly string[]): Promise<Finding[]> {
    return Promise.resolve(ids.map((id) => this.findingsById.get(id) as Finding));
  }

  async attentionClaimIds(window?: Pick<FindingQuery, 'offset' | 'limit'>): Promise<Page<string>> {
    const { total, ids } = (await this.findingReferencesReady()).attentionClaimIds(window);
    return { total, items: ids };
  }

  /**
   * The "not the same fact" dismissals, in stored order: the findings index names them (by the
   * decision's reason), so only their records are read, not every dismissed finding.
   */
  async notSameFactDismissals(): Promise<Finding[]> {
    const ids = (await this.findingReferencesReady()).notSameFactIds();
    return (await this.findingRecords(ids)).filter((f) => f !== undefined && isNotSameFactDismissal(f));
  }

  async findingsSignature(): Promise<string> {
    return (await this.findingIndexReady()).signature();
  }

  /** See StoreReader.decidedFindings: here, the findings page of those two statuses. */
  async decidedFindings(): Promise<Finding[]> {
    return (await this.findings({ statuses: DECIDED })).items;
  }

  /** See StoreReader.findingChanges: the findings held here compared with `after`, in steps. */
  async findingChanges(after: readonly Finding[], progress?: (compared: number, stored: number) => void): Promise<RecordChange[]> {
    const comparison = new FindingComparison(after, progress && { total: this.findingsById.size, tell: progress });
    await comparison.stored([...this.findingsById.values()]);
    return comparison.changes();
  }

  getFindings(ids: readonly string[]): Promise<Finding[]> {
    return Promise.resolve(
      ids.flatMap((id) => {
        const f = this.findingsById.get(id);
        return f ? [f] : [];
      }),
    );
  }

  history(targets: readonly string[]): Promise<AuditEvent[]> {
    const events = [...new Set(targets)].flatMap((t) => this.auditByTarget.get(t) ?? []);
    return Promise.resolve(events.sort((a, b) => a.seq - b.seq));
  }

  auditLog(fromSeq = 0, limit?: number): Promise<AuditEvent[]> {
    const start = this.audit.findIndex((e) => e.seq >= fromSeq);
    if (start < 0) return Promise.resolve([]);
    return Promise.resolve(limit === undefined ? this.audit.slice(start) : this.audit.slice(start, start + limit));
  }

  undoTop(stack: 'undo' | 'redo'): Promise<UndoEntry | null> {
    const list = stack === 'undo' ? this.undoStack : this.redoStack;
    return Promise.resolve(list[list.length - 1] ?? null);
  }

  undoEntries(stack: 'undo' | 'redo'): Promise<UndoEntry[]> {
    return Promise.resolve([...(stack === 'undo' ? this.undoStack : this.redoStack)]);
  }

  undoDepth(): Promise<{ undo: number; redo: number }> {
    return Promise.resolve({ undo: this.undoStack.length, redo: this.redoStack.length });
  }

  detached(): Promise<DetachedClaim[]> {
    return Promise.resolve(this.ordered(this.detachedById, this.order.detached));
  }

  claims(ids?: readonly string[]): Promise<Claim[]> {
    return Promise.resolve(this.claimsList(ids));
  }

  hasClaim(claimId: string): Promise<boolean> {
    return Promise.resolve(this.articleOfClaim(claimId) !== undefined);
  }

  reviews(claimIds?: readonly string[]): Promise<Review[]> {
    return Promise.resolve(this.reviewsList(claimIds));
  }
}

/** Records checked or put between two yields of `prepareStaged` / `applyStaged`. */
export const STAGE_RECORDS = 256;
/**
 * Records put between two yields of `applyStaged`: a put of a finding moves it in the findings
 * index and the head (up to some 0.1 ms each, a garbage collection aside), so an analysis's delta of
 * a few hundred findings is applied in bounded steps, not in one.
 */
export const APPLY_STAGE_RECORDS = 32;

/** Runs a staged computation to its end at once. */
export function runStaged<T>(stages: Generator<void, T>): T {
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/** Inverse of a list of changes (for undo): reversed order, before and after swapped. */
export function invertChanges(changes: readonly RecordChange[]): RecordChange[] {
  return [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as RecordChange);
}

/** The statuses of a decided finding (see StoreReader.decidedFindings). */
export const DECIDED: Finding['status'][] = ['resolved', 'dismissed'];

/**
 * Stored findings compared with a full analysis's findings (StoreReader.findingChanges), fed a part
 * at a time: a stored record is compared once (the first part naming it), and only the records that
 * differ are kept (as the changes' `before`). The event loop turns every 256 records compared, and
 * `progress` (the stored findings' count, and whom to tell) hears how many were compared then.
 */
export class FindingComparison {
  private readonly afterById: Map<string, Finding>;
  private readonly seen = new Set<string>();
  /** The stored record of each finding of `after` that differs from it. */
  private readonly differing = new Map<string, Finding>();
  private readonly deleted: Finding[] = [];

  constructor(
    private readonly after: readonly Finding[],
    private readonly progress?: { total: number; tell: (compared: number, stored: number) => void },
  ) {
    this.afterById = new Map(after.map((f) => [f.id, f]));
  }

  async stored(records: Iterable<Finding>): Promise<void> {
    let n = 0;
    for (const stored of records) {
      if ((++n & 255) === 0) {
        this.tell();
        await new Promise<void>((r) => setImmediate(r));
      }
      if (this.seen.has(stored.id)) continue;
      this.seen.add(stored.id);
      const next = this.afterById.get(stored.id);
      if (next === undefined) this.deleted.push(stored);
      else if (next !== stored && !sameRecord(stored, next)) this.differing.set(stored.id, stored);
    }
  }

  /** Tells `progress` how far the comparison is; advisory: a listener that throws does not stop it. */
  private tell(): void {
    if (!this.progress) return;
    try {
      this.progress.tell(Math.min(this.seen.size, this.progress.total), this.progress.total);
    } catch {
      // ignored
    }
  }

  /** The changes, in `after`'s order (inserted and updated), then the deletions. */
  changes(): RecordChange[] {
    const changes: RecordChange[] = [];
    for (const f of this.after) {
      if (!this.seen.has(f.id)) changes.push({ table: 'findings', id: f.id, before: null, after: f });
      else {
        const before = this.differing.get(f.id);
        if (before !== undefined) changes.push({ table: 'findings', id: f.id, before, after: f });
      }
    }
    for (const f of this.deleted) changes.push({ table: 'findings', id: f.id, before: f, after: null });
    return changes;
  }
}
