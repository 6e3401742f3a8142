import { describe, expect, it } from 'vitest';
import { eventMatchesBetween, raisedBetween } from './helpers';

// Our own sentences: two outlets' reports of one final, the equaliser told in other words in each (the scorer named in
// one, the passer and the scorer's club in the other), "1-1" the one thing their sentences share besides "san bằng".
const A =
  'U21 Việt Nam vô địch sau loạt luân lưu\nĐến phút 43, hàng thủ U21 Việt Nam mắc sai lầm để Joshua ghi bàn, mở tỷ số 1-0 cho Sydney. ' +
  'Sự thay người bất đắc dĩ lại mang về hiệu quả ở hiệp hai. Phút 64, chính Bảo đã lập công san bằng 1-1 cho U21 Việt Nam. ' +
  'Hai đội hòa 1-1 sau 90 phút và U21 Việt Nam thắng 4-1 trong loạt luân lưu.';
const b = (minute: string, more = '') =>
  'U21 Việt Nam đăng quang\nMột pha phá bóng hụt trong vòng cấm bị trừng phạt: tiền vệ Joshua vô lê mở tỷ số 1-0 cho đội khách Sydney ở phút 43. ' +
  `Cầu thủ trẻ của SLNA kết thúc gọn gàng pha dứt điểm sau đường chọc khe đẹp mắt của Văn Thuận để san bằng tỉ số 1-1 ở phút ${minute}. ${more}` +
  'Hòa 1-1 sau 90 phút, U21 Việt Nam thắng 4-1 ở loạt luân lưu.';

describe('two minutes that make the same score, each its report’s only one (analysis 48)', () => {
  it('pairs them as one goal, however differently the goal is told', () => {
    expect(eventMatchesBetween(A, b('74'))).toEqual([['64', '74']]);
    expect(raisedBetween(A, b('74'))).toEqual([['64', '74']]);
    expect(eventMatchesBetween(A, b('64'))).toEqual([]);
  });

  it('leaves them apart when a report gives that score at a second minute (which one it is, is a guess)', () => {
    // (A round-up's second match, also equalised: two minutes of B make "1-1", and the rule stands aside; the words
    // alone, too few here, would have to say which one it is.)
    const more = 'Ở trận tranh hạng ba, Myanmar gỡ hòa 1-1 ở phút 88 rồi thắng trên chấm phạt đền. ';
    expect(eventMatchesBetween(A, b('74', more))).toEqual([]);
  });

  it('reads only a score made at the minute, not a score standing then nor another match’s (review s75-r2)', () => {
    // (B gives the equaliser without its minute; its one minute with "1-1" is a red card, a penalty missed, or the
    // semi-final's goal.)
    const equaliser = (then: string) =>
      'U21 Việt Nam đăng quang\nMột pha phá bóng hụt trong vòng cấm bị trừng phạt: tiền vệ Joshua vô lê mở tỷ số 1-0 cho đội khách Sydney ở phút 43. ' +
      `${then} Hòa 1-1 sau 90 phút, U21 Việt Nam thắng 4-1 ở loạt luân lưu.`;
    for (const then of [
      'Cầu thủ trẻ của SLNA sau đó san bằng tỉ số cho U21 Việt Nam. Phút 80, khi tỷ số vẫn là 1-1, hậu vệ Văn Thuận của Sydney nhận thẻ đỏ.',
      'Bảo gỡ hòa cho U21 Việt Nam. Phút 82, Joshua đá hỏng phạt đền khi tỷ số đang là 1-1.',
      'Ở bán kết, U21 Việt Nam hòa Myanmar 1-1 nhờ bàn thắng của Bảo ở phút 30. Trong trận chung kết, Bảo tiếp tục lập công gỡ hòa.',
    ]) {
      expect(raisedBetween(A, equaliser(then))).toEqual([]);
    }
  });
});
