import { describe, expect, it } from 'vitest';
import { claimAt, datedClaimHolding } from './helpers';

// Issue 11, engine 60: two period readings.
// 1. A length fixed for something (a bond's or a loan's term, the time a project is given) has no period: the
//    period the sentence names dates the issue or the decision, not the length.
// 2. An accumulated ("lũy kế") result in a sentence on a quarter runs from the start of that year to the end of
//    the quarter: "quý III/2013" becomes "9 tháng đầu năm 2013".
// 3. Bare months before "vượt" are the first months of the year, as before "đạt", "lãi": "9 tháng vượt 15% kế hoạch".
// 4. The period a results title sums up does not reach a company's charter capital or leverage (standing figures).
describe('a term is a length, not a figure of the sentence\'s period (engine 60)', () => {
  it('gives a bond\'s term no period, while the amount issued keeps the month', () => {
    const text = 'Trong tháng 4/2022, Công ty Sông Lam đã phát hành 900 tỷ đồng trái phiếu với thời hạn 3 năm để đầu tư nhà máy mới.';
    expect(claimAt(text, '3 năm').kind).toBe('duration');
    expect(claimAt(text, '3 năm').period).toBeNull();
    expect(claimAt(text, '900 tỷ đồng').period).toBe('tháng 4/2022');
  });
  it('gives the time a project is given no period', () => {
    const text = 'Cầu Bến Mới được khởi công từ tháng 6/2021 với thời gian thi công 28 tháng.';
    expect(claimAt(text, '28 tháng').period).toBeNull();
  });
  it('still dates a length that is no term ("kéo dài 18 tháng" in a year)', () => {
    const text = 'Năm 2021, đợt hạn hán ở Ninh Thuận kéo dài 5 tháng.';
    expect(claimAt(text, '5 tháng').period).toBe('năm 2021');
  });
});

describe('an accumulated result runs from the start of the year (engine 60)', () => {
  it('reads "lũy kế" after a quarter as the months to the quarter\'s end', () => {
    const body = 'Quý III/2013, Công ty Minh Phú báo doanh thu tăng mạnh so với cùng kỳ và lợi nhuận lũy kế sau thuế 75 tỷ đồng.';
    expect(datedClaimHolding(body, '75 tỷ đồng').period).toBe('9 tháng đầu năm 2013');
  });
  it('reads the fourth quarter\'s accumulated result as the whole year', () => {
    const text = 'Trong quý IV/2022, doanh nghiệp Hải An có doanh thu lũy kế đạt 1.300 tỷ đồng.';
    expect(claimAt(text, '1.300 tỷ đồng').period).toBe('năm 2022');
  });
  it('leaves the quarter\'s own figure, with no "lũy kế" in its clause, to the quarter', () => {
    const text = 'Trong quý II/2022, Công ty Hải An lãi 40 tỷ đồng, lũy kế 6 tháng lãi 70 tỷ đồng.';
    expect(claimAt(text, '40 tỷ đồng').period).toBe('quý II/2022');
    expect(claimAt(text, '70 tỷ đồng').period).toBe('6 tháng đầu năm 2022');
  });
});

describe('bare months before "vượt" are the months of the year so far (engine 60)', () => {
  it('reads "9 tháng vượt 15% kế hoạch năm" as the first nine months', () => {
    const body = 'Công ty Sao Mai công bố báo cáo tài chính.';
    expect(datedClaimHolding(body, 'vượt 15%', 'Sao Mai: 9 tháng vượt 15% kế hoạch năm').period).toBe('9 tháng đầu năm 2013');
  });
  it('leaves a length of months before "vượt qua" alone', () => {
    const text = 'Đội tuyển Lam Sơn mất 2 tháng vượt qua vòng loại với 5 trận thắng.';
    expect(claimAt(text, '5 trận').period).toBeNull();
  });
});

describe('a results title\'s period does not reach the charter capital (engine 60)', () => {
  const title = 'Xi măng Bắc Sơn báo lỗ hơn 40 tỷ đồng 9 tháng';
  it('gives charter capital and leverage no period from the title', () => {
    const body = 'Chỉ có 800 tỷ đồng vốn điều lệ nhưng công ty dùng đòn bẩy vốn hơn 5.000 tỷ đồng. Doanh thu đạt 900 tỷ đồng.';
    expect(datedClaimHolding(body, '800 tỷ đồng', title).period).toBeNull();
    expect(datedClaimHolding(body, '5.000 tỷ đồng', title).period).toBeNull();
    expect(datedClaimHolding(body, '900 tỷ đồng', title).period).toBe('9 tháng đầu năm 2013');
  });
  it('keeps a period the sentence names itself', () => {
    const body = 'Lũy kế 9 tháng, công ty với vốn điều lệ 800 tỷ đồng đã lỗ 40 tỷ đồng.';
    expect(datedClaimHolding(body, '800 tỷ đồng', title).period).toBe('9 tháng đầu năm 2013');
  });
});
