import { describe, expect, it } from 'vitest';
import { eventMatchesBetween, raisedBetween } from './helpers';

// Sentences written for this test (not taken from the corpus): two outlets' reports of one phone launch. They
// give the screen, the chip's clock and the price alike in the same words (so they are reports of one event);
// each gives the battery once, in its own words, with one telling word in common ("pin").
const PHONE_A = (battery: string): string =>
  'Sony trình làng Xperia Z3 tại Hà Nội\n' +
  'Sony vừa giới thiệu Xperia Z3 tại thị trường Việt Nam. Xperia Z3 có màn hình kích thước 5,2 inch, bộ xử lý Snapdragon tốc độ 2,5 GHz. ' +
  `Máy được trang bị pin dung lượng ${battery}. ` +
  'Giá bán của Xperia Z3 là 14,99 triệu đồng tại các cửa hàng.';
const PHONE_B = (sentence: string): string =>
  'Xperia Z3 lên kệ tại Việt Nam\n' +
  'Sáng nay, Sony công bố giá bán Xperia Z3 ở trong nước. Màn hình của Xperia Z3 có kích thước 5,2 inch, chip Snapdragon tốc độ 2,5 GHz. ' +
  `${sentence} ` +
  'Giá bán của Xperia Z3 là 14,99 triệu đồng, khách đặt trước được tặng ốp lưng.';

// The same-event matches of two reports (the figures each match pairs, as written). The whole analysis raises
// these batteries through the cross-source rule too, which decides a pair of claims first: the rule is watched
// where it decides, in the same-event matching.
const matched = eventMatchesBetween;
const phone = (a: string, b: string): string[][] => matched(PHONE_A(a), PHONE_B(b)).filter((m) => m.some((w) => w.includes('.')));

describe('two reports\' only measure of a kind: one telling word in common is enough', () => {
  it('compares "pin dung lượng 3.100 mAh" with "viên pin lên đến 4.100 mAh"', () => {
    const b = 'Điểm cộng của máy là viên pin lên đến 4.100 mAh.';
    expect(phone('3.100 mAh', b)).toEqual([['3.100', '4.100']]);
    // The same value: nothing to raise.
    expect(phone('4.100 mAh', b)).toEqual([]);
  });

  it('leaves two measures of a kind in one report to the words, as before', () => {
    // A second battery figure of the same kind (a power bank given with the phone): the one word "pin" does not
    // say which one the other report's figure is.
    const b = 'Điểm cộng của máy là viên pin lên đến 4.100 mAh, kèm sạc dự phòng 5.000 mAh.';
    expect(phone('3.100 mAh', b)).toEqual([]);
  });

  it('never reads a count or an amount given once by each report as one figure on one word', () => {
    // Two provinces' digital-technology teams, each report giving its own province's members once: the one word
    // in common, "viên", is the unit's own.
    const teamsA =
      'Tỉnh Nam Định đẩy mạnh chuyển đổi số\nNăm 2023, toàn tỉnh có 226/226 xã hoàn thành cấp chữ ký số, 1.650 tổ công nghệ số cộng đồng đi vào hoạt động. ' +
      'Các tổ cấp thôn gồm khoảng 16 nghìn thành viên. Tỷ lệ hồ sơ trực tuyến đạt 62,5%.';
    const teamsB =
      'Chuyển đổi số ở cơ sở: nhiều chuyển biến\nNăm 2023, toàn tỉnh có 226/226 xã hoàn thành cấp chữ ký số, 1.650 tổ công nghệ số cộng đồng đi vào hoạt động. ' +
      'Lực lượng hỗ trợ người dân có 12.000 thành viên. Tỷ lệ hồ sơ trực tuyến đạt 62,5%.';
    expect(matched(teamsA, teamsB)).toEqual([]);
    expect(raisedBetween(teamsA, teamsB, 'aligned-passage')).toEqual([]);
  });
});

// Sentences written for this test: two outlets' reports of one household kept off the poor list, each ending on
// its source line, a file's name.
const POOR_A = (sentence: string): string =>
  'Hộ nghèo bị "bỏ quên" ở xã Tân Lập\n' +
  'Gia đình bà Lò Thị Mai ở bản Nà Hẩu có 5 nhân khẩu và 2 người bị bệnh nặng. ' +
  'Theo ông Vàng A Sử, cán bộ xã, năm 2024 toàn xã có 312 hộ nghèo, chiếm 18,5% số hộ. ' +
  sentence;
const POOR_B = (sentence: string): string =>
  'Xã Tân Lập rà soát lại danh sách hộ nghèo\n' +
  'Nhà bà Lò Thị Mai ở bản Nà Hẩu có 5 nhân khẩu, 2 người mắc bệnh nặng. ' +
  'Ông Vàng A Sử, cán bộ xã, cho biết năm 2024 toàn xã có 312 hộ nghèo, chiếm 18,5% số hộ. ' +
  sentence;

describe('a file name is no figure for the same-event rule', () => {
  it('never compares the file names of two source lines', () => {
    // (Raised before analysis 42: the two lines share "Nguồn" and the names are one digit apart.)
    expect(raisedBetween(POOR_A('Nguồn: 12278559.epi'), POOR_B('Nguồn tin: 12278659.epi'), 'aligned-passage')).toEqual([]);
  });

  it('still compares a figure of five digits or more written without separators', () => {
    const a = 'Riêng năm 2024, bản Nà Hẩu nhận hỗ trợ 15600 cây giống keo.';
    const b = 'Riêng năm 2024, bản Nà Hẩu được hỗ trợ 16600 cây giống keo.';
    expect(raisedBetween(POOR_A(a), POOR_B(b), 'aligned-passage')).toEqual([['15600', '16600']]);
  });
});
