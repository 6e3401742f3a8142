import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import type { Article, Claim } from '../../../shared/schema';
import { makeArticle, makeClaim } from './helpers';

const run = (articles: Article[], claims: Claim[]) => detectFindings(articles, claims).filter((f) => f.type === 'internal');

describe('internal: stated count vs listed items', () => {
  const text = 'Trong 3 năm liên tiếp (2020, 2021, 2022), tỉnh Bắc Giang đứng trong nhóm 10 tỉnh về chỉ số chuyển đổi số.';
  const a = makeArticle('s', text, '2024-03-08');

  it('accepts "3 năm liên tiếp (2020, 2021, 2022)"', () => {
    const c = makeClaim(a, '3 năm liên tiếp', { kind: 'streak', value: 3, years: [2020, 2021, 2022] });
    expect(run([a], [c])).toEqual([]);
  });

  it('flags "4 năm liên tiếp" listing three years, reading the years from the text when the claim has none', () => {
    const b = makeArticle('s4', text.replace('3 năm', '4 năm'), '2024-03-08');
    const c = makeClaim(b, '4 năm liên tiếp', { kind: 'streak', value: 4, years: null });
    const [f] = run([b], [c]);
    expect(f?.rule).toBe('streak-count');
    expect(f?.explanation).toBe('Bất nhất nội bộ: Bài ngày 8/3/2024: “4 năm liên tiếp” nêu 4 năm nhưng liệt kê 3 năm (2020, 2021, 2022).');
  });

  it('flags "4 năm (2020, 2021, 2022)" given as a plain duration', () => {
    const b = makeArticle('d4', 'Trong 4 năm (2020, 2021, 2022), tỉnh dẫn đầu cả nước.', '2024-03-08');
    const c = makeClaim(b, '4 năm', { kind: 'duration', value: 4 });
    expect(run([b], [c]).map((f) => f.rule)).toEqual(['streak-count']);
  });

  it('flags a "liên tiếp" streak whose years are not consecutive', () => {
    const b = makeArticle('gap', 'Trong 3 năm liên tiếp (2019, 2021, 2022), tỉnh dẫn đầu.', '2024-03-08');
    const c = makeClaim(b, '3 năm liên tiếp', { kind: 'streak', value: 3, years: [2019, 2021, 2022] });
    expect(run([b], [c])[0]?.explanation).toContain('không liên tiếp');
  });

  it('counts items after a colon or "là": seeds 000 and 001 agree, a changed count does not', () => {
    const ok1 = makeArticle('p1', 'Và, phát triển đồng bộ ở cả 3 trụ cột: chính quyền số, kinh tế số, xã hội số.', null);
    const ok2 = makeArticle('p2', 'Tỉnh tập trung lãnh đạo, chỉ đạo chuyển đổi số trên cả 03 trụ cột: Chính quyền số, kinh tế số và xã hội số.', null);
    const ok3 = makeArticle(
      'p3',
      'Nâng cao hiệu quả CĐS ở 9 lĩnh vực ưu tiên của tỉnh là y tế; giáo dục; tài nguyên và môi trường; công nghiệp và thu hút đầu tư; nông nghiệp; giao thông vận tải và logistics; du lịch; báo chí, phát thanh và truyền hình; tư pháp và tố tụng.',
      null,
    );
    const bad = makeArticle('p4', 'Và, phát triển đồng bộ ở cả 4 trụ cột: chính quyền số, kinh tế số, xã hội số.', null);
    const claims = [
      makeClaim(ok1, '3 trụ cột', { kind: 'count', value: 3 }),
      makeClaim(ok2, '03 trụ cột', { kind: 'count', value: 3 }),
      makeClaim(ok3, '9 lĩnh vực', { kind: 'count', value: 9 }),
      makeClaim(bad, '4 trụ cột', { kind: 'count', value: 4 }),
    ];
    const findings = run([ok1, ok2, ok3, bad], claims);
    expect(findings.map((f) => [f.rule, f.claimIds[0]])).toEqual([['list-count', claims[3]!.id]]);
    expect(findings[0]!.explanation).toContain('nêu 4 mục nhưng liệt kê 3');
  });

  it('does not count an open list ("như …") or a phrase far from its count', () => {
    const a1 = makeArticle('o1', 'Tỉnh có 5 lĩnh vực: y tế, giáo dục...', null);
    const a2 = makeArticle('o2', 'Tỉnh đã đặt ra 14 mục tiêu cơ bản cần ưu tiên thực hiện với trọng tâm là xây dựng chính quyền số, kinh tế số, xã hội số, công dân số.', null);
    const claims = [makeClaim(a1, '5 lĩnh vực', { kind: 'count', value: 5 }), makeClaim(a2, '14 mục tiêu', { kind: 'count', value: 14 })];
    expect(run([a1, a2], claims)).toEqual([]);
  });
});

