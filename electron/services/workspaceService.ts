import { buildDocument, type BuiltDocument } from '../../shared/document';
import { assignClaimIds, manualClaim, withSpan } from '../../shared/document';
import { EXTRACTOR_VERSION, extractClaims, reanchorClaims } from '../../shared/extract';
import { toClaimRow } from '../../shared/claimRow';
import type {
  ArticleSummary,
  ClaimFields,
  ClaimRow,
  DecideFinding,
  ExportRequest,
  ExportSummary,
  FindingDetail,
  ImportReport,
  ReextractReport,
  ReviewInput,
  UndoOutcome,
} from '../../shared/ipc/contract';
import { renderExport, writeExportFile } from './exporting';
import { detectFindings, findingId, type FindingRule } from '../../shared/analysis';
import { sentenceBounds } from '../../shared/document';
import { nextReview } from '../../shared/review';
import { foldForSearch, normalizeText } from '../../shared/text';
import {
  SCHEMA_VERSION,
  type Article,
  type AuditEvent,
  type Claim,
  type Finding,
  type HistoryChange,
  type Review,
  type Settings,
  type UndoHistory,
  type Workspace,
} from '../../shared/schema';
import { defaultSettings, verdictScaleOf } from '../../shared/settings';
import type { WorkspaceRepository } from '../store/repository';
import { appendAudit } from './audit';
import { AppError, genericMessages } from './errors';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { exportParseErrorMessage, mergeWorkspace, parseExportJson, resolveMergeConflict, type MergeConflict } from '../../shared/export';
import { listImportableFiles, readArticleFile, readExportFile, refusalMessage } from '../import';
import type { JobControl } from './jobs';

/**
 * True when a review action would change nothing an editor decided (pressing "verify" on a claim
 * already verified, "reset" on one never reviewed): such a press is not an action to undo or audit.
 */
function sameDecision(before: Review | null, after: Review): boolean {
  const decision = (r: Review | null) =>
    JSON.stringify(
      r
        ? [r.status, r.correctedValue, r.correctedText, r.note, r.evidence, r.verdict ?? null, r.flagReason ?? null]
        : ['unreviewed', null, null, null, [], null, null],
    );
  return decision(before) === decision(after);
}

/** Whether an action changes what the contradiction analysis sees (claims, rejections, corrections). */
function affectsAnalysis(changes: readonly HistoryChange[]): boolean {
  const matters = (r: Review | null) => r !== null && (r.status === 'rejected' || r.status === 'corrected');
  return changes.some((c) => c.type === 'claim' || matters(c.before) || matters(c.after));
}

export function conflictKey(c: MergeConflict): string {
  return c.kind === 'review' ? `review:${c.claimId}` : `finding:${c.findingId}`;
}

/** How many actions undo reaches back, across restarts. */
const HISTORY_LIMIT = 200;

export interface ServiceOptions {
  repository: WorkspaceRepository;
  /** Folder of sample articles imported on first start. */
  seedsDir: string | null;
  /** Reviewer recorded in the audit trail until the user sets a name. */
  defaultReviewer: string;
  now?: () => Date;
}

export function emptyWorkspace(reviewer: string): Workspace {
  return {
    schemaVersion: SCHEMA_VERSION,
    extractorVersion: EXTRACTOR_VERSION,
    articles: [],
    claims: [],
    reviews: {},
    findings: [],
    auditLog: [],
    settings: { ...defaultSettings(), reviewerName: reviewer },
  };
}

export interface WorkspaceInfo {
  path: string;
  articleCount: number;
  claimCount: number;
  notice: { kind: 'recovered'; movedTo: string } | null;
  upgraded: ReextractReport | null;
  settings: Settings;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The workspace as the app and the CLI use it: every read and every review goes through here,
 * whatever drives it (IPC, the e2e bridge, the command line).
 */
export class WorkspaceService {
  private claimsById = new Map<string, Claim>();
  /** What re-extraction on opening did, when the workspace came from an older engine. */
  upgraded: ReextractReport | null = null;
  private articlesById = new Map<string, Article>();

  private constructor(
    private ws: Workspace,
    private readonly options: ServiceOptions,
    private readonly notice: WorkspaceInfo['notice'],
  ) {
    this.reindex();
  }

