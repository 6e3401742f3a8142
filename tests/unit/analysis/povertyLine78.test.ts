import { describe, expect, it } from 'vitest';
import { raisedBetween } from './helpers';

/**
 * Review s78: a report that gives two facts of one unit — a poverty line and the income a household was assigned — beside
 * a report that gives the income twice is no conflict. (An attempt at analysis 54 raised the poverty line against the
 * income; reverted.) Sentences written for this test.
 */
const REPORT_A =
  'Hộ nghèo bị áp mức thu nhập sai\n' +
  'Tại buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo quy định, chuẩn nghèo ở nông thôn là mức bình quân thu nhập 850 nghìn đồng/người/tháng. ' +
  'Tự nhiên ấn mức 750 nghìn đồng cho gia đình bà Lan là không đúng hướng dẫn về rà soát hộ nghèo, cần được kiểm tra lại.\n';
const REPORT_B =
  'Đối thoại về giảm nghèo ở Minh Hòa\n' +
  'Buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Cả huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo phản ánh của bà Lan, cán bộ chính sách xã đã áp cho gia đình bà thu nhập bình quân 750.000 đồng/tháng, dù bà chỉ bán rau. ' +
  'Bà cho rằng tự nhiên ấn mức 750.000 đồng như vậy là không đúng hướng dẫn.\n';

describe('a poverty line beside the income a household was assigned (review s78)', () => {
  it('raises nothing against a report that gives the income twice', () => {
    expect(raisedBetween(REPORT_A, REPORT_B)).toEqual([]);
  });
  it('still raises the income when the other report gives it otherwise', () => {
    const b = REPORT_B.replaceAll('750.000', '650.000');
    expect(raisedBetween(REPORT_A, b)).toContainEqual(['650.000 đồng', '750 nghìn đồng']);
  });
});