describe('internal: parts and totals', () => {
  const sentence = 'Với nhiều giải pháp đồng bộ, tích cực, đến nay đã có 9/14 chỉ tiêu liên tục hoàn thành và hoàn thành vượt mức; 5 chỉ tiêu đang thực hiện.';

  it('accepts 9/14 chỉ tiêu … 5 chỉ tiêu đang thực hiện (9 + 5 = 14)', () => {
    const a = makeArticle('k', sentence, '2024-03-08');
    const claims = [makeClaim(a, '9/14', { kind: 'ratio', value: 9, total: 14 }), makeClaim(a, '5 chỉ tiêu', { kind: 'count', value: 5 })];
    expect(run([a], claims)).toEqual([]);
  });

  it('flags 9/14 … 6 chỉ tiêu (9 + 6 = 15)', () => {
    const a = makeArticle('k6', sentence.replace('5 chỉ tiêu', '6 chỉ tiêu'), '2024-03-08');
    const claims = [makeClaim(a, '9/14', { kind: 'ratio', value: 9, total: 14 }), makeClaim(a, '6 chỉ tiêu', { kind: 'count', value: 6 })];
    const [f] = run([a], claims);
    expect(f?.rule).toBe('parts-exceed-total');
    expect(f?.explanation).toContain('15');
    expect(f?.explanation).toContain('14');
  });

  it('does not add a subset ("trong đó 3 chỉ tiêu vượt mức")', () => {
    const a = makeArticle('ks', 'Đến nay đã có 9/14 chỉ tiêu hoàn thành, trong đó 3 chỉ tiêu vượt mức.', null);
    const claims = [makeClaim(a, '9/14', { kind: 'ratio', value: 9, total: 14 }), makeClaim(a, '3 chỉ tiêu', { kind: 'count', value: 3 })];
    expect(run([a], claims)).toEqual([]);
  });

  // seeds/001 (Hà Giang).
  const hg =
    'Trong 6 tháng đầu năm 2021, toàn tỉnh đã tiếp nhận 74.278 hồ sơ đề nghị giải quyết TTHC, trong đó tiếp nhận trực tuyến 3.215 hồ sơ, chiếm tỷ lệ 4,86 % so với số hồ sơ mới tiếp nhận; tiếp nhận trực tiếp và qua dịch vụ bưu chính 62.883 hồ sơ; đã giải quyết 65.466 hồ sơ, trong đó số hồ sơ được giải quyết trước và đúng hạn đạt 92,3%. ';

  function hgClaims(a: Article, overrides: Partial<Record<'online' | 'share' | 'direct', number>> = {}): Claim[] {
    return [
      makeClaim(a, '74.278 hồ sơ', { kind: 'count', value: 74278, unit: 'hồ sơ' }),
      makeClaim(a, a.text.includes('3.215') ? '3.215 hồ sơ' : '83.215 hồ sơ', { kind: 'count', value: overrides.online ?? 3215, unit: 'hồ sơ' }),
      makeClaim(a, /\d+,\d+ %/.exec(a.text)![0], { kind: 'percent', value: overrides.share ?? 4.86, unit: '%' }),
      makeClaim(a, '62.883 hồ sơ', { kind: 'count', value: overrides.direct ?? 62883, unit: 'hồ sơ' }),
      makeClaim(a, '65.466 hồ sơ', { kind: 'count', value: 65466, unit: 'hồ sơ' }),
      makeClaim(a, '92,3%', { kind: 'percent', value: 92.3, unit: '%' }),
    ];
  }

  it('accepts 4,86%: 3.215 / (3.215 + 62.883) = 4,864%, though 3.215 / 74.278 = 4,33%', () => {
    const a = makeArticle('hg', hg, null);
    expect(run([a], hgClaims(a))).toEqual([]);
  });

  it('flags a share no stated count reproduces, showing the arithmetic', () => {
    const a = makeArticle('hg2', hg.replace('4,86 %', '5,86 %'), null);
    const [f] = run([a], hgClaims(a, { share: 5.86 }));
    expect(f?.rule).toBe('percent-from-counts');
    expect(f?.explanation).toContain('3.215/74.278 = 4,328%');
    expect(f?.explanation).toContain('3.215/(3.215 hồ sơ + 62.883 hồ sơ) = 4,864%');
  });

  it('flags parts after "trong đó" that exceed their whole', () => {
    const a = makeArticle('hg3', hg.replace('3.215 hồ sơ', '83.215 hồ sơ'), null);
    const findings = run([a], hgClaims(a, { online: 83215 }));
    expect(findings.map((f) => f.rule)).toContain('parts-exceed-total');
    expect(findings.find((f) => f.rule === 'parts-exceed-total')!.explanation).toContain('cộng lại được 146.098, vượt tổng “74.278 hồ sơ”');
  });
});