  static async open(options: ServiceOptions): Promise<WorkspaceService> {
    const opened = await options.repository.open();
    const fresh = opened.workspace === null;
    const ws = opened.workspace ?? emptyWorkspace(options.defaultReviewer);
    const notice = opened.movedAsideTo ? { kind: 'recovered' as const, movedTo: opened.movedAsideTo } : null;
    const service = new WorkspaceService(ws, options, notice);
    // First start: the sample articles are the workspace a new user sees. After a recovery the
    // user starts empty instead, so samples never mix into what they think is their own work.
    if (fresh && !notice && options.seedsDir) {
      await service.importPaths([options.seedsDir]);
    } else if (fresh) {
      await service.persist();
    } else if ((ws.extractorVersion ?? 1) < EXTRACTOR_VERSION && ws.articles.length > 0) {
      // A newer engine: re-extract on upgrade, keeping every review attached to its words.
      service.upgraded = await service.reextract();
    }
    return service;
  }

  private now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  private reindex(): void {
    this.claimsById = new Map(this.ws.claims.map((c) => [c.id, c]));
    this.articlesById = new Map(this.ws.articles.map((a) => [a.id, a]));
  }

  get language(): 'vi' | 'en' {
    return this.ws.settings.language;
  }

  get workspace(): Readonly<Workspace> {
    return this.ws;
  }

  async persist(): Promise<void> {
    try {
      await this.options.repository.save(this.ws);
    } catch {
      throw new AppError('save_failed', genericMessages.save_failed);
    }
  }

  info(): WorkspaceInfo {
    return {
      path: this.options.repository.location,
      articleCount: this.ws.articles.length,
      claimCount: this.ws.claims.length,
      notice: this.notice,
      upgraded: this.upgraded,
      settings: this.ws.settings,
      canUndo: (this.ws.history?.undo.length ?? 0) > 0,
      canRedo: (this.ws.history?.redo.length ?? 0) > 0,
    };
  }

  listArticles(): ArticleSummary[] {
    const counts = new Map<string, { claims: number; reviewed: number; flagged: number }>();
    for (const c of this.ws.claims) {
      const entry = counts.get(c.articleId) ?? { claims: 0, reviewed: 0, flagged: 0 };
      entry.claims++;
      const status = this.ws.reviews[c.id]?.status ?? 'unreviewed';
      if (status !== 'unreviewed') entry.reviewed++;
      if (status === 'flagged') entry.flagged++;
      counts.set(c.articleId, entry);
    }
    return this.ws.articles.map((a) => {
      const n = counts.get(a.id) ?? { claims: 0, reviewed: 0, flagged: 0 };
      return {
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        publishedAt: a.publishedAt,
        source: a.source,
        claimCount: n.claims,
        reviewedCount: n.reviewed,
        flaggedCount: n.flagged,
      };
    });
  }

  getArticle(articleId: string): { article: Article; claims: Claim[]; reviews: Review[] } {
    const article = this.articlesById.get(articleId);
    if (!article) {
      throw new AppError('not_found', {
        vi: 'Không tìm thấy bài viết này trong không gian làm việc.',
        en: 'This article is not in the workspace.',
      });
    }
    const claims = this.ws.claims.filter((c) => c.articleId === articleId).sort((a, b) => a.start - b.start);
    const reviews = claims.flatMap((c) => {
      const r = this.ws.reviews[c.id];
      return r ? [r] : [];
    });
    return { article, claims, reviews };
  }

  findClaim(claimId: string): Claim {
    const claim = this.claimsById.get(claimId);
    if (!claim) {
      throw new AppError('not_found', {
        vi: `Không tìm thấy nhận định ${claimId}.`,
        en: `Claim ${claimId} was not found.`,
      });
    }
    return claim;
  }

