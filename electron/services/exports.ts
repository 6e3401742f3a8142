import type { ExportRequest, ExportSummary } from '../../shared/ipc/contract';
import { selectFindings, selectForExport } from '../../shared/export';
import type { Workspace } from '../../shared/schema';
import { AppError } from './errors';
import type { ServiceContext } from './context';
import { renderExport, writeExportFile } from './exporting';

const FINDINGS_FORMATS: ReadonlySet<ExportRequest['format']> = new Set(['findings', 'findings-html']);

function dayOf(value: string | undefined): string | null {
  return value ? (/^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] ?? null) : null;
}

/** A filter that cannot match anything, said in the user's words before any file is chosen or written. */
export function exportScopeError(request: ExportRequest): AppError | null {
  const { scope, format } = request;
  if (!FINDINGS_FORMATS.has(format) && scope.statuses !== undefined && scope.statuses.length === 0) {
    return new AppError('invalid_input', {
      vi: 'Chọn ít nhất một trạng thái để xuất. Chưa ghi tệp nào.',
      en: 'Choose at least one status to export. No file was written.',
    });
  }
  const from = dayOf(scope.from);
  const to = dayOf(scope.to);
  if (from !== null && to !== null && from > to) {
    return new AppError('invalid_input', {
      vi: 'Ngày bắt đầu sau ngày kết thúc: hãy sửa Từ ngày hoặc Đến ngày. Chưa ghi tệp nào.',
      en: 'The start date is after the end date: correct From or To. No file was written.',
    });
  }
  return null;
}

/** Whether the filter matches nothing: claims for the claim formats, findings for the reports. */
function nothingMatches(ws: Workspace, request: ExportRequest): AppError | null {
  const { scope, format } = request;
  // The whole-workspace backup (no scope at all) is always written, even from an empty desk.
  if (format === 'json' && Object.keys(scope).length === 0) return null;
  if (FINDINGS_FORMATS.has(format)) {
    if (selectFindings(ws, { articleIds: scope.articleIds, from: scope.from, to: scope.to }).length > 0) return null;
    return new AppError('invalid_input', {
      vi: 'Không có phát hiện nào khớp với bộ lọc. Chưa ghi tệp nào.',
      en: 'No finding matches the filter. No file was written.',
    });
  }
  if (selectForExport(ws, scope).claims.length > 0) return null;
  return new AppError('invalid_input', {
    vi: 'Không có nhận định nào khớp với bộ lọc. Chưa ghi tệp nào.',
    en: 'No claim matches the filter. No file was written.',
  });
}

/** Refuses an export that would write an empty file; called before the save dialog and again before writing. */
export async function checkExport(ctx: ServiceContext, request: ExportRequest): Promise<void> {
  const scopeError = exportScopeError(request);
  if (scopeError) throw scopeError;
  await ctx.settings();
  const empty = nothingMatches(await ctx.snapshotForExport(request.format, request.scope), request);
  if (empty) throw empty;
}

/** Renders an export and writes it to `path`; ClaimReview problems are reported, never written. */
export async function exportTo(ctx: ServiceContext, path: string, request: ExportRequest): Promise<ExportSummary> {
  const scopeError = exportScopeError(request);
  if (scopeError) throw scopeError;
  await ctx.settings();
  const ws = await ctx.snapshotForExport(request.format, request.scope);
  const empty = nothingMatches(ws, request);
  if (empty) throw empty;
  const rendered = renderExport(ws, request.format, request.scope, ctx.language, ctx.now(), { decimalComma: request.decimalComma });
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
  // A read-only opening (CLI `export` while the app works) records nothing.
  await ctx.commitEvent({
    action: 'workspace.export',
    target: request.format,
    before: null,
    after: { path, scope: request.scope, count: rendered.count, problems: rendered.problems.length },
  });
  return { path, count: rendered.count, bytes, problems: rendered.problems };
}
