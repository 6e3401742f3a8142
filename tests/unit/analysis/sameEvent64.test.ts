import { describe, expect, it } from 'vitest';
import { raisedBetween } from './helpers';

// Sentences written for this test: two outlets' reports of one conference on housing for poor households. One
// outlet gives the number of households helped in a plain sentence; the other quotes an official who first
// names the programme's goal and then turns to what has been done ("thì đến nay", "nhưng thực tế").
const REPORT_A = (v: string): string =>
  'Hội nghị tổng kết chương trình nhà ở cho hộ nghèo\n' +
  `Theo báo cáo của Bộ Xây dựng, tính đến cuối năm 2024, cả nước đã có ${v} hộ nghèo được hỗ trợ về nhà ở. ` +
  'Thứ trưởng Nguyễn Văn Sinh cho biết tổng vốn đã giải ngân là 12.400 tỷ đồng, trong đó vốn vay Ngân hàng Chính sách xã hội là 4.750 tỷ đồng.';
const REPORT_B = (sentence: string): string =>
  'Bộ Xây dựng: hỗ trợ nhà ở cho hộ nghèo vượt tiến độ\n' +
  'Tại hội nghị, Thứ trưởng Nguyễn Văn Sinh cho biết tổng vốn đã giải ngân là 12.400 tỷ đồng, vốn vay Ngân hàng Chính sách xã hội là 4.750 tỷ đồng. ' +
  sentence;

const raised = (a: string, b: string): string[][] => raisedBetween(REPORT_A(a), REPORT_B(b), 'aligned-passage');

describe('a goal word dates the figures of its clause, not those after the sentence turns to what has been done', () => {
  it('compares the households helped, given after "thì đến nay", with the other outlet\'s figure', () => {
    const b = 'Ông nói mục tiêu đến năm 2026 hỗ trợ cho 600.000 gia đình có nhà ở, thì đến nay Bộ Xây dựng đã tổng kết là đến năm 2024 hỗ trợ 431.000 hộ nghèo có nhà ở.';
    expect(raised('531.000', b)).toEqual([['431.000', '531.000']]);
    expect(raised('431.000', b)).toEqual([]);
    // The goal's own figures stay apart from the reported one: every figure after "mục tiêu" without a turn
    // word, and the goal's figure before the turn.
    expect(raised('531.000', 'Mục tiêu đến năm 2026 là hỗ trợ nhà ở cho 431.000 hộ nghèo, xóa 12.000 căn nhà tạm.')).toEqual([]);
    expect(raised('531.000', 'Mục tiêu đến năm 2026 hỗ trợ nhà ở cho 600.000 hộ nghèo, thì đến nay đã hoàn thành hơn 80%.')).toEqual([]);
  });

  it('a forecast word too: after "nhưng thực tế" following a clause break', () => {
    const b = 'Theo kế hoạch đến năm 2026 sẽ hỗ trợ 700.000 gia đình, nhưng thực tế đến cuối năm 2024 Bộ Xây dựng mới hỗ trợ được 431.000 hộ nghèo có nhà ở.';
    expect(raised('531.000', b)).toEqual([['431.000', '531.000']]);
  });
});

// Sentences written for this test: two outlets' reports of one badminton match, the same day. Each gives the
// match's length once, in other words around it ("sau 58 phút thi đấu" / "sau 68 phút tranh đấu").
const MATCH_A = (length: string): string =>
  'Nguyễn Tiến Minh dừng bước ở tứ kết Đan Mạch mở rộng\n' +
  'Tay vợt số một Việt Nam Nguyễn Tiến Minh thua Kenichi Tago của Nhật Bản với tỉ số 1-2 ở tứ kết giải cầu lông Đan Mạch mở rộng. ' +
  'Tiến Minh thắng séc đầu 21-17 nhưng để thua hai séc sau 19-21, 15-21. ' +
  `Tiến Minh để thua ${length}.`;
const MATCH_B = (sentence: string): string =>
  'Tiến Minh không vượt qua Kenichi Tago\n' +
  'Ở tứ kết giải Đan Mạch mở rộng, Tiến Minh khởi đầu tốt với chiến thắng 21-17 ở séc đầu, nhưng sau đó để Kenichi Tago lội ngược dòng với các séc 19-21, 15-21. ' +
  sentence;

describe('a match has one length: two reports that each give one are compared, however few words they share', () => {
  it('compares "sau 58 phút thi đấu" with "sau 68 phút tranh đấu"', () => {
    const b = 'Trận đấu khép lại sau 68 phút tranh đấu.';
    expect(raisedBetween(MATCH_A('sau 58 phút thi đấu'), MATCH_B(b), 'aligned-passage')).toEqual([['58', '68']]);
    expect(raisedBetween(MATCH_A('sau 68 phút thi đấu'), MATCH_B(b), 'aligned-passage')).toEqual([]);
    // Two lengths in one report (a set's and the match's): the words must say which one it is, as before.
    const two = 'Séc đầu kéo dài 25 phút thi đấu. Trận đấu khép lại sau 68 phút tranh đấu.';
    expect(raisedBetween(MATCH_A('sau 58 phút thi đấu'), MATCH_B(two), 'aligned-passage').flat()).not.toContain('58');
    // Another player's match named around it, in a report of the day: another match's length.
    const other = 'Ở trận đấu khác, Lee Chong Wei đánh bại Jan Jorgensen sau 68 phút tranh đấu.';
    expect(raisedBetween(MATCH_A('sau 58 phút thi đấu'), MATCH_B(other), 'aligned-passage')).toEqual([]);
    // Minutes not followed by a word of playing are no match length ("58 phút" of a delay).
    const delay = 'Trận đấu bị hoãn 68 phút vì mưa lớn.';
    expect(raisedBetween(MATCH_A('sau 58 phút thi đấu'), MATCH_B(delay), 'aligned-passage')).toEqual([]);
  });
});
