import { describe, expect, it } from 'vitest';
import { detectFindings, explainStoredFinding, FindingsAnalysis } from '../../../shared/analysis';
import { parseWrittenNumber, sameValue, tokenizeSentence } from '../../../shared/analysis/figures';
import type { Finding } from '../../../shared/schema';
import { makeArticle, makeClaim } from './helpers';

const figuresOf = (s: string) => tokenizeSentence(s, 0, s.length).figures;

describe('figures read from the text', () => {
  it('reads Vietnamese and English number writing with its rounding unit', () => {
    expect(parseWrittenNumber('1.343,1')).toEqual({ value: 1343.1, unit: 0.1 });
    expect(parseWrittenNumber('45.000')).toEqual({ value: 45000, unit: 1 });
    expect(parseWrittenNumber('3,4').value).toBeCloseTo(3.4);
    expect(parseWrittenNumber('2.2').value).toBeCloseTo(2.2);
  });

  it('gives "45 nghìn tỷ" and "45.000 tỷ" one value, and reads "gần" as a qualifier', () => {
    const [a] = figuresOf('Thu ngân sách đạt 45 nghìn tỷ đồng.');
    const [b] = figuresOf('Thu ngân sách đạt gần 45.000 tỷ đồng.');
    expect(a!.value).toBe(45e12);
    expect(sameValue(a!, b!)).toBe(true);
    expect(b!.qualifier).toBe('approx');
  });

  it('reads numbers joined by a slash that no date can be as figures ("150/50 Mbps", "32/64GB", "15/20 tỉnh"), dates and document numbers not', () => {
    const values = (s: string) => figuresOf(s).map((f) => [f.value, f.calendar]);
    expect(values('Máy hỗ trợ LTE 150/50 Mbps.')).toEqual([[150, false], [50, false]]);
    expect(values('Bộ nhớ 16/32/64GB.')).toEqual([[16, false], [32, false], [64, false]]);
    expect(values('Đã có 15/20 tỉnh hoàn thành.')).toEqual([[15, false], [20, false]]);
    // Dates (day/month, month/year, day/month/year) and numbers of documents stay out.
    for (const s of ['Ngày 31/10 và 1/11/2013.', 'Trong tháng 10/2013.', 'Theo Quyết định số 123/QĐ-UBND.', 'Theo Nghị định 15/2013/NĐ-CP.']) {
      expect(figuresOf(s).every((f) => f.calendar)).toBe(true);
    }
    // A copy that adds a qualifier to such a figure is flagged (the pair quoted whole).
    const text = 'Điện thoại mới\nCác kết nối khác của máy gồm LTE 150/50 Mbps, DC-HSPA, A-GPS và Bluetooth 4.0, pin dung lượng 3.400 mAh.';
    const a = makeArticle('sa', text, '2013-11-01', 'Báo A');
    const b = makeArticle('sb', text.replace('LTE 150/50', 'LTE hơn 150/50'), '2013-11-02', 'Báo B');
    const [f] = detectFindings([a, b], []).filter((x) => x.rule === 'aligned-passage');
    expect(f!.spans!.map((x) => x.quote)).toEqual(['150/50', 'hơn 150/50']);
  });

  it('reads a share of a whole after a qualifier or "chiếm" as figures ("không quá 1/3", "hơn 2/3", "chiếm 1/4"); "từ 1/3", "khoảng 20/10" stay dates', () => {
    const calendar = (s: string) => figuresOf(s).map((f) => f.calendar);
    expect(calendar('Nhà nước hỗ trợ không quá 1/3 kinh phí.')).toEqual([false, false]);
    expect(calendar('Đã có hơn 2/3 số xã đạt chuẩn, chiếm 1/4 diện tích.')).toEqual([false, false, false, false]);
    expect(calendar('Từ 1/3 đến 30/4, khoảng 20/10 trời mưa.').every(Boolean)).toBe(true);
    const text = 'Hỗ trợ nhà ở\nTheo phương thức này, Nhà nước hỗ trợ không quá 1/3 kinh phí làm nhà, còn lại là gia đình và cộng đồng cùng góp 25 triệu đồng.';
    const a = makeArticle('fa', text, '2013-10-10', 'Báo A');
    const b = makeArticle('fb', text.replace('1/3', '2/3'), '2013-10-11', 'Báo B');
    const [f] = detectFindings([a, b], []).filter((x) => x.rule === 'aligned-passage');
    expect(f!.spans!.map((x) => x.quote)).toEqual(['không quá 1/3', 'không quá 2/3']);
  });

  it('does not take dates, times, codes or versions for figures', () => {
    const figs = figuresOf('Ngày 31/10, lúc 15h55, đội U21 ra sân; máy chạy Android 4.2.2.');
    expect(figs.every((f) => f.calendar)).toBe(true);
  });
});

