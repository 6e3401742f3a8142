import { describe, expect, it } from 'vitest';
import { detectFindings, explainStoredFinding, FindingsAnalysis } from '../../../shared/analysis';
import type { Claim, Finding } from '../../../shared/schema';
import { cutOff, figureContexts, figuresAgree, oneDigitApart, sameStep } from '../../../shared/analysis/sameEvent';
import { finish, passagesOf } from '../../../shared/analysis/passages';
import { makeArticle, makeClaim } from './helpers';

// Two outlets re-wording one product launch: no sentence is shared, the figures are.
const OUTLET_A =
  'Nokia ra mắt Lumia Z tại Hà Nội\nHãng Nokia vừa giới thiệu Lumia Z tại Việt Nam. Lumia Z được trang bị pin dung lượng 3.400 mAh, ' +
  'bộ xử lý Snapdragon chạy ở tốc độ 2,2 GHz, màn hình kích thước 6,1 inch. Máy có giá bán 15,99 triệu đồng và lên kệ từ tuần sau tại các cửa hàng FPT Shop.';

function outletB(battery: string, clock = '2,2GHz', price = '15,99 triệu đồng'): string {
  return (
    'Lumia Z chính thức bán tại Việt Nam\nSáng nay, Nokia công bố giá Lumia Z ở thị trường trong nước. ' +
    `Theo hãng, máy sử dụng dung lượng pin ${battery}, chip Snapdragon lõi tứ tốc độ ${clock}. Màn hình có kích thước 6,1 inch. ` +
    `Giá bán của Lumia Z là ${price}, khách đặt trước tại FPT Shop được tặng loa.`
  );
}

function run(textB: string, textA = OUTLET_A): Finding[] {
  const a = makeArticle('a', textA, '2013-10-22T08:00', 'Báo A');
  const b = makeArticle('b', textB, '2013-10-22T10:30', 'Báo B');
  return detectFindings([a, b], []).filter((f) => f.rule === 'aligned-passage');
}

const facts = (f: Finding) => f.facts as unknown as { basis?: string; context?: string[]; a: { quote: string }; b: { quote: string }; severity: string };

/** Two reports of one storm: the first says 14 dead, the second (after its lead words) 21. */
const STORM_A =
  'Bão Yagi đổ bộ Quảng Ninh\nCơn bão Yagi đã làm 14 người chết tại Quảng Ninh và Hải Phòng. ' +
  'Sức gió mạnh nhất của bão Yagi đạt 150 km/h, khiến 3.260 ngôi nhà ở Quảng Ninh bị tốc mái.';
const stormB = (lead: string) =>
  `Thiệt hại do bão Yagi tại Quảng Ninh\n${lead} bão Yagi đã làm chết 21 người tại hai tỉnh ven biển Quảng Ninh, Hải Phòng. ` +
  'Gió bão Yagi mạnh nhất 150 km/h, làm 3.260 ngôi nhà tại Quảng Ninh tốc mái.';

describe('same-event comparison across paraphrase', () => {
  it('flags a figure two outlets give differently for the same thing, with both sentences and the shared words', () => {
    const found = run(outletB('3.200mAh'));
    expect(found).toHaveLength(1);
    const f = found[0] as Finding;
    expect(f.type).toBe('conflict');
    expect(facts(f).basis).toBe('same-event');
    expect([facts(f).a.quote, facts(f).b.quote]).toEqual(['3.400', '3.200']);
    expect(facts(f).context).toEqual(expect.arrayContaining(['dung', 'luong', 'pin']));
    expect(explainStoredFinding(f, 'vi')).toMatch(/cùng một sự kiện/);
    expect(explainStoredFinding(f, 'en')).toMatch(/same event/);
  });

  it('stays quiet when the figures agree, written another way ("15,99 triệu" / "15.990.000 đồng")', () => {
    expect(run(outletB('3.400mAh', '2,2 GHz', '15.990.000 đồng'))).toEqual([]);
  });

  it('stays quiet when the other value is given elsewhere in the article (a second figure, not a changed one)', () => {
    const b = outletB('3.200mAh') + ' Bản quốc tế có pin 3.400 mAh.';
    expect(run(b)).toEqual([]);
  });

  it('compares within one order of magnitude only, and never small counts of a generic unit', () => {
    // 34.000 is not a mistyped 3.400: another fact (or another unit of count) altogether.
    expect(run(outletB('34.000 mAh'))).toEqual([]);
    const a = 'Hai đội hòa nhau tại Mỹ Đình\nĐội tuyển Thái Lan có 3 cầu thủ bị treo giò sau trận gặp Việt Nam ở Mỹ Đình.';
    const b = 'Việt Nam và Thái Lan chia điểm\nThái Lan mất 2 cầu thủ bị treo giò cho trận gặp Việt Nam tới ở Mỹ Đình.';
    expect(run(b, a)).toEqual([]);
  });

  it('needs the articles to give figures of the event alike: one anchor is not enough', () => {
    // Without the screen size both give, only the clock agrees: the articles may report two things.
    expect(run(outletB('3.200mAh').replace(' Màn hình có kích thước 6,1 inch.', ''))).toEqual([]);
  });

  it('needs the articles to report one event: the same words about other names are not compared', () => {
    const other = 'Samsung ra mắt Galaxy K tại Đà Nẵng\nHãng Samsung giới thiệu Galaxy K. Máy sử dụng dung lượng pin 3.200mAh, chip Exynos 1,9 GHz.';
    expect(run(other)).toEqual([]);
  });

  it('reads a score as one figure and flags a different score of the same set', () => {
    const a =
      'Tiến Minh thua Wei Feng Chong\nỞ séc thứ hai, Tiến Minh để thua Wei Feng Chong với tỷ số 18-21 đầy tiếc nuối tại Đan Mạch. ' +
      'Trận đấu kéo dài 58 phút. Wei Feng Chong, tay vợt hạng 18 thế giới, thắng xứng đáng.';
    const b =
      'Tiến Minh dừng bước tại Đan Mạch\nTay vợt số một Việt Nam gác vợt trước Wei Feng Chong: thắng séc đầu, anh chịu thua 17-21 ở séc hai đầy tiếc nuối. ' +
      'Trận đấu kéo dài 58 phút và Wei Feng Chong, tay vợt hạng 18 thế giới, giành vé đi tiếp.';
    const found = run(b, a);
    expect(found).toHaveLength(1);
    expect([facts(found[0] as Finding).a.quote, facts(found[0] as Finding).b.quote]).toEqual(['18-21', '17-21']);
    // The same score written the other way round is the same score.
    expect(run(b.replace('17-21', '21-18'), a)).toEqual([]);
  });
});

describe('same-event comparison: forecasts, goals and ceilings', () => {
  it('compares a figure one report gives as what will be ("sẽ có giá bán") with the figure the other reports', () => {
    const found = run(outletB('3.400 mAh', '2,2GHz', '17,99 triệu đồng'), OUTLET_A.replace('Máy có giá bán', 'Máy sẽ có giá bán'));
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['15,99 triệu', '17,99 triệu']]);
  });

  it('does not compare a ceiling ("giá trần", "không vượt quá") with a reported figure', () => {
    const b = outletB('3.400 mAh', '2,2GHz', '15,99 triệu đồng');
    expect(run(b, OUTLET_A.replace('Máy có giá bán 15,99', 'Giá trần của máy là 17,99'))).toEqual([]);
    expect(run(b, OUTLET_A.replace('Máy có giá bán 15,99', 'Giá bán của máy không vượt quá 17,99'))).toEqual([]);
  });

  it('does not compare a forecast for a later period with a figure of an earlier one ("năm tới" / "năm ngoái", "sẽ" / "trước khi")', () => {
    const cases: [string, string][] = [
      [
        'Trong năm tới, hãng dự kiến bán ra khoảng 250.000 điện thoại thông minh ở thị trường trong nước.',
        'Năm ngoái, hãng đã bán ra 180.000 điện thoại thông minh các loại, theo số liệu thống kê của công ty nghiên cứu thị trường.',
      ],
      ['Với mẫu máy mới, hãng tin rằng thị phần điện thoại thông minh sẽ đạt 18,5% ở trong nước.', 'Trước khi ra mắt máy mới, thị phần điện thoại thông minh của hãng là 12,5%.'],
    ];
    for (const [forecast, past] of cases) {
      // Whichever report comes first.
      expect(run(outletB('3.400 mAh') + ' ' + past, OUTLET_A + ' ' + forecast)).toEqual([]);
      expect(run(OUTLET_A + ' ' + forecast, outletB('3.400 mAh') + ' ' + past)).toEqual([]);
    }
  });

  it('still compares a forecast with a figure of the same period that is set beside another ("so với mức … đã công bố")', () => {
    const found = run(
      outletB('3.400 mAh') + ' Năm nay, hãng bán ra 180.000 điện thoại thông minh, cao hơn so với mức hãng đã công bố.',
      OUTLET_A + ' Năm nay, hãng sẽ bán ra khoảng 250.000 điện thoại thông minh ở thị trường trong nước.',
    );
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['khoảng 250.000', '180.000']]);
  });

  it('does not read the surname Trần, a street, "quạt trần" as a ceiling, nor the department "Sở Kế hoạch và Đầu tư" as a plan', () => {
    for (const tail of [
      ', ông Trần Quang Huy, giám đốc bán hàng, cho biết',
      ', khách mua tại FPT Shop đường Trần Hưng Đạo được tặng loa',
      ', ngang một chiếc quạt trần cao cấp',
      ', theo số liệu của Sở Kế hoạch và Đầu tư',
    ]) {
      const found = run(outletB('3.400 mAh', '2,2GHz', `17,99 triệu đồng${tail}`));
      expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['15,99 triệu', '17,99 triệu']]);
    }
  });

  it('does not compare what will be with what was when the report gives the other figure elsewhere (another amount)', () => {
    const a =
      'Djokovic bỏ giải Thượng Hải\nNếu bỏ giải Paris, Djokovic lỡ mất khoản tiền thưởng 3 triệu USD cuối mùa. ' +
      'Ở mùa giải Bắc Mỹ, Djokovic giành thêm 2 triệu USD tiền thưởng. Djokovic hiện có 9 danh hiệu trong năm và đã thắng 61 trận. ' +
      'Giải Thượng Hải có quỹ thưởng 4.200 tỷ đồng, diễn ra trong 8 ngày.';
    const b =
      'Djokovic rút lui khỏi Thượng Hải\nNếu giữ ngôi đầu, Djokovic sẽ có thêm 3 triệu USD tiền thưởng dành cho tay vợt số 1 của mùa giải từ ATP. ' +
      'Tay vợt người Serbia đã có 9 danh hiệu và 61 trận thắng trong năm nay. Giải Thượng Hải kéo dài 8 ngày với quỹ thưởng 4.200 tỷ đồng.';
    expect(run(b, a)).toEqual([]);
  });

  it('does not compare a goal stepped up from an earlier level with the level reached from it (a goal is no result)', () => {
    const a = OUTLET_A + ' Nokia đặt mục tiêu nâng thị phần điện thoại tại Việt Nam từ 12% lên 25% trong hai năm tới.';
    const b = outletB('3.400 mAh') + ' Nhờ dòng Lumia, thị phần điện thoại của hãng đã tăng từ 12% lên 14,5%.';
    expect(run(b, a)).toEqual([]);
  });
});

describe('same-event comparison: a step from the same earlier level', () => {
  // Each outlet words the step its own way; one calls the new price a ceiling ("giá trần").
  const a = OUTLET_A + ' Giá trần của gói bảo hành mở rộng được nâng từ 1,2 triệu đồng lên 1,5 triệu đồng.';
  const b = (to: string) => outletB('3.400 mAh') + ` Với khách mua máy mới, Nokia điều chỉnh phí dịch vụ bảo hành mở rộng trọn gói từ 1,2 triệu đồng lên ${to} triệu đồng kể từ tháng sau.`;

  it('takes two new levels of a step from the same earlier level for one figure ("từ 1,2 … lên 1,5" / "từ 1,2 … lên 1,8")', () => {
    const found = run(b('1,8'), a);
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['1,5 triệu', '1,8 triệu']]);
    expect(facts(found[0] as Finding).context).toContain('tu 1,2 triệu');
  });

  it('stays quiet when the step ends alike', () => {
    expect(run(b('1,5'), a)).toEqual([]);
  });

  it('does not take a step from another earlier level for the same figure (no ceiling word on either side)', () => {
    // Without "Giá trần" no ceiling refusal can keep the pair apart: only the earlier levels do. (The two
    // earlier levels, 1,2 and 1,4, may well be set against each other: that is a real disagreement.)
    const plain = a.replace('Giá trần của gói', 'Giá của gói');
    const found = run(b('1,8').replace('từ 1,2 triệu', 'từ 1,4 triệu'), plain);
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote])).not.toContainEqual(['1,5 triệu', '1,8 triệu']);
    // The same sentences stepping from one earlier level are compared.
    expect(run(b('1,8'), plain).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['1,5 triệu', '1,8 triệu']]);
    // The rule itself, on the two new levels.
    const newLevel = (text: string, value: number) => {
      const ctxs = passagesOf(makeArticle('s', text, '2013-10-22T08:00')).flatMap((p) => figureContexts(p));
      return ctxs.find((c) => c.figure.value === value) as ReturnType<typeof figureContexts>[number];
    };
    const y = newLevel(plain, 1_500_000);
    expect(sameStep(y, newLevel(b('1,8'), 1_800_000))).toBe(true);
    expect(sameStep(y, newLevel(b('1,8').replace('từ 1,2 triệu', 'từ 1,4 triệu'), 1_800_000))).toBe(false);
  });
});

