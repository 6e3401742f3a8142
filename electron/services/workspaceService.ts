import type { ArticleSummary, ClaimFields, ClaimOutcome, ClaimRow, DecideFinding, ExportRequest, ExportSummary, FindingDetail, FindingOutcome, HistoryPage, HistoryQuery, ImportReport, ReextractReport, ReviewInput, ReviewOutcome, UndoOutcome } from '../../shared/ipc/contract';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { releaseAnalysisCaches } from '../../shared/analysis/caches';
import type { MergeConflict } from '../../shared/export';
import { SCHEMA_VERSION, type Article, type AuditEvent, type Claim, type Finding, type Review, type Settings, type Workspace } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { META_ID, SETTINGS_ID, StoreReadOnlyError, StoreUnusableError, StoreWriteError, type BackupInfo, type StoreNotice, type WorkspaceStore } from '../store/port';
import { snapshotOf } from '../store/snapshot';
import { WorkspaceState } from '../store/state';
import { ServiceContext, storeFailure, type ServiceOptions as ContextOptions } from './context';
import { AppError, genericMessages } from './errors';
import { checkExport, exportTo } from './exports';
import { analysesSettled, analyze, decideFinding, forgetAnalysis, getFinding, listFindings, prepareAnalysis, trackAnalysis } from './findings';
import { getHistory, step } from './history';
import { listHistory, targetedHistory } from './historyView';
import { ImportFeature, type PastedMeta } from './imports';
import { articlePage, getArticle, listArticles, listClaims, searchArticles } from './queries';
import { reextract, ReextractStopped } from './reextract';
import { addClaim, editClaim, reviewClaim } from './reviews';
import { updateSettings, type SettingsPatch } from './settingsFeature';
import type { JobControl } from './jobs';

export { conflictKey } from './imports';
export { HISTORY_LIMIT } from './context';

/** Where a workspace lives, and how to open it (electron/store/lowdbRepository.ts for a path). */
export interface WorkspaceLocation {
  readonly location: string;
  openStore(mode: 'write' | 'read'): Promise<WorkspaceStore>;
}

export interface ServiceOptions extends Omit<ContextOptions, 'store'> {
  /** Opened here (write mode unless `readOnly`). */
  repository?: WorkspaceLocation;
  /** Or an already opened store (tests: the in-memory adapter). */
  store?: WorkspaceStore;
  /** Read-only commands: no seeds, no upgrade, no audit of exports; every write is refused. */
  readOnly?: boolean;
}

/** A new workspace in the version 1 shape (tests and fixtures). */
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
  /** The job re-extracting the workspace for a newer engine while the desk is already open (the app), until it ends. */
  upgrading: string | null;
  /** The first start's import of the sample articles, when a failed save stopped it partway. */
  samples: ImportReport | null;
  settings: Settings;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Services open in this process. When the last one closes, the analysis's module-level memos are
 * emptied (see shared/analysis/caches.ts): a closed workspace left them behind in the service host
 * (76 MB of a 1,000-article one), which a workspace opened next started out with.
 */
let liveServices = 0;

/**
 * The workspace as the app and the CLI use it, whatever drives it (IPC, the e2e bridge, the command
 * line). A facade over the features (queries, reviews, history, imports, re-extraction, findings,
 * exports, settings): each is a module of functions over a ServiceContext, which holds no copy of
 * the workspace — reads go to the store port, changes are commits.
 */
export class WorkspaceService {
  /** What re-extraction on opening did, when the workspace came from an older engine. */
  upgraded: ReextractReport | null = null;
  /**
   * A newer engine's re-extraction left for the background (`upgradeInBackground`): the host runs it
   * as a job with `upgrade`, right after the open, so a big workspace opens at once instead of after
   * minutes of re-extraction with no window (10,000 articles: some 15 minutes on a loaded machine).
   */
  upgradePending = false;
  /** The id of that job while it runs (the desk follows it: progress, then the report). */
  upgradeJob: string | null = null;
  /**
   * The first start's sample import, when a failed save stopped it partway (a full disk): what came
   * in and what did not, shown by the desk like any import's report instead of a silent half library.
   */
  samples: ImportReport | null = null;
  readonly ctx: ServiceContext;
  private readonly imports: ImportFeature;