const PASSAGE = 'Đến nay, toàn tỉnh đã thành lập 1.891 tổ công nghệ số cộng đồng với 10.250 thành viên tham gia.';

function pair(textB: string, dateB = '2024-03-09') {
  const a = makeArticle('goc', `Chuyển đổi số ở Bắc Giang\n${PASSAGE}`, '2024-03-08', 'Báo A');
  const b = makeArticle('chep', `Chuyển đổi số ở Bắc Giang\n${textB}`, dateB, 'Báo B');
  return { a, b };
}

describe('aligned passages', () => {
  it('flags a figure changed in a copied sentence as a conflict with both figures and sentences', () => {
    const { a, b } = pair(PASSAGE.replace('1.891 tổ', '1.981 tổ'));
    const findings = detectFindings([a, b], []).filter((f) => f.rule === 'aligned-passage');
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.type).toBe('conflict');
    expect(f.severity).toBe('high');
    expect(f.spans!.map((s) => s.quote)).toEqual(['1.891', '1.981']);
    const facts = f.facts as unknown as { a: { sentence: { text: string } }; b: { figure: { quote: string } }; anchors: number };
    expect(facts.a.sentence.text).toBe(PASSAGE);
    expect(facts.b.figure.quote).toBe('1.981');
    expect(facts.anchors).toBe(1);
    expect(f.explanation).toContain('“1.891”');
    expect(f.explanation).toContain('“1.981”');
  });

  it('finds a changed scale word ("nghìn" → "triệu") the same way', () => {
    const a = makeArticle('x', 'Năm 2023, du lịch đón 45 nghìn lượt khách quốc tế và thu 1.200 tỷ đồng.', '2024-01-02');
    const b = makeArticle('y', 'Năm 2023, du lịch đón 45 triệu lượt khách quốc tế và thu 1.200 tỷ đồng.', '2024-01-02');
    const [f] = detectFindings([a, b], []);
    expect(f!.type).toBe('conflict');
    expect(f!.spans!.map((s) => s.quote)).toEqual(['45 nghìn', '45 triệu']);
  });

  it('notes a changed qualifier in a copy with low severity', () => {
    const { a, b } = pair(PASSAGE.replace('1.891 tổ', 'hơn 1.891 tổ'));
    const [f] = detectFindings([a, b], []);
    expect(f!.severity).toBe('low');
    expect(f!.explanation).toMatch(/mức độ/);
  });

  it('pairs one repeat of a sentence edited in a copy of an article whose body is given twice', () => {
    // Scraped pages often carry their body twice; the copy's edit (a qualifier added, a scale word
    // swapped) changes the sentence's words, so it is no longer a repeat of the original's sentence.
    const body =
      'Hiện đã có 138 công ty báo cáo kết quả kinh doanh, theo đó lợi nhuận các công ty này tăng 5,5% và doanh thu tăng 2,3%. ' +
      'Một số ý kiến không nhất trí cắt giảm 5.000 tỷ đồng liên quan đến chính sách an sinh xã hội.';
    const a = makeArticle('goc2', `Chứng khoán Mỹ đi lên\n${body} ${body}`, '2013-10-23', 'Báo A');
    for (const [from, to, quote] of [
      ['tăng 5,5%', 'tăng hơn 5,5%', 'hơn 5,5%'],
      ['5.000 tỷ đồng', '5.000 triệu đồng', '5.000 triệu'],
    ] as const) {
      const b = makeArticle('chep2', a.text.replace(from, to), '2013-10-24', 'Báo B');
      const findings = detectFindings([a, b], []).filter((f) => f.rule === 'aligned-passage');
      expect(findings).toHaveLength(1);
      expect(findings[0]!.spans!.find((x) => x.articleId === 'chep2')!.quote).toBe(quote);
    }
  });

  it('finds a figure changed within the rounding of another figure of the sentence ("0,5%" → "1,5%" beside "1 tháng")', () => {
    const s = 'Chứng khoán hôm nay\nPhiên chiều, VN-Index tăng 2,87 điểm (0,5%), lên 532,14 điểm, mức cao nhất trong 1 tháng qua.';
    const a = makeArticle('vn1', s, '2013-10-23', 'Báo A');
    const b = makeArticle('vn2', s.replace('(0,5%)', '(1,5%)'), '2013-10-24', 'Báo B');
    const findings = detectFindings([a, b], []).filter((f) => f.rule === 'aligned-passage');
    expect(findings.map((f) => f.spans!.map((x) => x.quote))).toEqual([['0,5%', '1,5%']]);
  });

  it('notes "hơn 3,4 triệu" against "hơn 3,1 triệu" for the same total with low severity', () => {
    const s = 'Năm 2023, TP.HCM đón hơn 3,4 triệu lượt khách quốc tế, doanh thu du lịch đạt 160.000 tỷ đồng.';
    const a = makeArticle('p', s, '2024-01-05');
    const b = makeArticle('q', s.replace('3,4', '3,1'), '2024-01-05');
    const [f] = detectFindings([a, b], []);
    expect(f!.type).toBe('conflict');
    expect(f!.severity).toBe('low');
  });

  it('agrees "gần 45.000 tỷ đồng" with "45 nghìn tỷ đồng" across outlets', () => {
    const a = makeArticle('m', 'Năm 2023, thu ngân sách của Bắc Ninh đạt gần 45.000 tỷ đồng, tăng 12% so với năm trước.', '2024-01-05');
    const b = makeArticle('n', 'Năm 2023, thu ngân sách của Bắc Ninh đạt 45 nghìn tỷ đồng, tăng 12% so với năm trước.', '2024-01-06');
    expect(detectFindings([a, b], []).filter((f) => f.type !== 'consistent')).toEqual([]);
  });

  it('reads a later article that speaks of a later moment as an update', () => {
    const a = makeArticle('s', 'Giá vàng SJC được niêm yết ở mức 37,23 triệu đồng/lượng mua vào và 37,31 triệu đồng/lượng bán ra.', '2013-10-22T09:00');
    const b = makeArticle('c', 'Chiều nay, giá vàng SJC được niêm yết ở mức 37,23 triệu đồng/lượng mua vào và 37,28 triệu đồng/lượng bán ra.', '2013-10-22T15:56');
    const [f] = detectFindings([a, b], []);
    expect(f!.type).toBe('update');
    expect(f!.explanation).toMatch(/^Cập nhật: /);
  });

  it('does not compare the same wording about two provinces, or a target with a result', () => {
    const a = makeArticle('bg', 'Năm 2023, tỉnh Bắc Giang có 1.891 tổ công nghệ số với 10.250 thành viên.', '2024-01-05');
    const b = makeArticle('bn', 'Năm 2023, tỉnh Bắc Ninh có 1.200 tổ công nghệ số với 10.250 thành viên.', '2024-01-05');
    expect(detectFindings([a, b], [])).toEqual([]);
    const t = makeArticle('t', 'Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt hơn 70% và 1.000 điểm cầu.', '2024-01-05');
    const r = makeArticle('r', 'Năm 2024, tỉnh có tỷ lệ hồ sơ trực tuyến đạt 65% và 1.000 điểm cầu.', '2024-01-05');
    expect(detectFindings([t, r], [])).toEqual([]);
  });

  it('points at the claims that cover the figures when there are any', () => {
    const { a, b } = pair(PASSAGE.replace('1.891 tổ', '1.981 tổ'));
    const ca = makeClaim(a, '1.891 tổ', { kind: 'count', value: 1891 });
    const cb = makeClaim(b, '1.981 tổ', { kind: 'count', value: 1981 });
    const [f] = detectFindings([a, b], [ca, cb]).filter((x) => x.rule === 'aligned-passage');
    expect(f!.claimIds.sort()).toEqual([ca.id, cb.id].sort());
  });
});

