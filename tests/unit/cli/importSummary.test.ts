import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_ARTICLE_BYTES } from '../../../electron/services/imports';
import { generateLongArticle } from '../../bench/generate';
import { repoRoot, tempDir } from '../helpers';
import { cli } from './helpers';

/**
 * The CLI's import summary agrees with the desk's (review of s32-desk, BUG 8): files that are not
 * articles are skipped and named, refused files are counted as refused, and a very long article's
 * note is printed as a line, not only in the JSON.
 */
describe('crosscheck import: the summary says what the desk says', { timeout: 180_000 }, () => {
  it('counts refused and skipped apart, names the skipped files and prints the long-article note', async () => {
    const dir = await tempDir();
    const folder = join(dir, 'bai');
    await mkdir(folder);
    await copyFile(join(repoRoot, 'seeds/000_1fe02d8b3e3b3513.txt'), join(folder, 'tin.txt'));
    await writeFile(join(folder, 'anh.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    await writeFile(join(folder, '.an.txt'), 'Tin ẩn\n\nTỷ lệ đạt 12%.');
    await writeFile(join(folder, 'rong.txt'), '');
    const long = generateLongArticle(LONG_ARTICLE_BYTES + 20_000, { variety: 3 });
    await writeFile(join(folder, 'dai.txt'), `${long.title}\n\n${long.text}`);

    const vi = await cli(['import', folder, '--workspace', join(dir, 'ws.json')]);
    expect(vi.code).toBe(4); // partly done: rong.txt is refused
    expect(vi.stderr).toContain('đã nhập 2, trùng 0, bị từ chối 1');
    expect(vi.stderr).toContain('2 tệp không phải bài viết được bỏ qua: .an.txt, anh.jpg');
    expect(vi.stderr).not.toMatch(/bỏ qua 1\b/);
    expect(vi.stderr).toMatch(/dai\.txt: Bài quá dài \([\d.,]+ KB, [\d.]+ nhận định\)/);
    expect(vi.stderr).toMatch(/bị từ chối .*rong\.txt/);

    const en = await cli(['import', folder, '--workspace', join(dir, 'ws2.json'), '--lang', 'en']);
    expect(en.stderr).toContain('imported 2, duplicates 0, refused 1');
    expect(en.stderr).toContain('2 files that are not articles were skipped: .an.txt, anh.jpg');
  });
});
