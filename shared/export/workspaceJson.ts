import { z } from 'zod';
import { fold } from '../analysis/normalize';
import { quotedSpansOf } from '../findingSpans';
import { FIELD_LIMITS } from '../limits';
import { SCHEMA_VERSION, Workspace, type Claim, type Review } from '../schema';
import type { ExportLanguage } from './labels';
import { auditEventsFor, ExportScope, selectForExport } from './select';

export const WORKSPACE_EXPORT_FORMAT = 'crosscheck.workspace';
export const WORKSPACE_EXPORT_VERSION = 1;

/** The workspace's own records plus what the file is; records keep their stored shape exactly. */
export const WorkspaceExport = Workspace.extend({
  format: z.literal(WORKSPACE_EXPORT_FORMAT),
  version: z.literal(WORKSPACE_EXPORT_VERSION),
  exportedAt: z.string(),
  /**
   * True when only a selection was exported: its audit log is a subset whose hash chain cannot
   * be checked, so it is never adopted as a workspace's log.
   */
  partial: z.boolean(),
  scope: ExportScope.nullable(),
});
export type WorkspaceExport = z.infer<typeof WorkspaceExport>;

/**
 * The full-records JSON export. Without a scope it is the whole workspace (a backup that restores
 * identically); with one, the selected claims with their articles, reviews, whole findings and
 * the audit events about them.
 */
export function toWorkspaceExport(ws: Workspace, options: { exportedAt: string; scope?: ExportScope }): WorkspaceExport {
  const header = { format: WORKSPACE_EXPORT_FORMAT, version: WORKSPACE_EXPORT_VERSION, exportedAt: options.exportedAt } as const;
  if (!options.scope) {
    return { ...header, partial: false, scope: null, ...ws };
  }
  const selection = selectForExport(ws, options.scope);
  return {
    ...header,
    partial: true,
    scope: selection.scope,
    schemaVersion: ws.schemaVersion,
    articles: selection.articles,
    claims: selection.claims,
    reviews: selection.reviews,
    findings: selection.findings,
    auditLog: auditEventsFor(selection, ws.auditLog),
    settings: ws.settings,
  };
}

export function toWorkspaceJson(ws: Workspace, options: { exportedAt: string; scope?: ExportScope }): string {
  return JSON.stringify(toWorkspaceExport(ws, options), null, 2) + '\n';
}

export type ExportParseErrorCode =
  | 'not_json'
  | 'not_crosscheck_export'
  | 'unsupported_version'
  | 'invalid_records'
  | 'broken_references'
  | 'over_limits'
  | 'quote_mismatch';

export interface ExportParseError {
  code: ExportParseErrorCode;
  /** Where the file is wrong ("claims[3].start: …"), at most a screenful, for the details pane. */
  issues: string[];
  /** How many problems were found (the issues are the first MAX_ISSUES of them). */
  total?: number;
}

export type ParseExportResult = { ok: true; value: WorkspaceExport } | { ok: false; error: ExportParseError };

const MAX_ISSUES = 20;