describe('evidence and decisions', () => {
  it('renders the explanation from the stored facts in either language', () => {
    const { a, b } = pair(PASSAGE.replace('1.891 tổ', '1.981 tổ'));
    const [f] = detectFindings([a, b], []);
    const stored: Finding = JSON.parse(JSON.stringify(f));
    expect(explainStoredFinding(stored, 'vi')).toBe(f!.explanation);
    expect(explainStoredFinding(stored, 'en')).toMatch(/^Conflict: The two articles share a passage/);
    // A finding stored before facts existed keeps its text.
    expect(explainStoredFinding({ ...stored, facts: undefined }, 'en')).toBe(f!.explanation);
  });

  it('never raises a pair dismissed as "not the same fact" again, even after its values change', () => {
    const a = makeArticle('a', 'Tỷ lệ hồ sơ trực tuyến của tỉnh năm 2023 đạt 80%.', '2024-01-05');
    const b = makeArticle('b', 'Theo báo cáo, năm 2023 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 70%.', '2024-02-05');
    const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'tỷ lệ hồ sơ trực tuyến', period: '2023' };
    const ca = makeClaim(a, '80%', { ...base, value: 80 });
    const cb = makeClaim(b, '70%', { ...base, value: 70 });
    const [first] = detectFindings([a, b], [ca, cb]);
    expect(first!.type).toBe('conflict');
    const dismissed: Finding = {
      ...first!,
      status: 'dismissed',
      resolution: 'Bỏ qua: Không cùng một số liệu',
      decision: { kind: 'dismissed', reason: 'not-same-fact', rightClaimId: null, note: 'Không cùng một số liệu', by: 'BT', at: '2024-03-01T00:00:00Z' },
    };
    const edited = { ...cb, value: 60 };
    const again = detectFindings([a, b], [ca, edited], [dismissed]);
    expect(again.filter((f) => f.status === 'open')).toEqual([]);
    expect(again.find((f) => f.claimIds.includes(cb.id))!.decision!.reason).toBe('not-same-fact');
    // An ordinary dismissal is about the values: a changed value opens the finding again.
    const ordinary = { ...dismissed, decision: { ...dismissed.decision!, reason: 'other' as const } };
    expect(detectFindings([a, b], [ca, edited], [ordinary]).some((f) => f.status === 'open')).toBe(true);
  });

  it('re-analyses one edited claim incrementally to the same findings as a full run', () => {
    const a = makeArticle('a', 'Tỷ lệ hồ sơ trực tuyến của tỉnh năm 2023 đạt 80%.', '2024-01-05');
    const b = makeArticle('b', 'Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 80%, kinh tế số chiếm 12% GRDP.', '2024-02-05');
    const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'tỷ lệ hồ sơ trực tuyến', period: '2023' };
    const ca = makeClaim(a, '80%', { ...base, value: 80 });
    const cb = makeClaim(b, '80%', { ...base, value: 80 });
    const cc = makeClaim(b, '12%', { ...base, metric: 'kinh tế số / GRDP', value: 12 });
    const analysis = new FindingsAnalysis([a, b], [ca, cb, cc]);
    expect(analysis.findings().map((f) => f.type)).toEqual(['consistent']);
    const edited = { ...cb, value: 75 };
    analysis.updateClaims([edited]);
    const incremental = analysis.findings();
    expect(incremental.map((f) => f.type)).toEqual(['conflict']);
    expect(incremental).toEqual(detectFindings([a, b], [ca, edited, cc]));
    analysis.updateClaims([], [edited.id]);
    expect(analysis.findings()).toEqual(detectFindings([a, b], [ca, cc]));
  });
});

