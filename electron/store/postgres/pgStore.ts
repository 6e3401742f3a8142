// The store port on PostgreSQL: a shared newsroom desk. Several editors (app or CLI) open the
// same database; every commit is one transaction that locks the records it changes, checks each
// change's `before` against the stored record (optimistic concurrency), writes the records, the
// change log, its audit events (unsealed) and the editor's own undo step — no workspace-wide lock
// waited for, no NOTIFY. The audit events are sealed into the workspace's single hash chain under
// the sealers' lock, which announces them (desk_seal; see sql.ts, version 3): in the commit's own
// transaction when nobody else holds that lock (never waiting for it), else by a short transaction
// right after. Whoever comes next seals what a client killed in between left unsealed.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type pg from 'pg';
import type { Article, AuditEvent, Claim, Finding, Review, Settings } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';
import { verifyAuditChain } from '../auditChain';
import { pageWindow } from '../findingIndex';
import { checkRecordId } from '../state';
import {
  META_ID,
  SETTINGS_ID,
  StoreConflictError,
  StoreReadOnlyError,
  StoreWriteError,
  sameRecord,
  tableNames,
  type ArticleRange,
  type ArticleSummaryRecord,
  type BackupInfo,
  type ClaimPageQuery,
  type ClaimWithReview,
  type CommitRequest,
  type CommitResult,
  type DetachedClaim,
  type FindingQuery,
  type Page,
  type RecordChange,
  type StoreNotice,
  type TableName,
  type TableRecords,
  type UndoEntry,
  type WorkspaceMeta,
  type WorkspaceStore,
} from '../port';
import { DEFAULT_TIMEOUTS, deskPoolConfig, isConnectionError, isRetryable, redactDeskUrl, scrubSecret, type DeskTimeouts } from './connection';
import { DESK_SCHEMA_VERSION, DeskServerVersionError, DeskVersionError, migrate, MIN_SERVER_VERSION_NUM, NOTIFY_CHANNEL, q } from './sql';
import { describeConnectError } from './connectError';

type PgLibrary = typeof pg;
let pgLibrary: PgLibrary | null = null;

/**
 * node-postgres, loaded when a desk is first opened: the local workspace, the CLI and the app's
 * start never pay for it (it is ~50 ms of module loading on these machines).
 */
async function loadPg(): Promise<PgLibrary> {
  pgLibrary ??= (await import('pg')).default;
  return pgLibrary;
}

/** Who is working: the name from the editor's own settings plus the OS account and machine. */
export interface DeskIdentity {
  name: string;
  osUser: string;
  host: string;
}

export function localIdentity(name: string): DeskIdentity {
  let osUser = process.env.USER ?? 'unknown';
  try {
    osUser = userInfo().username;
  } catch {
    // no passwd entry (containers): keep $USER
  }
  return { name: name.trim() || osUser, osUser, host: hostname() };
}

/** How an editor is named in the audit trail and in conflicts: "Lan (lan)". */
export function editorLabel(identity: DeskIdentity): string {
  return `${identity.name} (${identity.osUser})`;
}

/** Another editor changed the record first: their version, who, and when. Nothing was applied. */
export class DeskConflictError extends StoreConflictError {
  constructor(
    table: TableName,
    id: string,
    /** The record as the other editor left it (null: they deleted it). */
    readonly current: unknown,
    readonly by: string | null,
    readonly at: string | null,
    readonly version: number | null,
  ) {
    super(table, id, { by, at, current });
    this.message = by
      ? `${table}/${id} was changed by ${by} at ${at} (version ${version}) since you read it`
      : `Record ${table}/${id} changed since it was read`;
    this.name = 'DeskConflictError';
  }
}

/** The database could not be reached within the retry window. Nothing of the action was applied. */
export class DeskUnavailableError extends StoreWriteError {
  /** Marks the desk being out of reach (the services say so instead of "disk full"). */
  readonly deskUnreachable = true;
  constructor(message: string, cause?: unknown) {
    super(message, cause);
    this.name = 'DeskUnavailableError';
  }
}

/**
 * The editor gave up waiting for the desk (disconnect or quit while it was unreachable): the action
 * was not applied and is not retried any more. `unconfirmed`: an attempt had been sent when the
 * connection broke, so it may have reached the desk (it is then in the desk's trail); otherwise
 * nothing of it was ever sent.
 */
export class DeskGaveUpError extends DeskUnavailableError {
  constructor(readonly unconfirmed: boolean) {
    super(
      unconfirmed
        ? 'Gave up waiting for the shared desk: this action was sent before the connection broke and is not confirmed (check the desk after reconnecting).'
        : 'Gave up waiting for the shared desk: this action was not sent and nothing of it was saved.',
    );
    this.name = 'DeskGaveUpError';
  }
}

/**
 * A complete read (verify, export) found committed audit events not chained into the trail yet,
 * and this connection's role may not chain them (a read-only role): refused rather than verifying
 * or exporting a trail that leaves them out. Any desk that can write chains them within a second.
 */
export class DeskUnsealedError extends StoreWriteError {
  readonly vi: string;
  constructor(readonly pending: number) {
    const en = `${pending} committed audit events are not yet chained into the desk's trail, and this connection may not chain them: nothing was verified or exported. Try again in a moment, or as an editor who can write to the desk.`;
    const vi = `${pending} sự kiện kiểm toán đã lưu nhưng chưa được nối vào chuỗi của bàn biên tập chung, và kết nối này không có quyền nối chúng: chưa kiểm tra hay xuất gì cả. Hãy thử lại sau giây lát, hoặc dùng tài khoản biên tập viên có quyền ghi.`;
    super(`${en}\n${vi}`);
    this.vi = vi;
    this.name = 'DeskUnsealedError';
  }
}

/**
 * The desk was upgraded by a newer Crosscheck: this client may no longer write to it (and what it
 * shows may be stale). Nothing of the action was saved; the editor must update Crosscheck.
 */
export class DeskOutdatedError extends StoreWriteError {
  /** Marks the desk being newer than this client (the services say "update Crosscheck"). */
  readonly deskOutdated = true;
  readonly vi: string;
  readonly en: string;
  constructor(readonly found: number | null) {
    const version = found === null ? '' : ` (desk schema ${found}; this Crosscheck knows up to ${DESK_SCHEMA_VERSION})`;
    const vi = `Bàn biên tập chung đã được nâng cấp bởi phiên bản Crosscheck mới hơn${found === null ? '' : ` (lược đồ ${found}; bản này chỉ biết đến ${DESK_SCHEMA_VERSION})`}: hãy cập nhật Crosscheck để tiếp tục làm việc ở đây. Thao tác này chưa được lưu.`;
    const en = `The shared desk was upgraded by a newer Crosscheck${version}: update Crosscheck to keep working here. This action was not saved.`;
    super(`${en}\n${vi}`);
    this.vi = vi;
    this.en = en;
    this.name = 'DeskOutdatedError';
  }
}

/**
 * A snapshot (export, merge, history) could not be taken: other editors' commits kept landing
 * unsealed between its seal and its start. Nothing was changed; the read can be tried again.
 */
export class DeskBusyError extends StoreWriteError {
  readonly deskBusy = true;
  readonly vi = 'Bàn biên tập chung đang bận (các biên tập viên khác đang lưu) nên chưa đọc được một trạng thái nhất quán. Hãy thử lại sau giây lát.';
  readonly en = 'The shared desk is busy (other editors are saving), so it could not be read in one consistent state. Try again in a moment.';
  constructor() {
    super('The shared desk is busy (other editors are saving), so it could not be read in one consistent state. Try again in a moment.');
    this.name = 'DeskBusyError';
  }
}

/**
 * PostgreSQL refused a character the change holds (SQLSTATE 22P05 "unsupported Unicode escape
 * sequence": a U+0000; 22P02 "invalid input syntax for type json": a lone surrogate). Text entering
 * the desk is cleaned of both (normalizeText), so this is a last line: nothing was saved, the desk is
 * fine, and the service refuses that one change with this message.
 */
