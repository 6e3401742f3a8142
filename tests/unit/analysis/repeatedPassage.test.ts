import { describe, expect, it } from 'vitest';
import { detectFindings, explainStoredFinding } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';

/** The article as the extractor reads it (real claims), analysed alone: its 'repeated-passage' findings. */
function repeated(text: string): { findings: Finding[]; claims: ReturnType<typeof buildDocument>['claims'] } {
  const doc = buildDocument(text, 'bai.txt', '2013-10-28T00:00:00Z');
  const findings = detectFindings([{ ...doc.article, publishedAt: '2013-10-28', outlet: 'Báo A' }], doc.claims).filter((f) => f.rule === 'repeated-passage');
  return { findings, claims: doc.claims };
}

const SENTENCE = (n: string) => `Vượt qua ${n} thí sinh là người Việt Nam trên toàn thế giới dự tuyển vòng loại.`;

describe('a sentence given twice with one figure changed', () => {
  it('flags a paragraph given again with another figure: both mentions, their claims, in the article’s order', () => {
    const text = `Chàng trai 20 tuổi đã chiến thắng cuộc thi. ${SENTENCE('30.000')} Anh sẽ bay vào vũ trụ năm 2015.\n${SENTENCE('20.000')} Anh nói mình rất hồi hộp.`;
    const { findings, claims } = repeated(text);
    expect(findings).toHaveLength(1);
    const f = findings[0] as Finding;
    expect(f.type).toBe('internal');
    expect(f.spans?.map((s) => s.quote)).toEqual(['30.000', '20.000']);
    const first = claims.find((c) => c.quote.startsWith('30.000'));
    const second = claims.find((c) => c.quote.startsWith('20.000'));
    expect(first && second).toBeTruthy();
    expect([...f.claimIds].sort()).toEqual([first?.id, second?.id].sort());
    expect(f.facts).toMatchObject({ rule: 'repeated-passage', a: { quote: first?.quote }, b: { quote: second?.quote } });
    expect(explainStoredFinding(f, 'vi')).toMatch(/cùng một câu hai lần, từng chữ như nhau, nhưng với hai con số khác nhau: “30\.000 thí sinh” và “20\.000 thí sinh”/);
    expect(explainStoredFinding(f, 'en')).toMatch(/the same sentence twice, word for word, but with two different figures: “30\.000 thí sinh” and “20\.000 thí sinh”/);
  });

  it('flags a match’s minute moved in a sentence given again (one goal, one minute)', () => {
    const goal = (m: string) => `Phút ${m}, Joshua Brillante băng xuống đánh đầu mở tỷ số cho U21 Australia sau pha phạt góc.`;
    const { findings } = repeated(`${goal('43')}\nHai đội vào nghỉ giữa hiệp.\n${goal('44')}`);
    expect(findings.map((f) => f.spans?.map((s) => s.quote))).toEqual([['43', '44']]);
  });

  it('is the one finding of the pair: the same-fact rule, which would compare the two claims too, leaves it to this one', () => {
    const share = (v: string) => `Năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang của tỉnh Bắc Giang đạt ${v}.`;
    const doc = buildDocument(`${share('85%')} Tỉnh tiếp tục đẩy mạnh chuyển đổi số.\n${share('72%')}`, 'bai.txt', '2013-10-28T00:00:00Z');
    const all = detectFindings([{ ...doc.article, publishedAt: '2013-10-28' }], doc.claims);
    expect(all.map((f) => f.rule)).toEqual(['repeated-passage']);
    // Worded otherwise, the two sentences are the same-fact rule's as before.
    const other = buildDocument(`${share('85%')} Tỉnh tiếp tục đẩy mạnh chuyển đổi số.\nTheo báo cáo, năm 2023 tỷ lệ hộ gia đình có kết nối Internet cáp quang của tỉnh Bắc Giang đạt 72%.`, 'bai.txt', '2013-10-28T00:00:00Z');
    expect(detectFindings([{ ...other.article, publishedAt: '2013-10-28' }], other.claims).map((f) => f.rule)).toEqual(['same-fact-values']);
  });

  it('reads "mỗi ngày 2.000 lượt khách" as a count, not a day of the month', () => {
    const visits = (n: string) => `Mỗi ngày ${n} lượt khách đến tham quan khu di tích lịch sử này vào mùa lễ hội.`;
    const { findings } = repeated(`${visits('2.000')}\nBan quản lý đã tăng cường lực lượng.\n${visits('3.000')}`);
    expect(findings.map((f) => f.spans?.map((s) => s.quote))).toEqual([['2.000', '3.000']]);
  });

  it('reads "năm" before an age as no moment: "từ năm 15 tuổi" changed is flagged', () => {
    const age = (n: string) => `Anh rời quê nhà và tự lập cuộc sống tại Úc từ năm ${n} tuổi cùng người chị gái.`;
    const { findings } = repeated(`${age('25')}\nCuộc sống khi đó rất khó khăn.\n${age('15')}`);
    expect(findings.map((f) => f.spans?.map((s) => s.quote))).toEqual([['25', '15']]);
  });

  it('names the odd mention when a sentence is given three times', () => {
    const text = `${SENTENCE('20.000')} Cuộc thi kéo dài sáu tháng.\n${SENTENCE('30.000')} Ban tổ chức đã công bố kết quả.\n${SENTENCE('20.000')}`;
    const { findings } = repeated(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.spans?.map((s) => s.quote)).toEqual(['20.000', '30.000']);
    // The second span is the odd one: it stands in the middle of the three.
    expect(findings[0]?.spans?.[1]?.start).toBe(text.indexOf('30.000'));
  });

  it('stays quiet on a sentence given again alike, a template filled with other figures, other moments and short lines', () => {
    // The same figure both times: a pasted paragraph, no contradiction.
    expect(repeated(`${SENTENCE('20.000')} Cuộc thi kéo dài sáu tháng.\n${SENTENCE('20.000')}`).findings).toEqual([]);
    // Two figures differ: one template line per trading floor or session, not one sentence said again.
    expect(
      repeated(
        'Tổng khối lượng giao dịch đạt 7,422 triệu đơn vị, trị giá 104,77 tỷ đồng.\nTổng khối lượng giao dịch đạt 4,286 triệu đơn vị, trị giá 34,06 tỷ đồng.',
      ).findings,
    ).toEqual([]);
    // Another day, hour or year: the same line at two moments, the price unchanged.
    const gold = (when: string) => `${when}, giá vàng SJC tại Hà Nội được niêm yết ở mức 36,5 triệu đồng mỗi lượng.`;
    // (Each moment told by one sign alone: a date read as such, a year, the word before, the word after.)
    expect(repeated(`${gold('Sáng 5/3')}\n${gold('Sáng 6/3')}`).findings).toEqual([]);
    expect(repeated(`${gold('Cuối 2012')}\n${gold('Cuối 2013')}`).findings).toEqual([]);
    expect(repeated(`${gold('Quý 2')}\n${gold('Quý 3')}`).findings).toEqual([]);
    expect(repeated(`${gold('Đến 9 giờ')}\n${gold('Đến 14 giờ')}`).findings).toEqual([]);
    // A short line (fewer than eight words) is a list's line more often than a sentence: "Điều 242." / "Điều 246."
    expect(repeated('Tỷ số hiện tại là 1-0.\nĐội khách vẫn tấn công.\nTỷ số hiện tại là 2-0.').findings).toEqual([]);
    // Three different values of one line: a list, no odd one out.
    expect(repeated(`${SENTENCE('20.000')}\n${SENTENCE('30.000')}\n${SENTENCE('40.000')}`).findings).toEqual([]);
  });
});