describe('same-event comparison: a step alone does not make two things one figure', () => {
  it('does not take two different fees stepped up from the same earlier level for one figure (no telling word shared)', () => {
    const a = OUTLET_A + ' Giá phụ kiện sạc không dây tăng từ 1,2 triệu đồng lên 1,5 triệu đồng.';
    const b = outletB('3.400 mAh') + ' Chi phí thay màn hình chính hãng được điều chỉnh từ 1,2 triệu đồng lên 1,8 triệu đồng.';
    expect(run(b, a)).toEqual([]);
  });
});

describe('same-event comparison leaves sentences that line up to the passage rule', () => {
  // Two bulletins about one province: each gives two shares in one template sentence, worded alike.
  const bulletin = (first: string, second: string) =>
    'Lào Cai công bố kết quả chuyển đổi số của Sở Thông tin và Truyền thông\n' +
    `Năm 2023, tỷ lệ ${first} cấp xã của tỉnh Lào Cai đạt 41,37%. ` +
    `Theo Sở Thông tin và Truyền thông, năm 2023 tỉnh Lào Cai có ${second} cấp xã đạt 77,5%.`;

  it('does not take one template about two metrics for one figure (a phrase swapped for another)', () => {
    const a = bulletin('văn bản điện tử có ký số', 'tỷ lệ hộ gia đình có cáp quang');
    const b = bulletin('xã có điểm cầu trực tuyến', 'tỷ lệ hộ gia đình có cáp quang').replace('41,37%', '48,37%');
    expect(run(b, a)).toEqual([]);
  });

  it('still flags the same template sentence with another value', () => {
    const a = bulletin('văn bản điện tử có ký số', 'tỷ lệ hộ gia đình có cáp quang');
    const found = run(a.replace('41,37%', '48,37%'), a);
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['41,37%', '48,37%']]);
  });
});

describe('same-event comparison: what a figure says of its metric, ranges and updates (review findings 1–4)', () => {
  const SAMSUNG_A =
    'Samsung công bố kết quả quý III\nXuất khẩu điện thoại của Samsung tăng 18% trong quý vừa qua. ' +
    'Khu tổ hợp của Samsung ở Bắc Ninh hiện có 110.000 công nhân. Doanh thu xuất khẩu của Samsung đạt 15,2 tỷ USD.';
  const samsungB = (phrase: string) =>
    `Samsung lập kỷ lục xuất khẩu tại Bắc Ninh\n${phrase} Nhà máy Samsung ở Bắc Ninh sử dụng 110.000 công nhân. ` +
    'Tổng doanh thu xuất khẩu của Samsung là 15,2 tỷ USD trong quý.';

  it('does not compare a growth rate with a share ("tăng 18%" / "chiếm 22%") but compares two growth rates', () => {
    expect(run(samsungB('Điện thoại chiếm 22% xuất khẩu của Samsung.'), SAMSUNG_A)).toEqual([]);
    const found = run(samsungB('Tính riêng điện thoại, xuất khẩu của hãng Samsung tăng 22%.'), SAMSUNG_A);
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['18%', '22%']]);
  });


  it('raises a later report that says its figure is newer as an update, not a conflict', () => {
    const a = makeArticle('a', STORM_A, '2024-09-07T08:00', 'Báo A');
    const later = makeArticle('b', stormB('Tính đến chiều nay,'), '2024-09-07T17:00', 'Báo B');
    const found = detectFindings([a, later], []).filter((f) => f.rule === 'aligned-passage');
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('update');
    expect(found[0]?.facts).toMatchObject({ relation: 'update', basis: 'same-event', cue: 'tính đến' });
    // The same two reports without the newer wording disagree.
    const plain = makeArticle('b', stormB('Theo thống kê,'), '2024-09-07T17:00', 'Báo B');
    expect(detectFindings([a, plain], []).filter((f) => f.rule === 'aligned-passage').map((f) => f.type)).toEqual(['conflict']);
  });

  it('reads "mới nhất", "cập nhật" and "đến nay" as saying the later figure is newer (review 2, finding 3)', () => {
    const a = makeArticle('a', STORM_A, '2024-09-07T08:00', 'Báo A');
    for (const [lead, cue] of [
      ['Theo số liệu mới nhất,', 'mới nhất'],
      ['Cập nhật thiệt hại,', 'cập nhật'],
      ['Đến nay,', 'đến nay'],
    ] as const) {
      const later = makeArticle('b', stormB(lead), '2024-09-07T17:00', 'Báo B');
      const found = detectFindings([a, later], []).filter((f) => f.rule === 'aligned-passage');
      expect(found.map((f) => f.facts)).toEqual([expect.objectContaining({ relation: 'update', basis: 'same-event', cue })]);
    }
  });

  it('gives a higher toll in a later report that does not say it is newer as a low-severity conflict, not an alarm (review 2, finding 3)', () => {
    const a = makeArticle('a', STORM_A, '2024-09-07T08:00', 'Báo A');
    const later = makeArticle('b', stormB('Theo thống kê,'), '2024-09-07T17:00', 'Báo B');
    const [f, ...rest] = detectFindings([a, later], []).filter((x) => x.rule === 'aligned-passage');
    expect(rest).toEqual([]);
    expect(f?.facts).toMatchObject({ relation: 'conflict', severity: 'low', growing: true, a: { quote: '14' }, b: { quote: '21' } });
    expect(explainStoredFinding(f as Finding, 'vi')).toMatch(/có thể là số đã cập nhật/);
    expect(explainStoredFinding(f as Finding, 'en')).toMatch(/possibly an updated count/);
    // Published at the same time, or lower later, or a figure that does not grow (a battery): an alarm.
    const same = makeArticle('b', stormB('Theo thống kê,'), '2024-09-07T08:00', 'Báo B');
    expect(detectFindings([a, same], []).filter((x) => x.rule === 'aligned-passage').map((x) => facts(x).severity)).toEqual(['high']);
    const lower = makeArticle('b', stormB('Theo thống kê,').replace('21 người', '11 người'), '2024-09-07T17:00', 'Báo B');
    expect(detectFindings([a, lower], []).filter((x) => x.rule === 'aligned-passage').map((x) => facts(x).severity)).toEqual(['high']);
    expect(run(outletB('3.600mAh')).map((x) => facts(x).severity)).toEqual(['high']);
  });

  it('keeps a higher later count of people an alarm when no state says it grows ("chở 462 người" / "chở 475 người", review int3, finding 4)', () => {
    const ferryA =
      'Phà Sewol chìm ngoài khơi Jindo\nChiếc phà Sewol chở 462 người đã chìm ngoài khơi đảo Jindo, Hàn Quốc. ' +
      'Phà có trọng tải 6.825 tấn, dài 146 m, rời cảng Incheon tối 15/4 để đến đảo Jeju.';
    const ferryB = (aboard: string) =>
      `Hàn Quốc tìm kiếm hành khách phà Sewol\nTheo lực lượng tuần duyên, phà Sewol chở ${aboard} bị chìm gần đảo Jindo, phần lớn hành khách là học sinh. ` +
      'Con phà trọng tải 6.825 tấn, dài 146 m, khởi hành từ Incheon và đang trên đường tới Jeju.';
    const raised = (aboard: string) =>
      detectFindings([makeArticle('a', ferryA, '2014-04-16T10:00', 'Báo A'), makeArticle('b', ferryB(aboard), '2014-04-16T18:00', 'Báo B')], [])
        .filter((x) => x.rule === 'aligned-passage')
        .map((x) => [facts(x).a.quote, facts(x).b.quote, facts(x).severity, (x.facts as { growing?: boolean }).growing ?? false]);
    expect(raised('475 người')).toEqual([['462', '475', 'high', false]]);
    // A state word by either figure makes it a toll that may have grown: a note, not an alarm.
    expect(raised('475 người mất tích')).toEqual([['462', '475', 'low', true]]);
  });

  it('does not compare counts of people in different states ("14 người chết" / "17 người bị thương", "mất tích")', () => {
    const a = makeArticle('a', STORM_A, '2024-09-07T08:00', 'Báo A');
    for (const state of ['bị thương', 'mất tích']) {
      const other = makeArticle(
        'b',
        `Thiệt hại do bão Yagi tại Quảng Ninh\nTheo thống kê, bão Yagi đã làm 17 người ${state} tại hai tỉnh ven biển Quảng Ninh, Hải Phòng. ` +
          'Gió bão Yagi mạnh nhất 150 km/h, làm 3.260 ngôi nhà tại Quảng Ninh tốc mái.',
        '2024-09-07T17:00',
        'Báo B',
      );
      expect(detectFindings([a, other], []).filter((f) => f.rule === 'aligned-passage')).toEqual([]);
    }
    // The dead counted either way round ("làm chết 17 người") are still one fact.
    const dead = makeArticle('b', stormB('Theo thống kê,').replace('21 người', '17 người'), '2024-09-07T17:00', 'Báo B');
    expect(detectFindings([a, dead], []).filter((f) => f.rule === 'aligned-passage').map((f) => f.type)).toEqual(['conflict']);
  });

  const contexts = (text: string) => passagesOf(makeArticle('x', text, '2024-01-01')).flatMap(figureContexts);

  it('reads "N-M" as a score only after a word of scores; a range with a unit ("15-20%", "3-4 tuần", "thứ 2-6") is no score', () => {
    for (const text of ['Giá cước dự kiến tăng 15-20% trong năm tới.', 'Công trình cần thêm 3-4 tuần để hoàn thành.', 'Cửa hàng mở cửa từ thứ 2-6 hằng tuần.']) {
      expect(contexts(text).filter((c) => c.unit === 'score' || c.second !== null)).toEqual([]);
    }
    expect(contexts('Tiến Minh chịu thua 17-21 ở séc hai.').map((c) => [c.unit, c.figure.value, c.second])).toEqual([['score', 17, 21]]);
  });

  it('reads a currency after the number as its unit whatever word stands before it ("giá khởi điểm 799 USD")', () => {
    expect(contexts('MacBook Pro có giá khởi điểm 799 USD tại Mỹ.').map((c) => [c.unit, c.figure.value])).toEqual([['usd', 799]]);
    expect(contexts('Đội khách vươn lên dẫn điểm 12 sau hiệp một.').map((c) => c.unit)).toEqual(['^diem']);
  });

  it('reads the scores a match report writes after "dẫn", "quân bình", "san bằng", "thất bại", "thắng lợi"', () => {
    for (const text of ['Sydney dẫn 1-0 sau hiệp một.', 'Đình Bảo quân bình 1-1 cho đội nhà.', 'Anh chịu thất bại đáng tiếc 21-18.', 'Wei Feng Chong giành thắng lợi 21-17.']) {
      expect(contexts(text).filter((c) => c.unit === 'score')).toHaveLength(1);
    }
  });

  it('takes no number of a document ("Nghị định số 15") for a figure', () => {
    expect(contexts('Chính phủ ban hành Nghị định số 15 về xử phạt vi phạm hành chính.').filter((c) => c.unit === '^so')).toEqual([]);
  });
});

