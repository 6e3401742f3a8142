import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { ImportReport } from '../../../shared/ipc/contract';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach } from './keptAnalysis';

/**
 * Only a failure in reading or merging a file's own content refuses that file and lets the import go
 * on (REVIEW-hostile H4), with advice that fits: an export is not to be "saved as .txt" (N1).
 * The article builder and the merge are made to throw on a marker in the file, as a bug would.
 */

vi.mock('../../../shared/document', async (original) => {
  const real = await original<typeof import('../../../shared/document')>();
  return {
    ...real,
    buildDocument: (text: string, ...rest: Parameters<typeof real.buildDocument> extends [string, ...infer R] ? R : never) => {
      if (text.includes('LỖI-XỬ-LÝ')) throw new TypeError("Cannot read properties of undefined (reading 'id')");
      return real.buildDocument(text, ...rest);
    },
  };
});
vi.mock('../../../shared/export', async (original) => {
  const real = await original<typeof import('../../../shared/export')>();
  return {
    ...real,
    mergeWorkspace: (...args: Parameters<typeof real.mergeWorkspace>) => {
      if (args[1].articles.some((a) => a.title?.includes('LỖI-GỘP'))) throw new RangeError('Maximum call stack size exceeded');
      return real.mergeWorkspace(...args);
    },
  };
});

const opened = closedAfterEach();

async function openAt(path: string): Promise<WorkspaceService> {
  const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir: null, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(s);
  return s;
}

it('a file whose content trips the reader is refused alone, saying so, and the next files come in', async () => {
  const dir = await tempDir();
  const inbox = join(dir, 'inbox');
  await mkdir(inbox);
  await copyFile(join(seedsDir, '000_1fe02d8b3e3b3513.txt'), join(inbox, 'a.txt'));
  await writeFile(join(inbox, 'b.txt'), 'Hà Nội - LỖI-XỬ-LÝ: GDP quý I năm 2024 tăng 5,66%.\n');
  await copyFile(join(seedsDir, '001_c58e276f43334ffa.txt'), join(inbox, 'c.txt'));
  const s = await openAt(join(dir, 'ws.json'));
  const report = ImportReport.parse(await s.importPaths([inbox]));
  expect(report.imported.map((i) => basename(i.source))).toEqual(['a.txt', 'c.txt']);
  expect(report.refused).toEqual([{ source: join(inbox, 'b.txt'), code: 'read_failed', reason: expect.stringMatching(/^Không đọc được nội dung của “b\.txt”.*lưu lại dưới dạng \.txt/) }]);
});

it('an export whose merge fails is refused with advice for an export (not "save as .txt"), the workspace unchanged, the next file imported', async () => {
  const dir = await tempDir();
  const source = await openAt(join(dir, 'a.json'));
  await source.importText('Giá xăng LỖI-GỘP', 'Hà Nội - Giá xăng RON95 tăng 3,2% so với kỳ trước.');
  const exported = join(dir, 'xuat.json');
  await source.exportTo(exported, { format: 'json', scope: {} });

  const s = await openAt(join(dir, 'ws.json'));
  await s.importText('GDP', 'Hà Nội - GDP quý I năm 2024 tăng 5,66% so với cùng kỳ năm trước.');
  const before = await s.ctx.snapshot();
  const next = join(seedsDir, '002_c0e95b3289b6d0cb.txt');
  const report = ImportReport.parse(await s.importPaths([exported, next]));
  expect(report.refused).toEqual([{ source: exported, code: 'export_merge_failed', reason: expect.stringMatching(/^Không gộp được bản xuất “xuat\.json”.*không gian làm việc không bị thay đổi/) }]);
  expect(report.refused[0]?.reason).not.toMatch(/\.txt/);
  expect(report.merged).toBeNull();
  expect(report.imported.map((i) => i.source)).toEqual([next]);
  expect((await s.ctx.snapshot()).articles.slice(0, before.articles.length)).toEqual(before.articles);
});

it('a paste whose reading fails is refused as a paste (no file, no ".txt" advice)', async () => {
  const dir = await tempDir();
  const s = await openAt(join(dir, 'ws.json'));
  const report = ImportReport.parse(await s.importText('Bài dán', 'Hà Nội - LỖI-XỬ-LÝ: lạm phát 3,5%.'));
  expect(report.imported).toEqual([]);
  expect(report.refused).toEqual([{ source: 'Bài dán', code: 'paste_failed', reason: expect.stringMatching(/^Không đọc được nội dung vừa dán/) }]);
  expect(report.refused[0]?.reason).not.toMatch(/tệp|\.txt/);
  // Near-miss: an ordinary paste comes in.
  expect((await s.importText('Bài dán', 'Hà Nội - Lạm phát tháng 3 là 3,5%.')).imported).toHaveLength(1);
});
