import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from '../../../shared/analysis/figures';
import { raisedBetween } from './helpers';

/**
 * Issue 10 (review s75-r1): a day and a month written with a dot ("ngày 19.10", a common way of dating in Vietnamese
 * news) were figures of the same-event matching — 19,1 with the next word as its unit — so two reports of two days'
 * gold prices raised "18.10 <> 19.10" as a figure at odds. After a word of the day they are dates now, as "19/10" is.
 * Sentences written for these tests.
 */

const calendar = (s: string): number[] =>
  tokenizeSentence(s, 0, s.length)
    .figures.filter((f) => f.calendar)
    .map((f) => f.value);
const figures = (s: string): number[] =>
  tokenizeSentence(s, 0, s.length)
    .figures.filter((f) => !f.calendar)
    .map((f) => f.value);

describe('a day and a month written with a dot (issue 10)', () => {
  it('after a word of the day is a date, not a figure', () => {
    expect(calendar('Chị H. được hẹn ngày 19.10 đến làm thủ thuật, chi phí 50 triệu đồng')).toEqual([19.1]);
    expect(figures('Chị H. được hẹn ngày 19.10 đến làm thủ thuật, chi phí 50 triệu đồng')).toEqual([50_000_000]);
    expect(calendar('Giá vàng hôm nay 5.11 tăng 200.000 đồng/lượng')).toEqual([5.11]);
    expect(calendar('Sáng 20.10, UBND tỉnh tổ chức hội nghị với 300 đại biểu')).toEqual([20.1]);
    expect(calendar('Đêm 31.12 có 12 điểm bắn pháo hoa')).toEqual([31.12]);
  });

  it('elsewhere, or not a day and a month, it stays a figure', () => {
    // No word of the day before it; "năm nay" is no day; a 13th month or a 32nd day is none; three digits after the
    // dot are thousands.
    expect(calendar('Năm nay 2.5 triệu tấn gạo được xuất khẩu')).toEqual([]);
    expect(calendar('Sản lượng đạt 19.10 triệu tấn')).toEqual([]);
    expect(calendar('Ngày 19.13 không có trong lịch, giá 25.000 đồng')).toEqual([]);
    expect(calendar('Ngày 32.10 không có trong lịch')).toEqual([]);
    expect(calendar('Sáng 19.100 người dân đổ ra đường')).toEqual([]);
    expect(figures('Sáng 19.100 người dân đổ ra đường')).toEqual([19_100]);
  });

  it('two reports of two days of gold prices: the days are not figures at odds', () => {
    const lead = 'Giá vàng SJC hôm qua đứng ở mức 36,85 triệu đồng/lượng, thấp hơn 150.000 đồng so với cuối tuần trước.\n';
    const a = lead + 'Giá vàng hôm nay 18.10 tăng 200.000 đồng/lượng.\n';
    const b = lead + 'Giá vàng hôm nay 19.10 tăng 200.000 đồng/lượng.\n';
    expect(raisedBetween(a, b)).toEqual([]);
    // (A figure of the two sentences changed still is.)
    expect(raisedBetween(a, b.replace('200.000', '300.000'))).toEqual([['200.000', '300.000']]);
  });
});