describe('aligned passages: the same wording about different things', () => {
  const aligned = (textA: string, textB: string, dateA = '2024-03-08', dateB = '2024-03-08') =>
    detectFindings([makeArticle('x', `Tin tổng hợp\n${textA}`, dateA, 'Báo A'), makeArticle('y', `Tin tổng hợp\n${textB}`, dateB, 'Báo B')], []).filter(
      (f) => f.rule === 'aligned-passage',
    );

  it('reads "tỷ lệ" after a number as a word, not a billion ("Năm 2021, tỉ lệ …")', () => {
    const [year, share] = figuresOf('Năm 2021, tỉ lệ hồ sơ giải quyết đúng hạn đạt 63,37%.');
    expect(year!.value).toBe(2021);
    expect(share!.value).toBeCloseTo(63.37);
    expect(figuresOf('Thu ngân sách đạt 45 tỷ đồng.')[0]!.value).toBe(45e9);
  });

  it('does not compare one template about two metrics, two levels or two years', () => {
    expect(
      aligned(
        'Năm 2022, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Nghệ An đạt 78,37%.',
        'Năm 2022, tỷ lệ thanh toán không dùng tiền mặt của tỉnh Nghệ An đạt 70,37%.',
      ),
    ).toEqual([]);
    expect(
      aligned(
        'Năm 2022, tỉ lệ hộ gia đình có cáp quang cấp huyện của tỉnh Nghệ An đạt 78,37%.',
        'Năm 2022, tỉ lệ hộ gia đình có cáp quang cấp xã của tỉnh Nghệ An đạt 70,37%.',
      ),
    ).toEqual([]);
    expect(
      aligned('Năm 2021, tỉ lệ hồ sơ được số hóa của tỉnh Phú Thọ đạt 97,37%.', 'Năm 2022, tỉ lệ hồ sơ được số hóa của tỉnh Phú Thọ đạt 49,37%.'),
    ).toEqual([]);
  });

  it('tells tickers apart and accepts a list given in another order', () => {
    expect(aligned('VNM giảm 0,7% xuống 141.000 đồng/CP trong phiên sáng nay.', 'BVH giảm 1% xuống 39.600 đồng/CP trong phiên sáng nay.')).toEqual([]);
    expect(
      aligned(
        'Chỉ số VN30-Index giảm 0,94 điểm xuống còn 560,36 điểm, với 7 mã tăng giá, 18 mã giảm giá và 5 mã đứng giá.',
        'Chỉ số VN30-Index cũng giảm 0,94 điểm, xuống 560,36 điểm với 7 mã tăng, 5 mã đứng giá và 18 mã giảm giá.',
      ),
    ).toEqual([]);
  });

  it('still finds a figure changed where the same value stands elsewhere in the sentence', () => {
    const text = 'Giảm sử dụng Quỹ bình ổn từ 300 đ/lít xuống còn 200 đ/lít (giảm 100 đ/lít); dầu hỏa giảm từ 800 đ/lít xuống còn 700 đ/lít.';
    const found = aligned(text, text.replace('(giảm 100', '(giảm 200'), '2024-03-08', '2024-03-09');
    expect(found).toHaveLength(1);
    expect(found[0]!.spans!.map((s) => s.quote)).toEqual(['100', '200']);
  });

  it('gives a later report of the same template one update, not one per figure', () => {
    const found = aligned(
      'Toàn sàn có 49 mã tăng, 136 mã giảm và 119 mã đứng giá.',
      'Toàn sàn có 82 mã tăng, 132 mã giảm và 90 mã đứng giá.',
      '2013-10-22T11:52',
      '2013-10-22T15:27',
    );
    expect(found.map((f) => f.type)).toEqual(['update']);
  });
});

