import type { DeskEvent, ImportConflict, ImportReport, MethodOutput, ParsedInput, ReextractReport } from '../../shared/ipc/contract';
import type { MethodName } from '../../shared/ipc/methods';
import { stageDroppedFiles } from '../import';
import { AppError } from '../services/errors';
import { exportExtensions, type ExportFormat } from '../services/exporting';
import { JobRegistry } from '../services/jobs';
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

function defaultExportName(format: ExportFormat, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const stem = format.startsWith('findings') ? 'crosscheck-phat-hien' : 'crosscheck-du-lieu';
  return `${stem}-${day}.${exportExtensions[format]}`;
}

/**
 * One handler per contract method. A missing or extra method is a compile error, and the same
 * handlers serve the Electron main process, the e2e loopback bridge and the tests.
 */
export function createHandlers(service: WorkspaceService, deps: HandlerDeps): Handlers {
  const jobs = new JobRegistry((job) =>
    deps.emit?.({ type: 'job', job: { ...job, result: (job.result as ImportReport | ReextractReport | null) ?? null } }),
  );
  const describe = (e: unknown) => (e instanceof AppError ? e.messageIn(service.language) : String(e));
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
    getWorkspaceInfo: () => service.info(),
    listArticles: () => service.listArticles(),
    getArticle: ({ articleId }) => service.getArticle(articleId),
    reviewClaim: (input) => service.reviewClaim(input),
    listClaims: ({ offset, limit }) => pageClaimRows(service.store, offset, limit),
    addClaim: (input) => service.addClaim(input),
    editClaim: (input) => service.editClaim(input),
    undo: () => service.undo(),
    redo: () => service.redo(),
    getHistory: (target) => service.getHistory(target),
    listHistory: (query) => service.listHistory(query),
    searchArticles: ({ query }) => service.searchArticles(query),
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
    importText: ({ title, text }) => service.importText(title, text),
    cancelJob: ({ jobId }) => jobs.cancel(jobId),
    listImportConflicts: () =>
      service.listImportConflicts().map(
        (c): ImportConflict => ({
          key: conflictKey(c),
          kind: c.kind,
          fields: [...c.fields],
          current: c.current as unknown as Record<string, unknown>,
          incoming: c.incoming as unknown as Record<string, unknown>,
        }),
      ),
    resolveImportConflict: ({ key, choice }) => service.resolveImportConflict(key, choice),
    exportData: async (request) => {
      const path = await deps.chooseSavePath(defaultExportName(request.format, new Date()));
      if (!path) return { path: null, count: 0, bytes: 0, problems: [] };
      return service.exportTo(path, request);
    },
    listFindings: (query) => pageFindings(service.store, query),
    listOpenFindingClaims: () => openFindingClaimIds(service.store),
    getSummary: () => summarize(service.store),
    reextract: () => ({ jobId: jobs.start('reextract', (control) => service.reextract(control), describe) }),
    getFinding: ({ findingId }) => service.getFinding(findingId),
    decideFinding: (input) => service.decideFinding(input),
    analyze: () => service.analyzeAndSave(),
    updateSettings: (patch) => service.updateSettings(patch),
    openExternal: async ({ url }) => {
      await deps.openExternal(url);
      return null;
    },
  };
}
