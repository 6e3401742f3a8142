import type { ExportRequest, ExportSummary } from '../../shared/ipc/contract';
import { AppError } from './errors';
import type { ServiceContext } from './context';
import { renderExport, writeExportFile } from './exporting';

/** Renders an export and writes it to `path`; ClaimReview problems are reported, never written. */
export async function exportTo(ctx: ServiceContext, path: string, request: ExportRequest): Promise<ExportSummary> {
  await ctx.settings();
  const ws = await ctx.snapshotForExport(request.format, request.scope);
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
