import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { metricBefore, metricsClash, phraseAt } from '../../../shared/analysis/lexicon';
import { passagesOf, type Passage } from '../../../shared/analysis/passages';
import { yearPartsOf } from '../../../shared/analysis/aligned';
import { figureContexts, scoresOf } from '../../../shared/analysis/sameEvent';
import { fold } from '../../../shared/analysis/normalize';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

// Session 38 (issue 10 (b)): a lexicon of Vietnamese news wordings of one thing, two metrics of one
// template told apart, two parts of a year told apart, and "thua X/Y" read as a score only in a
// sentence of sets or points. Every pair here is written for these tests.

const facts = (f: Finding) => f.facts as unknown as { a: { quote: string }; b: { quote: string } };

/** Conflicts and updates between two articles as the desk finds them (extracted claims included). */
function raised(textA: string, textB: string): string[][] {
  const a = buildDocument(textA, '/tmp/a.txt', '2026-01-01T00:00:00Z');
  const b = buildDocument(textB, '/tmp/b.txt', '2026-01-01T00:00:00Z');
  const articles = [
    { ...a.article, outlet: 'Báo A' },
    { ...b.article, outlet: 'Báo B' },
  ];
  return detectFindings(articles, [...a.claims, ...b.claims])
    .filter((f) => (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1)
    .map((f) => [facts(f).a.quote, facts(f).b.quote].sort());
}

const tokens = (text: string): string[] => fold(text.toLowerCase()).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
const contextsOf = (text: string) => passagesOf(makeArticle('a', text, '2024-04-20T08:00')).flatMap(figureContexts);

describe('the lexicon of news wordings (phraseAt)', () => {
  it('reads wordings of one thing as one head', () => {
    const head = (text: string) => phraseAt(tokens(text), 0)?.head ?? null;
    expect(head('tranh đấu')).toBe(head('thi đấu'));
    expect(head('so tài')).toBe(head('thi đấu'));
    expect(head('số trường hợp')).toBe(head('số ca'));
    expect(head('lãi ròng')).toBe(head('lợi nhuận'));
    expect(head('lập công')).toBe(head('ghi bàn'));
    expect(head('bà con')).toBe(head('người dân'));
    expect(head('tổng sản phẩm trong nước')).toBe('gdp');
    expect(head('giá thuê bao')).toBe(head('gói cước'));
  });

  it('leaves apart what only looks alike: a subscriber and a plan, "lại" for "lãi", revenue and profit', () => {
    const head = (text: string) => phraseAt(tokens(text), 0)?.head ?? null;
    // "thuê bao" alone counts subscribers ("10 triệu thuê bao"), never a plan's price.
    expect(head('thuê bao')).toBeNull();
    expect(head('gói cước')).not.toBeNull();
    expect(head('lại')).toBeNull();
    expect(head('doanh thu')).toBeNull();
  });

  it('gives "58 phút thi đấu" and "68 phút tranh đấu" a telling word in common', () => {
    const a = contextsOf('Tay vợt Malaysia giành thắng lợi 21-17 sau 58 phút thi đấu.').find((c) => c.figure.value === 58);
    const b = contextsOf('Chung cuộc Tiến Minh phải gác vợt với tỉ số 1-2 sau 68 phút tranh đấu.').find((c) => c.figure.value === 68);
    expect(a?.words).toContain('thi đấu');
    expect(b?.words).toContain('thi đấu');
  });

  it('weighs a phrase written alike in both as its words weighed ("xuất khẩu" two words, "XK" the same)', () => {
    const a = contextsOf('Xuất khẩu điện thoại của Samsung tăng 18% trong quý.').find((c) => c.figure.value === 18);
    const b = contextsOf('XK điện thoại của Samsung tăng 22% trong quý.').find((c) => c.figure.value === 22);
    expect(a?.words.filter((w) => w.startsWith('xuất khẩu'))).toHaveLength(2);
    expect(b?.words.filter((w) => w.startsWith('xuất khẩu'))).toHaveLength(1);
  });

  it('counts "trường hợp" as cases, and leaves "trường" alone a school', () => {
    expect(contextsOf('Tỉnh ghi nhận 1.245 trường hợp mắc sốt xuất huyết.').find((c) => c.figure.value === 1245)?.unit).toBe('ca');
    expect(contextsOf('Tỉnh ghi nhận 1.545 ca mắc sốt xuất huyết.').find((c) => c.figure.value === 1545)?.unit).toBe('ca');
    expect(contextsOf('Huyện có 15 trường đạt chuẩn quốc gia.').find((c) => c.figure.value === 15)?.unit).toBe('truong');
  });
});

describe('two metrics of one template (metricBefore)', () => {
  it('reads the head nearest before a figure, not behind another number', () => {
    const t = [...tokens('Doanh thu thuần đạt'), '#', ...tokens('tỷ đồng, lợi nhuận ròng đạt'), '#', ...tokens('tỷ đồng')];
    const at = t.flatMap((w, i) => (w === '#' ? [i] : []));
    expect(at.map((i) => metricBefore(t, i))).toEqual(['revenue', 'profit']);
    const lai = [...tokens('Lãi ròng của công ty trong quý đạt'), '#'];
    expect(metricBefore(lai, lai.length - 1)).toBe('profit');
    const none = [...tokens('Công ty trong quý đạt'), '#'];
    expect(metricBefore(none, none.length - 1)).toBeNull();
  });

  it('clashes only when both figures name a metric and the metrics differ', () => {
    expect(metricsClash('profit', 'revenue')).toBe(true);
    expect(metricsClash('profit', 'profit')).toBe(false);
    expect(metricsClash(null, 'revenue')).toBe(false);
  });

  const VNM_A =
    'Vinamilk báo lãi quý III\n20/10/2024 8:00\n\nVinamilk công bố doanh thu thuần quý III đạt 16.140 tỷ đồng. ' +
    'Lãi ròng của công ty trong quý đạt 2.460 tỷ đồng. Biên lợi nhuận gộp ở mức 41,6%.';
  const vnmB = (sentence: string) =>
    `Vinamilk: doanh thu quý III tăng\n20/10/2024 9:00\n\nTrong quý III, doanh thu thuần của Vinamilk là 16.140 tỷ đồng, biên lợi nhuận gộp 41,6%. ${sentence}`;

  it('raises a profit another outlet words otherwise ("lãi ròng" / "lợi nhuận ròng")', () => {
    expect(raised(VNM_A, vnmB('Lợi nhuận ròng quý này là 2.960 tỷ đồng.'))).toEqual([['2.460 tỷ', '2.960 tỷ']]);
  });

  it('does not set a profit against an export revenue of the other report', () => {
    expect(raised(VNM_A, vnmB('Doanh thu xuất khẩu quý này là 2.960 tỷ đồng.'))).toEqual([]);
  });

  it('does not set exports against imports of one month', () => {
    const a = 'Thương mại tháng 9\n20/10/2024 8:00\n\nTổng cục Hải quan cho biết trong tháng 9, xuất khẩu của cả nước đạt 35,2 tỷ USD. Cán cân thương mại thặng dư 2,1 tỷ USD.';
    const b = 'Hải quan: thương mại tháng 9\n20/10/2024 9:00\n\nTrong tháng 9, cán cân thương mại thặng dư 2,1 tỷ USD, theo Tổng cục Hải quan. Nhập khẩu của cả nước đạt 33,1 tỷ USD.';
    expect(raised(a, b)).toEqual([]);
  });
});

describe('two parts of a year (quý I / 2 tháng đầu năm)', () => {
  const retail = (period: string, value: string) =>
    `Bán lẻ TP.HCM tăng trưởng\n20/4/2024 9:00\n\nTheo Tổng cục Thống kê, tổng mức bán lẻ hàng hóa của TP.HCM trong ${period} đạt ${value} tỷ đồng, tăng 9% so với cùng kỳ năm trước.`;

  it('does not compare a quarter with two months, nor the first half with the third quarter', () => {
    expect(raised(retail('quý I', '320.000'), retail('2 tháng đầu năm', '210.000'))).toEqual([]);
    expect(raised(retail('nửa đầu năm', '610.000'), retail('quý III', '330.000'))).toEqual([]);
  });

  it('still raises a copy that changed the period’s own number ("5 tháng đầu năm" / "3 tháng đầu năm")', () => {
    const found = raised(retail('5 tháng đầu năm', '520.000'), retail('3 tháng đầu năm', '520.000'));
    expect(found.length).toBe(1);
    expect(found[0]).toEqual(['3', '5']);
  });

  it('reads the parts of a year a sentence names (yearPartsOf)', () => {
    const parts = (text: string) => [...yearPartsOf(passagesOf(makeArticle('a', `Tin\n${text}`, '2024-04-20T08:00')).at(-1) as Passage)].sort();
    expect(parts('Trong quý II, xuất khẩu đạt 90 tỷ USD.')).toEqual(['4-6']);
    expect(parts('Trong 9 tháng đầu năm, xuất khẩu đạt 270 tỷ USD.')).toEqual(['1-9']);
    expect(parts('Trong nửa cuối năm, xuất khẩu đạt 190 tỷ USD.')).toEqual(['7-12']);
    // "Tháng 4/2024" dates the news; "8 năm" is a length of years, not a part of one.
    expect(parts('Tháng 4/2024, Ban Chỉ đạo công bố Chỉ số năm 2023, tỉnh đạt 91,16%.')).toEqual([]);
    expect(parts('Sau 8 năm thực hiện nghị quyết, tỉnh đạt 40 chỉ tiêu.')).toEqual([]);
  });

  it('still raises one period written two ways ("quý I" / "quý 1", "6 tháng đầu năm" / "nửa đầu năm")', () => {
    expect(raised(retail('quý I', '320.000'), retail('quý 1', '380.000'))).toEqual([['320.000 tỷ', '380.000 tỷ']]);
    expect(raised(retail('6 tháng đầu năm', '610.000'), retail('nửa đầu năm', '670.000'))).toEqual([['610.000 tỷ', '670.000 tỷ']]);
  });
});

describe('"thua X/Y" is a score only in a sentence of sets or points', () => {
  const sentence = (text: string) => makeArticle('a', `Tin thể thao\n${text}`, '2024-04-20T08:00');
  const scoreContexts = (text: string) => contextsOf(text).filter((c) => c.unit === 'score').map((c) => `${c.figure.value}-${c.second}`);

  it('reads no score in a season told as a ratio ("thua 4/15.")', () => {
    expect(scoreContexts('Mùa giải năm nay đội bóng chuyền nữ thua 4/15.')).toEqual([]);
    expect(scoresOf(sentence('Mùa giải năm nay đội bóng chuyền nữ thua 4/15.'))).toEqual([]);
    // Nor "thời điểm" for points.
    expect(scoreContexts('Tính đến thời điểm này, đội thua 4/15.')).toEqual([]);
  });

  it('reads a score with a set or points in the sentence, or a word of how it was lost', () => {
    expect(scoreContexts('Tiến Minh để đối phương ghi liền 5 điểm trước khi thua 18/21.')).toEqual(['18-21']);
    expect(scoreContexts('Tiến Minh thua 7/21 ở séc quyết định.')).toEqual(['7-21']);
    expect(scoreContexts('Tiến Minh thua đậm 9/21.')).toEqual(['9-21']);
    expect(scoresOf(sentence('Tiến Minh thua 7/21 ở séc quyết định.'))).toEqual(['7-21']);
  });

  it('reads no score in "thắng 18/18" (every one of eighteen: a set is never drawn)', () => {
    expect(scoreContexts('Ứng viên này thắng 18/18.')).toEqual([]);
  });
});

describe('near misses that stay quiet', () => {
  it('does not read two matches of one evening as one goal told twice', () => {
    const a =
      'Champions League: Arsenal thắng\n20/4/2024 05:00\n\nRạng sáng nay, Arsenal thắng Bayern 2-0 ở lượt đi tứ kết Champions League. Saka mở tỷ số ở phút 12, Havertz ấn định chiến thắng ở phút 80.';
    const b =
      'Champions League: Real thắng\n20/4/2024 05:30\n\nRạng sáng nay, Real Madrid thắng Man City 2-0 ở lượt đi tứ kết Champions League. Vinicius mở tỷ số ở phút 15, Bellingham ấn định chiến thắng ở phút 80.';
    expect(raised(a, b)).toEqual([]);
  });

  it('does not set "thắng 14/18 xã" against "18 điểm"', () => {
    const a = 'Kết quả bầu cử huyện\n20/4/2024 8:00\n\nỨng cử viên Nguyễn Văn An thắng 14/18 xã trong huyện Đức Thọ. Tỷ lệ cử tri đi bầu đạt 98,5%.';
    const b = 'Bầu cử huyện Đức Thọ\n20/4/2024 9:00\n\nTỷ lệ cử tri đi bầu ở huyện Đức Thọ đạt 98,5%. Ứng cử viên Nguyễn Văn An được 18 điểm tín nhiệm, thắng ở 14 xã.';
    expect(raised(a, b)).toEqual([]);
  });
});
