import { describe, expect, it } from 'vitest';
import { roundingApart, tokenizeSentence, type Figure } from '../../../shared/analysis/figures';
import { raisedBetween } from './helpers';

/** The figure of a number written alone. */
const fig = (n: string, unit = 'người'): Figure => {
  const s = `có ${n} ${unit}`;
  return tokenizeSentence(s, 0, s.length).figures[0] as Figure;
};

describe('a whole number under a hundred is not rounded to its tens (sentences written for this test)', () => {
  it.each([
    ['10', '11'],
    ['9', '10'],
    ['30', '31'],
    ['90', '89'],
  ])('“%s” and “%s” are two figures', (a, b) => {
    expect(roundingApart(fig(a), fig(b))).toBe(false);
  });

  it.each([
    ['400', '399'],
    ['250', '249'],
    ['1.200', '1.198'],
    ['2.000', '1.995'],
  ])('“%s” may be “%s” rounded', (a, b) => {
    expect(roundingApart(fig(a), fig(b))).toBe(true);
  });

  it('a share with decimals may still be rounded to a round ten ("30%" for "29,4%"), not to another whole number', () => {
    expect(roundingApart(fig('30', '%'), fig('29,4', '%'))).toBe(true);
    expect(roundingApart(fig('30', '%'), fig('31', '%'))).toBe(false);
  });

  it('a copy that changes "10 huyện" to "11 huyện" or a minute 30 to 31 is caught', () => {
    const county = (n: string) => `Theo Sở Nông nghiệp, đến nay toàn tỉnh đã có ${n} huyện đạt chuẩn nông thôn mới, tổng vốn huy động đạt 1.200 tỷ đồng.\n`;
    expect(raisedBetween(county('10'), county('11'), 'aligned-passage')).toEqual([['10', '11']]);
    const goal = (n: string) => `Đội khách mở tỷ số ở phút ${n} sau một pha phản công nhanh, trước khi bị gỡ hòa 1-1 ở hiệp hai.\n`;
    expect(raisedBetween(goal('30'), goal('31'), 'aligned-passage')).toEqual([['30', '31']]);
    expect(raisedBetween(county('10'), county('10'))).toEqual([]);
  });
});