describe('same-event comparison: codes in a list of specifications', () => {
  // Two re-worded reports of one laptop: the storage option is "ổ SSD dung lượng 256 GB" in one, "ổ SSD 356GB" in the other.
  const LAPTOP_A =
    'Dell ra mắt laptop Latitude 7440\nDell vừa giới thiệu Latitude 7440 tại Việt Nam. Máy có màn hình kích thước 14 inch, pin dung lượng 4.500 mAh ' +
    'và nặng 1,36 kg. Cấu hình gồm RAM tối đa 32 GB, ổ HDD 500 GB hoặc ổ SSD dung lượng 256 GB. Giá bán từ 32,99 triệu đồng.';
  const laptopB = (ssd: string) =>
    'Latitude 7440 lên kệ\nLaptop Latitude 7440 của Dell sử dụng pin dung lượng 4.500mAh, màn hình có kích thước 14 inch, trọng lượng 1,36 kg. ' +
    `Người dùng có thể nâng RAM lên 32GB, ổ cứng là ổ HDD 500GB tốc độ 7200 RPM hoặc tùy chọn ổ SSD ${ssd}.`;

  it('takes a unit in capitals ("500 GB", "7200 RPM") for no name, and the part a code names ("SSD") for what tells the figure', () => {
    const found = run(laptopB('356GB'), LAPTOP_A);
    expect(found.map((f) => [f.type, facts(f).a.quote, facts(f).b.quote, facts(f).basis])).toEqual([['conflict', '256', '356', 'same-event']]);
    expect(facts(found[0] as Finding).context).toEqual(['ssd']);
    expect(run(laptopB('256GB'), LAPTOP_A)).toEqual([]);
  });

  it('keeps a brand or model in capitals ("ASUS ROG" / "ASUS TUF") as a name: only a part code both give ("SSD", "RAM") tells the figure (review s28 BUG 3)', () => {
    const a = (s: string) =>
      'ASUS ra mắt hai laptop chơi game\nHãng ASUS vừa giới thiệu ROG Strix và TUF Gaming tại Hà Nội. Màn hình của ROG Strix có kích thước 16,1 inch, ' +
      `còn TUF Gaming có màn hình 15,6 inch. ${s}`;
    const b = (s: string) =>
      'ROG Strix và TUF Gaming lên kệ\nTại Hà Nội, ASUS đã trình làng ROG Strix và TUF Gaming. ROG Strix dùng màn hình 16,1 inch; TUF Gaming dùng ' +
      `màn hình 15,6 inch. ${s}`;
    expect(run(b('Người dùng ASUS TUF có RAM 16 GB.'), a('Cấu hình cao nhất của ASUS ROG trang bị RAM 32 GB.'))).toEqual([]);
    expect(run(b('Người dùng ASUS TUF có RAM 24 GB.'), a('Cấu hình cao nhất của ASUS ROG trang bị RAM 32 GB.'))).toEqual([]);
  });

  it('keeps a trim code after a number ("1.4 AT" / "1.4 MT") as a name: only a known unit ("GB", "RPM", "USD") is no name (review s28 BUG 2)', () => {
    const carA = (s: string) =>
      'Accent 2024 ra mắt\nHãng Hyundai Thành Công vừa giới thiệu mẫu Accent 2024 tại Việt Nam. Xe có chiều dài 4.535 mm, chiều dài cơ sở 2.670 mm, ' +
      `dung tích bình xăng 45 lít. ${s}`;
    const carB = (s: string) =>
      'Accent 2024 chính thức bán\nHôm qua, hãng Hyundai Thành Công công bố giá mẫu Accent 2024 ở thị trường Việt Nam. Chiều dài của xe là 4.535 mm, ' +
      `chiều dài cơ sở 2.670 mm, bình xăng chứa 45 lít. ${s}`;
    const a = carA('Người mua chọn bản 1.4 AT trả mức giá bán lẻ 542 triệu đồng.');
    expect(run(carB('Phiên bản 1.4 MT hiện có giá bán lẻ đề xuất 426 triệu đồng tại đại lý.'), a)).toEqual([]);
    expect(run(carB('Phiên bản 1.4 AT hiện có giá bán lẻ đề xuất 502 triệu đồng tại đại lý.'), a).map((f) => [f.type, facts(f).a.quote, facts(f).b.quote])).toEqual([
      ['conflict', '542 triệu', '502 triệu'],
    ]);
  });
});

describe('same-event comparison: a gift both reports price by its name', () => {
  const GIFT_A = `${OUTLET_A} Khách đặt trước được tặng loa di động cao cấp Harman Kardon Onyx trị giá hơn 6 triệu đồng.`;
  const giftB = (value: string) => `${outletB('3.400mAh')} Người mua sớm nhận loa không dây Harman Kardon Onyx trị giá ${value} VND.`;

  it('takes a name right before "trị giá" in both sentences for the thing valued, not for a name that keeps two figures apart', () => {
    const found = run(giftB('5.900.000'), GIFT_A);
    expect(found.map((f) => [f.type, facts(f).a.quote, facts(f).b.quote, facts(f).basis])).toEqual([['conflict', 'hơn 6 triệu', '5.900.000', 'same-event']]);
    expect(run(giftB('6.900.000'), GIFT_A)).toEqual([]);
  });

  it('compares two priced gifts only when the whole name is the same ("Onyx Studio 8" / "Onyx Studio 7", "Honda Vision" / "Honda Vision Thể Thao") (review s28 BUG 4)', () => {
    const studio = (text: string) => run(`${outletB('3.400mAh')} ${text}`, `${OUTLET_A} Khách đặt trước được tặng loa di động cao cấp Harman Kardon Onyx Studio 8 trị giá hơn 6 triệu đồng.`);
    expect(studio('Người mua sớm nhận loa không dây Harman Kardon Onyx Studio 7 trị giá 4.900.000 VND.')).toEqual([]);
    expect(studio('Người mua sớm nhận loa không dây Harman Kardon Onyx Studio 8 trị giá 4.900.000 VND.').map((f) => [f.type, facts(f).a.quote, facts(f).b.quote])).toEqual([
      ['conflict', 'hơn 6 triệu', '4.900.000'],
    ]);
    const vision = run(
      `${outletB('3.400mAh')} Giải nhất là một chiếc Honda Vision Thể Thao trị giá 36.000.000 VND.`,
      `${OUTLET_A} Khách hàng may mắn nhận xe máy Honda Vision trị giá 31 triệu đồng.`,
    );
    expect(vision).toEqual([]);
  });

  it('still keeps apart two figures whose only shared words are a name that is not priced ("Harman Kardon cho biết")', () => {
    const a = `${OUTLET_A} Theo Harman Kardon Onyx, loa bán được hơn 6 triệu chiếc trên toàn cầu.`;
    const b = `${outletB('3.400mAh')} Đại diện Harman Kardon Onyx cho biết hãng có 5.900.000 chiếc đã giao.`;
    expect(run(b, a)).toEqual([]);
  });
});

describe('same-event comparison: the goal that opens the scoring', () => {
  // Two match reports: one writes "mở tỷ số" without the score, the other "mở tỷ số 1-0".
  const MATCH_A =
    'U23 Việt Nam thắng U23 Lào 3-1\nU23 Việt Nam đã thắng U23 Lào với tỷ số 3-1 trên sân Mỹ Đình tối qua. Phút thứ 12, từ quả phạt góc, Quang Hải ' +
    'bật cao đánh đầu mở tỷ số cho U23 Việt Nam. Phút 55, Tiến Linh đánh đầu nâng tỷ số lên 2-0 cho đội chủ nhà.';
  const matchB = (minute: string) =>
    'Quang Hải tỏa sáng ở Mỹ Đình\nTrận đấu trên sân Mỹ Đình kết thúc với tỷ số 3-1 nghiêng về U23 Việt Nam. Nhận đường chuyền dài ' +
    `của Hoàng Đức, Quang Hải đánh đầu mở tỷ số 1-0 ở phút ${minute}. Tiến Linh nâng tỷ số lên 2-0 cho U23 Việt Nam ở phút 55.`;

  it('reads "mở tỷ số" as the 1-0 goal: the minute of the goal that opened the scoring, given otherwise, is flagged', () => {
    const a = makeArticle('a', MATCH_A, '2013-10-22T21:00', 'Báo A');
    const found = (minute: string) => detectFindings([a, makeArticle('b', matchB(minute), '2013-10-22T22:30', 'Báo B')], []).filter((f) => f.rule === 'aligned-passage');
    const f = found('13');
    expect(f.map((x) => [x.type, facts(x).a.quote, facts(x).b.quote, facts(x).basis])).toEqual([['conflict', '12', '13', 'same-event']]);
    expect(facts(f[0] as Finding).context).toContain('1-0');
    expect(found('12')).toEqual([]);
  });

  it('does not read a missed chance to open the scoring ("bỏ lỡ cơ hội mở tỷ số", "suýt mở tỷ số") as the 1-0 goal (review s28 BUG 1)', () => {
    const tail = (a: string) => `${a} Phút 55, Tiến Linh đánh đầu nâng tỷ số lên 2-0 cho đội chủ nhà.`;
    const head = 'U23 Việt Nam thắng U23 Lào 3-1\nU23 Việt Nam đã thắng U23 Lào với tỷ số 3-1 trên sân Mỹ Đình tối qua. ';
    const b = makeArticle(
      'b',
      'Quang Hải tỏa sáng ở Mỹ Đình\nTrận đấu trên sân Mỹ Đình kết thúc với tỷ số 3-1 nghiêng về U23 Việt Nam. Phút 14, Quang Hải đánh đầu mở tỷ số 1-0 cho U23 Việt Nam. ' +
        'Tiến Linh nâng tỷ số lên 2-0 cho U23 Việt Nam ở phút 55.',
      '2013-10-22T22:30',
      'Báo B',
    );
    const found = (text: string) => detectFindings([makeArticle('a', text, '2013-10-22T21:00', 'Báo A'), b], []).filter((f) => f.rule === 'aligned-passage');
    expect(found(tail(`${head}Phút 10, Công Phượng thoát xuống đối mặt thủ môn nhưng bỏ lỡ cơ hội mở tỷ số cho U23 Việt Nam. Ít phút sau, Quang Hải đánh đầu ghi bàn.`))).toEqual([]);
    expect(found(tail(`${head}Phút 12, U23 Lào suýt mở tỷ số khi cú sút của Soukphachan dội cột dọc.`))).toEqual([]);
  });

  it('still reads the names around the two minutes when the 1-0 is only read from "mở tỷ số" (the scorer in one, another player in the other)', () => {
    const a = makeArticle('a', MATCH_A, '2013-10-22T21:00', 'Báo A');
    const b = matchB('13').replace('Nhận đường chuyền dài của Hoàng Đức, Quang Hải đánh đầu', 'Quang Hải thoát xuống đón đường chuyền dài của Hoàng Đức rồi đánh đầu');
    expect(detectFindings([a, makeArticle('b', b, '2013-10-22T22:30', 'Báo B')], []).filter((f) => f.rule === 'aligned-passage')).toEqual([]);
  });
});

