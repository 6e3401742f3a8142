import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { makeArticle, raisedBetween } from './helpers';

// Session 42 (issue 10 (b)): "số X … là N" counted as X, and a forecast named in another clause of the
// figure's sentence. Every sentence here is written for these tests.

const raised = raisedBetween;

const contextsOf = (text: string) => passagesOf(makeArticle('a', text, '2024-04-20T08:00')).flatMap(figureContexts);

describe('ranges and labelled spans are no scores', () => {
  // (A rule reading a results table flattened into prose as scores was taken back after review: it read
  // short labelled spans — "Lớp 10 - 12", "Điều 5 - 7" — as results, and raised no finding it was meant for.)
  it('keeps ranges of prose, measures and labels out: people, floors, screens, quarters, grades, articles', () => {
    for (const text of [
      'Mỗi hộ ở Quảng Nam có 2 - 3 người đi làm xa.',
      'Dự án A cao 3 - 5 tầng, dự án B cao 6 - 9 tầng.',
      'Màn hình các mẫu máy mới từ 5 - 6 inch.',
      'Doanh thu quý 1 - 2 tăng mạnh so với năm ngoái.',
      'Giá phòng tăng khoảng 2 - 3 triệu đồng mỗi tháng.',
      'Lớp 10 - 12 Trường Chu Văn An nghỉ học.',
      'Điều 5 - 7 Luật Đất đai sửa đổi.',
      'Khung giờ 7 - 9 sáng ùn tắc nặng.',
    ]) expect(contextsOf(text).filter((c) => c.unit === 'score'), text).toEqual([]);
  });
});

describe('"số X … là N": N counts X', () => {
  it('gives the number the noun after "số" when nothing after it is a noun it counts', () => {
    expect(contextsOf('Theo thống kê của Sở, số lượt khách quốc tế đến Hội An trong tháng 10 là 95.000, cao hơn tháng trước.').find((c) => c.figure.value === 95000)?.unit).toBe('luot');
    expect(contextsOf('Tổng số ca mắc sốt xuất huyết trên địa bàn là hơn 1.200.').find((c) => c.figure.value === 1200)?.unit).toBe('ca');
    // The same count another outlet writes with its noun has that unit.
    expect(contextsOf('Hội An đón 95.000 lượt khách quốc tế trong tháng 10.').find((c) => c.figure.value === 95000)?.unit).toBe('luot');
  });

  it('leaves a number far from "số" and a number with its own noun alone', () => {
    // "số" in another clause is not what the number counts.
    expect(contextsOf('Số hộ nghèo giảm mạnh, nhưng thu nhập bình quân là 42 triệu đồng.').find((c) => c.figure.value === 42e6)?.unit).toBe('dong');
    expect(contextsOf('Số người tham gia là 300 học sinh.').find((c) => c.figure.value === 300)?.unit).toBe('hoc');
  });
});

describe('a forecast named in another clause of the figure’s sentence', () => {
  const reportA =
    'Theo Sở Du lịch Đà Nẵng, tháng 10 thành phố đón 2,1 triệu lượt khách, doanh thu du lịch đạt 4.550 tỷ đồng. Số khách quốc tế đến thành phố trong tháng là 320.000 lượt khách, thấp hơn dự báo trước đó là 350.000 lượt. Khách Hàn Quốc chiếm 38%, tiếp theo là khách Trung Quốc và Nhật Bản. Công suất phòng khách sạn 4-5 sao đạt 68,5%.';
  const reportB =
    'Sở Du lịch Đà Nẵng cho biết trong tháng 10 thành phố đón 2,1 triệu lượt khách, tổng thu từ du lịch đạt 4.550 tỷ đồng. Thành phố đón 420.000 lượt khách quốc tế trong tháng 10, khách Hàn Quốc chiếm 38%. Công suất phòng các khách sạn 4-5 sao đạt 68,5%.';

  it('compares the figure the sentence reports with the other outlet’s (320.000 / 420.000)', () => {
    expect(raised(reportA, reportB, 'aligned-passage')).toContainEqual(['320.000', '420.000']);
  });

  it('keeps a figure of the forecast’s own clause apart from a figure reported ("dự kiến" right after it)', () => {
    const forecastA = reportA.replace('Số khách quốc tế đến thành phố trong tháng là 320.000 lượt khách, thấp hơn dự báo trước đó là 350.000 lượt.', 'Khoảng 320.000 lượt khách quốc tế dự kiến đến thành phố dịp lễ hội pháo hoa.');
    const doneB = reportB.replace('Thành phố đón 420.000 lượt khách quốc tế trong tháng 10,', 'Đã có 420.000 lượt khách quốc tế đến thành phố dịp lễ hội pháo hoa,');
    expect(forecastA).not.toBe(reportA);
    expect(doneB).not.toBe(reportB);
    // (The same-event comparison's own findings: the claims' cross-source rule reads the extractor's
    // modality, which takes this "dự kiến" after the figure for a fact.)
    expect(raised(forecastA, doneB, 'aligned-passage').filter((p) => p.some((q) => q.includes('420.000')))).toEqual([]);
  });
});
