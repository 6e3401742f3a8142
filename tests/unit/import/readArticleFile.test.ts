import { spawnSync } from 'node:child_process';
import { chmod, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, readArticleFile, type ArticleFileSystem } from '../../../electron/import/readArticleFile';
import { refusalMessage } from '../../../electron/import/messages';
import type { ReadOutcome } from '../../../electron/import/types';
import { dedupKey } from '../../../shared/text';
import { ARTICLE_VI, encodeWindows1258, makeTempDir } from './helpers/files';
import { NEWS_PAGE } from './helpers/pages';
import { makeDocx, makeZip } from './helpers/zip';

const repoRoot = resolve(import.meta.dirname, '../../..');

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  tmp = await makeTempDir();
});
afterEach(async () => {
  await tmp.cleanup();
});

const expected = ARTICLE_VI.normalize('NFC');

function expectRefusal(outcome: ReadOutcome, reason: string): void {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.reason).toBe(reason);
  // Every refusal comes with a message naming the file, in both languages.
  expect(refusalMessage(outcome.reason, 'vi', outcome.details)).toContain(outcome.details.fileName ?? '');
  expect(refusalMessage(outcome.reason, 'en', outcome.details)).toContain(outcome.details.fileName ?? '');
}

describe('readArticleFile — text files', () => {
  it('reads a UTF-8 .txt and reports the encoding', async () => {
    const path = await tmp.write('bai-viet.txt', ARTICLE_VI.replace(/\n/g, '\r\n'));
    expect(await readArticleFile(path)).toEqual({
      ok: true,
      text: expected,
      title: null,
      publishedAt: null,
      outlet: null,
      url: null,
      source: path,
      format: 'txt',
      encoding: 'UTF-8',
      notes: [],
    });
  });

  it('reads a UTF-8 file with a BOM', async () => {
    const path = await tmp.write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE_VI)]));
    expect(await readArticleFile(path)).toMatchObject({ ok: true, text: expected, encoding: 'UTF-8 with BOM' });
  });

  it('reads a Windows-1258 file made with iconv-lite and tells the user which encoding was assumed', async () => {
    const path = await tmp.write('cu.txt', encodeWindows1258(ARTICLE_VI));
    const outcome = await readArticleFile(path);
    expect(outcome).toMatchObject({ ok: true, text: expected, encoding: 'windows-1258' });
    expect(outcome.ok && outcome.notes).toEqual(['Tệp dùng bảng mã cũ; đã đọc theo windows-1258 và chuyển sang Unicode.']);
    const english = await readArticleFile(path, { lang: 'en' });
    expect(english.ok && english.notes).toEqual(['The file uses a legacy encoding; read as windows-1258 and converted to Unicode.']);
  });

  it.each([
    ['UTF-16LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf16be', [0xfe, 0xff]],
  ] as const)('reads %s files with and without a BOM', async (label, encoding, bom) => {
    const withBom = await tmp.write(`bom-${encoding}.txt`, Buffer.concat([Buffer.from(bom), iconv.encode(ARTICLE_VI, encoding)]));
    const withoutBom = await tmp.write(`nobom-${encoding}.txt`, iconv.encode(ARTICLE_VI, encoding));
    expect(await readArticleFile(withBom)).toMatchObject({ ok: true, text: expected, encoding: label, notes: [] });
    const bomless = await readArticleFile(withoutBom);
    expect(bomless).toMatchObject({ ok: true, text: expected, encoding: label });
    expect(bomless.ok && bomless.notes).toHaveLength(1);
  });

  it('gives the same text, so the same duplicate key, whatever encoding the copy was saved in', async () => {
    const copies = await Promise.all([
      tmp.write('a.txt', ARTICLE_VI),
      tmp.write('b.txt', encodeWindows1258(ARTICLE_VI.replace(/\n/g, '\r\n'))),
      tmp.write('c.txt', iconv.encode(ARTICLE_VI, 'utf16le')),
      tmp.write('d.txt', Buffer.from(ARTICLE_VI.normalize('NFD'))),
    ]);
    const keys = new Set<string>();
    for (const path of copies) {
      const outcome = await readArticleFile(path);
      if (!outcome.ok) throw new Error(outcome.reason);
      keys.add(dedupKey(outcome.text));
    }
    expect(keys.size).toBe(1);
  });

  it('strips Markdown and takes its first heading as the title', async () => {
    const path = await tmp.write('bai.md', '# Kinh tế tăng **6,5%**\n\nTheo [GSO](https://gso.gov.vn), tỷ lệ thất nghiệp là *2,3%*.\n');
    expect(await readArticleFile(path)).toMatchObject({
      ok: true,
      format: 'md',
      title: 'Kinh tế tăng 6,5%',
      text: 'Kinh tế tăng 6,5%\n\nTheo GSO, tỷ lệ thất nghiệp là 2,3%.',
    });
  });
});