describe('same-event comparison: one figure in a re-worded sentence that lines up', () => {
  const POOR_A =
    'Rà soát hộ nghèo ở huyện Mường Tè\nHuyện Mường Tè của tỉnh Lai Châu có 3.250 hộ nghèo, chiếm 41,5% số hộ toàn huyện. Năm nay huyện được cấp 12,6 tỷ đồng ' +
    'để hỗ trợ nhà ở. Nhiều gia đình ở xã Ka Lăng vẫn bị xếp vào diện cận nghèo với mức thu nhập bình quân 950 nghìn/người/tháng.';
  const poorB = (income: string) =>
    'Mường Tè rà soát hộ nghèo\nTheo báo cáo, toàn huyện Mường Tè của tỉnh Lai Châu còn 3.250 hộ nghèo, tỷ lệ 41,5%. Số tiền 12,6 tỷ đồng được dùng hỗ trợ ' +
    `làm nhà ở. Nhiều gia đình ở xã Ka Lăng vẫn được cán bộ xã xếp vào diện cận nghèo với mức thu nhập bình quân là ${income} đồng/tháng.`;
  const poor = (b: string, a = POOR_A) =>
    detectFindings([makeArticle('a', a, '2013-10-22T08:00', 'Báo A'), makeArticle('b', b, '2013-10-22T10:30', 'Báo B')], []).filter((f) => f.rule === 'aligned-passage');

  it('leaves two re-worded sentences that give one figure each to the passage rule, as on main ("bị xếp" / "được cán bộ xã xếp": one template about two things)', () => {
    expect(poor(poorB('850.000'))).toEqual([]);
    expect(poor(poorB('950.000'))).toEqual([]);
  });

  it('does not compare the lone figures when the scope or the period swapped is further back in the sentence ("cả nước" / "toàn tỉnh", "tuần qua" / "tháng qua") (review s28 BUG 5)', () => {
    const lead =
      'Bộ Y tế cho biết từ đầu năm đến nay cả nước có 98.750 ca mắc sốt xuất huyết, trong đó 21 ca tử vong. Ông Nguyễn Văn Bình, Cục trưởng Cục Y tế dự phòng, ' +
      'đề nghị các địa phương tăng cường diệt lăng quăng.';
    const leadB =
      'Từ đầu năm đến nay, theo Bộ Y tế, cả nước ghi nhận 98.750 ca sốt xuất huyết và 21 ca tử vong. Cục trưởng Cục Y tế dự phòng Nguyễn Văn Bình đề nghị diệt lăng quăng.';
    const a = `Sốt xuất huyết tăng mạnh\n${lead} Riêng trong tuần qua, tính trên phạm vi cả nước, số ca mắc sốt xuất huyết mới được ghi nhận là 2.350 ca.`;
    const b = (s: string) => `Sốt xuất huyết: số ca tăng\n${leadB} ${s}`;
    expect(poor(b('Riêng trong tuần qua, tính trên phạm vi toàn tỉnh, số ca mắc sốt xuất huyết mới ghi nhận được là 1.120 ca.'), a)).toEqual([]);
    expect(poor(b('Riêng trong tháng qua, tính trên phạm vi cả nước, số ca mắc sốt xuất huyết mới ghi nhận được là 8.120 ca.'), a)).toEqual([]);
  });

  it('does not compare the lone figures of other places, regions, periods or groups (re-review s28 B1/B2: "một tuần qua" / "một tháng qua", "tỉnh Đồng Nai" / "tỉnh Bình Dương", "miền Nam" / "miền Bắc", "quý I" / "quý II", "trẻ em" / "người lớn")', () => {
    const lead =
      'Bộ Y tế cho biết từ đầu năm đến nay cả nước có 98.750 ca mắc sốt xuất huyết, trong đó 21 ca tử vong. Ông Nguyễn Văn Bình, Cục trưởng Cục Y tế dự phòng, ' +
      'đề nghị các địa phương tăng cường diệt lăng quăng.';
    const leadB =
      'Từ đầu năm đến nay, theo Bộ Y tế, cả nước ghi nhận 98.750 ca sốt xuất huyết và 21 ca tử vong. Cục trưởng Cục Y tế dự phòng Nguyễn Văn Bình đề nghị diệt lăng quăng.';
    const s = (when: string, scope: string, v: string, b = false, who = '') =>
      `Riêng ${when}, tính trên phạm vi ${scope}, số ca ${who}mắc sốt xuất huyết mới ${b ? 'ghi nhận được' : 'được ghi nhận'} là ${v} ca.`;
    const pair = (whenA: string, whenB: string, scopeA = 'cả nước', scopeB = 'cả nước', whoA = '', whoB = '') =>
      poor(`Sốt xuất huyết: số ca tăng\n${leadB} ${s(whenB, scopeB, '8.120', true, whoB)}`, `Sốt xuất huyết tăng mạnh\n${lead} ${s(whenA, scopeA, '2.350', false, whoA)}`);
    expect(pair('trong một tuần qua', 'trong một tháng qua')).toEqual([]);
    expect(pair('trong tuần qua', 'trong tuần qua', 'tỉnh Đồng Nai', 'tỉnh Bình Dương')).toEqual([]);
    expect(pair('trong tuần qua', 'trong tuần qua', 'các tỉnh miền Nam', 'các tỉnh miền Bắc')).toEqual([]);
    expect(pair('trong tuần qua', 'trong tuần qua', 'khu vực phía Nam', 'khu vực phía Bắc')).toEqual([]);
    expect(pair('trong quý I', 'trong quý II')).toEqual([]);
    expect(pair('từ đầu tháng', 'trong cuối tháng')).toEqual([]);
    expect(pair('trong tuần qua', 'trong tuần qua', 'cả nước', 'cả nước', 'trẻ em ', 'người lớn ')).toEqual([]);
  });

  it('still takes a phrase swapped among the words around the figure for another figure ("thu nhập" / "chi tiêu")', () => {
    const a = POOR_A.replace('mức thu nhập bình quân 950 nghìn', 'mức chi tiêu bình quân 950 nghìn');
    expect(poor(poorB('850.000'), a)).toEqual([]);
  });
});

describe('same-event comparison: a sentence the passage rule never compared is not decided by it', () => {
  const lead = (title: string) =>
    `${title}\nChiều 23/10, Bộ trưởng Bộ Tài chính Đinh Tiến Dũng cho biết thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng, chi ngân sách ước đạt 986.300 tỷ đồng.`;
  const said = (v: string) =>
    `Trong bối cảnh hụt thu lớn, Ủy ban Tài chính Ngân sách nhất trí với đề xuất cắt giảm một số khoản chi và nâng mức bội chi đã được Quốc hội quyết định từ 4,8% GDP lên ${v}% GDP.`;
  const first =
    `${lead('Quốc hội thảo luận ngân sách')} Báo cáo thẩm tra của Ủy ban Tài chính Ngân sách cho rằng phải cắt giảm một số khoản chi và nâng mức bội chi ` +
    'đã được Quốc hội quyết định từ 4,8%GDP lên 5,3%GDP.';
  // The later report says its sentence twice (a lead repeated in the body), the first time with another figure.
  const later = (v: string) => `${lead('Nâng mức bội chi')} ${said(v)} Các đại biểu thảo luận sôi nổi về nợ công. ${said('5,3')}`;
  const run2 = (v: string) =>
    detectFindings([makeArticle('a', first, '2013-10-23T17:00', 'Báo A'), makeArticle('c', later(v), '2013-10-23T18:00', 'Báo C')], []).filter((f) => f.rule === 'aligned-passage');

  it('compares the copy of a repeated sentence that the alignment left out with the other report’s re-wording', () => {
    expect(run2('6,3').map((f) => [f.type, facts(f).a.quote, facts(f).b.quote])).toEqual([['conflict', '5,3%', '6,3%']]);
    expect(run2('5,3')).toEqual([]);
  });

  it('takes a sentence as compared only with the article it was compared with: a third report does not decide it for the pair (review s28 BUG 6)', () => {
    const a = makeArticle('a', first, '2013-10-23T17:00', 'Báo A');
    const c = makeArticle('c', later('6,3'), '2013-10-23T18:00', 'Báo C');
    const d = makeArticle('d', first.replace('5,3%GDP.', '5,5%GDP.'), '2013-10-23T19:00', 'Báo D');
    const withD = detectFindings([a, c, d], []).filter((f) => f.rule === 'aligned-passage' && f.articleIds?.includes('a') && f.articleIds.includes('c'));
    expect(withD.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['5,3%', '6,3%']]);
  });
});

