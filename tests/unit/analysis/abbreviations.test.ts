import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { abbreviationWords, codeName, contentTokens, describeMetric } from '../../../shared/analysis/normalize';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { passagesOf } from '../../../shared/analysis/passages';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

describe('abbreviations newsrooms write for the same words (issue 10, point 2)', () => {
  it('gives the same metric words for "NSNN" / "ngân sách nhà nước", "DN" / "doanh nghiệp", "BHXH" / "bảo hiểm xã hội"', () => {
    expect(contentTokens('tổng thu NSNN')).toEqual(contentTokens('tổng thu ngân sách nhà nước'));
    expect(describeMetric('số DN thành lập mới').tokens).toEqual(describeMetric('số doanh nghiệp thành lập mới').tokens);
    expect(contentTokens('số người đóng BHXH')).toEqual(contentTokens('số người đóng bảo hiểm xã hội'));
  });

  it('gives the same words for "TP.HCM", "TP HCM", "TPHCM", "TP Hồ Chí Minh" and "Thành phố Hồ Chí Minh"', () => {
    const city = contentTokens('Thành phố Hồ Chí Minh');
    for (const s of ['TP.HCM', 'TP HCM', 'TPHCM', 'TP Hồ Chí Minh', 'tp. Hồ Chí Minh']) expect(contentTokens(s)).toEqual(city);
  });

  it('leaves alone what only looks like one: "DNSE", "HCMC", "TP Cần Thơ", a word that holds the letters', () => {
    expect(contentTokens('cổ phiếu DNSE')).toContain('dnse');
    expect(contentTokens('HCMC')).toEqual(['hcmc']);
    // "TP" is "thành phố" only before the city's name: "TP Cần Thơ" stays as written.
    expect(contentTokens('TP Cần Thơ')).toEqual(['can', 'tho', 'tp']);
    expect(contentTokens('dnnvv')).toEqual(['dnnvv']);
    expect(abbreviationWords('dnse')).toBeNull();
    expect(abbreviationWords('nsnn')).toEqual(['ngan', 'sach', 'nha', 'nuoc']);
  });

  it('reads a code in capitals as a name unless it abbreviates common words ("NSNN", "DN", "TP"); "HCM" names the city', () => {
    expect(codeName('NSNN')).toBeNull();
    expect(codeName('DN')).toBeNull();
    expect(codeName('TP')).toBeNull();
    expect(codeName('HCM')).toBe('hồ chí minh');
    expect(codeName('TPHCM')).toBe('hồ chí minh');
    expect(codeName('VNM')).toBe('vnm');
    expect(codeName('GDP')).toBe('gdp');
  });

  it('gives a same-event figure the words its abbreviation stands for ("thu NSNN 790.800 tỷ" has "ngân sách nhà nước")', () => {
    const a = makeArticle('a', 'Ngân sách\nNăm 2013, thu NSNN đạt 790.800 tỷ đồng.', null);
    const c = passagesOf(a).flatMap(figureContexts).find((x) => x.figure.value === 790_800e9);
    expect(c?.words).toEqual(expect.arrayContaining(['sach', 'nha', 'nuoc', 'thu']));
    expect(c?.words).not.toContain('nsnn');
    expect(c?.flow).toBe('revenue');
  });
});

// Two reports of one budget hearing: one writes "NSNN", the other spells it out.
const HEARING =
  'Quốc hội bàn ngân sách\nBộ trưởng Đinh Tiến Dũng cho biết năm 2013 tổng thu NSNN chỉ đạt 790.800 tỷ đồng. Bội chi ngân sách được nâng lên 5,3% GDP, ' +
  'nợ công ở mức 56,2% GDP theo báo cáo của Chính phủ.';
const hearing = (x: string) =>
  `Ngân sách 2013 hụt thu\nNgười đứng đầu ngành tài chính, ông Đinh Tiến Dũng, nói tổng thu ngân sách nhà nước của cả năm là ${x} tỷ đồng, thấp hơn dự toán. ` +
  'Theo báo cáo của Chính phủ, bội chi ngân sách lên 5,3% GDP và nợ công ở mức 56,2% GDP.';
const facts = (f: Finding) => f.facts as unknown as { basis?: string; a: { quote: string }; b: { quote: string } };
function quotes(a: string, b: string): string[][] {
  return detectFindings([makeArticle('a', a, '2013-10-23T17:00', 'Báo A'), makeArticle('b', b, '2013-10-23T19:00', 'Báo B')], [])
    .filter((f) => f.rule === 'aligned-passage')
    .map((f) => [f.type, facts(f).basis ?? '', facts(f).a.quote, facts(f).b.quote]);
}

describe('same-event comparison across an abbreviation and a budget side', () => {
  it('flags "tổng thu NSNN … 790.800 tỷ" / "tổng thu ngân sách nhà nước … 770.500 tỷ"', () => {
    expect(quotes(HEARING, hearing('770.500'))).toEqual([['conflict', 'same-event', '790.800 tỷ', '770.500 tỷ']]);
  });

  it('stays quiet when the revenue agrees', () => {
    expect(quotes(HEARING, hearing('790.800'))).toEqual([]);
  });

  it('never takes spending for revenue ("tổng chi NSNN" / "tổng chi ngân sách nhà nước" beside "tổng thu ngân sách nhà nước")', () => {
    expect(quotes(HEARING.replace('tổng thu NSNN', 'tổng chi NSNN'), hearing('770.500'))).toEqual([]);
    expect(quotes(HEARING.replace('tổng thu NSNN', 'tổng chi ngân sách nhà nước'), hearing('770.500'))).toEqual([]);
  });
});
