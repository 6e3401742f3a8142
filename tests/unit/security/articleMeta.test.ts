import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { buildDocument } from '../../../shared/document';
import { FIELD_LIMITS } from '../../../shared/limits';
import { tempDir } from '../helpers';

/**
 * What a file declares about its article (an HTML <title>, an og:site_name, an author tag) was stored
 * whole: a page whose <title> held 200 KB put it in every library row, every CSV row of its claims and
 * every finding's side. It is one line of at most what the app's forms accept now.
 */
const BODY = 'Hà Nội - GDP quý I năm 2024 tăng 5,66% so với cùng kỳ năm trước. Dân số đạt 100 triệu người.';
const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

describe('an article title, outlet and author declared by the file', () => {
  it('are cut to one line of at most the forms\' length, with "…", never splitting a character', () => {
    const { article } = buildDocument(BODY, 'a.html', '2026-12-01T00:00:00Z', {
      title: `Tin nóng\n\n${'Tin nóng trong ngày '.repeat(10_000)}`,
      outlet: 'Báo '.repeat(1000),
      author: `${'a'.repeat(FIELD_LIMITS.article.author - 2)}😀😀`,
    });
    expect(article.title?.length).toBeLessThanOrEqual(FIELD_LIMITS.article.title);
    expect(article.title).toMatch(/^Tin nóng Tin nóng trong ngày .*…$/u);
    expect(article.title).not.toMatch(/\n/);
    expect(article.outlet?.length).toBeLessThanOrEqual(FIELD_LIMITS.article.outlet);
    expect(article.outlet?.endsWith('…')).toBe(true);
    expect(article.author?.length).toBeLessThanOrEqual(FIELD_LIMITS.article.author);
    expect(article.author).not.toMatch(lone);
    expect(article.author?.endsWith('…')).toBe(true);
    // The text itself is untouched: claims still come from it.
    expect(article.text).toBe(BODY);
  });

  it('a cut never separates a letter from its combining tone mark (a title in NFD) nor splits a flag or an emoji sequence', () => {
    const limit = FIELD_LIMITS.article.title;
    // "Việt Nam" in NFD: "ệ" is e + U+0323 + U+0302; place it so that a cut by code units falls inside it.
    const nfd = 'Vie\u0323\u0302t Nam';
    const head = 'x'.repeat(limit - 3);
    const title = `${head}${nfd} ${'tin '.repeat(500)}`;
    const cut = buildDocument(BODY, 'a.html', '2026-12-01T00:00:00Z', { title }).article.title ?? '';
    expect(cut.length).toBeLessThanOrEqual(limit);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    // Whatever the cut kept of "Việt", it is whole letters: never an "e" without its marks.
    expect(/e(?![\u0323])/u.test(kept.slice(head.length))).toBe(false);
    // A flag (two regional indicators) and a family emoji (joined by U+200D) across the limit.
    for (const symbol of ['\u{1F1FB}\u{1F1F3}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}']) {
      for (let shift = 0; shift < symbol.length + 1; shift++) {
        const t = `${'y'.repeat(limit - 1 - shift)}${symbol}${' z'.repeat(400)}`;
        const out = buildDocument(BODY, 'a.html', '2026-12-01T00:00:00Z', { title: t }).article.title ?? '';
        expect(out.length).toBeLessThanOrEqual(limit);
        const body = out.slice(0, -1).replace(/^y+/u, '');
        // Either the whole symbol is kept or none of it.
        expect(body === '' || body === symbol).toBe(true);
      }
    }
  });

  it('a title whose first character carries more marks than the limit is cut between code points, not emptied (REVIEW-lead nit 5)', () => {
    const title = `a${'\u0301'.repeat(FIELD_LIMITS.article.title + 10)} Tin chính`;
    const cut = buildDocument(BODY, 'a.html', '2026-12-01T00:00:00Z', { title }).article.title ?? '';
    expect(cut.length).toBe(FIELD_LIMITS.article.title);
    expect(cut.startsWith('a\u0301')).toBe(true);
  });

  it('near-miss (REVIEW-lead2 B): a title within the limit is kept as declared, line break and double space too (the headline\'s period is read when it is the text\'s first line as written)', () => {
    const title = 'Xuất khẩu  9 tháng đầu năm 2023\nđạt 2,3 tỷ USD';
    expect(buildDocument(`${title}\n\n${BODY}`, 'a.html', '2026-12-01T00:00:00Z', { title }).article.title).toBe(title);
  });

  it('near-miss: an ordinary title, outlet and author are kept as written', () => {
    const { article } = buildDocument(BODY, 'a.html', '2026-12-01T00:00:00Z', { title: 'GDP quý I tăng 5,66%', outlet: 'Báo Nhân Dân', author: 'Nguyễn Văn A' });
    expect(article).toMatchObject({ title: 'GDP quý I tăng 5,66%', outlet: 'Báo Nhân Dân', author: 'Nguyễn Văn A' });
    const exact = 'T'.repeat(FIELD_LIMITS.article.title);
    expect(buildDocument(BODY, 'b.html', '2026-12-01T00:00:00Z', { title: exact }).article.title).toBe(exact);
  });

  it('through the import of a real HTML page', async () => {
    const dir = await tempDir();
    const page = join(dir, 'trang.html');
    await writeFile(page, `<html><head><title>${'Tin nóng trong ngày '.repeat(10_000)}</title></head><body><article><h1>GDP quý I</h1><p>${BODY}</p><p>${BODY}</p></article></body></html>`);
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(dir, 'ws.json')), seedsDir: null, defaultReviewer: 'Lan' });
    const report = await service.importPaths([page]);
    expect(report.imported).toHaveLength(1);
    const [article] = service.workspace.articles;
    expect(article?.title?.length).toBeLessThanOrEqual(FIELD_LIMITS.article.title);
    expect(article?.title?.endsWith('…')).toBe(true);
  });
});