describe('same-event findings of a pair do not depend on the other articles of the workspace (review finding 6)', () => {
  const A = STORM_A;
  const B = stormB('Theo thống kê,').replace('21 người', '17 người');
  // Other reports of the same storm the same day: the same names, figures of their own.
  const other = (i: number) =>
    makeArticle(
      `o${String(i).padStart(2, '0')}`,
      `Bão Yagi: tin số ${i}\nTại Quảng Ninh và Hải Phòng, bão Yagi làm đổ ${1_000 + 37 * i} cây xanh. ` +
        `Mưa lớn do bão Yagi gây ngập ${200 + 11 * i} ha lúa ở Quảng Ninh, Hải Phòng.`,
      `2024-09-07T${String(9 + (i % 8)).padStart(2, '0')}:00`,
      `Báo ${i}`,
    );

  it('raises the same finding for the pair alone and among fourteen, or sixty, other reports of the event', () => {
    const pair = [makeArticle('a', A, '2024-09-07T08:00', 'Báo A'), makeArticle('b', B, '2024-09-07T17:00', 'Báo B')];
    const alone = detectFindings(pair, []).filter((f) => f.rule === 'aligned-passage');
    expect(alone.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['14', '17']]);
    const crowd = detectFindings([...pair, ...Array.from({ length: 14 }, (_, i) => other(i + 1))], []).filter(
      (f) => f.rule === 'aligned-passage' && f.articleIds?.includes('a') && f.articleIds.includes('b'),
    );
    expect(crowd.map((f) => f.id)).toEqual(alone.map((f) => f.id));
  });

  it('keeps the finding when sixty other reports of the day repeat both figures the pair agrees on (review 2, finding 2)', () => {
    const pair = [makeArticle('a', A, '2024-09-07T08:00', 'Báo A'), makeArticle('b', B, '2024-09-07T17:00', 'Báo B')];
    const alone = detectFindings(pair, []).filter((f) => f.rule === 'aligned-passage');
    // Every other report gives the wind speed and the houses unroofed too, between the pair's hours:
    // with a window of the next 48 articles in time order, "a" was no longer paired with "b".
    const repeating = (i: number) =>
      makeArticle(
        `r${String(i).padStart(2, '0')}`,
        `Bão Yagi: tin số ${i}
Tại Quảng Ninh và Hải Phòng, bão Yagi làm đổ ${1_000 + 37 * i} cây xanh. ` +
          'Gió bão Yagi mạnh nhất 150 km/h, làm 3.260 ngôi nhà tại Quảng Ninh tốc mái.',
        `2024-09-07T${String(9 + (i % 8)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
        `Báo ${i}`,
      );
    const crowd = detectFindings([...pair, ...Array.from({ length: 60 }, (_, i) => repeating(i + 1))], []).filter(
      (f) => f.rule === 'aligned-passage' && f.articleIds?.includes('a') && f.articleIds.includes('b'),
    );
    expect(crowd.map((f) => f.id)).toEqual(alone.map((f) => f.id));
  });
});

describe('a same-event comparison never takes a pair of claims from the cross-source rule (review finding 2)', () => {
  const A = STORM_A;
  const B = stormB('Theo thống kê,');

  it('leaves the claims’ pair to the cross-source finding, and raises the same-event one only without it', () => {
    const a = makeArticle('a', A, '2024-09-07T08:00', 'Báo A');
    const b = makeArticle('b', B, '2024-09-07T17:00', 'Báo B');
    const fields = { kind: 'count' as const, unit: 'người', subject: 'bão Yagi', metric: 'người chết', period: '2024-09-07' };
    const claims = [makeClaim(a, '14 người', { ...fields, value: 14 }), makeClaim(b, '21 người', { ...fields, value: 21 })];
    const withClaims = detectFindings([a, b], claims).filter((f) => f.claimIds.length === 2);
    expect(withClaims.map((f) => f.rule)).toEqual(['cross-source']);
    // Without the claims the cross-source rule has nothing to compare: the same-event finding stands.
    expect(detectFindings([a, b], []).map((f) => [f.rule, (f.facts as { basis?: string }).basis])).toEqual([['aligned-passage', 'same-event']]);
  });
});

describe('same-event findings under incremental re-analysis', () => {
  const A = STORM_A;
  const B = stormB('Theo thống kê,');

  it('gives what a full analysis gives when claims that the cross-source rule pairs are added, then one is removed', () => {
    const a = makeArticle('a', A, '2024-09-07T08:00', 'Báo A');
    const b = makeArticle('b', B, '2024-09-07T17:00', 'Báo B');
    const fields = { kind: 'count' as const, unit: 'người', subject: 'bão Yagi', metric: 'người chết', period: '2024-09-07' };
    const claims = [makeClaim(a, '14 người', { ...fields, value: 14 }), makeClaim(b, '21 người', { ...fields, value: 21 })];
    const analysis = new FindingsAnalysis([a, b], []);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    const apply = () => {
      const delta = analysis.changedFindings([...stored.values()]);
      for (const id of delta.removedIds) stored.delete(id);
      for (const f of delta.findings) stored.set(f.id, f);
    };
    analysis.updateClaims(claims);
    apply();
    const full = (list: typeof claims) => new FindingsAnalysis([a, b], list).findings().map((f) => f.id).sort();
    expect([...stored.keys()].sort()).toEqual(full(claims));
    analysis.updateClaims([], [claims[1]!.id]);
    apply();
    expect([...stored.keys()].sort()).toEqual(full([claims[0]!]));
  });

  it('re-examines the same-event pair when a third article’s claim changes which cross-source finding covers it (review: keepEvent stale)', () => {
    const a = makeArticle('a', A, '2024-09-07T08:00', 'Báo A');
    const b = makeArticle('b', B, '2024-09-07T17:00', 'Báo B');
    // An earlier, short bulletin of a third outlet: it shares no passage with A or B.
    const c = makeArticle('c', 'Bản tin sáng\nGhi nhận ban đầu của địa phương: 14 người thiệt mạng vì cơn bão số 3.', '2024-09-06T20:00', 'Báo C');
    const fields = { kind: 'count' as const, unit: 'người', subject: 'bão Yagi', metric: 'người chết', period: '2024-09-07' };
    const a1 = makeClaim(a, '14 người', { ...fields, value: 14 });
    const b1 = makeClaim(b, '21 người', { ...fields, value: 21 });
    const c1 = makeClaim(c, '14 người', { ...fields, value: 14 });
    const articles = [a, b, c];
    const full = (list: readonly Claim[]) => new FindingsAnalysis(articles, list).findings().map((f) => f.id).sort();
    const sameEventAB = (ids: readonly string[], list: readonly Claim[]) =>
      new FindingsAnalysis(articles, list).findings().some((f) => ids.includes(f.id) && (f.facts as { basis?: string }).basis === 'same-event');
    const analysis = new FindingsAnalysis(articles, [a1, b1]);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    const apply = () => {
      const ids = new Set(analysis.touchedFindingIds());
      const delta = analysis.changedFindings([...stored.values()].filter((f) => ids.has(f.id)));
      for (const id of delta.removedIds) stored.delete(id);
      for (const f of delta.findings) stored.set(f.id, f);
    };
    // A and B: the cross-source rule pairs their claims, the same-event finding stands aside.
    expect(sameEventAB([...stored.keys()], [a1, b1])).toBe(false);
    // C's earlier claim with A's value heads A's value now: the cross-source rule pairs C with B, and
    // the same-event comparison of A and B stands.
    analysis.updateClaims([c1]);
    apply();
    expect(sameEventAB(full([a1, b1, c1]), [a1, b1, c1])).toBe(true);
    expect([...stored.keys()].sort()).toEqual(full([a1, b1, c1]));
    // C's claim edited to another value: A's value is its own class again, the cross-source pair is back.
    const c2 = { ...c1, value: 15 };
    analysis.updateClaims([c2]);
    apply();
    expect([...stored.keys()].sort()).toEqual(full([a1, b1, c2]));
    // And removed: the same.
    analysis.updateClaims([c1]);
    apply();
    analysis.updateClaims([], [c1.id]);
    apply();
    expect([...stored.keys()].sort()).toEqual(full([a1, b1]));
  });
});

describe('same-event comparison: one template about two metrics, however re-worded the rest', () => {
  const report = (line: string) =>
    'Hà Giang công bố kết quả chuyển đổi số\n' +
    `Theo báo cáo của Sở Thông tin và Truyền thông Hà Giang, toàn tỉnh có 1.891 tổ công nghệ số cộng đồng với 9.756 thành viên. ${line}`;

  it('does not compare two shares of one template whose swapped phrase is further back than the words around the figures', () => {
    const a = report('Năm 2019, tỷ lệ dịch vụ công trực tuyến mức độ 4 cấp huyện của tỉnh Hà Giang đạt 85,37%.');
    const b = report('Năm 2019, tỉ lệ văn bản điện tử có ký số cấp huyện của tỉnh Hà Giang đạt 73,37%.');
    expect(run(b, a)).toEqual([]);
  });
});

describe('a same-event finding dismissed as "not the same fact" (review 1, item 16)', () => {
  const dismiss = (f: Finding): Finding => ({
    ...f,
    status: 'dismissed',
    resolution: 'Bỏ qua: Không cùng một số liệu',
    decision: { kind: 'dismissed', reason: 'not-same-fact', rightClaimId: null, note: 'Không cùng một số liệu', by: 'BT', at: '2024-09-08T00:00:00Z' },
  });
  const open = (list: readonly Finding[]) => list.filter((f) => f.status === 'open' && f.rule === 'aligned-passage');

  it('is not raised again by a full re-analysis, even after the figure is edited in the text', () => {
    const a = makeArticle('a', STORM_A, '2024-09-07T08:00', 'Báo A');
    const b = makeArticle('b', stormB('Theo thống kê,'), '2024-09-07T08:00', 'Báo B');
    const [f, ...rest] = open(detectFindings([a, b], []));
    expect(rest).toEqual([]);
    expect(facts(f as Finding).basis).toBe('same-event');
    const dismissed = dismiss(f as Finding);
    const again = detectFindings([a, b], [], [dismissed]);
    expect(open(again)).toEqual([]);
    expect(again.find((x) => x.id === dismissed.id)?.decision?.reason).toBe('not-same-fact');
    // The other outlet corrects its figure to yet another value: still the pair the editor dismissed.
    const edited = { ...b, text: b.text.replace('21 người', '23 người') };
    expect(open(detectFindings([a, edited], [], [dismissed]))).toEqual([]);
    // An ordinary dismissal is about the values: the edited figure opens the pair again.
    const ordinary = { ...dismissed, decision: { ...dismissed.decision!, reason: 'other' as const } };
    expect(open(detectFindings([a, edited], [], [ordinary]))).toHaveLength(1);
  });

  it('is not raised again when claims covering both figures are added later (incremental re-analysis)', () => {
    const a = makeArticle('a', STORM_A, '2024-09-07T08:00', 'Báo A');
    const b = makeArticle('b', stormB('Theo thống kê,'), '2024-09-07T08:00', 'Báo B');
    // Claims the cross-source rule does not pair (two metrics): the same-event finding now names them.
    const claims = [
      makeClaim(a, '14 người', { kind: 'count', value: 14, unit: 'người', subject: 'Quảng Ninh', metric: 'người chết' }),
      makeClaim(b, '21 người', { kind: 'count', value: 21, unit: 'người', subject: 'Hải Phòng', metric: 'thiệt hại' }),
    ];
    const full = new FindingsAnalysis([a, b], claims).findings();
    const target = open(full);
    expect(target.map((f) => facts(f).basis)).toEqual(['same-event']);
    const dismissed = dismiss(target[0] as Finding);
    const analysis = new FindingsAnalysis([a, b], claims);
    const stored = new Map(analysis.findings([dismissed]).map((f) => [f.id, f]));
    expect(open([...stored.values()])).toEqual([]);
    // An edit of one claim's fields re-examines its block: the dismissed pair stays dismissed.
    analysis.updateClaims([{ ...claims[1]!, metric: 'người chết do bão' }]);
    const delta = analysis.changedFindings([...stored.values()]);
    for (const id of delta.removedIds) stored.delete(id);
    for (const f of delta.findings) stored.set(f.id, f);
    expect(open([...stored.values()])).toEqual([]);
    expect([...stored.values()].some((f) => f.decision?.reason === 'not-same-fact')).toBe(true);
  });
});

describe('same-event comparison of a match report: minutes and scores (issue 10, real outlet disagreements)', () => {
  // Two outlets' reports of one final: the same goals, each minute written in other words.
  const REPORT_A =
    'U21 Việt Nam vô địch sau loạt luân lưu\nĐến phút 43, hàng thủ U21 Việt Nam mắc sai lầm để Joshua ghi bàn, mở tỷ số 1-0 cho Sydney. ' +
    'Sang hiệp hai, phải đến phút 65, Đình Bảo mới đột phá và sút tung lưới Sydney, san bằng tỷ số 1-1. ' +
    'Hai đội hòa 1-1 sau 90 phút và U21 Việt Nam thắng 4-1 trong loạt luân lưu.';
  const reportB = (first: string, second: string) =>
    'U21 Việt Nam đăng quang\nMột pha phá bóng hụt trong vòng cấm bị trừng phạt: tiền vệ Joshua vô lê mở tỷ số 1-0 cho đội khách Sydney ' +
    `ở phút ${first}. Sau giờ nghỉ, nhận đường chọc khe của Văn Thuận, Đình Bảo dứt điểm gọn gàng hạ thủ môn Sydney, san bằng tỷ số 1-1 ở phút ${second}. ` +
    'Hòa 1-1 sau 90 phút, U21 Việt Nam thắng 4-1 ở loạt luân lưu.';

  it('flags minutes one apart for the same goal ("phút 43" / "phút 44"), told by the score the goal made', () => {
    const found = run(reportB('44', '65'), REPORT_A);
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote, facts(f).basis])).toEqual([['43', '44', 'same-event']]);
    expect(facts(found[0] as Finding).context).toContain('1-0');
    // The equaliser: the passer named near one minute, the scorer near the other, one goal all the same.
    expect(run(reportB('43', '64'), REPORT_A).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['65', '64']]);
    expect(run(reportB('43', '65'), REPORT_A)).toEqual([]);
  });

  it('does not take the two legs of a tie for one match: the same players opening 1-0 at 43\' and 44\' four days apart (review int3, finding 1)', () => {
    const firstLeg =
      'Bán kết lượt đi: U21 Việt Nam hòa Sydney\nĐến phút 43, hàng thủ U21 Việt Nam mắc sai lầm để Joshua ghi bàn, mở tỷ số 1-0 cho Sydney. ' +
      'Sang hiệp hai, phải đến phút 65, Đình Bảo mới đột phá và sút tung lưới Sydney, san bằng tỷ số 1-1. ' +
      'Hai đội hòa 1-1 sau 90 phút trong trận lượt đi.';
    const secondLeg = reportB('44', '81').replace('U21 Việt Nam đăng quang', 'Bán kết lượt về: U21 Việt Nam vào chung kết');
    const legs = (at: string) =>
      detectFindings([makeArticle('a', firstLeg, '2024-03-02T20:00', 'Báo A'), makeArticle('b', secondLeg, at, 'Báo B')], []).filter((f) => f.rule === 'aligned-passage');
    expect(legs('2024-03-06T22:00')).toEqual([]);
    // The same two reports a day apart are read as one match's, and the minute still raised; so is the
    // equaliser's, 65' against 81' (analysis 36): both sentences say that goal made it 1-1, reached once in a match.
    expect(legs('2024-03-03T09:00').map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([
      ['65', '81'],
      ['43', '44'],
    ]);
  });

  it('reads values one unit apart as different ("43" and "44" do not agree within rounding)', () => {
    const ctx = (text: string) => passagesOf(makeArticle('x', text, '2024-01-01')).flatMap(figureContexts)[0]!;
    expect(figuresAgree(ctx('Bàn thắng đến ở phút 43.'), ctx('Bàn thắng đến ở phút 44.'))).toBe(false);
    expect(figuresAgree(ctx('Bàn thắng đến ở phút 43.'), ctx('Bàn thắng đến ở phút 43.'))).toBe(true);
    expect(figuresAgree(ctx('Giá bán là 2 triệu đồng.'), ctx('Giá bán là 2,4 triệu đồng.'))).toBe(true);
  });
});

describe('same-event comparison of set scores (issue 10: "21-17" / "21-7" of the third set)', () => {
  const MATCH_A =
    'Tiến Minh thua ngược Wei Feng Chong\nNgay ở séc 1, Tiến Minh vượt qua đối thủ với tỉ số 21-19. ' +
    'Chiến thắng ở séc 2 với tỉ số 21-18 giúp Wei Feng Chong tự tin hơn. Tại séc quyết định, tay vợt Malaysia giành thắng lợi 21-17 sau 58 phút.';
  const matchB = (third: string) =>
    'Tiến Minh dừng bước tại Đan Mạch\nTiến Minh giành chiến thắng với tỷ số 21-19 trong séc đầu tiên. ' +
    'Sang séc 2, anh dẫn trước 11-9 rồi chịu thất bại đáng tiếc 21-18 trước Wei Feng Chong. ' +
    `Tay vợt Malaysia liên tục nới rộng cách biệt và kết thúc trận đấu với tỷ số ${third}.`;

  it('flags the one set score each report gives otherwise, the other sets agreeing', () => {
    const found = run(matchB('21-7'), MATCH_A);
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote, facts(f).basis])).toEqual([['21-17', '21-7', 'same-event']]);
    expect(facts(found[0] as Finding).context).toEqual(['21-19', '21-18']);
    expect(run(matchB('21-17'), MATCH_A)).toEqual([]);
    expect(run(matchB('17-21'), MATCH_A)).toEqual([]);
  });

  it('does not pair football scores by their winning goals ("2-1" of one match, "2-0" of another)', () => {
    const a =
      'Chelsea thắng đậm Schalke\nChelsea thắng Schalke với tỷ số 3-0 trên sân khách. Ở trận còn lại, Steaua hòa Basel với tỷ số 1-1. Trước đó Chelsea từng thắng 2-1.';
    const b =
      'Schalke thua trắng Chelsea\nChelsea đánh bại Schalke với tỷ số 3-0 ngay tại Gelsenkirchen. Steaua và Basel hòa với tỷ số 1-1. Tuần trước Schalke thắng 2-0.';
    expect(run(b, a)).toEqual([]);
  });

  it('does not take two minutes far apart for one minute misreported ("phút 40" / "phút 68")', () => {
    const a =
      'Chelsea thắng Schalke\nChelsea thắng Schalke với tỷ số 3-0 và Steaua hòa Basel 1-1. Phút 40, thủ thành của đội khách phải tung người cứu thua sau cú đánh đầu của Neustadter.';
    const b =
      'Schalke thua Chelsea\nSchalke thua Chelsea với tỷ số 3-0, Steaua hòa Basel 1-1. Chưa có bàn gỡ, đội chủ nhà phải nhận bàn thua thứ hai ở phút 68.';
    expect(run(b, a)).toEqual([]);
  });
});

describe('same-event comparison: specifications that tell one product by themselves', () => {
  const SPEC_A =
    'Sony ra mắt Xperia Z1 tại Việt Nam\nSony Xperia Z1 dùng cảm biến Exmor RS với độ phân giải 20,7 megapixel. ' +
    'Máy được trang bị viên pin 3.000 mAh. Bộ nhớ RAM 2 GB đi cùng chip Krait 4 nhân tốc độ 2,2 GHz.';
  const specB = (clock: string) =>
    'Xperia Z1 lên kệ tại Việt Nam\nCamera của Sony Xperia Z1 đạt 20,7 megapixel, cho ảnh sắc nét cả khi thiếu sáng. ' +
    `Dung lượng 3.000 mAh đủ dùng cả ngày. Vi xử lý Krait 4 nhân đạt xung nhịp ${clock} và máy có 2 GB bộ nhớ trong.`;

  it('takes a measure given to its decimals or in the hundreds ("20,7 megapixel", "3.000 mAh") as an anchor, whatever words surround it', () => {
    expect(run(specB('3,2 GHz'), SPEC_A).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['2,2', '3,2']]);
    expect(run(specB('2,2 GHz'), SPEC_A)).toEqual([]);
  });
});


describe('same-event comparison: a figure one report gives twice, once changed (issue 10, planted same-event changes)', () => {
  // Two outlets on one phone launch; the first names the battery in its lead and again further on.
  const launchA = (second: string) =>
    'Oppo Reno 9 ra mắt tại TP.HCM\nHãng Oppo giới thiệu Reno 9 với hệ điều hành Android 13, pin dung lượng 4.500 mAh và màn hình 6,4 inch. ' +
    'Máy dùng chip Dimensity 900 tốc độ 2,4 GHz. ' +
    `Theo đại diện Oppo, viên pin dung lượng ${second} cho thời gian sử dụng hai ngày liền.`;
  const LAUNCH_B =
    'Reno 9 lên kệ tuần sau\nTheo Oppo, Reno 9 có màn hình 6,4 inch, chip Dimensity 900 tốc độ 2,4 GHz và dung lượng pin 4.500mAh, giá bán 9,99 triệu đồng tại các cửa hàng.';

  it('compares the changed mention with the other report’s figure, which the first mention confirms', () => {
    const found = run(LAUNCH_B, launchA('5.500 mAh'));
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote, facts(f).basis])).toEqual([['5.500', '4.500', 'same-event']]);
    // Both mentions alike: nothing to say.
    expect(run(LAUNCH_B, launchA('4.500 mAh'))).toEqual([]);
  });

  it('does not take two items of one list, or a figure of another model, for one figure said twice', () => {
    // The second amount stands in the sentence of the first: an item of a list, not a re-statement.
    const listA =
      'Hỗ trợ hộ nghèo ở Lâm Đồng\nGia đình ông Cang ở Lâm Đồng đã nhận được một lần tiền hỗ trợ hộ nghèo 300.000 đồng, một lần tiền tết 200.000 đồng và 4 quý tiền điện. ' +
      'Theo Sở Lao động Lâm Đồng, toàn tỉnh có 12.450 hộ nghèo và 7.320 hộ cận nghèo.';
    const listB =
      'Lâm Đồng rà soát hộ nghèo\nĐến nay ông Cang ở Lâm Đồng mới nhận một lần tiền hỗ trợ hộ nghèo 300 nghìn đồng, 4 quý tiền điện. ' +
      'Sở Lao động Lâm Đồng cho biết tỉnh còn 12.450 hộ nghèo, 7.320 hộ cận nghèo.';
    expect(run(listB, listA)).toEqual([]);
    // The other report lists the batteries of two models: which one the changed mention restates is a guess.
    const twoModels = LAUNCH_B.replace('giá bán', 'bản Reno 9 Pro có pin 4.800mAh, giá bán');
    expect(run(twoModels, launchA('5.500 mAh'))).toEqual([]);
  });
});

describe('same-event comparison: bounds ("hơn", "dưới") near their value', () => {
  const figure = (text: string) => passagesOf(makeArticle('x', text, null)).flatMap(figureContexts)[0]!;

  it('does not let rounding cross a bound: "hơn 3 triệu" is not 2,9 triệu, "hơn 2 triệu" may be', () => {
    const price = figure('Loa trị giá 2.900.000 đồng.');
    expect(figuresAgree(figure('Loa trị giá hơn 3 triệu đồng.'), price)).toBe(false);
    expect(figuresAgree(figure('Loa trị giá hơn 2 triệu đồng.'), price)).toBe(true);
    expect(figuresAgree(figure('Loa trị giá khoảng 3 triệu đồng.'), price)).toBe(true);
  });

  const reportA = (value: string) =>
    'Hòa Phát công bố kết quả quý III\nTập đoàn Hòa Phát cho biết doanh thu 9 tháng đạt ' +
    `${value} tỷ đồng, bằng 68% kế hoạch năm. Lợi nhuận sau thuế của Hòa Phát đạt 2.125 tỷ đồng, tăng 7,6% so với cùng kỳ. ` +
    'Riêng quý III, Hòa Phát bán hơn 1.500 tỷ đồng thép xây dựng cho thị trường miền Nam.';
  const REPORT_B =
    'Hòa Phát lãi 2.125 tỷ đồng sau 9 tháng\nDoanh thu của Hòa Phát sau chín tháng đầu năm là 12.663 tỷ đồng, tương đương 68% kế hoạch đề ra cho cả năm, theo báo cáo gửi Sở Giao dịch. ' +
    'Lợi nhuận sau thuế đạt 2.125 tỷ đồng, tăng 7,6% so với cùng kỳ năm trước.';

  it('flags a figure that only a far-off bound elsewhere in its report would "confirm" ("hơn 1.500 tỷ" is not 22.663 tỷ)', () => {
    expect(run(REPORT_B, reportA('22.663')).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['22.663 tỷ', '12.663 tỷ']]);
    expect(run(REPORT_B, reportA('12.663'))).toEqual([]);
  });

  it('flags a bound the other report’s figure falls short of, as a note ("hơn 3 triệu" / "2.900.000 đồng")', () => {
    const a = (value: string) =>
      'JBL PlayUp tặng kèm Xperia Z2\nSony cho biết 1.000 khách hàng đầu tiên đặt mua Xperia Z2 giá 16,99 triệu đồng ' +
      `được nhận loa JBL PlayUp trị giá ${value} đồng. Máy có pin 3.400 mAh và màn hình 5,2 inch.`;
    const b =
      'Xperia Z2 nhận đặt hàng\nXperia Z2 có giá 16,99 triệu đồng, màn hình 5,2 inch và pin 3.400 mAh. Khách đặt trước nhận loa JBL PlayUp trị giá 2.900.000 VND.';
    const found = run(b, a('hơn 3 triệu'));
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote, facts(f).severity])).toEqual([['hơn 3 triệu', '2.900.000', 'low']]);
    expect(run(b, a('hơn 2 triệu'))).toEqual([]);
  });
});

describe('same-event comparison: "tỷ lệ" heads every percentage', () => {
  const wordsOf = (text: string) => passagesOf(makeArticle('x', text, null)).flatMap(figureContexts)[0]!.words;

  it('drops "lệ" only after "tỷ"/"tỉ": "bán lẻ", "dịp lễ" and "Lê" still tell a figure', () => {
    expect(wordsOf('Tỷ lệ hồ sơ nộp trực tuyến đạt 96,45%.')).not.toContain('le');
    expect(wordsOf('Tỉ lệ 65% hộ dân đã được hỗ trợ.')).not.toContain('le');
    expect(wordsOf('Giá bán lẻ thịt heo hơi là 62.000 đồng/kg.')).toContain('le');
    expect(wordsOf('Khu du lịch đón 35.000 lượt khách dịp lễ.')).toContain('le');
    expect(wordsOf('Theo ông Lê Văn Hùng, xã có 1.250 hộ nuôi tôm.')).toContain('le');
  });

  it('does not pair two shares of one bulletin by "tỷ lệ … trực tuyến" alone', () => {
    const a =
      'Bắc Giang công bố chỉ số chuyển đổi số\nTheo Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 96,45%; tỷ lệ thanh toán trực tuyến đạt 93,12%. ' +
      'Theo Sở Thông tin và Truyền thông, toàn tỉnh Bắc Giang có 2.150 tổ công nghệ số cộng đồng với 16.370 thành viên.';
    const b =
      'Chuyển đổi số ở Bắc Giang\nSở Thông tin và Truyền thông cho biết Bắc Giang hiện có 2.150 tổ công nghệ số cộng đồng, 16.370 thành viên. Chỉ số sẵn sàng ứng dụng CNTT (ICT Index) của tỉnh xếp loại khá; tỷ lệ dịch vụ công trực tuyến mức độ 4 đạt 81,34%; tỷ lệ xử lý văn bản điện tử đạt 67,21%.';
    expect(run(b, a)).toEqual([]);
  });
});

describe('same-event comparison: a name near a figure stays its own where both reports name everything (review s24: names relaxation)', () => {
  // Two outlets on one storm; both name both provinces all through, each gives one province's roofs.
  const stormOne =
    'Bão số 5 quét qua Thanh Hóa và Nghệ An\nĐêm qua bão số 5 đổ bộ vào Thanh Hóa và Nghệ An với sức gió 135 km/h, làm 4.120 cây xanh bị gãy đổ. ' +
    'Theo báo cáo nhanh của ban chỉ huy phòng chống thiên tai, Thanh Hóa có 2.640 ngôi nhà bị tốc mái. ' +
    'Thiệt hại ban đầu của hai tỉnh ước khoảng 980 tỷ đồng, 12.300 ha lúa bị ngập.';
  const stormTwo = (place: string) =>
    'Nghệ An và Thanh Hóa khắc phục hậu quả bão số 5\nBão số 5 vào Nghệ An, Thanh Hóa với sức gió 135 km/h, quật đổ 4.120 cây xanh. ' +
    `Trên địa bàn ${place} có 2.460 ngôi nhà bị tốc mái, nhiều đoạn đê ven biển bị sạt. ` +
    'Ước tính thiệt hại khoảng 980 tỷ đồng, 12.300 ha lúa ngập úng.';

  it('does not raise two provinces’ counts as one fact at odds', () => {
    expect(run(stormTwo('Nghệ An'), stormOne)).toEqual([]);
  });

  it('keeps a name that opens the sentence right before the figure ("Riêng Nghệ An có …")', () => {
    const opening = stormTwo('Nghệ An').replace('Trên địa bàn Nghệ An có', 'Riêng Nghệ An có');
    expect(run(opening, stormOne)).toEqual([]);
  });

  it('still takes one province’s figure given differently as one fact at odds', () => {
    expect(run(stormTwo('Thanh Hóa'), stormOne).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['2.640', '2.460']]);
  });

  // Two models of one launch; both reports say "Lumia" alone elsewhere, each names one model by the battery.
  const modelsA = (model: string) =>
    'Nokia ra mắt dòng Lumia mới tại Hà Nội\nHãng Nokia vừa giới thiệu hai mẫu Lumia tại Việt Nam. ' +
    `Bản ${model} được trang bị pin dung lượng 3.400 mAh, bộ xử lý Snapdragon chạy ở tốc độ 2,2 GHz, màn hình kích thước 6,1 inch. ` +
    'Máy có giá bán 15,99 triệu đồng và lên kệ từ tuần sau tại các cửa hàng FPT Shop.';
  const modelsB = (model: string) =>
    'Dòng Lumia mới chính thức bán tại Việt Nam\nSáng nay, Nokia công bố giá hai mẫu Lumia ở thị trường trong nước. ' +
    `Theo hãng, ${model} sử dụng dung lượng pin 3.200mAh, chip Snapdragon lõi tứ tốc độ 2,2GHz. Màn hình có kích thước 6,1 inch. ` +
    'Giá bán khởi điểm là 15,99 triệu đồng, khách đặt trước tại FPT Shop được tặng loa.';

  it('takes a name as given by the other report only when it gives the whole name ("Lumia" does not give "Lumia Pro")', () => {
    expect(run(modelsB('Lumia Max'), modelsA('Lumia Pro'))).toEqual([]);
    expect(run(modelsB('Lumia Pro'), modelsA('Lumia Pro')).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['3.400', '3.200']]);
  });
});

describe('same-event comparison: an earlier figure given beside the current one (review s24: restated earlier price)', () => {
  // The first report gives the new price, then the price before it; the later one gives the new price only.
  const priceA = (lead: string) =>
    'Giá xăng sinh học tăng từ chiều nay\nTừ 15 giờ chiều nay, giá xăng RON92 là 20.130 đồng/lít. ' +
    `Mức giá này áp dụng tại 1.840 cửa hàng Petrolimex trên cả nước, tăng 1,8%. ${lead}, xăng RON92 có giá 19.870 đồng/lít.`;
  const PRICE_B =
    'Xăng sinh học lên giá\nTheo thông báo của liên Bộ Công Thương - Tài chính phát đi trưa nay sau phiên điều hành, giá xăng RON92 là 20.130 đồng/lít. ' +
    'Giá mới áp dụng ở 1.840 cửa hàng Petrolimex, tăng 1,8%.';

  it('does not take the earlier price for the current one given again ("Trước đó", "So với tuần trước", "Kỳ trước")', () => {
    expect(run(PRICE_B, priceA('Trước đó'))).toEqual([]);
    expect(run(PRICE_B, priceA('So với tuần trước'))).toEqual([]);
    expect(run(PRICE_B, priceA('Kỳ trước'))).toEqual([]);
  });

  it('still compares a changed second mention that says nothing of an earlier period', () => {
    expect(run(PRICE_B, priceA('Cụ thể')).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['19.870', '20.130']]);
  });
});

describe('same-event findings under incremental re-analysis: order (review s24: determinism)', () => {
  it('walks the touched aligned pairs in index order, as a full analysis does, whatever order they were touched in', () => {
    const a = makeArticle('a', OUTLET_A, '2013-10-22T08:00', 'Báo A');
    const b = makeArticle('b', outletB('3.200mAh'), '2013-10-22T10:30', 'Báo B');
    const c = makeArticle('c', outletB('3.100mAh', '2,3GHz'), '2013-10-22T11:30', 'Báo C');
    const analysis = new FindingsAnalysis([a, b, c], []);
    const fields = { kind: 'count' as const, unit: 'mAh', subject: 'Lumia Z', metric: 'dung lượng pin', period: null };
    // A's claim first (A is only in the last aligned pair, A–B), then C's (in the B–C pairs before it):
    // the pairs are touched out of index order.
    analysis.updateClaims([makeClaim(a, '3.400 mAh', { ...fields, value: 3400 })]);
    analysis.updateClaims([makeClaim(c, '3.100mAh', { ...fields, value: 3100 })]);
    type Drafts = { drafts(): { rule: string }[]; touchedDrafts(): Generator<void, { rule: string }[]> };
    const inner = analysis as unknown as Drafts;
    const aligned = (list: { rule: string }[]) => list.filter((d) => d.rule === 'aligned-passage');
    const full = aligned(inner.drafts());
    const touched = aligned(finish(inner.touchedDrafts()));
    expect(touched.length).toBeGreaterThan(1);
    expect(touched).toEqual(full.filter((d) => touched.includes(d)));
  });
});

describe('same-event comparison: a value one digit away from the other report’s (issue 10 (b), s25)', () => {
  const budgetA = (revenue: string) =>
    'Ngân sách năm 2013 hụt thu\nTheo báo cáo của Bộ trưởng Lê Minh Hải gửi Quốc hội, số thu ngân sách ước đạt ' +
    `${revenue} tỷ đồng. Bội chi ngân sách ở mức 5,3% GDP, nợ công khoảng 56,2% GDP. Vốn đầu tư phát triển đạt 175.000 tỷ đồng.`;
  const BUDGET_B =
    'Bội chi ngân sách lên 5,3% GDP\nBáo cáo của Bộ trưởng Lê Minh Hải trình Quốc hội sáng nay cho thấy bội chi ngân sách ở mức 5,3% GDP, còn nợ công là 56,2% GDP. ' +
    'Số thu năm 2013 khoảng 716.400 tỷ đồng, trong khi tổng chi lên tới 986.300 tỷ đồng.';

  it('pairs the figure whose digits differ in one place ("816.400" / "716.400") although the words around them say little', () => {
    expect(run(BUDGET_B, budgetA('816.400')).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['816.400 tỷ', 'khoảng 716.400 tỷ']]);
    expect(run(BUDGET_B, budgetA('716.400'))).toEqual([]);
  });

  it('does not pair values further apart than one digit on so few shared words ("846.100" / "716.400")', () => {
    expect(run(BUDGET_B, budgetA('846.100'))).toEqual([]);
  });

  it('reads one digit apart at the coarser precision of the two (rounded or cut off), and never on two digits only', () => {
    const fig = (text: string) => passagesOf(makeArticle('x', text, null)).flatMap(figureContexts)[0]!.figure;
    expect(oneDigitApart(fig('Thu 73.630 tỷ đồng.'), fig('Thu 63.600 tỷ đồng.'))).toBe(true);
    expect(oneDigitApart(fig('Thu 852.370 tỷ đồng.'), fig('Thu hơn 752.000 tỷ đồng.'))).toBe(true);
    expect(oneDigitApart(fig('Thu 852.370 tỷ đồng.'), fig('Thu 986.300 tỷ đồng.'))).toBe(false);
    // A difference of about one digit's worth is not one digit changed: "37,31" / "33,40", "114,99" / "115,08".
    expect(oneDigitApart(fig('Giá 37,31 triệu đồng.'), fig('Giá 33,40 triệu đồng.'))).toBe(false);
    expect(oneDigitApart(fig('Chỉ số đạt 114,99 điểm.'), fig('Chỉ số đạt 115,08 điểm.'))).toBe(false);
    // Two digits given: "54" and "24" are one digit apart, as are most pairs of minutes or ranks.
    expect(oneDigitApart(fig('Có 54 người.'), fig('Có 24 người.'))).toBe(false);
    expect(oneDigitApart(fig('Thu 73.630 tỷ đồng.'), fig('Thu 64.000 tỷ đồng.'))).toBe(false);
  });
});

describe('same-event comparison: a figure one report gives twice, once changed by one digit (issue 10 (b), s25)', () => {
  const phoneA = (extra = '') =>
    'Sony Xperia Z9 ra mắt tại Hà Nội\nHãng Sony giới thiệu Xperia Z9 với camera chính 20,7 megapixel, màn hình 6,4 inch và chip Snapdragon tốc độ 2,4 GHz. ' +
    `Ảnh từ camera 30,7 megapixel sắc nét cả khi trời tối.${extra}`;
  const PHONE_B =
    'Xperia Z9 lên kệ tuần sau\nTheo Sony, Xperia Z9 có màn hình 6,4 inch, chip Snapdragon tốc độ 2,4 GHz, camera sau độ phân giải 20,7 megapixel, giá bán 12,99 triệu đồng.';

  it('compares the changed mention with the other report’s figure on one shared word when the digits say which one it is', () => {
    expect(run(PHONE_B, phoneA()).map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['30,7', '20,7']]);
  });

  it('does not when another figure of the article is as near to the other report’s ("20,2 megapixel" of a second model)', () => {
    expect(run(PHONE_B, phoneA(' Bản Z9 Compact dùng camera 20,2 megapixel.'))).toEqual([]);
  });
});

describe('same-event comparison: budget reports re-worded (issue 10 (b), s26)', () => {
  // The first report's revenue sentence has the shape of the second's spending sentence: the passage
  // alignment pairs them (one template about two things, refused), while the second report gives the
  // revenue in another sentence.
  const REPORT_A =
    'Quốc hội nghe báo cáo ngân sách\nTheo Bộ trưởng Đinh Tiến Dũng, năm 2013 thu ngân sách nhà nước ước đạt 752.370 tỷ đồng, giảm 63.630 tỷ đồng tương đương 7,8% so với dự toán. ' +
    'Trong báo cáo gửi Quốc hội, Chính phủ đề nghị nâng bội chi ngân sách lên mức 5,3% GDP. Nợ công của cả nước ở mức 56,2% GDP.';
  const reportB = (revenue: string) =>
    'Ngân sách năm 2013 hụt thu lớn\nSáng nay, Bộ trưởng Đinh Tiến Dũng trình bày trước Quốc hội báo cáo tài chính. ' +
    'Tổng chi ngân sách nhà nước năm 2013 ước đạt 986.300 tỷ đồng, tăng 8.300 tỷ đồng tương đương 0,8% so với dự toán. ' +
    `Số thu cân đối ngân sách nhà nước của năm chỉ còn ${revenue} tỷ đồng. Chính phủ đề nghị nâng bội chi ngân sách lên mức 5,3% GDP. Nợ công của cả nước ở mức 56,2% GDP.`;
  const run2 = (revenue: string) =>
    detectFindings([makeArticle('a', REPORT_A, '2013-10-23T08:00', 'Báo A'), makeArticle('b', reportB(revenue), '2013-10-23T10:00', 'Báo B')], []).filter(
      (f) => (f.articleIds?.length ?? 0) > 1,
    );

  it('compares a sentence that the alignment paired with one template about another thing with its counterpart elsewhere', () => {
    expect(run2('852.370').map((f) => [f.type, facts(f).a.quote, facts(f).b.quote])).toEqual([['conflict', '752.370 tỷ', '852.370 tỷ']]);
  });

  it('takes a figure cut off at the other’s precision ("752.300" for "752.370") as the same figure', () => {
    expect(run2('752.370')).toEqual([]);
    expect(run2('752.300')).toEqual([]);
  });

  it('raises a figure cut off in a sentence copied word for word: a copy that changes a digit is an edit', () => {
    const text = (revenue: string) =>
      'Báo cáo ngân sách năm 2013\nTheo Bộ Tài chính, năm 2013 thu ngân sách nhà nước ước đạt ' +
      `${revenue} tỷ đồng, giảm 63.630 tỷ đồng so với dự toán, trong khi chi ước đạt 986.300 tỷ đồng. Bội chi ngân sách được nâng lên 5,3% GDP.`;
    const found = (revenue: string) =>
      detectFindings([makeArticle('a', text('752.370'), '2013-10-23T08:00', 'Báo A'), makeArticle('b', text(revenue), '2013-10-23T10:00', 'Báo B')], []).filter(
        (f) => (f.articleIds?.length ?? 0) > 1,
      );
    expect(found('752.300').map((f) => [f.type, f.severity, facts(f).a.quote, facts(f).b.quote])).toEqual([['conflict', 'high', '752.370 tỷ', '752.300 tỷ']]);
    expect(found('752.870').map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['752.370 tỷ', '752.870 tỷ']]);
  });

  it('reads a cut-off only at the coarser figure’s own last digit', () => {
    const fig = (text: string) => passagesOf(makeArticle('x', text, null)).flatMap(figureContexts)[0]!.figure;
    expect(cutOff(fig('Thu 752.370 tỷ đồng.'), fig('Thu 752.300 tỷ đồng.'))).toBe(true);
    expect(cutOff(fig('Thu 63.630 tỷ đồng.'), fig('Thu 63.600 tỷ đồng.'))).toBe(true);
    // Rounded, not cut off: a rounding (see roundingApart), not this.
    expect(cutOff(fig('Thu 752.370 tỷ đồng.'), fig('Thu 752.400 tỷ đồng.'))).toBe(false);
    expect(cutOff(fig('Thu 752.370 tỷ đồng.'), fig('Thu 752.200 tỷ đồng.'))).toBe(false);
    expect(cutOff(fig('Thu 752.370 tỷ đồng.'), fig('Thu 752.370 tỷ đồng.'))).toBe(false);
    // Fewer than three digits given: a round figure may be exact ("5.000" is not "5.500" cut off).
    expect(cutOff(fig('Có 5.500 người.'), fig('Có 5.000 người.'))).toBe(false);
    expect(cutOff(fig('Có 5.520 người.'), fig('Có 5.500 người.'))).toBe(false);
  });
});

describe('a last digit changed to 0 in a copied sentence is no cut-off (review of s26)', () => {
  const storm = (n: string) =>
    'Bão số 3 gây thiệt hại nặng\nTheo Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Ninh, bão số 3 đã làm ' +
    `${n} ngôi nhà bị tốc mái và 45 người bị thương. Lực lượng chức năng đã sơ tán 3.200 hộ dân khỏi vùng nguy hiểm. Tỉnh đang khẩn trương khắc phục hậu quả.`;
  const cases = (n: string) =>
    `Số ca mắc mới tăng\nTheo Bộ Y tế, trong 24 giờ qua cả nước ghi nhận ${n} ca mắc mới, trong đó có 1.420 ca tại Hà Nội. Số bệnh nhân khỏi bệnh trong ngày là 8.150 người.`;
  const fuel = (n: string) =>
    `Giá xăng tăng mạnh\nTheo Bộ Công Thương, từ 15h chiều nay giá xăng RON 95 tăng lên ${n} đồng mỗi lít, mức cao nhất kể từ năm 2023. Giá dầu diesel cũng được điều chỉnh lên 21.470 đồng mỗi lít trong kỳ điều hành này.`;
  const found = (text: (n: string) => string, first: string, second: string) =>
    detectFindings([makeArticle('a', text(first), '2024-09-08T08:00', 'Báo A'), makeArticle('b', text(second), '2024-09-08T10:00', 'Báo B')], [])
      .filter((f) => (f.articleIds?.length ?? 0) > 1)
      .map((f) => [f.type, f.severity, facts(f).a.quote, facts(f).b.quote]);

  it.each([
    ['a toll', '1.235', '1.230', storm],
    ['a count of cases', '20.315', '20.310', cases],
    ['a count of cases', '20.310', '20.315', cases],
    ['a count of cases', '125.900', '125.000', cases],
    ['a fuel price in đồng without a scale word', '25.870', '25.800', fuel],
  ])('flags %s changed from %s to %s', (_what, first, second, text) => {
    expect(found(text, first, second)).toEqual([['conflict', 'high', first, second]]);
  });
});

describe('same-event comparison: reports paired by the names they share (issue 10 (b), s26)', () => {
  // Two reports of one arms deal that share no figure: the payload is the only one both give.
  const DEAL_A =
    'Philippines mua máy bay của Hàn Quốc\nTổng thống Benigno Aquino cho biết chính phủ Philippines sẽ mua máy bay FA-50 của hãng Korea Aerospace Industries. ' +
    'Theo ông Aquino, mỗi chiếc FA-50 có thể mang tới 4,5 tấn vũ khí gồm tên lửa và bom. Bộ trưởng Voltaire Gazmin cho biết hợp đồng sẽ được ký ở Manila trong tháng tới.';
  const dealB = (payload: string) =>
    'Manila giữ kế hoạch mua máy bay\nÔng Benigno Aquino khẳng định chính phủ Philippines giữ nguyên thỏa thuận với Korea Aerospace Industries. ' +
    `Loại máy bay FA-50 có khả năng mang tới ${payload} tấn vũ khí như tên lửa, súng máy và bom dẫn đường. Bộ trưởng Voltaire Gazmin sẽ từ Manila sang Seoul vào tuần tới.`;
  const cross = (articles: ReturnType<typeof makeArticle>[]) => detectFindings(articles, []).filter((f) => (f.articleIds?.length ?? 0) > 1);

  it('compares two reports of the same day that share five names rare in the workspace, with no figure in common', () => {
    const found = cross([makeArticle('a', DEAL_A, '2013-10-23T08:00', 'Báo A'), makeArticle('b', dealB('5,5'), '2013-10-23T20:00', 'Báo B')]);
    expect(found.map((f) => [f.type, facts(f).a.quote, facts(f).b.quote])).toEqual([['conflict', '4,5', '5,5']]);
    expect(cross([makeArticle('a', DEAL_A, '2013-10-23T08:00', 'Báo A'), makeArticle('b', dealB('4,5'), '2013-10-23T20:00', 'Báo B')])).toEqual([]);
  });

  it('does not pair them by names when they are days apart', () => {
    expect(cross([makeArticle('a', DEAL_A, '2013-10-23T08:00', 'Báo A'), makeArticle('b', dealB('5,5'), '2013-10-27T08:00', 'Báo B')])).toEqual([]);
  });

  it('does not pair them by names that many articles of the workspace give', () => {
    // Thirty other articles of the week name the same people, firm and places: the names tell no event.
    const others = Array.from({ length: 30 }, (_, i) =>
      makeArticle(
        `o${i}`,
        `Tin quốc phòng số ${i}\nHôm nay ông Benigno Aquino gặp Bộ trưởng Voltaire Gazmin tại Manila để bàn về máy bay FA-50 của Korea Aerospace Industries, theo chính phủ Philippines.`,
        '2013-10-22T08:00',
      ),
    );
    expect(cross([makeArticle('a', DEAL_A, '2013-10-23T08:00', 'Báo A'), makeArticle('b', dealB('5,5'), '2013-10-23T20:00', 'Báo B'), ...others])).toEqual([]);
  });

  // Review of s26-recall, bugs 1 and 2: two matches of one team two days apart; two trading days'
  // market reports that name the same tickers.
  const match1 =
    'U23 Việt Nam thắng U23 Lào\nTối 20/8, U23 Việt Nam thắng U23 Lào 4-0 tại sân Rayong. HLV Hoàng Anh Tuấn tung ra sân đội hình mạnh nhất với Quan Văn Chuẩn, Nguyễn Văn Tùng và Khuất Văn Khang. ' +
    'Tiền đạo Văn Tùng mở tỷ số ở phút 12 sau đường chuyền của Khuất Văn Khang. Đội bóng của HLV Hoàng Anh Tuấn kiểm soát bóng tới 68% thời lượng trận đấu.';
  const match2 =
    'U23 Việt Nam hòa U23 Philippines\nTối 22/8, U23 Việt Nam hòa U23 Philippines 1-1 tại sân Rayong. HLV Hoàng Anh Tuấn giữ nguyên đội hình với Quan Văn Chuẩn, Nguyễn Văn Tùng và Khuất Văn Khang. ' +
    'Phút 15, Khuất Văn Khang căng ngang để tiền đạo Văn Tùng dứt điểm tung lưới đối thủ. Cả trận, tỷ lệ kiểm soát bóng của U23 Việt Nam là 61%.';
  const session1 =
    'VN-Index tăng mạnh\nKết thúc phiên giao dịch, chỉ số VN-Index tăng 12,5 điểm lên 1.263,8 điểm. Thanh khoản trên sàn HOSE đạt 21.350 tỷ đồng. ' +
    'Nhóm ngân hàng dẫn dắt thị trường với VCB, BID, CTG, TCB và MBB. Khối ngoại bán ròng 520 tỷ đồng trong phiên, tập trung ở HPG và VNM.';
  const session2 =
    'Cổ phiếu ngân hàng kéo chỉ số đi xuống\nPhiên chiều nay, áp lực bán khiến chỉ số VN-Index mất 8,2 điểm, còn 1.255,6 điểm. Giá trị khớp lệnh tại HOSE chỉ 18.420 tỷ đồng. ' +
    'Các mã lớn như VCB, BID, CTG, TCB và MBB đồng loạt giảm. Hai mã HPG và VNM bị khối ngoại bán ròng mạnh nhất, tổng cộng 310 tỷ đồng.';

  it('does not pair two matches of one team two days apart by the players and the ground they share', () => {
    expect(cross([makeArticle('m1', match1, '2023-08-20T21:00', 'Báo A'), makeArticle('m2', match2, '2023-08-22T20:30', 'Báo B')])).toEqual([]);
  });

  it('does not pair two trading days’ market reports by the tickers they share', () => {
    expect(cross([makeArticle('s1', session1, '2024-03-11T15:30', 'Báo A'), makeArticle('s2', session2, '2024-03-12T15:10', 'Báo B')])).toEqual([]);
  });

  it('does not take two reports of the same day giving different scores for one event', () => {
    expect(cross([makeArticle('m1', match1, '2023-08-20T21:00', 'Báo A'), makeArticle('m2', match2, '2023-08-20T22:30', 'Báo B')])).toEqual([]);
  });

  it('does not count tickers and acronyms as names that pair two reports of the same day', () => {
    expect(cross([makeArticle('s1', session1, '2024-03-11T11:30', 'Báo A'), makeArticle('s2', session2, '2024-03-11T15:10', 'Báo B')])).toEqual([]);
  });

  it('does not pair two provinces’ reports by the provinces they both name', () => {
    // Each province named in its title only; the sentences name the same neighbours and the same
    // department of each province.
    const a = makeArticle(
      'a',
      'Chuyển đổi số ở Bắc Giang\nSở Thông tin và Truyền thông vừa công bố kết quả năm 2023. Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 78%. ' +
        'Tỉnh đứng sau Bắc Ninh, Hải Dương, Hưng Yên, Thái Nguyên, Lạng Sơn và Phú Thọ trong vùng.',
      '2024-03-08T07:00',
      'Báo A',
    );
    const b = makeArticle(
      'b',
      'Quảng Ninh dẫn đầu vùng về chuyển đổi số\nSở Thông tin và Truyền thông vừa tổng kết năm 2023. Tỷ lệ hồ sơ xử lý trực tuyến toàn tỉnh là 98,6%, ' +
        'vượt xa Bắc Ninh, Hải Dương, Hưng Yên, Thái Nguyên, Lạng Sơn và Phú Thọ.',
      '2024-03-08T09:00',
      'Báo B',
    );
    expect(cross([a, b]).map((f) => f.explanation)).toEqual([]);
  });
});

// Two reports of one phone launch: the other outlet's screen size is told from the lens's sensor by the
// words said of the screen only ("Full HD"), not by the words said of every specification ("kích
// thước", "độ phân giải"), which the sensor's sentence shares with it as many.
const SPECS_A =
  'Sony ra mắt Xperia Z1 tại IFA\nSony vừa giới thiệu Xperia Z1 tại triển lãm IFA ở Berlin. Máy vẫn có kích thước 5 inch với độ phân giải Full HD. ' +
  'Máy dùng chip Snapdragon 800 tốc độ 2,2 GHz và pin dung lượng 3.000 mAh. Camera sau có độ phân giải 20,7 megapixel, cảm biến kích thước lớn.';
const specsB = (screen: string) =>
  `Xperia Z1 trình làng ở Berlin\nTại IFA, Sony công bố Xperia Z1 với ${screen}. Chip Snapdragon 800 tốc độ 2,2 GHz, dung lượng pin 3.000 mAh, ` +
  'camera độ phân giải 20,7 megapixel. Ống kính QX100 đi kèm có cảm biến kích thước 1 inch, độ phân giải 20,2 megapixel.';

describe('same-event: candidates sharing as many words are told apart by the words that stand by fewer figures', () => {
  const quotes = (b: string): string[][] => run(b, SPECS_A).map((f) => [facts(f).a.quote, facts(f).b.quote]);

  it('flags the screen size changed ("5 inch" / "màn hình 6 inch Full HD"), not the sensor\'s "1 inch"', () => {
    const found = run(specsB('thân máy vuông vức, màn hình 6 inch Full HD'), SPECS_A);
    expect(found.map((f) => [facts(f).a.quote, facts(f).b.quote])).toEqual([['5', '6']]);
    expect(facts(found[0] as Finding).basis).toBe('same-event');
  });

  it('stays quiet when the screen sizes agree', () => {
    expect(quotes(specsB('thân máy vuông vức, màn hình 5 inch Full HD'))).toEqual([]);
  });

  it('stays quiet when the words shared with each are said of every specification alike ("kích thước")', () => {
    // "kích thước màn 6 inch" shares "máy", "kích thước" with the screen, "kích thước", "độ phân giải" with the sensor: no telling word.
    expect(quotes(specsB('thân máy vuông vức, kích thước màn 6 inch'))).toEqual([]);
  });
});

describe('same-event tie-break: the rarer words must be said of the same thing (review s33-samevent BUG 4)', () => {
  const quotes = (b: string): string[][] => run(b, SPECS_A).map((f) => [facts(f).a.quote, facts(f).b.quote]);

  it('does not take another product\'s "màn hình 6 inch Full HD" (Xperia Z Ultra) for Xperia Z1\'s 5-inch screen', () => {
    expect(quotes(specsB('thân máy vuông vức, cùng máy Xperia Z Ultra màn hình 6 inch Full HD'))).toEqual([]);
    expect(quotes(specsB('thân máy vuông vức, cùng máy Xperia Z Ultra màn hình 5 inch Full HD'))).toEqual([]);
  });

  it('still flags the screen when the name around it is the product both articles name ("máy Xperia Z1 màn hình 6 inch Full HD")', () => {
    expect(quotes(specsB('thân máy vuông vức, còn máy Xperia Z1 màn hình 6 inch Full HD'))).toEqual([['5', '6']]);
    // A part named by a code ("LCD") that the other article does not write is no other product.
    expect(quotes(specsB('thân máy vuông vức, màn hình LCD 6 inch Full HD'))).toEqual([['5', '6']]);
  });
});
