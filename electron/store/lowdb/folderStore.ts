import { join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { Low } from 'lowdb';
import { Settings, type Article, type AuditEvent, type Claim, type Finding, type Review } from '../../../shared/schema';
import { verifyAuditChainStaged } from '../auditChain';
import {
  META_ID,
  sameRecord,
  StoreConflictError,
  StoreBusyError,
  StoreReadOnlyError,
  StoreUnusableError,
  StoreWriteError,
  tableNames,
  type ArticleRange,
  type ArticleSummaryRecord,
  type BackupInfo,
  type ClaimPageQuery,
  type ClaimWithReview,
  type CommitRequest,
  type FindingQuery,
  type Page,
  type RecordChange,
  type CommitResult,
  type DetachedClaim,
  type StoreNotice,
  type StoreReader,
  type TableName,
  type UndoEntry,
  type WorkspaceMeta,
  type WorkspaceStore,
} from '../port';
import { backgroundSlice } from '../deskCalls';
import { FindingHead, findingHeadSize } from '../findingHead';
import { compareOrdered, groupOf, hashOfFinding, isNotSameFactDismissal, pageWindow, type FindingIndex, type FindingMeta } from '../findingIndex';
import { FindingKeys, FindingKeysBuilder } from '../findingKeys';
import { APPLY_STAGE_RECORDS, checkRecordId, DECIDED, FindingComparison, runStaged, STAGE_RECORDS, WorkspaceState, type PreparedCommit } from '../state';
import { DIR_MODE, DurableJsonFile, FILE_MODE, TEMP_PREFIX, syncDir, writeFileDurably, type StoreFs } from './fsio';
import { ShardedMap } from '../shardedMap';
import { parseJsonStaged } from './jsonStaged';
import { acquireLock, lockHeldByLiveWriter } from './lock';

/**
 * Version of the folder layout (schemaVersion 1 was the single-file workspace; 2 kept findings in 16
 * documents by id hash, 3 keeps them in chunks by stored order, each with an index document; 4 adds
 * the findings head `fhead`, which a version-3 reader would call unreadable — so it says "newer"; 5
 * adds the findings keys `fkeys` (see findingKeys.ts), likewise unknown to a version-4 reader).
 */
export const FOLDER_SCHEMA_VERSION = 5;
/**
 * Folder layouts this version reads (a schemaVersion 2 folder is migrated on its first writing
 * checkpoint; a 3 becomes a 4 at its first checkpoint, when its head is written, and a 3 or 4 a 5 at its
 * first checkpoint, which writes its findings keys).
 */
const READABLE_FOLDER_VERSIONS = [2, 3, 4, 5];
export const MANIFEST_FILE = 'workspace.json';
const DATA_DIR = 'data';
const JOURNAL_DIR = 'journal';
const BACKUP_DIR = 'backups';
/**
 * Buckets of a new workspace (a workspace keeps the counts its manifest was created with). Content buckets are what
 * a lazy open parses on first use: small ones. 1,024 since session 51 (256 before): at 10,000 articles a bucket is ~10
 * articles, and an action right after the open that waits for its bucket's parse was durable at p95 6 ms instead of
 * 36 ms (store.bench.ts); the open took 467 ms instead of 290, a checkpoint rewriting every document 4.5 s instead
 * of 3.3 s (loop.bench.ts), and small workspaces write no more files (an empty bucket has no document).
 */
const BUCKETS = { content: 1024, reviews: 16, findings: 16 } as const;
/**
 * Findings per chunk document (by stored order, i.e. analysis order): a page of findings parses the
 * one or two chunks it falls in. Fixed per workspace (the manifest's `findingChunk`).
 */
export const FINDING_CHUNK = 1000;
let findingChunkOfNewWorkspaces = FINDING_CHUNK;
/** Tests: smaller chunks for the next workspaces created or migrated (small workspaces then span several). */
export function setFindingChunkForNewWorkspaces(size: number): void {
  findingChunkOfNewWorkspaces = size;
}
let findexInBackground = true;
/**
 * Tests: `false` leaves the findings index documents unread after a write open (none read in the
 * background): a query that needs them reads them itself, as one arriving before they were read does.
 */
export function setFindexInBackground(on: boolean): void {
  findexInBackground = on;
}
/** Workspaces with at least this many articles load their content buckets on first use (write opens). */
export const LAZY_CONTENT_ABOVE = 500;
const AUDIT_CHUNK = 4096;
/** How many earlier checkpoints stay restorable. */
export const KEEP_BACKUPS = 5;
const JOURNAL_NAME = /^(\d{12})\.jsonl$/;
/** The writer store of each folder opened by this process. */
const openWriters = new Map<string, LowdbFolderStore>();

export interface Manifest {
  format: 'crosscheck-workspace';
  schemaVersion: number;
  createdAt: string;
  checkpointAt: string;
  /** Every commit up to this one is in the documents; the journal holds the later ones. */
  checkpointSeq: number;
  buckets: { content: number; reviews: number; findings: number };
  /** Findings per `fchunk-NNNNN` document (schemaVersion 3); `findings-NN` documents in schemaVersion 2. */
  findingChunk?: number;
  /** Document key → file name in data/. */
  documents: Record<string, string>;
  /** At the checkpoint; `findings` written since schemaVersion 3 (lets an open answer counts before reading any findings index). */
  counts: { articles: number; claims: number; findings?: number };
}

/** Why a workspace could not be opened: one sentence per language, and nothing on disk changed. */
export class WorkspaceOpenError extends Error {
  constructor(
    readonly code: 'unreadable' | 'newer' | 'missing' | 'not-workspace' | 'retry',
    readonly messages: { vi: string; en: string },
    readonly schemaVersion: number | null = null,
  ) {
    super(messages.en);
    this.name = 'WorkspaceOpenError';
  }
}

function unreadable(path: string, detail: string): WorkspaceOpenError {
  return new WorkspaceOpenError('unreadable', {
    vi: `Không đọc được không gian làm việc ${path} (${detail}). Không có tệp nào bị thay đổi.`,
    en: `The workspace ${path} cannot be read (${detail}). Nothing was changed.`,
  });
}

export function newerError(path: string, version: number): WorkspaceOpenError {
  return new WorkspaceOpenError(
    'newer',
    {
      vi: `Không gian làm việc ${path} được tạo bởi phiên bản Crosscheck mới hơn (schemaVersion ${version}; bản này đọc được đến ${FOLDER_SCHEMA_VERSION}). Hãy cập nhật Crosscheck. Không có tệp nào bị thay đổi.`,
      en: `The workspace ${path} was written by a newer Crosscheck (schemaVersion ${version}; this version reads up to ${FOLDER_SCHEMA_VERSION}). Update Crosscheck. Nothing was changed.`,
    },
    version,
  );
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

type Ordered<T> = [number, T];
interface ContentDoc {
  articles: Ordered<Article>[];
  claims: Claim[];
}
/**
 * Where one article's record and its claims lie in its content document, in bytes: the record's
 * `[ord, article]` (offset, length) and its claims, written one after another in the document's
 * claims array (offset, length of `claim,claim,...`; length 0 for none).
 */
type ArticleSpan = [number, number, number, number];
/**
 * One article of a content bucket as its index document lists it: what the library, the counts and
 * the id lookups need while the bucket itself is not parsed yet (ord, id, title, outlet,
 * publishedAt, source, claim ids), and where it lies in the content document written with the index
 * (absent in indexes written before spans, or beside a content document they do not describe).
 */
export type IndexEntry = [number, string, string | null, string | null, string | null, string, string[], ArticleSpan?];
interface IndexDoc {
  articles: IndexEntry[];
}
/**
 * One finding of a findings chunk as its index document (`findex-NNNNN`) lists it: what the findings
 * index needs while the chunk itself is not parsed (ord, id, status, type, claim ids, article ids —
 * null when they are just its claims' articles — and the signature hash).
 */
type FindexEntry = [number, string, Finding['status'], Finding['type'], string[], string[] | null, number, (0 | 1)?];
/** A finding of an unparsed chunk, as the findings index sees it. */
interface LazyFinding extends FindingMeta {
  ord: number;
}
const FINDING_STATUSES: readonly string[] = ['open', 'resolved', 'dismissed'];

/**
 * A document of a checkpoint built when it is written, from what the capture took (references to
 * records never changed in place, numbers, flags): a checkpoint of every document never holds all of
 * their tuples and index entries at once, which all survived into the old generation and made every
 * minor GC of the capture copy them (blocks of 20-90 ms at 10,000 articles).
 */
class Deferred {
  constructor(readonly build: () => Generator<void, unknown>) {}
}

/** A content bucket as a checkpoint captures it: its articles in map order, their orders and claim lists. */
interface CapturedBucket {
  /** Whether the content document is written too (else only its index). */
  content: boolean;
  articles: Article[];
  ords: number[];
  claims: Claim[][];
  /** Each article's span in the content document, once that document is written whole. */
  spans?: ArticleSpan[];
}

/**
 * A content document to write: the text of `JSON.stringify(ContentDoc)` in pieces (an article's
 * record, an article's claims), each piece's bytes counted as it goes, so that the bucket's index,
 * written after it, says where each article lies and one article can be read without the others.
 */
class ContentPieces {
  constructor(readonly bucket: CapturedBucket) {}

  /** The document these pieces write (JSON.stringify of it gives their text: tests, tools). */
  toJSON(): ContentDoc {
    const b = this.bucket;
    return { articles: b.articles.map((a, i): Ordered<Article> => [b.ords[i]!, a]), claims: b.claims.flat() };
  }

  *pieces(): Generator<string, void> {
    const b = this.bucket;
    const spans: ArticleSpan[] = [];
    let at = 0;
    const put = (text: string) => {
      at += Buffer.byteLength(text, 'utf8');
      return text;
    };
    yield put('{"articles":[');
    for (let i = 0; i < b.articles.length; i++) {
      if (i > 0) yield put(',');
      const start = at;
      yield put(JSON.stringify([b.ords[i]!, b.articles[i]!]));
      spans.push([start, at - start, 0, 0]);
    }
    yield put('],"claims":[');
    let first = true;
    for (let i = 0; i < b.articles.length; i++) {
      const claims = b.claims[i]!;
      if (claims.length > 0 && !first) yield put(',');
      const start = at;
      if (claims.length > 0) {
        yield put(JSON.stringify(claims).slice(1, -1));
        first = false;
      }
      spans[i]![2] = start;
      spans[i]![3] = at - start;
    }
    yield put(']}');
    b.spans = spans;
  }
}

// eslint-disable-next-line require-yield
function* contentDocument(b: CapturedBucket): Generator<void, ContentPieces> {
  return new ContentPieces(b);
}

/** The index document of a content bucket: built when written, after its content document (its spans then known). */
class BucketIndex extends Deferred {
  constructor(readonly bucket: CapturedBucket) {
    super(() => indexDocument(bucket));
  }

  /** The index document as written after its content document (tests, tools: the spans counted here if not yet). */
  toJSON(): IndexDoc {
    if (this.bucket.content && !this.bucket.spans) for (const piece of new ContentPieces(this.bucket).pieces()) void piece;
    return runStaged(indexDocument(this.bucket));
  }
}

// eslint-disable-next-line require-yield
function* indexDocument(b: CapturedBucket): Generator<void, IndexDoc> {
  // Spans only of a content document written whole by this checkpoint (an index written alone
  // leaves the content document as it was: no spans).
  const spans = b.content && b.spans?.length === b.articles.length ? b.spans : undefined;
  return {
    articles: b.articles.map((a, i): IndexEntry => {
      const entry: IndexEntry = [b.ords[i]!, a.id, a.title, a.outlet, a.publishedAt, a.source, b.claims[i]!.map((c) => c.id)];
      if (spans) entry.push(spans[i]!);
      return entry;
    }),
  };
}

/** `bytes` bytes of a file from `at`, as UTF-8 text (short reads continued; the file ending early throws). */
async function readRange(handle: FileHandle, at: number, bytes: number): Promise<string> {
  const buf = Buffer.allocUnsafe(bytes);
  for (let got = 0; got < bytes; ) {
    const { bytesRead } = await handle.read(buf, got, bytes - got, at + got);
    if (bytesRead === 0) throw new Error('document shorter than its index says');
    got += bytesRead;
  }
  return buf.toString('utf8');
}

/** A content bucket's records, checked: articles with their order numbers, claims by article id. */
interface BucketRecords {
  articles: (readonly [number, Article])[];
  claimsOf: Map<string, Claim[]>;
}

/**
 * A whole content document checked (shape, record ids, order numbers), a step every 128 claims:
 * a record that load() would refuse stops the bucket before any record of it goes in.
 */
function* checkContentStaged(data: unknown): Generator<void, BucketRecords> {
  if (!isObject(data) || !Array.isArray(data.articles) || !Array.isArray(data.claims)) throw new Error('content of the wrong shape');
  const articles = (data.articles as unknown[]).map((item) => {
    if (!Array.isArray(item) || typeof item[0] !== 'number') throw new Error('article order number of the wrong shape');
    const a = checkArticle(item[1]);
    checkRecordId('articles', a.id);
    return [item[0] as number, a] as const;
  });
  yield;
  const claimsOf = new Map<string, Claim[]>();
  let n = 0;
  for (const c of data.claims as unknown[]) {
    if ((++n & 127) === 0) yield;
    const claim = checkClaim(c);
    checkRecordId('claims', claim.id);
    const list = claimsOf.get(claim.articleId);
    if (list) list.push(claim);
    else claimsOf.set(claim.articleId, [claim]);
  }
  return { articles, claimsOf };
}

const ARTICLES_OPEN = Buffer.from('{"articles":[');
const CLAIMS_OPEN = Buffer.from('],"claims":[');
const DOCUMENT_CLOSE = Buffer.from(']}');
const COMMA = 0x2c;

/**
 * Whether the spans of these index entries tile this content document exactly as ContentPieces
 * writes it: `{"articles":[` the records one after another with commas, `],"claims":[` each
 * article's claims in turn, `]}` — nothing before, between or after them but those separators. Then
 * parsing each span (and checking it against its entry) reads the same records as parsing the whole.
 */
export function spansCoverDocument(bytes: Buffer, entries: readonly IndexEntry[]): boolean {
  if (entries.length === 0) return false;
  const at = (pos: number, text: Buffer) => pos + text.length <= bytes.length && bytes.compare(text, 0, text.length, pos, pos + text.length) === 0;
  if (!at(0, ARTICLES_OPEN)) return false;
  let pos = ARTICLES_OPEN.length;
  const spans: ArticleSpan[] = [];
  for (let i = 0; i < entries.length; i++) {
    const span = spanOf(entries[i]!);
    if (!span) return false;
    spans.push(span);
    if (i > 0) {
      if (bytes[pos] !== COMMA) return false;
      pos++;
    }
    if (span[0] !== pos || span[1] === 0) return false;
    pos += span[1];
  }
  if (!at(pos, CLAIMS_OPEN)) return false;
  pos += CLAIMS_OPEN.length;
  let first = true;
  for (const span of spans) {
    if (span[3] > 0) {
      if (!first) {
        if (bytes[pos] !== COMMA) return false;
        pos++;
      }
      first = false;
    }
    if (span[2] !== pos) return false;
    pos += span[3];
  }
  return at(pos, DOCUMENT_CLOSE) && pos + DOCUMENT_CLOSE.length === bytes.length;
}

interface SpanRecords {
  article: Article;
  claims: Claim[];
}

/**
 * An article's record and its claims from the text of their spans, checked against the index entry
 * (order number, id, claim ids in order, shapes, ids by pattern); null when anything does not match.
 */
function recordsOfSpan(articleText: string, claimsText: string, entry: IndexEntry): SpanRecords | null {
  try {
    const record = JSON.parse(articleText) as unknown;
    if (!Array.isArray(record) || record.length !== 2 || record[0] !== entry[0]) return null;
    const article = checkArticle(record[1]);
    if (article.id !== entry[1]) return null;
    checkRecordId('articles', article.id);
    const list = claimsText === '' ? [] : (JSON.parse(`[${claimsText}]`) as unknown[]);
    const ids = entry[6];
    if (list.length !== ids.length) return null;
    const claims: Claim[] = [];
    for (let i = 0; i < list.length; i++) {
      const claim = checkClaim(list[i]);
      if (claim.id !== ids[i] || claim.articleId !== article.id) return null;
      checkRecordId('claims', claim.id);
      claims.push(claim);
    }
    return { article, claims };
  } catch {
    return null;
  }
}

/** A span read from an index document, if it is one (four byte counts). */
function spanOf(entry: IndexEntry): ArticleSpan | null {
  const span = entry[7] as unknown;
  if (!Array.isArray(span) || span.length !== 4) return null;
  for (const n of span) if (!Number.isSafeInteger(n) || (n as number) < 0) return null;
  return span as ArticleSpan;
}

interface FindexDoc {
  findings: FindexEntry[];
}

/** Checks a findings index document read from a file (shape, record ids), a step every 128 entries. */
function* checkFindexStaged(data: unknown): Generator<void, void> {
  if (!isObject(data) || !Array.isArray(data.findings)) throw new Error('findings index of the wrong shape');
  const entries = data.findings as unknown[];
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && (i & 127) === 0) yield;
    const entry = entries[i];
    if (!Array.isArray(entry)) throw new Error('findings index entry of the wrong shape');
    const [ord, id, status, type, claimIds, articleIds, hash, dismissal] = entry as FindexEntry;
    if (
      typeof ord !== 'number' ||
      !FINDING_STATUSES.includes(status) ||
      typeof type !== 'string' ||
      !Array.isArray(claimIds) ||
      typeof hash !== 'number' ||
      (dismissal !== undefined && dismissal !== 0 && dismissal !== 1)
    ) {
      throw new Error('findings index entry of the wrong shape');
    }
    checkRecordId('findings', id);
    for (const c of claimIds) checkRecordId('claims', c);
    if (articleIds !== null) {
      if (!Array.isArray(articleIds)) throw new Error('findings index entry of the wrong shape');
      for (const a of articleIds) checkRecordId('articles', a);
    }
  }
}