function fail(code: ExportParseErrorCode, issues: string[] = []): { ok: false; error: ExportParseError } {
  return { ok: false, error: { code, issues: issues.slice(0, MAX_ISSUES), total: issues.length } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every record the undo/redo steps hold (an Undo writes it back), with where it is in the file. */
type HistoryRecord = { where: string; stack: 'undo' | 'redo'; claimId: string } & ({ type: 'review'; record: Review } | { type: 'claim'; record: Claim });
function historyRecords(data: Workspace): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  for (const stack of ['undo', 'redo'] as const) {
    for (const [i, entry] of (data.history?.[stack] ?? []).entries()) {
      for (const [k, change] of entry.changes.entries()) {
        for (const side of ['before', 'after'] as const) {
          const where = `history.${stack}[${i}].changes[${k}].${side}`;
          if (change.type === 'review' && change[side]) out.push({ where, stack, claimId: change.claimId, type: 'review', record: change[side] });
          if (change.type === 'claim' && change[side]) out.push({ where, stack, claimId: change.claimId, type: 'claim', record: change[side] });
        }
      }
    }
  }
  return out;
}

/** Ids must be unique and every reference must land, or a merge would attach work to nothing. */
function referenceProblems(data: Workspace): string[] {
  const problems: string[] = [];
  const duplicates = (ids: string[], what: string): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} ${id} appears twice`);
      seen.add(id);
    }
  };
  duplicates(data.articles.map((a) => a.id), 'article');
  duplicates(data.claims.map((c) => c.id), 'claim');
  duplicates(data.findings.map((f) => f.id), 'finding');
  const articleIds = new Set(data.articles.map((a) => a.id));
  const claimIds = new Set(data.claims.map((c) => c.id));
  for (const c of data.claims) if (!articleIds.has(c.articleId)) problems.push(`claim ${c.id} points to missing article ${c.articleId}`);
  for (const [key, r] of Object.entries(data.reviews)) {
    if (key !== r.claimId) problems.push(`review stored under ${key} is for claim ${r.claimId}`);
    if (!claimIds.has(r.claimId)) problems.push(`review points to missing claim ${r.claimId}`);
  }
  for (const f of data.findings) {
    for (const id of f.claimIds) if (!claimIds.has(id)) problems.push(`finding ${f.id} points to missing claim ${id}`);
  }
  for (const kept of data.detached ?? []) {
    if (!articleIds.has(kept.claim.articleId)) problems.push(`detached claim ${kept.claim.id} points to missing article ${kept.claim.articleId}`);
    if (kept.review && kept.review.claimId !== kept.claim.id) problems.push(`detached claim ${kept.claim.id} carries the review of ${kept.review.claimId}`);
  }
  for (const h of historyRecords(data)) {
    const id = h.type === 'claim' ? h.record.id : h.record.claimId;
    if (id !== h.claimId) problems.push(`history.${h.stack}: a change of ${h.claimId} holds the record of ${id}`);
    if (h.type === 'claim' && !articleIds.has(h.record.articleId)) problems.push(`history.${h.stack}: claim ${id} points to missing article ${h.record.articleId}`);
  }
  return problems;
}

type Problem = (where: string, value: string | null | undefined, limit: number) => void;

/** The editor-written fields of a review, against FIELD_LIMITS. */
function reviewLimits(at: string, review: Review, check: Problem, count: (where: string, n: number, limit: number) => void): void {
  const r = FIELD_LIMITS.review;
  check(`${at}.correctedText`, review.correctedText, r.correctedText);
  check(`${at}.note`, review.note, r.note);
  check(`${at}.verdict`, review.verdict, r.verdict);
  check(`${at}.reviewer`, review.reviewer, FIELD_LIMITS.person);
  count(`${at}.evidence`, review.evidence.length, r.evidence);
  for (const [i, e] of review.evidence.slice(0, r.evidence).entries()) {
    check(`${at}.evidence[${i}].url`, e.url, r.evidenceUrl);
    check(`${at}.evidence[${i}].note`, e.note, r.evidenceNote);
  }
}

/** The fields of a claim an editor can edit (and the engine fills), and the words kept around it, against FIELD_LIMITS. */
function claimLimits(at: string, claim: Claim, check: Problem): void {
  const c = FIELD_LIMITS.claim;
  for (const field of ['unit', 'subject', 'metric', 'period'] as const) check(`${at}.${field}`, claim[field], c[field]);
  check(`${at}.prefix`, claim.prefix, c.context);
  check(`${at}.suffix`, claim.suffix, c.context);
}

/**
 * Fields longer (or lists longer) than the app lets an editor write (FIELD_LIMITS): "reviews.c_….note:
 * 1000000 characters, at most 10000" — in the records, the claims kept apart after a re-extraction
 * (`detached`) and the undo/redo steps (an Undo writes them back). What Crosscheck writes never holds
 * such values, so a file that does was made or edited by hand; merging it would store what no form can
 * show or save back. (The number of verdicts is not bounded here: a merge learns the verdicts of the
 * reviews it brings, so a workspace's own export may hold more than the settings form offers.)
 */
function limitProblems(data: Workspace): string[] {
  const problems: string[] = [];
  const check: Problem = (where, value, limit) => {
    if (typeof value === 'string' && value.length > limit) problems.push(`${where}: ${value.length} characters, at most ${limit}`);
  };
  const count = (where: string, n: number, limit: number): void => {
    if (n > limit) problems.push(`${where}: ${n} items, at most ${limit}`);
  };
  for (const [key, review] of Object.entries(data.reviews)) reviewLimits(`reviews.${key}`, review, check, count);
  for (const [i, claim] of data.claims.entries()) claimLimits(`claims[${i}]`, claim, check);
  for (const [i, kept] of (data.detached ?? []).entries()) {
    claimLimits(`detached[${i}].claim`, kept.claim, check);
    if (kept.review) reviewLimits(`detached[${i}].review`, kept.review, check, count);
  }
  for (const h of historyRecords(data)) {
    if (h.type === 'review') reviewLimits(h.where, h.record, check, count);
    else claimLimits(h.where, h.record, check);
  }
  for (const [i, finding] of data.findings.entries()) {
    check(`findings[${i}].decision.note`, finding.decision?.note, FIELD_LIMITS.findingNote);
    check(`findings[${i}].decision.by`, finding.decision?.by, FIELD_LIMITS.person);
  }
  const s = FIELD_LIMITS.settings;
  const settings = data.settings;
  check('settings.reviewerName', settings.reviewerName, s.reviewerName);
  check('settings.newsroom.name', settings.newsroom?.name, s.newsroomName);
  check('settings.newsroom.url', settings.newsroom?.url, s.newsroomUrl);
  check('settings.claimReviewUrlPattern', settings.claimReviewUrlPattern, s.claimReviewUrlPattern);
  for (const [i, v] of (settings.verdicts ?? []).entries()) {
    check(`settings.verdicts[${i}].id`, v.id, s.verdictId);
    check(`settings.verdicts[${i}].label_vi`, v.label_vi, s.verdictLabel);
    check(`settings.verdicts[${i}].label_en`, v.label_en, s.verdictLabel);
  }
  return problems;
}

/**
 * A claim's quote (and a finding's highlighted span, and the sentence and figure an aligned-passage
 * finding shows side by side) is the article's own text at its offsets — what the desk highlights and
 * what an editor reads as "the article says". A file whose quote is not there (offsets past the text, a
 * start after the end, or words put in the article's mouth) was edited by hand. The same holds for the
 * claims of undo/redo steps; a claim kept apart after a re-extraction or a merge (`detached`) is one
 * whose words were not found in the text, so its quote and offsets are not held to it.
 */
function quoteProblems(data: Workspace): string[] {
  const problems: string[] = [];
  const texts = new Map(data.articles.map((a) => [a.id, a.text]));
  // The analysis's own fold (case and diacritics), spaces run together: the elapsed-years rule reads its start
  // year folded and writes it as "năm 2015" where the article may say "Năm 2015" (or "Việt Nam 2015").
  const folded = (text: string): string => fold(text).replace(/\s+/g, ' ');
  const foldedTexts = new Map<string, string>();
  const foldedText = (articleId: string): string | undefined => {
    const text = texts.get(articleId);
    if (text === undefined) return undefined;
    let f = foldedTexts.get(articleId);
    if (f === undefined) foldedTexts.set(articleId, (f = folded(text)));
    return f;
  };
  const check = (where: string, articleId: unknown, start: number, end: number, quote: string | null): void => {
    const text = typeof articleId === 'string' ? texts.get(articleId) : undefined;
    if (text === undefined) return; // a missing article is a reference problem, reported apart
    if (start < 0 || start > end || end > text.length) problems.push(`${where}: offsets ${start}–${end} lie outside the article's ${text.length} characters`);
    else if (quote !== null && text.slice(start, end) !== quote) problems.push(`${where}: the quote is not the article's text at ${start}–${end}`);
  };
  const claim = (where: string, c: Claim): void => check(`${where} (${c.id})`, c.articleId, c.start, c.end, c.quote);
  for (const [i, c] of data.claims.entries()) claim(`claims[${i}]`, c);
  for (const h of historyRecords(data)) if (h.type === 'claim') claim(h.where, h.record);
  // The explanation is rendered from the quotes the facts hold: each must be words of its article,
  // compared folded (see `folded`).
  const quoted = (where: string, articleId: unknown, quote: unknown): void => {
    const text = typeof articleId === 'string' ? foldedText(articleId) : undefined;
    if (text !== undefined && typeof quote === 'string' && !text.includes(folded(quote))) problems.push(`${where}: the quote is not in the article`);
  };
  for (const [i, finding] of data.findings.entries()) {
    for (const span of quotedSpansOf(finding)) check(`findings[${i}].${span.where}`, span.articleId, span.start, span.end, span.words);
    const facts: unknown = finding.facts;
    if (!isRecord(facts)) continue;
    const refs: Array<[string, unknown]> = Object.entries(facts).flatMap(([key, value]): Array<[string, unknown]> =>
      Array.isArray(value) ? value.map((v, n): [string, unknown] => [`${key}[${n}]`, v]) : [[key, value]],
    );
    for (const [key, ref] of refs) if (isRecord(ref)) quoted(`findings[${i}].facts.${key}.quote`, ref.articleId, ref.quote);
    if (isRecord(facts.claim)) quoted(`findings[${i}].facts.fromQuote`, facts.claim.articleId, facts.fromQuote);
  }
  return problems;
}

