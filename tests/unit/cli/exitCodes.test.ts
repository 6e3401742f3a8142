import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openForWriting } from '../../../electron/services/open';
import { tempDir } from '../helpers';
import { cli } from './helpers';
import { ARTICLE, folderContents, oneErrorLine, workspaceWithArticle } from './fixture';

// Exit statuses: 0 done, 1 nothing done, 2 wrong use, 3 workspace unavailable, 4 partly done.
describe('CLI exit statuses and the one error line', { timeout: 180_000 }, () => {
  it('import of a missing path exits 1 and creates no workspace', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    const run = await cli(['import', join(dir, 'nope.txt'), '--workspace', ws, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(oneErrorLine(run)).toMatch(/nothing imported: .*nope\.txt: no such file or folder/);
    expect(run.stdout).toBe('');
    expect(existsSync(ws)).toBe(false);
  });

  it('import of only refused files exits 1, one line naming them, and leaves no workspace behind', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.md'), '   \n\n');
    const run = await cli(['import', join(dir, 'empty.txt'), join(dir, 'blank.md'), '--workspace', ws, '--lang', 'en']);
    expect(run.code).toBe(1);
    const line = oneErrorLine(run);
    expect(line).toMatch(/nothing imported: refused .*empty\.txt/);
    expect(line).toContain('blank.md');
    expect(existsSync(ws)).toBe(false);
  });

  it('import of an empty folder exits 1 and creates no workspace', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'empty', 'picture.jpg'), 'not an article');
    const run = await cli(['import', join(dir, 'empty'), '--workspace', ws, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(oneErrorLine(run)).toMatch(/no article files \(\.txt, \.md, \.html, \.docx\) in this folder/);
    expect(existsSync(ws)).toBe(false);
  });

  it('import into an existing workspace that adds nothing keeps the workspace as it was', async () => {
    const { dir, ws } = await workspaceWithArticle();
    await writeFile(join(dir, 'empty.txt'), '');
    const before = await folderContents(ws);
    const run = await cli(['import', join(dir, 'empty.txt'), '--workspace', ws, '--lang', 'en']);
    expect(run.code).toBe(1);
    oneErrorLine(run);
    expect(existsSync(ws)).toBe(true);
    expect(await folderContents(ws)).toEqual(before);
  });

  it('import of a good file and a missing one exits 4: the report on stdout, the missing one on stderr', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    await writeFile(join(dir, 'bai.txt'), ARTICLE);
    const run = await cli(['import', join(dir, 'bai.txt'), join(dir, 'missing.txt'), '--workspace', ws, '--silent', '--lang', 'en']);
    expect(run.code).toBe(4);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: [{ source: join(dir, 'bai.txt') }], refused: [{ source: join(dir, 'missing.txt'), code: 'not_found' }] });
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^crosscheck: refused .*missing\.txt/)]);
  });

  it('importing what the workspace already has is done (exit 0)', async () => {
    const { dir, ws } = await workspaceWithArticle();
    const run = await cli(['import', join(dir, 'bai.txt'), '--workspace', ws, '--silent']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: [], duplicates: [{ source: join(dir, 'bai.txt') }] });
  });

  it('export with nothing in scope exits 1 and writes no file (no header-only CSV)', async () => {
    const { dir, ws } = await workspaceWithArticle();
    const out = join(dir, 'out.csv');
    const run = await cli(['export', '--workspace', ws, '--format', 'csv', '--out', out, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(oneErrorLine(run)).toMatch(/nothing to export: no claim in scope \(status verified, corrected\); no file written/);
    expect(existsSync(out)).toBe(false);
    const findings = await cli(['export', '--workspace', ws, '--format', 'findings', '--out', out, '--from', '2999-01-01', '--lang', 'en']);
    expect(findings.code).toBe(1);
    expect(oneErrorLine(findings)).toMatch(/no finding in scope/);
    expect(existsSync(out)).toBe(false);
  });

  it('export says in Vietnamese which statuses were in scope, in the desk\'s words (QA59: "trạng thái verified, corrected")', async () => {
    const { dir, ws } = await workspaceWithArticle();
    const out = join(dir, 'out.csv');
    const run = await cli(['export', '--workspace', ws, '--format', 'csv', '--out', out, '--lang', 'vi']);
    expect(run.code).toBe(1);
    expect(oneErrorLine(run)).toContain('không có gì để xuất: không nhận định nào trong phạm vi (trạng thái verified (Đã xác minh), corrected (Đã sửa)); không ghi tệp');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['--from', '2024-13-01'],
    ['--to', '2024-02-30'],
  ])('export %s %s (the shape of a day, no such day) is wrong use, exit 2, not "nothing in scope" (QA59)', async (option, day) => {
    const { dir, ws } = await workspaceWithArticle();
    const out = join(dir, 'out.csv');
    const run = await cli(['export', '--workspace', ws, '--format', 'csv', '--status', 'unreviewed', option, day, '--out', out]);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toContain(`${option}: không có ngày ${day}`);
    expect(existsSync(out)).toBe(false);
  });

  it('a file that is not a workspace, given to a reading command, exits 3 saying why in the run\'s language (QA59: "(not JSON)" in Vietnamese)', async () => {
    const dir = await tempDir();
    const page = join(dir, 'bai.html');
    await writeFile(page, '<html><body><p>Năm 2023 tăng 7,5%.</p></body></html>');
    const vi = await cli(['list', '--workspace', page, '--lang', 'vi']);
    expect(vi.code).toBe(3);
    expect(oneErrorLine(vi)).toContain(`Không đọc được không gian làm việc ${page} (không phải tệp JSON). Không có tệp nào bị thay đổi.`);
    const en = await cli(['list', '--workspace', page, '--lang', 'en']);
    expect(oneErrorLine(en)).toContain(`The workspace ${page} cannot be read (not JSON). Nothing was changed.`);
    expect(await readFile(page, 'utf8')).toContain('7,5%');
  });

  it('a writing command given a file that is not a workspace exits 3 with one line and moves, creates or changes nothing', async () => {
    const dir = await tempDir();
    const page = join(dir, 'bai.html');
    const torn = join(dir, 'cu.ws.json');
    await writeFile(page, '<html><body><p>Năm 2023 tăng 7,5%.</p></body></html>');
    await writeFile(torn, '{"schemaVersion":1,"articles":[{"id":"a_1","ti');
    await writeFile(join(dir, 'bai.txt'), ARTICLE);
    const before = await folderContents(dir);
    for (const [target, reason] of [
      [page, 'không phải tệp JSON'],
      [torn, 'không phải tệp JSON'],
    ] as const) {
      for (const args of [
        ['import', join(dir, 'bai.txt')],
        ['review', 'c_000000000000', '--status', 'verified'],
        ['settings', 'set', 'language', 'en'],
      ]) {
        const run = await cli([...args, '--workspace', target, '--lang', 'vi']);
        expect(run.code, run.stderr).toBe(3);
        expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
        expect(oneErrorLine(run)).toContain(`Không đọc được không gian làm việc ${target} (${reason}). Không có tệp nào bị thay đổi.`);
      }
    }
    expect(await folderContents(dir)).toEqual(before);
  });

  it('export says what its number counts, as the desk does (QA59: "đã ghi 1 vào …")', async () => {
    const { dir, ws } = await workspaceWithArticle();
    const csv = await cli(['export', '--workspace', ws, '--format', 'csv', '--status', 'unreviewed', '--out', join(dir, 'a.csv'), '--lang', 'vi']);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toMatch(/đã ghi \d+ nhận định vào .*a\.csv \(\d+ byte\)/);
    const jsonl = await cli(['export', '--workspace', ws, '--format', 'jsonl', '--status', 'unreviewed', '--out', join(dir, 'a.jsonl'), '--lang', 'en']);
    expect(jsonl.code).toBe(0);
    expect(jsonl.stderr).toMatch(/wrote 1 article to .*a\.jsonl \(\d+ bytes\)/);
  });

  it('review says the status it left in the desk\'s words, not its code (QA59: "c_…: verified")', async () => {
    const { ws } = await workspaceWithArticle();
    const listed = JSON.parse((await cli(['list', '--workspace', ws, '--silent'])).stdout) as { articles: { claims: { id: string }[] }[] };
    const id = listed.articles[0]?.claims[0]?.id ?? '';
    const vi = await cli(['review', id, '--status', 'verified', '--workspace', ws, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toContain(`${id}: Đã xác minh\n`);
    const en = await cli(['review', id, '--status', 'flagged', '--workspace', ws, '--lang', 'en']);
    expect(en.stderr).toContain(`${id}: Flagged\n`);
  });

  it('extract of a readable and a missing file exits 4; of missing files only, 1', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bai.txt'), ARTICLE);
    const partial = await cli(['extract', join(dir, 'bai.txt'), join(dir, 'gone.txt'), '--silent', '--lang', 'en']);
    expect(partial.code).toBe(4);
    expect((JSON.parse(partial.stdout) as { articles: unknown[] }).articles).toHaveLength(1);
    expect(partial.stderr).toMatch(/^crosscheck: .*gone\.txt: no such file or folder\n$/);
    const none = await cli(['extract', join(dir, 'gone.txt'), '--lang', 'en']);
    expect(none.code).toBe(1);
    expect(oneErrorLine(none)).toMatch(/no article could be read: .*gone\.txt/);
    expect(none.stdout).toBe('');
  });

  it.each([
    [['export', '--workspace', 'x', '--format', 'pdf', '--out', 'x'], /--format must be one of/],
    [['review', 'c_x', '--status', 'approved', '--workspace', 'x'], /--status must be one of/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['extract', '--bogus-flag'], /unknown option --bogus-flag/],
    [['export', '--note', 'x', '--workspace', 'x'], /export takes no --note option/],
    // No workspace and no valid --lang: the run speaks Vietnamese.
    [['extract', 'seeds/', '--lang', 'fr'], /--lang phải là vi hoặc en/],
    [['settings'], /settings needs get or set/],
    [['review', '__proto__', '--status', 'verified', '--workspace', 'x'], /"__proto__" is not a claim id/],
    // A word a command of options only does not take: a typo, or a value without its option.
    [['list', 'extra', '--workspace', 'x'], /^crosscheck: unexpected arguments: extra \(see list --help\)$/],
    [['export', 'claims.csv', '--workspace', 'x', '--format', 'csv', '--out', 'x'], /unexpected arguments: claims\.csv \(see export --help\)/],
    [['restore', '000000000007', '--workspace', 'x', '--lang', 'vi'], /^crosscheck: thừa đối số: 000000000007 \(xem restore --help\)$/],
  ])('wrong use exits 2 with one line: %j', async (args, message) => {
    const run = await cli([...args, ...(args.includes('--lang') ? [] : ['--lang', 'en'])]);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toMatch(message);
  });

  it('a missing workspace exits 3; so does one another writer holds', async () => {
    const missing = await cli(['list', '--workspace', '/nonexistent/ws', '--lang', 'en']);
    expect(missing.code).toBe(3);
    expect(oneErrorLine(missing)).toMatch(/workspace not found: \/nonexistent\/ws/);

    const { ws, claims } = await workspaceWithArticle();
    const holder = await openForWriting(ws, { seedsDir: null, defaultReviewer: 'app' });
    try {
      // Another process (in this one, the opening would take the workspace over: see cli()).
      const locked = await cli(['review', claims[0]?.id ?? '', '--status', 'verified', '--workspace', ws, '--lang', 'en'], { process: true });
      expect(locked.code).toBe(3);
      expect(oneErrorLine(locked)).toMatch(/open/i);
      // Reading still works while the app has it open.
      expect((await cli(['list', '--workspace', ws, '--silent'], { process: true })).code).toBe(0);
    } finally {
      await holder.close();
    }
  });

  it('a review of an unknown claim exits 1 and changes nothing', async () => {
    const { ws } = await workspaceWithArticle();
    const before = await folderContents(ws);
    const run = await cli(['review', 'c_missing', '--status', 'verified', '--workspace', ws, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(oneErrorLine(run)).toMatch(/Claim c_missing was not found/);
    expect(await folderContents(ws)).toEqual(before);
  });

  it('a restore of a backup that is not there exits 1 naming the ones there are, newest first, and changes nothing', async () => {
    const { ws } = await workspaceWithArticle();
    const listed = await cli(['restore', '--workspace', ws, '--silent']);
    const ids = (JSON.parse(listed.stdout) as { backups: { id: string }[] }).backups.map((b) => b.id);
    expect(ids.length).toBeGreaterThan(0);
    const before = await folderContents(ws);
    const en = await cli(['restore', '--backup', 'nope', '--workspace', ws, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(oneErrorLine(en)).toBe(`crosscheck: no backup nope; there are: ${ids.join(', ')} (newest first; restore without --backup lists them)`);
    const vi = await cli(['restore', '--backup', 'nope', '--workspace', ws]);
    expect(oneErrorLine(vi)).toBe(`crosscheck: không có bản sao lưu nope; có: ${ids.join(', ')} (mới nhất trước; restore không có --backup liệt kê chúng)`);
    expect(await folderContents(ws)).toEqual(before);
  });

  it('--help exits 0 and documents the exit statuses and number input; no command exits 2 with the help', async () => {
    const help = await cli(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/4 {2}partly done/);
    expect(help.stdout).toContain('en: 1,891 = 1891, 42.13 = 42.13');
    expect(help.stdout).toContain("default: the workspace's language setting, else vi");
    for (const name of ['extract', 'check', 'import', 'list', 'review', 'reextract', 'restore', 'export', 'settings get', 'settings set']) expect(help.stdout).toContain(`  ${name} `);
    const bare = await cli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('Mã thoát');
    const one = await cli(['review', '--help', '--lang', 'en']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('--evidence-note');
    expect(one.stdout).not.toContain('settings set');
  });

  it('speaks the workspace language when --lang is not given, and only that language in a run', async () => {
    const { dir, ws } = await workspaceWithArticle();
    await writeFile(join(dir, 'empty.txt'), '');
    // The default workspace language is Vietnamese.
    const vi = await cli(['import', join(dir, 'bai.txt'), join(dir, 'empty.txt'), join(dir, 'gone.txt'), '--workspace', ws]);
    expect(vi.code).toBe(4);
    expect(vi.stderr).toMatch(/bị từ chối .*empty\.txt/);
    expect(vi.stderr).toMatch(/đã nhập 0, trùng 1, bị từ chối 2/);
    expect(vi.stderr).not.toMatch(/\b(refused|imported|duplicates|empty:|no such)\b/);

    expect((await cli(['settings', 'set', 'language', 'en', '--workspace', ws, '--silent'])).code).toBe(0);
    const en = await cli(['import', join(dir, 'bai.txt'), join(dir, 'empty.txt'), '--workspace', ws]);
    expect(en.code).toBe(4);
    expect(en.stderr).toMatch(/refused .*empty\.txt: .*is empty/);
    expect(en.stderr).toMatch(/imported 0, duplicates 1, refused 1/);
    expect(en.stderr).not.toMatch(/bỏ qua|trống|đã nhập/);

    const forced = await cli(['review', 'c_missing', '--status', 'verified', '--workspace', ws, '--lang', 'vi']);
    expect(forced.code).toBe(1);
    expect(oneErrorLine(forced)).toMatch(/c_missing/);
    expect(forced.stderr).not.toMatch(/was not found/);
    expect(await readFile(join(dir, 'bai.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('says the reason an import refused a file in the run\'s --lang, not the workspace\'s, and leaves the language setting alone', async () => {
    const { dir, ws } = await workspaceWithArticle();
    await writeFile(join(dir, 'anh.bin'), 'x');
    await writeFile(join(dir, 'trong.txt'), '');
    const en = await cli(['import', join(dir, 'anh.bin'), join(dir, 'trong.txt'), '--workspace', ws, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(oneErrorLine(en)).toMatch(/^crosscheck: nothing imported: refused .*anh\.bin: “anh\.bin” has an unsupported extension “\.bin”.*; refused .*trong\.txt: “trong\.txt” is empty/);
    expect(en.stderr).not.toMatch(/phần mở rộng|trống/);
    const json = await cli(['import', join(dir, 'anh.bin'), join(dir, 'bai.txt'), '--workspace', ws, '--lang', 'en', '--silent']);
    expect(JSON.parse(json.stdout)).toMatchObject({ refused: [{ code: 'unknown_extension', reason: expect.stringMatching(/unsupported extension/) }] });
    // The other way round: an English workspace, a Vietnamese run.
    expect((await cli(['settings', 'set', 'language', 'en', '--workspace', ws, '--silent'])).code).toBe(0);
    const vi = await cli(['import', join(dir, 'trong.txt'), '--workspace', ws, '--lang', 'vi']);
    expect(oneErrorLine(vi)).toMatch(/“trong\.txt” trống/);
    expect((JSON.parse((await cli(['settings', 'get', '--workspace', ws, '--silent'])).stdout) as { language: string }).language).toBe('en');
  });
});