export class DeskRefusedTextError extends StoreWriteError {
  readonly deskRefusedText = true;
  readonly vi = 'Bàn biên tập chung không lưu được văn bản này vì có ký tự không hợp lệ (ký tự NUL hoặc nửa cặp mã UTF-16); không có gì bị thay đổi. Hãy lưu lại tệp dưới dạng UTF-8 rồi nhập lại.';
  readonly en = 'The shared desk could not store this text because it holds invalid characters (a NUL or half of a UTF-16 pair); nothing was changed. Save the file as UTF-8 and import it again.';
  constructor(cause: unknown) {
    super('The shared desk refused text with invalid characters', cause);
    this.name = 'DeskRefusedTextError';
  }
}

/**
 * Whether PostgreSQL refused a character of the text (a U+0000: 22P05; a lone surrogate: 22P02 raised
 * by its JSON reader), not something else: 22P02 is any "invalid input syntax" (an integer, a uuid, a
 * boolean a bug wrote), which must not be blamed on the editor's file. Told by the routine that raised
 * it (json_ereport_error, json_errsave_error), not the message, which the server may word in its own
 * language. What the desk sends is JSON.stringify's output, so its JSON reader can refuse only a
 * character escape.
 */
export function refusedCharacters(code: string | undefined, error: unknown): boolean {
  if (code === '22P05') return true;
  if (code !== '22P02') return false;
  const { routine, message } = error as { routine?: unknown; message?: unknown };
  if (typeof routine === 'string') return /^json_/.test(routine);
  return /type jsonb?\b/.test(String(message ?? ''));
}

/** What `abandonPending` gave up on. */
export interface GaveUp {
  /** Never sent: certainly not on the desk. */
  notSent: number;
  /** Sent when the connection broke, never confirmed: may or may not be on the desk. */
  unconfirmed: number;
}

/**
 * online: connected; reconnecting: the database went away, actions are kept and retried; offline:
 * gave up; outdated: a newer Crosscheck upgraded the desk — this client's writes are refused and
 * its live view stopped until the editor updates (it stays so).
 */
export type DeskState = 'online' | 'reconnecting' | 'offline' | 'outdated';

/** Another editor's commit, delivered after it is durable: the records as they now are. */
export interface DeskChange {
  seq: number;
  action: string;
  who: string;
  editor: string;
  /** Records touched; `record` null = deleted. */
  changes: { table: TableName; id: string; record: unknown }[];
}

export interface PresenceEntry {
  sessionId: string;
  editor: string;
  osUser: string;
  host: string;
  articleId: string | null;
  seenAt: string;
}

export interface PostgresStoreOptions {
  url: string;
  identity: DeskIdentity;
  readOnly?: boolean;
  timeouts?: DeskTimeouts;
  /** How long an action is kept and retried while the database is unreachable (default 60 s). */
  retryWindowMs?: number;
  /** Listen for the other editors' changes (LISTEN/NOTIFY). Off for one-shot CLI commands. */
  live?: boolean;
  /**
   * Seal this client's audit events into the chain right after each commit (default true). Only
   * tests turn it off: a client that dies between its commit and the seal.
   */
  sealAfterCommit?: boolean;
  appVersion?: string;
  /** Connections in the pool. */
  poolSize?: number;
  /** The oldest server accepted (server_version_num; default 14). Tests raise it to see the refusal. */
  minServerVersionNum?: number;
}

/** What publish/export carries: every record of every table in stored order, and the audit trail verbatim. */
export interface DeskSnapshot {
  records: { [T in TableName]: TableRecords[T][] };
  audit: AuditEvent[];
  /** The publishing / exporting editor's own undo and redo stacks, oldest first. */
  undo?: { undo: UndoEntry[]; redo: UndoEntry[] };
}

/** A `consistentRead`'s snapshot transaction: its connection, whether it is still open, its last queued read. */
interface Pin {
  client: pg.PoolClient;
  open: boolean;
  tail: Promise<unknown>;
}

interface HeadRow {
  sealed_pos: string;
  audit_seq: string;
  audit_hash: string;
}

interface AuditRow {
  seq: string;
  who: string;
  at: string;
  action: string;
  target: string;
  before_text: string | null;
  after_text: string | null;
  prev_hash: string;
  hash: string;
}

/** A row of q.articleSummaries / q.articleSummaryRange as the port's summary. */
function summaryRow(r: Record<string, unknown>): ArticleSummaryRecord {
  return {
    id: r.id as string,
    title: r.title as string | null,
    outlet: r.outlet as string | null,
    publishedAt: r.published_at as string | null,
    source: r.source as string,
    claimCount: r.claim_count as number,
    reviewedCount: r.reviewed_count as number,
    flaggedCount: r.flagged_count as number,
  };
}