describe('internal: impossible values', () => {
  it('flags "Năm 20220" (seeds/004) from the text, with the likely years', () => {
    const a = makeArticle('bn', 'Chú thích ảnh\nNăm 20220, Bắc Ninh khai trương phần mềm phản ánh kiến nghị trên thiết di động.', '2024-01-10');
    const [f] = run([a], []);
    expect(f?.rule).toBe('impossible-year');
    expect(f?.claimIds).toEqual([]);
    expect(f?.spans).toEqual([{ articleId: 'bn', start: 14, end: 23, quote: 'Năm 20220' }]);
    expect(f?.explanation).toContain('2020 hoặc 2022');
  });

  it('flags an impossible date and leaves real ones alone', () => {
    const a = makeArticle('dt', 'Ngày 11/6/2021 và ngày 31/2/2022, ngày 29/2/2024.', null);
    const findings = run([a], []);
    expect(findings.map((f) => f.spans?.[0]?.quote)).toEqual(['31/2/2022']);
  });

  it('flags a share over 100% but not growth or plan completion', () => {
    const a = makeArticle('pc', 'Tỷ lệ hộ dùng internet chiếm 104%. Doanh thu tăng 150% so với cùng kỳ. Thu ngân sách đạt 120% kế hoạch.', null);
    const claims = [
      makeClaim(a, '104%', { kind: 'percent', value: 104, unit: '%' }),
      makeClaim(a, '150%', { kind: 'percent', value: 150, unit: '%' }),
      makeClaim(a, '120%', { kind: 'percent', value: 120, unit: '%' }),
    ];
    expect(run([a], claims).map((f) => [f.rule, f.claimIds[0]])).toEqual([['share-over-100', claims[0]!.id]]);
  });

  it('flags a part larger than its total and a rank beyond the number ranked', () => {
    const a = makeArticle('rk', 'Tỉnh có 209/200 tổ cấp xã và xếp thứ 65/63 tỉnh, thành; xếp thứ 4/63 năm 2023.', null);
    const claims = [
      makeClaim(a, '209/200', { kind: 'ratio', value: 209, total: 200 }),
      makeClaim(a, 'thứ 65/63', { kind: 'rank', value: 65, total: 63 }),
      makeClaim(a, 'thứ 4/63', { kind: 'rank', value: 4, total: 63 }),
    ];
    expect(run([a], claims).map((f) => f.rule).sort()).toEqual(['part-over-total', 'rank-beyond-total']);
  });
});

describe('internal: "sau N năm" against the dates', () => {
  const text =
    'Ngày 11/6/2021, Tỉnh ủy ban hành Nghị quyết số 111-NQ/TU về CĐS tỉnh Bắc Giang giai đoạn 2021-2025, định hướng đến năm 2030. Đây là điều kiện tiên quyết để công tác chỉ đạo được đồng thuận. Sau 4 năm thực hiện nghị quyết, tỉnh đã đạt nhiều thành tựu quan trọng.';

  it('flags seeds/003 "Sau 4 năm" after 11/6/2021 in an article of 8/5/2024 (under 3 years)', () => {
    const a = makeArticle('el', text, '2024-05-08');
    const [f] = run([a], []);
    expect(f?.rule).toBe('elapsed-years');
    expect(f?.explanation).toContain('11/6/2021');
    expect(f?.explanation).toContain('8/5/2024');
    expect(f?.explanation).toContain('2,9 năm');
    expect(f?.explanation).toContain('4 năm');
  });

  it('accepts "Sau 3 năm", and says nothing without a publication date', () => {
    expect(run([makeArticle('e3', text.replace('Sau 4 năm', 'Sau 3 năm'), '2024-05-08')], [])).toEqual([]);
    expect(run([makeArticle('e0', text, null)], [])).toEqual([]);
  });

  it('counts from a bare year written "Năm 2021", never from a name that folds alike ("Việt Nam 2015", "Quảng Nam 2015")', () => {
    const bare = 'Năm 2021, tỉnh ban hành đề án chuyển đổi số. Sau 4 năm thực hiện, tỉnh đã đạt nhiều kết quả.';
    const [f] = run([makeArticle('ey', bare, '2024-05-08')], []);
    expect(f?.rule).toBe('elapsed-years');
    expect(f?.facts).toMatchObject({ fromQuote: 'Năm 2021' });
    for (const name of ['Chiến lược Việt Nam 2015', 'Quy hoạch Quảng Nam 2015']) {
      const named = `${name} được ban hành. Sau 3 năm thực hiện, tỉnh đã đạt nhiều kết quả.`;
      expect(run([makeArticle('en', named, '2024-05-08')], [])).toEqual([]);
    }
  });

  it('points at the duration claim when the extractor made one', () => {
    const a = makeArticle('ec', text, '2024-05-08');
    const c = makeClaim(a, '4 năm', { kind: 'duration', value: 4 });
    expect(run([a], [c])[0]?.claimIds).toEqual([c.id]);
  });
});