/**
 * The entries of a findings index document read from a file that `keep` picks: every entry's shape is
 * checked (cheap), the record ids of those picked too (some 5 a finding: what costs) — an entry not
 * picked goes nowhere. Throws on anything checkFindexStaged would refuse in an entry picked, or on a
 * shape it would refuse anywhere.
 */
function pickFindex(data: unknown, keep: (entry: FindexEntry) => boolean): FindexEntry[] {
  if (!isObject(data) || !Array.isArray(data.findings)) throw new Error('findings index of the wrong shape');
  const picked: FindexEntry[] = [];
  for (const entry of data.findings as unknown[]) {
    if (!Array.isArray(entry)) throw new Error('findings index entry of the wrong shape');
    const [ord, id, status, type, claimIds, articleIds, hash, dismissal] = entry as FindexEntry;
    if (
      typeof ord !== 'number' ||
      typeof id !== 'string' ||
      !FINDING_STATUSES.includes(status) ||
      typeof type !== 'string' ||
      !Array.isArray(claimIds) ||
      (articleIds !== null && !Array.isArray(articleIds)) ||
      typeof hash !== 'number' ||
      (dismissal !== undefined && dismissal !== 0 && dismissal !== 1)
    ) {
      throw new Error('findings index entry of the wrong shape');
    }
    if (!keep(entry as FindexEntry)) continue;
    checkRecordId('findings', id);
    for (const c of claimIds) checkRecordId('claims', c);
    for (const a of articleIds ?? []) checkRecordId('articles', a);
    picked.push(entry as FindexEntry);
  }
  return picked;
}

/** The index document of a findings chunk; `derived[i]`: finding i's article ids are its claims' articles. */
function* findexDocument(findings: Ordered<Finding>[], derived: Uint8Array): Generator<void, { findings: FindexEntry[] }> {
  const entries: FindexEntry[] = [];
  for (let i = 0; i < findings.length; i++) {
    // A step every 16 findings: an entry hashes its finding (256 took 18 ms on a loaded machine).
    if (i > 0 && (i & 15) === 0) yield;
    const [ord, f] = findings[i]!;
    entries.push([ord, f.id, f.status, f.type, f.claimIds, derived[i] ? null : (f.articleIds ?? []), hashOfFinding(f), isNotSameFactDismissal(f) ? 1 : 0]);
  }
  return { findings: entries };
}

/** A bucket document holding no record (every list in it empty). */
function isEmptyBucket(data: unknown): boolean {
  return isObject(data) && Object.values(data).every((v) => Array.isArray(v) && v.length === 0);
}

