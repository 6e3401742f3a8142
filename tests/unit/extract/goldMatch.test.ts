// The corpus gold scorer's matching (tests/tools/gold-match.ts): the two readings of session 35 — a gold
// subject's bracketed gloss, and an open start — with the pairs they must and must not match.
import { describe, expect, it } from 'vitest';
import { sameMetric, samePeriod, sameSubject } from '../../tools/gold-match';

describe('gold subject with a bracketed gloss: also compared without it', () => {
  it.each([
    ['Hòa Phát (HPG)', 'Tập đoàn Hòa Phát'],
    ['Ga Ba Son (metro số 1 TPHCM)', 'Nhà ga Ba Son'],
    ['Ga Bến Thành (metro số 1 TPHCM)', 'Ga Bến Thành'],
  ])('"%s" ~ "%s"', (gold, extracted) => {
    expect(sameSubject(gold, extracted)).toBe(true);
  });
  it.each([
    // The core is compared word by word, and a one-word core only as a whole.
    ['Úc (Australia)', 'Đức'],
    ['Anh (Vương quốc Anh)', 'Thanh Hóa'],
    ['Lào (CHDCND Lào)', 'Lào Cai'],
    ['Mỹ (Hoa Kỳ)', 'Thẩm mỹ viện'],
    ['Mỹ (khu vực phi nông nghiệp)', 'Mỹ Tho'],
    // Only gold glosses are stripped, and a bare generic head is no core.
    ['Tập đoàn Vingroup', 'Tập đoàn (Hòa Phát)'],
    ['Công ty cổ phần Hòa Phát', 'Công ty (Vinamilk)'],
    ['Tập đoàn (Hòa Phát)', 'Tập đoàn Vingroup'],
  ])('"%s" ≁ "%s"', (gold, extracted) => {
    expect(sameSubject(gold, extracted)).toBe(false);
  });
  it('a one-word core matches itself; the whole gold, gloss included, is compared as before', () => {
    expect(sameSubject('Úc (Australia)', 'Úc')).toBe(true);
    expect(sameSubject('Hòa Phát (HPG)', 'HPG')).toBe(true);
    expect(sameSubject('Chị Lê Thị Thanh Huyền (Thẩm mỹ viện Cát Tường)', 'Thẩm mỹ viện Cát Tường')).toBe(true);
  });
  it('subjects without a gloss: one folded name holds the other', () => {
    expect(sameSubject('Tỉnh Bắc Giang', 'Bắc Giang')).toBe(true);
    expect(sameSubject('Chứng khoán Hoa Kỳ', 'Mỹ')).toBe(true);
    expect(sameSubject('Bắc Giang', 'Bắc Ninh')).toBe(false);
    // Word by word, not letter by letter (session 37).
    expect(sameSubject('Vinacomin', 'Vina')).toBe(false);
    expect(sameSubject('Ông Nam', 'Nam Định')).toBe(false);
    expect(sameSubject('TPHCM', 'TP.HCM')).toBe(true);
    expect(sameSubject('TAND TP.HCM', 'TP.HCM')).toBe(true);
    expect(sameSubject('Sàn Hà Nội (HNX)', 'Hà Nội')).toBe(true);
    expect(sameSubject(null, null)).toBe(true);
    expect(sameSubject('Bắc Giang', null)).toBe(false);
  });
});

describe('gold period with an open start: any start, its end must agree', () => {
  it('{from: null, to: "2012"} matches "đến năm 2012" and "cuối năm 2012"', () => {
    expect(samePeriod({ from: null, to: '2012' }, 'đến năm 2012', 2013)).toBe(true);
    expect(samePeriod({ from: null, to: '2012' }, 'cuối năm 2012', 2013)).toBe(true);
  });
  it('a wrong end, or no extracted period, does not match', () => {
    expect(samePeriod({ from: null, to: '2012' }, 'năm 2013', 2013)).toBe(false);
    expect(samePeriod({ from: null, to: '2012' }, null, 2013)).toBe(false);
  });
  it('an open end matches any end, as before; both null match', () => {
    expect(samePeriod({ from: '2012', to: null }, 'năm 2012', 2013)).toBe(true);
    expect(samePeriod({ from: '2012', to: null }, 'năm 2011', 2013)).toBe(false);
    expect(samePeriod(null, null, 2013)).toBe(true);
  });
});

describe('gold metric (session 41): the extracted phrase shares most of its telling words with the gold', () => {
  it.each([
    ['dung lượng pin', null, 'pin dung lượng'],
    ['thu nội địa hụt so với dự toán', null, 'thu nội địa hụt'],
    ['số huyện nghèo được đầu tư', 'số huyện nghèo được đầu tư — Chương trình 30a', 'huyện nghèo'],
  ])('"%s" ~ "%s"', (gold, about, extracted) => {
    expect(sameMetric(gold, about, extracted)).toBe(true);
  });
  it.each([
    ['thu nội địa hụt', null, 'tỷ đồng'],
    ['dung lượng RAM', null, 'adreno 320 adreno 330 RAM'],
    ['dung lượng pin', null, null],
    ['trần bội chi ngân sách', null, 'lên'],
  ])('"%s" ≁ "%s"', (gold, about, extracted) => {
    expect(sameMetric(gold, about, extracted)).toBe(false);
  });
  it('no gold metric: only an empty phrase agrees', () => {
    expect(sameMetric('', null, null)).toBe(true);
    expect(sameMetric('', null, 'giá bán')).toBe(false);
  });
});
