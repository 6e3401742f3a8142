import type { DeskEvent, ImportConflict, ImportReport, MethodOutput, ParsedInput, ReextractReport } from '../../shared/ipc/contract';
import type { MethodName } from '../../shared/ipc/methods';
import { stageDroppedFiles } from '../import';
import { storeFailure } from '../services/storeFailure';
import { AppError } from '../services/errors';
import { exportExtensions, type ExportFormat } from '../services/exporting';
import { JobRegistry, type JobControl } from '../services/jobs';
import { openFindingClaimIds, pageClaimRows, pageFindings, summarize } from '../services/paging';
import { conflictKey, type WorkspaceService } from '../services/workspaceService';

export type Handlers = {
  [K in MethodName]: (input: ParsedInput<K>) => Promise<MethodOutput<K>> | MethodOutput<K>;
};

export interface HandlerDeps {
  /** Opens an http(s) URL in the user's browser; the contract has already checked the scheme. */
  openExternal: (url: string) => Promise<void> | void;
  /** Native open dialog; null when the user cancels. */
  chooseImportPaths: (mode: 'files' | 'folder') => Promise<string[] | null>;
  /** Native save dialog; null when the user cancels. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  /** Awaited before each imported file; only the e2e bridge sets it, to watch progress. */
  paceImport?: () => Promise<void>;
  /** Pushes an event to the renderer (job progress and results); the service host sets it. */
  emit?: (event: DeskEvent) => void;
}

/** What the feature maps share: the service, the platform's dialogs and the job registry. */
interface FeatureContext {
  service: WorkspaceService;
  deps: HandlerDeps;
  jobs: JobRegistry;
  describe: (e: unknown) => string;
}

// One handler map per feature, each typed as the slice of the contract it serves.

const queries = ({ service }: FeatureContext): Pick<Handlers, 'getWorkspaceInfo' | 'listArticles' | 'articlePage' | 'getArticle' | 'listClaims' | 'searchArticles' | 'getSummary'> => ({
  getWorkspaceInfo: () => service.info(),
  listArticles: () => service.listArticles(),
  articlePage: ({ offset, limit }) => service.articlePage(offset, limit),
  getArticle: ({ articleId }) => service.getArticle(articleId),
  listClaims: ({ offset, limit }) => pageClaimRows(service.store, offset, limit),
  searchArticles: ({ query }) => service.searchArticles(query),
  getSummary: () => summarize(service.store),
});

const reviews = ({ service }: FeatureContext): Pick<Handlers, 'reviewClaim' | 'addClaim' | 'editClaim'> => ({
  reviewClaim: (input) => service.reviewClaim(input),
  addClaim: (input) => service.addClaim(input),
  editClaim: (input) => service.editClaim(input),
});

const history = ({ service }: FeatureContext): Pick<Handlers, 'undo' | 'redo' | 'getHistory' | 'listHistory'> => ({
  undo: () => service.undo(),
  redo: () => service.redo(),
  getHistory: (target) => service.getHistory(target),
  listHistory: (query) => service.listHistory(query),
});

