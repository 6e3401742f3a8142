import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import type { Article, Finding } from '../../../shared/schema';
import { cannotEndSet, figureContexts, strongContext, type FigureContext } from '../../../shared/analysis/sameEvent';
import { passagesOf } from '../../../shared/analysis/passages';
import { makeArticle } from './helpers';

// Issue 10 (b), s34: two general rules that let the same-event comparison find a figure one outlet
// changed — reports of one event paired by a few names when published close in time, and a set score
// mistyped — each beside the near-misses it must not fire on.

const facts = (f: Finding) => f.facts as unknown as { basis?: string; a: { quote: string }; b: { quote: string } };
const cross = (articles: Article[]): Finding[] => detectFindings(articles, []).filter((f) => (f.articleIds?.length ?? 0) > 1);
const quotes = (articles: Article[]): string[][] => cross(articles).map((f) => [f.type, facts(f).a.quote, facts(f).b.quote]);

/** The figure context of the first figure written `written` in `text`. */
function contextOf(text: string, written: string): FigureContext {
  const c = passagesOf(makeArticle('x', text, null))
    .flatMap(figureContexts)
    .find((x) => x.figure.written === written);
  if (!c) throw new Error(`no figure ${written}`);
  return c;
}

describe('strongContext: surroundings that say by themselves which figure it is', () => {
  it('holds for four telling words in common, half of the shorter context ("mang tới … tấn vũ khí … tên lửa")', () => {
    const a = contextOf('Loại máy bay này có khả năng mang tới 4,5 tấn vũ khí gồm tên lửa và bom.', '4,5');
    const b = contextOf('Chiến đấu cơ này có khả năng mang tới 5,5 tấn vũ khí như tên lửa, súng máy.', '5,5');
    expect(strongContext(a, b)).toBe(true);
  });

  it('does not hold for a word or two in common ("chở 5,5 tấn hàng hóa")', () => {
    const a = contextOf('Loại máy bay này có khả năng mang tới 4,5 tấn vũ khí gồm tên lửa và bom.', '4,5');
    const b = contextOf('Chiếc xe tải của công ty chở 5,5 tấn hàng hóa mỗi chuyến.', '5,5');
    expect(strongContext(a, b)).toBe(false);
  });
});

