import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import type { Article, Claim } from '../../../shared/schema';
import { labelledParts } from '../../../shared/analysis/internal/repeated';
import { makeArticle, makeClaim, type ClaimFields } from './helpers';

/**
 * Pairs that share a head noun but are different figures, as the real extractor gives them (short
 * metrics such as "hồ sơ"): none may be reported, while the genuine cases next to them still are.
 */

const BG = { subject: 'Bắc Giang', period: null };

describe('precision: different figures inside one article', () => {
  it('never compares items of one enumeration (cấp tỉnh / huyện / xã)', () => {
    const a = makeArticle(
      'en',
      'Năm 2024, tỉnh phấn đấu hơn 95% hồ sơ công việc tại cấp tỉnh, 85% hồ sơ tại cấp huyện và 65% hồ sơ tại cấp xã được xử lý trên môi trường mạng.',
      '2024-05-08',
    );
    const base = { ...BG, kind: 'percent' as const, unit: '%', modality: 'target' as const, period: 'năm 2024' };
    const claims = [
      makeClaim(a, 'hơn 95%', { ...base, value: 95, qualifier: 'more_than', metric: 'hồ sơ công việc' }),
      makeClaim(a, '85%', { ...base, value: 85, metric: 'hồ sơ' }),
      makeClaim(a, '65%', { ...base, value: 65, metric: 'hồ sơ' }),
    ];
    expect(detectFindings([a], claims)).toEqual([]);
  });

  it('keeps online and in-person counts apart even in separate sentences', () => {
    const a = makeArticle('ch', 'Quý I, tỉnh tiếp nhận trực tuyến 3.215 hồ sơ. Cũng trong quý I, tỉnh tiếp nhận trực tiếp 62.883 hồ sơ.', null);
    const base = { ...BG, kind: 'count' as const, unit: 'hồ sơ', metric: 'hồ sơ', period: 'quý I/2021' };
    const claims = [makeClaim(a, '3.215 hồ sơ', { ...base, value: 3215 }), makeClaim(a, '62.883 hồ sơ', { ...base, value: 62883 })];
    expect(detectFindings([a], claims)).toEqual([]);
  });

  it('does not read a whole and its successful part as two values ("35.299 lượt … thành công 25.624 lượt")', () => {
    const a = makeArticle('ok', 'Tổng số lượt tra cứu đạt 35.299 lượt. Trong tháng, khai thác thành công 25.624 lượt.', null);
    const base = { ...BG, kind: 'count' as const, unit: 'lượt', metric: 'lượt', period: 'tháng 9/2023' };
    const claims = [makeClaim(a, '35.299 lượt', { ...base, value: 35299 }), makeClaim(a, '25.624 lượt', { ...base, value: 25624 })];
    expect(detectFindings([a], claims)).toEqual([]);
  });

  it('does not compare a figure in brackets with another one, nor figures of differently named things', () => {
    const a = makeArticle(
      'st',
      'Ga Nhà hát được thiết kế với chiều dài 190m, rộng trung bình 26m. Khu vực ga ngầm thuộc Nhà ga Ba Son được thiết kế dài 240m, rộng trung bình khoảng 35m.',
      null,
    );
    const base = { subject: 'TP. Hồ Chí Minh', period: null, kind: 'measure' as const, unit: 'm', metric: 'rộng trung bình' };
    const claims = [makeClaim(a, '26m', { ...base, value: 26 }), makeClaim(a, 'khoảng 35m', { ...base, value: 35, qualifier: 'approx' })];
    expect(detectFindings([a], claims)).toEqual([]);
  });

  it('does not compare figures of different numbered parts ("tầng B1" / "Tầng 1", "giai đoạn 1" / "giai đoạn 2"), and still compares one part restated', () => {
    const base = { subject: 'TP.HCM', period: null, kind: 'count' as const, unit: 'máy bán', metric: 'máy bán vé tự động' };
    const floors = makeArticle(
      'ga',
      'Trong đó, tầng B1 là khu vực phục vụ hành khách với 10 máy bán vé tự động, 2 cổng kiểm soát vé. Tầng 1 sẽ là khu vực phục vụ hành khách với 14 máy bán vé tự động, được chia đều ở 2 đầu nhà ga.',
      '2013-10-23',
    );
    expect(detectFindings([floors], [makeClaim(floors, '10 máy bán', { ...base, value: 10 }), makeClaim(floors, '14 máy bán', { ...base, value: 14 })])).toEqual([]);
    const phases = makeArticle('gd', 'Giai đoạn 1 của dự án có 12 máy bán vé tự động. Trong giai đoạn 2, dự án có 20 máy bán vé tự động.', '2013-10-23');
    expect(detectFindings([phases], [makeClaim(phases, '12 máy bán', { ...base, value: 12 }), makeClaim(phases, '20 máy bán', { ...base, value: 20 })])).toEqual([]);
    // The same floor restated with another value is still one figure said twice.
    const same = makeArticle('gs', 'Tầng B1 của nhà ga có 10 máy bán vé tự động. Cuối bài, tầng B1 của nhà ga có 14 máy bán vé tự động.', '2013-10-23');
    const restated = detectFindings([same], [makeClaim(same, '10 máy bán', { ...base, value: 10 }), makeClaim(same, '14 máy bán', { ...base, value: 14 })]);
    expect(restated.map((f) => f.rule)).toEqual(['same-fact-values']);
  });

  it('reads labelled parts as written: the noun in any case, the label kept whole', () => {
    // The labels each noun is given.
    const parts = (sentence: string) => Object.fromEntries([...labelledParts(sentence)].map(([noun, labels]) => [noun, [...labels]]));
    expect(parts('Tầng 1 sẽ là khu vực phục vụ; tầng B1 và khu A, giai đoạn II, tuyến số 2, vòng thứ 3, tầng hầm B2.')).toEqual({
      tang: ['1', 'b1', 'b2'],
      khu: ['a'],
      'giai doan': ['2'],
      tuyen: ['2'],
      vong: ['3'],
    });
    // A label followed by a noun is still a label; the next part is read too; roman numerals and a
    // basement floor ("tầng hầm") as one noun (review 2 of s34-lead, A1–A2 and notes).
    expect(parts('Giai đoạn 1 dự án, phường 1 quận 3, khu A quận 5, tầng thứ 5 tòa nhà, giai đoạn VIII, tầng hầm B1.')).toEqual({
      'giai doan': ['1', '8'],
      phuong: ['1'],
      quan: ['3', '5'],
      khu: ['a'],
      tang: ['5', 'b1'],
    });
    expect([...labelledParts('Lớp học có 2023 em; khu vực Tây Nguyên; những tầng lớp xã hội.')]).toEqual([]);
    expect([...labelledParts('Xong trong vòng 10 ngày trên lô 500 m2 của khu 1.000 ha.')]).toEqual([]);
  });

  it('real labels followed by a noun still tell two figures apart; a claim that is a range after "vòng" is still compared (review 2 of s34-lead, A1–A3)', () => {
    const base = { subject: 'TP.HCM', period: null, kind: 'count' as const, unit: 'máy', metric: 'máy bán vé' };
    const pairs: Array<[string, string]> = [
      ['Giai đoạn 1 dự án có 10 máy bán vé.', 'Giai đoạn 2 dự án có 14 máy bán vé.'],
      ['Tầng 1 nhà ga có 10 máy bán vé.', 'Tầng 2 nhà ga có 14 máy bán vé.'],
      ['Phường 1 quận 3 có 10 máy bán vé.', 'Phường 1 quận 5 có 14 máy bán vé.'],
      ['Khu A quận 3 có 10 máy bán vé.', 'Khu A quận 5 có 14 máy bán vé.'],
      // A time word after the label that is a time of its own, not the number's unit (review 3, L1).
      ['Đợt 1 năm nay có 10 máy bán vé.', 'Đợt 2 năm nay có 14 máy bán vé.'],
      ['Tại quận 1 ngày 12/3 có 10 máy bán vé.', 'Tại quận 3 ngày 12/3 có 14 máy bán vé.'],
      ['Lớp 10 năm học này có 10 máy bán vé.', 'Lớp 12 năm học này có 14 máy bán vé.'],
      ['Hiệp 1 phút thứ 20 có 10 máy bán vé.', 'Hiệp 2 phút thứ 20 có 14 máy bán vé.'],
    ];
    for (const [x, y] of pairs) {
      const a = makeArticle('lb', `${x} ${y}`, '2024-03-08');
      const found = detectFindings([a], [makeClaim(a, '10 máy', { ...base, value: 10 }), makeClaim(a, '14 máy', { ...base, value: 14 })]);
      expect(found.map((f) => f.rule), `${x} / ${y}`).toEqual([]);
    }
    const days = { subject: 'Hà Nội', period: null, kind: 'duration' as const, unit: 'ngày', metric: 'giải quyết hồ sơ' };
    const r = makeArticle('rg', 'Hồ sơ được giải quyết trong vòng 5-7 ngày làm việc. Cuối bài, hồ sơ được giải quyết trong vòng 10-15 ngày làm việc.', '2024-03-08');
    const ranges = detectFindings([r], [makeClaim(r, '5-7 ngày', { ...days, value: 5, upper: 7 }), makeClaim(r, '10-15 ngày', { ...days, value: 10, upper: 15 })]);
    expect(ranges.map((f) => f.rule)).toEqual(['same-fact-values']);
  });

  it('still compares one figure restated when a number after a part noun is a count, or one part is written two ways (review of s34-lead, bugs 1–2)', () => {
    const rule = (a: Article, x: string, y: string, base: Omit<ClaimFields, 'value'>, vx: number, vy: number) =>
      detectFindings([a], [makeClaim(a, x, { ...base, value: vx }), makeClaim(a, y, { ...base, value: vy })]).map((f) => f.rule);
    const tower = { subject: 'Hà Nội', period: null, kind: 'count' as const, unit: 'tầng', metric: 'tòa tháp' };
    const t = makeArticle('tt', 'Dự án có tòa tháp 68 tầng ở trung tâm. Cuối bài, dự án có tòa tháp 72 tầng ở trung tâm.', '2024-03-08');
    expect(rule(t, '68 tầng', '72 tầng', tower, 68, 72)).toEqual(['same-fact-values']);
    const days = { subject: 'Hà Nội', period: null, kind: 'duration' as const, unit: 'ngày', metric: 'giải quyết hồ sơ' };
    const d = makeArticle('dd', 'Hồ sơ được giải quyết trong vòng 10 ngày làm việc. Cuối bài, hồ sơ được giải quyết trong vòng 15 ngày làm việc.', '2024-03-08');
    expect(rule(d, '10 ngày', '15 ngày', days, 10, 15)).toEqual(['same-fact-values']);
    const phase = { subject: 'Hà Nội', period: null, kind: 'count' as const, unit: 'máy bán', metric: 'máy bán vé tự động' };
    const p = makeArticle('pp', 'Giai đoạn 1 của dự án có 12 máy bán vé tự động. Cuối bài, giai đoạn I của dự án có 20 máy bán vé tự động.', '2024-03-08');
    expect(rule(p, '12 máy bán', '20 máy bán', phase, 12, 20)).toEqual(['same-fact-values']);
  });

  it('reads three or more values of one metric in an article as a series, not as inconsistencies', () => {
    const text =
      'Chuyển đổi số nhằm phát triển chính quyền số có thể đóng góp giá trị tương đương 1% GRDP của tỉnh. Chuyển đổi số nhằm phát triển kinh tế số có thể đóng góp giá trị tương đương 20% GRDP của tỉnh. Còn chuyển đổi số nhằm phát triển xã hội số có thể đóng góp giá trị tương đương 3% GRDP của tỉnh.';
    const a = makeArticle('se', text, null);
    const base = { ...BG, kind: 'percent' as const, unit: '%', metric: 'GRDP của tỉnh' };
    const claims = [makeClaim(a, '1%', { ...base, value: 1 }), makeClaim(a, '20%', { ...base, value: 20 }), makeClaim(a, '3%', { ...base, value: 3 })];
    expect(detectFindings([a], claims)).toEqual([]);
  });

  it('does not compare a state before a change with the state after it ("Sau khi thành lập, …")', () => {
    const text = 'Huyện Yên Định có 26 đơn vị hành chính cấp xã, gồm 24 xã và 2 thị trấn.\n\nSau khi thành lập, tỉnh có 559 đơn vị hành chính cấp xã. Trong đó, huyện Yên Định có 26 đơn vị hành chính cấp xã, gồm 22 xã và 4 thị trấn.';
    const a = makeArticle('yd', text, null);
    const base = { subject: 'Thanh Hóa', period: null, kind: 'count' as const, unit: 'thị trấn', metric: 'thị trấn' };
    const claims = [makeClaim(a, '2 thị trấn', { ...base, value: 2 }), makeClaim(a, '4 thị trấn', { ...base, value: 4 })];
    expect(detectFindings([a], claims)).toEqual([]);
  });

  it('still reports one figure restated with another value in the same wording', () => {
    const text = 'Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 80%. Cuối bài, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 85%.';
    const a = makeArticle('rs', text, '2024-03-08');
    const base = { ...BG, kind: 'percent' as const, unit: '%', metric: 'tỷ lệ hồ sơ trực tuyến' };
    const findings = detectFindings([a], [makeClaim(a, '80%', { ...base, value: 80 }), makeClaim(a, '85%', { ...base, value: 85 })]);
    expect(findings.map((f) => f.rule)).toEqual(['same-fact-values']);
  });
});