  async reviewClaim(input: ReviewInput): Promise<Review> {
    const claim = this.findClaim(input.claimId);
    const before = this.ws.reviews[claim.id] ?? null;
    const review = nextReview(before, input, this.ws.settings.reviewerName, this.now().toISOString());
    if (review.status === 'corrected' && review.correctedValue === null && !review.correctedText) {
      throw new AppError('invalid_input', {
        vi: 'Hãy nhập giá trị hoặc nội dung đúng khi sửa một nhận định.',
        en: 'Enter the right value or wording when correcting a claim.',
      });
    }
    if (sameDecision(before, review)) return before ?? review;
    if (review.verdict && !verdictScaleOf(this.ws.settings).some((v) => v.id === review.verdict)) {
      throw new AppError('invalid_input', {
        vi: 'Kết luận này không có trong thang kết luận của tòa soạn.',
        en: 'This verdict is not on the newsroom\'s verdict scale.',
      });
    }
    await this.commitAction(`review.${review.status}`, [{ type: 'review', claimId: claim.id, before, after: review }]);
    return review;
  }

  listClaims(): ClaimRow[] {
    return this.ws.claims.map((c) => toClaimRow(c, this.ws.reviews[c.id]?.status ?? 'unreviewed'));
  }

  private checkSpan(article: Article, start: number, end: number): void {
    if (end <= start || end > article.text.length || article.text.slice(start, end).trim() === '') {
      throw new AppError('invalid_input', {
        vi: 'Đoạn chọn không hợp lệ: hãy bôi đen phần chữ chứa số liệu trong bài.',
        en: 'Invalid selection: select the words of the figure in the article.',
      });
    }
  }

  /** A claim the extractor missed, added by the editor from a selection in the reader. */
  async addClaim(input: { articleId: string; start: number; end: number; fields?: ClaimFields }): Promise<Claim> {
    const { article } = this.getArticle(input.articleId);
    this.checkSpan(article, input.start, input.end);
    const claim = manualClaim(article, input.start, input.end, input.fields ?? {});
    const sameSpan = this.ws.claims.some((c) => c.articleId === article.id && c.start === claim.start && c.end === claim.end);
    if (sameSpan || this.claimsById.has(claim.id)) {
      throw new AppError('invalid_input', {
        vi: 'Đoạn này đã là một nhận định.',
        en: 'This span is already a claim.',
      });
    }
    await this.commitAction('claim.add', [{ type: 'claim', claimId: claim.id, before: null, after: claim }]);
    return claim;
  }

  /** Moves a claim's span or corrects its structured fields; the quote always follows the span. */
  async editClaim(input: { claimId: string; start?: number; end?: number; fields?: ClaimFields }): Promise<Claim> {
    const before = this.findClaim(input.claimId);
    const article = this.articlesById.get(before.articleId) as Article;
    const start = input.start ?? before.start;
    const end = input.end ?? before.end;
    this.checkSpan(article, start, end);
    const after = withSpan({ ...before, ...(input.fields ?? {}) }, article.text, start, end);
    await this.commitAction('claim.edit', [{ type: 'claim', claimId: before.id, before, after }]);
    return after;
  }

  private get history(): UndoHistory {
    this.ws.history ??= { undo: [], redo: [] };
    return this.ws.history;
  }

  /** Applies an action, records it for undo and in the audit trail, and saves. */
  private async commitAction(action: string, changes: HistoryChange[]): Promise<void> {
    const at = this.now().toISOString();
    this.applyChanges(changes, 'after', action, at);
    const history = this.history;
    history.undo.push({ action, at, changes });
    if (history.undo.length > HISTORY_LIMIT) history.undo.splice(0, history.undo.length - HISTORY_LIMIT);
    history.redo = [];
    if (affectsAnalysis(changes)) this.analyze();
    await this.persist();
  }

  private applyChanges(changes: HistoryChange[], side: 'before' | 'after', action: string, at: string): void {
    let claimsChanged = false;
    for (const change of changes) {
      const from = side === 'after' ? change.before : change.after;
      const to = side === 'after' ? change.after : change.before;
      if (change.type === 'review') {
        if (to) this.ws.reviews[change.claimId] = to as Review;
        else delete this.ws.reviews[change.claimId];
      } else {
        claimsChanged = true;
        const index = this.ws.claims.findIndex((c) => c.id === change.claimId);
        if (to && index >= 0) this.ws.claims[index] = to as Claim;
        else if (to) this.ws.claims.push(to as Claim);
        else if (index >= 0) this.ws.claims.splice(index, 1);
      }
      appendAudit(this.ws, { who: this.ws.settings.reviewerName, when: at, action, target: change.claimId, before: from, after: to });
    }
    if (claimsChanged) this.reindex();
  }

