export { selectForExport, reviewStatusOf, auditEventsFor, DEFAULT_EXPORT_STATUSES, ExportScope, type ExportSelection } from './select';
export { toClaimsCsv, displayValue } from './claimsCsv';
export {
  toWorkspaceExport,
  toWorkspaceJson,
  parseBareWorkspace,
  parseExportJson,
  exportParseErrorMessage,
  WorkspaceExport,
  WORKSPACE_EXPORT_FORMAT,
  WORKSPACE_EXPORT_VERSION,
  type ExportParseError,
  type ExportParseErrorCode,
  type ParseExportResult,
} from './workspaceJson';
export { apartEntryIndex, mergeWorkspace, resolveMergeConflict, unsettledConflicts, type MergeConflict, type MergeResult } from './mergeWorkspace';
export { toDoccanoJsonl, toDoccanoLines, codePointOffsets, type DoccanoLine } from './doccanoJsonl';
export {
  toClaimReviews,
  toJsonLdScript,
  summarizeClaim,
  describeClaimReviewProblems,
  CLAIM_REVIEWED_MAX_LENGTH,
  type ClaimReviewJsonLd,
  type ClaimReviewDocument,
  type ClaimReviewProblem,
  type ClaimReviewExport,
} from './claimReview';
export { selectFindings, toFindingsCsv, toFindingsHtml, escapeHtml, type FindingsScope, type ReportedFinding } from './findingsReport';
export type { ExportLanguage } from './labels';
