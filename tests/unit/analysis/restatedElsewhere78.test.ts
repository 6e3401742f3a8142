import { describe, expect, it } from 'vitest';
import { eventMatchesBetween, raisedBetween } from './helpers';

/**
 * Issue 10, analysis 54: a figure changed in one report while that report still gives the original value for
 * another fact, which the other report gives too. Sentences written for these tests: two reports of one
 * hearing on a poor household's income.
 */
const REPORT_A = (income: string): string =>
  'Hộ nghèo bị áp mức thu nhập sai\n' +
  'Tại buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  `Bản thân bà Lan bị bệnh tim, ngày ngày đi bán rau, nhưng lại bị ấn định mức bình quân thu nhập ${income}/người/tháng. ` +
  'Tự nhiên ấn mức 750 nghìn đồng là không đúng hướng dẫn về rà soát hộ nghèo, cần được kiểm tra lại.\n';
const REPORT_B =
  'Đối thoại về giảm nghèo ở Minh Hòa\n' +
  'Buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Cả huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo phản ánh của bà Lan, cán bộ chính sách xã đã áp cho gia đình bà thu nhập bình quân 750.000 đồng/tháng, dù bà chỉ bán rau. ' +
  'Bà cho rằng tự nhiên ấn mức 750.000 đồng như vậy là không đúng hướng dẫn.\n';

describe('a changed figure whose old value the report still gives for another fact (analysis 54)', () => {
  it('is matched: the report\'s other 750 is the other report\'s second 750.000, not the income', () => {
    expect(eventMatchesBetween(REPORT_A('850 nghìn đồng'), REPORT_B)).toContainEqual(['850 nghìn', '750.000']);
  });
  it('is raised', () => {
    expect(raisedBetween(REPORT_A('850 nghìn đồng'), REPORT_B)).toEqual([['750.000', '850 nghìn']]);
  });
  it('raises nothing when the income agrees', () => {
    expect(raisedBetween(REPORT_A('750 nghìn đồng'), REPORT_B)).toEqual([]);
  });
  it('still lets a mention of the value in words of its own excuse the figure when the other report never gives that fact', () => {
    // (The other report says nothing of the "ấn mức" complaint: which figure the article's 750 is stays a guess.)
    const b = REPORT_B.replace(' Bà cho rằng tự nhiên ấn mức 750.000 đồng như vậy là không đúng hướng dẫn.', '');
    expect(eventMatchesBetween(REPORT_A('850 nghìn đồng'), b)).not.toContainEqual(['850 nghìn', '750.000']);
  });
});
