import { mkdir, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageDroppedFiles } from '../../../electron/import/dropped';
import { MAX_EXPORT_JSON_BYTES, readExportFile } from '../../../electron/import/exportFile';
import { MAX_TEXT_BYTES, readArticleFile } from '../../../electron/import/readArticleFile';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { isSafeFileName } from '../../../shared/fileName';
import { tempDir } from '../helpers';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('dropped files', () => {
  it('names with a control character or a path separator are refused; Vietnamese names pass', () => {
    for (const bad of ['bai\u0000.txt', 'bai\u0007.txt', 'bai\n.txt', 'bai\u0085.txt', '../bai.txt', 'a\\b.txt', '.', '..', '', 'x'.repeat(256)]) {
      expect(isSafeFileName(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isSafeFileName('Bài viết số 1 – Bắc Giang (bản 2).docx')).toBe(true);
  });

  it('when one copy cannot be written, the copies already written are removed with the folder', async () => {
    const root = await tempDir();
    await expect(
      stageDroppedFiles(
        [
          { name: 'bai-1.txt', bytes: bytes('Tỷ lệ đạt 98,79%.') },
          { name: 'bai\u0000-2.txt', bytes: bytes('GDP tăng 6,5%.') },
        ],
        root,
      ),
    ).rejects.toThrow(/refused dropped file name/);
    expect(await readdir(root)).toEqual([]);
  });

  it('staged copies are private to the user and gone after cleanup', async () => {
    const root = await tempDir();
    const staged = await stageDroppedFiles([{ name: 'Bài viết.txt', bytes: bytes('GDP tăng 6,5%.') }], root);
    expect(staged.names.get(staged.paths[0]!)).toBe('Bài viết.txt');
    expect((await stat(staged.paths[0]!)).mode & 0o777).toBe(0o600);
    await staged.cleanup();
    expect(await readdir(root)).toEqual([]);
  });

  it('a dropped file with the longest name a disk allows is staged under that very name, beside the others (security review B8)', async () => {
    const root = await tempDir();
    // 255 UTF-8 bytes: legal on Linux (and 255 units on Windows and macOS) — a prefix added to it is not.
    let name = '';
    while (Buffer.byteLength(`${name}x.txt`) <= 255) name += 'x';
    name = `${name}.txt`;
    expect(Buffer.byteLength(name)).toBe(255);
    const staged = await stageDroppedFiles(
      [
        { name: 'ok.txt', bytes: bytes('Tỷ lệ đạt 98,79%.') },
        { name, bytes: bytes('GDP tăng 6,5%.') },
        { name: 'ok.txt', bytes: bytes('Một tệp cùng tên từ thư mục khác.') },
      ],
      root,
    );
    expect(staged.paths.map((p) => p.split(/[\\/]/).pop())).toEqual(['ok.txt', name, 'ok.txt']);
    expect(new Set(staged.paths).size).toBe(3);
    expect([...staged.names.values()]).toEqual(['ok.txt', name, 'ok.txt']);
    await staged.cleanup();
    expect(await readdir(root)).toEqual([]);
  });

  it('the IPC contract refuses a dropped name with a control character before anything is written', async () => {
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(await tempDir(), 'ws.json')), seedsDir: null, defaultReviewer: 'Lan' });
    const handlers = createHandlers(service, { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null });
    const base64 = Buffer.from('GDP tăng 6,5%.').toString('base64');
    const refused = await dispatch(handlers, 'importDropped', { files: [{ name: 'bai\u0001.txt', base64 }] }, 'vi');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('size limits before parsing', () => {
  it('an HTML page over the text limit is refused from its size, unread', async () => {
    const dir = await tempDir();
    const page = join(dir, 'trang-rat-lon.html');
    await writeFile(page, '<html><body><p>Tỷ lệ đạt 98,79%.</p>');
    await truncate(page, MAX_TEXT_BYTES + 1); // sparse: the size is what counts
    expect(await readArticleFile(page)).toMatchObject({ ok: false, reason: 'too_large', details: { sizeBytes: MAX_TEXT_BYTES + 1, limitBytes: MAX_TEXT_BYTES } });
  });

  it('a .json export saved again by Notepad as UTF-16 is held to the limit by its size as Crosscheck writes it (UTF-8), not by its doubled bytes', async () => {
    const dir = await tempDir();
    const json = JSON.stringify({ format: 'crosscheck.workspace', note: 'Tỷ lệ hồ sơ trực tuyến đạt 98,79% '.repeat(40) });
    const utf8 = Buffer.byteLength(json, 'utf8');
    const limit = utf8 + 10; // the UTF-8 file fits; its UTF-16 copy (about twice the bytes) does not, by bytes
    const notepad = join(dir, 'xuat-notepad.json');
    await writeFile(notepad, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    expect((await stat(notepad)).size).toBeGreaterThan(limit);
    expect(await readExportFile(notepad, limit)).toEqual({ ok: true, text: json });
    // Without a byte order mark too (its first character's high byte is zero).
    await writeFile(notepad, Buffer.from(json, 'utf16le'));
    expect(await readExportFile(notepad, limit)).toEqual({ ok: true, text: json });
    // An ASCII export exactly at the limit, saved with a byte order mark (2 × limit + 2 bytes), still merges.
    const ascii = JSON.stringify({ format: 'crosscheck.workspace', note: 'x'.repeat(200) });
    await writeFile(notepad, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ascii, 'utf16le')]));
    expect(await readExportFile(notepad, ascii.length)).toEqual({ ok: true, text: ascii });
    await writeFile(notepad, Buffer.from(json, 'utf16le'));
    // Held to the limit once decoded: a UTF-16 copy of an export over the limit is refused with its UTF-8 size.
    expect(await readExportFile(notepad, utf8 - 1)).toMatchObject({ ok: false, reason: 'export_too_large', details: { sizeBytes: utf8, limitBytes: utf8 - 1 } });
    // A UTF-8 file over the limit is refused by its bytes, as before, and so is any file over twice the limit.
    const plain = join(dir, 'xuat.json');
    await writeFile(plain, json);
    expect(await readExportFile(plain, utf8 - 1)).toMatchObject({ ok: false, reason: 'export_too_large', details: { sizeBytes: utf8 } });
    const bytes = (await stat(notepad)).size;
    expect(await readExportFile(notepad, Math.floor(bytes / 2) - 2)).toMatchObject({ ok: false, reason: 'export_too_large', details: { sizeBytes: bytes } });
  });

  it('a merged .json export over the limit is refused from its size with a message saying what to do', async () => {
    const dir = await tempDir();
    const big = join(dir, 'xuat-toan-bo.json');
    await writeFile(big, '{"format":"crosscheck.workspace"');
    await truncate(big, MAX_EXPORT_JSON_BYTES + 1);
    expect(await readExportFile(big)).toMatchObject({ ok: false, reason: 'export_too_large' });
    await mkdir(join(dir, 'ws'));
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(dir, 'ws', 'ws.json')), seedsDir: null, defaultReviewer: 'Lan' });
    const report = await service.importPaths([big]);
    expect(report.merged).toBeNull();
    expect(report.refused).toEqual([
      { source: big, code: 'export_too_large', reason: '“xuat-toan-bo.json” quá lớn để gộp (100,0 MB, giới hạn 100,0 MB); hãy xuất từng phần (theo bài hoặc khoảng ngày) rồi nhập lại.' },
    ]);
  });
});
