import { describe, expect, it } from 'vitest';
import { raisedBetween } from './helpers';

/**
 * Review s79: a value one report gives for two facts is no reason to leave one of them unraised. Report B states its
 * poverty line and the income assigned to a household both as 650.000; report A gives 850 nghìn and 750 nghìn. An
 * attempt at analysis 54 ("a figure of one report has one counterpart in the other") dropped the poverty line's
 * conflict because B's other 650.000 already stood against A's 750 nghìn; reverted. Sentences written for this test.
 */
const REPORT_A =
  'Hộ nghèo bị áp mức thu nhập sai\n' +
  'Tại buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo quy định, chuẩn nghèo ở nông thôn là mức bình quân thu nhập 850 nghìn đồng/người/tháng. ' +
  'Tự nhiên ấn mức 750 nghìn đồng cho gia đình bà Lan là không đúng hướng dẫn về rà soát hộ nghèo, cần được kiểm tra lại.\n';
const REPORT_B =
  'Đối thoại về giảm nghèo ở Minh Hòa\n' +
  'Buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Cả huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo phản ánh của bà Lan, chuẩn nghèo mà cán bộ chính sách xã áp dụng là thu nhập bình quân 650.000 đồng/tháng, dù bà chỉ bán rau. ' +
  'Bà cho rằng tự nhiên ấn mức 650.000 đồng như vậy là không đúng hướng dẫn.\n';

describe('one value of a report given for two facts (review s79)', () => {
  it('raises each fact against its counterpart: the poverty line and the assigned income', () => {
    const raised = raisedBetween(REPORT_A, REPORT_B);
    expect(raised).toContainEqual(['650.000', '850 nghìn']);
    expect(raised).toContainEqual(['650.000 đồng', '750 nghìn đồng']);
  });
  it('raises the poverty line as well when the income is given another value', () => {
    expect(raisedBetween(REPORT_A, REPORT_B.replace('ấn mức 650.000 đồng', 'ấn mức 700.000 đồng'))).toContainEqual(['650.000', '850 nghìn']);
  });
});