describe('readArticleFile — HTML and Word', () => {
  it('reads the main text, title, date, outlet and address of a saved news page', async () => {
    const path = await tmp.write('trang.html', NEWS_PAGE);
    const outcome = await readArticleFile(path);
    expect(outcome).toMatchObject({
      ok: true,
      format: 'html',
      encoding: 'UTF-8',
      title: 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023',
      publishedAt: '2024-01-06T08:30:00+07:00',
      outlet: 'Báo Mẫu',
      url: 'https://baomau.example.vn/kinh-te/tang-truong-65-2023.html',
    });
    expect(outcome.ok && outcome.text).toContain('Khu vực dịch vụ tăng 6,82%');
    expect(outcome.ok && outcome.text).not.toContain('COMMENT_TEXT');
  });

  it('reads a legacy-encoded HTML page too', async () => {
    const page = `<html><head><title>Tin</title></head><body><article><p>${ARTICLE_VI.replace(/\n\n/g, '</p><p>')}</p></article></body></html>`;
    const path = await tmp.write('cu.htm', encodeWindows1258(page));
    const outcome = await readArticleFile(path);
    expect(outcome).toMatchObject({ ok: true, encoding: 'windows-1258' });
    expect(outcome.ok && outcome.text).toContain('Theo Tổng cục Thống kê, tỷ lệ thất nghiệp giảm còn 2,3%.');
  });

  it('reads a .docx built by the test', async () => {
    const path = await tmp.write('bai.docx', makeDocx(ARTICLE_VI.split('\n\n')));
    expect(await readArticleFile(path)).toMatchObject({ ok: true, format: 'docx', text: expected, encoding: 'UTF-8', notes: [] });
  });
});

