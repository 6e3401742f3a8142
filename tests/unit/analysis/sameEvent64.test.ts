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
