import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { makeArticle, raisedBetween } from './helpers';

// Sentences written for this test (not taken from the corpus): two outlets' reports of one morning session of a
// stock exchange. They give the turnover and the foreign buying alike in the same words (reports of one event);
// each then gives the index's level in a sentence of its own.
const MARKET_A = (sentence: string): string =>
  'Chứng khoán phiên sáng: nhóm ngân hàng kéo thị trường đi lên\n' +
  'Thanh khoản toàn sàn HOSE đạt 5.432 tỷ đồng, khối ngoại mua ròng 215 tỷ đồng. ' +
  `${sentence} ` +
  'Nhóm ngân hàng dẫn dắt đà tăng với nhiều mã tăng trần.';
const MARKET_B = (sentence: string): string =>
  'Cổ phiếu ngân hàng giúp thị trường giữ sắc xanh\n' +
  'Thanh khoản toàn sàn HOSE đạt 5.432 tỷ đồng, khối ngoại mua ròng 215 tỷ đồng. ' +
  `${sentence} ` +
  'Giới phân tích cho rằng dòng tiền đang quay lại thị trường.';

const market = (a: string, b: string): string[][] => raisedBetween(MARKET_A(a), MARKET_B(b), 'aligned-passage');

describe('"ở mức 1.265,4 điểm": the points after the number are its unit, not the word "mức" before it (analysis 44)', () => {
  it('compares a level written "ở mức N điểm" with one written "N điểm"', () => {
    const b = 'Tạm dừng phiên sáng, VN-Index đứng tại 1.256,4 điểm.';
    // Before analysis 44 the first figure's unit was "mức" and the second's "điểm": never compared.
    expect(market('Chỉ số VN-Index tạm dừng buổi sáng ở mức 1.265,4 điểm.', b)).toEqual([['1.256,4', '1.265,4']]);
    // The same level: nothing to raise.
    expect(market('Chỉ số VN-Index tạm dừng buổi sáng ở mức 1.256,4 điểm.', b)).toEqual([]);
  });
});

describe('two sentences that share a name and another figure alike are one passage (analysis 44)', () => {
  it('compares the levels of one index whose change both sentences give alike', () => {
    const b = 'Tạm nghỉ trưa, VN-Index tăng 4,52 điểm, lên 1.256,4 điểm.';
    // The two sentences share no word but the index's name: before analysis 44 a name alone never made two
    // figures one, although the change they both give (4,52 điểm) says that they report one session.
    expect(market('Kết thúc buổi sáng, VN-Index đứng ở 1.265,4 điểm, tăng 4,52 điểm (0,36%).', b)).toEqual([['1.256,4', '1.265,4']]);
  });

  it('leaves them apart when the figure they share is a small count, which many facts give', () => {
    const b = 'Tạm nghỉ trưa, VN-Index tăng 4 điểm, lên 1.256,4 điểm.';
    expect(market('Kết thúc buổi sáng, VN-Index đứng ở 1.265,4 điểm, tăng 4 điểm (0,36%).', b)).toEqual([]);
  });
});

// Sentences written for this test: two outlets' reports of one chess tournament's winner. They give the prize and
// the entrants alike in the same words (reports of one event). Report A gives a sentence twice (its lead repeated
// as the body's first paragraph) and the age of an earlier record holder, which report B does not give.
const CHESS_A = (first: string, again: string): string =>
  'Kỳ thủ trẻ vô địch giải cờ vua quốc tế Hà Nội mở rộng\n' +
  `${first}\n` +
  'Giải cờ vua quốc tế Hà Nội mở rộng năm 2024 do Liên đoàn Cờ Hà Nội tổ chức tại Cung Văn hóa Hữu nghị quy tụ 312 kỳ thủ đến từ 18 quốc gia. ' +
  'Sau 9 ván đấu, nhà vô địch nhận giải thưởng 150 triệu đồng. ' +
  `${again} ` +
  'Kỷ lục nhà vô địch trẻ nhất của giải vẫn thuộc về một kỳ thủ 17 tuổi.';
const CHESS_B = 'Giải cờ vua Hà Nội mở rộng có nhà vô địch mới\n' +
  'Giải cờ vua quốc tế Hà Nội mở rộng năm 2024 do Liên đoàn Cờ Hà Nội tổ chức tại Cung Văn hóa Hữu nghị quy tụ 312 kỳ thủ đến từ 18 quốc gia. ' +
  'Sau 9 ván đấu, nhà vô địch nhận giải thưởng 150 triệu đồng. ' +
  'Người đăng quang là chàng trai Nguyễn Minh Khoa 24 tuổi, sinh viên năm cuối.';

describe("a sentence its article repeats, once with the other report's figure, says which figure it is (analysis 44)", () => {
  it('compares the changed mention although the article leaves another figure of its class unconfirmed', () => {
    const lead = (age: number): string => `Chàng trai này năm nay tròn ${age} tuổi.`;
    // Report A's "17 tuổi" (another person's) is a second figure of the class that report B does not give: before
    // analysis 44 the words that "34 tuổi" and "24 tuổi" share (chàng, trai) were too few to say which one it is,
    // although A's repeated sentence gives 24 where it gives 34.
    expect(raisedBetween(CHESS_A(lead(34), lead(24)), CHESS_B, 'aligned-passage')).toEqual([['24', '34']]);
    // Where A gives 24 again in other words, the words alone do not say which of A's two ages B's is.
    expect(raisedBetween(CHESS_A(lead(34), 'Kỳ thủ 24 tuổi hiện là sinh viên.'), CHESS_B, 'aligned-passage')).toEqual([]);
  });
});

describe('"cầu thủ 23 tuổi": a player\'s age, not a rank (folded, "thủ" is "thứ") (analysis 44)', () => {
  const units = (text: string): string[] => passagesOf(makeArticle('a', text, '2024-09-10T08:00')).flatMap(figureContexts).map((f) => `${f.figure.written} ${f.unit}`);

  it('reads the unit after the number when "thủ" names a player', () => {
    expect(units('Câu lạc bộ chiêu mộ cầu thủ 23 tuổi, còn đối thủ 31 tuổi giải nghệ.')).toEqual(['23 tuoi', '31 tuoi']);
    // "thứ" after another word is still a rank.
    expect(units('Đội bóng xếp thứ 23 sau vòng đấu.')).toEqual(['23 ^thu']);
  });
});