describe('same-event: reports paired by a few names, published close in time across midnight', () => {
  // Three names rare in the workspace in common (Benigno Aquino, Manila, Seoul), no figure alike: fewer
  // than the five that pair two reports of the same calendar day by their names alone.
  const DEAL_A =
    'Philippines mua chiến đấu cơ\nTổng thống Benigno Aquino cho biết Manila sẽ mua máy bay FA-50 do Seoul sản xuất. ' +
    'Loại máy bay này có khả năng mang tới 4,5 tấn vũ khí gồm tên lửa và bom.';
  const dealB = (payload: string) =>
    'Kế hoạch mua máy bay không đổi\nÔng Benigno Aquino khẳng định Manila không thay đổi kế hoạch mua máy bay của Seoul. ' +
    `Chiến đấu cơ này có thể mang theo ${payload} như tên lửa, súng máy và bom dẫn đường.`;
  const a = makeArticle('a', DEAL_A, '2013-10-22T17:00', 'Báo A');
  const b = (payload: string, at: string) => makeArticle('b', dealB(payload), at, 'Báo B');

  it('flags the payload the evening and the next morning reports give differently', () => {
    const found = cross([a, b('5,5 tấn vũ khí', '2013-10-23T07:30')]);
    expect(found.map((f) => [f.type, facts(f).a.quote, facts(f).b.quote, facts(f).basis])).toEqual([['conflict', '4,5', '5,5', 'same-event']]);
    expect(quotes([a, b('4,5 tấn vũ khí', '2013-10-23T07:30')])).toEqual([]);
  });

  it('compares them as well when they share more rare names (five: the older names pairing, on other days)', () => {
    const more = ' Hãng Korea Aerospace Industries và Bộ trưởng Voltaire Gazmin dự lễ ký.';
    const a5 = makeArticle('a', DEAL_A + more, '2013-10-22T17:00', 'Báo A');
    const b5 = (payload: string, at: string) => makeArticle('b', dealB(payload) + more, at, 'Báo B');
    expect(quotes([a5, b5('5,5 tấn vũ khí', '2013-10-23T07:30')])).toEqual([['conflict', '4,5', '5,5']]);
    expect(quotes([a5, b5('4,5 tấn vũ khí', '2013-10-23T07:30')])).toEqual([]);
    expect(quotes([a5, b5('5,5 tấn vũ khí', '2013-10-23T19:00')])).toEqual([]);
  });

  it('does not compare them a day or more apart (two days’ reports of one deal)', () => {
    expect(quotes([a, b('5,5 tấn vũ khí', '2013-10-23T19:00')])).toEqual([]);
    expect(quotes([a, b('5,5 tấn vũ khí', '2013-10-25T07:30')])).toEqual([]);
  });

  it('does not compare a figure whose surroundings share a word or two only', () => {
    const other = makeArticle(
      'b',
      'Kế hoạch mua máy bay không đổi\nÔng Benigno Aquino khẳng định Manila không thay đổi kế hoạch mua máy bay của Seoul. Mỗi chuyến hàng của hãng nặng 5,5 tấn.',
      '2013-10-23T07:30',
      'Báo B',
    );
    expect(quotes([a, other])).toEqual([]);
  });

  it('reads publication times in one zone whatever the machine’s, a date-only article as its whole day', () => {
    const at = (dayA: string, timeB: string): string[][] => quotes([makeArticle('a', DEAL_A, dayA, 'Báo A'), b('5,5 tấn vũ khí', timeB)]);
    const saved = process.env.TZ;
    const seen: Record<string, string[][][]> = {};
    try {
      for (const zone of ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York']) {
        process.env.TZ = zone;
        expect(new Date(2013, 9, 22).getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : zone === 'Asia/Ho_Chi_Minh' ? -420 : 240);
        seen[zone] = [
          // The date-only report may have come out at any hour of its day: the same evening's, the next night's.
          at('2013-10-22', '2013-10-22T20:00'),
          at('2013-10-22', '2013-10-23T00:30'),
          // 19 hours after its day ended, and two date-only reports of two days: nothing says they are close.
          at('2013-10-22', '2013-10-23T19:00'),
          quotes([makeArticle('a', DEAL_A, '2013-10-22', 'Báo A'), b('5,5 tấn vũ khí', '2013-10-23')]),
        ];
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    const flagged = [['conflict', '4,5', '5,5']];
    for (const zone of Object.keys(seen)) expect([zone, seen[zone]]).toEqual([zone, [flagged, flagged, [], []]]);
  });

  it('does not compare a figure whose surroundings share two or three words ("có khả năng chở 5,5 tấn hàng hóa")', () => {
    // Enough for reports of one calendar day paired by five names; across midnight by three, the context
    // must say by itself which figure it is: a cargo load is not the weapons payload.
    const cargo = (text: string) =>
      makeArticle('b', `Kế hoạch mua máy bay không đổi\nÔng Benigno Aquino khẳng định Manila không thay đổi kế hoạch mua máy bay của Seoul. ${text}`, '2013-10-23T07:30', 'Báo B');
    expect(quotes([a, cargo('Máy bay này có khả năng chở 5,5 tấn hàng hóa.')])).toEqual([]);
    expect(quotes([a, cargo('Theo hợp đồng, khả năng mang của máy bay là 5,5 tấn.')])).toEqual([]);
  });

  it('does not compare the same words said of two years ("năm 2012" / "năm 2014")', () => {
    const a2 = makeArticle('a', DEAL_A.replace('Loại máy bay này', 'Bản năm 2012 của loại máy bay này'), '2013-10-22T17:00', 'Báo A');
    const b2 = makeArticle('b', dealB('5,5 tấn vũ khí').replace('Chiến đấu cơ này', 'Bản năm 2014 của chiến đấu cơ này'), '2013-10-23T07:30', 'Báo B');
    expect(quotes([a2, b2])).toEqual([]);
  });

  it('does not pair the evening’s and the next morning’s reports of two matches of one team (different scores)', () => {
    const match1 =
      'U23 Việt Nam thắng U23 Lào\nTối 20/8, U23 Việt Nam thắng U23 Lào 4-0 tại sân Rayong. HLV Hoàng Anh Tuấn tung ra sân đội hình mạnh nhất. ' +
      'Tiền đạo Văn Tùng mở tỷ số ở phút 12 sau đường chuyền của Khuất Văn Khang. Đội bóng của HLV Hoàng Anh Tuấn kiểm soát bóng tới 68% thời lượng trận đấu.';
    const match2 =
      'U23 Việt Nam hòa U23 Philippines\nSáng 21/8, U23 Việt Nam hòa U23 Philippines 1-1 tại sân Rayong. HLV Hoàng Anh Tuấn giữ nguyên đội hình. ' +
      'Phút 15, Khuất Văn Khang căng ngang để tiền đạo Văn Tùng dứt điểm tung lưới đối thủ. Cả trận, tỷ lệ kiểm soát bóng của U23 Việt Nam là 61%.';
    expect(quotes([makeArticle('m1', match1, '2023-08-20T21:00', 'Báo A'), makeArticle('m2', match2, '2023-08-21T11:00', 'Báo B')])).toEqual([]);
  });

  it('does not pair two reports that share fewer names (two names), however close in time', () => {
    const other = makeArticle('b', dealB('5,5 tấn vũ khí').replace(' của Seoul', ''), '2013-10-23T07:30', 'Báo B');
    expect(quotes([a, other])).toEqual([]);
  });
});

describe('same-event: a set score mistyped ("31-19" where the match’s sets are won with 21)', () => {
  const MATCH_A =
    'Tiến Minh thua ngược Wei Feng Chong\nNgay ở séc 1, Tiến Minh vượt qua đối thủ với tỉ số 21-19. ' +
    'Chiến thắng ở séc 2 với tỉ số 21-18 giúp Wei Feng Chong tự tin hơn. Tại séc quyết định, tay vợt Malaysia giành thắng lợi 21-17 sau 58 phút.';
  const matchB = (first: string, second = '21-18') =>
    'Tiến Minh dừng bước tại Đan Mạch\n' +
    `Tiến Minh giành chiến thắng với tỷ số ${first} trong séc đầu tiên. ` +
    `Sang séc 2, anh dẫn trước 11-9 rồi chịu thất bại đáng tiếc ${second} trước Wei Feng Chong. ` +
    'Tay vợt Malaysia kết thúc trận đấu với tỷ số 21-17.';
  const run = (b: string): string[][] =>
    quotes([makeArticle('a', MATCH_A, '2013-10-17T13:00', 'Báo A'), makeArticle('b', b, '2013-10-17T20:00', 'Báo B')]);

  it('flags the set whose winning points are one digit off and whose losing points agree', () => {
    expect(run(matchB('31-19'))).toEqual([['conflict', '21-19', '31-19']]);
    expect(run(matchB('21-19'))).toEqual([]);
  });

  it('does not flag a volleyball deciding set ("15-13") against a lost set ("13-25"): both can end a set', () => {
    const va =
      'Bóng chuyền nữ Việt Nam ngược dòng trước Thái Lan\nĐội tuyển Việt Nam thắng hai set đầu với tỷ số 25-20, 25-23 trước Thái Lan. ' +
      'Ở set quyết định, Việt Nam thắng 15-13 sau khi Bích Tuyền ghi điểm cuối.';
    const vb =
      'Bóng chuyền nữ Việt Nam thắng Thái Lan\nĐội tuyển Việt Nam thắng hai set đầu với tỷ số 25-20, 25-23 trước Thái Lan. ' +
      'Các cô gái của Bích Tuyền để thua set 4 với tỷ số 13-25 trước khi ngược dòng ở set 5.';
    expect(quotes([makeArticle('a', va, '2023-08-20T20:00', 'Báo A'), makeArticle('b', vb, '2023-08-20T21:00', 'Báo B')])).toEqual([]);
  });

  it('reads which scores can end a set: a margin under 2, or past the target by more than 2, cannot', () => {
    expect([cannotEndSet(31, 19, 21), cannotEndSet(20, 19, 21), cannotEndSet(23, 19, 21)]).toEqual([true, true, true]);
    // Deuce ("22-20", "26-24") and a shorter deciding set ("15-13" in a match to 25) end sets.
    expect([cannotEndSet(22, 20, 21), cannotEndSet(26, 24, 25), cannotEndSet(15, 13, 25), cannotEndSet(21, 19, 21)]).toEqual([false, false, false, false]);
  });

  it('does not pair sets whose losing points differ too ("31-15" / "21-19")', () => {
    expect(run(matchB('31-15'))).toEqual([]);
  });

  it('does not pair when the other report has two sets the slip could be (which one is a guess)', () => {
    // "31-19" is one digit off "21-19" and a lost "19-21" alike (two agreed sets left: 21-18, 21-17).
    const a = MATCH_A.replace(' sau 58 phút.', ' sau 58 phút. Năm ngoái, Tiến Minh từng thua Lee Chong Wei 19-21 ở séc cuối.');
    const pair = (b: string): string[][] => quotes([makeArticle('a', a, '2013-10-17T13:00', 'Báo A'), makeArticle('b', b, '2013-10-17T20:00', 'Báo B')]);
    expect(pair(matchB('31-19'))).toEqual([]);
    expect(pair(matchB('31-15'))).toEqual([]);
  });

  it('does not pair when two sets of one report could be the slip (which one is a guess)', () => {
    // Both "21-19" and "21-18" would be "31-1x" with one digit off: with two sets moved, nothing agrees enough.
    expect(run(matchB('31-19', '31-19'))).toEqual([]);
  });
});
