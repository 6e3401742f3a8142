import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../../shared/codeText';
import { buildDocument } from '../../../shared/document';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { assignClaimIds } from '../../../shared/document';
import { normalizeText } from '../../../shared/text';
import { growth } from '../growth';

describe('code-text filter (review of s32-desk)', () => {
  it.each(['Thẻ <script> được nhắc, tăng 5%. ', '<style a ', '<script ', '<img src=x ', '</script <style>'])(
    'BUG 1: 2× input of %j takes at most 2.5× the time',
    (pattern) => {
      // Review BUG 1: unclosed "<script>" / "<style a" made it quadratic.
      const { chars, runs, ratio } = growth(codeSpans, pattern, { maxChars: 40_000 });
      console.log(`codeSpans: ${JSON.stringify(pattern)} ${chars}…${8 * chars} chars × ${runs} runs, time ratio per doubling ${ratio.toFixed(2)}`);
      expect(ratio).toBeLessThanOrEqual(2.5);
    },
  );

  it('BUG 6: prose with <<…>> titles or <VND …> keeps its claims', () => {
    const quotes = (t: string) => buildDocument(t, 'x.txt', '2026-11-30T00:00:00.000Z').claims.map((c) => c.quote);
    expect(quotes('Tin\n\nCuốn <<Ban hành 5 chính sách>> nêu tỷ lệ 42%.')).toContain('5 chính sách');
    expect(quotes('Tin\n\nDoanh thu <VND 5 tỷ> năm 2023 tăng 12%.').some((q) => q.includes('5 tỷ'))).toBe(true);
    expect(codeSpans('Cuốn <<Ban hành 5 chính sách>>, <VND 5 tỷ>, <b 5 tỷ>, x <y và y > 3%')).toEqual([]);
  });

  it('an article that names "<script>" and, paragraphs later, "</script>" keeps the figures in between (re-review)', () => {
    const quotes = (t: string) => buildDocument(t, 'x.txt', '2026-11-30T00:00:00.000Z').claims.map((c) => c.quote);
    const text = normalizeText('Tấn công XSS\n\nTin tặc chèn thẻ <script> vào trang bình luận.\n\nTheo báo cáo, 45% trang web bị ảnh hưởng, thiệt hại 3 tỷ đồng.\n\nThẻ đóng </script> cũng bị bộ lọc chặn.');
    expect(quotes(text)).toEqual(expect.arrayContaining(['45%', '3 tỷ đồng']));
    // Within one paragraph the element is still code.
    expect(codeSpans('Chuỗi <script>alert(1)</script> hiện ra.')).toEqual([[6, 31]]);
  });

  it('code stays code: a whole script/style element, a known tag with attributes, a bare known tag', () => {
    const t = 'a <script type="x">f(45)</script> b <style>p{width:50%}</style> c <img src=x width=300> d <br/> <p>';
    const spans = codeSpans(t).map(([s, e]) => t.slice(s, e));
    expect(spans).toEqual(['<script type="x">f(45)</script>', '<style>p{width:50%}</style>', '<img src=x width=300>', '<br/>', '<p>']);
  });

  it('BUG 5: filtering code claims does not shift the ids of the claims after them', () => {
    const text = normalizeText('Tiêu đề bài\n\nĐoạn mã <script>document.title = "45%"</script> hết.\n\nTỷ lệ hộ nghèo là 45% trong năm nay.');
    const doc = buildDocument(text, 'x.txt', '2026-11-30T00:00:00.000Z');
    const all = assignClaimIds(doc.article.id, text, extractClaims(text, extractMetadata(text)));
    const prose = doc.claims.find((c) => c.quote === '45%');
    expect(prose && prose.start).toBe(text.lastIndexOf('45%'));
    // The prose claim keeps the id the full extraction gives it (main's id), not the code claim's.
    expect(prose?.id).toBe(all.find((c) => c.quote === '45%' && c.start === prose?.start)?.id);
    expect(doc.claims.filter((c) => c.quote === '45%')).toHaveLength(1);
  });
});
