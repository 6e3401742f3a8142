import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LONG_ARTICLE_BYTES } from '../../../electron/services/imports';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { generateLongArticle } from '../../bench/generate';
import { tempDir } from '../helpers';
import { ARTICLE_VI } from '../import/helpers/files';

const opened: WorkspaceService[] = [];
const open = async (file: string) => {
  const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(file), seedsDir: null, defaultReviewer: 'Quang', prepareAnalysis: false });
  opened.push(service);
  return service;
};
afterEach(async () => {
  for (const service of opened.splice(0)) await service.close();
});

describe('QA31 notes on importing, through the service', () => {
  it('a very long article is imported with a note saying its size and claims in the locale format (bug 2); a short one has none', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const { title, text } = generateLongArticle(LONG_ARTICLE_BYTES + 20_000, { variety: 3 });
    const report = await service.importText(title, text);
    const item = report.imported[0];
    expect(item?.claimCount).toBeGreaterThan(1000);
    const claims = new Intl.NumberFormat('vi-VN').format(item?.claimCount ?? 0);
    expect(item?.notes).toHaveLength(1);
    expect(item?.notes[0]).toMatch(new RegExp(`^Bài quá dài \\(2\\d\\d KB, ${claims.replace('.', '\\.')} nhận định\\): bài đã được nhập, nhưng việc duyệt và phân tích phát hiện sẽ chậm; hãy tách thành nhiều bài\\.$`));
    expect(claims).toMatch(/^\d\.\d{3}$/);
    const short = await service.importText('Tin ngắn', 'Tỷ lệ hồ sơ trực tuyến đạt 98,79% trong năm 2023.');
    expect(short.imported[0]?.notes).toEqual([]);
  });

  it('a folder import names the files it left out as not articles (note i); clutter is not named', async () => {
    const dir = await tempDir();
    const folder = join(dir, 'bai');
    await mkdir(join(folder, '.git'), { recursive: true });
    await writeFile(join(folder, 'a.txt'), ARTICLE_VI);
    await writeFile(join(folder, 'anh.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    await writeFile(join(folder, '.an.txt'), ARTICLE_VI);
    await writeFile(join(folder, '.DS_Store'), 'x');
    await writeFile(join(folder, '~$bai.docx'), 'x');
    await writeFile(join(folder, '.git', 'config'), 'x');
    const service = await open(join(dir, 'ws.json'));
    const report = await service.importPaths([folder]);
    expect(report.imported).toHaveLength(1);
    expect(report.skipped?.map((p) => p.split('/').pop()).sort()).toEqual(['.an.txt', 'anh.jpg']);
  });

  it('pasted HTML source is imported as its text, with a note; nothing of it is kept as markup (note j)', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const report = await service.importText(
      '<img src=x onerror="window.__p=1"><script>window.__p2=1</script>Tin HTML dán: đạt 45%',
      '<p>Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt <b>đậm</b> 45%.</p><script>window.__p3=1</script>',
    );
    const item = report.imported[0];
    expect(item).toMatchObject({ title: 'Tin HTML dán: đạt 45%', format: 'html' });
    expect(item?.notes[0]).toMatch(/^Văn bản dán là mã HTML: đã lấy phần chữ như khi nhập tệp \.html/);
    const article = service.workspace.articles.find((a) => a.id === item?.articleId);
    expect(article?.text).toBe('Tin HTML dán: đạt 45%\n\nNăm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt đậm 45%.');
  });
});

describe('one size rule for a paste and a file (review of s32-desk, BUG 3)', () => {
  it('a Vietnamese paste over 5 MB of UTF-8 (under 5 million characters) is refused as the same text in a .txt file is', async () => {
    const dir = await tempDir();
    const service = await open(join(dir, 'ws.json'));
    const text = 'Tiêu đề\n\n' + 'Tỷ lệ hộ nghèo ở Hà Giang giảm còn 12% trong năm 2023. '.repeat(80_000);
    expect(text.length).toBeLessThan(5_000_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(5 * 1024 * 1024);
    const pasted = await service.importText('Bài dài', text);
    expect(pasted.imported).toEqual([]);
    expect(pasted.refused).toHaveLength(1);
    const mb = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Buffer.byteLength(text) / (1024 * 1024));
    expect(pasted.refused[0]?.reason).toBe(`Bài dán quá dài (${mb} MB, giới hạn 5,0 MB văn bản cho một bài): hãy tách thành nhiều bài rồi nhập lại.`);
    await writeFile(join(dir, 'x.txt'), text);
    const filed = await service.importPaths([join(dir, 'x.txt')]);
    expect(filed.refused[0]?.reason).toBe(`“x.txt” quá dài (${mb} MB, giới hạn 5,0 MB văn bản cho một bài): hãy tách thành nhiều bài rồi nhập lại.`);
  });
});
