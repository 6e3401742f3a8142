import { describe, expect, it } from 'vitest';
import { eventMatchesBetween, raisedBetween } from './helpers';

// Sentences written for this test (not taken from the corpus): two outlets' reports of one chess tournament's
// winner. They give the prize, the entrants and the rounds alike in the same words (reports of one event); each
// gives the winner's age once, right after the winner's name, and shares no other word with the other's sentence.
const CHESS_A = (sentence: string): string =>
  'Kỳ thủ trẻ vô địch giải cờ vua quốc tế Hà Nội mở rộng\n' +
  'Giải cờ vua quốc tế Hà Nội mở rộng năm 2024 do Liên đoàn Cờ Hà Nội tổ chức tại Cung Văn hóa Hữu nghị quy tụ 312 kỳ thủ đến từ 18 quốc gia. ' +
  'Sau 9 ván đấu, nhà vô địch nhận giải thưởng 150 triệu đồng. ' +
  `${sentence} ` +
  'Ban tổ chức cho biết giải năm sau sẽ tăng tiền thưởng.';
const CHESS_B = (sentence: string): string =>
  'Giải cờ vua Hà Nội mở rộng có nhà vô địch mới\n' +
  'Giải cờ vua quốc tế Hà Nội mở rộng năm 2024 do Liên đoàn Cờ Hà Nội tổ chức tại Cung Văn hóa Hữu nghị quy tụ 312 kỳ thủ đến từ 18 quốc gia. ' +
  'Sau 9 ván đấu, nhà vô địch nhận giải thưởng 150 triệu đồng. ' +
  `${sentence} ` +
  'Đây là lần đầu một kỳ thủ chủ nhà giành ngôi vô địch.';

const raised = (a: string, b: string): string[][] => raisedBetween(CHESS_A(a), CHESS_B(b), 'aligned-passage');

describe("a person's age written right after the person's name in both reports is one figure (analysis 43)", () => {
  it('compares "chàng trai Nguyễn Minh Khoa 24 tuổi" with "Nguyễn Minh Khoa (25 tuổi)"', () => {
    // Before analysis 43 the only words the two sentences share were the name's, and a name alone never
    // made two figures one.
    const b = 'Người đăng quang là Nguyễn Minh Khoa (25 tuổi), sinh viên năm cuối.';
    expect(raised('Không ai khác, đó chính là chàng trai Nguyễn Minh Khoa 24 tuổi.', b)).toEqual([['24', '25']]);
    // The same age: nothing to raise.
    expect(raised('Không ai khác, đó chính là chàng trai Nguyễn Minh Khoa 25 tuổi.', b)).toEqual([]);
  });

  it('reads the given name of two words as the full name\'s ("Minh Khoa, 24 tuổi")', () => {
    const b = 'Người đăng quang là Nguyễn Minh Khoa (25 tuổi), sinh viên năm cuối.';
    expect(raised('Người giành ngôi vô địch là Minh Khoa, 24 tuổi.', b)).toEqual([['24', '25']]);
  });

  it("never compares two people's ages", () => {
    const b = 'Người đăng quang là Nguyễn Minh Khoa (25 tuổi), sinh viên năm cuối.';
    expect(raised('Trọng tài chính là ông Trần Văn Bình (61 tuổi), người Hải Phòng.', b)).toEqual([]);
    // One word of the name in common is no person.
    expect(raised('Á quân là Lê Minh Khôi (24 tuổi), sinh viên năm cuối.', b)).toEqual([]);
  });
});

// Sentences written for this test: two outlets' reports of one phone launch, each under its own headline. The
// bodies give the screen, the chip and the battery alike in the same words (reports of one event); the
// headlines give the price, each worded its own way, sharing no telling word.
const LAUNCH_A = (headline: string): string =>
  `${headline}\n` +
  'Máy có màn hình kích thước 6,4 inch, chip Exynos 9810 tốc độ 2,7 GHz và pin dung lượng 4.000 mAh. ' +
  'Đại diện hãng cho biết sản phẩm được bán tại hơn 2.000 cửa hàng trên toàn quốc.';
const LAUNCH_B = (headline: string): string =>
  `${headline}\n` +
  'Máy có màn hình kích thước 6,4 inch, chip Exynos 9810 tốc độ 2,7 GHz và pin dung lượng 4.000 mAh. ' +
  'Người mua đặt trước được tặng kèm tai nghe không dây.';

const launch = (a: string, b: string): string[][] => raisedBetween(LAUNCH_A(a), LAUNCH_B(b), 'aligned-passage');

describe("two headlines' one figure of a class are one figure (analysis 43)", () => {
  it('compares the price each headline gives, worded apart', () => {
    const b = 'Galaxy Note 9 lên kệ ở thị trường trong nước, giá gần 23 triệu đồng';
    // Before analysis 43 the two headlines shared no telling word ("giá" is no telling word): never compared.
    expect(launch('Samsung bán Galaxy Note 9 tại Việt Nam với giá 28 triệu đồng', b)).toEqual([['28 triệu', 'gần 23 triệu']]);
    // The same price (rounded by one outlet): nothing to raise.
    expect(launch('Samsung bán Galaxy Note 9 tại Việt Nam với giá 22,99 triệu đồng', b)).toEqual([]);
  });

  it('leaves a headline with two figures of the class to the words', () => {
    // (The same-event matching itself, told which passage is a headline: the first, a title line here.)
    const matched = (a: string, b: string): string[][] => eventMatchesBetween(LAUNCH_A(a), LAUNCH_B(b), (p) => p.index === 1);
    const b = 'Galaxy Note 9 lên kệ ở thị trường trong nước, giá gần 23 triệu đồng';
    expect(matched('Galaxy Note 9 giá 28 triệu đồng', b)).toEqual([['28 triệu', '23 triệu']]);
    // Two versions' prices: which one the other headline gives is not known.
    expect(matched('Galaxy Note 9 giá 28 triệu đồng, bản cao cấp 35 triệu đồng', b)).toEqual([]);
  });

  it('never compares counts of two states', () => {
    const storm = (headline: string, extra: string): string =>
      `${headline}\n` + 'Bão số 3 đổ bộ vào Quảng Ninh với sức gió 150 km/giờ, làm tốc mái 1.250 ngôi nhà. ' + extra;
    // "3 người chết" and "10 người bị thương": two facts of one storm.
    expect(raisedBetween(storm('Bão số 3 làm 13 người chết', 'Lực lượng cứu hộ đã có mặt.'), storm('Bão số 3 khiến 10 người bị thương', 'Nhiều tuyến đường bị ngập.'), 'aligned-passage')).toEqual([]);
  });
});
