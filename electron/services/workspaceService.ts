import { buildDocument, type BuiltDocument } from '../../shared/document';
import { manualClaim, withSpan } from '../../shared/document';
import type { ArticleSummary, ClaimFields, ClaimRow, ImportReport, ReviewInput, UndoOutcome } from '../../shared/ipc/contract';
import { nextReview } from '../../shared/review';
import { foldForSearch } from '../../shared/text';
import {
  SCHEMA_VERSION,
  type Article,
  type AuditEvent,
  type Claim,
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
import { expandInputs, isSupportedTextFile, readUtf8File } from './files';

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
  private articlesById = new Map<string, Article>();

  private constructor(
    private readonly ws: Workspace,
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
    return this.ws.claims.map((c) => ({
      id: c.id,
      articleId: c.articleId,
      start: c.start,
      quote: c.quote,
      kind: c.kind,
      value: c.value,
      total: c.total,
      unit: c.unit,
      qualifier: c.qualifier,
      modality: c.modality,
      subject: c.subject,
      metric: c.metric,
      status: this.ws.reviews[c.id]?.status ?? 'unreviewed',
      checkworthiness: c.checkworthiness,
      origin: c.origin,
    }));
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
    if (this.claimsById.has(claim.id)) {
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
      await this.persist();
    }
    return {
      action: entry?.action ?? null,
      claimIds: entry?.changes.map((c) => c.claimId) ?? [],
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

  private addDocument(doc: BuiltDocument, report: ImportReport): void {
    if (this.articlesById.has(doc.article.id)) {
      report.duplicates.push({ source: doc.article.source, articleId: doc.article.id });
      return;
    }
    this.ws.articles.push(doc.article);
    this.ws.claims.push(...doc.claims);
    this.articlesById.set(doc.article.id, doc.article);
    for (const c of doc.claims) this.claimsById.set(c.id, c);
    report.imported.push({ articleId: doc.article.id, source: doc.article.source, claimCount: doc.claims.length });
    appendAudit(this.ws, {
      who: this.ws.settings.reviewerName,
      when: doc.article.importedAt,
      action: 'article.import',
      target: doc.article.id,
      before: null,
      after: { source: doc.article.source, title: doc.article.title, claims: doc.claims.length },
    });
  }

  /** Imports files and folders; one unreadable file never stops the rest. */
  async importPaths(inputs: readonly string[]): Promise<ImportReport> {
    const report: ImportReport = { imported: [], duplicates: [], refused: [] };
    const files = await expandInputs(inputs);
    for (const file of files) {
      if (!isSupportedTextFile(file)) {
        report.refused.push({ source: file, reason: this.language === 'vi' ? 'Định dạng tệp chưa được hỗ trợ.' : 'Unsupported file type.' });
        continue;
      }
      try {
        const raw = await readUtf8File(file);
        if (raw.trim() === '') {
          report.refused.push({ source: file, reason: this.language === 'vi' ? 'Tệp rỗng.' : 'The file is empty.' });
          continue;
        }
        this.addDocument(buildDocument(raw, file, this.now().toISOString()), report);
      } catch (e) {
        report.refused.push({ source: file, reason: e instanceof AppError ? e.messageIn(this.language) : String(e) });
      }
    }
    await this.persist();
    return report;
  }

  async updateSettings(patch: Partial<Pick<Settings, 'language' | 'theme' | 'reviewerName'>>): Promise<Settings> {
    const before = { ...this.ws.settings };
    const changed = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    this.ws.settings = { ...this.ws.settings, ...changed };
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
    if (!this.options.seedsDir) return { imported: [], duplicates: [], refused: [] };
    return this.importPaths([this.options.seedsDir]);
  }
}
