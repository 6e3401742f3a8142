// The how-many-th of a record is a rank claim (CLAIMS.md: rank "thứ ba"; gold README: "bàn thua thứ 3",
// "lần gặp mặt thứ 4", "danh hiệu ATP Tour thứ 5"). Each positive case failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

function ranks(body: string) {
  const text = `Tin\n25/10/2013 10:00\n\n${body}`;
  return extractClaims(text, extractMetadata(text))
    .filter((c) => c.kind === 'rank' || c.kind === 'streak')
    .map((c) => [text.slice(c.start, c.end), c.kind, c.value]);
}

describe('the ordinal of a goal, a meeting or a named title', () => {
  it.each([
    ['Đội khách lại phải nhận bàn thua thứ 3.', [['thứ 3', 'rank', 3]]],
    ['Bàn thua thứ 2 càng khiến đội chủ nhà bế tắc.', [['thứ 2', 'rank', 2]]],
    ['Đây là lần gặp mặt thứ 4 giữa hai tay vợt.', [['thứ 4', 'rank', 4]]],
    ['Đây là danh hiệu ATP Tour thứ 5 của anh trong năm.', [['thứ 5', 'rank', 5]]],
    ['Đây đồng thời là danh hiệu Masters 1.000 thứ 15 của anh.', [['thứ 15', 'rank', 15]]],
  ])('%s', (body, expected) => expect(ranks(body)).toEqual(expected));
  it('a record named by its noun alone stays a streak when "liên tiếp" follows', () => {
    expect(ranks('Đây là danh hiệu thứ 2 liên tiếp của anh.')).toEqual([['thứ 2 liên tiếp', 'streak', 2]]);
  });
  it('a weekday is no rank', () => expect(ranks('Hôm nay thứ 2 trời mưa lớn.')).toEqual([]));
});

describe('review of engine 27: a weekday is no record', () => {
  it.each([
    'Hai đội sẽ đối đầu thứ 7 tới tại sân Old Trafford.',
    'Trận đối đầu thứ Bảy tới sẽ quyết định ngôi đầu bảng.',
    'Buổi gặp mặt thứ 6 tuần này có sự tham dự của lãnh đạo tỉnh.',
    'Hai tay vợt có cuộc gặp mặt thứ Năm này tại Hà Nội.',
    'Sau chiến thắng Arsenal thứ 7 vừa qua, đội bóng đã có thêm tự tin.',
    'Đội đã giành chiến thắng Arsenal thứ Bảy tuần trước.',
  ])('%s', (body) => expect(ranks(body)).toEqual([]));
  it('"lần gặp mặt thứ 4 này" counts meetings', () => {
    expect(ranks('Trong lần gặp mặt thứ 4 này, anh đã để thua đối thủ.')).toEqual([['thứ 4', 'rank', 4]]);
  });
  it('a named title opening the sentence', () => {
    expect(ranks('Danh hiệu ATP Tour thứ 5 giúp anh vươn lên.')).toEqual([['thứ 5', 'rank', 5]]);
  });
});

describe('second review of engine 27', () => {
  it.each([
    ['Danh hiệu thứ 5 này giúp anh vươn lên.', [['thứ 5', 'rank', 5]]],
    ['Lần gặp mặt thứ 4 này, anh đã thua.', [['thứ 4', 'rank', 4]]],
    ['Đây là lần đối đầu thứ 5 giữa hai đội.', [['thứ 5', 'rank', 5]]],
    ['Hai đội sẽ đối đầu thứ 7 ở Old Trafford.', []],
    ['Hai đội sẽ gặp mặt thứ 7 và Chủ nhật.', []],
  ])('%s', (body, expected) => expect(ranks(body)).toEqual(expected));
});
