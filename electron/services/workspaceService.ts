import { buildDocument, type BuiltDocument } from '../../shared/document';
import type { ArticleSummary, ImportReport, ReviewInput } from '../../shared/ipc/contract';
import { SCHEMA_VERSION, type Article, type Claim, type Review, type Settings, type Workspace } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import type { WorkspaceRepository } from '../store/repository';
import { appendAudit } from './audit';
import { AppError, genericMessages } from './errors';
import { expandInputs, isSupportedTextFile, readUtf8File } from './files';

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
    if (input.status === 'corrected' && input.correctedValue == null && !input.correctedText) {
      throw new AppError('invalid_input', {
        vi: 'Hãy nhập giá trị hoặc nội dung đúng khi sửa một nhận định.',
        en: 'Enter the right value or wording when correcting a claim.',
      });
    }
    const before = this.ws.reviews[claim.id] ?? null;
    const review: Review = {
      claimId: claim.id,
      status: input.status,
      correctedValue: input.status === 'corrected' ? (input.correctedValue ?? null) : null,
      correctedText: input.status === 'corrected' ? (input.correctedText ?? null) : null,
      note: input.note ?? before?.note ?? null,
      evidence: before?.evidence ?? [],
      verdict: before?.verdict ?? null,
      reviewer: this.ws.settings.reviewerName,
      updatedAt: this.now().toISOString(),
    };
    this.ws.reviews[claim.id] = review;
    appendAudit(this.ws, {
      who: review.reviewer,
      when: review.updatedAt,
      action: `review.${input.status}`,
      target: claim.id,
      before,
      after: review,
    });
    await this.persist();
    return review;
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
