import { describe, expect, it } from 'vitest';
import { raisedBetween } from './helpers';

// Our own sentences: two reports of one phone's launch, alike in their names, screen, chip and battery.
const LEAD_A = 'Nokia ra mắt Lumia 1520 tại Hà Nội. Máy có màn hình 6 inch độ phân giải Full HD, chip Snapdragon 800 tốc độ 2,2 GHz. ';
const LEAD_B = 'Lumia 1520 của Nokia chính thức ra mắt tại Hà Nội với màn hình 6 inch Full HD và chip Snapdragon 800 tốc độ 2,2 GHz. ';

describe('a list of specifications: a name after the figure’s item is the next item’s (analysis 50)', () => {
  it('compares the memory whatever feature the next item names ("…, hỗ trợ kết nối LTE")', () => {
    const a = `${LEAD_A}Lumia 1520 có RAM 2 GB, bộ nhớ trong 42 GB, hỗ trợ kết nối LTE và pin dung lượng 3.400 mAh.`;
    const b = `${LEAD_B}Máy dùng chip Qualcomm, RAM 2 GB, bộ nhớ trong 32 GB. Pin của Lumia 1520 có dung lượng 3.400 mAh.`;
    expect(raisedBetween(a, b)).toEqual([['32', '42']]);
  });

  it('still reads a product named before the figure in its item as the figure’s own ("Lumia 1320 có bộ nhớ trong …")', () => {
    const a = `${LEAD_A}Lumia 1520 có RAM 2 GB, còn bản rẻ hơn Lumia 1320 có bộ nhớ trong 8 GB, hỗ trợ kết nối LTE.`;
    const b = `${LEAD_B}Máy dùng chip Qualcomm, RAM 2 GB, bộ nhớ trong 32 GB. Pin của Lumia 1520 có dung lượng 3.400 mAh.`;
    expect(raisedBetween(a, b)).toEqual([]);
  });

  it('still reads a product named after the comma, or after a decimal comma, as the figure’s own (review s75-r3)', () => {
    const b = `${LEAD_B}Máy dùng chip Qualcomm, RAM 2 GB, bộ nhớ trong 32 GB. Pin của Lumia 1520 có dung lượng 3.400 mAh.`;
    for (const other of [
      'còn máy có bộ nhớ trong 16 GB, đó là Galaxy Note 3.',
      'còn đối thủ có bộ nhớ trong 16 GB, bằng Galaxy Note 3.',
      'còn bộ nhớ trong 16 GB với chip 1,7 GHz là của Galaxy Note 3.',
    ]) {
      const a = `${LEAD_A}Lumia 1520 có RAM 2 GB, ${other}`;
      expect(raisedBetween(a, b)).toEqual([]);
    }
  });
});