/**
 * How deeply an audit event's before/after may nest in an imported export. What Crosscheck writes now
 * nests a few levels whatever the number of merges (a merge entry keeps the foreign events it brought
 * flat, REVIEW-hostile H1). Versions before that nested +3 levels per merge (a merge entry kept the
 * other desk's merge entries with theirs inside): 1,000 levels is ~330 merges, i.e. two desks
 * exchanging exports daily for over five months with an older version; merging such a file now
 * flattens it. JSON.parse reads any depth, but hashing, storing and sending a value are recursive and
 * overflowed the stack between 1,000 and 5,000 levels here, which stopped the whole import
 * (REVIEW-sec B5); a value at the bound merges, stores and exports again (tested through the service).
 * The file's size is bounded apart (MAX_EXPORT_JSON_BYTES).
 */
export const MAX_AUDIT_VALUE_DEPTH = 1_000;

/** Depth of a parsed JSON value, walked with its own stack; stops once past the limit. */
function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [v, depth] = item;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** "auditLog[3].after: …" for every audit value nested past MAX_AUDIT_VALUE_DEPTH. */
function tooDeepAuditValues(auditLog: unknown): string[] {
  if (!Array.isArray(auditLog)) return [];
  const issues: string[] = [];
  for (const [i, event] of auditLog.entries()) {
    if (!isRecord(event)) continue;
    for (const key of ['before', 'after'] as const) {
      if (jsonDepth(event[key], MAX_AUDIT_VALUE_DEPTH) > MAX_AUDIT_VALUE_DEPTH) {
        issues.push(`auditLog[${i}].${key}: nested more than ${MAX_AUDIT_VALUE_DEPTH} levels deep`);
      }
    }
  }
  return issues;
}

