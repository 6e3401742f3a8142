import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_ARTICLE_BYTES } from '../../../electron/services/imports';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
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

/**
 * A colleague's decision on a finding about an article held here with other line breaks is carried onto
 * this text; one that cannot be (their claim reads the figure otherwise) is not applied, and said.
 */
describe('crosscheck import of an export: decisions on findings that cannot be carried are counted', { timeout: 180_000 }, () => {
  it('prints how many, in Vietnamese and in English', async () => {
    const dir = await tempDir();
    const story = (figure: string) =>
      `Xuất khẩu Bắc Giang tăng mạnh\nTheo Sở Công Thương tỉnh Bắc Giang, kim ngạch xuất khẩu của tỉnh trong 9 tháng năm 2023 đạt ${figure} tỷ USD, tăng 14% so với cùng kỳ.\nTrong đó, doanh nghiệp FDI đóng góp 2,1 tỷ USD.\nTỉnh đặt mục tiêu cả năm đạt 30 tỷ USD.\n`;
    const [ours, theirs] = [join(dir, 'ours'), join(dir, 'theirs')];
    await mkdir(ours);
    await mkdir(theirs);
    await writeFile(join(ours, 'a.txt'), story('2,3'));
    // The colleague pasted the same story from a .docx (blank lines between paragraphs), beside a later report.
    await writeFile(join(theirs, 'a.txt'), story('2,3').replace(/\n/g, '\n\n'));
    await writeFile(join(theirs, 'b.txt'), story('2,7'));
    const there = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(dir, 'there.json')), seedsDir: null, defaultReviewer: 'Quang' });
    await there.importPaths([theirs]);
    const finding = there.workspace.findings.find((f) => f.type === 'conflict' && (f.spans?.length ?? 0) > 0);
    const claim = there.workspace.claims.find((c) => c.id === finding?.claimIds[0]);
    if (!claim || !finding) throw new Error('the two reports no longer give a conflict with quoted spans');
    await there.decideFinding({ findingId: finding.id, decision: 'dismiss', note: 'Đã xét' });
    const exported = join(dir, 'export.json');
    await there.exportTo(exported, { format: 'json', scope: {} });
    // Their engine read that claim otherwise (an older version): this desk's claim is not the one decided on.
    const data = JSON.parse(await readFile(exported, 'utf8')) as { claims: { id: string; qualifier: string }[] };
    for (const c of data.claims) if (c.id === claim.id) c.qualifier = c.qualifier === 'approx' ? 'exact' : 'approx';
    await writeFile(exported, JSON.stringify(data));
    for (const ws of ['here.json', 'here-en.json']) expect((await cli(['import', ours, '--workspace', join(dir, ws)])).code).toBe(0);
    const vi = await cli(['import', exported, '--workspace', join(dir, 'here.json')]);
    expect(vi.stderr).toContain('1 quyết định về phát hiện trong tệp không áp dụng được (văn bản bài viết hoặc nhận định ở đây khác): các phát hiện đó trở lại trạng thái Mở');
    // The trail keeps it too: the merge's entry says how many decisions were not applied.
    const here = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(dir, 'here.json')), seedsDir: null, defaultReviewer: 'Lan' });
    expect(here.workspace.auditLog.filter((e) => e.action === 'workspace.merge').map((e) => (e.after as { decisionsNotCarried?: number }).decisionsNotCarried)).toEqual([1]);
    await here.close();
    const en = await cli(['import', exported, '--workspace', join(dir, 'here-en.json'), '--lang', 'en']);
    expect(en.stderr).toContain('1 finding decision in the file could not be applied');
  });
});

/** A colleague's decision that filled a finding nobody here had decided is said, not only kept in the trail (session 38 note). */
describe('crosscheck import of an export: findings filled by the file are counted', { timeout: 180_000 }, () => {
  it('prints how many, in Vietnamese and in English; nothing when none was filled', async () => {
    const dir = await tempDir();
    const seeds = join(repoRoot, 'seeds');
    const source = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(dir, 'source.json')), seedsDir: seeds, defaultReviewer: 'Quang' });
    const open = source.workspace.findings.filter((f) => f.status === 'open').slice(0, 2);
    if (open.length < 2) throw new Error('the seeds gave fewer than two open findings');
    for (const f of open) await source.decideFinding({ findingId: f.id, decision: 'dismiss', note: 'Hai phạm vi khác nhau' });
    const exported = join(dir, 'export.json');
    await source.exportTo(exported, { format: 'json', scope: {} });
    await source.close();
    for (const ws of ['vi.json', 'en.json']) expect((await cli(['import', seeds, '--workspace', join(dir, ws)])).code).toBe(0);
    const vi = await cli(['import', exported, '--workspace', join(dir, 'vi.json')]);
    expect(vi.stderr).toContain('2 phát hiện chưa ai xét ở đây nhận quyết định trong tệp');
    const en = await cli(['import', exported, '--workspace', join(dir, 'en.json'), '--lang', 'en']);
    expect(en.stderr).toContain("2 findings nobody here had decided took the file's decision");
    // The same file again fills nothing more: no such line.
    const again = await cli(['import', exported, '--workspace', join(dir, 'vi.json')]);
    expect(again.stderr).not.toContain('nhận quyết định trong tệp');
  });
});