describe('readArticleFile — refusals', () => {
  it('refuses an empty file and a whitespace-only file', async () => {
    expectRefusal(await readArticleFile(await tmp.write('rong.txt', '')), 'empty');
    expectRefusal(await readArticleFile(await tmp.write('trang.txt', ' \r\n\t\n')), 'empty');
  });

  it('refuses a binary file with a text extension', async () => {
    const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0, 0x3e, 0]);
    expectRefusal(await readArticleFile(await tmp.write('chuongtrinh.txt', elf)), 'binary');
  });

  it('refuses PNG bytes whatever the extension, and names the image kind', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const renamed = await readArticleFile(await tmp.write('anh.txt', png));
    expectRefusal(renamed, 'image');
    expect(!renamed.ok && renamed.details.imageKind).toBe('PNG');
    expect(!renamed.ok && refusalMessage(renamed.reason, 'vi', renamed.details)).toBe(
      '“anh.txt” là ảnh (PNG), không có văn bản để kiểm tra; hãy nhập bài viết dạng chữ.',
    );
    expectRefusal(await readArticleFile(await tmp.write('anh.png', png)), 'image');
  });

  it('refuses an unknown extension without reading the file', async () => {
    const outcome = await readArticleFile(await tmp.write('bang-tinh.xlsx', 'x'));
    expectRefusal(outcome, 'unknown_extension');
    expect(!outcome.ok && refusalMessage(outcome.reason, 'en', outcome.details)).toBe(
      '“bang-tinh.xlsx” has an unsupported extension “.xlsx”; only .txt, .md, .html and .docx can be imported.',
    );
  });

  it('refuses a text file over 5 MB of text', async () => {
    const line = 'Tăng trưởng kinh tế đạt 6,5% trong năm 2023.\n';
    const big = line.repeat(Math.ceil((MAX_TEXT_BYTES + 1) / Buffer.byteLength(line)));
    const outcome = await readArticleFile(await tmp.write('lon.txt', big));
    expectRefusal(outcome, 'too_large');
    expect(!outcome.ok && outcome.details.limitBytes).toBe(MAX_TEXT_BYTES);
  });

  it('refuses an oversized file from its size alone, before reading it', async () => {
    let reads = 0;
    const fs: ArticleFileSystem = {
      stat: async () => ({ size: 50 * 1024 * 1024, isFile: () => true }),
      readFile: async () => {
        reads++;
        return new Uint8Array();
      },
    };
    expectRefusal(await readArticleFile('/tin/khong-lo.txt', { fs }), 'too_large');
    expect(reads).toBe(0);
  });

  it('refuses a file it has no permission to read (injected EACCES)', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const fs: ArticleFileSystem = {
      stat: async () => ({ size: 100, isFile: () => true }),
      readFile: async () => {
        throw denied;
      },
    };
    const outcome = await readArticleFile('/tin/bi-khoa.txt', { fs });
    expectRefusal(outcome, 'unreadable');
    expect(!outcome.ok && outcome.details.cause).toBe('EACCES');
  });

  it('refuses a real file with mode 000', async () => {
    const path = await tmp.write('khoa.txt', ARTICLE_VI);
    await chmod(path, 0o000);
    try {
      const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
      if (!isRoot) {
        expectRefusal(await readArticleFile(path), 'unreadable');
        return;
      }
      // Root reads any file whatever its mode, so the read runs as an unprivileged user instead.
      await chmod(tmp.dir, 0o755);
      const script = `const m = await import(${JSON.stringify(join(repoRoot, 'electron/import/index.ts'))}); console.log(JSON.stringify(await m.readArticleFile(${JSON.stringify(path)})));`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: repoRoot,
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
        env: { ...process.env, HOME: tmpdir() },
      });
      if (run.status !== 0) {
        // The checkout itself is not readable by an unprivileged user (e.g. under /root): say so
        // loudly; the same refusal is pinned by the injected-EACCES test above.
        console.warn(`readArticleFile: could not run as an unprivileged user here (${run.stderr.split('\n')[0]}); mode 000 checked only through the injected EACCES case`);
        expect(run.stderr).toMatch(/EACCES|ERR_MODULE_NOT_FOUND|permission denied/i);
        return;
      }
      const outcome = JSON.parse(run.stdout.trim()) as ReadOutcome;
      expectRefusal(outcome, 'unreadable');
    } finally {
      await chmod(path, 0o600);
    }
  });

  it('refuses a missing file and a folder as unreadable', async () => {
    expectRefusal(await readArticleFile(join(tmp.dir, 'khong-co.txt')), 'unreadable');
    await mkdir(join(tmp.dir, 'thu-muc.txt'));
    expectRefusal(await readArticleFile(join(tmp.dir, 'thu-muc.txt')), 'unreadable');
  });

  it('refuses a broken .docx: not a zip, and a zip without a Word document', async () => {
    expectRefusal(await readArticleFile(await tmp.write('hong.docx', 'Đây không phải tệp Word')), 'broken_docx');
    expectRefusal(await readArticleFile(await tmp.write('zip.docx', makeZip({ 'readme.txt': 'xin chào' }))), 'broken_docx');
    const truncated = makeDocx(['Tăng 6,5%']).subarray(0, 120);
    expectRefusal(await readArticleFile(await tmp.write('cut.docx', truncated)), 'broken_docx');
  });

  it('refuses a .docx with no text as empty', async () => {
    expectRefusal(await readArticleFile(await tmp.write('trong.docx', makeDocx([]))), 'empty');
  });

  it('refuses an HTML page with no article text', async () => {
    const page = '<html><head><title>Đăng nhập</title></head><body><nav><a href="/">Trang chủ</a></nav><form><input name="u"><button>Đăng nhập</button></form></body></html>';
    expectRefusal(await readArticleFile(await tmp.write('dang-nhap.html', page)), 'no_article_text');
  });

  it('refuses text whose encoding cannot be recognised', async () => {
    // Bytes that are neither UTF-8 nor sensible in any 8-bit table: C1 controls in windows-1258.
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d][i % 5] ?? 0x81));
    expectRefusal(await readArticleFile(await tmp.write('la.txt', junk)), 'decode_failed');
  });
});
