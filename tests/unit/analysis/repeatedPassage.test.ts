import { describe, expect, it } from 'vitest';
import { detectFindings, explainStoredFinding, FindingsAnalysis } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Claim, Finding } from '../../../shared/schema';

/** The article as the extractor reads it (real claims), analysed alone. */
function analysed(text: string): { all: Finding[]; findings: Finding[]; claims: Claim[] } {
  const doc = buildDocument(text, 'bai.txt', '2013-10-28T00:00:00Z');
  const all = detectFindings([{ ...doc.article, publishedAt: '2013-10-28', outlet: 'Báo A' }], doc.claims);
  return { all, findings: all.filter((f) => f.rule === 'repeated-passage'), claims: doc.claims };
}
const repeated = (text: string): Finding[] => analysed(text).findings;
const quotes = (fs: readonly Finding[]) => fs.map((f) => f.spans?.map((s) => s.quote));

const SENTENCE = (n: string) => `Vượt qua ${n} thí sinh là người Việt Nam trên toàn thế giới dự tuyển vòng loại.`;
const SHARE = (v: string) => `Năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang của tỉnh Bắc Giang đạt ${v}.`;

describe('a sentence given again with one figure changed (issue 10, internal restatements)', () => {
  it('flags a paragraph given again with another figure: both mentions, their claims, in the article’s order', () => {
    const text = `Chàng trai 20 tuổi đã chiến thắng cuộc thi. ${SENTENCE('30.000')} Anh sẽ bay vào vũ trụ năm 2015.\n${SENTENCE('20.000')} Anh nói mình rất hồi hộp.`;
    const { findings, claims } = analysed(text);
    expect(findings).toHaveLength(1);
    const f = findings[0] as Finding;
    expect(f.type).toBe('internal');
    expect(f.spans?.map((s) => s.quote)).toEqual(['30.000', '20.000']);
    const first = claims.find((c) => c.quote.startsWith('30.000'));
    const second = claims.find((c) => c.quote.startsWith('20.000'));
    expect(first && second).toBeTruthy();
    expect(f.claimIds).toEqual([first?.id, second?.id]);
    expect(f.facts).toMatchObject({ rule: 'repeated-passage', a: { quote: first?.quote }, b: { quote: second?.quote }, mentions: 2 });
    expect(explainStoredFinding(f, 'vi')).toMatch(/cùng một câu hai lần, từng chữ như nhau, nhưng với hai con số khác nhau: “30\.000 thí sinh” và “20\.000 thí sinh”/);
    expect(explainStoredFinding(f, 'en')).toMatch(/the same sentence twice, word for word, but with two different figures: “30\.000 thí sinh” and “20\.000 thí sinh”/);
  });

  it('reads "năm" before an age as no moment: "từ năm 15 tuổi" changed is flagged', () => {
    const age = (n: string) => `Anh rời quê nhà và tự lập cuộc sống tại Úc từ năm ${n} tuổi cùng người chị gái.`;
    expect(quotes(repeated(`${age('25')}\nCuộc sống khi đó rất khó khăn.\n${age('15')}`))).toEqual([['25', '15']]);
  });

  it('is the one finding of the pair: the same-fact rule, which would compare the two claims too, leaves it to this one', () => {
    expect(analysed(`${SHARE('85%')} Tỉnh tiếp tục đẩy mạnh chuyển đổi số.\n${SHARE('72%')}`).all.map((f) => f.rule)).toEqual(['repeated-passage']);
    // Worded otherwise, the two sentences are the same-fact rule's as before.
    const other = `${SHARE('85%')} Tỉnh tiếp tục đẩy mạnh chuyển đổi số.\nTheo báo cáo, năm 2023 tỷ lệ hộ gia đình có kết nối Internet cáp quang của tỉnh Bắc Giang đạt 72%.`;
    expect(analysed(other).all.map((f) => f.rule)).toEqual(['same-fact-values']);
  });

  it('names the odd mention of a sentence given three times, once: no second finding of it against the other mention', () => {
    const text = `${SENTENCE('30.000')} Cuộc thi kéo dài sáu tháng.\n${SENTENCE('20.000')} Ban tổ chức đã công bố kết quả.\n${SENTENCE('20.000')}`;
    const { all, findings } = analysed(text);
    expect(all.map((f) => f.rule)).toEqual(['repeated-passage']);
    expect(quotes(findings)).toEqual([['30.000', '20.000']]);
    // The first span is the odd one.
    expect(findings[0]?.spans?.[0]?.start).toBe(text.indexOf('30.000'));
    // Odd in the middle: named the same way.
    const middle = `${SENTENCE('20.000')} Cuộc thi kéo dài sáu tháng.\n${SENTENCE('30.000')} Ban tổ chức đã công bố kết quả.\n${SENTENCE('20.000')}`;
    expect(quotes(repeated(middle))).toEqual([['20.000', '30.000']]);
    expect(explainStoredFinding(findings[0] as Finding, 'vi')).toMatch(/cùng một câu 3 lần/);
    expect(explainStoredFinding(findings[0] as Finding, 'en')).toMatch(/the same sentence 3 times/);
  });

  it('stays one finding of the contradiction, incremental as fresh, when an editor adds or removes a narrower claim of another subject (review s80-2)', () => {
    const doc = buildDocument(`${SHARE('85%')} Tỉnh tiếp tục đẩy mạnh chuyển đổi số.\n${SHARE('72%')}`, 'bai.txt', '2013-10-28T00:00:00Z');
    const article = { ...doc.article, publishedAt: '2013-10-28' };
    const at = article.text.indexOf('85%');
    const base = doc.claims.find((c) => c.start <= at && c.end >= at + 3) as Claim;
    // A claim over "85" alone (narrower than the extractor's), of another subject.
    const manual: Claim = { ...base, id: 'c_manual0000000000000000000002', start: at, end: at + 2, quote: '85', subject: 'Hộ gia đình', origin: 'manual' };
    const rules = (fs: readonly Finding[]) => fs.map((f) => `${f.rule}:${[...f.claimIds].sort().join(',')}`).sort();
    const added = new FindingsAnalysis([article], doc.claims);
    added.findings();
    added.updateClaims([manual]);
    const freshAdded = new FindingsAnalysis([article], [...doc.claims, manual]).findings();
    expect(rules(added.findings())).toEqual(rules(freshAdded));
    // The contradiction is still raised once, between the extractor's claims.
    expect(rules(freshAdded)).toEqual([`repeated-passage:${[base.id, (doc.claims.find((c) => c.quote.startsWith('72%') || c.quote.endsWith('72%')) as Claim).id].sort().join(',')}`]);
    const removed = new FindingsAnalysis([article], [...doc.claims, manual]);
    removed.findings();
    removed.updateClaims([], [manual.id]);
    expect(rules(removed.findings())).toEqual(rules(new FindingsAnalysis([article], doc.claims).findings()));
  });

  it('decides by the claims of the two mentions alone: an edit adding a wider claim over one gives what a fresh analysis gives', () => {
    const doc = buildDocument(`${SHARE('85%')} Tỉnh tiếp tục đẩy mạnh chuyển đổi số.\n${SHARE('72%')}`, 'bai.txt', '2013-10-28T00:00:00Z');
    const article = { ...doc.article, publishedAt: '2013-10-28' };
    const analysis = new FindingsAnalysis([article], doc.claims);
    analysis.findings();
    // An editor's claim over "tỷ lệ … 85%" (another subject and metric), added beside the extractor's.
    const from = article.text.indexOf('tỷ lệ');
    const to = article.text.indexOf('85%') + 3;
    const base = doc.claims.find((c) => c.quote === '85%') as Claim;
    const manual: Claim = { ...base, id: 'c_manual0000000000000000000001', start: from, end: to, quote: article.text.slice(from, to), subject: 'Hộ gia đình', metric: 'kết nối cáp quang', origin: 'manual' };
    analysis.updateClaims([manual]);
    const incremental = analysis.findings().map((f) => [f.rule, [...f.claimIds].sort()]);
    const fresh = new FindingsAnalysis([article], [...doc.claims, manual]).findings().map((f) => [f.rule, [...f.claimIds].sort()]);
    expect(incremental).toEqual(fresh);
    // The repeat still names the narrowest claims: the extractor's.
    const repeat = fresh.find(([rule]) => rule === 'repeated-passage');
    expect(repeat?.[1]).not.toContain(manual.id);
  });
});