const imports = ({ service, deps, jobs, describe }: FeatureContext): Pick<Handlers, 'importSamples' | 'startImport' | 'importDropped' | 'importText' | 'cancelJob' | 'listImportConflicts' | 'resolveImportConflict'> => {
  const startImportJob = (paths: string[], names?: Map<string, string>, cleanup?: () => Promise<void>) =>
    jobs.start<ImportReport>(
      'import',
      async (control) => {
        try {
          return await service.importPaths(paths, control, names);
        } finally {
          await cleanup?.();
        }
      },
      describe,
      deps.paceImport,
    );
  return {
    importSamples: () => service.importSamples(),
    startImport: async ({ mode }) => {
      const paths = await deps.chooseImportPaths(mode);
      if (!paths || paths.length === 0) return { jobId: null };
      return { jobId: startImportJob(paths) };
    },
    // Dropped files arrive as bytes (a sandboxed page has no file paths); they are read from a
    // private temp folder under their own names, and the folder is removed afterwards — or at once
    // when staging them fails.
    importDropped: async ({ files }) => {
      const staged = await stageDroppedFiles(files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })));
      return { jobId: startImportJob(staged.paths, staged.names, staged.cleanup) };
    },
    importText: ({ title, text, outlet, publishedAt }) => service.importText(title, text, { outlet, publishedAt }),
    // Cancels any job (an import, or a re-extraction).
    // (The open's analysis runs to its end: a stop would leave another engine's findings on screen.)
    cancelJob: ({ jobId }) => jobs.status(jobId)?.kind !== 'analysis' && jobs.cancel(jobId),
    listImportConflicts: () =>
      service.listImportConflicts().map(
        (c): ImportConflict => ({
          key: conflictKey(c),
          kind: c.kind,
          fields: [...c.fields],
          current: c.current as unknown as Record<string, unknown>,
          incoming: c.incoming as unknown as Record<string, unknown>,
          ...(c.kind === 'review' && c.quote !== undefined ? { quote: c.quote } : {}),
          ...(c.kind === 'review' && c.apart ? { apart: true } : {}),
        }),
      ),
    resolveImportConflict: ({ key, choice }) => service.resolveImportConflict(key, choice),
  };
};

const reextraction = ({ service, jobs, describe }: FeatureContext): Pick<Handlers, 'reextract'> => ({
  reextract: () => {
    // The newer engine's re-extraction of this workspace is running: a second one beside it would
    // read the same claims and the later commit would win on every record both change.
    if (service.upgradeJob !== null) {
      throw new AppError('forbidden', {
        vi: 'Bộ máy trích xuất mới đang trích xuất lại không gian làm việc này; hãy chờ xong rồi thử lại.',
        en: 'The newer extraction engine is re-extracting this workspace; wait for it to finish, then try again.',
      });
    }
    return { jobId: jobs.start('reextract', (control) => service.reextract(control), describe) };
  },
});

const findings = ({ service }: FeatureContext): Pick<Handlers, 'listFindings' | 'listOpenFindingClaims' | 'getFinding' | 'decideFinding' | 'analyze'> => ({
  listFindings: (query) => pageFindings(service.store, query),
  listOpenFindingClaims: ({ offset, limit }) => openFindingClaimIds(service.store, offset, limit),
  getFinding: ({ findingId }) => service.getFinding(findingId),
  decideFinding: (input) => service.decideFinding(input),
  analyze: () => service.analyzeAndSave(),
});

function defaultExportName(format: ExportFormat, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const stem = format.startsWith('findings') ? 'crosscheck-phat-hien' : 'crosscheck-du-lieu';
  return `${stem}-${day}.${exportExtensions[format]}`;
}

const exports = ({ service, deps }: FeatureContext): Pick<Handlers, 'exportData'> => ({
  exportData: async (request) => {
    // A filter that matches nothing is refused before the save dialog: no file is chosen or replaced.
    await service.checkExport(request);
    const path = await deps.chooseSavePath(defaultExportName(request.format, new Date()));
    if (!path) return { path: null, count: 0, bytes: 0, problems: [] };
    return service.exportTo(path, request);
  },
});

const settings = ({ service, deps }: FeatureContext): Pick<Handlers, 'updateSettings' | 'listBackups' | 'restoreBackup' | 'openExternal'> => ({
  updateSettings: (patch) => service.updateSettings(patch),
  listBackups: () => service.listBackups(),
  restoreBackup: async ({ backupId }) => {
    await service.restoreBackup(backupId);
    return null;
  },
  openExternal: async ({ url }) => {
    await deps.openExternal(url);
    return null;
  },
});

/** On the local workspace: no desk. The desk host (electron/host/deskHost.ts) answers these on a shared desk. */
export const LOCAL_DESK_LIVE = { mode: 'local', url: null, state: null, editor: null, others: [], pending: 0 } as const;