/** Reads a JSON export back, checking shape (zod) and references before anything touches a workspace. */
export function parseExportJson(text: string): ParseExportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('not_json', [error instanceof Error ? error.message : String(error)]);
  }
  if (!isRecord(raw) || raw.format !== WORKSPACE_EXPORT_FORMAT) return fail('not_crosscheck_export');
  if (raw.version !== WORKSPACE_EXPORT_VERSION || raw.schemaVersion !== SCHEMA_VERSION) {
    return fail('unsupported_version', [`version ${String(raw.version)}, schemaVersion ${String(raw.schemaVersion)}`]);
  }
  return checkedRecords(raw, WorkspaceExport);
}

/** Shape (zod), nesting, references, field limits and quotes of a workspace's records, in that order. */
function checkedRecords<T extends Workspace>(raw: Record<string, unknown>, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; error: ExportParseError } {
  const tooDeep = tooDeepAuditValues(raw.auditLog);
  if (tooDeep.length > 0) return fail('invalid_records', tooDeep);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      'invalid_records',
      parsed.error.issues.map((i) => `${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')}: ${i.message}`),
    );
  }
  const data: Workspace = parsed.data;
  const problems = referenceProblems(data);
  if (problems.length > 0) return fail('broken_references', problems);
  const tooLong = limitProblems(data);
  if (tooLong.length > 0) return fail('over_limits', tooLong);
  const misquoted = quoteProblems(data);
  if (misquoted.length > 0) return fail('quote_mismatch', misquoted);
  return { ok: true, value: parsed.data };
}

