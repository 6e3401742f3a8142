import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import type { Article, Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

// Issue 10 (b), s35: general rules that let the same-event comparison find a figure one outlet changed
// when the words around it are few or given elsewhere — each beside the near-misses it must not fire on.

const facts = (f: Finding) => f.facts as unknown as { basis?: string; a: { quote: string }; b: { quote: string } };
const cross = (articles: Article[]): Finding[] => detectFindings(articles, []).filter((f) => (f.articleIds?.length ?? 0) > 1);
const quotes = (articles: Article[]): string[][] => cross(articles).map((f) => [f.type, facts(f).a.quote, facts(f).b.quote]);

describe('same-event: a value given elsewhere in the changed report in poorer words does not excuse the change', () => {
  // The title gives the step of the petrol fund; the body gives it again, in a list of fuels.
  const fundA = (title: string) =>
    `Giảm mức sử dụng Quỹ bình ổn giá xăng từ ${title} đồng/lít xuống còn 200 đồng/lít\n` +
    'Bộ Tài chính vừa có công văn gửi Petrolimex và các doanh nghiệp đầu mối. Đối với mặt hàng xăng: giảm mức sử dụng 100 đồng/lít (từ 300 đồng/lít xuống còn 200 đồng/lít); ' +
    'đối với dầu hỏa: giảm từ 800 đồng/lít xuống còn 700 đồng/lít.';
  const FUND_B =
    'Xăng dầu giữ giá\nBộ Tài chính yêu cầu Petrolimex giữ giá bán. Cụ thể, đối với xăng các loại: giảm sử dụng Quỹ bình ổn giá từ 300 đ/lít xuống còn 200 đ/lít; ' +
    'dầu hỏa: giảm sử dụng Quỹ từ 800 đ/lít xuống còn 700 đ/lít.';
  const a = (title: string) => makeArticle('a', fundA(title), '2013-10-22T08:00', 'Báo A');
  const b = makeArticle('b', FUND_B, '2013-10-22T09:00', 'Báo B');

  it('flags the title’s earlier level that the other report gives otherwise, in the same words', () => {
    expect(quotes([a('400'), b])).toEqual([['conflict', '400', '300']]);
    expect(quotes([a('300'), b])).toEqual([]);
  });

  it('stays quiet when the other mention gives the other report’s figure in words as close as the changed one’s', () => {
    // The body gives the step in the title's own words: the mention in the matching context excuses it
    // (two steps of one fund, for this rule: the rule for a figure said twice decides such a pair).
    const again = fundA('400').replace('giảm mức sử dụng 100 đồng/lít (từ 300', 'giảm mức sử dụng Quỹ bình ổn giá xăng từ 300');
    expect(again).toContain('Quỹ bình ổn giá xăng từ 300');
    expect(quotes([makeArticle('a', again, '2013-10-22T08:00', 'Báo A'), b])).toEqual([]);
  });

  it('stays quiet in a list of several stocks’ shares, where more than one figure is unconfirmed', () => {
    // "93%" is given by the first report of the stocks up; its 46,7% is one stock's share (the ticker far
    // from it), the other report lists two stocks' shares: which one it would be is a guess.
    const marketA =
      'Khối ngoại mua ròng trên HOSE\nVN-Index tăng 3,08 điểm lên 503,65 điểm, có tới 93% số mã tăng giá. Tổng giá trị giao dịch toàn sàn đạt 1.250 tỷ đồng. ' +
      'Riêng mã KDC trong phiên sáng nay được khối ngoại mua vào tới 35.200 đơn vị, chiếm 46,7% tổng khối lượng giao dịch.';
    const marketB =
      'VN-Index vượt 500 điểm\nVN-Index tăng 3,08 điểm lên 503,65 điểm. Giá trị giao dịch toàn sàn đạt 1.250 tỷ đồng. ' +
      'Mã PVD trong phiên sáng nay được khối ngoại mua 11.810 đơn vị, chiếm gần 93% tổng giao dịch; mã HAG được mua 5.120 đơn vị, chiếm 34% thanh khoản.';
    expect(quotes([makeArticle('a', marketA, '2013-10-23T10:00', 'Báo A'), makeArticle('b', marketB, '2013-10-23T11:00', 'Báo B')])).toEqual([]);
  });
});

describe('same-event: the other figures of the sentence that agree say which figure it is', () => {
  // Re-worded budget reports: few words in common around the shortfall, its neighbours agree
  // ("752.370 tỷ" cut off to "752.300 tỷ", "7,8%").
  const budgetA = (gap: string) =>
    'Quốc hội thảo luận ngân sách\nChiều 23/10, Bộ trưởng Đinh Tiến Dũng báo cáo trước Quốc hội. Theo ông, năm 2013 thu cân đối ngân sách nhà nước ước đạt 752.370 tỷ đồng, ' +
    `giảm ${gap} tỷ đồng (tương đương 7,8%) so với dự toán. Tổng chi ngân sách nhà nước ước đạt 986.300 tỷ đồng.`;
  const BUDGET_B =
    'Ngân sách hụt thu\nBộ trưởng Đinh Tiến Dũng vừa báo cáo Quốc hội. Ông cho biết, nếu loại trừ các khoản ghi thu thì thu cân đối ngân sách nhà nước đạt 752.300 tỷ đồng, ' +
    'giảm 63.600 tỷ đồng (-7,8%) so với dự toán. Tổng chi ngân sách nhà nước ước đạt 986.300 tỷ đồng.';
  const at = (id: string, text: string, time: string) => makeArticle(id, text, time, `Báo ${id.toUpperCase()}`);

  it('flags the shortfall one report gives otherwise, its sentence’s other figures agreeing', () => {
    const found = cross([at('a', budgetA('73.630'), '2013-10-23T15:00'), at('b', BUDGET_B, '2013-10-23T16:00')]);
    expect(found.map((f) => [f.type, facts(f).a.quote, facts(f).b.quote])).toEqual([['conflict', '73.630 tỷ', '63.600 tỷ']]);
  });

  it('flags it in a sentence re-worded further, by the agreeing figures around it (few words in common)', () => {
    const reworded = BUDGET_B.replace(
      'Ông cho biết, nếu loại trừ các khoản ghi thu thì thu cân đối ngân sách nhà nước đạt 752.300 tỷ đồng, giảm 63.600 tỷ đồng (-7,8%) so với dự toán.',
      'Số thu cân đối ngân sách nhà nước chỉ về được 752.300 tỷ đồng, hụt 63.600 tỷ đồng, tức hụt 7,8% so với con số được giao.',
    );
    expect(reworded).not.toBe(BUDGET_B);
    const found = cross([at('a', budgetA('73.630'), '2013-10-23T15:00'), at('b', reworded, '2013-10-23T16:00')]);
    expect(found.map((f) => [f.type, facts(f).a.quote, facts(f).b.quote])).toEqual([['conflict', '73.630 tỷ', '63.600 tỷ']]);
    expect(quotes([at('a', budgetA('63.630'), '2013-10-23T15:00'), at('b', reworded, '2013-10-23T16:00')])).toEqual([]);
  });

  it('reads the amount cut off ("752.300 tỷ" for "752.370 tỷ") as agreeing, not as a second figure moved', () => {
    // 63.600 is 63.630 cut off: nothing to say.
    expect(quotes([at('a', budgetA('63.630'), '2013-10-23T15:00'), at('b', BUDGET_B, '2013-10-23T16:00')])).toEqual([]);
  });

  it('does not take two parts of an agreeing total for one figure (a part named by "trong đó", "riêng")', () => {
    // The total agrees; the figures compared are two different items of it (domestic vs crude-oil revenue,
    // development investment vs debt service): the total says nothing of which item it is.
    const lead = 'Quốc hội thảo luận ngân sách\nChiều 23/10, Bộ trưởng Đinh Tiến Dũng báo cáo trước Quốc hội, bội chi ước 5,3% GDP, nợ công 56,2% GDP.';
    const revenue = [
      `${lead} Thu cân đối ngân sách ước đạt 752.370 tỷ đồng, trong đó thu nội địa 485.300 tỷ đồng.`,
      `${lead} Với 752.370 tỷ đồng thu cân đối, riêng thu từ dầu thô là 115.800 tỷ đồng.`,
    ];
    expect(quotes([at('a', revenue[0] as string, '2013-10-23T15:00'), at('b', revenue[1] as string, '2013-10-23T16:00')])).toEqual([]);
    const spending = [
      `${lead} Tổng chi ước 986.300 tỷ đồng, riêng chi đầu tư phát triển 175.000 tỷ đồng.`,
      `${lead} Trong 986.300 tỷ đồng tổng chi, chi trả nợ và viện trợ là 115.000 tỷ đồng.`,
    ];
    expect(quotes([at('a', spending[0] as string, '2013-10-23T15:00'), at('b', spending[1] as string, '2013-10-23T16:00')])).toEqual([]);
  });

  it('does not count small agreeing counts ("3 đợt", "2 lần") as shared context', () => {
    // Tax collected after inspections and flood damage: only small counts agree, which many facts share.
    const lead = 'Quốc hội thảo luận ngân sách\nChiều 23/10, Bộ trưởng Đinh Tiến Dũng báo cáo trước Quốc hội, bội chi ước 5,3% GDP, nợ công 56,2% GDP.';
    const a = `${lead} Qua 3 đợt kiểm tra và 2 lần đối chất, đoàn truy thu 2.400 tỷ đồng tiền thuế.`;
    const b = `${lead} Sau 3 đợt mưa lũ và 2 lần vỡ đê, thiệt hại ước 1.800 tỷ đồng.`;
    expect(quotes([at('a', a, '2013-10-23T15:00'), at('b', b, '2013-10-23T16:00')])).toEqual([]);
  });

  it('does not take two provinces’ counts for one figure because another count of the sentence agrees', () => {
    const lead = 'Sốt xuất huyết tăng ở miền Trung\nBộ Y tế cho biết cả nước có 98.750 ca mắc sốt xuất huyết, 21 ca tử vong, tăng 12,5% so với cùng kỳ.';
    const a = `${lead} Tuần qua tỉnh Quảng Nam ghi nhận 120 ca mắc mới, tỉnh Quảng Ngãi có 85 ca mắc mới.`;
    // (Quảng Nam's 120 agrees; the second count is another province's in each.)
    const b = `${lead} Tuần qua tỉnh Quảng Nam ghi nhận 120 ca mắc mới, trong khi tỉnh Bình Định có 95 ca mắc mới.`;
    expect(quotes([at('a', a, '2013-10-23T08:00'), at('b', b, '2013-10-23T09:00')])).toEqual([]);
  });

  it('does not take two matches’ scores for one because the other match of the sentence agrees', () => {
    const lead = 'Chelsea thắng đậm ở Champions League\nChelsea của HLV Mourinho thắng đậm Schalke tại Gelsenkirchen, Torres lập cú đúp ở phút 5 và phút 68, Hazard ghi bàn ở phút 87.';
    const a = `${lead} Ở lượt trận thứ ba, Chelsea thắng Schalke 3-0, trận còn lại Basel hòa Steaua Bucuresti 1-1.`;
    const b = `${lead} Ở lượt trận thứ ba, Chelsea thắng Schalke 3-0, còn ở bảng G, Zenit thắng Porto 1-0.`;
    expect(quotes([at('a', a, '2013-10-23T05:00'), at('b', b, '2013-10-23T06:00')])).toEqual([]);
  });
});

describe('same-event: a count by a classifier ("12 chiếc") and by its noun ("12 chiến đấu cơ")', () => {
  const lead = 'Philippines mua máy bay Hàn Quốc\nTổng thống Benigno Aquino cho biết Manila đã chốt hợp đồng với Seoul trị giá 18,9 tỷ peso, tương đương 450 triệu USD.';
  const a = (n: string) => makeArticle('a', `${lead} Tới đây, Manila sẽ mua ${n} chiến đấu cơ FA-50 để nâng cấp không quân.`, '2013-10-22T08:00', 'Báo A');
  const b = (tail: string) => makeArticle('b', `${lead} ${tail}`, '2013-10-22T09:00', 'Báo B');

  it('flags the count one report gives by the noun and the other by a classifier, with other values', () => {
    // (Re-worded: the sentences do not line up, the same-event comparison decides.)
    const tail = 'Theo hợp đồng, Manila sẽ mua 12 chiếc FA-50 do Seoul chế tạo, giúp nâng cấp lực lượng không quân.';
    expect(quotes([a('22'), b(tail)])).toEqual([['conflict', '22', '12']]);
    expect(quotes([a('12'), b(tail)])).toEqual([]);
  });

  it('does not take a classifier’s count of one thing for a noun’s count of another bought in the same words', () => {
    // "22 máy bay huấn luyện" / "12 chiếc tàu tuần tra": the buyer and the verb are shared, the things are not.
    const planes = makeArticle('a', `${lead} Tới đây, Manila sẽ mua 22 máy bay huấn luyện để nâng cấp không quân.`, '2013-10-22T08:00', 'Báo A');
    expect(quotes([planes, b('Ngoài ra Manila sẽ mua 12 chiếc tàu tuần tra để nâng cấp hải quân.')])).toEqual([]);
    // (The same planes counted by a classifier in a re-worded sentence are still compared.)
    expect(quotes([planes, b('Theo hợp đồng, Manila sẽ mua 12 chiếc máy bay huấn luyện do Seoul chế tạo, giúp nâng cấp lực lượng không quân.')])).toEqual([['conflict', '22', '12']]);
  });

  it('does not compare the noun’s count, given alike by a classifier, with a second batch counted by the classifier', () => {
    const tail = 'Theo hợp đồng, Manila sẽ mua 22 chiếc FA-50 do Seoul chế tạo, giúp nâng cấp lực lượng không quân. Năm sau, Manila cũng sẽ mua thêm 12 chiếc FA-50.';
    expect(quotes([a('22'), b(tail)])).toEqual([]);
  });

  it('does not pair the noun’s count with a classifier count unless each is the other’s best', () => {
    // "22 chiến đấu cơ" shares its words with both batches ("12 chiếc … đầu tiên", "15 chiếc … nữa"): the
    // first batch is its closest count, but the first batch is not the noun's alone, so nothing is compared.
    const tail = 'Năm nay Manila sẽ mua 12 chiếc FA-50 đầu tiên. Sang năm, Manila sẽ mua 15 chiếc FA-50 nữa để nâng cấp không quân.';
    expect(quotes([a('22'), b(tail)])).toEqual([]);
  });

  it('does not take a count of vehicles for the count of people riding them', () => {
    // "12 chiếc xe máy" / "22 người đi xe máy": the thing is beside the people's count, the people are never things.
    const bikes = makeArticle('a', `${lead} Tai nạn ở Manila: xe tải tông 12 chiếc xe máy đang chờ đèn đỏ.`, '2013-10-22T08:00', 'Báo A');
    expect(quotes([bikes, b('Ở Manila hôm qua, 22 người đi xe máy bị xe tải tông khi chờ đèn đỏ.')])).toEqual([]);
  });

  it('does not take a classifier’s count of things for a count of people, nor for another noun’s count without words in common', () => {
    expect(quotes([a('22'), b('Tới đây, Manila sẽ cử 12 người sang Seoul học lái FA-50 để nâng cấp không quân.')])).toEqual([]);
    expect(quotes([a('22'), b('Hải quân nước này cũng sẽ nhận 12 chiếc tàu tuần tra của Nhật Bản vào năm tới.')])).toEqual([]);
  });
});
