import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from '../../../shared/analysis/figures';
import { raisedBetween } from './helpers';

/**
 * A slash pair that could be a day and a month ("13/10", "6/3", "7/8") is a date to the passages'
 * tokenizer unless the extractor, reading the sentence, takes it for a set score or a share: then a copy
 * that changes it is caught like any changed figure (planted bench (a): the copies of a badminton, a
 * tennis and a tournament report). Sentences written for this test.
 */
const calendarOf = (sentence: string, pair: string): boolean => {
  const at = sentence.indexOf(pair);
  const f = tokenizeSentence(sentence, 0, sentence.length).figures.find((x) => x.start === at);
  if (f === undefined) throw new Error(`no figure at ${pair}`);
  return f.calendar;
};

const RACKET = (lead: string) =>
  `Tay vợt Lê Đức Phát khởi đầu thuận lợi ở set 2 của trận tứ kết. Từ chỗ dẫn trước ${lead} rồi 16/14, anh để đối thủ ghi liền 6 điểm trước khi thua 17/21 trong set quyết định.\n`;
const TENNIS = (set: string) =>
  `Ở set đầu, Lý Hoàng Nam giành được 2 break và khép lại set đấu bằng thắng lợi ${set} sau 41 phút thi đấu.\n`;
const SEASON = (played: string) =>
  `Từ đầu mùa giải tới nay, tay vợt số 1 thế giới đã tham dự ${played} giải Masters và giành 3 danh hiệu.\n`;

describe('slash pairs the extractor reads as scores or shares are figures of the passage', () => {
  it.each([
    ['Từ chỗ dẫn trước 14/12 rồi 16/14, anh để đối thủ ghi liền 6 điểm trước khi thua 17/21 trong set quyết định.', '14/12'],
    ['Ở set đầu, Lý Hoàng Nam khép lại set đấu bằng thắng lợi 6/3 sau 41 phút thi đấu.', '6/3'],
    ['Tay vợt số 1 thế giới đã tham dự 7/8 giải Masters và giành 3 danh hiệu.', '7/8'],
  ])('%s: “%s” is no date', (sentence, pair) => {
    expect(calendarOf(sentence, pair)).toBe(false);
  });

  it.each([
    ['Sáng 14/12, đoàn vận động viên về nước sau 3 tuần thi đấu.', '14/12'],
    ['Giải đấu diễn ra từ 6/3 với 120 tay vợt tham dự.', '6/3'],
    ['Kỷ niệm 48 năm ngày chiến thắng 30/4, thành phố tổ chức 12 hoạt động.', '30/4'],
    ['Hồ sơ nộp trước 7/8, hội đồng sẽ xét 300 hồ sơ.', '7/8'],
  ])('%s: “%s” stays a date', (sentence, pair) => {
    expect(calendarOf(sentence, pair)).toBe(true);
  });

  it('a copy that changes a set score, a tennis set or a share of tournaments is caught', () => {
    expect(raisedBetween(RACKET('14/12'), RACKET('15/12'), 'aligned-passage')).toEqual([['14/12', '15/12']]);
    expect(raisedBetween(TENNIS('6/3'), TENNIS('6/4'), 'aligned-passage')).toEqual([['6/3', '6/4']]);
    expect(raisedBetween(SEASON('7/8'), SEASON('6/8'), 'aligned-passage')).toEqual([['6/8', '7/8']]);
  });

  it('the same copies unchanged raise nothing, and a changed day stays unraised', () => {
    expect(raisedBetween(RACKET('14/12'), RACKET('14/12'))).toEqual([]);
    expect(raisedBetween(TENNIS('6/3'), TENNIS('6/3'))).toEqual([]);
    const day = (d: string) => `Sáng ${d}, đoàn vận động viên về nước sau 3 tuần thi đấu với 4 huy chương vàng.\n`;
    expect(raisedBetween(day('14/12'), day('15/12'))).toEqual([]);
  });

  it('quotes a pair of joined figures whole, read as the passage reads its numbers, only when both sentences join it', () => {
    const price = (p: string) => `Giá vé vào cửa ngày thường và cuối tuần lần lượt là ${p} đồng. Mỗi ngày khu vui chơi đón khoảng 2.000 khách.\n`;
    expect(raisedBetween(price('25.000/30.000'), price('25.000/35.000'), 'aligned-passage')).toEqual([['25.000/30.000', '25.000/35.000']]);
    expect(raisedBetween(price('25.000/30.000'), price('27.000/30.000'), 'aligned-passage')).toEqual([['25.000/30.000', '27.000/30.000']]);
    const rate = (p: string) => `Theo khảo sát của ngành y tế, cứ ${p} trẻ em dưới 5 tuổi ở huyện vùng cao mắc bệnh tim bẩm sinh.\n`;
    expect(raisedBetween(rate('3/1.000'), rate('4/1.000'), 'aligned-passage')).toEqual([['3/1.000', '4/1.000']]);
    const set = (p: string) => `Ở set thứ hai, tay vợt Việt Nam bị dẫn trước nhưng đã lội ngược dòng để thắng với tỷ số ${p} sau 25 phút.\n`;
    expect(raisedBetween(set('21/17'), set('21-16'), 'aligned-passage')).toEqual([['21-16', '21/17']]);
    // A run of three joined numbers is no pair: the changed number is quoted alone.
    const phone = (p: string) => `Máy có ba phiên bản bộ nhớ ${p}GB, bán ra từ tháng sau tại 120 cửa hàng.\n`;
    expect(raisedBetween(phone('16/32/64'), phone('16/32/128'), 'aligned-passage')).toEqual([['128', '64']]);
  });
});
