import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { WorkspaceOpenError } from '../../../electron/store/lowdb/folderStore';
import { DeskRefusedTextError, PostgresWorkspaceStore } from '../../../electron/store/postgres/pgStore';
import { toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { ImportReport } from '../../../shared/ipc/contract';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach } from './keptAnalysis';

/**
 * One hostile or broken file never stops a folder import (REVIEW-sec B2): it is refused with its
 * reason in the report and the files after it are imported.
 */

const opened = closedAfterEach();

async function openAt(path: string): Promise<WorkspaceService> {
  const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir: null, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(s);
  return s;
}

async function inboxWith(dir: string, deepName: string): Promise<{ inbox: string; files: string[] }> {
  const inbox = join(dir, 'inbox');
  await mkdir(inbox);
  const a = join(inbox, 'a.txt');
  const c = join(inbox, 'c.txt');
  await copyFile(join(seedsDir, '000_1fe02d8b3e3b3513.txt'), a);
  await copyFile(join(seedsDir, '001_c58e276f43334ffa.txt'), c);
  const line = 'Hà Nội - GDP quý I năm 2024 tăng 5,66%.\n';
  const deep = join(inbox, deepName);
  await writeFile(deep, `<html><body><article><p>${line.repeat(3)}</p><p>${'<b>'.repeat(20_000)}${line.repeat(3)}${'</b>'.repeat(20_000)}</p></article></body></html>`);
  return { inbox, files: [a, deep, c] };
}

it('a folder holding a page nested 20,000 <b> deep imports the other two and refuses that one, saying why', async () => {
  const dir = await tempDir();
  const { inbox } = await inboxWith(dir, 'b.html');
  const s = await openAt(join(dir, 'ws.json'));
  const report = ImportReport.parse(await s.importPaths([inbox]));
  expect(report.imported.map((i) => basename(i.source))).toEqual(['a.txt', 'c.txt']);
  expect(report.refused).toEqual([{ source: join(inbox, 'b.html'), code: 'html_too_deep', reason: expect.stringMatching(/^“b\.html” có cấu trúc HTML lồng quá sâu/) }]);
  expect(report.interrupted).toBeUndefined();
});

it('a workspace that cannot be read during an import stops it with the workspace error, not one "could not read this file" per file (REVIEW-hostile H4)', async () => {
  const dir = await tempDir();
  const { files } = await inboxWith(dir, 'b.html');
  const s = await openAt(join(dir, 'ws.json'));
  const store = s.ctx.store;
  const articles = store.articles.bind(store);
  let reads = 0;
  // The duplicate check of the second article finds the workspace's records unreadable (a damaged disk).
  vi.spyOn(store, 'articles').mockImplementation(async (ids) => {
    if (ids !== undefined && ++reads >= 2) throw new WorkspaceOpenError('unreadable', { vi: 'Không đọc được không gian làm việc ws.json (EIO).', en: 'The workspace ws.json cannot be read (EIO).' });
    return articles(ids);
  });
  const three = [files[0] as string, files[2] as string, join(seedsDir, '002_c0e95b3289b6d0cb.txt')];
  await expect(s.importPaths(three)).rejects.toBeInstanceOf(WorkspaceOpenError);
  // Near-miss: any other error thrown by the store (not a file's content) is not blamed on the file either.
  reads = 0;
  vi.spyOn(store, 'articles').mockImplementation(async (ids) => {
    if (ids !== undefined && ++reads >= 2) throw new TypeError("Cannot read properties of undefined (reading 'id')");
    return articles(ids);
  });
  await expect(s.importPaths(three.slice(1))).rejects.toBeInstanceOf(TypeError);
  vi.restoreAllMocks();
});

it('pasted HTML nested too deep is refused with the reason in the editor\'s language, not an internal error', async () => {
  const dir = await tempDir();
  const s = await openAt(join(dir, 'ws.json'));
  const report = ImportReport.parse(await s.importText('Bài dán', `<p>${'<b>'.repeat(100_000)}Lạm phát 3,5%</p>`));
  expect(report.imported).toEqual([]);
  expect(report.refused).toEqual([{ source: 'Bài dán', code: 'html_too_deep', reason: expect.stringMatching(/^Mã HTML có cấu trúc HTML lồng quá sâu/) }]);
});