describe('what a sentence given again does not flag', () => {
  it('the same figure both times: a pasted paragraph, no contradiction', () => {
    expect(repeated(`${SENTENCE('20.000')} Cuộc thi kéo dài sáu tháng.\n${SENTENCE('20.000')}`)).toEqual([]);
  });

  it('a template filled with other figures: two figures differ', () => {
    expect(
      repeated('Tổng khối lượng giao dịch đạt 7,422 triệu đơn vị, trị giá 104,77 tỷ đồng.\nTổng khối lượng giao dịch đạt 4,286 triệu đơn vị, trị giá 34,06 tỷ đồng.'),
    ).toEqual([]);
  });

  it('one line at two moments: a date, an hour, a year, a quarter, a match’s minutes (each told by one sign alone)', () => {
    const gold = (when: string) => `${when}, giá vàng SJC tại Hà Nội được niêm yết ở mức 36,5 triệu đồng mỗi lượng.`;
    expect(repeated(`${gold('Sáng 5/3')}\n${gold('Sáng 6/3')}`)).toEqual([]);
    expect(repeated(`${gold('Cuối 2012')}\n${gold('Cuối 2013')}`)).toEqual([]);
    expect(repeated(`${gold('Quý 2')}\n${gold('Quý 3')}`)).toEqual([]);
    expect(repeated(`${gold('Đến 9 giờ')}\n${gold('Đến 14 giờ')}`)).toEqual([]);
    const corner = (m: string) => `Phút ${m}, Quang Hải thực hiện quả phạt góc và đưa bóng vào vòng cấm với 3 cầu thủ chờ sẵn.`;
    expect(repeated(`${corner('12')}\nĐội khách vẫn phòng ngự.\n${corner('58')}`)).toEqual([]);
  });

  it('a word written like a time of day that is none ("tới", not "tối"): the figure after it still compares', () => {
    const range = (n: string) => `Mỗi năm có từ ${n} tới 30.000 thí sinh đăng ký dự tuyển vào các trường quân đội.`;
    expect(quotes(repeated(`${range('20.000')}\nĐây là con số lớn.\n${range('25.000')}`))).toEqual([['20.000', '25.000']]);
  });

  it('numbers that name things, not figures: a district, a road, a round, a list item (no claim made of them)', () => {
    const district = (n: string) => `Người dân Quận ${n} có thể đăng ký tiêm vắc xin tại trạm y tế phường gần nhất.`;
    expect(repeated(`${district('7')}\n${district('8')}`)).toEqual([]);
    const round = (n: string) => `Thí sinh trúng tuyển đợt ${n} phải xác nhận nhập học trước thời hạn quy định trên hệ thống.`;
    expect(repeated(`${round('1')}\n${round('2')}`)).toEqual([]);
    const item = (n: string) => `${n}. Thí sinh phải có mặt tại phòng thi đúng giờ và mang theo giấy tờ tùy thân.`;
    expect(repeated(`${item('1')}\n${item('2')}`)).toEqual([]);
  });

  it('a running count a live report gives again as it grows', () => {
    const tally = (n: string) => `Tính đến thời điểm này, lực lượng cứu hộ đã đưa được ${n} người ra khỏi hiện trường vụ sập nhà.`;
    expect(repeated(`10:30\n${tally('12')}\n11:45\n${tally('15')}`)).toEqual([]);
  });

  it('but a "hiện" inside a word or a standing count is no tally: those repeats are flagged (review s80-2)', () => {
    const found = (n: string) => `Qua kiểm tra, cơ quan chức năng phát hiện có ${n} cơ sở kinh doanh thực phẩm vi phạm quy định về an toàn.`;
    expect(quotes(repeated(`${found('45')}\nCác cơ sở đã bị xử phạt.\n${found('54')}`))).toEqual([['45', '54']]);
    const staff = (n: string) => `Công ty hiện có khoảng ${n} công nhân làm việc tại nhà máy ở khu công nghiệp Quế Võ.`;
    expect(quotes(repeated(`${staff('3.000')}\nSản xuất ổn định.\n${staff('2.000')}`))).toEqual([['khoảng 3.000', 'khoảng 2.000']]);
  });

  it('the same line about two places: the claims have different subjects', () => {
    const text =
      'Phía Tây Bắc Bộ: Có mây, ngày nắng nóng.\nNhiệt độ cao nhất phổ biến từ 35-37 độ, có nơi trên 38 độ.\nPhía Đông Bắc Bộ: Có mây, ngày nắng nóng.\nNhiệt độ cao nhất phổ biến từ 35-37 độ, có nơi trên 39 độ.';
    expect(repeated(text)).toEqual([]);
  });

  it('one value the other rounded at its own last digit; two round values are two values (review s80-2)', () => {
    const gold = (v: string) => `Sáng nay, giá vàng SJC tăng thêm ${v} triệu đồng mỗi lượng, lên mức cao nhất lịch sử.`;
    expect(repeated(`${gold('1,5')} Thị trường sôi động.\n${gold('1,52')}`)).toEqual([]);
    const capital = (v: string) => `Dự án có tổng vốn đầu tư ${v} tỷ đồng, do tập đoàn Sun Group làm chủ đầu tư toàn bộ.`;
    for (const [x, y] of [['1,5', '2'], ['9', '10'], ['45', '50'], ['1.000', '1.400']] as const) {
      expect(quotes(repeated(`${capital(x)} Công trình khởi công năm ngoái.\n${capital(y)}`)), `${x} / ${y}`).toEqual([[`${x} tỷ`, `${y} tỷ`]]);
    }
  });

  it('the same line under different headings: two days, two cities (review s80-2)', () => {
    const price = (v: string) => `Giá vàng SJC tại Hà Nội được các doanh nghiệp niêm yết ở mức ${v} triệu đồng mỗi lượng.`;
    expect(repeated(`Ngày 5/3:\n${price('36,5')}\nNgày 6/3:\n${price('36,8')}`)).toEqual([]);
    const fuel = (v: string) => `Giá xăng RON 95 tại các cửa hàng bán lẻ hôm nay ở mức ${v} đồng mỗi lít.`;
    expect(repeated(`Hà Nội:\n${fuel('23.000')}\nTP HCM:\n${fuel('23.500')}`)).toEqual([]);
    // Under the same heading, or none, it is one line said twice.
    expect(quotes(repeated(`Hà Nội:\n${fuel('23.000')}\nHà Nội:\n${fuel('25.000')}`))).toEqual([['23.000', '25.000']]);
  });

  it('a short line (fewer than eight words) and a list’s lines (three values, no odd one)', () => {
    expect(repeated('Tỷ số hiện tại là 1-0.\nĐội khách vẫn tấn công.\nTỷ số hiện tại là 2-0.')).toEqual([]);
    expect(repeated(`${SENTENCE('20.000')}\n${SENTENCE('30.000')}\n${SENTENCE('40.000')}`)).toEqual([]);
  });
});