const desk = ({ service }: FeatureContext): Pick<Handlers, 'getDeskStatus' | 'connectDesk' | 'disconnectDesk' | 'abandonDeskActions' | 'stayOpen'> => {
  // Connecting and disconnecting switch what the service host runs on: the main process (or the
  // e2e bridge) answers them with electron/host/deskConnector.ts; here they are refused.
  const mainOnly = () => {
    throw new AppError('invalid_input', {
      vi: 'Chỉ ứng dụng mới kết nối được bàn biên tập chung.',
      en: 'Only the app can connect to a shared desk.',
    });
  };
  void service;
  return {
    getDeskStatus: () => ({ ...LOCAL_DESK_LIVE, others: [], savedUrl: null, remembered: false, canRemember: false }),
    connectDesk: mainOnly,
    disconnectDesk: mainOnly,
    abandonDeskActions: mainOnly,
    // Only the main process closes the window; elsewhere (the CLI, the e2e bridge) nothing is quitting.
    stayOpen: () => null,
  };
};

const features = { queries, reviews, history, imports, reextraction, findings, exports, settings, desk };

// Compile-time guard: together the feature maps handle every contract method, and no method twice.
type Maps = { [F in keyof typeof features]: ReturnType<(typeof features)[F]> };
/** The methods the named features handle (distributes over a union of feature names). */
type Handled<F extends keyof Maps> = F extends keyof Maps ? keyof Maps[F] : never;
type Twice = { [F in keyof Maps]: Handled<F> & Handled<Exclude<keyof Maps, F>> }[keyof Maps];
type Unhandled = Exclude<MethodName, Handled<keyof Maps>>;
const _eachMethodOnce: [Twice, Unhandled] extends [never, never] ? true : never = true;
void _eachMethodOnce;

/**
 * The feature maps merged into one handler per contract method. The same handlers serve the
 * service host worker, the e2e loopback bridge and the tests (the renderer's component tests too).
 */
export function createHandlers(service: WorkspaceService, deps: HandlerDeps): Handlers {
  const jobs = new JobRegistry((job) =>
    deps.emit?.({ type: 'job', job: { ...job, result: (job.result as ImportReport | ReextractReport | null) ?? null } }),
  );
  // A job stopped by a store error (a read finding the store closed, busy or read-only) says it as
  // the desk's calls do, in the user's language, never as the error class and its English text.
  const describe = (e: unknown): string => (e instanceof AppError ? e : storeFailure(e))?.messageIn(service.language) ?? String(e);
  const context: FeatureContext = { service, deps, jobs, describe };
  const maps = Object.values(features).map((feature) => feature(context));
  const handlers = Object.assign({}, ...maps) as Record<string, (input: unknown) => unknown>;
  // Every call marks the service busy: background analysis gives way while the desk is loading.
  for (const [name, handler] of Object.entries(handlers)) {
    handlers[name] = (input: unknown) => {
      service.ctx.lastCallAt = performance.now();
      return handler(input);
    };
  }
  // The open's full analysis in the background (another engine's findings, or findings behind the
  // claims) runs as a job: the desk follows it from its first event, and its end as the analysis's.
  service.ctx.backgroundJob = <R>(kind: 'analysis', run: (control: JobControl) => Promise<R>) =>
    new Promise<R>((resolve, reject) => {
      jobs.start(
        kind,
        (control) =>
          run(control).then(
            (value) => {
              resolve(value);
              return null;
            },
            (e: unknown) => {
              reject(e);
              throw e;
            },
          ),
        describe,
      );
    });
  // A workspace from an older engine opened at once: its re-extraction runs now, as a job the desk
  // follows (getWorkspaceInfo names it), instead of holding the open for minutes.
  if (service.upgradePending) service.upgradeJob = jobs.start('upgrade', (control) => service.upgrade(control), describe);
  return handlers as unknown as Handlers;
}
