import { describe, expect, it } from 'vitest';
import { raisedBetween } from './helpers';

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