  private constructor(
    readonly store: WorkspaceStore,
    private readonly options: ServiceOptions,
  ) {
    this.ctx = new ServiceContext(store, { ...options, store });
    this.imports = new ImportFeature(this.ctx);
    trackAnalysis(this.ctx);
    liveServices++;
  }

  /** Counts this service out of the live ones; the last one out empties the analysis's memos. */
  private released = false;
  private release(): void {
    if (this.released) return;
    this.released = true;
    if (--liveServices === 0) releaseAnalysisCaches();
  }

  /** The kept analysis being built in the background (see prepareAnalysis), when asked for. */
  analysisReady: Promise<void> = Promise.resolve();

  static async open(options: ServiceOptions): Promise<WorkspaceService> {
    const store = options.store ?? (await (options.repository as WorkspaceLocation).openStore(options.readOnly ? 'read' : 'write'));
    const service = new WorkspaceService(store, options);
    try {
      await service.start();
    } catch (e) {
      await store.close();
      service.release();
      throw e;
    }
    return service;
  }

  private async start(): Promise<void> {
    const { store } = this;
    const settings = await this.ctx.settings();
    if (store.readOnly) return;
    const counts = await store.counts();
    const fresh = counts.articles === 0 && counts.auditEvents === 0 && counts.claims === 0;
    const recovered = store.notices.some((n) => n.kind === 'recovered');
    if (fresh) {
      // First start: the reviewer's name and the engine version, then the sample articles (not
      // after a recovery, so samples never mix into what the user thinks is their own work).
      const meta = await store.meta();
      const at = this.ctx.now().toISOString();
      if (settings.reviewerName === '' || meta.extractorVersion !== EXTRACTOR_VERSION) {
        // Two editors opening a new shared desk at once both get here: the second one's commit is a
        // conflict, and what the first one stored is just as good.
        await this.ctx
          .commit({
            action: 'workspace.create',
            who: this.options.defaultReviewer,
            at,
            changes: [
              { table: 'settings', id: SETTINGS_ID, before: settings, after: { ...settings, reviewerName: settings.reviewerName || this.options.defaultReviewer } },
              { table: 'meta', id: META_ID, before: meta, after: { ...meta, extractorVersion: EXTRACTOR_VERSION } },
            ],
            audit: [],
          })
          .catch((e: unknown) => {
            if (!(e instanceof AppError && e.code === 'conflict')) throw e;
          });
      }
      if (!recovered && this.options.seedsDir) {
        const report = await this.imports.importPaths([this.options.seedsDir]);
        if (report.interrupted) this.samples = report;
      }
    } else if ((await store.meta()).extractorVersion < EXTRACTOR_VERSION && counts.articles > 0) {
      // A newer engine: re-extract on upgrade, keeping every review attached to its words — now, or
      // (the app) as a job right after the open.
      if (this.options.upgradeInBackground) this.upgradePending = true;
      else this.upgraded = await reextract(this.ctx);
    }
    // (After a pending upgrade the re-extraction's own analysis comes first: see `upgrade`.)
    if (this.options.prepareAnalysis && !this.upgradePending) this.analysisReady = prepareAnalysis(this.ctx);
  }

  /**
   * Runs the re-extraction the open left pending (once; nothing to do otherwise): every article
   * extracted again by this engine, reviews kept on their words, findings analysed again. The desk
   * is usable meanwhile; edits made during it are kept (see reextract). Its report is then what
   * `info().upgraded` tells.
   */
  upgrade(control?: JobControl): Promise<ReextractReport | null> {
    if (!this.upgradePending) return Promise.resolve(null);
    this.upgradePending = false;
    this.upgradeRun = (async () => {
      try {
        this.upgraded = await reextract(this.ctx, control);
        return this.upgraded;
      } catch (e) {
        // Closed meanwhile: nothing was written, the next open re-extracts.
        if (e instanceof ReextractStopped) return null;
        throw e;
      } finally {
        this.upgradeJob = null;
        if (this.options.prepareAnalysis && !this.ctx.closing) this.analysisReady = prepareAnalysis(this.ctx);
      }
    })();
    return this.upgradeRun;
  }