describe('precision: different figures across articles', () => {
  it('does not call "tỷ lệ hồ sơ trực tuyến" and "tỷ lệ hồ sơ trực tuyến toàn trình" an update', () => {
    const a = makeArticle('u1', 'Tỷ lệ hồ sơ trực tuyến đạt gần 80%.', '2024-03-08');
    const b = makeArticle('u2', 'Kết quả trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến toàn trình đạt 98,79%.', '2024-05-08');
    const ca = makeClaim(a, 'gần 80%', { ...BG, kind: 'percent', unit: '%', value: 80, qualifier: 'approx', metric: 'tỷ lệ hồ sơ trực tuyến' });
    const cb = makeClaim(b, '98,79%', { ...BG, kind: 'percent', unit: '%', value: 98.79, metric: 'tỷ lệ hồ sơ trực tuyến toàn trình' });
    expect(detectFindings([a, b], [ca, cb])).toEqual([]);
  });

  it('does not match essential services integrated with fully online services on a shared head noun', () => {
    const a = makeArticle('s1', 'Tỉnh tích hợp 25/25 dịch vụ công thiết yếu lên Cổng dịch vụ công quốc gia.', '2024-03-08');
    const b = makeArticle('s2', 'Hiện tổng số dịch vụ công trực tuyến toàn trình của tỉnh là 827 dịch vụ công và đã được tích hợp.', '2024-05-08');
    const ca = makeClaim(a, '25/25 dịch vụ', { ...BG, kind: 'ratio', value: 25, total: 25, unit: 'dịch vụ', metric: 'dịch vụ công thiết yếu lên cổng dịch' });
    const cb = makeClaim(b, '827 dịch vụ', { ...BG, kind: 'count', value: 827, unit: 'dịch vụ', metric: 'dịch vụ công' });
    expect(detectFindings([a, b], [ca, cb])).toEqual([]);
  });

  it('never compares ranks in different indexes, and compares ranks in one index', () => {
    const a = makeArticle(
      'r1',
      'Trong 3 năm liên tiếp, tỉnh Bắc Giang đứng trong nhóm 10 tỉnh, thành phố về chỉ số chuyển đổi số (CĐS). Đồng thời, dẫn đầu cả nước ở chỉ số thành phần “Xây dựng và phát triển chính quyền điện tử, chính quyền số” trong chỉ số cải cách hành chính cấp tỉnh.',
      '2024-03-08',
    );
    const b = makeArticle(
      'r2',
      'Tháng 4/2024, Chính phủ công bố Chỉ số CCHC năm 2023, tỉnh Bắc Giang đạt 91,16% và xếp thứ 4/63 tỉnh, TP. Đặc biệt trong 8 lĩnh vực đánh giá thì lĩnh vực “Xây dựng và phát triển chính quyền điện tử, chính quyền số” tiếp tục xếp thứ Nhất.',
      '2024-05-08',
    );
    const claims: Claim[] = [
      makeClaim(a, 'nhóm 10', { ...BG, kind: 'rank', value: 10, qualifier: 'at_most', metric: 'chỉ số chuyển đổi số' }),
      makeClaim(b, 'thứ 4/63 tỉnh', { ...BG, kind: 'rank', value: 4, total: 63, metric: 'chỉ số CCHC', period: 'năm 2023' }),
      makeClaim(b, 'thứ Nhất', { ...BG, kind: 'rank', value: 1, metric: 'chính quyền số” tiếp tục xếp', period: 'năm 2023' }),
    ];
    expect(detectFindings([a, b], claims)).toEqual([]);

    const c = makeArticle('r3', 'Năm 2023, tỉnh Bắc Giang xếp thứ 6/63 tỉnh về Chỉ số CCHC.', '2024-05-09');
    const other = makeClaim(c, 'thứ 6/63 tỉnh', { ...BG, kind: 'rank', value: 6, total: 63, metric: 'chỉ số CCHC', period: 'năm 2023' });
    expect(detectFindings([b, c], [claims[1]!, other]).map((f) => f.type)).toEqual(['conflict']);
  });

  it('does not call two different forecasts a conflict', () => {
    const a = makeArticle('f1', 'IMF kỳ vọng Ấn Độ tăng trưởng ở mức 12,5% trong năm tài khóa 2021.', null);
    const b = makeArticle('f2', 'Nền kinh tế Ấn Độ được dự báo tăng trưởng 11% trong năm tài khóa 2021.', null);
    const base = { subject: 'Ấn Độ', kind: 'percent' as const, unit: '%', metric: 'tăng trưởng', period: 'năm 2021', modality: 'forecast' as const };
    expect(detectFindings([a, b], [makeClaim(a, '12,5%', { ...base, value: 12.5 }), makeClaim(b, '11%', { ...base, value: 11 })])).toEqual([]);
  });
});