/**
 * A bare workspace (an older version's single-file workspace, or an export whose header was taken
 * away) held to the same checks as an export: shape, nesting, references, limits, quotes.
 */
export function parseBareWorkspace(raw: unknown): { ok: true; value: Workspace } | { ok: false; error: ExportParseError } {
  if (!isRecord(raw)) return fail('invalid_records', ['not a JSON object']);
  return checkedRecords(raw, Workspace);
}

export function exportParseErrorMessage(error: ExportParseError, lang: ExportLanguage = 'vi'): string {
  const vi = lang === 'vi';
  const total = error.total ?? error.issues.length;
  // The first place named ("reviews.c_….note"), language-neutral; the details pane lists them all.
  const place = (error.issues[0] ?? '').split(': ')[0];
  switch (error.code) {
    case 'not_json':
      return vi ? 'Tệp không phải JSON hợp lệ (có thể bị cắt hoặc sửa dở).' : 'The file is not valid JSON (it may be truncated or half-edited).';
    case 'not_crosscheck_export':
      return vi ? 'Tệp JSON này không phải bản xuất của Crosscheck.' : 'This JSON file is not a Crosscheck export.';
    case 'unsupported_version':
      return vi
        ? 'Bản xuất này được tạo bởi một phiên bản Crosscheck khác; hãy cập nhật ứng dụng rồi nhập lại.'
        : 'This export was made by a different version of Crosscheck; update the app and import it again.';
    case 'invalid_records':
      return vi
        ? `Bản xuất có ${total} bản ghi sai cấu trúc nên không được nhập; không có gì bị thay đổi.`
        : `The export has ${total} malformed record(s), so nothing was imported or changed.`;
    case 'broken_references':
      return vi
        ? 'Bản xuất có nhận định, đánh giá hoặc phát hiện trỏ tới dữ liệu không có trong tệp nên không được nhập; không có gì bị thay đổi.'
        : 'The export has claims, reviews or findings pointing at records missing from the file, so nothing was imported or changed.';
    case 'over_limits':
      return vi
        ? `Bản xuất có ${total} trường vượt giới hạn của ứng dụng (đầu tiên: ${place}); tệp có thể đã bị sửa tay nên không được nhập; không có gì bị thay đổi.`
        : `The export has ${total} field(s) beyond the app's limits (first: ${place}); it may have been edited by hand, so nothing was imported or changed.`;
    case 'quote_mismatch':
      return vi
        ? `Bản xuất có ${total} trích dẫn không khớp với văn bản bài viết (đầu tiên: ${place}); tệp có thể đã bị sửa tay nên không được nhập; không có gì bị thay đổi.`
        : `The export has ${total} quote(s) that are not the article's text (first: ${place}); it may have been edited by hand, so nothing was imported or changed.`;
  }
}