/** Whether two versions of a finding are found under the same keys (claims, own articles). */
function sameKeys(a: Finding, b: Finding): boolean {
  const same = (x: readonly string[] | null | undefined, y: readonly string[] | null | undefined) => (x ?? []).length === (y ?? []).length && (x ?? []).every((v, i) => v === (y ?? [])[i]);
  return same(a.claimIds, b.claimIds) && same(a.articleIds, b.articleIds);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Cheap shape checks for the big tables (a full schema parse of 100k claims costs seconds). */
function checkArticle(a: unknown): Article {
  if (!isObject(a) || typeof a.text !== 'string' || typeof a.source !== 'string') throw new Error('article record of the wrong shape');
  return a as unknown as Article;
}
function checkClaim(c: unknown): Claim {
  if (!isObject(c) || typeof c.articleId !== 'string' || typeof c.start !== 'number' || typeof c.end !== 'number' || typeof c.quote !== 'string') {
    throw new Error('claim record of the wrong shape');
  }
  checkRecordId('articles', c.articleId);
  return c as unknown as Claim;
}
function checkReview(r: unknown): Review {
  if (!isObject(r) || typeof r.claimId !== 'string' || typeof r.status !== 'string') throw new Error('review record of the wrong shape');
  return r as unknown as Review;
}
function checkFinding(f: unknown): Finding {
  if (!isObject(f) || !Array.isArray(f.claimIds) || typeof f.status !== 'string') throw new Error('finding record of the wrong shape');
  for (const id of f.claimIds) checkRecordId('claims', id);
  return f as unknown as Finding;
}

/**
 * Every read of the store port, classified (see gateReads): 'gated' reads wait while a big commit is
 * applied in slices and are answered again when one ran while they were under way; 'absent' ones are
 * optional reads this store does not implement. A read added to StoreReader is a compile error here
 * until it is classified, and folderStore.test.ts checks the classification against the store.
 */
export const READ_GATING: { readonly [K in keyof Required<StoreReader>]: 'gated' | 'absent' } = {
  settings: 'gated',
  meta: 'gated',
  counts: 'gated',
  articleSummaries: 'gated',
  articleSummaryPage: 'gated',
  articles: 'gated',
  articleWithClaims: 'gated',
  claims: 'gated',
  hasClaim: 'gated',
  reviews: 'gated',
  claimPage: 'gated',
  findings: 'gated',
  attentionClaimIds: 'gated',
  findingsSignature: 'gated',
  notSameFactDismissals: 'gated',
  findingChanges: 'gated',
  decidedFindings: 'gated',
  getFindings: 'gated',
  history: 'gated',
  auditLog: 'gated',
  undoTop: 'gated',
  undoDepth: 'gated',
  undoEntries: 'gated',
  detached: 'gated',
  reviewContext: 'absent',
  articleAuditTargets: 'absent',
  auditEditors: 'absent',
};
/** How often a gated read runs while big commits are applied under it before it runs in the commit queue. */
export const GATED_READ_TRIES = 5;
/** How often consistentRead runs its work while commits land before it runs it in the commit queue. */
const CONSISTENT_READ_TRIES = 3;
const GATED_READS = (Object.keys(READ_GATING) as (keyof StoreReader)[]).filter((name) => READ_GATING[name] === 'gated');

/** The background parse of content buckets waits until the store has had no call for this long (ms). */
export const WARM_UP_QUIET_MS = 20;
/**
 * ... but never longer than this (ms): a desk calling more often than every WARM_UP_QUIET_MS
 * (scrolling the claim list, paging findings) still gets a bucket parsed this often, so the parse,
 * and what waits for it (prepareAnalysis, hence an edit's re-analysis), always ends.
 */
export const WARM_UP_MAX_PAUSE_MS = 100;
/** Ids looked at between two turns of the event loop in the passes over a big commit's changes (a mask: 4,096). */
const BIG_LIST_STEP = 4095;
const turn = () => new Promise<void>((r) => setImmediate(r));
/**
 * A turn that lands in the next iteration of the event loop wherever it is asked from. `turn` asked from an I/O
 * callback (a read's completion) runs in the same iteration's check phase, right after it: one block with it.
 */
const nextIteration = () => new Promise<void>((r) => setImmediate(() => setImmediate(r)));
/** Findings a commit removes or moves between status groups above which the findings index is built again. */
export const INDEX_REBUILD_ABOVE = 2000;
/** Longest synchronous step of a big commit, of a checkpoint's capture (ms). */
const SLICE_MS = 8;
/**
 * Longest synchronous step (ms) of loading a content bucket's or a findings index document's
 * records (after the open, in the background or for a call): half a SLICE_MS, so that a step, a
 * scavenge and the parse of the next document in the same turn of the event loop stay under 16 ms of
 * the thread's own time. (The findings index's build keeps SLICE_MS: findings queries wait for it.)
 */
const BACKGROUND_SLICE_MS = 4;
/**
 * Content buckets written before their index gave spans that a checkpoint rewrites (when parsed) on
 * top of what changed: at 10,000 articles some 320 articles, 4 MB, a checkpoint.
 */
const SPAN_UPGRADES_PER_CHECKPOINT = 32;
/** Articles an action or a read needs above which their buckets are parsed whole rather than each read on its own. */
const ALONE_MAX_ARTICLES = 8;
/** Journal lines of at least this many bytes are parsed in slices (parseJsonStaged). */
const BIG_LINE_BYTES = 256 * 1024;
/**
 * Documents of at least this many bytes are parsed in slices: the staged parse costs a few times a
 * JSON.parse, which takes some 5-10 ms for a document of 1-2 MB (an audit document of 4,096 events,
 * a findings chunk, a content bucket); reviews documents of a big desk reach several MB.
 */
const BIG_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** Documents of at least this many bytes (and under BIG_DOCUMENT_BYTES) are decoded and parsed in two turns of the event loop. */
const SPLIT_PARSE_BYTES = 256 * 1024;
/** Bytes of a journal segment searched for a line's end between two looks at the slice's time (see `lineEnd`). */
const LINE_SCAN_BYTES = 1024 * 1024;
/** Characters of a journal line serialized between two writes (a big commit's line is written in pieces). */
const JOURNAL_PIECE_CHARS = 256 * 1024;

let slicing = true;
/**
 * Bench only: `false` checks, writes and applies a big commit and captures a checkpoint at once,
 * as before (the baseline of tests/bench/store.bench.ts).
 */
export function setCommitSlicing(on: boolean): void {
  slicing = on;
}

let warmUpPause = true;
/** Bench only: `false` lets the background parse go on while the desk calls (the baseline). */
export function setWarmUpPause(on: boolean): void {
  warmUpPause = on;
}

/** Runs a staged computation for about `ms`; true when it is done. */
function runFor(stages: Generator<void, void>, ms: number): boolean {
  if (!slicing) return (runStaged(stages), true);
  const until = performance.now() + ms;
  for (;;) {
    if (stages.next().done) return true;
    if (performance.now() >= until) return false;
  }
}

/**
 * Runs a staged computation in slices of about `ms` with the event loop free in between (none when it fits in one);
 * exported for tests.
 */
export async function inSlices<T>(stages: Generator<void, T>, ms: number): Promise<T> {
  if (!slicing) return runStaged(stages);
  for (;;) {
    // Shorter while a call of the desk is in flight (see deskCalls.ts).
    const until = performance.now() + backgroundSlice(ms);
    for (;;) {
      const step = stages.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await new Promise<void>((r) => setImmediate(r));
  }
}

/**
 * The journal line of a commit, in pieces: the same JSON as `JSON.stringify(prepared)` (its records
 * last) and a newline, each piece a bounded part of the records (a small commit is one piece).
 */
export function* journalLine(prepared: PreparedCommit, written?: (records: number) => void): Generator<Buffer, void> {
  const { set, ...rest } = prepared;
  const head = JSON.stringify(rest);
  let text = `${head.slice(0, -1)},"set":[`;
  for (let i = 0; i < set.length; i++) {
    text += (i > 0 ? ',' : '') + JSON.stringify(set[i]);
    if (slicing && text.length >= JOURNAL_PIECE_CHARS) {
      written?.(i + 1);
      yield Buffer.from(text, 'utf8');
      text = '';
    }
  }
  yield Buffer.from(`${text}]}\n`, 'utf8');
}

/**
 * Commits with at least this many changes are checked before their turn in the commit queue, and
 * smaller ones asked for meanwhile go first (see commitAhead).
 */
export const OVERTAKE_ABOVE = 2000;

let overtaking = true;
/** Bench, tests: `false` keeps every commit in the order asked for (the baseline: an action waits for all of a big commit). */
export function setOvertaking(on: boolean): void {
  overtaking = on;
}

const recordKey = (table: string, id: string) => `${table}\u0000${id}`;

/**
 * How far a big commit is (CommitRequest.progress): its records checked, written to the journal and
 * applied to memory, each stage weighed by its share of the time of the findings commit of an import
 * (session 71, the store's steps timed in an import of 1,000 generated articles, 34,633 findings: check
 * 0.1–0.2 s, journal 1.4–1.6 s, apply 0.6–0.9 s). Told as a share that only grows; a commit small
 * enough to be applied at once tells nothing.
 */
class CommitProgress {
  private static readonly STAGES = { check: [0, 0.08], write: [0.08, 0.57], apply: [0.65, 0.35] } as const;
  private told = 0;

  constructor(
    private readonly records: number,
    private readonly listener: (share: number) => void,
  ) {}

  /** `done` of the commit's records went through `stage`. */
  at(stage: keyof typeof CommitProgress.STAGES, done: number): void {
    const [start, weight] = CommitProgress.STAGES[stage];
    const share = start + weight * Math.min(1, done / Math.max(1, this.records));
    if (share <= this.told) return;
    this.told = share;
    // Advisory: a listener that throws must not fail a commit (in the apply stage it would leave memory behind the
    // journal line already written).
    try {
      this.listener(share);
    } catch {
      // ignored
    }
  }

  /** The progress of `request`, when it asks for one and is big enough to be applied in slices. */
  static of(request: CommitRequest): CommitProgress | undefined {
    const listener = request.progress;
    return listener && request.changes.length >= OVERTAKE_ABOVE ? new CommitProgress(request.changes.length, listener) : undefined;
  }
}

/** `stages`, telling `told` how many records went through after each yield (`perYield` records a yield). */
function* counted<T>(stages: Generator<void, T>, perYield: number, told: ((records: number) => void) | undefined): Generator<void, T> {
  if (told === undefined) return yield* stages;
  let records = 0;
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
    records += perYield;
    told(records);
    yield;
  }
}

export function* recordKeys(changes: readonly { table: string; id: string }[]): Generator<void, RecordKeys> {
  // Sharded (as the state's maps by id): a plain Set of a full analysis's 160,000 keys rehashed them all
  // in one step past 131,072 (17-19 ms on the event loop), which the yields here cannot split.
  const keys = new ShardedMap<true>();
  let n = 0;
  for (const c of changes) {
    if ((++n & 1023) === 0) yield;
    keys.set(recordKey(c.table, c.id), true);
  }
  return keys;
}
/** The record keys of a big commit (recordKeys): asked whether they hold a key. */
export type RecordKeys = Pick<ShardedMap<true>, 'has' | 'size'>;

/** The record ids and tables of a journal line, checked in steps (a full analysis's line lists 100k records and more). */
function* checkJournalSet(set: PreparedCommit['set']): Generator<void, void> {
  let n = 0;
  for (const s of set) {
    if ((++n & 1023) === 0) yield;
    if (!(tableNames as readonly string[]).includes(s.table)) throw new Error(`unknown table ${s.table}`);
    checkRecordId(s.table, s.id);
  }
}

export interface FolderStoreOptions {
  fs: StoreFs;
  readOnly: boolean;
  /** Checkpoint once the journal holds this many commits or bytes (whichever first). */
  checkpointAfter?: { commits: number; bytes: number };
  now?: () => Date;
  /**
   * Write opens of a workspace with at least this many articles (default LAZY_CONTENT_ABOVE) parse
   * its content buckets (article text + claims) on first use instead of at open; their index
   * documents answer the library, the counts and the id lookups meanwhile. Read-only opens of such
   * a workspace also read the findings only when asked for them. A document a reader reads late is
   * kept by the running app's backups for its last 5 checkpoints; should it vanish even so, the
   * reader is told to run the command again.
   */
  lazyContentAbove?: number;
  /** After a lazy write open, parse the content buckets in the background (default true). */
  warmUp?: boolean;
  /**
   * Longest synchronous step (ms, default SLICE_MS) of a big commit's check, journal line and
   * apply, and of a checkpoint's capture; 0 (tests) turns the event loop at every step.
   */
  sliceMs?: number;
}

/**
 * The meta change a restore commits: `claimsRevision` moves past the replaced state's, the backup's
 * and the stored one's, so an analysis that read the claims before the restore (and stores the
 * revision it read) can never mark its findings as answering the restored claims. The backup's
 * findings stay trusted when they answered its claims and nothing landed on them since the restore
 * (`findingsRevision` moves with it), else they stay behind (the next open analyses everything).
 */
function restoredRevision(replaced: WorkspaceMeta, restored: WorkspaceMeta, stored: WorkspaceMeta): Extract<RecordChange, { table: 'meta' }> {
  const top = Math.max(replaced.claimsRevision ?? 0, restored.claimsRevision ?? 0, stored.claimsRevision ?? 0) + 1;
  // Another commit landed on the restored state first (an analysis' findings, say): not trusted.
  const answered = stored === restored && (restored.findingsRevision ?? 0) === (restored.claimsRevision ?? 0);
  return { table: 'meta', id: META_ID, before: stored, after: { ...stored, claimsRevision: top, findingsRevision: answered ? top : (restored.findingsRevision ?? 0) } };
}

/**
 * The lowdb adapter of the store port: a workspace FOLDER.
 *
 *   workspace.json          manifest (format, schemaVersion 2, checkpoint seq, document files)
 *   data/*.json             lowdb documents: content-NN (articles + their claims, by article),
 *                           reviews-NN, findings-NN, detached, settings (+ meta), undo, audit-NNNNNN
 *   journal/<seq>.jsonl     one line per commit since the checkpoint, fsynced before acknowledging
 *   backups/manifest-<seq>.json   earlier checkpoints (their documents are kept until rotated out)
 *   lock                    the writer's pid, host and start time
 *
 * A commit is decided in memory without touching it (`prepare`), written as one journal line and
 * fsynced, and only then applied to memory: a failed write leaves memory as it was, so a retry
 * really retries. Checkpoints write the changed documents under new names, then a new manifest
 * (temp + fsync + rename + fsync folder), then drop the journal they cover: a crash at any point
 * leaves the previous manifest and a journal that still covers everything after it.
 */
export class LowdbFolderStore extends WorkspaceState implements WorkspaceStore {
  readonly notices: StoreNotice[] = [];
  private manifest!: Manifest;
  private journal: FileHandle | null = null;
  private journalFile = '';
  /** Bytes of the current journal segment known to be whole lines. */
  private journalGoodSize = 0;
  /** A failed append could not be cut off again: no commit until it is. */
  private journalNeedsRepair = false;
  private sinceCheckpoint = { commits: 0, bytes: 0 };
  private dirty = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private checkpointRun: Promise<void> | null = null;
  /** Restores run one at a time (restoreBackup): the last one asked for, settled or not. */
  private restoreChain: Promise<void> = Promise.resolve();
  /** The running checkpoint has captured its documents and writes them (outside the commit queue). */
  private checkpointWriting = false;
  private releaseLock: (() => Promise<void>) | null = null;
  private closed = false;
  /** Set when a restore's reload failed (see restoreBackup): every read and commit is refused with it. */
  private unusable: StoreUnusableError | null = null;
  private bucketCache = new Map<string, number>();
  /** Last checkpoint error, kept for diagnostics (the journal still holds everything). */
  lastCheckpointError: unknown = null;
  /** What this opening replayed from the journal (commits after the last checkpoint). */
  readonly replayed = { commits: 0, bytes: 0 };
  /** Content buckets not parsed yet: key → document file name. */
  private lazyContent = new Map<string, string>();
  private loadingContent = new Map<string, Promise<void>>();
  /** The index entries of the buckets not parsed yet, by bucket; articles and claims by id. */
  private lazyIndex = new Map<string, IndexEntry[]>();
  private lazyArticles = new Map<string, IndexEntry>();
  private lazyClaims = new ShardedMap<string>();
  /**
   * Articles of a bucket not parsed yet that were read on their own (their span in its document):
   * the bucket's parse leaves them (and their claims) as they are in memory now.
   */
  private loadedAlone = new Set<string>();
  private loadingAlone = new Map<string, Promise<boolean>>();
  /** Content buckets whose index gives no spans (written before them): rewritten a few at each checkpoint once parsed. */
  private spanless = new Set<string>();
  /** Findings documents not read yet (read-only opens): key → file name; read all at once when asked. */
  private lazyFindings = new Map<string, string>();
  private loadingFindings: Promise<void> | null = null;
  /** Findings chunks not parsed yet: key → document file name (parsed when a query or a commit needs them). */
  private lazyFindingChunks = new Map<string, string>();
  private loadingFindingChunks = new Map<string, Promise<void>>();
  /** Findings index documents not read yet: read after the open, before the first findings query. */
  private pendingFindex = new Map<string, string>();
  private loadingFindex: Promise<void> | null = null;
  /** The findings of unparsed chunks, from their index documents. */
  private lazyFindingMeta = new ShardedMap<LazyFinding>();
  /**
   * The findings head (`fhead` document): the first findings of each status group and the counts,
   * kept up to date by every finding change; answers the findings panel's first page and counts
   * while the findings index is not built yet. Null when the workspace has none (written before it).
   */
  private findingHead: FindingHead | null = null;
  /**
   * The findings keys (`fkeys` document, see findingKeys.ts), read on the first query by claim or
   * article that comes before the findings index has every reference (null: none, or unreadable).
   */
  private findingKeys: { name: string; keys: Promise<FindingKeys | null> } | null = null;
  /**
   * No finding and no claim has changed since the documents were loaded (no journal line replayed
   * one, no commit): the findings index documents of the checkpoint still describe every finding,
   * and its findings keys name, for every claim and article, the chunks that may hold its findings.
   */
  private findingsAsLoaded = true;
  /** Queries by claim or article reading by the findings keys: the background read of the findings index documents waits for them. */
  private keyReads = 0;
  private keyReadsDone: Promise<void> = Promise.resolve();
  private endKeyReads: () => void = () => undefined;
  /** Document keys the next checkpoint drops from the manifest (schemaVersion 2 findings documents). */
  private retiredKeys = new Set<string>();
  /** The background parse of the content buckets (warmUp), while it runs. */
  private warming: Promise<void> | null = null;
  /** The findings index built in the background (indexFindingsInBackground), while it runs. */
  private indexing: Promise<void> | null = null;
  /** Bumped when the state is loaded again (restore): a warm-up of the earlier state stops. */
  private generation = 0;
  /** A big commit being applied to memory in slices (durable already): gated reads wait for it. */
  private applying: Promise<void> | null = null;
  /** Bumped when a big commit starts being applied in slices: a gated read under way answers again. */
  private applyEpoch = 0;
  /** When a read or a commit last came in (performance.now()); commits called and not answered yet. */
  private lastCallAt = Number.NEGATIVE_INFINITY;
  private commitsWaiting = 0;

  private constructor(
    readonly location: string,
    private readonly options: FolderStoreOptions,
  ) {
    super();
    // Replayed journal lines mark what they change, like commits: the next checkpoint writes it.
    this.onDirty = (table, id, record, previous, previousOrd) => this.markDirty(table, id, record, previous, previousOrd);
    this.gateReads();
  }

  /**
   * Every read of the port answers from ONE state: before a big commit applied in slices
   * (applyInSlices) or after all of it, never from half of it. A read arriving while such a commit is
   * applied waits for it; a read under way when one starts (awaiting a chunk or bucket read, the
   * findings index build) may resume between two slices, so its answer is kept only when no apply
   * ran while it was under way (`applyEpoch` unchanged, none running), else the read runs again.
   * Without a big commit around, a read is called at once (no extra event-loop turn).
   */
  private gateReads(): void {
    const self = this as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of GATED_READS) {
      const read = self[name];
      if (typeof read !== 'function') throw new Error(`gated read ${name} is not a method of the store`);
      // One try: its answer (or error) when no apply ran while it was under way, else `again`.
      const again = Symbol('again');
      const once = async (args: unknown[]): Promise<unknown> => {
        while (this.applying !== null) await this.applying;
        if (this.unusable) throw this.unusable;
        const epoch = this.applyEpoch;
        // A backup restored during the read (it empties the maps and reloads) moves the generation only.
        const generation = this.generation;
        const whole = () => this.applying === null && this.applyEpoch === epoch && this.generation === generation;
        let answer: unknown;
        try {
          answer = await read.apply(this, args);
        } catch (e) {
          if (whole()) throw e;
          return again;
        }
        return whole() ? answer : again;
      };
      const gated = async (...args: unknown[]): Promise<unknown> => {
        this.lastCallAt = performance.now();
        // Bounded: a read overtaken by big commits again and again (a long analysis landing its
        // findings) runs in the commit queue after GATED_READ_TRIES, where no commit applies.
        for (let attempt = 0; attempt < GATED_READ_TRIES; attempt++) {
          const answer = await once(args);
          if (answer !== again) return answer;
        }
        const answer = await this.exclusive(() => once(args));
        if (answer !== again) return answer;
        // Not even there: the state moved outside the queue (it cannot, short of a defect); say so
        // instead of answering from a mixed state or trying for ever.
        throw new StoreBusyError(name);
      };
      self[name] = gated;
    }
  }

  /** Whether `name` is a read of this store wrapped by gateReads (tests). */
  isGatedRead(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this, name) && (GATED_READS as readonly string[]).includes(name);
  }

  get readOnly(): boolean {
    return this.options.readOnly;
  }

  private get fs(): StoreFs {
    return this.options.fs;
  }

  private get sliceMs(): number {
    return this.options.sliceMs ?? SLICE_MS;
  }

  private get backgroundSliceMs(): number {
    return Math.min(this.sliceMs, BACKGROUND_SLICE_MS);
  }

  private now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  // ------------------------------------------------------------------ create / open

  /**
   * Creates a new workspace folder (empty, or holding `seed`, e.g. a migrated v1 workspace) and
   * writes its first checkpoint. The folder must not exist or be empty.
   */
  static async create(folder: string, fs: StoreFs, seed?: (state: WorkspaceState) => void, now: () => Date = () => new Date()): Promise<void> {
    await fs.mkdir(folder, { recursive: true, mode: DIR_MODE });
    for (const sub of [DATA_DIR, JOURNAL_DIR, BACKUP_DIR]) await fs.mkdir(join(folder, sub), { mode: DIR_MODE });
    const store = new LowdbFolderStore(folder, { fs, readOnly: false, now });
    seed?.(store);
    const at = now().toISOString();
    store.manifest = {
      format: 'crosscheck-workspace',
      schemaVersion: FOLDER_SCHEMA_VERSION,
      createdAt: at,
      checkpointAt: at,
      checkpointSeq: store.seq,
      buckets: { ...BUCKETS },
      findingChunk: findingChunkOfNewWorkspaces,
      documents: {},
      counts: { articles: 0, claims: 0 },
    };
    // Built at once, for the findings head document (a new or migrated workspace: no desk waits).
    store.findingIndex.buildNow();
    const docs = store.captureDocuments(store.allDocumentKeys());
    // An empty bucket needs no document until something lands in it (a new workspace would
    // otherwise write and fsync some 550 empty files).
    for (const [key, data] of docs) {
      const empty = data instanceof ContentPieces || data instanceof BucketIndex ? data.bucket.articles.length === 0 : isEmptyBucket(data);
      if (/^(content|index|reviews|fchunk|findex)-/.test(key) && empty) docs.delete(key);
    }
    const documents = await store.writeDocuments(docs, store.seq);
    store.manifest = { ...store.manifest, documents, counts: { articles: store.articleMap.size, claims: store.claimMap.size, findings: store.findingsById.size } };
    for (const sub of [DATA_DIR, JOURNAL_DIR, BACKUP_DIR]) await syncDir(fs, join(folder, sub));
    await writeFileDurably(fs, join(folder, MANIFEST_FILE), JSON.stringify(store.manifest, null, 1));
  }

  /** Opens an existing workspace folder (its manifest must exist). */
  static async open(folder: string, options: FolderStoreOptions): Promise<LowdbFolderStore> {
    const store = new LowdbFolderStore(folder, options);
    if (!options.readOnly) {
      // Re-opened by this very process (the e2e bridge's "restart", tests): the earlier store is
      // closed first, so there is still one writer, and it is the newest.
      await openWriters.get(folder)?.close();
      const lock = await acquireLock(options.fs, folder);
      store.releaseLock = lock.release;
      if (lock.takenOver) store.notices.push({ kind: 'stale-lock-taken', pid: lock.takenOver.pid, host: lock.takenOver.host });
    }
    try {
      // A reader racing a checkpoint can see documents or journal lines vanish: start again.
      for (let attempt = 0; ; attempt++) {
        try {
          await store.loadAll();
          break;
        } catch (e) {
          if (!(e instanceof WorkspaceOpenError && e.code === 'retry') || attempt >= 4) throw e;
          store.reset();
        }
      }
      if (!options.readOnly) await store.prepareForWriting();
    } catch (e) {
      await store.releaseLock?.();
      throw e;
    }
    if (!options.readOnly) {
      openWriters.set(folder, store);
      // The findings index is built after the open, in the background (a query before it is done
      // finishes it and waits): neither the open nor the desk's first findings query pays for all of it.
      store.indexFindingsInBackground();
      store.warmUp();
      // A schemaVersion 2 workspace: its findings go to chunks now, in the background (the next
      // open then parses none of them).
      if (store.retiredKeys.size > 0) setTimeout(() => void store.checkpoint().catch(() => undefined), 0);
    }
    return store;
  }

  private reset(): void {
    this.generation++;
    this.articleMap.clear();
    this.claimMap.clear();
    this.reviewsById.clear();
    this.findingsById.clear();
    this.detachedById.clear();
    this.audit.length = 0;
    this.undoStack = [];
    this.redoStack = [];
    this.seq = 0;
    this.notices.length = 0;
    this.replayed.commits = 0;
    this.replayed.bytes = 0;
    this.dirty.clear();
    this.lazyContent.clear();
    this.loadingContent.clear();
    this.lazyIndex.clear();
    this.lazyArticles.clear();
    this.lazyClaims.clear();
    this.loadedAlone.clear();
    this.loadingAlone.clear();
    this.spanless.clear();
    this.lazyFindings.clear();
    this.loadingFindings = null;
    this.lazyFindingChunks.clear();
    this.loadingFindingChunks.clear();
    this.pendingFindex.clear();
    this.loadingFindex = null;
    this.lazyFindingMeta.clear();
    this.findingHead = null;
    this.findingKeys = null;
    this.findingsAsLoaded = true;
    this.retiredKeys.clear();
    this.clearIndexes();
  }

  private async readManifest(file: string): Promise<Manifest> {
    let text: string;
    try {
      text = await this.fs.readFile(file, 'utf8');
    } catch (e) {
      throw unreadable(this.location, `${MANIFEST_FILE}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw unreadable(this.location, `${MANIFEST_FILE} is not JSON`);
    }
    if (!isObject(parsed) || parsed.format !== 'crosscheck-workspace') throw unreadable(this.location, `${MANIFEST_FILE} is not a Crosscheck manifest`);
    if (typeof parsed.schemaVersion === 'number' && parsed.schemaVersion > FOLDER_SCHEMA_VERSION) throw newerError(this.location, parsed.schemaVersion);
    if (!READABLE_FOLDER_VERSIONS.includes(parsed.schemaVersion as number) || typeof parsed.checkpointSeq !== 'number' || !isObject(parsed.documents)) {
      throw unreadable(this.location, `${MANIFEST_FILE} has an unknown layout`);
    }
    for (const name of Object.values(parsed.documents)) {
      if (typeof name !== 'string' || !/^[a-z]+(-\d+)?\.\d+\.json$/.test(name)) throw unreadable(this.location, `bad document name in ${MANIFEST_FILE}`);
    }
    return parsed as unknown as Manifest;
  }

  /**
   * JSON text of a journal line or document: one of `big` bytes or more in slices; a document of SPLIT_PARSE_BYTES or
   * more decoded and parsed in two turns (journal lines are staged from that size already).
   */
  private async parseBytes(bytes: Buffer, big = BIG_LINE_BYTES): Promise<unknown> {
    if (bytes.length >= big) return inSlices(parseJsonStaged(bytes), this.sliceMs);
    if (bytes.length < SPLIT_PARSE_BYTES) return JSON.parse(bytes.toString('utf8'));
    // The UTF-8 decode and the parse in two iterations of the event loop: for an audit document of 4,096 events (1.4
    // MB, Vietnamese text) each takes 5-8 ms. The decode runs in the read's completion (an I/O callback): a plain
    // `turn` from there ran the parse in the same iteration, one block with it (profiled at 10,000 articles: 17-21 ms).
    // The document is then handed on in a later iteration too, so that what the caller does with it (a
    // document's load into the state) is not one block with its parse.
    const text = bytes.toString('utf8');
    await nextIteration();
    const data: unknown = JSON.parse(text);
    await turn();
    return data;
  }

  /** A document, parsed (with `raw`, its bytes). */
  private async readDocument(name: string, raw = false): Promise<unknown> {
    const parse = raw ? (bytes: Buffer) => Promise.resolve(bytes) : (bytes: Buffer) => this.parseBytes(bytes, BIG_DOCUMENT_BYTES);
    const db = new Low<unknown>(new DurableJsonFile<unknown>(this.fs, join(this.location, DATA_DIR, name), parse), null);
    try {
      await db.read();
    } catch (e) {
      throw unreadable(this.location, `${DATA_DIR}/${name}: ${e instanceof SyntaxError ? 'not JSON' : String((e as NodeJS.ErrnoException).code ?? e)}`);
    }
    // Gone: a checkpoint of the running app replaced it while we read (read-only opens).
    if (db.data === null) throw new WorkspaceOpenError('retry', { vi: '', en: `${name} vanished` });
    return db.data;
  }

  /**
   * Loads the documents a manifest names into this (empty) state. With `lazy`, a content bucket
   * that has an index document is only noted: its index is loaded instead, and the bucket is parsed
   * on first use (`ensureBuckets`); so is a findings chunk with its index document (read after the
   * open). With `deferFindings` (read-only opens) findings are read only when asked, even when the
   * content is not lazy.
   */
  private async loadDocuments(manifest: Manifest, lazy = false, deferFindings = false): Promise<void> {
    const entries = Object.entries(manifest.documents);
    const indexed = (key: string) => key.startsWith('content-') && manifest.documents[`index-${key.slice('content-'.length)}`] !== undefined;
    const findexed = (key: string) => key.startsWith('fchunk-') && manifest.documents[`findex-${key.slice('fchunk-'.length)}`] !== undefined;
    // Read sequentially into the state (parsing is synchronous anyway); keeps memory peaks low.
    const audit: AuditEvent[] = [];
    for (const [key, name] of entries) {
      if (lazy && indexed(key)) {
        this.lazyContent.set(key, name);
        continue;
      }
      if ((lazy || deferFindings) && findexed(key)) {
        this.lazyFindingChunks.set(key, name);
        continue;
      }
      if (key.startsWith('findex-')) {
        // Read after the open (findings queries wait for it), only for a chunk left unparsed.
        if ((lazy || deferFindings) && findexed(`fchunk-${key.slice('findex-'.length)}`)) this.pendingFindex.set(key, name);
        continue;
      }
      // Read on the first query by claim or article that needs it (findingsByKeys).
      if (key === 'fkeys') continue;
      if (key === 'fhead') {
        // A damaged head is only a lost shortcut: the findings index answers, the next checkpoint rewrites it.
        try {
          // Written by the same checkpoint as the manifest: a head counting other findings is stale.
          const count = manifest.counts?.findings;
          this.findingHead = FindingHead.parse(await this.readDocument(name), undefined, typeof count === 'number' ? count : undefined);
        } catch (e) {
          // A reader may race a running checkpoint that retired the file: read again. A writer holds
          // the lock, so a head file gone missing is just a lost shortcut too.
          if (e instanceof WorkspaceOpenError && e.code === 'retry' && this.options.readOnly) throw e;
          this.findingHead = null;
        }
        continue;
      }
      if (deferFindings && key.startsWith('findings-')) {
        this.lazyFindings.set(key, name);
        continue;
      }
      // An index is only needed for a bucket left unparsed.
      if (key.startsWith('index-') && !(lazy && indexed(`content-${key.slice('index-'.length)}`))) continue;
      const data = await this.readDocument(name);
      try {
        this.loadDocument(key, data, audit);
      } catch (e) {
        throw unreadable(this.location, `${DATA_DIR}/${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    audit.sort((a, b) => a.seq - b.seq);
    // A turn first: the last document's parse (an audit document: some 7 ms) and the first slice
    // were one block.
    await turn();
    await inSlices(this.loadAuditStaged(audit), this.sliceMs);
  }

  // ------------------------------------------------------------------ content parsed on first use

  /** Parses these content buckets if they are not yet (each once, even when asked concurrently). */
  private async ensureBuckets(keys: Iterable<string>): Promise<void> {
    const runs: Promise<void>[] = [];
    for (const key of new Set(keys)) {
      const name = this.lazyContent.get(key);
      if (name === undefined) continue;
      let run = this.loadingContent.get(key);
      if (!run) {
        const started: Promise<void> = this.parseBucket(key, name).finally(() => {
          // A restore meanwhile (reset) may have started another parse of this key: that one stays.
          if (this.loadingContent.get(key) === started) this.loadingContent.delete(key);
        });
        this.loadingContent.set(key, (run = started));
      }
      runs.push(run);
    }
    if (runs.length > 0) await Promise.all(runs);
  }

  /** A document read after the open (content, deferred findings); a reader sees one vanish when the app checkpointed meanwhile. */
  private async readLater(name: string, raw = false): Promise<unknown> {
    try {
      return await this.readDocument(name, raw);
    } catch (e) {
      if (!(e instanceof WorkspaceOpenError && e.code === 'retry')) throw e;
      throw new WorkspaceOpenError('retry', {
        vi: `Không gian làm việc ${this.location} vừa thay đổi trong lúc đọc (ứng dụng đang lưu); hãy chạy lại lệnh. Không có tệp nào bị thay đổi.`,
        en: `The workspace ${this.location} changed while it was being read (the app is saving); run the command again. Nothing was changed.`,
      });
    }
  }

  /** Reads the findings documents a read-only open left aside (each once). */
  private ensureFindings(): Promise<void> {
    if (this.lazyFindings.size === 0) return Promise.resolve();
    this.loadingFindings ??= (async () => {
      const loaded: [string, unknown][] = [];
      for (const [key, name] of this.lazyFindings) loaded.push([key, await this.readLater(name)]);
      for (const [key, data] of loaded) {
        try {
          this.loadDocument(key, data, []);
        } catch (e) {
          throw unreadable(this.location, `${DATA_DIR}/${this.lazyFindings.get(key)}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      this.lazyFindings.clear();
      // Indexed from scratch with every finding in.
      this.findingIndex.reset();
    })().finally(() => {
      this.loadingFindings = null;
    });
    return this.loadingFindings;
  }

  // ------------------------------------------------------------------ findings chunks parsed on first use

  private get findingChunk(): number {
    return this.manifest.findingChunk ?? findingChunkOfNewWorkspaces;
  }

  /** The chunk document of a finding with this stored order. */
  private chunkOf(ord: number): string {
    return `fchunk-${pad(Math.floor(ord / this.findingChunk), 5)}`;
  }

  /**
   * A schemaVersion 2 workspace opened for writing: its findings (read from the `findings-NN`
   * documents) go to chunks at the next checkpoint, which drops the old documents from the manifest.
   */
  private migrateLegacyFindings(): void {
    const legacy = Object.keys(this.manifest.documents).filter((k) => k.startsWith('findings-'));
    if (legacy.length === 0) return;
    this.manifest = { ...this.manifest, findingChunk: this.manifest.findingChunk ?? findingChunkOfNewWorkspaces };
    for (const ord of this.order.findings.values()) this.dirty.add(this.chunkOf(ord));
    for (const k of legacy) this.retiredKeys.add(k);
  }

  /** Reads the findings index documents left for after the open (each once; the event loop is free between two). */
  private ensureFindingMeta(): Promise<void> {
    if (this.pendingFindex.size === 0) return Promise.resolve();
    if (this.loadingFindex) return this.loadingFindex;
    const generation = this.generation;
    const run = (async () => {
      for (const [key, name] of [...this.pendingFindex]) {
        await new Promise<void>((r) => setImmediate(r));
        // A query by claim or article reading the few documents it needs goes first (findingsByKeys).
        while (this.keyReads > 0) await this.keyReadsDone;
        if (this.generation !== generation || this.closed) return;
        if (!this.pendingFindex.has(key)) continue;
        if (!this.lazyFindingChunks.has(`fchunk-${key.slice('findex-'.length)}`)) {
          // Its chunk was parsed meanwhile (a page answered from the findings head): nothing to read.
          this.pendingFindex.delete(key);
          continue;
        }
        const data = await this.readLater(name);
        // Parsed in one task, checked in slices (its record ids: ~5 a finding, some 10 ms for a
        // chunk of 1,000 at once), then loaded in slices too (see parseBucket).
        await turn();
        if (this.generation !== generation || !this.pendingFindex.has(key)) continue;
        try {
          await inSlices(checkFindexStaged(data), this.backgroundSliceMs);
          if (this.generation !== generation || !this.pendingFindex.has(key)) continue;
          // Loaded in slices too (1,000 entries at once: blocks of 10-30 ms with their scavenges).
          await inSlices(this.loadFindexStaged(key, data as FindexDoc, generation), this.backgroundSliceMs);
          if (this.generation !== generation) continue;
        } catch (e) {
          throw unreadable(this.location, `${DATA_DIR}/${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
        this.pendingFindex.delete(key);
      }
    })();
    const promise = run.finally(() => {
      if (this.loadingFindex === promise) this.loadingFindex = null;
    });
    this.loadingFindex = promise;
    return promise;
  }

  /**
   * The entries of a findings index document (checked) into the findings of unparsed chunks, a step
   * every 128. Stops when its chunk is parsed meanwhile (a findings page answered from the head: the
   * chunk's findings then replace the entries loaded so far) or a restore reloaded the state.
   */
  private *loadFindexStaged(key: string, data: FindexDoc, generation: number): Generator<void, void> {
    const chunk = `fchunk-${key.slice('findex-'.length)}`;
    const entries = data.findings;
    for (let i = 0; i < entries.length; i++) {
      if (i > 0 && (i & 127) === 0) {
        yield;
        if (this.generation !== generation) return;
      }
      if (!this.lazyFindingChunks.has(chunk)) return;
      const [ord, id, status, type, claimIds, articleIds, hash, dismissal] = entries[i]!;
      // Written before the entries said whether a dismissal is "not the same fact": not known.
      this.lazyFindingMeta.set(id, { ord, id, status, type, claimIds, articleIds, hash, dismissal: dismissal ?? null });
      this.order.findings.set(id, ord);
      this.reserveOrder('findings', ord);
    }
  }

  /**
   * The findings keys of every finding (see findingKeys.ts): its claims and its articles (its own and
   * its claims'), under its chunk; a step every 256 findings. Needs every finding's index entry or
   * record (no findings index document left to read).
   */
  private *findingKeysStaged(): Generator<void, unknown> {
    const builder = new FindingKeysBuilder(this.findingChunk);
    let n = 0;
    // Part by part: a chunk parsed meanwhile moves its findings to a later part (one may come twice).
    for (const part of this.findingIdParts()) {
      for (const id of part()) {
        if ((++n & 255) === 0) yield;
        const f = this.findingMeta(id);
        const ord = this.order.findings.get(id);
        if (!f || ord === undefined) continue;
        const keys = new Set<string>(f.claimIds);
        for (const a of f.articleIds ?? []) keys.add(a);
        for (const c of f.claimIds) {
          const a = this.articleOfClaim(c);
          if (a !== undefined) keys.add(a);
        }
        builder.add(ord, keys);
      }
      yield;
    }
    return yield* builder.finish();
  }

  /** Whether a finding's article ids are just its claims' articles (its index entry then leaves them out). */
  private articlesDerived(f: Finding): boolean {
    return (f.articleIds ?? []).every((a) => f.claimIds.some((c) => this.articleOfClaim(c) === a));
  }

  /**
   * Parses these findings chunks if they are not yet (each once, even when asked concurrently), one
   * after another with the event loop free between two (a query needing many, e.g. the findings of
   * a claim that stands in hundreds, never blocks it for more than one chunk's parse).
   */
  private async ensureFindingChunks(keys: Iterable<string>): Promise<void> {
    let first = true;
    for (const key of new Set(keys)) {
      const name = this.lazyFindingChunks.get(key);
      if (name === undefined) continue;
      if (!first) await new Promise<void>((r) => setImmediate(r));
      first = false;
      let run = this.loadingFindingChunks.get(key);
      if (!run) {
        const started: Promise<void> = this.parseFindingChunk(key, name).finally(() => {
          if (this.loadingFindingChunks.get(key) === started) this.loadingFindingChunks.delete(key);
        });
        this.loadingFindingChunks.set(key, (run = started));
      }
      await run;
    }
  }

  /** The chunks holding these findings, parsed (their index entries are read first). */
  private async ensureFindingsOf(ids: readonly string[]): Promise<void> {
    await this.ensureFindings();
    await this.ensureFindingMeta();
    if (this.lazyFindingChunks.size === 0) return;
    const keys = new Set<string>();
    let n = 0;
    for (const id of ids) {
      if ((++n & BIG_LIST_STEP) === 0) await turn();
      const m = this.lazyFindingMeta.get(id);
      if (m) keys.add(this.chunkOf(m.ord));
    }
    await this.ensureFindingChunks(keys);
  }

  private async ensureAllFindings(): Promise<void> {
    await this.ensureFindings();
    await this.ensureFindingMeta();
    while (this.lazyFindingChunks.size > 0) {
      const [key] = this.lazyFindingChunks.keys();
      await this.ensureFindingChunks([key as string]);
    }
  }

  /**
   * See StoreReader.findingChanges. The chunks not parsed yet are read one at a time and compared
   * without being loaded: what is kept of them is only the records that differ (a full analysis of
   * 450k findings that changed few of them no longer holds the 1.1 GB of every stored finding). A
   * chunk parsed meanwhile (a findings page) is compared with the parsed findings at the end.
   */
  override async findingChanges(after: readonly Finding[], progress?: (compared: number, stored: number) => void): Promise<RecordChange[]> {
    await this.ensureFindings();
    await this.ensureFindingMeta();
    const comparison = new FindingComparison(after, progress && { total: this.findingCount(), tell: progress });
    for await (const records of this.unparsedChunkFindings([...this.lazyFindingChunks.keys()])) await comparison.stored(records.map(([, f]) => f));
    await comparison.stored([...this.findingsById.values()]);
    return comparison.changes();
  }

  /**
   * See StoreReader.decidedFindings. Where a chunk not parsed yet holds a decided finding (its index
   * entry gives the status), the chunk is read and its decided records picked out, not loaded: the
   * chunk stays unparsed. In one consistent read (a commit landing meanwhile reads them again).
   */
  override decidedFindings(): Promise<Finding[]> {
    return this.consistentRead(async () => {
      await this.ensureFindings();
      await this.ensureFindingMeta();
      const decided = new Set<string>(DECIDED);
      const chunks = new Set<string>();
      let n = 0;
      for (const m of this.lazyFindingMeta.values()) {
        if ((++n & BIG_LIST_STEP) === 0) await turn();
        if (decided.has(m.status)) chunks.add(this.chunkOf(m.ord));
      }
      const found: [number, Finding][] = [];
      for await (const records of this.unparsedChunkFindings(chunks)) for (const [ord, f] of records) if (decided.has(f.status)) found.push([ord, f]);
      const seen = new Set(found.map(([, f]) => f.id));
      for (const f of this.findingsById.values()) {
        if ((++n & BIG_LIST_STEP) === 0) await turn();
        if (decided.has(f.status) && !seen.has(f.id)) found.push([this.order.findings.get(f.id) ?? Number.MAX_SAFE_INTEGER, f]);
      }
      return found.sort((a, b) => a[0] - b[0]).map(([, f]) => f);
    });
  }

  /**
   * The findings of these chunks that are still unparsed, one chunk at a time, read from their documents
   * and checked but not loaded (the chunks stay unparsed): only those still known by their index entry
   * (a finding committed since is a parsed one). A chunk parsed meanwhile is skipped: its findings are
   * among the parsed ones.
   */
  private async *unparsedChunkFindings(keys: Iterable<string>): AsyncGenerator<Array<readonly [number, Finding]>> {
    for (const key of keys) {
      const name = this.lazyFindingChunks.get(key);
      if (name === undefined) continue;
      let data: unknown;
      try {
        data = await this.readLater(name);
      } catch (e) {
        // Parsed and rewritten by a checkpoint meanwhile.
        if (!this.lazyFindingChunks.has(key)) continue;
        throw e;
      }
      if (!this.lazyFindingChunks.has(key)) continue;
      const records: Array<readonly [number, Finding]> = [];
      try {
        if (!isObject(data) || !Array.isArray(data.findings)) throw new Error('findings chunk of the wrong shape');
        for (const [ord, record] of data.findings as Ordered<unknown>[]) {
          if (typeof ord !== 'number') throw new Error('finding record of the wrong shape');
          const f = checkFinding(record);
          if (this.lazyFindingMeta.has(f.id)) records.push([ord, f]);
        }
      } catch (e) {
        throw unreadable(this.location, `${DATA_DIR}/${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
      yield records;
    }
  }

  private async parseFindingChunk(key: string, name: string): Promise<void> {
    const generation = this.generation;
    const data = await this.readLater(name);
    // Parsed in one task, loaded in the next (see parseBucket).
    await turn();
    // A backup restored meanwhile (see parseBucket): this chunk is not the restored one's.
    if (this.generation !== generation || !this.lazyFindingChunks.has(key)) return;
    try {
      if (!isObject(data) || !Array.isArray(data.findings)) throw new Error('findings chunk of the wrong shape');
      const doc = data.findings as Ordered<unknown>[];
      const checked = doc.map(([ord, f]) => {
        if (typeof ord !== 'number') throw new Error('finding record of the wrong shape');
        return [ord, checkFinding(f)] as const;
      });
      // One synchronous step: the records come in as their index entries go.
      for (const [ord, f] of checked) {
        if (this.lazyFindingMeta.delete(f.id)) this.loadIndexedFinding(f, ord);
        else if (!this.findingsById.has(f.id)) this.load('findings', f, ord);
      }
    } catch (e) {
      throw unreadable(this.location, `${DATA_DIR}/${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.lazyFindingChunks.delete(key);
  }

  /** Findings index: with the entries of unparsed chunks read, built in the background (write opens). */
  private indexFindingsInBackground(): void {
    if (!findexInBackground) return;
    const run: Promise<void> = this.ensureFindingMeta()
      .then(() => this.findingIndex.buildInBackground())
      .catch(() => undefined)
      .finally(() => {
        if (this.indexing === run) this.indexing = null;
      });
    this.indexing = run;
  }

  protected override allFindingIds(): string[] {
    return super.allFindingIds().concat(this.lazyFindingMeta.keyArray());
  }

  /**
   * The unparsed chunks' entries first, then the parsed findings: a chunk parsed during a build moves its
   * findings from the first map to the second, a later part (see FindingIndexSource.findingIdParts).
   */
  protected override findingIdParts(): Array<() => string[]> {
    return [...this.lazyFindingMeta.keyParts(), ...super.findingIdParts()];
  }

  protected override findingCount(): number {
    return super.findingCount() + this.lazyFindingMeta.size;
  }

  protected override findingMeta(id: string): FindingMeta | undefined {
    return super.findingMeta(id) ?? this.lazyFindingMeta.get(id);
  }

  protected override async findingIndexReady() {
    await this.ensureFindings();
    await this.ensureFindingMeta();
    return super.findingIndexReady();
  }

  protected override async findingReferencesReady() {
    await this.ensureFindings();
    await this.ensureFindingMeta();
    return super.findingReferencesReady();
  }

  protected override async findingRecords(ids: readonly string[]): Promise<Finding[]> {
    await this.ensureFindingsOf(ids);
    return super.findingRecords(ids);
  }

  private async parseBucket(key: string, name: string): Promise<void> {
    const generation = this.generation;
    const bytes = (await this.readLater(name, true)) as Buffer;
    // The event loop turns between the read and the parse, and between the parse and the load: each
    // takes up to ~10 ms for a bucket of a 10,000-article workspace (measured), and one right after
    // the other was one block of ~20 ms.
    await turn();
    // A backup restored during the read or the turn (reset moves the generation) may have made this
    // key lazy again under another file: what was read is the state before the restore, never loaded.
    if (this.generation !== generation || !this.lazyContent.has(key)) return;
    // In slices, an article at a time: its record and its claims go in and its index entry out
    // together, so what is read meanwhile (counts, the library, a claim's article) is whole; a read
    // needing this bucket waits for all of it (the bucket stays lazy until its last article is in).
    let done: boolean;
    try {
      // Article by article when the index's spans cover the document exactly: each record's text
      // decoded on its own (tens of KB that die young) instead of the whole document as one string
      // of ~0.6 MB, which V8 keeps in its large-object space until a full GC (a 10,000-article
      // workspace's background parse left ~1 GB of them, and the heap's growth slowed every minor GC).
      const entries = this.lazyIndex.get(key) ?? [];
      let records = spansCoverDocument(bytes, entries) ? await inSlices(this.parseBySpansStaged(bytes, entries), this.backgroundSliceMs) : null;
      if (this.generation !== generation || !this.lazyContent.has(key)) return;
      if (!records) {
        let data: unknown;
        try {
          data = await this.parseBytes(bytes, BIG_DOCUMENT_BYTES);
        } catch (e) {
          throw new Error(e instanceof SyntaxError ? 'not JSON' : String(e));
        }
        await turn();
        if (this.generation !== generation || !this.lazyContent.has(key)) return;
        records = await inSlices(checkContentStaged(data), this.backgroundSliceMs);
      }
      done = await inSlices(this.loadBucketStaged(key, records, generation), this.backgroundSliceMs);
    } catch (e) {
      throw unreadable(this.location, `${DATA_DIR}/${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!done) return;
    for (const entry of this.lazyIndex.get(key) ?? []) {
      this.lazyArticles.delete(entry[1]);
      this.loadedAlone.delete(entry[1]);
      for (const claimId of entry[6]) this.lazyClaims.delete(claimId);
    }
    this.lazyIndex.delete(key);
    this.lazyContent.delete(key);
  }

  /**
   * A content document's records by its index's spans (see spansCoverDocument), an article a step,
   * each checked against its entry (order, id, claim ids in order, shapes); null at the first that
   * does not match (the document is then parsed whole, which reports what is wrong with it).
   */
  private *parseBySpansStaged(bytes: Buffer, entries: readonly IndexEntry[]): Generator<void, BucketRecords | null> {
    const articles: (readonly [number, Article])[] = [];
    const claimsOf = new Map<string, Claim[]>();
    for (const entry of entries) {
      yield;
      const [articleAt, articleBytes, claimsAt, claimsBytes] = spanOf(entry)!;
      const read = recordsOfSpan(bytes.toString('utf8', articleAt, articleAt + articleBytes), bytes.toString('utf8', claimsAt, claimsAt + claimsBytes), entry);
      if (!read) return null;
      articles.push([entry[0], read.article]);
      if (read.claims.length > 0) claimsOf.set(read.article.id, read.claims);
    }
    return { articles, claimsOf };
  }

  /**
   * A content bucket's records loaded in steps (a step an article with its claims: a bucket of a
   * 10,000-article workspace, ~40 articles and ~750 claims, loaded at once was a block of 10-15 ms on
   * a loaded machine). Every record is checked before (checkContentStaged, parseBySpansStaged), so a
   * damaged document loads nothing. False when a restore reloaded the state meanwhile (nothing more is loaded).
   */
  private *loadBucketStaged(key: string, records: BucketRecords, generation: number): Generator<void, boolean> {
    const { articles, claimsOf } = records;
    const entries = new Map<string, IndexEntry>();
    for (const entry of this.lazyIndex.get(key) ?? []) entries.set(entry[1], entry);
    for (const [ord, a] of articles) {
      yield;
      if (this.generation !== generation) return false;
      if (this.loadedAlone.has(a.id)) {
        // Read on its own before (and maybe changed or removed since): memory has it as it is now.
        claimsOf.delete(a.id);
        continue;
      }
      this.load('articles', a, ord);
      const claims = claimsOf.get(a.id) ?? [];
      claimsOf.delete(a.id);
      for (const c of claims) this.load('claims', c);
      const entry = entries.get(a.id);
      if (entry) {
        this.lazyArticles.delete(entry[1]);
        for (const claimId of entry[6]) this.lazyClaims.delete(claimId);
      }
    }
    // Claims whose article is not in the document (should not happen): loaded as they were.
    for (const claims of claimsOf.values()) {
      yield;
      if (this.generation !== generation) return false;
      for (const c of claims) this.load('claims', c);
    }
    return this.generation === generation;
  }

  /**
   * After a lazy write open: every content bucket parsed in the background, one at a time with the
   * event loop free in between (a bucket of a 10,000-article workspace is some 40 articles), so an
   * action or an article opened later finds its records in memory. A failure is left to the read
   * that needs the bucket (it reports it).
   */
  private warmUp(): void {
    if (this.lazyContent.size === 0 || this.warming || this.options.warmUp === false) return;
    const generation = this.generation;
    this.warming = (async () => {
      try {
        // After the findings index's background build: the two ran side by side, and a slice of
        // each (8 ms) plus a bucket's parse landed in the same turn of the event loop (blocks of
        // 20-25 ms of the thread's own time at 10,000 articles). One after the other, a turn holds
        // one step of one of them.
        while (this.indexing) await this.indexing;
        for (;;) {
          await new Promise<void>((r) => setImmediate(r));
          // The desk's calls go first: no bucket is parsed while a commit waits or runs, nor within
          // WARM_UP_QUIET_MS of a read or a commit (an action right after the open then waits for
          // at most the one bucket being parsed when it came in, not for one at each of its steps),
          // for at most WARM_UP_MAX_PAUSE_MS of reads: then one bucket is parsed whatever the reads
          // (commits are an editor's actions, each waited for; the parse resumes when none waits).
          const pausedSince = performance.now();
          while (warmUpPause && !this.closed && this.generation === generation && (this.commitsWaiting > 0 || performance.now() - this.lastCallAt < WARM_UP_QUIET_MS)) {
            const left = WARM_UP_MAX_PAUSE_MS - (performance.now() - pausedSince);
            if (left <= 0 && this.commitsWaiting === 0) break;
            await new Promise<void>((r) => setTimeout(r, left > 0 ? Math.min(WARM_UP_QUIET_MS, left) : WARM_UP_QUIET_MS));
          }
          if (this.closed || this.generation !== generation) return;
          const next = [...this.lazyContent.keys()].find((k) => !this.loadingContent.has(k)) ?? this.lazyContent.keys().next().value;
          if (next === undefined) return;
          await this.ensureBuckets([next]);
        }
      } catch {
        // Reported by the read that needs it.
      } finally {
        this.warming = null;
      }
    })();
  }

  /** Resolves when the background parse of the content buckets is over (bench, tests). */
  warmedUp(): Promise<void> {
    return this.warming ?? Promise.resolve();
  }

  /** Every content bucket parsed, one after another (other work runs between two). */
  private async ensureAllContent(): Promise<void> {
    while (this.lazyContent.size > 0) {
      const [key] = this.lazyContent.keys();
      await this.ensureBuckets([key as string]);
    }
  }

  private ensureArticles(ids: readonly string[]): Promise<void> {
    if (this.lazyContent.size === 0) return Promise.resolve();
    if (ids.length > ALONE_MAX_ARTICLES) return this.ensureBuckets(ids.map((id) => this.bucket('content', id)));
    return this.ensureFewArticles(ids);
  }

  /**
   * A few articles (an action's, an article opened): each read on its own from its bucket's
   * document when its index entry gives its span, so an action right after the open costs one
   * article's parse, not its bucket's (some 10 articles at 10,000); else, or when that read fails or
   * does not match the index (a damaged document: the bucket's parse reports it), its whole bucket.
   */
  private async ensureFewArticles(ids: readonly string[]): Promise<void> {
    const whole: string[] = [];
    const alone: Promise<boolean>[] = [];
    const aloneKeys: string[] = [];
    for (const id of ids) {
      const key = this.bucket('content', id);
      if (!this.lazyContent.has(key) || this.loadedAlone.has(id)) continue;
      const entry = this.lazyArticles.get(id);
      const span = entry ? spanOf(entry) : null;
      // A new article, or one whose bucket is being parsed anyway: the bucket.
      if (!entry || !span || this.loadingContent.has(key)) {
        whole.push(key);
        continue;
      }
      let run = this.loadingAlone.get(id);
      if (!run) {
        const started = this.loadArticleAlone(key, entry, span).finally(() => {
          if (this.loadingAlone.get(id) === started) this.loadingAlone.delete(id);
        });
        this.loadingAlone.set(id, (run = started));
      }
      alone.push(run);
      aloneKeys.push(key);
    }
    const done = await Promise.all(alone);
    for (let i = 0; i < done.length; i++) if (!done[i]) whole.push(aloneKeys[i]!);
    if (whole.length > 0) await this.ensureBuckets(whole);
  }

  /**
   * One article and its claims read from its bucket's document by their span, checked against the
   * index entry (order, id, claim ids in order) and loaded; false when it could not be (the caller
   * parses the bucket), true when loaded or no longer lazy.
   */
  private async loadArticleAlone(key: string, entry: IndexEntry, span: ArticleSpan): Promise<boolean> {
    const generation = this.generation;
    const name = this.lazyContent.get(key);
    if (name === undefined) return true;
    const [articleAt, articleBytes, claimsAt, claimsBytes] = span;
    let read: SpanRecords | null;
    try {
      const handle = await this.fs.open(join(this.location, DATA_DIR, name), 'r');
      try {
        const articleText = await readRange(handle, articleAt, articleBytes);
        read = recordsOfSpan(articleText, claimsBytes > 0 ? await readRange(handle, claimsAt, claimsBytes) : '', entry);
      } finally {
        await handle.close();
      }
    } catch {
      return false;
    }
    // Parsed by its bucket meanwhile: nothing to do. A restore meanwhile: the bucket of the new state.
    if (!read || this.generation !== generation || this.lazyContent.get(key) !== name) return false;
    const { article, claims } = read;
    if (!this.lazyArticles.has(article.id)) return true;
    this.load('articles', article, entry[0]);
    for (const c of claims) this.load('claims', c);
    this.lazyArticles.delete(article.id);
    for (const claimId of entry[6]) this.lazyClaims.delete(claimId);
    this.loadedAlone.add(article.id);
    return true;
  }

  private ensureClaims(ids: readonly string[]): Promise<void> {
    if (this.lazyContent.size === 0) return Promise.resolve();
    const articles: string[] = [];
    for (const id of ids) {
      const a = this.lazyClaims.get(id);
      if (a !== undefined) articles.push(a);
    }
    return this.ensureArticles(articles);
  }

  /** The buckets a commit (or a replayed journal line) reads and changes are parsed before it is applied. */
  private async ensureForChanges(changes: readonly { table: TableName; id: string; after: unknown; before?: unknown }[]): Promise<void> {
    // One pass over the changes, the event loop free every few thousand (a full analysis's commit
    // lists 100k findings and more: some 50-100 ms at once).
    const findingIds: string[] = [];
    const articles: string[] = [];
    const claims: string[] = [];
    let n = 0;
    for (const c of changes) {
      if ((++n & BIG_LIST_STEP) === 0) await turn();
      if (c.table === 'findings') findingIds.push(c.id);
      else if (c.table === 'articles') articles.push(c.id);
      else if (c.table === 'claims') {
        claims.push(c.id);
        for (const r of [c.after, c.before]) if (r && typeof (r as Claim).articleId === 'string') articles.push((r as Claim).articleId);
      }
    }
    if (findingIds.length > 0) {
      await this.ensureFindingsOf(findingIds);
      if (this.lazyFindingChunks.size > 0) {
        // New findings take the next orders: the chunks they land in are parsed too (a checkpoint
        // only writes chunks it has parsed, whole).
        // Sharded: a full analysis's new findings (160,000 at newsroom scale) in one Set rehashed them
        // all in one step past 131,072 (see recordKeys).
        const freshIds = new ShardedMap<true>();
        n = 0;
        for (const id of findingIds) {
          if ((++n & BIG_LIST_STEP) === 0) await turn();
          if (!this.findingsById.has(id)) freshIds.set(id, true);
        }
        const fresh = freshIds.size;
        if (fresh > 0) {
          const next = this.nextOrderOf('findings');
          const keys = new Set<string>();
          for (let ord = next; ord < next + fresh; ord += this.findingChunk) keys.add(this.chunkOf(ord));
          keys.add(this.chunkOf(next + fresh - 1));
          await this.ensureFindingChunks(keys);
        }
      }
    }
    if (this.lazyContent.size === 0) return;
    await this.ensureClaims(claims);
    await this.ensureArticles(articles);
  }

  protected override articleOfClaim(claimId: string): string | undefined {
    return super.articleOfClaim(claimId) ?? this.lazyClaims.get(claimId);
  }

  /**
   * A findings page: while the findings index is not built yet, the findings head answers the pages
   * it holds (the panel's first pages, the totals by status), parsing only the chunks of the
   * findings on the page (their stored order names the chunk); anything else waits for the index.
   */
  override async findings(query: FindingQuery = {}): Promise<Page<Finding>> {
    if (query.claimId !== undefined || query.articleId !== undefined) {
      const byKeys = await this.findingsByKeys(query);
      if (byKeys) return byKeys;
    }
    const answer = this.headAnswers() ? this.findingHead?.page(query) : null;
    if (answer) {
      const missing = answer.entries.filter(([, id]) => !this.findingsById.has(id));
      if (missing.length > 0) await this.ensureFindingChunks(new Set(missing.map(([ord]) => this.chunkOf(ord))));
      const items = answer.entries.map(([, id]) => this.findingsById.get(id));
      if (items.every((f) => f !== undefined)) return { total: answer.total, items: items as Finding[] };
    }
    // The page and its records from one state: a commit landing while the chunks of the page are read
    // makes the page again (a few times, then in the commit queue), so a finding it removed never comes
    // back as an undefined item.
    return this.consistentRead(() => super.findings(query));
  }

  /**
   * The findings of a claim or an article (a page of them, filtered by status and type), before the
   * findings index has every reference (right after an open it waits for every findings index
   * document: ~10 s at 450k findings): only the index documents of the chunks whose findings keys may
   * hold the claim or article are read, then the chunks of the findings on the page. Exactly what the
   * index answers, as long as no finding and no claim changed since the open (the checkpoint's
   * documents then describe every finding); null otherwise, or without findings keys (a workspace
   * written before them, a read-only open), and the index answers.
   */
  private async findingsByKeys(query: FindingQuery): Promise<Page<Finding> | null> {
    if (this.readOnly || !this.findingsAsLoaded || this.findingIndex.referencesReady || this.lazyFindings.size > 0) {
      // No longer needed once the index has every reference.
      if (this.findingIndex.referencesReady) this.findingKeys = null;
      return null;
    }
    const name = this.manifest.documents.fkeys;
    if (name === undefined) return null;
    const generation = this.generation;
    const moved = () => this.generation !== generation || !this.findingsAsLoaded || this.closed;
    if (this.findingKeys?.name !== name) {
      const keys = this.readLater(name)
        .then((doc) => FindingKeys.parse(doc, this.findingChunk))
        // A damaged keys document is only a lost shortcut: the findings index answers.
        .catch(() => null);
      this.findingKeys = { name, keys };
    }
    // The findings index documents read in the background wait meanwhile (this query reads a few of them first).
    if (this.keyReads++ === 0) this.keyReadsDone = new Promise<void>((resolve) => (this.endKeyReads = resolve));
    try {
      return await this.readByKeys(query, name, moved);
    } finally {
      if (--this.keyReads === 0) this.endKeyReads();
    }
  }

  private async readByKeys(query: FindingQuery, name: string, moved: () => boolean): Promise<Page<Finding> | null> {
    const keys = await this.findingKeys!.keys;
    if (!keys || moved()) return null;
    const chunks: number[] = [];
    for (const key of Object.keys(this.manifest.documents)) if (key.startsWith('fchunk-')) chunks.push(Number(key.slice('fchunk-'.length)));
    const statuses = query.statuses ? new Set<string>(query.statuses) : null;
    const types = query.types ? new Set<string>(query.types) : null;
    const found: [string, number][] = [];
    for (const n of keys.chunksOf([query.claimId, query.articleId].filter((k): k is string => k !== undefined), chunks)) {
      const findex = this.manifest.documents[`findex-${pad(n, 5)}`];
      // A chunk without its index document (written before them): the findings index answers.
      if (findex === undefined) return null;
      let entries: FindexEntry[];
      try {
        const data = await this.readLater(findex);
        if (moved()) return null;
        entries = pickFindex(data, ([, , status, type, claimIds, articleIds]) => {
          if (query.claimId !== undefined && !claimIds.includes(query.claimId)) return false;
          // As the findings index files a finding: under its own articles and its claims' articles.
          if (query.articleId !== undefined && !articleIds?.includes(query.articleId) && !claimIds.some((c) => this.articleOfClaim(c) === query.articleId)) return false;
          return (!statuses || statuses.has(status)) && (!types || types.has(type));
        });
      } catch {
        // (A document the findings index would refuse: it says so.)
        return null;
      }
      for (const [ord, id] of entries) found.push([id, ord]);
    }
    found.sort((a, b) => compareOrdered(a[1], a[0], b[1], b[0]));
    const { offset, limit } = pageWindow(query);
    const page = found.slice(offset, offset + limit);
    await this.ensureFindingChunks(new Set(page.map(([, ord]) => this.chunkOf(ord))));
    if (moved()) return null;
    const items = page.map(([id]) => this.findingsById.get(id));
    if (!items.every((f) => f !== undefined)) return null;
    return { total: found.length, items: items as Finding[] };
  }

  /** In slices: findings() runs in a consistent read (a commit landing between two slices makes the page again). */
  protected override findingPage(index: FindingIndex, query: FindingQuery): Promise<{ total: number; ids: string[] }> {
    return inSlices(index.pageStaged(query), this.sliceMs);
  }

  override async findingsSignature(): Promise<string> {
    if (this.headAnswers() && this.findingHead) return this.findingHead.signature();
    return super.findingsSignature();
  }

  /** The findings head is used while the findings index is not built (it answers the same). */
  private headAnswers(): boolean {
    return this.findingHead !== null && !this.findingIndex.ready && this.lazyFindings.size === 0;
  }

  override async getFindings(ids: readonly string[]): Promise<Finding[]> {
    await this.ensureFindingsOf(ids);
    return super.getFindings(ids);
  }

  /**
   * How many findings there are, when known without reading anything: while findings index documents
   * are still unread no finding has changed since the checkpoint (a change reads them all first),
   * so the manifest's count holds.
   */
  private findingTotal(): { findings?: number } {
    if (this.lazyFindings.size > 0) return {};
    if (this.pendingFindex.size > 0) return typeof this.manifest.counts?.findings === 'number' ? { findings: this.manifest.counts.findings } : {};
    return { findings: this.findingsById.size + this.lazyFindingMeta.size };
  }

  override async counts() {
    // The service asks at every open: answered from the manifest while the findings index documents are read.
    let findings = this.findingTotal().findings;
    if (findings === undefined) {
      await this.ensureFindings();
      await this.ensureFindingMeta();
      findings = this.findingsById.size + this.lazyFindingMeta.size;
    }
    const c = await super.counts();
    return { ...c, articles: c.articles + this.lazyArticles.size, claims: c.claims + this.lazyClaims.size, findings };
  }

  override async articleSummaries(): Promise<ArticleSummaryRecord[]> {
    if (this.lazyArticles.size === 0) return super.articleSummaries();
    return this.summariesOf(this.articlesInOrder());
  }

  override async articleSummaryPage({ offset, limit }: ArticleRange): Promise<Page<ArticleSummaryRecord>> {
    if (this.lazyArticles.size === 0) return super.articleSummaryPage({ offset, limit });
    const all = this.articlesInOrder();
    return { total: all.length, items: this.summariesOf(all.slice(offset, offset + limit)) };
  }

  /** Parsed and unparsed articles in one order (an unparsed one as its index entry). */
  private articlesInOrder(): Array<Article | IndexEntry> {
    const rows: Ordered<Article | IndexEntry>[] = this.orderedArticles().map((a) => [this.order.articles.get(a.id) ?? 0, a]);
    for (const entry of this.lazyArticles.values()) rows.push([entry[0], entry]);
    return rows.sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  }

  private summariesOf(articles: ReadonlyArray<Article | IndexEntry>): ArticleSummaryRecord[] {
    return articles.map((r) => {
      if (!Array.isArray(r)) return this.summaryOf(r as Article);
      const [, id, title, outlet, publishedAt, source, claimIds] = r as IndexEntry;
      const { reviewed, flagged } = this.reviewCounts(claimIds);
      return { id, title, outlet, publishedAt, source, claimCount: claimIds.length, reviewedCount: reviewed, flaggedCount: flagged };
    });
  }

  override async articles(ids?: readonly string[]): Promise<Article[]> {
    await (ids ? this.ensureArticles(ids) : this.ensureAllContent());
    return super.articles(ids);
  }

  override async articleWithClaims(articleId: string) {
    await this.ensureArticles([articleId]);
    return super.articleWithClaims(articleId);
  }

  // Not async: a read of every claim resolves in as many microtask turns as before withAllClaims
  // (the background analysis's read races an edit's commit start, see buildTrusted).
  override claims(ids?: readonly string[]): Promise<Claim[]> {
    // Every claim in order: the list built in slices first (the analysis reads it after each open).
    if (!ids) return this.withAllClaims(() => super.claims());
    return this.ensureClaims(ids).then(() => super.claims(ids));
  }

  override claimPage(query: ClaimPageQuery): Promise<Page<ClaimWithReview>> {
    if (query.articleId === undefined) return this.withAllClaims(() => super.claimPage(query));
    return this.ensureArticles([query.articleId]).then(() => super.claimPage(query));
  }

  /**
   * Runs `read` (a read of every claim) once every content bucket is parsed and the list of every
   * claim is built in slices, both from one loaded state. A backup restored meanwhile (it empties the
   * maps and makes the buckets lazy again, so the list would be built from none of them) or a claim
   * put between two slices (the built list is dropped) makes both again; after a few such tries the
   * buckets are parsed and `read` runs in the commit queue, where no commit or restore lands (the
   * list then built at once, from that whole state). `read` is called in the same synchronous run as
   * the last check.
   */
  private async withAllClaims<R>(read: () => Promise<R>): Promise<R> {
    for (let attempt = 0; attempt < CONSISTENT_READ_TRIES; attempt++) {
      // A restore reloading the state (or a big commit applied in slices) first.
      while (this.applying !== null) await this.applying;
      await this.ensureAllContent();
      const generation = this.generation;
      const built = await inSlices(this.warmAllClaimsStaged(), this.sliceMs);
      if (built && this.generation === generation && this.lazyContent.size === 0) return read();
    }
    return this.exclusive(async () => {
      await this.ensureAllContent();
      return read();
    });
  }

  /** Parses every content bucket still unparsed (tools and tests that read the state directly). */
  async loadEverything(): Promise<void> {
    await this.ensureAllFindings();
    await this.ensureAllContent();
  }

  private loadDocument(key: string, data: unknown, audit: AuditEvent[]): void {
    if (!isObject(data)) throw new Error('not an object');
    const kind = key.replace(/-\d+$/, '');
    switch (kind) {
      case 'content': {
        const doc = data as unknown as ContentDoc;
        for (const [ord, a] of doc.articles) this.load('articles', checkArticle(a), ord);
        for (const c of doc.claims) this.load('claims', checkClaim(c));
        return;
      }
      case 'index': {
        const bucket = `content-${key.slice('index-'.length)}`;
        const entries = (data as unknown as IndexDoc).articles;
        if (!Array.isArray(entries)) throw new Error('index of the wrong shape');
        for (const entry of entries) {
          const [ord, id, , , , source, claimIds] = entry;
          if (typeof ord !== 'number' || typeof source !== 'string' || !Array.isArray(claimIds)) throw new Error('index entry of the wrong shape');
          checkRecordId('articles', id);
          this.lazyArticles.set(id, entry);
          this.reserveOrder('articles', ord);
          for (const claimId of claimIds) {
            checkRecordId('claims', claimId);
            this.lazyClaims.set(claimId, id);
          }
        }
        this.lazyIndex.set(bucket, entries);
        if (entries.some((entry) => spanOf(entry) === null)) this.spanless.add(bucket);
        return;
      }
      case 'reviews':
        for (const r of data.reviews as unknown[]) this.load('reviews', checkReview(r));
        return;
      case 'findings':
      case 'fchunk':
        for (const [ord, f] of data.findings as Ordered<unknown>[]) this.load('findings', checkFinding(f), ord);
        return;
      case 'detached':
        for (const [ord, d] of data.detached as Ordered<DetachedClaim>[]) {
          checkClaim(d.claim);
          this.load('detached', d, ord);
        }
        return;
      case 'settings': {
        this.load('settings', Settings.parse(data.settings));
        const meta = data.meta as Partial<WorkspaceMeta> | undefined;
        this.load('meta', {
          id: META_ID,
          extractorVersion: Number(meta?.extractorVersion ?? 1),
          ...(Number.isInteger(meta?.analysisVersion) ? { analysisVersion: meta?.analysisVersion } : {}),
          ...(Number.isInteger(meta?.claimsRevision) ? { claimsRevision: meta?.claimsRevision } : {}),
          ...(Number.isInteger(meta?.findingsRevision) ? { findingsRevision: meta?.findingsRevision } : {}),
        });
        return;
      }
      case 'undo':
        this.undoStack = (data.undo as UndoEntry[]) ?? [];
        this.redoStack = (data.redo as UndoEntry[]) ?? [];
        for (const entry of [...this.undoStack, ...this.redoStack]) for (const c of entry.changes) checkRecordId(c.table, c.id);
        return;
      case 'audit':
        for (const e of data.events as AuditEvent[]) {
          if (typeof e.seq !== 'number' || typeof e.hash !== 'string') throw new Error('audit event of the wrong shape');
          audit.push(e);
        }
        return;
      default:
        throw new Error(`unknown document ${key}`);
    }
  }

  private async loadAll(): Promise<void> {
    this.manifest = await this.readManifest(join(this.location, MANIFEST_FILE));
    const lazy = (this.manifest.counts?.articles ?? 0) >= (this.options.lazyContentAbove ?? LAZY_CONTENT_ABOVE);
    // A read-only open (list, export, check) reads the findings only when asked for them, whatever
    // the workspace's size (schemaVersion 3: the findings index documents, then the chunks needed).
    await this.loadDocuments(this.manifest, lazy, this.readOnly);
    if (!this.readOnly) this.migrateLegacyFindings();
    // Written before findings heads: the next checkpoint adds one (from the findings index).
    if (!this.readOnly && !this.findingHead) this.dirty.add('fhead');
    // Written before findings keys (schemaVersion 4 and older): the next checkpoint adds them.
    if (!this.readOnly && this.manifest.documents.fkeys === undefined) this.dirty.add('fkeys');
    // Written before content buckets had index documents: the next checkpoint adds them.
    if (!this.readOnly) {
      for (const key of Object.keys(this.manifest.documents)) {
        const suffix = key.startsWith('content-') ? key.slice('content-'.length) : null;
        if (suffix !== null && this.manifest.documents[`index-${suffix}`] === undefined) this.dirty.add(`index-${suffix}`);
      }
    }
    this.seq = this.manifest.checkpointSeq;
    await this.replayJournal();
    // In slices: a chain of 100,000 events is some 0.5 s of hashing (after a turn, as above).
    await turn();
    const broken = await inSlices(verifyAuditChainStaged(this.audit), this.sliceMs);
    if (broken >= 0) this.notices.push({ kind: 'audit-broken', atSeq: broken });
  }

  private async journalSegments(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(join(this.location, JOURNAL_DIR));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    return names.filter((n) => JOURNAL_NAME.test(n)).sort();
  }

  private async replayJournal(): Promise<void> {
    this.tornAt = [];
    let lastTurn = performance.now();
    const segments = await this.journalSegments();
    for (const [index, name] of segments.entries()) {
      const file = join(this.location, JOURNAL_DIR, name);
      let buffer: Buffer;
      try {
        buffer = await this.fs.readFile(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new WorkspaceOpenError('retry', { vi: '', en: 'journal rotated' });
        throw e;
      }
      const last = index === segments.length - 1;
      let offset = 0;
      let lineNo = 0;
      while (offset < buffer.length) {
        // Many small lines: the event loop turns between two lines every slice.
        if (slicing && performance.now() - lastTurn >= this.sliceMs) {
          await turn();
          lastTurn = performance.now();
        }
        let end: number;
        // (Most lines are small and so is the rest of most segments: one search, no promise.)
        if (buffer.length - offset <= LINE_SCAN_BYTES) end = buffer.indexOf(10, offset);
        else ({ end, lastTurn } = await this.lineEnd(buffer, offset, lastTurn));
        const whole = end >= 0;
        const lineBuf = buffer.subarray(offset, whole ? end : buffer.length);
        lineNo++;
        let entry: PreparedCommit | null = null;
        if (whole) {
          try {
            // A big line (a full analysis's findings) parsed in slices; nothing of it is applied
            // before all of it is read.
            entry = (await this.parseBytes(lineBuf)) as PreparedCommit;
          } catch {
            entry = null;
          }
          lastTurn = performance.now();
        }
        if (!entry) {
          const rest = buffer.length - offset;
          const tail = whole ? buffer.indexOf(10, end + 1) < 0 && end + 1 >= buffer.length : true;
          // The next segment (named after its first commit's seq) continues right after the last
          // whole line: this one's unfinished end was never acknowledged either (a failed write
          // whose cut-off failed too, then a checkpoint's switch), so it is torn, not damaged.
          const following = segments[index + 1];
          const continued = following !== undefined && Number.parseInt(following, 10) <= this.seq + 1;
          if (tail && (last || continued)) {
            // A torn last line: the process died (or a write failed) while writing it, so it was never acknowledged.
            // A reader while the app runs: an unterminated last line is most likely one it is still
            // writing (a big commit's line goes to disk in pieces), so it is not called torn.
            const beingWritten = this.readOnly && last && !whole && (await lockHeldByLiveWriter(this.fs, this.location).catch(() => false));
            this.notices.push({ kind: 'torn-journal', file: `${JOURNAL_DIR}/${name}`, droppedBytes: rest, ...(beingWritten ? { beingWritten } : {}) });
            this.tornAt.push({ file, size: offset });
            break;
          }
          throw unreadable(this.location, `${JOURNAL_DIR}/${name} is damaged at line ${lineNo}`);
        }
        offset = end + 1;
        if (entry.seq <= this.seq) continue;
        if (entry.seq !== this.seq + 1) {
          // Lines after the manifest's checkpoint are missing: a checkpoint ran while we read.
          throw new WorkspaceOpenError('retry', { vi: '', en: 'journal gap' });
        }
        try {
          await inSlices(checkJournalSet(entry.set), this.sliceMs);
        } catch (e) {
          throw unreadable(this.location, `${JOURNAL_DIR}/${name} line ${lineNo}: ${e instanceof Error ? e.message : String(e)}`);
        }
        // The records it changes are in memory first; applying it marks their documents dirty.
        await this.ensureForChanges(entry.set);
        // A big commit (a full analysis's findings, killed before its checkpoint) in slices too:
        // nothing reads this store before the open returns.
        await inSlices(this.applyStaged(entry), this.sliceMs);
        this.replayed.commits++;
        this.replayed.bytes += lineBuf.length + 1;
        this.sinceCheckpoint.commits++;
        this.sinceCheckpoint.bytes += lineBuf.length + 1;
      }
    }
  }

  private tornAt: { file: string; size: number }[] = [];

  /**
   * Where the journal line from `offset` ends (-1: it does not), searched LINE_SCAN_BYTES at a time with the
   * event loop turning between two pieces every slice: a big commit's line (a full analysis's findings, tens of
   * MB) is one search of some 100 ms at once on a cold buffer. `lastTurn`: when the slice under way began; the
   * answer says when the last one did.
   */
  private async lineEnd(buffer: Buffer, offset: number, lastTurn: number): Promise<{ end: number; lastTurn: number }> {
    for (let from = offset; from < buffer.length; from += LINE_SCAN_BYTES) {
      if (buffer.length - from <= LINE_SCAN_BYTES) return { end: buffer.indexOf(10, from), lastTurn };
      if (from > offset && slicing && performance.now() - lastTurn >= this.sliceMs) {
        await turn();
        lastTurn = performance.now();
      }
      const at = buffer.subarray(from, from + LINE_SCAN_BYTES).indexOf(10);
      if (at >= 0) return { end: from + at, lastTurn };
    }
    // (Not reached: the last piece's search above answers.)
    return { end: -1, lastTurn };
  }

  private async prepareForWriting(): Promise<void> {
    // Leftovers of a crash: temp files, and data files no manifest refers to.
    for (const sub of ['', DATA_DIR, JOURNAL_DIR, BACKUP_DIR]) {
      const dir = join(this.location, sub);
      await this.fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
      for (const name of await this.fs.readdir(dir)) {
        if (name.startsWith(TEMP_PREFIX)) await this.fs.unlink(join(dir, name)).catch(() => undefined);
      }
    }
    for (const torn of this.tornAt) {
      const handle = await this.fs.open(torn.file, 'r+');
      try {
        await handle.truncate(torn.size);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await this.collectGarbage();
    const segments = await this.journalSegments();
    const lastSegment = segments[segments.length - 1];
    await this.openJournal(lastSegment ? join(this.location, JOURNAL_DIR, lastSegment) : this.segmentPath(this.seq + 1));
  }

  private segmentPath(firstSeq: number): string {
    return join(this.location, JOURNAL_DIR, `${pad(firstSeq, 12)}.jsonl`);
  }

  private async openJournal(file: string): Promise<void> {
    let created = false;
    try {
      await this.fs.lstat(file);
    } catch {
      created = true;
    }
    const handle = await this.fs.open(file, 'a', FILE_MODE);
    if (created) await syncDir(this.fs, join(this.location, JOURNAL_DIR));
    this.journal = handle;
    this.journalFile = file;
    this.journalGoodSize = (await handle.stat()).size;
  }

  // ------------------------------------------------------------------ commits

  private exclusive<R>(run: () => Promise<R>): Promise<R> {
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Runs `work` so that all its reads see one state (exports, merges, the history): a commit that
   * landed while it read (a lazily opened workspace reads files between its reads) runs it again;
   * after a few such tries it runs in the commit queue, where no commit lands.
   */
  async consistentRead<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; attempt < CONSISTENT_READ_TRIES; attempt++) {
      while (this.applying !== null) await this.applying;
      if (this.unusable) throw this.unusable;
      const seq = this.seq;
      const epoch = this.applyEpoch;
      // A restore puts seq back to the number it had (its own commit lands later): the generation it moves tells.
      const generation = this.generation;
      const result = await work();
      if (this.seq === seq && this.applyEpoch === epoch && this.generation === generation && this.applying === null) return result;
    }
    return this.exclusive(work);
  }

  commit(request: CommitRequest): Promise<CommitResult> {
    this.lastCallAt = performance.now();
    this.commitsWaiting++;
    const done = () => {
      this.commitsWaiting--;
      this.lastCallAt = performance.now();
    };
    const result = this.commitNow(request);
    result.then(done, done);
    return result;
  }

  /** Commits written since the oldest big commit checked ahead began (see commitAhead), with what they set. */
  private landed: { seq: number; set: PreparedCommit['set'] }[] = [];
  /** The seq the big commit being checked ahead started from (one at a time, see commitNow), or null. */
  private aheadFrom: number | null = null;
  /** The last big commit checked ahead was overtaken on its own records (see commitNow). */
  private bigOvertaken = false;
  /** Resolved once the big commit being checked ahead has taken its place in the queue. */
  private aheadQueued: Promise<void> = Promise.resolve();

  private commitNow(request: CommitRequest): Promise<CommitResult> {
    if (!slicing || !overtaking || this.readOnly || request.changes.length < OVERTAKE_ABOVE) return this.exclusive(() => this.commitInTurn(request));
    // The last big commit checked ahead was overtaken on its own records (it was then checked again
    // in its turn, and may have been refused and sent again): this one goes straight into the queue,
    // so a stream of small commits can never starve big ones.
    if (this.bigOvertaken) {
      this.bigOvertaken = false;
      return this.exclusive(() => this.commitInTurn(request));
    }
    // One big commit checked ahead at a time: a second one asked meanwhile takes its turn in the
    // queue right after the first (two checks ahead would compete for the CPU and hold both sets
    // until their turns), checked then as any commit.
    if (this.aheadFrom !== null) {
      const queued = this.aheadQueued;
      return queued.then(() => this.exclusive(() => this.commitInTurn(request)));
    }
    return this.commitAhead(request);
  }

  /**
   * A big commit (a full analysis's findings: 100k records and more) is checked before it takes its
   * turn: its records are read (parsed when lazy) and their `before` checked against the state,
   * while commits queued meanwhile — an editor's actions — are written and applied first. In its
   * turn only the records those changed are checked again (a `before` that no longer holds is
   * refused as any conflict: the meta record a service's mark moves, a finding decided meanwhile);
   * then its seq, audit chain and undo step are made from the state then (`finishPrepared`), and it
   * is written and applied. When the state was loaded again (restore) or the check ahead failed, it
   * is checked in its turn, as any commit. Journal order = acknowledgment order = order in memory, as for any
   * commit; only the order in which commits were asked for differs (a commit's seq says where it
   * landed). A check failing ahead is never reported: the check in its turn decides.
   */
  private async commitAhead(request: CommitRequest): Promise<CommitResult> {
    const start = { seq: this.seq, generation: this.generation };
    const progress = CommitProgress.of(request);
    this.aheadFrom = start.seq;
    let queued!: () => void;
    this.aheadQueued = new Promise<void>((r) => (queued = r));
    let ahead: { set: PreparedCommit['set']; keys: RecordKeys } | null = null;
    try {
      if (!this.closed && this.journal) {
        await this.ensureForChanges(request.changes);
        const { set } = await this.prepareInSlices(request, progress);
        // Its journal line is serialized in its turn: serialized ahead and kept (60 MB and more for a
        // full analysis at newsroom scale), it made the garbage collector hold the event loop for
        // 290 ms (tests/bench/store.bench.ts, 160,000 findings) against 44 ms without.
        ahead = { set, keys: await inSlices(recordKeys(request.changes), this.sliceMs) };
      }
    } catch {
      ahead = null;
    }
    const result = this.exclusive(async () => {
      try {
        if (ahead === null || this.generation !== start.generation || this.closed || !this.journal) return await this.commitInTurn(request);
        const touched = await inSlices(this.touchedSince(start.seq, ahead.keys), this.sliceMs);
        if (touched.size > 0) {
          // Only those records can have moved (the others are as they were checked): each checked
          // again, in the commit's order, as the full check would (a later change of the same
          // record in this commit is checked against the earlier one, which nothing else touched).
          // Walked in slices (the meta record a service's commit changes comes last: all of a full
          // analysis's changes are walked); nothing is written or applied before the walk ends, and
          // no other commit lands meanwhile (this is its turn in the queue).
          this.bigOvertaken = true;
          await inSlices(this.checkTouched(request, touched), this.sliceMs);
        }
        return await this.writeAndApply(this.finishPrepared(request, ahead.set), progress);
      } finally {
        this.aheadFrom = null;
      }
    });
    queued();
    return result;
  }

  /** Checks the `before` of the changes of `touched` records again, in the commit's order (see commitAhead). */
  private *checkTouched(request: CommitRequest, touched: Set<string>): Generator<void, void> {
    let n = 0;
    for (const c of request.changes) {
      if (++n >= 1024) {
        n = 0;
        yield;
      }
      const key = recordKey(c.table, c.id);
      if (!touched.delete(key)) continue;
      // A record compared costs more than a key: counted as 32.
      n += 31;
      if (!sameRecord(this.get(c.table, c.id) ?? null, c.before)) throw new StoreConflictError(c.table, c.id);
      if (touched.size === 0) return;
    }
  }

  /** The records of `keys` that a commit written after seq `from` (applied or being applied) changed. */
  private *touchedSince(from: number, keys: RecordKeys): Generator<void, Set<string>> {
    const touched = new Set<string>();
    let n = 0;
    for (const entry of this.landed) {
      if (entry.seq <= from) continue;
      for (const s of entry.set) {
        if ((++n & 1023) === 0) yield;
        const key = recordKey(s.table, s.id);
        if (keys.has(key)) touched.add(key);
      }
    }
    return touched;
  }

  /** A commit in its turn in the queue: its records read, checked, then written and applied. */
  private async commitInTurn(request: CommitRequest): Promise<CommitResult> {
    if (this.readOnly) throw new StoreReadOnlyError();
    if (this.unusable) throw this.unusable;
    if (this.closed || !this.journal) throw new StoreWriteError('The workspace is closed');
    await this.ensureForChanges(request.changes);
    // A big commit (a full analysis's findings: 100k records and more) is checked, written and
    // applied in bounded slices with the event loop free in between; a small one (an editor's
    // action) in one go, as before.
    const progress = CommitProgress.of(request);
    return this.writeAndApply(await this.prepareInSlices(request, progress), progress);
  }

  /** `prepareStaged` in slices, telling `progress` how many records were checked. */
  private prepareInSlices(request: CommitRequest, progress: CommitProgress | undefined): Promise<PreparedCommit> {
    return inSlices(counted(this.prepareStaged(request), STAGE_RECORDS, progress && ((n) => progress.at('check', n))), this.sliceMs);
  }

  /** Writes a prepared commit to the journal, then applies it (in its turn in the queue). */
  private async writeAndApply(prepared: PreparedCommit, progress?: CommitProgress): Promise<CommitResult> {
    // What it changes, for the big commits being checked ahead (one may start while it is applied
    // in slices): kept until it is applied and no check that began before it is still waiting.
    const bytes = await this.appendJournal(journalLine(prepared, progress && ((n) => progress.at('write', n))));
    // Only once it is written (a failed write left an entry that made an overtaken big commit
    // re-check records nothing changed, and stopped the next one being checked ahead); still
    // before the apply, which a check ahead may overlap.
    const oldest = Math.min(this.seq, this.aheadFrom ?? this.seq);
    this.landed = this.landed.filter((e) => e.seq > oldest);
    this.landed.push({ seq: prepared.seq, set: prepared.set });
    // Durable: only now does memory change. Reads arriving while a big commit is applied in
    // slices wait until all of it is in memory (they never see half a commit).
    await this.applyInSlices(prepared, progress);
    if (this.aheadFrom === null) this.landed = [];
    this.sinceCheckpoint.commits++;
    this.sinceCheckpoint.bytes += bytes;
    const limits = this.options.checkpointAfter ?? { commits: 1000, bytes: 32 * 1024 * 1024 };
    if (this.sinceCheckpoint.commits >= limits.commits || this.sinceCheckpoint.bytes >= limits.bytes) {
      setTimeout(() => void this.checkpoint().catch(() => undefined), 0);
    }
    return { seq: prepared.seq, audit: prepared.audit };
  }

  /**
   * Applies a durable commit to memory: at once when it is small; else in slices, with `applying`
   * set until the last one (the gated reads wait for it, see gateReads).
   */
  private async applyInSlices(prepared: PreparedCommit, progress?: CommitProgress): Promise<void> {
    const stages = this.applyWithIndex(prepared, progress);
    if (runFor(stages, this.sliceMs)) return;
    let done!: () => void;
    const applying = new Promise<void>((resolve) => (done = resolve));
    this.applying = applying;
    this.applyEpoch++;
    try {
      for (;;) {
        await new Promise<void>((r) => setImmediate(r));
        if (runFor(stages, this.sliceMs)) return;
      }
    } finally {
      if (this.applying === applying) this.applying = null;
      done();
    }
  }

  /**
   * `applyStaged`, and the findings index: a commit that removes many findings or moves them to
   * another status group (a full analysis replacing another) would move each in its group list, a
   * splice of the group's size each (20 s of CPU for 160,000 removals among 160,000). Above
   * INDEX_REBUILD_ABOVE such changes the index is dropped before the records go in and built
   * again in the background after (in slices; queries wait for it, or the findings head answers).
   */
  private *applyWithIndex(prepared: PreparedCommit, progress?: CommitProgress): Generator<void, void> {
    let moved = 0;
    let n = 0;
    for (const change of prepared.set) {
      if ((++n & 1023) === 0) yield;
      if (change.table !== 'findings') continue;
      const previous = this.findingMeta(change.id);
      if (previous && (change.after === null || groupOf(previous) !== groupOf(change.after as Finding))) moved++;
    }
    const rebuild = moved > INDEX_REBUILD_ABOVE;
    if (rebuild) this.findingIndex.reset();
    yield* counted(this.applyStaged(prepared), APPLY_STAGE_RECORDS, progress && ((n) => progress.at('apply', n)));
    if (rebuild) this.indexFindingsInBackground();
  }

  /**
   * Cuts off the partial line a failed write left at the end of the open journal segment, when
   * cutting it off failed then (journalNeedsRepair). Throws StoreWriteError when it still cannot.
   */
  private async repairJournal(): Promise<void> {
    if (!this.journalNeedsRepair || !this.journal) return;
    try {
      await this.journal.truncate(this.journalGoodSize);
      await this.journal.datasync();
      this.journalNeedsRepair = false;
    } catch (e) {
      throw new StoreWriteError('The journal cannot be written', e);
    }
  }

  /**
   * Continues the journal in a new segment (checkpoint, restore). Never while the current one ends
   * with a partial line: it is cut off first, or the switch is refused (throws), since a partial
   * line in a segment that is not the last one would make the journal unreadable.
   */
  private async switchJournal(file: string): Promise<void> {
    await this.repairJournal();
    await this.journal?.close();
    this.journal = null;
    await this.openJournal(file);
  }

  /**
   * Appends one journal line (its pieces, in order), then fsyncs: returns its size once durable.
   * The pieces of a big line are written one after another with the event loop free in between;
   * a process killed meanwhile leaves a line without its end, which the next open drops as torn
   * (it was never acknowledged).
   */
  private async appendJournal(pieces: Iterable<Buffer>): Promise<number> {
    const journal = this.journal as FileHandle;
    await this.repairJournal();
    let size = 0;
    const next = pieces[Symbol.iterator]();
    let unserializable = false;
    try {
      for (;;) {
        // The next piece is serialized here, outside the writes: a record that cannot be serialized
        // (a BigInt, a cycle) is no disk error; it is rethrown as it is, after the cut-off.
        let step: IteratorResult<Buffer>;
        try {
          step = next.next();
        } catch (e) {
          unserializable = true;
          throw e;
        }
        if (step.done) break;
        const piece = step.value;
        let written = 0;
        while (written < piece.length) {
          const { bytesWritten } = await journal.write(piece, written, piece.length - written);
          written += bytesWritten;
        }
        size += piece.length;
      }
      await journal.datasync();
    } catch (e) {
      await this.cutOffPartialLine(journal);
      if (unserializable) throw e;
      throw new StoreWriteError('The change could not be written to disk', e);
    }
    this.journalGoodSize += size;
    return size;
  }

  /** Cuts a partial line off the journal, so it can neither corrupt the next one nor come back after a restart. */
  private async cutOffPartialLine(journal: FileHandle): Promise<void> {
    try {
      await journal.truncate(this.journalGoodSize);
      await journal.datasync();
    } catch {
      this.journalNeedsRepair = true;
    }
  }

  // ------------------------------------------------------------------ documents

  private bucket(kind: 'content' | 'reviews' | 'findings', id: string): string {
    const n = this.manifest.buckets[kind];
    const key = `${kind}\u0000${id}`;
    let b = this.bucketCache.get(key);
    if (b === undefined) {
      b = fnv(id) % n;
      if (this.bucketCache.size > 500_000) this.bucketCache.clear();
      this.bucketCache.set(key, b);
    }
    return `${kind}-${pad(b, 2)}`;
  }

  private markDirty(table: TableName | 'audit' | 'undo', id: string, record: unknown, previous: unknown, previousOrd?: number): void {
    switch (table) {
      case 'articles':
        this.dirty.add(this.bucket('content', id));
        return;
      case 'claims': {
        for (const c of [record, previous]) if (c) this.dirty.add(this.bucket('content', (c as Claim).articleId));
        this.findingsAsLoaded = false;
        // A claim in (or moved to another article) may add an article to the findings it stands in.
        if (record && (!previous || (previous as Claim).articleId !== (record as Claim).articleId)) this.dirty.add('fkeys');
        return;
      }
      case 'reviews':
        this.dirty.add(this.bucket('reviews', id));
        return;
      case 'findings': {
        // The chunk it was in and the one it is in now (a finding keeps its order while it stays).
        if (previousOrd !== undefined) this.dirty.add(this.chunkOf(previousOrd));
        const ord = this.order.findings.get(id);
        if (ord !== undefined) this.dirty.add(this.chunkOf(ord));
        this.dirty.add('fhead');
        this.findingsAsLoaded = false;
        // The findings keys stay true while they may only say too much: a finding gone, or its status
        // or notes changed, leaves them as they are; one new, moved or found under other keys does not.
        if (record && (!previous || previousOrd !== ord || !sameKeys(previous as Finding, record as Finding))) this.dirty.add('fkeys');
        this.findingHead?.update(id, (previous as Finding | null) ?? undefined, previousOrd, (record as Finding | null) ?? undefined, ord);
        return;
      }
      case 'detached':
        this.dirty.add('detached');
        return;
      case 'settings':
      case 'meta':
        this.dirty.add('settings');
        return;
      case 'audit':
        this.dirty.add(`audit-${pad(Math.floor(Number(id) / AUDIT_CHUNK), 6)}`);
        return;
      case 'undo':
        this.dirty.add('undo');
        return;
    }
  }

  private allDocumentKeys(): Set<string> {
    const keys = new Set<string>(['settings', 'undo', 'detached', 'fhead', 'fkeys']);
    for (let b = 0; b < this.manifest.buckets.content; b++) keys.add(`content-${pad(b, 2)}`).add(`index-${pad(b, 2)}`);
    for (let b = 0; b < this.manifest.buckets.reviews; b++) keys.add(`reviews-${pad(b, 2)}`);
    for (const ord of this.order.findings.values()) keys.add(this.chunkOf(ord));
    const chunks = Math.max(1, Math.ceil(this.audit.length / AUDIT_CHUNK));
    for (let k = 0; k < chunks; k++) keys.add(`audit-${pad(k, 6)}`);
    return keys;
  }

  /** The documents' contents now, for the given keys (synchronous: no commit can interleave). */
  private captureDocuments(keys: ReadonlySet<string>): Map<string, unknown> {
    const docs = runStaged(this.captureStaged(keys));
    // A bucket's index is built when written, after its content document (see BucketIndex).
    for (const [k, data] of docs) if (data instanceof Deferred && !(data instanceof BucketIndex)) docs.set(k, runStaged(data.build()));
    return docs;
  }

  /**
   * `captureDocuments` in steps (yields every few hundred records): a checkpoint runs it in slices
   * inside the commit queue, so no commit changes the state meanwhile (reads do not change it; a
   * bucket or chunk parsed meanwhile was not parsed when its group was chosen, and is skipped).
   */
  private *captureStaged(keys: ReadonlySet<string>): Generator<void, Map<string, unknown>> {
    let n = 0;
    const docs = new Map<string, unknown>();
    const want = (kind: string) => [...keys].some((k) => k.startsWith(kind));
    if (want('content-') || want('index-')) {
      // A bucket not parsed yet is never written (its document stays as it is): only what is in
      // memory can have changed. A content document always goes with its index.
      const groups = new Map<string, CapturedBucket>();
      for (const k of keys) {
        const suffix = k.startsWith('content-') ? k.slice('content-'.length) : k.startsWith('index-') ? k.slice('index-'.length) : null;
        if (suffix === null || this.lazyContent.has(`content-${suffix}`)) continue;
        const group = groups.get(`content-${suffix}`) ?? { content: false, articles: [], ords: [], claims: [] };
        // An index alone (added to a workspace written before indexes) leaves the content document as it is.
        if (k.startsWith('content-')) group.content = true;
        groups.set(`content-${suffix}`, group);
      }
      for (const a of this.articleMap.values()) {
        // A step every 32 articles: some 1-2 ms.
        if ((++n & 31) === 0) yield;
        const doc = groups.get(this.bucket('content', a.id));
        if (!doc) continue;
        // Only references and numbers: the records (and an article's cached claim list) are never
        // changed in place, so the documents are built from them when written (see Deferred).
        doc.articles.push(a);
        doc.ords.push(this.order.articles.get(a.id) ?? 0);
        doc.claims.push(this.claimsOf(a.id));
      }
      for (const [k, doc] of groups) {
        if (doc.content) docs.set(k, new Deferred(() => contentDocument(doc)));
        docs.set(`index-${k.slice('content-'.length)}`, new BucketIndex(doc));
      }
    }
    if (want('reviews-')) {
      const groups = new Map<string, Review[]>();
      for (const k of keys) if (k.startsWith('reviews-')) groups.set(k, []);
      for (const r of this.reviewsById.values()) {
        if ((++n & 1023) === 0) yield;
        groups.get(this.bucket('reviews', r.claimId))?.push(r);
      }
      for (const [k, reviews] of groups) docs.set(k, { reviews });
    }
    if (want('fchunk-')) {
      // Findings chunks by stored order, each with its index document. A chunk not parsed yet is
      // never written (commits parse the chunks they touch first).
      const groups = new Map<string, Ordered<Finding>[]>();
      for (const k of keys) if (k.startsWith('fchunk-') && !this.lazyFindingChunks.has(k)) groups.set(k, []);
      if (groups.size > 0) {
        for (const f of this.findingsById.values()) {
          if ((++n & 1023) === 0) yield;
          const ord = this.order.findings.get(f.id) ?? 0;
          groups.get(this.chunkOf(ord))?.push([ord, f]);
        }
      }
      for (const [k, findings] of groups) {
        yield;
        findings.sort((a, b) => a[0] - b[0]);
        docs.set(k, { findings });
        // The index entries are built when their document is written (one chunk's entries alive at a
        // time, not 160k at 10,000 articles); all they read then is the captured finding records
        // (never changed in place) except whether the finding's articles are its claims' articles,
        // which reads the claims now: taken here, a flag per finding.
        const derived = new Uint8Array(findings.length);
        for (let i = 0; i < findings.length; i++) {
          if ((++n & 255) === 0) yield;
          derived[i] = this.articlesDerived(findings[i]![1]) ? 1 : 0;
        }
        docs.set(`findex-${k.slice('fchunk-'.length)}`, new Deferred(() => findexDocument(findings, derived)));
      }
    }
    if (keys.has('fkeys')) {
      // From every finding's index entry or record, once all are known (runCheckpoint reads the
      // findings index documents first); undefined (dropped from the manifest) otherwise. Built when
      // written, outside the commit queue (hashing 450k findings' keys: about a second), from the
      // findings as they are then: when commits landed since this capture, the journal holds them, and
      // an open replaying any finding or claim change never reads the keys (findingsAsLoaded); when
      // none did, they are the findings of this checkpoint.
      docs.set('fkeys', this.pendingFindex.size === 0 && this.lazyFindings.size === 0 ? new Deferred(() => this.findingKeysStaged()) : undefined);
    }
    if (keys.has('fhead')) {
      // From the findings index when it is built, else from the head kept up to date since the
      // open; undefined (dropped from the manifest: never a stale head) when there is neither.
      const fromIndex = this.findingIndex.headSnapshot(findingHeadSize());
      docs.set('fhead', fromIndex ? { v: 1, ...fromIndex } : this.findingHead?.toDoc());
    }
    for (const k of keys) {
      if (k === 'detached') docs.set(k, { detached: [...this.detachedById.values()].map((d) => [this.order.detached.get(d.id) ?? 0, d]) });
      else if (k === 'settings') docs.set(k, { settings: this.settingsRecord, meta: this.metaRecord });
      else if (k === 'undo') docs.set(k, { undo: [...this.undoStack], redo: [...this.redoStack] });
      else if (k.startsWith('audit-')) {
        const chunk = Number(k.slice('audit-'.length));
        docs.set(k, { events: this.audit.slice(chunk * AUDIT_CHUNK, (chunk + 1) * AUDIT_CHUNK) });
      }
    }
    return docs;
  }

  /** Writes documents under names of this checkpoint; returns key → file name. Folder synced once. */
  private async writeDocuments(docs: Map<string, unknown>, seq: number): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const [key, captured] of docs) {
      const name = `${key}.${seq}.json`;
      const data = captured instanceof Deferred ? await inSlices(captured.build(), this.sliceMs) : captured;
      if (data instanceof ContentPieces) {
        // The same JSON as the lowdb adapter writes, its articles' spans counted on the way.
        await writeFileDurably(this.fs, join(this.location, DATA_DIR, name), data.pieces(), { syncFolder: false });
      } else {
        const db = new Low<unknown>(new DurableJsonFile<unknown>(this.fs, join(this.location, DATA_DIR, name)), null);
        db.data = data;
        await db.write();
      }
      names[key] = name;
      // Written: the captured copy can go (a checkpoint of every document never holds all of them
      // to its end; a failed checkpoint captures again from memory next time).
      docs.delete(key);
    }
    await syncDir(this.fs, join(this.location, DATA_DIR));
    return names;
  }

  /**
   * Compacts the journal into the documents. Runs in the background after enough commits and on
   * close; commits wait only while the journal is switched to a new segment and the changed
   * records are captured.
   */
  /** Checkpoints in the background when the journal holds at least `minJournalBytes` since the last one. */
  compact(options: { minJournalBytes?: number } = {}): Promise<void> {
    if (this.readOnly || this.closed) return Promise.resolve();
    if (this.sinceCheckpoint.bytes < (options.minJournalBytes ?? 0) && this.checkpointRun === null) return Promise.resolve();
    return this.checkpoint();
  }

  checkpoint(): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    this.checkpointRun ??= this.runCheckpoint().finally(() => {
      this.checkpointRun = null;
    });
    return this.checkpointRun;
  }

  private async runCheckpoint(): Promise<void> {
    // A findings head to write and none kept since the open: the findings index gives it, built
    // first (in the background, in slices) rather than dropping the head from the manifest.
    if (this.dirty.has('fhead') && !this.findingHead && !this.findingIndex.ready && !this.closed) await this.findingIndexReady().catch(() => undefined);
    // Findings keys to write: every finding's index entry is read first (see captureStaged).
    if (this.dirty.has('fkeys') && (this.pendingFindex.size > 0 || this.lazyFindings.size > 0) && !this.closed) {
      await this.ensureFindings().catch(() => undefined);
      await this.ensureFindingMeta().catch(() => undefined);
    }
    const captured = await this.exclusive(() => this.captureCheckpoint());
    if (captured) await this.writeCheckpoint(captured);
  }

  /** A checkpoint's first half, in a turn of the commit queue: what changed since the last one. */
  private async captureCheckpoint() {
    if (this.closed && !this.journal) return null;
    if (this.dirty.size === 0 && this.sinceCheckpoint.commits === 0) return null;
    const seq = this.seq;
    // New commits go to a new segment; the old ones stay until the new manifest is durable.
    const next = this.segmentPath(seq + 1);
    if (next !== this.journalFile) await this.switchJournal(next);
    // A bucket changed through articles read on their own (see ensureFewArticles) is parsed whole
    // first: a document is written from every record of its bucket.
    const partial = [...this.dirty].filter((k) => k.startsWith('content-') && this.lazyContent.has(k));
    if (partial.length > 0) await this.ensureBuckets(partial);
    // Buckets written before spans, parsed since: a few rewritten with them at each checkpoint.
    let upgrades = 0;
    for (const key of this.spanless) {
      if (upgrades >= SPAN_UPGRADES_PER_CHECKPOINT) break;
      if (this.lazyContent.has(key)) continue;
      this.dirty.add(key);
      upgrades++;
    }
    const keys = new Set(this.dirty);
    for (const key of keys) this.spanless.delete(key);
    this.dirty.clear();
    this.sinceCheckpoint = { commits: 0, bytes: 0 };
    const retired = new Set(this.retiredKeys);
    const docs = await inSlices(this.captureStaged(keys), this.sliceMs);
    // Set in the queue: a restore's turn that follows sees it, and waits for this write (restoreBackup).
    this.checkpointWriting = true;
    return {
      seq,
      keys,
      retired,
      docs,
      counts: { articles: this.articleMap.size + this.lazyArticles.size, claims: this.claimMap.size + this.lazyClaims.size, ...this.findingTotal() },
    };
  }

  /**
   * A checkpoint's second half, outside the queue (or in a restore's turn): the captured documents,
   * the new manifest, the backup of the previous one; then the journal it covers is dropped.
   */
  private async writeCheckpoint(captured: NonNullable<Awaited<ReturnType<LowdbFolderStore['captureCheckpoint']>>>): Promise<void> {
    // No findings head to write (see captureDocuments): the manifest names none rather than a stale one.
    const noHead = captured.docs.has('fhead') && captured.docs.get('fhead') === undefined;
    if (noHead) captured.docs.delete('fhead');
    // Nor findings keys that could not be built (the findings index documents not all read).
    const noKeys = captured.docs.has('fkeys') && captured.docs.get('fkeys') === undefined;
    if (noKeys) captured.docs.delete('fkeys');
    try {
      const written = await this.writeDocuments(captured.docs, captured.seq);
      const previous = this.manifest;
      const documents = { ...previous.documents, ...written };
      for (const k of captured.retired) delete documents[k];
      if (noHead) delete documents.fhead;
      if (noKeys) delete documents.fkeys;
      const next: Manifest = {
        ...previous,
        schemaVersion: FOLDER_SCHEMA_VERSION,
        findingChunk: this.findingChunk,
        checkpointSeq: captured.seq,
        checkpointAt: this.now().toISOString(),
        documents,
        counts: captured.counts,
      };
      // A backup is never overwritten: after a restore, the restored manifest shares its checkpoint seq
      // with the backup of the state it replaced (no commit in between), and is itself the chosen
      // backup's content, kept under that backup's name.
      const backupName = `manifest-${pad(previous.checkpointSeq, 12)}.json`;
      if (previous.checkpointSeq !== next.checkpointSeq && !(await this.fs.readdir(join(this.location, BACKUP_DIR))).includes(backupName)) {
        await writeFileDurably(this.fs, join(this.location, BACKUP_DIR, backupName), JSON.stringify(previous, null, 1));
      }
      await writeFileDurably(this.fs, join(this.location, MANIFEST_FILE), JSON.stringify(next, null, 1));
      this.manifest = next;
      for (const k of captured.retired) this.retiredKeys.delete(k);
      this.lastCheckpointError = null;
      await this.dropJournalUpTo(captured.seq);
      await this.collectGarbage();
    } catch (e) {
      // Nothing is lost (the journal still covers these commits): try again next time.
      for (const k of captured.keys) this.dirty.add(k);
      this.sinceCheckpoint.commits++;
      this.lastCheckpointError = e;
      throw e;
    } finally {
      this.checkpointWriting = false;
    }
  }

  private async dropJournalUpTo(seq: number): Promise<void> {
    const current = this.journalFile;
    for (const name of await this.journalSegments()) {
      const file = join(this.location, JOURNAL_DIR, name);
      const first = Number(JOURNAL_NAME.exec(name)?.[1]);
      if (file !== current && first <= seq) await this.fs.unlink(file).catch(() => undefined);
    }
    await syncDir(this.fs, join(this.location, JOURNAL_DIR));
  }

  private async backupManifests(): Promise<{ name: string; manifest: Manifest }[]> {
    const names = (await this.fs.readdir(join(this.location, BACKUP_DIR))).filter((n) => /^manifest-\d{12}\.json$/.test(n)).sort();
    const out: { name: string; manifest: Manifest }[] = [];
    for (const name of names) {
      try {
        out.push({ name, manifest: await this.readManifest(join(this.location, BACKUP_DIR, name)) });
      } catch {
        // An unreadable backup manifest is skipped, never fatal.
      }
    }
    return out;
  }

  /** Keeps the last KEEP_BACKUPS backup manifests and every document they or the manifest name. */
  private async collectGarbage(): Promise<void> {
    const backups = await this.backupManifests();
    const drop = backups.slice(0, Math.max(0, backups.length - KEEP_BACKUPS));
    for (const b of drop) await this.fs.unlink(join(this.location, BACKUP_DIR, b.name)).catch(() => undefined);
    const kept = backups.slice(drop.length);
    const referenced = new Set<string>(Object.values(this.manifest.documents));
    for (const b of kept) for (const name of Object.values(b.manifest.documents)) referenced.add(name);
    let removed = false;
    for (const name of await this.fs.readdir(join(this.location, DATA_DIR))) {
      if (!referenced.has(name) && /\.json$/.test(name)) {
        await this.fs.unlink(join(this.location, DATA_DIR, name)).catch(() => undefined);
        removed = true;
      }
    }
    if (removed || drop.length > 0) {
      await syncDir(this.fs, join(this.location, DATA_DIR));
      await syncDir(this.fs, join(this.location, BACKUP_DIR));
    }
  }

  // ------------------------------------------------------------------ backups

  async listBackups(): Promise<BackupInfo[]> {
    const backups = await this.backupManifests();
    // A backup's size: its manifest and every document it names (documents are shared between
    // backups, so the sizes overlap).
    const sizes = new Map<string, number>();
    const sizeOf = async (path: string): Promise<number> => {
      let size = sizes.get(path);
      if (size === undefined) {
        size = await this.fs.stat(path).then((st) => st.size, () => 0);
        sizes.set(path, size);
      }
      return size;
    };
    const out: BackupInfo[] = [];
    for (const b of backups) {
      let bytes = await sizeOf(join(this.location, BACKUP_DIR, b.name));
      for (const name of Object.values(b.manifest.documents)) bytes += await sizeOf(join(this.location, DATA_DIR, name));
      out.push({
        id: b.name.replace(/^manifest-/, '').replace(/\.json$/, ''),
        at: b.manifest.checkpointAt,
        seq: b.manifest.checkpointSeq,
        articles: b.manifest.counts?.articles ?? 0,
        claims: b.manifest.counts?.claims ?? 0,
        bytes,
      });
    }
    return out.reverse();
  }

  /**
   * Restores one at a time (a second confirm click, two windows): each one's checkpoint, backup and
   * audit commit come after the one before it is done, and one behind a restore that closed the
   * store (its reload failed) writes nothing.
   */
  restoreBackup(backupId: string): Promise<void> {
    const run = this.restoreChain.then(() => this.restoreOne(backupId));
    this.restoreChain = run.catch(() => undefined);
    return run;
  }

  private async restoreOne(backupId: string): Promise<void> {
    if (this.readOnly) throw new StoreReadOnlyError();
    if (this.unusable) throw this.unusable;
    if (this.closed) throw new StoreWriteError('The workspace is closed');
    if (!/^\d{12}$/.test(backupId)) throw new Error(`No backup ${backupId}`);
    // The current state becomes a backup itself, so a restore can be undone by restoring again.
    await this.checkpoint();
    const chosen = await this.readManifest(join(this.location, BACKUP_DIR, `manifest-${backupId}.json`)).catch(() => {
      throw new Error(`No backup ${backupId}`);
    });
    await this.exclusive(async () => {
      // A checkpoint that captured before this turn (one started by a commit while the backup was
      // read) writes its manifest first: written after the restored one, it would put the replaced
      // state back on disk. Its write never enters the queue, so waiting here cannot deadlock; a
      // checkpoint still waiting to capture does so after this turn, from the restored state.
      if (this.checkpointWriting) await this.checkpointRun?.catch(() => undefined);
      // The store may have been closed while this restore waited (closed, or made unusable): nothing
      // is written then, the lock may be another writer's already.
      if (this.unusable) throw this.unusable;
      if (this.closed || !this.journal) throw new StoreWriteError('The workspace is closed');
      // Commits acknowledged since the checkpoint above (they landed while the backup was read, or
      // that checkpoint was one already under way, captured earlier) are in the journal only, which
      // the restore drops: they are checkpointed here, in the turn, so the backup of the replaced
      // state holds them. Before the backup is checked: this checkpoint's garbage collection may
      // rotate the chosen backup out, and then the check fails before anything is touched.
      if (this.seq !== this.manifest.checkpointSeq || this.dirty.size > 0) {
        const captured = await this.captureCheckpoint();
        if (captured) await this.writeCheckpoint(captured);
      }
      const current = this.manifest;
      let seq = this.seq;
      // Check the backup loads before touching anything.
      const probe = new LowdbFolderStore(this.location, this.options);
      probe.manifest = chosen;
      await probe.loadDocuments(chosen, false);
      // The replaced state becomes a backup, and a backup is never overwritten. A manifest that is
      // itself a restored one with no commit after it (its reload or its audit commit failed, or the
      // workspace was reopened after that) shares its checkpoint seq with the backup of the state it
      // replaced: it is kept under the next seq instead (no commit has that seq; the journal goes on
      // after it). The same manifest written before (an earlier try of this restore) is kept as it is.
      let backupSeq = current.checkpointSeq;
      const existing = await this.readManifest(join(this.location, BACKUP_DIR, `manifest-${pad(backupSeq, 12)}.json`)).catch(() => null);
      if (existing !== null && JSON.stringify(existing.documents) !== JSON.stringify(current.documents)) backupSeq = seq = this.seq + 1;
      if (existing === null || backupSeq !== current.checkpointSeq) {
        await writeFileDurably(this.fs, join(this.location, BACKUP_DIR, `manifest-${pad(backupSeq, 12)}.json`), JSON.stringify({ ...current, checkpointSeq: backupSeq }, null, 1));
      }
      const next: Manifest = { ...chosen, checkpointSeq: seq, checkpointAt: this.now().toISOString() };
      await this.switchJournal(this.segmentPath(seq + 1));
      // The restore's own commit (its audit event, the revision mark, the undo history cleared) is
      // prepared on the restored state, which the probe holds, whole: its journal line goes right
      // after the restored manifest, before the reload, so a restore whose reload fails is in the
      // audit trail all the same (the next open replays it on top of the restored manifest).
      probe.seq = seq;
      const at = this.now().toISOString();
      const who = probe.settingsRecord.reviewerName;
      const prepared = probe.prepare({
        action: 'workspace.restore',
        who,
        at,
        changes: [restoredRevision(this.metaRecord, probe.metaRecord, probe.metaRecord)],
        audit: [{ who, when: at, action: 'workspace.restore', target: 'workspace', before: null, after: { backupId, seq: chosen.checkpointSeq } }],
        undo: { kind: 'clear' },
      });
      // Renamed in last (no folder sync inside): a failure before the rename leaves the disk as it
      // was, and the store usable.
      await writeFileDurably(this.fs, join(this.location, MANIFEST_FILE), JSON.stringify(next, null, 1), { syncFolder: false });
      // From here the disk holds the restored manifest: any failure (the folder syncs, the journal
      // line, the reload) leaves memory that is not what the disk holds. Nothing may answer from that
      // or write on top of it: the store is closed, set before the reads waiting are let go.
      // The reload is applied like a commit in slices: reads gated on `applying` (gateReads,
      // consistentRead, withAllClaims) wait for it, so none answers from the half-loaded state between
      // reset() and the end of the reload (the generation is the same at both ends of such a read).
      let reloaded!: () => void;
      const applying = new Promise<void>((resolve) => (reloaded = resolve));
      this.applying = applying;
      this.applyEpoch++;
      try {
        this.manifest = next;
        await syncDir(this.fs, this.location);
        const bytes = await this.appendJournal(journalLine(prepared));
        await this.dropJournalUpTo(seq);
        this.reset();
        try {
          await this.loadDocuments(next, (next.counts?.articles ?? 0) >= (this.options.lazyContentAbove ?? LAZY_CONTENT_ABOVE));
        } finally {
          // reset() moved the generation before the reload; a big commit checked ahead (commitAhead)
          // that began during the reload saw a half-loaded state under that generation: moved again
          // now (also when the reload failed), so it is checked in full in its turn.
          this.generation++;
        }
        this.seq = seq;
        this.dirty.clear();
        this.migrateLegacyFindings();
        await inSlices(this.applyStaged(prepared), this.sliceMs);
        this.sinceCheckpoint = { commits: 1, bytes };
      } catch (e) {
        this.unusable = new StoreUnusableError(e);
      } finally {
        this.applyEpoch++;
        if (this.applying === applying) this.applying = null;
        reloaded();
      }
      if (this.unusable) {
        await this.closeUnusable();
        throw this.unusable;
      }
      this.notices.push({ kind: 'restored', backupId });
      this.indexFindingsInBackground();
      this.warmUp();
    });
  }

  // ------------------------------------------------------------------ close

  /**
   * After a failed reload (restoreBackup): no checkpoint (memory is not what the disk holds), the
   * journal closed, the lock let go so the workspace opens again (in this process too).
   */
  private async closeUnusable(): Promise<void> {
    this.closed = true;
    this.generation++;
    this.findingIndex.reset();
    await this.journal?.close().catch(() => undefined);
    this.journal = null;
    await this.releaseLock?.().catch(() => undefined);
    this.releaseLock = null;
    if (openWriters.get(this.location) === this) openWriters.delete(this.location);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (!this.readOnly) {
      // A big commit asked before close() and still being checked ahead (commitAhead) takes its
      // place in the queue first, so it lands as it would in the order asked for (instead of being
      // refused as closed).
      await this.aheadQueued;
      await this.checkpoint().catch(() => undefined);
      // A checkpoint already running when close was called captured before the last commits: the
      // last one is written too (the next open then replays no journal).
      if (this.dirty.size > 0 || this.sinceCheckpoint.commits > 0) await this.checkpoint().catch(() => undefined);
      await this.exclusive(async () => {
        this.closed = true;
        await this.journal?.close();
        this.journal = null;
      });
      await this.releaseLock?.();
      if (openWriters.get(this.location) === this) openWriters.delete(this.location);
    }
    this.closed = true;
    // Background work of this store (findings index documents, the findings index) stops.
    this.generation++;
    this.findingIndex.reset();
  }

  /** Files of this workspace (for tests and the README's description). */
  static readonly layout = { manifest: MANIFEST_FILE, data: DATA_DIR, journal: JOURNAL_DIR, backups: BACKUP_DIR, fileMode: FILE_MODE };
}