it('an export with an audit value nested 200,000 levels deep is refused as malformed; the workspace is untouched and the next file comes in', async () => {
  const dir = await tempDir();
  const { files } = await inboxWith(dir, 'b.html');
  const source = await openAt(join(dir, 'a.json'));
  await source.importPaths([files[0] as string]);
  const file = JSON.parse(toWorkspaceJson(await source.ctx.snapshot(), { exportedAt: '2026-12-01T08:00:00.000Z' })) as { auditLog: Array<Record<string, unknown>> };
  file.auditLog.push({ ...file.auditLog[0], seq: file.auditLog.length, hash: 'f00', after: '__nested__' });
  const crafted = join(dir, 'xuat.json');
  await writeFile(crafted, JSON.stringify(file).replace('"__nested__"', `${'['.repeat(200_000)}${']'.repeat(200_000)}`));

  const s = await openAt(join(dir, 'ws.json'));
  await s.importPaths([files[2] as string]);
  const before = await s.ctx.snapshot();
  const report = ImportReport.parse(await s.importPaths([crafted, join(seedsDir, '002_c0e95b3289b6d0cb.txt')]));
  expect(report.refused).toEqual([{ source: crafted, code: 'invalid_records', reason: 'Bản xuất có 1 bản ghi sai cấu trúc nên không được nhập; không có gì bị thay đổi.' }]);
  expect(report.merged).toBeNull();
  expect(report.imported.map((i) => basename(i.source))).toEqual(['002_c0e95b3289b6d0cb.txt']);
  const after = await s.ctx.snapshot();
  expect(after.auditLog.slice(0, before.auditLog.length)).toEqual(before.auditLog);
  expect(after.auditLog.map((e) => e.action).slice(before.auditLog.length)).toEqual(['article.import']);
});