function auditFromRow(r: AuditRow): AuditEvent {
  return {
    seq: Number(r.seq),
    who: r.who,
    when: r.at,
    action: r.action,
    target: r.target,
    before: r.before_text === null ? null : JSON.parse(r.before_text),
    after: r.after_text === null ? null : JSON.parse(r.after_text),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

const CHUNK = 2_000;
function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const PRESENCE_HEARTBEAT_MS = 10_000;
const PRESENCE_STALE_S = 30;
/** A seal that failed is tried again after this pause (or by the next commit, or another desk). */
const SEAL_RETRY_MS = 400;
/**
 * A listening desk seals every this often (a no-op read when nothing is pending): commits whose
 * client died between its commit and its seal reach everyone within about this delay.
 */
const SEAL_POLL_MS = 500;
/** Every this many polls a listening desk also reads the desk's schema version (about every 5 s). */
const VERSION_CHECK_POLLS = 10;
/** Server errors that can mean the desk's functions or tables changed under this client. */
const SCHEMA_CHANGED_CODES = new Set(['CX426', '42883', '42P01', '42703']);

/** The record's own id field (reviews are keyed by their claim). */
function ownId(table: TableName, record: unknown): unknown {
  const r = record as Record<string, unknown>;
  if (table === 'reviews') return r.claimId;
  if (table === 'settings') return SETTINGS_ID;
  return r.id;
}

/** Every id read from the database is checked like one read from a file: a row can carry no path or markup. */
function checked<T>(table: TableName, records: T[]): T[] {
  for (const r of records) checkRecordId(table, ownId(table, r));
  return records;
}

/** Undo entry ids are `u_<row id>` outside, the row id inside. */
function undoStep(step: CommitRequest['undo']): unknown {
  if (!step) return null;
  if (step.kind === 'undo' || step.kind === 'redo') {
    const m = /^u_(\d+)$/.exec(step.entryId);
    // An id this desk never handed out can never be the top of a stack: -1 makes the check refuse it.
    return { kind: step.kind, entryId: m ? m[1] : '-1', entryName: step.entryId };
  }
  return step;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Rejects every wait of an action the editor gave up on. */
const GIVE_UP = Symbol('give up');

/** Waits at most `ms` for a promise (closing must not hang on a connection the network dropped). */
async function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise.catch(() => undefined), new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** How long closing waits for each of: the listener's connection, the pool's connections. */
const CLOSE_CONNECTIONS_MS = 3_000;

/**
 * Collapses several changes of one record within a commit into one (first `before`, last
 * `after`), so the optimistic check and the write see each record once.
 */
function collapse(changes: readonly RecordChange[]): RecordChange[] {
  const byKey = new Map<string, RecordChange>();
  for (const c of changes) {
    const key = `${c.table}\u0000${c.id}`;
    const prev = byKey.get(key);
    byKey.set(key, prev ? ({ ...prev, after: c.after } as RecordChange) : c);
  }
  return [...byKey.values()];
}

export class PostgresWorkspaceStore implements WorkspaceStore {
  readonly location: string;
  readonly readOnly: boolean;
  readonly notices: StoreNotice[] = [];
  readonly sessionId = randomUUID();
  readonly editor: string;
  private readonly pool: pg.Pool;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Commits queued or in progress (waiting for the desk when it cannot be reached). */
  private pendingCommits = 0;
  /** Bumped by `abandonPending`: an action that started waiting under an older one gives up. */
  private abandonGen = 0;
  /** Wakes the waits (connect, query, pause between attempts) of actions being given up on. */
  private readonly giveUpWakers = new Set<() => void>();
  /** Settled outcomes of the actions of the current give-up, counted for the editor. */
  private readonly pendingRuns = new Set<Promise<unknown>>();
  private listener: pg.Client | null = null;
  private listenerRetry: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  /** The sealed position (commits.pos) delivered up to. */
  private lastSeenPos = 0;
  /** The background seal in flight, and whether another one was asked for meanwhile. */
  private sealing: Promise<void> | null = null;
  private sealAgain = false;
  private sealFallback: ReturnType<typeof setTimeout> | null = null;
  private sealPoll: ReturnType<typeof setInterval> | null = null;
  private polling = false;
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private presenceArticle: string | null | undefined = undefined;
  private stateNow: DeskState = 'online';
  /** The newer desk schema version found (the desk was upgraded under this client), else null. */
  private newerSchema: number | null = null;
  private polls = 0;
  private readonly changeListeners = new Set<(change: DeskChange) => void>();
  private readonly stateListeners = new Set<(state: DeskState) => void>();
  private readonly presenceListeners = new Set<() => void>();
  private schema = 'public';
  /**
   * The snapshot transaction the reads of a `consistentRead` run on (scoped to that call's async
   * work; `open` turns false when it ends, so a callback that outlives it reads normally).
   */
  private readonly pinned = new AsyncLocalStorage<Pin>();
  /** Set while one of a snapshot's reads runs (a read it makes itself runs at once, not queued behind itself). */
  private readonly pinnedRead = new AsyncLocalStorage<Pin>();
  /** Where the claim and finding pages read so far ended ("filter@offset" → the last row's sort key): the next page continues by key. */
  private readonly pageEnds = new Map<string, { ord: string; start: number; id: string }>();

  private constructor(
    private readonly options: PostgresStoreOptions,
    private readonly pg: PgLibrary,
  ) {
    this.location = redactDeskUrl(options.url);
    this.readOnly = options.readOnly ?? false;
    this.editor = editorLabel(options.identity);
    this.pool = new this.pg.Pool(deskPoolConfig(options.url, options.timeouts ?? DEFAULT_TIMEOUTS, options.poolSize ?? 4));
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.pool.on('error', () => this.setState('reconnecting'));
    // A checked-out connection that breaks between two queries reports it as an event: without a
    // listener that would be an uncaught exception. The query in progress fails and is retried.
    this.pool.on('connect', (client) => client.on('error', () => this.setState('reconnecting')));
  }

  /** Connects, runs the migrations (refusing a newer desk), and starts listening to the other editors. */
  static async open(options: PostgresStoreOptions): Promise<PostgresWorkspaceStore> {
    const store = new PostgresWorkspaceStore(options, await loadPg());
    try {
      const client = await store.pool.connect();
      try {
        // A server older than the desk is made for: said plainly before anything is created.
        const server = (await client.query<{ num: number; name: string }>(q.serverVersion)).rows[0];
        const needed = options.minServerVersionNum ?? MIN_SERVER_VERSION_NUM;
        if (server && server.num < needed) throw new DeskServerVersionError(server.name, needed);
        if (!store.readOnly) await migrate(client, options.appVersion ?? 'crosscheck');
        else await store.checkVersionReadOnly(client);
        store.schema = (await client.query<{ schema: string }>(q.currentSchema)).rows[0]?.schema ?? 'public';
        store.lastSeenPos = Number((await client.query<{ sealed_pos: string }>(q.headPos)).rows[0]?.sealed_pos ?? 0);
      } finally {
        client.release();
      }
      if (options.live ?? true) {
        await store.startListening();
        store.heartbeat = setInterval(() => void store.touchPresence(), PRESENCE_HEARTBEAT_MS);
        store.heartbeat.unref();
        store.sealPoll = setInterval(() => void store.pollSeal(), SEAL_POLL_MS);
        store.sealPoll.unref();
      }
      return store;
    } catch (error) {
      await store.pool.end().catch(() => undefined);
      throw store.cleanError(error);
    }
  }

  private async checkVersionReadOnly(client: pg.PoolClient): Promise<void> {
    const exists = await client.query(q.hasDesk);
    if (!exists.rows[0]?.ok) throw new Error('This database holds no Crosscheck desk yet (nothing to read).');
    const v = Number((await client.query(q.deskVersion)).rows[0]?.v ?? 0);
    if (v > DESK_SCHEMA_VERSION) throw new DeskVersionError(v, DESK_SCHEMA_VERSION);
    if (v < DESK_SCHEMA_VERSION) throw new Error(`This desk has schema version ${v}; open it once for writing to upgrade it.`);
  }

  /** An error whose text can be shown or logged: never the password. */
  private cleanError(error: unknown): Error {
    const clean = error instanceof Error ? error : new Error(String(error));
    const message = scrubSecret(clean.message, this.options.url);
    if (message !== clean.message) clean.message = message;
    // The common refusals in the editor's words (the desk connector shows `vi`/`en` when both are set).
    const said = describeConnectError(error, this.options.url);
    if (said) Object.assign(clean, said);
    return clean;
  }

  get state(): DeskState {
    return this.stateNow;
  }

  private setState(state: DeskState): void {
    // Outdated stays: nothing this client does can make the desk speak its version again.
    if (this.stateNow === state || this.stateNow === 'outdated') return;
    this.stateNow = state;
    for (const l of this.stateListeners) l(state);
  }

  /**
   * Reads the desk's schema version; when a newer Crosscheck upgraded it, this client turns
   * 'outdated': its writes are refused (DeskOutdatedError) and it stops following the desk (a newer
   * schema may announce and order changes differently). True when outdated.
   */
  async checkOutdated(client?: pg.PoolClient): Promise<boolean> {
    if (this.newerSchema !== null) return true;
    const run = client ? client.query.bind(client) : this.pool.query.bind(this.pool);
    const v = Number((await run<{ v: number | null }>(q.deskVersion)).rows[0]?.v ?? 0);
    if (v <= DESK_SCHEMA_VERSION) return false;
    this.newerSchema = v;
    this.setState('outdated');
    this.stopFollowing();
    return true;
  }

  /**
   * The desk a newer Crosscheck upgraded: no more seals, polls or notifications from this client,
   * and it leaves the others' presence at once (it can no longer work on the desk; else they would
   * list it until its row went stale, or for as long as its heartbeat ran).
   */
  private stopFollowing(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.presenceArticle !== undefined) void this.leavePresence().catch(() => undefined);
    if (this.sealPoll) clearInterval(this.sealPoll);
    this.sealPoll = null;
    if (this.sealFallback) clearTimeout(this.sealFallback);
    this.sealFallback = null;
    if (this.listenerRetry) clearTimeout(this.listenerRetry);
    this.listenerRetry = null;
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      listener.removeAllListeners('notification');
      void listener.end().catch(() => undefined);
    }
  }

  /** The newer desk schema version this client found, or null (still current). */
  get outdatedBy(): number | null {
    return this.newerSchema;
  }

  /** Connection state changes (online / reconnecting / offline / outdated). */
  onState(listener: (state: DeskState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Other editors' commits, once durable and sealed into the chain, in chain order. */
  onChange(listener: (change: DeskChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Someone joined, left or moved to another article. */
  onPresence(listener: () => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  // ---- retries --------------------------------------------------------------------------------

  /**
   * Runs `work` on a pooled connection; while the database is unreachable it waits and tries
   * again (the action is kept), up to `windowMs`, then gives up with DeskUnavailableError. With
   * `giveUp` (editor actions), `abandonPending` ends the wait at once with DeskGaveUpError: a
   * connection that arrives later is handed back unused, one in use is closed.
   */
  private async withRetry<T>(windowMs: number, work: (client: pg.PoolClient) => Promise<T>, giveUp?: { gen: number; read?: boolean }): Promise<T> {
    const deadline = Date.now() + windowMs;
    let delay = 100;
    // An attempt was sent and its connection broke before the answer: it may have been applied.
    let unconfirmed = false;
    let wake: () => void = () => undefined;
    const woken = new Promise<typeof GIVE_UP>((resolve) => (wake = () => resolve(GIVE_UP)));
    const gaveUp = () => giveUp !== undefined && giveUp.gen !== this.abandonGen;
    const orGiveUp = async <V>(promise: Promise<V>): Promise<V> => {
      if (!giveUp) return promise;
      const won = await Promise.race([promise, woken]);
      if (won === GIVE_UP) throw GIVE_UP;
      return won as V;
    };
    if (giveUp) this.giveUpWakers.add(wake);
    try {
      for (;;) {
        if (gaveUp()) throw new DeskGaveUpError(unconfirmed);
        if (this.closed) throw new DeskUnavailableError('The shared desk was closed.');
        let client: pg.PoolClient | null = null;
        let sent = false;
        const connecting = this.pool.connect();
        try {
          client = await orGiveUp(connecting);
          sent = true;
          const result = await orGiveUp(work(client));
          client.release();
          client = null;
          this.setState('online');
          return result;
        } catch (error) {
          if (error === GIVE_UP || gaveUp()) {
            // Given up while connecting: the connection, when it comes, goes back unused. While
            // the statement ran: that connection is closed (its result will never be read).
            if (client) client.release(true);
            else connecting.then((late) => late.release(), () => undefined);
            // A read applies nothing: only a commit can be "sent, not confirmed".
            throw new DeskGaveUpError(!giveUp?.read && (unconfirmed || (sent && (error === GIVE_UP || isConnectionError(error)))));
          }
          if (client) {
            // A broken connection is destroyed, never returned to the pool.
            client.release(isConnectionError(error) ? true : undefined);
          }
          // The server refused this client's version, or the desk's functions or tables are gone:
          // a newer Crosscheck may have upgraded the desk (then said as such; nothing was applied).
          const code = (error as { code?: string }).code;
          if (code && SCHEMA_CHANGED_CODES.has(code) && (await this.checkOutdated().catch(() => false))) throw new DeskOutdatedError(this.newerSchema);
          if (!isRetryable(error)) throw this.cleanError(error);
          const broken = isConnectionError(error);
          if (broken && sent && !giveUp?.read) unconfirmed = true;
          if (Date.now() + delay > deadline) {
            if (broken) this.setState('offline');
            throw new DeskUnavailableError(
              broken
                ? `The shared desk (${this.location}) cannot be reached: ${this.cleanError(error).message}. Nothing of this action was saved.`
                : `The shared desk is busy (another editor's action has held it for too long): ${this.cleanError(error).message}. Nothing of this action was saved.`,
              error,
            );
          }
          if (broken) this.setState('reconnecting');
          try {
            await orGiveUp(sleep(delay));
          } catch {
            throw new DeskGaveUpError(unconfirmed);
          }
          delay = Math.min(delay * 2, 2_000);
        }
      }
    } finally {
      this.giveUpWakers.delete(wake);
    }
  }

  /** How long an action (its reads and its commit) is kept and retried while the desk is unreachable. */
  private get retryWindowMs(): number {
    return this.options.retryWindowMs ?? 60_000;
  }

  private read<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    // Inside consistentRead: on its snapshot transaction (retried, as a whole, by consistentRead).
    const pin = this.pinned.getStore();
    if (pin?.open) {
      if (this.pinnedRead.getStore() === pin) return work(pin.client);
      // One after another on the snapshot's connection: pg starts a query's client-side timeout
      // (query_timeout) when it is queued, so reads sent together (Promise.all) would share one
      // timeout and a large snapshot would fail as "unreachable" on a healthy server.
      const run = () => this.pinnedRead.run(pin, () => work(pin.client));
      const result = pin.tail.then(run, run);
      pin.tail = result.catch(() => undefined);
      return result;
    }
    // Given up on with the editor's actions (an action's reads are part of it).
    // The same window as a commit: an action whose first read comes during an outage stays
    // pending like its commit would, instead of failing after a shorter wait.
    return this.withRetry(this.retryWindowMs, work, { gen: this.abandonGen, read: true });
  }

  // ---- commit ---------------------------------------------------------------------------------

  commit(request: CommitRequest): Promise<CommitResult> {
    if (this.readOnly) return Promise.reject(new StoreReadOnlyError());
    if (this.newerSchema !== null) return Promise.reject(new DeskOutdatedError(this.newerSchema));
    // Serialized in call order, like every adapter; a failed commit does not block the next.
    // `abandonPending` gives up on it, queued or waiting, if the editor asks before it lands.
    const giveUp = { gen: this.abandonGen };
    const now = () => {
      if (giveUp.gen !== this.abandonGen) throw new DeskGaveUpError(false);
      return this.commitNow(request, giveUp);
    };
    const run = this.queue.then(now, now);
    this.pendingCommits++;
    this.pendingRuns.add(run);
    const settled = run.catch(() => undefined);
    void settled.then(() => {
      this.pendingCommits--;
      this.pendingRuns.delete(run);
    });
    this.queue = settled;
    return run;
  }

  /** Editor actions queued or waiting for the desk. */
  get pending(): number {
    return this.pendingCommits;
  }

  /**
   * The editor gives up on every action waiting for the desk now (leaving it, or quitting, while
   * it cannot be reached): each one rejects at once with DeskGaveUpError instead of being retried
   * — reported, never silently dropped and never as saved. Actions started later are not touched.
   * Resolves with how many were never sent and how many were sent but not confirmed.
   */
  async abandonPending(): Promise<GaveUp> {
    const runs = [...this.pendingRuns];
    this.abandonGen++;
    for (const wake of [...this.giveUpWakers]) wake();
    const outcome: GaveUp = { notSent: 0, unconfirmed: 0 };
    for (const run of runs) {
      try {
        await run;
      } catch (error) {
        if (error instanceof DeskGaveUpError) outcome[error.unconfirmed ? 'unconfirmed' : 'notSent']++;
      }
    }
    return outcome;
  }

  private async commitNow(request: CommitRequest, giveUp: { gen: number }): Promise<CommitResult> {
    // The same id on every attempt: a retry after a connection lost during COMMIT finds the
    // commit already there instead of applying it twice.
    const commitId = randomUUID();
    for (const change of request.changes) {
      checkRecordId(change.table, change.id);
      if (change.after !== null && ownId(change.table, change.after) !== change.id) {
        return Promise.reject(new StoreWriteError(`Record ${change.table}/${change.id} carries another id`));
      }
    }
    const changes = collapse(request.changes);
    // Settings and meta always exist for the services (reads give the defaults when no row is
    // stored yet): a `before` equal to the default of a record not stored yet means "insert".
    const unstored = await this.unstoredDefaults(changes, giveUp);
    const changeRows = changes.map((c) => ({
      tbl: c.table,
      id: c.id,
      before: unstored.has(c.table) ? null : c.before,
      has_before: c.before !== null && !unstored.has(c.table),
      after: c.after,
    }));
    // The audit trail names the editor as the desk knows them (their name plus the OS account).
    const entries = request.audit.map((e) => ({ ...e, who: this.editor, before: e.before ?? null, after: e.after ?? null }));
    const payload = {
      commitId,
      action: request.action,
      who: request.who,
      editor: this.editor,
      session: this.sessionId,
      at: request.at,
      audit: entries.map((e) => ({
        who: e.who,
        at: e.when,
        action: e.action,
        target: e.target,
        before_text: JSON.stringify(e.before),
        after_text: JSON.stringify(e.after),
        // What auditChain.ts hashes after [prevHash, seq, — the server adds those two under the lock.
        tail: JSON.stringify([e.who, e.when, e.action, e.target, e.before, e.after]).slice(1),
      })),
      undo: undoStep(request.undo),
      undoChanges: request.undo?.kind === 'push' ? request.changes : null,
      seal: this.options.sealAfterCommit ?? true,
      // The desk schema this client speaks (an older client's calls are refused by the server).
      deskSchema: DESK_SCHEMA_VERSION,
    };
    const body = (part: typeof changeRows) => JSON.stringify({ ...payload, changes: part, tables: [...new Set(part.map((c) => c.tbl))] });
    type Outcome = { seq?: number; done?: number; sealed?: boolean };
    // The events as committed; the seal (right after) gives them their place in the chain.
    const result = (seq: number): CommitResult => ({
      seq,
      audit: entries.map((e) => ({ seq: -1, who: e.who, when: e.when, action: e.action, target: e.target, before: e.before, after: e.after, prevHash: '', hash: '' })),
    });
    // Whether the commit sealed itself (nobody else was sealing): else it is sealed right after.
    let sealed = false;
    const committed = await this.withRetry(this.retryWindowMs, async (client): Promise<CommitResult> => {
      const call = async (phase: string, part: typeof changeRows): Promise<Outcome> =>
        (await client.query<{ r: Outcome }>(q.deskCommit, [body(part), phase])).rows[0]!.r;
      const alreadyDone = async (seq: number): Promise<CommitResult> => {
        // This very commit was applied by an attempt whose acknowledgement was lost: its events
        // as sealed (sealing them now if nobody has yet).
        await client.query(q.seal);
        const stored = await client.query<AuditRow>(q.auditOfCommit(), [seq]);
        return { seq, audit: stored.rows.map(auditFromRow) };
      };
      try {
        if (changeRows.length <= CHUNK) {
          // An editor's action: one statement, its own transaction, one round trip.
          let outcome: Outcome;
          try {
            outcome = await call('all', changeRows);
          } catch (error) {
            // A retry that found its first attempt landed meanwhile (nothing of the retry applied).
            if ((error as { code?: string }).code === 'CX208') return await alreadyDone(Number((error as { detail?: string }).detail));
            throw error;
          }
          if (outcome.done !== undefined) return await alreadyDone(Number(outcome.done));
          sealed = outcome.sealed === true;
          return result(Number(outcome.seq));
        }
        // Imports and re-extractions: the same steps in one transaction, records sent in chunks.
        await client.query(q.begin);
        try {
          const started = await call('start', []);
          if (started.done !== undefined) {
            await client.query(q.rollback);
            return await alreadyDone(Number(started.done));
          }
          for (const part of chunks(changeRows)) await call('write', part);
          const finished = await call('finish', []);
          await client.query(q.commit);
          sealed = finished.sealed === true;
          return result(Number(started.seq));
        } catch (error) {
          if (!isConnectionError(error)) await client.query(q.rollback).catch(() => undefined);
          throw error;
        }
      } catch (error) {
        throw this.commitError(error);
      }
    }, giveUp);
    if (!sealed && (this.options.sealAfterCommit ?? true)) this.sealSoon();
    return committed;
  }

  /**
   * Seals the committed audit events into the chain, in the background (the action is already
   * acknowledged: durable, in the change log). At most one seal of this client runs at a time;
   * commits made meanwhile are sealed by the next one (or by another editor's seal). A seal that
   * fails (connection lost) leaves them for the next sealer: nothing is lost, only later chained.
   */
  private sealSoon(): void {
    if (this.closed) return;
    if (this.sealing) {
      this.sealAgain = true;
      return;
    }
    this.sealing = (async () => {
      do {
        this.sealAgain = false;
        try {
          await this.pool.query(q.seal);
        } catch {
          this.sealLater();
          return;
        }
      } while (this.sealAgain && !this.closed);
    })().finally(() => {
      this.sealing = null;
    });
  }

  /** Seals again after a pause (the last seal failed). */
  private sealLater(): void {
    if (this.closed || this.sealFallback) return;
    this.sealFallback = setTimeout(() => {
      this.sealFallback = null;
      this.sealSoon();
    }, SEAL_RETRY_MS);
    this.sealFallback.unref?.();
  }

  /**
   * The listening desk's regular look: seals what is pending (a client may have died between its
   * commit and its seal; nothing announced it) and reads new positions a lost notification did
   * not announce. A read-only desk only looks.
   */
  private async pollSeal(): Promise<void> {
    if (this.closed || this.polling || this.stateNow !== 'online') return;
    this.polling = true;
    try {
      if (++this.polls % VERSION_CHECK_POLLS === 0 && (await this.checkOutdated())) return;
      const pos = this.readOnly
        ? Number((await this.pool.query<{ sealed_pos: string }>(q.headPos)).rows[0]?.sealed_pos ?? 0)
        : Number((await this.pool.query<{ r: { pos: number } }>(q.seal)).rows[0]?.r.pos ?? 0);
      if (pos > this.lastSeenPos) void this.catchUp();
    } catch (error) {
      // The desk's functions changed under this client: a newer Crosscheck upgraded it? Else the
      // connection's own error handling reports it; the next look tries again.
      const code = (error as { code?: string }).code;
      if (code && SCHEMA_CHANGED_CODES.has(code)) await this.checkOutdated().catch(() => false);
    } finally {
      this.polling = false;
    }
  }

  /**
   * Before reading the trail: every committed event sealed into it. A read-only desk seals too when
   * its role may (chaining committed events changes no record); when it may not, it reads what is
   * sealed (verify and export refuse instead: sealForCompleteRead).
   */
  private async sealPending(client: pg.PoolClient): Promise<void> {
    // In a snapshot transaction every committed event was sealed before it began.
    if (this.inSnapshot(client)) return;
    if (!this.readOnly) {
      await client.query(q.seal);
      return;
    }
    try {
      await client.query(q.seal);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== '42501' && code !== '25006') throw error;
    }
  }

  /**
   * Before a read that must cover every committed event (verify, export), even on a read-only
   * desk: seals what is pending (chaining others' committed events changes no record). A role that
   * may not write gets DeskUnsealedError when something is pending (a seal with nothing to do
   * writes nothing, so it never fails for lack of rights).
   */
  private async sealForCompleteRead(client: pg.PoolClient): Promise<void> {
    if (this.inSnapshot(client)) return;
    try {
      await client.query(q.seal);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // insufficient_privilege, read_only_sql_transaction
      if (code !== '42501' && code !== '25006') throw error;
      const n = (await client.query<{ n: number }>(q.pendingAudit)).rows[0]!.n;
      throw new DeskUnsealedError(n);
    }
  }

  /** Settings/meta changes whose `before` is the default read for a record not stored yet. */
  private async unstoredDefaults(changes: readonly RecordChange[], giveUp: { gen: number }): Promise<Set<TableName>> {
    const out = new Set<TableName>();
    for (const c of changes) {
      if (c.before === null) continue;
      const fallback = c.table === 'settings' ? defaultSettings() : c.table === 'meta' ? { id: META_ID, extractorVersion: 1 } : null;
      if (fallback === null || !sameRecord(c.before, fallback)) continue;
      const found = await this.withRetry(this.retryWindowMs, async (client) => (await client.query(q.one(c.table), [c.id])).rowCount ?? 0, {
        ...giveUp,
        read: true,
      });
      if (found === 0) out.add(c.table);
    }
    return out;
  }

  /** The server's refusals as the port's errors. */
  private commitError(error: unknown): unknown {
    const code = (error as { code?: string }).code;
    if (code === 'CX409') {
      const d = JSON.parse((error as { detail: string }).detail) as {
        table: TableName;
        id: string;
        data: unknown;
        version: number | null;
        by: string | null;
        at: string | null;
      };
      return new DeskConflictError(d.table, d.id, d.data ?? null, d.by, d.at ? new Date(d.at).toISOString() : null, d.version);
    }
    if (refusedCharacters(code, error)) return new DeskRefusedTextError(error);
    if (code === 'CX410') {
      // The entry named is no longer the top of this editor's stack (the port's undo conflict).
      return new StoreConflictError('undo', String((error as { detail?: string }).detail ?? ''));
    }
    return error;
  }

  // ---- reads ----------------------------------------------------------------------------------

  private async rows<T>(table: TableName, sql: string, params: unknown[] = []): Promise<T[]> {
    return this.read(async (client) => checked(table, (await client.query<{ data: T }>(sql, params)).rows.map((r) => r.data)));
  }

  async settings(): Promise<Settings> {
    const [stored] = await this.rows<Settings>('settings', q.one('settings'), [SETTINGS_ID]);
    return stored ?? defaultSettings();
  }

  async meta(): Promise<WorkspaceMeta> {
    const [stored] = await this.rows<WorkspaceMeta>('meta', q.one('meta'), [META_ID]);
    return stored ?? { id: META_ID, extractorVersion: 1 };
  }

  async counts(): Promise<{ articles: number; claims: number; reviews: number; findings: number; auditEvents: number }> {
    return this.read(async (client) => {
      const r = (await client.query(q.counts)).rows[0];
      return { articles: r.articles, claims: r.claims, reviews: r.reviews, findings: r.findings, auditEvents: r.audit_events };
    });
  }

  async articleSummaries(): Promise<ArticleSummaryRecord[]> {
    return this.read(async (client) => (await client.query(q.articleSummaries)).rows.map(summaryRow));
  }

  async articleSummaryPage({ offset, limit }: ArticleRange): Promise<Page<ArticleSummaryRecord>> {
    return this.read(async (client) => {
      const total = (await client.query(q.articleCount)).rows[0].n as number;
      return { total, items: (await client.query(q.articleSummaryRange, [offset, limit])).rows.map(summaryRow) };
    });
  }

  articles(ids?: readonly string[]): Promise<Article[]> {
    return ids ? this.rows<Article>('articles', q.byIds('articles'), [ids]) : this.rows<Article>('articles', q.all('articles'));
  }

  async articleWithClaims(articleId: string): Promise<{ article: Article; claims: Claim[]; reviews: Review[] } | null> {
    return this.read(async (client) => {
      const article = (await client.query<{ data: Article }>(q.one('articles'), [articleId])).rows[0]?.data;
      if (!article) return null;
      const claims = (await client.query<{ data: Claim }>(q.claimsOfArticle, [articleId])).rows.map((r) => r.data);
      const reviews = (await client.query<{ data: Review }>(q.reviewsOfArticle, [articleId])).rows.map((r) => r.data);
      return { article: checked('articles', [article])[0]!, claims: checked('claims', claims), reviews: checked('reviews', reviews) };
    });
  }

  claims(ids?: readonly string[]): Promise<Claim[]> {
    return ids ? this.rows<Claim>('claims', q.byIds('claims'), [ids]) : this.rows<Claim>('claims', q.claimsInOrder);
  }

  reviews(claimIds?: readonly string[]): Promise<Review[]> {
    return claimIds ? this.rows<Review>('reviews', q.byIds('reviews'), [claimIds]) : this.rows<Review>('reviews', q.all('reviews'));
  }

  async claimPage(query: ClaimPageQuery): Promise<Page<ClaimWithReview>> {
    return this.read(async (client) => {
      type Row = { claim: Claim; review: Review | null; k_ord: string; k_start: number; total?: string };
      const params = [query.articleId ?? null, query.statuses ? [...query.statuses] : null];
      const filter = JSON.stringify(params);
      // The first page, and a page that starts where a previous one ended: by key. Any other
      // offset (a jump into the middle): by OFFSET.
      const after = query.offset === 0 ? null : this.pageEnds.get(`${filter}@${query.offset}`);
      let rows: Row[];
      let total: number;
      if (after !== undefined) {
        const key = after ? [after.ord, after.start, after.id] : [null, null, null];
        rows = (await client.query<Row>(q.claimPageAfter, [...params, ...key, query.limit])).rows;
        total = Number((await client.query<{ total: number }>(q.claimPageCount, params)).rows[0]?.total ?? 0);
      } else {
        rows = (await client.query<Row>(q.claimPage, [...params, query.offset, query.limit])).rows;
        total = rows[0]
          ? Number(rows[0].total)
          : Number((await client.query<{ total: number }>(q.claimPageCount, params)).rows[0]?.total ?? 0);
      }
      checked('claims', rows.map((r) => r.claim));
      checked('reviews', rows.flatMap((r) => (r.review ? [r.review] : [])));
      const last = rows[rows.length - 1];
      if (last) {
        this.notePageEnd(`${filter}@${query.offset + rows.length}`, { ord: last.k_ord, start: last.k_start, id: last.claim.id });
      }
      return { total, items: rows.map((r) => ({ claim: r.claim, review: r.review })) };
    });
  }

  async findings(query: FindingQuery = {}): Promise<Page<Finding>> {
    return this.read(async (client) => {
      type Row = { data: Finding; k_ord: string; total?: string };
      const params = [query.articleId ?? null, query.statuses ? [...query.statuses] : null, query.claimId ?? null, query.types ? [...query.types] : null];
      // Clamped as the local adapters clamp it (a negative offset or limit reads from 0 / nothing).
      const window = pageWindow(query);
      const offset = window.offset;
      const limit = query.limit === undefined ? null : window.limit;
      const filter = `findings:${JSON.stringify(params)}`;
      // Like claim pages: a page that starts where a previous one ended continues by key (`ord`,
      // unique) instead of OFFSET; the first page, and a jump into the middle, by OFFSET (one query
      // with its total).
      const after = offset === 0 ? undefined : this.pageEnds.get(`${filter}@${offset}`);
      let rows: Row[];
      let total: number;
      if (after !== undefined) {
        rows = (await client.query<Row>(q.findingPageAfter, [...params, after.ord, limit])).rows;
        total = Number((await client.query<{ total: number }>(q.findingCount, params)).rows[0]?.total ?? 0);
      } else {
        rows = (await client.query<Row>(q.findingPage, [...params, offset, limit])).rows;
        total = rows[0] ? Number(rows[0].total) : Number((await client.query<{ total: number }>(q.findingCount, params)).rows[0]?.total ?? 0);
      }
      const last = rows[rows.length - 1];
      if (last && limit !== null) this.notePageEnd(`${filter}@${offset + rows.length}`, { ord: last.k_ord, start: 0, id: last.data.id });
      return { total, items: checked('findings', rows.map((r) => r.data)) };
    });
  }

  /** Remembers where a page ended (a bounded map: the oldest ends are forgotten first). */
  private notePageEnd(key: string, end: { ord: string; start: number; id: string }): void {
    if (this.pageEnds.size >= 64 && !this.pageEnds.has(key)) this.pageEnds.delete(this.pageEnds.keys().next().value as string);
    this.pageEnds.set(key, end);
  }

  async attentionClaimIds(window: { offset?: number; limit?: number } = {}): Promise<Page<string>> {
    const { offset, limit } = pageWindow(window);
    return this.read(async (client) => {
      const items = (await client.query<{ id: string }>(q.attentionClaimPage, [offset, window.limit === undefined ? null : limit])).rows.map((r) => r.id);
      const total = Number((await client.query<{ total: number }>(q.attentionClaimCount)).rows[0]?.total ?? 0);
      for (const id of items) checkRecordId('claims', id);
      return { total, items };
    });
  }

  getFindings(ids: readonly string[]): Promise<Finding[]> {
    return this.rows<Finding>('findings', q.byIds('findings'), [ids]);
  }

  async reviewContext(claimId: string): Promise<{ claim: Claim | null; review: Review | null; settings: Settings | null }> {
    return this.read(async (client) => {
      const r = (await client.query<{ claim: Claim | null; review: Review | null; settings: Settings | null }>(q.reviewContext, [claimId, SETTINGS_ID])).rows[0];
      return {
        claim: r?.claim ? checked('claims', [r.claim])[0]! : null,
        review: r?.review ? checked('reviews', [r.review])[0]! : null,
        settings: r?.settings ?? null,
      };
    });
  }

  async articleAuditTargets(articleId: string): Promise<string[]> {
    return this.read(async (client) => {
      await this.sealPending(client);
      return (await client.query<{ target: string }>(q.articleAuditTargets, [articleId])).rows.map((r) => r.target);
    });
  }

  async auditEditors(): Promise<string[]> {
    return this.read(async (client) => {
      await this.sealPending(client);
      return (await client.query<{ who: string }>(q.auditEditors)).rows.map((r) => r.who);
    });
  }

  async history(targets: readonly string[]): Promise<AuditEvent[]> {
    return this.read(async (client) => {
      await this.sealPending(client);
      return (await client.query<AuditRow>(q.history(), [targets])).rows.map(auditFromRow);
    });
  }

  async auditLog(fromSeq = 0, limit?: number): Promise<AuditEvent[]> {
    return this.read(async (client) => {
      await this.sealPending(client);
      return (await client.query<AuditRow>(q.auditLog(), [fromSeq, limit ?? null])).rows.map(auditFromRow);
    });
  }

  async undoTop(stack: 'undo' | 'redo'): Promise<UndoEntry | null> {
    return this.read(async (client) => {
      const r = (await client.query<{ id: string; action: string; at: string; changes: RecordChange[] }>(q.undoTopFor, [this.editor, stack])).rows[0];
      return r ? { id: `u_${r.id}`, action: r.action, at: r.at, changes: r.changes } : null;
    });
  }

  async undoEntries(stack: 'undo' | 'redo'): Promise<UndoEntry[]> {
    return this.read(async (client) => {
      const rows = (await client.query<{ id: string; action: string; at: string; changes: RecordChange[] }>(q.undoStack, [this.editor, stack])).rows;
      return rows.map((r) => ({ id: `u_${r.id}`, action: r.action, at: r.at, changes: r.changes }));
    });
  }

  async undoDepth(): Promise<{ undo: number; redo: number }> {
    return this.read(async (client) => {
      const r = (await client.query<{ undo: number; redo: number }>(q.undoDepth, [this.editor])).rows[0];
      return { undo: r?.undo ?? 0, redo: r?.redo ?? 0 };
    });
  }

  detached(): Promise<DetachedClaim[]> {
    return this.rows<DetachedClaim>('detached', q.all('detached'));
  }

  async listBackups(): Promise<BackupInfo[]> {
    // The database server's own backups (pg_dump, base backups) are the desk's; the app keeps none.
    return [];
  }

  async restoreBackup(): Promise<void> {
    throw new StoreWriteError('A shared desk is restored by its database administrator (pg_dump/pg_restore), not from the app.');
  }

  /**
   * Verifies the whole audit hash chain: -1 when intact, else the seq of the first broken event.
   * Every committed event is covered: the pending ones are sealed first.
   */
  async verifyAudit(): Promise<number> {
    return (await this.verifyAuditTrail()).broken;
  }

  /**
   * verifyAudit, with how many events were checked. Covers every committed event, read-only desks
   * included: pending ones are sealed first (or, when this role may not seal, DeskUnsealedError).
   */
  async verifyAuditTrail(): Promise<{ broken: number; events: number }> {
    const events = await this.read(async (client) => {
      await this.sealForCompleteRead(client);
      return (await client.query<AuditRow>(q.auditLog(), [0, null])).rows.map(auditFromRow);
    });
    return { broken: verifyAuditChain(events), events: events.length };
  }

  // ---- publish and export -----------------------------------------------------------------------

  /**
   * Every record of every table in stored order, and the whole audit trail as stored — one
   * consistent snapshot whose every committed event is sealed (when a commit lands unsealed in
   * between, the snapshot is taken again after sealing it).
   */
  async snapshot(): Promise<DeskSnapshot> {
    return this.read((client) =>
      this.withSnapshot(client, async () => {
        const records = {} as DeskSnapshot['records'];
        for (const t of tableNames) {
          // Stored (insertion) order, so a published workspace comes back in its own order.
          (records as Record<string, unknown[]>)[t] = checked(t, (await client.query<{ data: unknown }>(q.all(t))).rows.map((r) => r.data));
        }
        const audit = (await client.query<AuditRow>(q.auditLog(), [0, null])).rows.map(auditFromRow);
        const stack = async (name: 'undo' | 'redo') =>
          (await client.query<{ id: string; action: string; at: string; changes: RecordChange[] }>(q.undoStack, [this.editor, name])).rows.map(
            (r): UndoEntry => ({ id: `u_${r.id}`, action: r.action, at: r.at, changes: r.changes }),
          );
        const undo = { undo: await stack('undo'), redo: await stack('redo') };
        return { records, audit, undo };
      }),
    );
  }

  /**
   * Runs `work` with every read it makes through this store on ONE snapshot of the desk (a
   * REPEATABLE READ READ ONLY transaction whose every committed audit event is sealed): another
   * editor's commit never lands between two of its reads. The services' snapshots (exports,
   * merges, history) use it. A connection lost midway runs the whole of `work` again.
   */
  consistentRead<T>(work: () => Promise<T>): Promise<T> {
    if (this.pinned.getStore()?.open) return work();
    return this.read((client) => this.withSnapshot(client, work));
  }

  private inSnapshot(client: pg.PoolClient): boolean {
    const pin = this.pinned.getStore();
    return pin !== undefined && pin.open && pin.client === client;
  }

  /**
   * Seals what is committed, opens the snapshot transaction and runs `work` in it (this store's
   * reads pinned to it). When a commit landed unsealed between the seal and the snapshot, the
   * snapshot is taken again after sealing it: the trail read always covers the records read.
   */
  private async withSnapshot<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
    // Already in a snapshot: its reads stay on it (a nested BEGIN/COMMIT would end the outer one).
    if (this.inSnapshot(client)) return work();
    for (let attempt = 0; ; attempt++) {
      await this.sealForCompleteRead(client);
      await client.query(q.beginSnapshot);
      const pin: Pin = { client, open: true, tail: Promise.resolve() };
      try {
        if ((await client.query<{ n: number }>(q.pendingAudit)).rows[0]!.n > 0) {
          // A commit landed unsealed in between: seal it and take the snapshot again.
          pin.open = false;
          await client.query(q.rollback);
          if (attempt >= 20) throw new DeskBusyError();
          await sleep(20 * (attempt + 1));
          continue;
        }
        const result = await this.pinned.run(pin, work);
        await pin.tail;
        pin.open = false;
        await client.query(q.commit);
        return result;
      } catch (error) {
        // Reads still queued when `work` failed (Promise.all rejects early) finish before the ROLLBACK.
        await pin.tail;
        pin.open = false;
        await client.query(q.rollback).catch(() => undefined);
        throw error;
      }
    }
  }

  /**
   * Fills an EMPTY desk with a workspace (publish): records in their order, the audit trail
   * verbatim (same seq and hashes, so its chain still verifies), in one transaction.
   */
  async publish(snapshot: DeskSnapshot, action = 'desk.publish'): Promise<{ seq: number }> {
    if (this.readOnly) throw new StoreReadOnlyError();
    if (verifyAuditChain(snapshot.audit) !== -1) throw new StoreWriteError('The workspace\'s audit chain is broken: it is not published.');
    return this.withRetry(this.retryWindowMs, async (client) => {
      await client.query(q.begin);
      try {
        await client.query(q.lockSeal);
        const head = (await client.query<HeadRow>(q.lockHead)).rows[0]!;
        const empty = (await client.query<{ empty: boolean }>(q.isEmpty)).rows[0]?.empty;
        if (!empty) throw new StoreWriteError('This shared desk already holds a workspace: publish only fills an empty desk.');
        for (const t of tableNames) {
          const withIds = (snapshot.records[t] as unknown[]).map((r) => {
            const id = ownId(t, r);
            checkRecordId(t, id);
            return { id, after: r };
          });
          for (const part of chunks(withIds)) await client.query(q.upsert(t), [JSON.stringify(part), this.editor]);
        }
        for (const part of chunks(snapshot.audit)) {
          await client.query(q.insertAudit, [
            JSON.stringify(
              part.map((e) => ({
                seq: e.seq,
                who: e.who,
                at: e.when,
                action: e.action,
                target: e.target,
                before_text: JSON.stringify(e.before ?? null),
                after_text: JSON.stringify(e.after ?? null),
                prev_hash: e.prevHash,
                hash: e.hash,
              })),
            ),
            null,
          ]);
        }
        for (const name of ['undo', 'redo'] as const) {
          for (const entry of snapshot.undo?.[name] ?? []) {
            await client.query(q.undoInsert, [this.editor, name, entry.action, entry.at, JSON.stringify(entry.changes)]);
          }
        }
        // Published sealed: its own position at once, the head at the trail's last event.
        const pos = Number(head.sealed_pos) + 1;
        const inserted = await client.query<{ seq: string }>(q.insertSealedCommit, [
          pos,
          randomUUID(),
          action,
          this.editor,
          this.editor,
          this.sessionId,
          new Date().toISOString(),
        ]);
        const seq = Number(inserted.rows[0]!.seq);
        const last = snapshot.audit[snapshot.audit.length - 1];
        await client.query(q.updateHead, [pos, last ? last.seq : -1, last ? last.hash : head.audit_hash]);
        await client.query(q.notify, [JSON.stringify({ schema: this.schema, kind: 'sealed', pos })]);
        await client.query(q.commit);
        return { seq };
      } catch (error) {
        if (!isConnectionError(error)) await client.query(q.rollback).catch(() => undefined);
        throw error;
      }
    });
  }

  // ---- live: other editors' changes ---------------------------------------------------------------

  private async startListening(): Promise<void> {
    const client = new this.pg.Client(deskPoolConfig(this.options.url, this.options.timeouts ?? DEFAULT_TIMEOUTS));
    client.on('error', () => this.listenerLost(client));
    client.on('end', () => this.listenerLost(client));
    client.on('notification', (msg) => {
      if (msg.channel !== NOTIFY_CHANNEL || !msg.payload) return;
      let payload: { schema?: string; kind?: string; seq?: number; pos?: number; session?: string };
      try {
        payload = JSON.parse(msg.payload);
      } catch {
        return;
      }
      if (payload.schema !== this.schema) return;
      if (payload.kind === 'presence') {
        for (const l of this.presenceListeners) l();
        return;
      }
      // 'sealed': new positions to read.
      if (payload.kind === 'sealed') void this.catchUp();
      // A migration announces itself ('upgraded'); a kind this version does not know can only
      // come from a newer one: either way, is this client still current?
      else if (payload.kind !== 'commit') void this.checkOutdated().catch(() => undefined);
    });
    await client.connect();
    // Turned outdated (or closed) while connecting: it follows the desk no more.
    if (this.newerSchema !== null || this.closed) {
      client.removeAllListeners('notification');
      await client.end().catch(() => undefined);
      return;
    }
    await client.query(q.listen);
    if (this.newerSchema !== null || this.closed) {
      client.removeAllListeners('notification');
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // Anything committed while we were not listening.
    void this.catchUp();
  }

  private listenerLost(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = null;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    if (this.closed || this.newerSchema !== null) return;
    this.setState('reconnecting');
    this.scheduleListen(250);
  }

  private scheduleListen(delay: number): void {
    if (this.closed || this.listenerRetry || this.newerSchema !== null) return;
    this.listenerRetry = setTimeout(() => {
      this.listenerRetry = null;
      if (this.newerSchema !== null) return;
      this.startListening()
        .then(() => {
          if (this.newerSchema !== null || this.closed) return;
          this.setState('online');
          if (this.presenceArticle !== undefined) void this.setPresence(this.presenceArticle);
        })
        .catch(() => this.scheduleListen(Math.min(delay * 2, 2_000)));
    }, delay);
    this.listenerRetry.unref?.();
  }

  /** Reads the commits after the last one seen and delivers the other editors' ones, in order. */
  private catchUp(): Promise<void> {
    // An outdated client delivers no more changes (a newer schema may order them differently).
    if (this.newerSchema !== null) return Promise.resolve();
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    this.catchingUp = (async () => {
      do {
        this.catchUpAgain = false;
        await this.deliverSince();
      } while (this.catchUpAgain && !this.closed);
    })()
      .catch(() => {
        // The listener reconnects and catches up from the same point.
      })
      .finally(() => {
        this.catchingUp = null;
      });
    return this.catchingUp;
  }

  /**
   * Delivers the commits sealed after the last position seen, in position order. Positions are
   * visible in order (see sql.ts, version 3), so a commit that lands late with a lower commit
   * number is never skipped: it gets a later position.
   */
  private async deliverSince(): Promise<void> {
    for (;;) {
      const batch = await this.read(async (client) => {
        const commits = (
          await client.query<{ seq: string; pos: string; action: string; who: string; editor: string; session_id: string }>(q.commitsSince, [this.lastSeenPos, 200])
        ).rows;
        if (commits.length === 0) return [];
        const theirs = commits.filter((c) => c.session_id !== this.sessionId);
        const logged = theirs.length === 0 ? [] : (await client.query<{ seq: string; tbl: TableName; id: string }>(q.changesOf, [theirs.map((c) => c.seq)])).rows;
        const wanted = new Map<TableName, Set<string>>();
        for (const l of logged) wanted.set(l.tbl, (wanted.get(l.tbl) ?? new Set()).add(l.id));
        const current = new Map<string, unknown>();
        for (const [table, ids] of wanted) {
          const found = await client.query<{ id: string; data: unknown }>(q.recordsWithVersion(table), [[...ids]]);
          for (const r of found.rows) current.set(`${table}\u0000${r.id}`, r.data);
        }
        return commits.map((c) => ({
          pos: Number(c.pos),
          mine: c.session_id === this.sessionId,
          change: {
            seq: Number(c.seq),
            action: c.action,
            who: c.who,
            editor: c.editor,
            changes: logged
              .filter((l) => l.seq === c.seq)
              .map((l) => ({ table: l.tbl, id: l.id, record: current.get(`${l.tbl}\u0000${l.id}`) ?? null })),
          } satisfies DeskChange,
        }));
      });
      if (batch.length === 0) return;
      for (const b of batch) {
        this.lastSeenPos = Math.max(this.lastSeenPos, b.pos);
        if (!b.mine) for (const l of this.changeListeners) l(b.change);
      }
      if (batch.length < 200) return;
    }
  }

  // ---- presence ---------------------------------------------------------------------------------

  /** Tells the desk which article this editor has open (null: none). */
  async setPresence(articleId: string | null): Promise<void> {
    this.presenceArticle = articleId;
    // An outdated client is no longer on the desk for the others (it left when it turned outdated).
    if (this.newerSchema !== null) return;
    const id = this.options.identity;
    await this.read(async (client) => {
      await client.query(q.presenceUpsert, [this.sessionId, this.editor, id.osUser, id.host, articleId]);
      await client.query(q.notify, [JSON.stringify({ schema: this.schema, kind: 'presence', session: this.sessionId })]);
    });
    // Turned outdated while this was being written: leave again.
    if (this.newerSchema !== null) await this.leavePresence().catch(() => undefined);
  }

  /** Removes this session from the presence list and tells the others. */
  private async leavePresence(): Promise<void> {
    await this.pool.query(q.presenceLeave, [this.sessionId]);
    await this.pool.query(q.notify, [JSON.stringify({ schema: this.schema, kind: 'presence', session: this.sessionId })]);
  }

  private async touchPresence(): Promise<void> {
    if (this.presenceArticle === undefined || this.closed || this.newerSchema !== null) return;
    try {
      await this.pool.query(q.presenceTouch, [this.sessionId]);
    } catch {
      // the listener's reconnect re-announces us
    }
  }

  /** Who else is on the desk now (seen within the last 30 s), and on which article. */
  async presence(): Promise<PresenceEntry[]> {
    return this.read(async (client) => {
      await client.query(q.presenceExpire, [PRESENCE_STALE_S * 4]);
      const rows = (
        await client.query<{ session_id: string; editor: string; os_user: string; host: string; article_id: string | null; seen_at: Date }>(
          q.presenceList,
          [PRESENCE_STALE_S],
        )
      ).rows;
      return rows.map((r) => ({
        sessionId: r.session_id,
        editor: r.editor,
        osUser: r.os_user,
        host: r.host,
        articleId: r.article_id,
        seenAt: r.seen_at.toISOString(),
      }));
    });
  }

  /**
   * Closes the desk. Actions still waiting for it are let finish first (nothing acknowledged,
   * nothing dropped) — for at most `waitMs` when given, after which they are given up on
   * (DeskGaveUpError, as `abandonPending`). Never hangs on a connection the network dropped.
   */
  async close(options: { waitMs?: number } = {}): Promise<void> {
    if (this.closed) return;
    if (options.waitMs !== undefined && this.pendingCommits > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const landed = await Promise.race([
        this.queue.then(() => true),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(false), options.waitMs))),
      ]);
      clearTimeout(timer);
      if (!landed) await this.abandonPending();
    }
    await this.queue.catch(() => undefined);
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.listenerRetry) clearTimeout(this.listenerRetry);
    if (this.sealFallback) clearTimeout(this.sealFallback);
    if (this.sealPoll) clearInterval(this.sealPoll);
    // This client's last seal (left to the next sealer if the connection is gone).
    if (this.sealing) await atMost(this.sealing, CLOSE_CONNECTIONS_MS);
    if (this.presenceArticle !== undefined && this.stateNow === 'online') {
      // Gone from the others' presence at once (else they see this editor until it is stale). An
      // outdated client left when it turned outdated.
      await atMost(this.leavePresence(), CLOSE_CONNECTIONS_MS);
    }
    const listener = this.listener;
    this.listener = null;
    if (listener) await atMost(listener.end(), CLOSE_CONNECTIONS_MS);
    await atMost(this.pool.end(), CLOSE_CONNECTIONS_MS);
  }
}
