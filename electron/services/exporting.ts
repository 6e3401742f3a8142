import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  selectFindings,
  selectForExport,
  toClaimReviews,
  toClaimsCsv,
  toDoccanoJsonl,
  toFindingsCsv,
  toFindingsHtml,
  toWorkspaceJson,
  type ClaimReviewProblem,
  type ExportScope,
} from '../../shared/export';
import type { ExportFormatName } from '../../shared/enums';
import type { Workspace } from '../../shared/schema';

export { exportFormatNames as exportFormats } from '../../shared/enums';
export type ExportFormat = ExportFormatName;

export const exportExtensions: Record<ExportFormat, string> = {
  csv: 'csv',
  json: 'json',
  jsonl: 'jsonl',
  claimreview: 'jsonld',
  findings: 'csv',
  'findings-html': 'html',
};

export interface RenderedExport {
  content: string;
  /** Claims (or findings, or articles for JSONL) written. */
  count: number;
  /** ClaimReview only: claims left out because required data is missing or invalid. */
  problems: ClaimReviewProblem[];
}

/** Renders one export format over a scope of the workspace. */
export function renderExport(
  ws: Workspace,
  format: ExportFormat,
  scope: ExportScope,
  lang: 'vi' | 'en',
  now: Date,
  options: { decimalComma?: boolean } = {},
): RenderedExport {
  const at = now.toISOString();
  switch (format) {
    case 'csv': {
      const selection = selectForExport(ws, scope);
      return { content: toClaimsCsv(selection, { lang, ...(options.decimalComma !== undefined ? { decimalComma: options.decimalComma } : {}) }), count: selection.claims.length, problems: [] };
    }
    case 'json': {
      // No scope at all means the whole workspace: a backup that restores identically.
      if (Object.keys(scope).length === 0) return { content: toWorkspaceJson(ws, { exportedAt: at }), count: ws.claims.length, problems: [] };
      const selection = selectForExport(ws, scope);
      return { content: toWorkspaceJson(ws, { exportedAt: at, scope }), count: selection.claims.length, problems: [] };
    }
    case 'jsonl': {
      const selection = selectForExport(ws, scope);
      return { content: toDoccanoJsonl(selection), count: selection.articles.length, problems: [] };
    }
    case 'claimreview': {
      const out = toClaimReviews(selectForExport(ws, scope), { lang });
      // Only valid markup is written; what is missing is reported instead.
      const content = out.documents.length > 0 ? JSON.stringify(out.documents.map((d) => d.jsonLd), null, 2) + '\n' : '';
      return { content, count: out.documents.length, problems: out.problems };
    }
    case 'findings':
    case 'findings-html': {
      const findingsScope = { articleIds: scope.articleIds, from: scope.from, to: scope.to };
      const content = format === 'findings' ? toFindingsCsv(ws, findingsScope, { lang }) : toFindingsHtml(ws, findingsScope, { lang, generatedAt: at });
      const count = selectFindings(ws, findingsScope).length;
      return { content, count, problems: [] };
    }
  }
}

/**
 * Writes next to the destination first and renames, so a failed export never leaves half a file —
 * nor its temp file (removed on any failure: a full disk, a folder in the way). The temp name is short
 * and random, created exclusively: a destination name as long as the disk allows stays legal, and a
 * planted file or link of that name is never written through.
 */
export async function writeExportFile(path: string, content: string): Promise<number> {
  const tmp = join(dirname(path), `.crosscheck-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content, { encoding: 'utf8', flag: 'wx' });
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  return Buffer.byteLength(content, 'utf8');
}