  /** The upgrade's re-extraction while it runs (see `upgrade`). */
  private upgradeRun: Promise<ReextractReport | null> | null = null;

  /**
   * Settles when the background work of the open is over: the upgrade's re-extraction, if any, then
   * the kept analysis (the host then counts the workspace as healthy).
   */
  async settled(): Promise<void> {
    await this.upgradeRun?.catch(() => undefined);
    await this.analysisReady;
  }

  /**
   * Ends this service: background checkpoint flushed, writer lock released. Analyses stop at their
   * next step, before storing anything: the background one after the open, and, where this service is
   * the one writer, those of edits, imports and re-extractions too (their actions are durable and
   * answered as saved; what was not analysed is known at the next open: see findings.ts,
   * tracksRevision). On a shared desk the close waits for the analyses asked before it.
   */
  async close(): Promise<void> {
    this.ctx.startClosing();
    // (An upgrade's re-extraction stops at its next article, before it writes anything.)
    await this.upgradeRun?.catch(() => undefined);
    await this.analysisReady;
    await this.ctx.deferredIdle();
    await analysesSettled(this.ctx);
    try {
      await this.store.close();
    } finally {
      this.release();
    }
  }

  get language(): 'vi' | 'en' {
    return this.ctx.language;
  }

  get notices(): readonly StoreNotice[] {
    return this.store.notices;
  }

  /**
   * The whole workspace in one object, synchronously — for tests and local tools only: works with
   * the in-memory and lowdb adapters (which keep the workspace in memory), not with a database.
   */
  get workspace(): Readonly<Workspace> {
    if (!(this.store instanceof WorkspaceState)) throw new Error('workspace snapshot needs an in-memory or lowdb store');
    return snapshotOf(this.store);
  }

  async info(): Promise<WorkspaceInfo> {
    const [counts, settings, depth] = await Promise.all([this.store.counts(), this.ctx.settings(), this.store.undoDepth()]);
    const recovered = this.store.notices.find((n) => n.kind === 'recovered');
    // The first start's samples report is told once: the desk loaded again (after a restore, a desk
    // connect or disconnect) would show it stale (the samples imported since, the banner closed).
    const samples = this.samples;
    this.samples = null;
    return {
      path: this.options.repository?.location ?? this.store.location,
      articleCount: counts.articles,
      claimCount: counts.claims,
      notice: recovered && recovered.kind === 'recovered' ? { kind: 'recovered', movedTo: recovered.movedTo } : null,
      upgraded: this.upgraded,
      upgrading: this.upgradeJob,
      samples,
      settings,
      canUndo: depth.undo > 0,
      canRedo: depth.redo > 0,
    };
  }

  // queries
  listArticles(): Promise<ArticleSummary[]> {
    return listArticles(this.ctx);
  }
  /** A page of the library in workspace order, and how many articles there are. */
  articlePage(offset: number, limit: number): Promise<{ articles: ArticleSummary[]; total: number }> {
    return articlePage(this.ctx, offset, limit);
  }
  getArticle(articleId: string): Promise<{ article: Article; claims: Claim[]; reviews: Review[] }> {
    return getArticle(this.ctx, articleId);
  }
  findClaim(claimId: string): Promise<Claim> {
    return this.ctx.claim(claimId);
  }
  listClaims(): Promise<ClaimRow[]> {
    return listClaims(this.ctx);
  }
  searchArticles(query: string): Promise<string[]> {
    return searchArticles(this.ctx, query);
  }

  // reviews and claims
  reviewClaim(input: ReviewInput): Promise<ReviewOutcome> {
    return reviewClaim(this.ctx, input);
  }
  addClaim(input: { articleId: string; start: number; end: number; fields?: ClaimFields }): Promise<ClaimOutcome> {
    return addClaim(this.ctx, input);
  }
  editClaim(input: { claimId: string; start?: number; end?: number; fields?: ClaimFields }): Promise<ClaimOutcome> {
    return editClaim(this.ctx, input);
  }

