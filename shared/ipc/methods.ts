/**
 * The names of the IPC methods, kept apart from their zod schemas so that the sandboxed preload
 * (which cannot load npm packages) can expose one function per method without bundling zod.
 * contract.ts checks at compile time that this list and the contract have the same keys.
 */
export const methodNames = [
  'getWorkspaceInfo',
  'listArticles',
  'articlePage',
  'getArticle',
  'reviewClaim',
  'listClaims',
  'addClaim',
  'editClaim',
  'undo',
  'redo',
  'getHistory',
  'listHistory',
  'searchArticles',
  'importSamples',
  'startImport',
  'importDropped',
  'importText',
  'cancelJob',
  'listImportConflicts',
  'resolveImportConflict',
  'exportData',
  'listFindings',
  'listOpenFindingClaims',
  'getSummary',
  'reextract',
  'getFinding',
  'decideFinding',
  'analyze',
  'updateSettings',
  'listBackups',
  'restoreBackup',
  'openExternal',
  'getDeskStatus',
  'connectDesk',
  'disconnectDesk',
  'abandonDeskActions',
  'stayOpen',
] as const;
export type MethodName = (typeof methodNames)[number];

/** The one channel main pushes DeskEvents on (see contract.ts). */
export const EVENT_CHANNEL = 'crosscheck:event';

export const channelFor = (method: MethodName): string => `crosscheck:${method}`;
