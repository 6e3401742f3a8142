import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/extract';

/**
 * A place named in the phrase before a figure is its subject, not part of its metric (stripPlaces). Issue 11 looks a
 * run of words up as a place only when its first word opens a place name: places of one, two and three words must
 * still leave the metric, with the word that introduces them, and a capitalised word that opens no place must stay.
 */
const read = (text: string) => extractClaims(text).map((c) => [c.quote, c.metric, c.subject]);

describe('places leave the metric before a figure', () => {
  it('strips a place of two or three words and its owner or preposition', () => {
    expect(read('Tỷ lệ hộ nghèo của tỉnh Bắc Giang giảm còn 5,2%.')).toEqual([['5,2%', 'tỷ lệ hộ nghèo', 'Bắc Giang']]);
    expect(read('Sản lượng cà phê Đắk Lắk đạt 450.000 tấn.')).toEqual([['450.000 tấn', 'sản lượng cà phê', 'Đắk Lắk']]);
    expect(read('Tỷ lệ tiêm chủng ở Thừa Thiên Huế đạt 97%.')).toEqual([['97%', 'tỷ lệ tiêm chủng', 'Thừa Thiên Huế']]);
  });

  it('keeps a capitalised word that opens no place name', () => {
    expect(read('Doanh thu xuất khẩu Vinamilk tại Hà Nội đạt 1.200 tỷ đồng.')).toEqual([['1.200 tỷ đồng', 'doanh thu xuất khẩu vinamilk', 'Hà Nội']]);
  });
});