  private async step(direction: 'undo' | 'redo'): Promise<UndoOutcome> {
    const history = this.history;
    const entry = (direction === 'undo' ? history.undo : history.redo).pop();
    if (entry) {
      const at = this.now().toISOString();
      this.applyChanges(entry.changes, direction === 'undo' ? 'before' : 'after', `${direction}.${entry.action}`, at);
      (direction === 'undo' ? history.redo : history.undo).push(entry);
      if (affectsAnalysis(entry.changes)) this.analyze();
      await this.persist();
    }
    const claimIds = entry?.changes.map((c) => c.claimId) ?? [];
    return {
      action: entry?.action ?? null,
      claimIds,
      rows: claimIds.flatMap((id) => {
        const c = this.claimsById.get(id);
        return c ? [toClaimRow(c, this.ws.reviews[id]?.status ?? 'unreviewed')] : [];
      }),
      canUndo: history.undo.length > 0,
      canRedo: history.redo.length > 0,
    };
  }

  undo(): Promise<UndoOutcome> {
    return this.step('undo');
  }

  redo(): Promise<UndoOutcome> {
    return this.step('redo');
  }

  private folded = new Map<string, string>();

  /** Ids of the articles whose title or text contains every word of the query, accents optional. */
  searchArticles(query: string): string[] {
    const words = foldForSearch(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return this.ws.articles.map((a) => a.id);
    return this.ws.articles
      .filter((a) => {
        let hay = this.folded.get(a.id);
        if (hay === undefined) {
          hay = foldForSearch(`${a.title ?? ''}\n${a.outlet ?? ''}\n${a.text}`);
          this.folded.set(a.id, hay);
        }
        return words.every((w) => (hay as string).includes(w));
      })
      .map((a) => a.id);
  }

  /** The audit trail of one claim, or of an article and all its claims, oldest first. */
  getHistory(target: { claimId: string } | { articleId: string }): AuditEvent[] {
    if ('claimId' in target) return this.ws.auditLog.filter((e) => e.target === target.claimId);
    const ids = new Set([target.articleId, ...this.ws.claims.filter((c) => c.articleId === target.articleId).map((c) => c.id)]);
    // Events of claims that were added and later undone still belong to the article's history.
    for (const e of this.ws.auditLog) {
      const after = e.after as { articleId?: string } | null;
      if (after && typeof after === 'object' && after.articleId === target.articleId) ids.add(e.target);
    }
    return this.ws.auditLog.filter((e) => ids.has(e.target));
  }

  private addDocument(doc: BuiltDocument, report: ImportReport, read: { format: string; encoding: string; notes: string[] }): void {
    if (this.articlesById.has(doc.article.id)) {
      report.duplicates.push({ source: doc.article.source, articleId: doc.article.id });
      return;
    }
    this.ws.articles.push(doc.article);
    this.ws.claims.push(...doc.claims);
    this.articlesById.set(doc.article.id, doc.article);
    for (const c of doc.claims) this.claimsById.set(c.id, c);
    report.imported.push({
      articleId: doc.article.id,
      source: doc.article.source,
      title: doc.article.title,
      claimCount: doc.claims.length,
      ...read,
    });
    appendAudit(this.ws, {
      who: this.ws.settings.reviewerName,
      when: doc.article.importedAt,
      action: 'article.import',
      target: doc.article.id,
      before: null,
      after: { source: doc.article.source, title: doc.article.title, claims: doc.claims.length, encoding: read.encoding },
    });
  }

  private refuse(report: ImportReport, source: string, code: string, reason: string): void {
    report.refused.push({ source, code, reason });
  }

  /** Expands folders (recursively) into the files to import; a missing input is refused, not fatal. */
  private async expand(inputs: readonly string[], report: ImportReport): Promise<string[]> {
    const files: string[] = [];
    for (const input of inputs) {
      let info;
      try {
        info = await stat(input);
      } catch {
        this.refuse(report, input, 'not_found', this.language === 'vi' ? `Không tìm thấy tệp hoặc thư mục: ${input}` : `No such file or folder: ${input}`);
        continue;
      }
      if (!info.isDirectory()) files.push(input);
      else {
        try {
          files.push(...(await listImportableFiles(input)));
        } catch {
          this.refuse(report, input, 'unreadable', this.language === 'vi' ? `Không đọc được thư mục: ${input}` : `Cannot read the folder: ${input}`);
        }
      }
    }
    return files;
  }

  /**
   * Imports files and folders (.txt, .md, .html, .docx; a Crosscheck .json export is merged).
   * One bad file never stops the rest, and a cancelled import keeps what it already imported.
   */
  async importPaths(inputs: readonly string[], control?: JobControl, names?: ReadonlyMap<string, string>): Promise<ImportReport> {
    const report: ImportReport = { imported: [], duplicates: [], refused: [], merged: null, cancelled: false };
    const files = await this.expand(inputs, report);
    control?.report({ total: files.length, done: 0 });
    for (const [index, file] of files.entries()) {
      if (control?.cancelled) {
        report.cancelled = true;
        break;
      }
      const source = names?.get(file) ?? file;
      control?.report({ current: basename(source), done: index });
      await control?.pace?.();
      if (extname(file).toLowerCase() === '.json') {
        await this.mergeExportFile(file, source, report);
        continue;
      }
      const read = await readArticleFile(file, { lang: this.language });
      if (!read.ok) {
        this.refuse(report, source, read.reason, refusalMessage(read.reason, this.language, { ...read.details, fileName: basename(source) }));
        continue;
      }
      const doc = buildDocument(read.text, source, this.now().toISOString(), read);
      this.addDocument(doc, report, { format: read.format, encoding: read.encoding, notes: read.notes });
    }
    if (report.imported.length > 0 || report.merged) {
      control?.report({ done: files.length, current: this.language === 'vi' ? 'Phân tích mâu thuẫn…' : 'Analysing contradictions…' });
      this.analyze();
    }
    control?.report({ done: files.length, current: null });
    await this.persist();
    return report;
  }

  /** Pasted text with a title, as if it were a file. */
  async importText(title: string, text: string): Promise<ImportReport> {
    const report: ImportReport = { imported: [], duplicates: [], refused: [], merged: null, cancelled: false };
    const body = normalizeText(text).trim();
    if (body === '') {
      this.refuse(report, title, 'empty', this.language === 'vi' ? 'Văn bản dán vào đang trống.' : 'The pasted text is empty.');
      return report;
    }
    const doc = buildDocument(`${title.trim()}\n\n${body}`, `dán: ${title.trim()}`, this.now().toISOString(), { title: title.trim() });
    this.addDocument(doc, report, { format: 'txt', encoding: 'UTF-8', notes: [] });
    if (report.imported.length > 0) this.analyze();
    await this.persist();
    return report;
  }

  private pendingConflicts: MergeConflict[] = [];

  private async mergeExportFile(file: string, source: string, report: ImportReport): Promise<void> {
    const read = await readExportFile(file);
    if (!read.ok) {
      this.refuse(report, source, read.reason, refusalMessage(read.reason, this.language, { ...read.details, fileName: basename(source) }));
      return;
    }
    const parsed = parseExportJson(read.text);
    if (!parsed.ok) {
      this.refuse(report, source, parsed.error.code, exportParseErrorMessage(parsed.error, this.language));
      return;
    }
    const result = mergeWorkspace(this.ws, parsed.value);
    this.ws = { ...result.workspace, history: this.ws.history };
    this.reindex();
    this.folded.clear();
    this.pendingConflicts.push(...result.conflicts);
    appendAudit(this.ws, {
      who: this.ws.settings.reviewerName,
      when: this.now().toISOString(),
      action: 'workspace.merge',
      target: source,
      before: null,
      after: { added: result.added, conflicts: result.conflicts.length, foreignAuditEvents: result.foreignAuditEvents },
    });
    report.merged = {
      source,
      articles: result.added.articles,
      claims: result.added.claims,
      reviews: result.added.reviews,
      findings: result.added.findings,
      auditEvents: result.added.auditEvents,
      conflicts: result.conflicts.length,
    };
  }

  /**
   * Extracts every article again with the current engine. Reviews move to the claim that covers
   * the same words; claims an editor added or reviewed stay (re-anchored) even when the engine no
   * longer extracts them; what cannot be found in the text any more is listed in
   * `workspace.detached` with its review, never dropped. Findings are re-analysed, keeping
   * decisions on findings whose claims did not change.
   */
  async reextract(control?: JobControl): Promise<ReextractReport> {
    const at = this.now().toISOString();
    const report: ReextractReport = { articles: this.ws.articles.length, before: this.ws.claims.length, after: 0, reviewsMoved: 0, kept: 0, detached: [] };
    const byArticle = new Map<string, Claim[]>();
    for (const c of this.ws.claims) {
      const list = byArticle.get(c.articleId) ?? [];
      list.push(c);
      byArticle.set(c.articleId, list);
    }
    const worked = (id: string) => (this.ws.reviews[id]?.status ?? 'unreviewed') !== 'unreviewed' || this.ws.reviews[id]?.note;
    const claims: Claim[] = [];
    const reviews: Record<string, Review> = {};
    const idMap = new Map<string, string>();
    const detached = [...(this.ws.detached ?? [])];
    control?.report({ total: this.ws.articles.length, done: 0 });
    for (const [index, article] of this.ws.articles.entries()) {
      control?.report({ done: index, current: article.title ?? article.source });
      const old = byArticle.get(article.id) ?? [];
      const fresh = assignClaimIds(article.id, article.text, extractClaims(article.text, article));
      const result = reanchorClaims(article.text, old, fresh);
      claims.push(...fresh);
      const moveReview = (oldId: string, newId: string) => {
        idMap.set(oldId, newId);
        const r = this.ws.reviews[oldId];
        if (!r) return;
        reviews[newId] = { ...r, claimId: newId };
        if (oldId !== newId) report.reviewsMoved++;
      };
      for (const m of result.mapped) moveReview(m.oldId, m.newId);
      for (const m of result.manual) {
        claims.push(m.claim);
        moveReview(m.claim.id, m.claim.id);
      }
      for (const o of result.orphaned) {
        if (!worked(o.claim.id)) continue;
        claims.push(o.claim);
        moveReview(o.claim.id, o.claim.id);
        report.kept++;
      }
      for (const lost of result.unanchored) {
        if (lost.origin !== 'manual' && !worked(lost.id)) continue;
        const review = this.ws.reviews[lost.id] ?? null;
        detached.push({ claim: lost, review, at });
        report.detached.push({ claimId: lost.id, articleId: lost.articleId, quote: lost.quote, status: review?.status ?? 'unreviewed' });
      }
    }
    // Findings point at claim ids: carry the editors' decisions over to the new ids.
    const previous = this.ws.findings.map((f) => ({ ...f, claimIds: f.claimIds.map((id) => idMap.get(id) ?? id) }));
    const remapped = previous.map((f) => ({
      ...f,
      id: findingId({ type: f.type, rule: (f.rule ?? 'cross-source') as FindingRule, claimIds: f.claimIds, spans: f.spans ?? [] }),
    }));
    this.ws.claims = claims;
    this.ws.reviews = reviews;
    this.ws.detached = detached;
    this.ws.findings = remapped;
    this.ws.extractorVersion = EXTRACTOR_VERSION;
    // Undo entries name the old claims; the audit trail keeps the full story instead.
    this.ws.history = { undo: [], redo: [] };
    this.reindex();
    report.after = claims.length;
    appendAudit(this.ws, {
      who: this.ws.settings.reviewerName,
      when: at,
      action: 'workspace.reextract',
      target: 'claims',
      before: { claims: report.before },
      after: { ...report, extractorVersion: EXTRACTOR_VERSION },
    });
    control?.report({ done: this.ws.articles.length, current: this.language === 'vi' ? 'Phân tích mâu thuẫn…' : 'Analysing contradictions…' });
    this.analyze();
    await this.persist();
    return report;
  }

  /**
   * The claims as the analysis should see them: rejected ones are not claims, and a corrected
   * value replaces the extracted one.
   */
  private analysisClaims(): Claim[] {
    const out: Claim[] = [];
    for (const c of this.ws.claims) {
      const r = this.ws.reviews[c.id];
      if (r?.status === 'rejected') continue;
      out.push(r?.status === 'corrected' && r.correctedValue !== null ? { ...c, value: r.correctedValue } : c);
    }
    return out;
  }

  /** Re-runs the contradiction analysis; editors' decisions stay on findings whose claims did not change. */
  analyze(): { findings: number; open: number } {
    const before = this.ws.findings;
    this.ws.findings = detectFindings(this.ws.articles, this.analysisClaims(), before, { language: this.language });
    const open = this.ws.findings.filter((f) => f.status === 'open' && f.type !== 'consistent').length;
    const changed = before.length !== this.ws.findings.length || before.some((f, i) => f.id !== this.ws.findings[i]?.id);
    if (changed) {
      appendAudit(this.ws, {
        who: this.ws.settings.reviewerName,
        when: this.now().toISOString(),
        action: 'analysis.run',
        target: 'findings',
        before: { count: before.length },
        after: { count: this.ws.findings.length, open },
      });
    }
    return { findings: this.ws.findings.length, open };
  }

  async analyzeAndSave(): Promise<{ findings: number; open: number }> {
    const result = this.analyze();
    await this.persist();
    return result;
  }

  listFindings(): Finding[] {
    return this.ws.findings;
  }

  private findFinding(findingId: string): Finding {
    const finding = this.ws.findings.find((f) => f.id === findingId);
    if (!finding) {
      throw new AppError('not_found', {
        vi: 'Không còn phát hiện này (có thể đã được phân tích lại).',
        en: 'This finding no longer exists (the analysis may have been re-run).',
      });
    }
    return finding;
  }

  getFinding(findingId: string): FindingDetail {
    const finding = this.findFinding(findingId);
    const sides = finding.claimIds.flatMap((id) => {
      const claim = this.claimsById.get(id);
      const article = claim ? this.articlesById.get(claim.articleId) : undefined;
      if (!claim || !article) return [];
      return [
        {
          claim,
          article: { id: article.id, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt },
          sentence: article.text.slice(claim.sentenceStart, claim.sentenceEnd),
          status: this.ws.reviews[id]?.status ?? ('unreviewed' as const),
        },
      ];
    });
    const spans = (finding.spans ?? []).flatMap((sp) => {
      const article = this.articlesById.get(sp.articleId);
      if (!article) return [];
      const { sentenceStart, sentenceEnd } = sentenceBounds(article.text, sp.start, sp.end);
      return [{ ...sp, articleTitle: article.title, sentence: article.text.slice(sentenceStart, sentenceEnd) }];
    });
    return { finding, sides, spans };
  }

  /** Resolves, dismisses or reopens a finding; resolving can set the claims' reviews in the same step. */
  async decideFinding(input: DecideFinding): Promise<Finding> {
    const finding = this.findFinding(input.findingId);
    const at = this.now().toISOString();
    const who = this.ws.settings.reviewerName;
    const note = input.note?.trim() ?? '';
    if (input.decision === 'dismiss' && note === '') {
      throw new AppError('invalid_input', {
        vi: 'Hãy ghi lý do bỏ qua phát hiện này.',
        en: 'Give a reason for dismissing this finding.',
      });
    }
    if (input.decision === 'resolve' && input.rightClaimId && !finding.claimIds.includes(input.rightClaimId)) {
      throw new AppError('invalid_input', { vi: 'Nhận định được chọn không thuộc phát hiện này.', en: 'That claim is not part of this finding.' });
    }
    const before = { status: finding.status, resolution: finding.resolution, decision: finding.decision ?? null };
    const quoteOf = (id: string) => this.claimsById.get(id)?.quote ?? id;
    if (input.decision === 'reopen') {
      Object.assign(finding, { status: 'open', resolution: null, decision: null });
    } else if (input.decision === 'dismiss') {
      Object.assign(finding, {
        status: 'dismissed',
        resolution: (this.language === 'vi' ? 'Bỏ qua: ' : 'Dismissed: ') + note,
        decision: { kind: 'dismissed', rightClaimId: null, note, by: who, at },
      });
    } else {
      const right = input.rightClaimId ?? null;
      const headline = right
        ? (this.language === 'vi' ? `Đúng: «${quoteOf(right)}»` : `Right: «${quoteOf(right)}»`)
        : this.language === 'vi'
          ? 'Cả hai đều đúng'
          : 'Both stand';
      Object.assign(finding, {
        status: 'resolved',
        resolution: note ? `${headline} — ${note}` : headline,
        decision: { kind: 'resolved', rightClaimId: right, note, by: who, at },
      });
    }
    appendAudit(this.ws, { who, when: at, action: `finding.${input.decision}`, target: finding.id, before, after: { status: finding.status, resolution: finding.resolution, decision: finding.decision ?? null } });

    if (input.decision === 'resolve' && input.applyReviews) {
      // One step: the right claim(s) verified, the others flagged as contradicting — undoable as one action.
      const changes: HistoryChange[] = finding.claimIds.flatMap((id) => {
        if (!this.claimsById.has(id)) return [];
        const right = input.rightClaimId === null || input.rightClaimId === undefined || input.rightClaimId === id;
        const prev = this.ws.reviews[id] ?? null;
        const next = nextReview(
          prev,
          right ? { claimId: id, status: 'verified' } : { claimId: id, status: 'flagged', flagReason: 'contradiction' },
          who,
          at,
        );
        return [{ type: 'review' as const, claimId: id, before: prev, after: next }];
      });
      await this.commitAction('finding.resolve', changes);
      return finding;
    }
    await this.persist();
    return finding;
  }

  /** Renders an export and writes it to `path`; ClaimReview problems are reported, never written. */
  async exportTo(path: string, request: ExportRequest): Promise<ExportSummary> {
    const rendered = renderExport(this.ws, request.format, request.scope, this.language, this.now());
    if (rendered.content === '') return { path: null, count: 0, bytes: 0, problems: rendered.problems };
    let bytes: number;
    try {
      bytes = await writeExportFile(path, rendered.content);
    } catch {
      throw new AppError('unreadable_file', {
        vi: `Không ghi được tệp ${path}. Hãy chọn thư mục khác hoặc kiểm tra quyền ghi.`,
        en: `Could not write ${path}. Choose another folder or check write permission.`,
      });
    }
    appendAudit(this.ws, {
      who: this.ws.settings.reviewerName,
      when: this.now().toISOString(),
      action: 'workspace.export',
      target: request.format,
      before: null,
      after: { path, scope: request.scope, count: rendered.count, problems: rendered.problems.length },
    });
    await this.persist();
    return { path, count: rendered.count, bytes, problems: rendered.problems };
  }

  /** Reviews and findings that differ between the workspace and an imported export, for the user to decide. */
  listImportConflicts(): MergeConflict[] {
    return this.pendingConflicts;
  }

  async resolveImportConflict(key: string, choice: 'current' | 'incoming'): Promise<number> {
    const index = this.pendingConflicts.findIndex((c) => conflictKey(c) === key);
    const conflict = this.pendingConflicts[index];
    if (!conflict) {
      throw new AppError('not_found', { vi: 'Xung đột này đã được xử lý.', en: 'This conflict has already been settled.' });
    }
    this.pendingConflicts.splice(index, 1);
    if (choice === 'incoming') {
      this.ws = { ...resolveMergeConflict(this.ws, conflict, choice), history: this.ws.history };
      this.reindex();
    }
    appendAudit(this.ws, {
      who: this.ws.settings.reviewerName,
      when: this.now().toISOString(),
      action: `merge.keep_${choice}`,
      target: conflict.kind === 'review' ? conflict.claimId : conflict.findingId,
      before: conflict.current,
      after: choice === 'incoming' ? conflict.incoming : conflict.current,
    });
    await this.persist();
    return this.pendingConflicts.length;
  }

  async updateSettings(
    patch: Partial<Pick<Settings, 'language' | 'theme' | 'reviewerName' | 'newsroom' | 'claimReviewUrlPattern' | 'verdicts'>>,
  ): Promise<Settings> {
    const before = { ...this.ws.settings };
    const changed = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    this.ws.settings = { ...this.ws.settings, ...changed };
    // Findings explain themselves in the UI language: a language switch rewrites the explanations.
    if (changed.language !== undefined && changed.language !== before.language) this.analyze();
    appendAudit(this.ws, {
      who: this.ws.settings.reviewerName,
      when: this.now().toISOString(),
      action: 'settings.update',
      target: 'settings',
      before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof Settings]])),
      after: changed,
    });
    await this.persist();
    return this.ws.settings;
  }

  async importSamples(): Promise<ImportReport> {
    if (!this.options.seedsDir) return { imported: [], duplicates: [], refused: [], merged: null, cancelled: false };
    return this.importPaths([this.options.seedsDir]);
  }
}
