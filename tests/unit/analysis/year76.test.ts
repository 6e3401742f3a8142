import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from '../../../shared/analysis/figures';
import { raisedBetween } from './helpers';

/**
 * Issue 10: a number from 1900 to 2100 was a year to the passage alignment and to the aligned passages' findings
 * whatever was written after it, so "pin 1950mAh" beside a copy's "pin 2050mAh" raised nothing (two different years
 * at one place are two facts), and "2.000 thẻ" was a year there too. A year is four digits as written with no unit of
 * measure or money after them (figures.ts `Figure.year`), one rule for the alignment, the aligned passages and the
 * same-event matching. Sentences written for these tests.
 */

const years = (s: string): number[] =>
  tokenizeSentence(s, 0, s.length)
    .figures.filter((f) => f.year)
    .map((f) => f.value);

describe('what is a year (issue 10)', () => {
  it('four digits as written, with no unit of measure or money after them', () => {
    expect(years('Năm 2013 tỉnh cấp 450 thẻ bảo hiểm y tế, tăng so với năm 2012')).toEqual([2013, 2012]);
    expect(years('Máy dùng pin 2000mAh, hỗ trợ băng tần 1900 MHz')).toEqual([]);
    expect(years('Mỗi thẻ có giá 1950 đồng')).toEqual([]);
    // (The unit as written: "đóng góp" folds like "đồng" and is no unit.)
    expect(years('Năm 2024 đóng góp 12,5% vào GRDP của tỉnh')).toEqual([2024]);
    expect(years('Tỉnh cấp 2.000 thẻ bảo hiểm y tế')).toEqual([]);
    expect(years('Doanh thu đạt 2 nghìn tỷ đồng')).toEqual([]);
  });

  it('a battery given 1950mAh in a report and 2050mAh in its copy is a figure at odds', () => {
    const a = 'Máy có màn hình 5 inch, pin 1950mAh và camera 8 MP.\nGiá bán dự kiến 6,99 triệu đồng.\n';
    const b = 'Máy có màn hình 5 inch, pin 2050mAh và camera 8 MP.\nGiá bán dự kiến 6,99 triệu đồng.\n';
    expect(raisedBetween(a, b)).toEqual([['1950', '2050']]);
  });

  it('two years at one place of a copied sentence are still two facts', () => {
    const a = 'Năm 2012, Sở Lao động đã cấp 450 thẻ bảo hiểm y tế cho hộ nghèo trên địa bàn tỉnh.\n';
    const b = 'Năm 2013, Sở Lao động đã cấp 450 thẻ bảo hiểm y tế cho hộ nghèo trên địa bàn tỉnh.\n';
    expect(raisedBetween(a, b)).toEqual([]);
  });
});
