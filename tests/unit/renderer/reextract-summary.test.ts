// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reextractLines } from '../../../renderer/src/features/transfer/reextractLines';

/** QA31 note k: "121 → 121 nhận định trước → sau · 0 kết luận được gắn lại" though two reviews were kept. */
describe('the re-extraction summary', () => {
  const report = { articles: 3, before: 1210, after: 1212, reviewsMoved: 0, reviewsKept: 2, kept: 1, editsKept: 1, detached: [] };

  it('says each figure once, with its label, and counts the reviews kept on the same claim (vi)', () => {
    const lines = reextractLines(report, 'vi');
    expect(lines).toEqual([
      'Nhận định: 1.210 trước, 1.212 sau',
      'Kết quả xét được giữ: 2 (0 chuyển sang nhận định đọc lại)',
      'Nhận định đã xét được giữ dù không còn trích xuất: 1',
      'Nhận định giữ thông tin đã chỉnh: 1',
    ]);
    expect(lines.join(' · ')).not.toMatch(/→/);
    // "Kết luận" is the verdict (Đúng, Gần đúng, …; UI.md): what is kept here is the review.
    expect(lines.join(' · ')).not.toMatch(/Kết luận/);
  });

  it('in English, and for an older report without reviewsKept', () => {
    expect(reextractLines(report, 'en')).toEqual([
      'Claims: 1,210 before, 1,212 after',
      'Reviews kept: 2 (0 moved to a re-read claim)',
      'Reviewed claims kept though no longer extracted: 1',
      'Claims keeping their edited facts: 1',
    ]);
    const { reviewsKept: _k, editsKept: _e, ...older } = report;
    expect(reextractLines(older, 'vi')).toEqual([
      'Nhận định: 1.210 trước, 1.212 sau',
      'Kết quả xét chuyển sang nhận định đọc lại: 0',
      'Nhận định đã xét được giữ dù không còn trích xuất: 1',
    ]);
  });
});