it('a shared desk refusing a character of one file (SQLSTATE 22P05 / 22P02) refuses that file with a clear reason and goes on', async () => {
  // The desk's own mapping of PostgreSQL's errors (no server needed: commitError reads only the code).
  const commitError = (PostgresWorkspaceStore.prototype as unknown as { commitError(e: unknown): unknown }).commitError;
  // (The server's own wording of each: tests/desk/refusedText.test.ts.)
  expect(commitError(Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' }))).toBeInstanceOf(DeskRefusedTextError);
  const surrogate = Object.assign(new Error('invalid input syntax for type json'), { code: '22P02', detail: 'Unicode low surrogate must follow a high surrogate.' });
  expect(commitError(surrogate)).toBeInstanceOf(DeskRefusedTextError);
  for (const other of [
    Object.assign(new Error('duplicate key'), { code: '23505' }),
    // Any other invalid input (a bug's bad value) is not the file's characters.
    Object.assign(new Error('invalid input syntax for type integer: "mười"'), { code: '22P02' }),
  ]) {
    expect(commitError(other)).toBe(other);
  }

  const dir = await tempDir();
  const { files } = await inboxWith(dir, 'b.html');
  const s = await openAt(join(dir, 'ws.json'));
  const store = s.ctx.store;
  const commit = store.commit.bind(store);
  let imports = 0;
  vi.spyOn(store, 'commit').mockImplementation(async (req) => {
    if (req.action === 'article.import' && ++imports === 1) throw new DeskRefusedTextError(Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' }));
    return commit(req);
  });
  const inputs = [files[0] as string, files[2] as string];
  const report = ImportReport.parse(await s.importPaths(inputs));
  expect(report.refused).toEqual([{ source: inputs[0], code: 'desk_refused_text', reason: expect.stringMatching(/^Bàn biên tập chung không lưu được văn bản này vì có ký tự không hợp lệ/) }]);
  expect(report.imported.map((i) => i.source)).toEqual([inputs[1]]);
  expect(report.interrupted).toBeUndefined();
});

it('an export carrying a 1,000,000-character review note and a quote the article does not say is refused; nothing of it lands, the next file comes in', async () => {
  const dir = await tempDir();
  const source = await openAt(join(dir, 'nguon'));
  await source.importPaths([join(seedsDir, '002_c0e95b3289b6d0cb.txt')]);
  const claim = (await source.ctx.snapshot()).claims[0];
  if (!claim) throw new Error('no claim extracted');
  await source.reviewClaim({ claimId: claim.id, status: 'flagged', note: 'Cần kiểm tra lại' });
  const snapshot = await source.ctx.snapshot();
  const longNote = JSON.parse(toWorkspaceJson(snapshot, { exportedAt: '2026-12-01T08:00:00.000Z' })) as { reviews: Record<string, { note: string }> };
  (longNote.reviews[claim.id] as { note: string }).note = 'x'.repeat(1_000_000);
  const misquoted = JSON.parse(toWorkspaceJson(snapshot, { exportedAt: '2026-12-01T08:00:00.000Z' })) as { claims: Array<{ quote: string }> };
  (misquoted.claims[0] as { quote: string }).quote = '99,9%';
  const noteFile = join(dir, 'ghi-chu.json');
  const quoteFile = join(dir, 'trich-dan.json');
  await writeFile(noteFile, JSON.stringify(longNote));
  await writeFile(quoteFile, JSON.stringify(misquoted));

  const s = await openAt(join(dir, 'ws'));
  const report = ImportReport.parse(await s.importPaths([noteFile, quoteFile, join(seedsDir, '003_0df093104ad9eb40.txt')]));
  expect(report.refused.map((r) => [basename(r.source), r.code])).toEqual([
    ['ghi-chu.json', 'over_limits'],
    ['trich-dan.json', 'quote_mismatch'],
  ]);
  expect(report.refused[0]?.reason).toBe(
    `Bản xuất có 1 trường vượt giới hạn của ứng dụng (đầu tiên: reviews.${claim.id}.note); tệp có thể đã bị sửa tay nên không được nhập; không có gì bị thay đổi.`,
  );
  expect(report.merged).toBeNull();
  const after = await s.ctx.snapshot();
  expect(Object.keys(after.reviews)).toEqual([]);
  expect(after.articles.map((a) => basename(a.source))).toEqual(['003_0df093104ad9eb40.txt']);
});

it('one story imported by two desks with other line breaks: the merge puts the other desk\'s review on this desk\'s claim, and the desk\'s next export merges again (REVIEW-lead2 A)', async () => {
  const dir = await tempDir();
  const story = 'Hà Nội, ngày 5/3.\nTăng trưởng GDP năm 2023 đạt 5,05%, thấp hơn mục tiêu.\nXuất khẩu giảm 4,4% so với năm trước.';
  await writeFile(join(dir, 'web.txt'), story.replace(/\n/g, '\n\n'));
  await writeFile(join(dir, 'docx.txt'), story);
  const other = await openAt(join(dir, 'ban-khac'));
  await other.importPaths([join(dir, 'web.txt')]);
  const theirs = (await other.ctx.snapshot()).claims.find((c) => c.quote.includes('4,4%'));
  if (!theirs) throw new Error('no 4,4% claim');
  await other.reviewClaim({ claimId: theirs.id, status: 'flagged', note: 'Bộ Công Thương nói 4,2%' });
  // A claim added by hand there: its id comes from its offsets in that desk's text.
  const theirText = (await other.ctx.snapshot()).articles[0]?.text ?? '';
  const handStart = theirText.indexOf('đạt 5,05%');
  await other.addClaim({ articleId: theirs.articleId, start: handStart, end: handStart + 'đạt 5,05%'.length, fields: { kind: 'percent', value: 5.05 } });
  const file = join(dir, 'ban-khac.json');
  await writeFile(file, toWorkspaceJson(await other.ctx.snapshot(), { exportedAt: '2026-12-01T08:00:00.000Z' }));

  const s = await openAt(join(dir, 'ws'));
  await s.importPaths([join(dir, 'docx.txt')]);
  const report = ImportReport.parse(await s.importPaths([file]));
  expect(report.refused).toEqual([]);
  const ws = await s.ctx.snapshot();
  const ours = ws.claims.filter((c) => c.quote.includes('4,4%'));
  expect(ours).toHaveLength(1);
  expect(ws.reviews[ours[0]?.id ?? '']).toMatchObject({ status: 'flagged', note: 'Bộ Công Thương nói 4,2%' });
  const text = ws.articles[0]?.text ?? '';
  for (const c of ws.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  expect(ws.claims.filter((c) => c.origin === 'manual').map((c) => c.quote)).toEqual(['đạt 5,05%']);
  // Its own export (a backup) is read back, not refused as hand-edited.
  const again = join(dir, 'sao-luu.json');
  await writeFile(again, toWorkspaceJson(ws, { exportedAt: '2026-12-01T09:00:00.000Z' }));
  const fresh = await openAt(join(dir, 'khoi-phuc'));
  expect(ImportReport.parse(await fresh.importPaths([again])).refused).toEqual([]);
});
