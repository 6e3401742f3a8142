import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { abbreviationWords, CITY_NAME, codeName, commonWordsCode, contentTokens, describeMetric, spelledOutCodes } from '../../../shared/analysis/normalize';
import { differentThings } from '../../../shared/analysis/aligned';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { passagesOf } from '../../../shared/analysis/passages';
import type { Finding } from '../../../shared/schema';
import { buildDocument } from '../../../shared/document';
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

  it('reads a code in capitals as a name by itself unless it abbreviates common words ("NSNN", "DN", "HĐND", "TP"); "TPHCM" is the city', () => {
    expect(codeName('NSNN')).toBeNull();
    expect(codeName('DN')).toBeNull();
    expect(codeName('TP')).toBeNull();
    expect(codeName('TPHCM')).toBe(CITY_NAME);
    // A bare "HCM" stays the code it is (as before): it is no "Hồ Chí Minh" of a museum or a road.
    expect(codeName('HCM')).toBe('hcm');
    expect(codeName('VNM')).toBe('vnm');
    expect(codeName('GDP')).toBe('gdp');
    expect(commonWordsCode('BHXH')).toBe('bhxh');
    expect(commonWordsCode('HĐND')).toBe('hdnd');
    expect(commonWordsCode('VNM')).toBeNull();
    expect(spelledOutCodes('Tổng thu ngân sách nhà nước và Bảo hiểm xã hội')).toEqual(['nsnn', 'bhxh']);
    expect(spelledOutCodes('ngân sách của nhà nước')).toEqual([]);
  });

  it('keeps two sentences apart by their names: the city is not "Bảo tàng Hồ Chí Minh", "BHXH" is not "BHYT"; "NSNN" meets its words', () => {
    expect(differentThings('Bảo tàng Hồ Chí Minh đón 1,2 triệu khách', 'TP.HCM đón 1,5 triệu khách')).toBe(true);
    expect(differentThings('đường Hồ Chí Minh dài 120 km', 'đường vành đai TP HCM dài 76 km')).toBe(true);
    expect(differentThings('Thành phố Hồ Chí Minh đón 1,2 triệu khách', 'TP HCM đón 1,5 triệu khách')).toBe(false);
    expect(differentThings('TPHCM đón 1,2 triệu khách', 'TP. Hồ Chí Minh đón 1,5 triệu khách')).toBe(false);
    expect(differentThings('tỷ lệ bao phủ BHXH đạt 38,1%', 'tỷ lệ bao phủ BHYT đạt 92%')).toBe(true);
    expect(differentThings('Theo Bảo hiểm xã hội, tỷ lệ bao phủ BHXH đạt 38,1%', 'Theo Bảo hiểm xã hội, tỷ lệ bao phủ BHYT đạt 92%')).toBe(true);
    expect(differentThings('Theo Bộ Tài chính, thu NSNN đạt 790.800 tỷ', 'Theo Bộ Tài chính, thu ngân sách nhà nước đạt 770.500 tỷ, Quốc hội cho biết')).toBe(false);
    expect(differentThings('Theo Bộ Tài chính, thu NSNN đạt 790.800 tỷ', 'Theo Bộ Tài chính, dư nợ của NHNN đạt 770.500 tỷ, Quốc hội cho biết')).toBe(true);
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

/** Two articles through the real pipeline (extractor claims + engine), as the desk runs them. */
function conflicts(ta: string, tb: string): string[] {
  const docs = (
    [
      [ta, 'a', '2013-10-23T17:00', 'Báo A'],
      [tb, 'b', '2013-10-23T19:00', 'Báo B'],
    ] as const
  ).map(([t, id, at, o]) => {
    const d = buildDocument(t, `${id}.txt`, '2024-06-01T00:00:00Z');
    return { art: { ...d.article, publishedAt: at, outlet: o }, claims: d.claims };
  });
  return detectFindings(docs.map((d) => d.art), docs.flatMap((d) => d.claims))
    .filter((f) => f.type === 'conflict')
    .map((f) => {
      const x = f.facts as unknown as { a?: { quote: string }; b?: { quote: string } };
      return `${f.rule}: ${x.a?.quote} | ${x.b?.quote}`;
    });
}

const HEARING_LEAD = (lead: string) =>
  `Quốc hội bàn ngân sách\nBộ trưởng Đinh Tiến Dũng cho biết ${lead} 790.800 tỷ đồng. Bội chi ngân sách được nâng lên 5,3% GDP, ` +
  'nợ công ở mức 56,2% GDP theo báo cáo của Chính phủ.';
const INSURANCE = (x: string) =>
  `Bảo hiểm năm 2022\nTheo Bảo hiểm xã hội Việt Nam, đến hết năm 2022 ${x}, tăng 1,3 điểm phần trăm so với năm trước. ` +
  'Quỹ chi trả cho 2,2 triệu lượt người hưởng, tổng số tiền 45.000 tỷ đồng.';
const HOLIDAY = (x: string) =>
  `Du lịch dịp lễ 2/9\nTheo Tổng cục Du lịch, trong 4 ngày nghỉ lễ, ${x}, doanh thu du lịch cả nước đạt 22.000 tỷ đồng, tăng 25% so với cùng kỳ.`;

describe('review s33-samevent: the city, codes of two things, the budget side read near the figure', () => {
  it('BUG 1: "Bảo tàng Hồ Chí Minh" or "Lăng Chủ tịch Hồ Chí Minh" is not "TP.HCM" (two facts)', () => {
    expect(conflicts(HOLIDAY('Bảo tàng Hồ Chí Minh đón 1,2 triệu lượt khách'), HOLIDAY('TP.HCM đón 1,5 triệu lượt khách'))).toEqual([]);
    expect(conflicts(HOLIDAY('Lăng Chủ tịch Hồ Chí Minh đón 120.000 lượt khách'), HOLIDAY('TP.HCM đón 150.000 lượt khách quốc tế'))).toEqual([]);
  });

  it('BUG 1: still meets the city across its spellings ("TP HCM" / "Thành phố Hồ Chí Minh", "TPHCM" / "TP. Hồ Chí Minh")', () => {
    expect(conflicts(HOLIDAY('TP HCM đón 1,2 triệu lượt khách'), HOLIDAY('Thành phố Hồ Chí Minh đón 1,5 triệu lượt khách'))).toEqual([
      'aligned-passage: 1,2 triệu | 1,5 triệu',
    ]);
    expect(conflicts(HOLIDAY('TPHCM đón 1,2 triệu lượt khách'), HOLIDAY('TP. Hồ Chí Minh đón 1,5 triệu lượt khách'))).toEqual([
      'aligned-passage: 1,2 triệu | 1,5 triệu',
    ]);
  });

  it('BUG 2: "BHXH" coverage and "BHYT" coverage are two facts', () => {
    expect(conflicts(INSURANCE('tỷ lệ bao phủ BHXH đạt 38,1% lực lượng lao động'), INSURANCE('tỷ lệ bao phủ BHYT đạt 92,0% dân số'))).toEqual([]);
  });

  it('BUG 3: a revenue figure after an earlier "tổng chi ngân sách" in the sentence is still revenue', () => {
    expect(conflicts(HEARING_LEAD('tổng chi ngân sách tăng, trong khi số thu của ngân sách nhà nước chỉ đạt'), hearing('770.500'))).toContain(
      'aligned-passage: 790.800 tỷ | 770.500 tỷ',
    );
  });

  it('NOTE: "HĐND" and "BĐS" abbreviate common words as "HDND" and "BDS" do', () => {
    expect(codeName('HĐND')).toBeNull();
    expect(codeName('BĐS')).toBeNull();
  });
});

describe('the side of a budget read from the words nearest the figure (review s33-samevent BUG 3 and note 3)', () => {
  const flow = (sentence: string, value: number): string | null | undefined => {
    const a = makeArticle('a', `Ngân sách\n${sentence}`, null);
    return passagesOf(a).flatMap(figureContexts).find((x) => x.figure.value === value)?.flow;
  };

  it('reads revenue from "số thu" and "thu nội địa" even after an earlier "tổng chi ngân sách", spending from "khoản chi thường xuyên"', () => {
    expect(flow('Tổng chi ngân sách tăng, trong khi số thu của ngân sách nhà nước chỉ đạt 790.800 tỷ đồng.', 790_800e9)).toBe('revenue');
    expect(flow('Tổng chi ngân sách tăng mạnh, còn thu nội địa đạt 650.000 tỷ đồng.', 650_000e9)).toBe('revenue');
    expect(flow('Tổng thu ngân sách giảm, trong khi các khoản chi thường xuyên lên tới 500.000 tỷ đồng.', 500_000e9)).toBe('spending');
    expect(flow('Bội chi ngân sách ở mức 224.000 tỷ đồng.', 224_000e9)).toBe('deficit');
  });

  it('reads no budget side from "tổng thu nhập", "thu hút", "Tổng thư ký", a firm\'s "tổng chi phí" or "doanh thu"', () => {
    expect(flow('Tổng thu nhập từ dầu thô đạt 79.800 tỷ đồng.', 79_800e9)).toBeNull();
    expect(flow('Năm nay tổng thu hút vốn FDI đạt 20.000 tỷ đồng.', 20_000e9)).toBeNull();
    expect(flow('Theo Tổng thư ký Quốc hội, dự án cần 12.000 tỷ đồng.', 12_000e9)).toBeNull();
    expect(flow('Công ty cho biết tổng chi phí khai thác là 77.500 tỷ đồng.', 77_500e9)).toBeNull();
    expect(flow('Tổng chi ngân sách tăng, còn doanh thu của tập đoàn đạt 5.000 tỷ đồng.', 5_000e9)).toBeNull();
  });
});
