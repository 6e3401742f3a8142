import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listImportableFiles } from '../../../electron/import/listImportableFiles';
import { makeTempDir } from './helpers/files';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  tmp = await makeTempDir();
});
afterEach(async () => {
  await tmp.cleanup();
});

async function touch(relative: string): Promise<void> {
  const path = join(tmp.dir, relative);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, 'x');
}

describe('listImportableFiles', () => {
  it('walks sub-folders and returns importable files in sorted order', async () => {
    for (const f of ['b.txt', 'a.md', 'thang-1/z.docx', 'thang-1/c.HTML', 'thang-2/sau/d.htm', 'e.markdown']) await touch(f);
    const files = await listImportableFiles(tmp.dir);
    expect(files.map((f) => f.slice(tmp.dir.length + 1))).toEqual([
      'a.md',
      'b.txt',
      'e.markdown',
      'thang-1/c.HTML',
      'thang-1/z.docx',
      'thang-2/sau/d.htm',
    ]);
  });

  it('sorts the way an editor reads names: numbers by value, Đ after D', async () => {
    for (const f of ['bai-10.txt', 'bai-2.txt', 'Đà Nẵng.txt', 'Dak Lak.txt', 'Em.txt']) await touch(f);
    const files = await listImportableFiles(tmp.dir);
    expect(files.map((f) => f.slice(tmp.dir.length + 1))).toEqual(['bai-2.txt', 'bai-10.txt', 'Dak Lak.txt', 'Đà Nẵng.txt', 'Em.txt']);
  });

  it('skips hidden files and folders, Office lock files and files it cannot import', async () => {
    for (const f of ['.an.txt', '.git/config.txt', '~$bai.docx', 'anh.png', 'bang.xlsx', 'bai.txt']) await touch(f);
    expect(await listImportableFiles(tmp.dir)).toEqual([join(tmp.dir, 'bai.txt')]);
  });

  it("skips the assets folder a browser saves beside a page, but not a folder that merely ends in _files", async () => {
    for (const f of ['trang.html', 'trang_files/quang-cao.html', 'ho_so_files/bai.txt']) await touch(f);
    expect(await listImportableFiles(tmp.dir)).toEqual([join(tmp.dir, 'ho_so_files/bai.txt'), join(tmp.dir, 'trang.html')]);
  });

  it('does not follow a symlinked folder that loops back', async () => {
    await touch('bai.txt');
    await symlink(tmp.dir, join(tmp.dir, 'vong-lap'));
    expect(await listImportableFiles(tmp.dir)).toEqual([join(tmp.dir, 'bai.txt')]);
  });

  it('imports a linked file only when it points inside the chosen folder; a link out of it is left out and reported (security review B6)', async () => {
    await touch('bai/a.txt');
    await touch('bai/ban-goc/b.txt');
    await touch('rieng-tu.cfg');
    await symlink(join(tmp.dir, 'rieng-tu.cfg'), join(tmp.dir, 'bai', 'c.txt'));
    await symlink(join(tmp.dir, 'bai', 'ban-goc', 'b.txt'), join(tmp.dir, 'bai', 'd.txt'));
    const skipped: string[] = [];
    const files = await listImportableFiles(join(tmp.dir, 'bai'), { onSkippedFile: (p) => skipped.push(p) });
    expect(files.map((f) => f.slice(tmp.dir.length + 1))).toEqual(['bai/a.txt', 'bai/ban-goc/b.txt', 'bai/d.txt']);
    expect(skipped).toEqual([join(tmp.dir, 'bai', 'c.txt')]);
  });

  it('throws when the folder itself does not exist', async () => {
    await expect(listImportableFiles(join(tmp.dir, 'khong-co'))).rejects.toThrow();
  });
});