  // history
  undo(): Promise<UndoOutcome> {
    return step(this.ctx, 'undo');
  }
  redo(): Promise<UndoOutcome> {
    return step(this.ctx, 'redo');
  }
  /** The audit trail for people: by claim, article, editor and day, with what the words need. */
  async listHistory(query: HistoryQuery): Promise<HistoryPage> {
    // An article's or a claim's page from what it names (a shared desk), else from a snapshot.
    const targeted = await targetedHistory(this.ctx.store, query);
    if (targeted) return targeted;
    const ws = await this.ctx.snapshot();
    return listHistory(ws, new Map(ws.claims.map((c) => [c.id, c])), query);
  }

  getHistory(target: { claimId: string } | { articleId: string }): Promise<AuditEvent[]> {
    return getHistory(this.ctx, target);
  }

  // imports
  importPaths(inputs: readonly string[], control?: JobControl, names?: ReadonlyMap<string, string>): Promise<ImportReport> {
    return this.imports.importPaths(inputs, control, names);
  }
  importText(title: string, text: string, meta: PastedMeta = {}): Promise<ImportReport> {
    return this.imports.importText(title, text, meta);
  }
  importSamples(): Promise<ImportReport> {
    this.samples = null;
    return this.imports.importSamples();
  }
  listImportConflicts(): MergeConflict[] {
    return this.imports.listImportConflicts();
  }
  resolveImportConflict(key: string, choice: 'current' | 'incoming'): Promise<{ remaining: number; findingsNotUpdated?: string }> {
    return this.imports.resolveImportConflict(key, choice);
  }

  // re-extraction
  reextract(control?: JobControl): Promise<ReextractReport> {
    return reextract(this.ctx, control);
  }

  // findings
  analyze(): Promise<{ findings: number; open: number }> {
    return analyze(this.ctx);
  }
  analyzeAndSave(): Promise<{ findings: number; open: number }> {
    return analyze(this.ctx);
  }
  listFindings(): Promise<Finding[]> {
    return listFindings(this.ctx);
  }
  getFinding(findingId: string): Promise<FindingDetail> {
    return getFinding(this.ctx, findingId);
  }
  decideFinding(input: DecideFinding): Promise<FindingOutcome> {
    return decideFinding(this.ctx, input);
  }

  // exports
  exportTo(path: string, request: ExportRequest): Promise<ExportSummary> {
    return exportTo(this.ctx, path, request);
  }

  /** Refuses (AppError) an export whose filter matches nothing, before the editor picks a file. */
  checkExport(request: ExportRequest): Promise<void> {
    return checkExport(this.ctx, request);
  }

  // settings
  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return updateSettings(this.ctx, patch);
  }

  // backups
  listBackups(): Promise<BackupInfo[]> {
    return this.store.listBackups();
  }
  async restoreBackup(backupId: string): Promise<void> {
    const known = (await this.store.listBackups()).some((b) => b.id === backupId);
    if (!known) throw new AppError('not_found', { vi: `Không có bản sao lưu ${backupId}.`, en: `There is no backup ${backupId}.` });
    try {
      await this.store.restoreBackup(backupId);
    } catch (e) {
      // Nothing was replaced unless the restore completed; say what happened in the user's words.
      if (e instanceof StoreUnusableError) throw storeFailure(e) ?? e;
      if (e instanceof StoreWriteError) throw new AppError('save_failed', genericMessages.save_failed);
      if (e instanceof StoreReadOnlyError) throw new AppError('forbidden', { vi: 'Không gian làm việc đang được mở chỉ để đọc; không khôi phục được.', en: 'The workspace is open read-only; nothing was restored.' });
      throw e;
    }
    this.ctx.folded.clear();
    forgetAnalysis(this.ctx);
    await this.ctx.settings();
    if (this.options.prepareAnalysis) this.analysisReady = prepareAnalysis(this.ctx);
  }
}
