import type { MethodOutput, ParsedInput } from '../../shared/ipc/contract';
import type { MethodName } from '../../shared/ipc/methods';
import type { WorkspaceService } from '../services/workspaceService';

export type Handlers = {
  [K in MethodName]: (input: ParsedInput<K>) => Promise<MethodOutput<K>> | MethodOutput<K>;
};

export interface HandlerDeps {
  /** Opens an http(s) URL in the user's browser; the contract has already checked the scheme. */
  openExternal: (url: string) => Promise<void> | void;
}

/**
 * One handler per contract method. A missing or extra method is a compile error, and the same
 * handlers serve the Electron main process, the e2e loopback bridge and the tests.
 */
export function createHandlers(service: WorkspaceService, deps: HandlerDeps): Handlers {
  return {
    getWorkspaceInfo: () => service.info(),
    listArticles: () => service.listArticles(),
    getArticle: ({ articleId }) => service.getArticle(articleId),
    reviewClaim: (input) => service.reviewClaim(input),
    listClaims: () => service.listClaims(),
    addClaim: (input) => service.addClaim(input),
    editClaim: (input) => service.editClaim(input),
    undo: () => service.undo(),
    redo: () => service.redo(),
    getHistory: (target) => service.getHistory(target),
    searchArticles: ({ query }) => service.searchArticles(query),
    importSamples: () => service.importSamples(),
    updateSettings: (patch) => service.updateSettings(patch),
    openExternal: async ({ url }) => {
      await deps.openExternal(url);
      return null;
    },
  };
}