describe('precision: counts and lists', () => {
  it('does not count figures in brackets or after "là" as listed items', () => {
    const a = makeArticle('l1', 'Cán bộ cấp xã là 1.078 người, chỉ có 15 người (1,39%) có chứng chỉ B1 trở lên.', null);
    const b = makeArticle('l2', 'Thanh Hóa có 27 đơn vị hành chính trực thuộc, gồm hai thành phố Thanh Hóa và Sầm Sơn, thị xã Bỉm Sơn cùng 24 huyện khác.', null);
    const claims = [makeClaim(a, '15 người', { kind: 'count', value: 15 }), makeClaim(b, '27 đơn vị', { kind: 'count', value: 27 })];
    expect(detectFindings([a, b], claims)).toEqual([]);
  });
});

describe('precision: copies of an article', () => {
  const sentence = 'Còn cán bộ, công chức cấp xã là 2.288 người thì chỉ có 50 người có chứng chỉ B1 trở lên.';
  const base = { subject: 'Cà Mau', period: null, kind: 'count' as const, unit: 'người', metric: 'người' };
  const claimsOf = (article: ReturnType<typeof makeArticle>, second: string, value: number): Claim[] => [
    makeClaim(article, '2.288 người', { ...base, value: 2288 }),
    makeClaim(article, second, { ...base, value }),
  ];

  it('compares a copy figure for figure: an unchanged copy gives nothing, a changed figure one conflict', () => {
    const a = makeArticle('orig', sentence, null);
    const same = makeArticle('same', sentence + ' ', null);
    expect(detectFindings([a, same], [...claimsOf(a, '50 người', 50), ...claimsOf(same, '50 người', 50)])).toEqual([]);
    const changed = makeArticle('chg', sentence.replace('50 người', '53 người'), null);
    const claims = [...claimsOf(a, '50 người', 50), ...claimsOf(changed, '53 người', 53)];
    const findings = detectFindings([a, changed], claims);
    expect(findings.map((f) => f.type)).toEqual(['conflict']);
    // Raised by the aligned passages (50 is no rounding of 53), quoting the two figures that differ.
    expect(findings[0]!.explanation).toContain('“50”');
    expect(findings[0]!.explanation).toContain('“53”');
    expect(findings[0]!.rule).toBe('aligned-passage');
  });
});