describe('aligned passages: units and periods of the figures lined up (review 2 of the same-event layer, finding 8)', () => {
  const twoDays = (textA: string, textB: string) =>
    detectFindings(
      [makeArticle('a', textA, '2024-05-02T08:00', 'Báo A'), makeArticle('b', textB, '2024-05-02T09:00', 'Báo B')],
      [],
    ).filter((f) => f.rule === 'aligned-passage');

  it('does not line up a percentage with a bare count ("tăng 5%" / "tại 200 điểm thi")', () => {
    const a = 'Tuyển sinh lớp 10 ở Hà Nội\nHà Nội có 105.000 thí sinh đăng ký thi lớp 10, tăng 5%.';
    expect(twoDays(a, 'Thi lớp 10 ở Hà Nội\nNăm nay Hà Nội có 105.000 thí sinh đăng ký thi lớp 10 tại 200 điểm thi.')).toEqual([]);
    // Two percentages in the same place still differ.
    expect(twoDays(a, 'Tuyển sinh lớp 10 ở Hà Nội\nHà Nội có 105.000 thí sinh đăng ký thi lớp 10, tăng 7%.')).toHaveLength(1);
  });

  it('still weighs a percentage lined up with a count as a figure that moved (a later report moving most figures is one update)', () => {
    const a =
      'Tuyển sinh vào lớp mười ở Hà Nội\nHà Nội có 105.000 thí sinh đăng ký thi năm nay tại 200 điểm thi ở 30 quận huyện, với 12.500 giám thị và 1.350 cán bộ.';
    const b = 'Thi vào lớp mười ở Hà Nội\nHà Nội có 105.000 thí sinh đăng ký thi, tăng 5% ở 30 quận huyện, với 13.500 giám thị và 1.470 cán bộ.';
    // Three figures moved against two that agree: the later report of the template, one update (not two conflicts).
    expect(twoDays(a, b).map((f) => f.type)).toEqual(['update']);
  });

  it('does not read an amount in "tỷ" as đồng when the sentence or the one before names another currency ("57 tỷ USD. … 12 tỷ, tương đương") (review s28 BUG 7)', () => {
    const lead = 'Năm 2023, Samsung Việt Nam xuất khẩu hàng hóa trị giá 57 tỷ USD.';
    const a = `Xuất khẩu điện thoại tăng\n${lead} Riêng kim ngạch xuất khẩu điện thoại của Samsung đạt 12 tỷ, tương đương 21% tổng kim ngạch của hãng.`;
    const b = `Samsung xuất khẩu 57 tỷ USD\n${lead} Riêng kim ngạch xuất khẩu điện thoại của Samsung đạt 290.000 tỷ đồng, tương đương 21% tổng kim ngạch của hãng.`;
    expect(twoDays(a, b)).toEqual([]);
  });

  it('does not read an amount in "tỷ" as đồng when a currency is named two sentences back or as "tỷ đô" (re-review s28 B3)', () => {
    const T = 'Xuất khẩu thủy sản tăng\n';
    const b = `${T}Kim ngạch xuất khẩu tăng mạnh trong năm. Mặt hàng tôm đạt 290.000 tỷ đồng, tương đương 21% tổng kim ngạch.`;
    const usdTwoBack = `${T}Kim ngạch xuất khẩu đạt 57 tỷ USD trong năm. Riêng thủy sản đóng góp đáng kể vào con số này. Trong đó, mặt hàng tôm đạt 12 tỷ, tương đương 21% tổng kim ngạch.`;
    const doBefore = `${T}Kim ngạch cả năm đạt 57 tỷ đô. Trong đó, mặt hàng tôm đạt 12 tỷ, tương đương 21% tổng kim ngạch.`;
    const doSame = `${T}Kim ngạch xuất khẩu tăng mạnh trong năm. Trong đó, mặt hàng tôm đạt 12 tỷ đô, tương đương 21% tổng kim ngạch.`;
    expect(twoDays(usdTwoBack, b)).toEqual([]);
    expect(twoDays(doBefore, b)).toEqual([]);
    expect(twoDays(doSame, b)).toEqual([]);
  });

  it('reads "tháng 9" and "9 tháng" as two periods', () => {
    const a = 'Xuất khẩu gạo\nXuất khẩu gạo của Việt Nam giảm 12% trong tháng 9 so với cùng kỳ.';
    expect(twoDays(a, 'Xuất khẩu gạo\nXuất khẩu gạo của Việt Nam giảm 4% trong 9 tháng so với cùng kỳ.')).toEqual([]);
    // The same month on both sides: one figure, changed.
    expect(twoDays(a, 'Xuất khẩu gạo\nXuất khẩu gạo của Việt Nam giảm 4% trong tháng 9 so với cùng kỳ.')).toHaveLength(1);
  });
});
