import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../shared/analysis/period';
import { claimAt } from './helpers';

// Issue 11, engine 64: subject and period readings an editor would make (sentences written for this test, in the
// style of the news; none is taken from the corpus). Each rule has its guards: what it must not change.
// 1. "lần lượt" pairs a list of names with a list of figures in order: the n-th figure is the n-th name's.
// 2. A foreign name misspelt by one letter is the name the text writes again and again.
// 3. A fiscal year named by the month it ends in ("năm tài khóa kết thúc vào tháng 3/2024") is the twelve months to
//    that month, written "từ tháng 4/2023 đến tháng 3/2024" (read by the analysis as that range).
// 4. A sentence opening on "Trong số" / "Trong tổng số" and a figure breaks down a whole just given: it takes the one
//    period the sentence before names, wherever it stands there.

describe('"lần lượt" pairs names and figures in order (engine 64)', () => {
  it('gives each figure to the name in the same place of the list', () => {
    const text = 'Kinh tế địa phương\nBáo cáo cho thấy Bắc Ninh và Hải Phòng có tốc độ tăng trưởng lần lượt là 7,5% và 9,1%.';
    expect(claimAt(text, '7,5%').subject).toBe('Bắc Ninh');
    expect(claimAt(text, '9,1%').subject).toBe('Hải Phòng');
  });

  it('reads people with their titles as one list', () => {
    const text = 'Hoàn trả kinh phí\nĐến nay, bà Phạm Thị Ngọc Anh và ông Đỗ Văn Khánh đã nộp lại lần lượt 320 triệu đồng và 275 triệu đồng.';
    expect(claimAt(text, '320 triệu đồng').subject).toBe('Phạm Thị Ngọc Anh');
    expect(claimAt(text, '275 triệu đồng').subject).toBe('Đỗ Văn Khánh');
  });

  it('leaves a list of metrics or years, or lists of different lengths, to the other readers', () => {
    // One name, two metrics: both figures are the company's.
    const metrics = 'Kết quả kinh doanh\nNăm nay, doanh thu và lợi nhuận của Vinamilk lần lượt đạt 61.000 tỷ đồng và 9.200 tỷ đồng.';
    expect(claimAt(metrics, '61.000 tỷ đồng').subject).toBe('Vinamilk');
    expect(claimAt(metrics, '9.200 tỷ đồng').subject).toBe('Vinamilk');
    // Two names, three figures: no pairing (the first figure is not given to the first name).
    const uneven = 'Đầu tư công\nQuảng Ninh và Thái Bình lần lượt giải ngân 40%, 45% và 52% kế hoạch vốn.';
    expect(claimAt(uneven, '40%').subject).not.toBe('Quảng Ninh');
  });
});

describe('a foreign name misspelt by one letter is the name the text uses (engine 64)', () => {
  it('reads the misspelt name as the player the report names throughout', () => {
    const text =
      'Medvedev vô địch Paris Masters\nMedvedev đã thắng 2-0 trong trận chung kết. Medvedev giành 5 break trong cả trận. Trước đó, Medvedev đã vượt qua bán kết sau 3 set. Chiến thắng này giúp Medvedv có được danh hiệu thứ 4 trong năm.';
    expect(claimAt(text, 'thứ 4').subject).toBe('Medvedev');
  });

  it('keeps a name the text does not write often, or another name written as often', () => {
    // "Murray" twice only: no usual spelling to mend "Murrey" to.
    const seldom = 'Quần vợt\nMurray thắng trận mở màn. Murray sẽ gặp hạt giống số 3. Chiến thắng này giúp Murrey có được danh hiệu thứ 2 trong năm.';
    expect(claimAt(seldom, 'thứ 2').subject).not.toBe('Murray');
    // Two players whose names differ by a letter, each named as often: both stay.
    const twins = 'Quần vợt\nBryan thắng. Bryan dẫn 3-0. Bryan giao bóng tốt. Bryce thắng. Bryce dẫn 2-1. Bryce giao bóng tốt. Chiến thắng này giúp Bryce có được danh hiệu thứ 7.';
    expect(claimAt(twins, 'thứ 7').subject).not.toBe('Bryan');
  });
});

describe('a fiscal year named by the month it ends in (engine 64)', () => {
  it('dates the figure with the twelve months up to that month', () => {
    const japan = 'Kinh tế thế giới\nNgân hàng trung ương Nhật Bản dự báo kinh tế nước này tăng trưởng 2,7% trong năm tài khóa kết thúc vào tháng 3/2024.';
    expect(claimAt(japan, '2,7%').period).toBe('từ tháng 4/2023 đến tháng 3/2024');
    const firm = 'Doanh nghiệp\nTheo báo cáo thường niên, tập đoàn đạt doanh thu 48 tỷ USD trong năm tài chính kết thúc ngày 30/6/2023.';
    expect(claimAt(firm, '48 tỷ USD').period).toBe('từ tháng 7/2022 đến tháng 6/2023');
    // A fiscal year ending in December is the calendar year.
    const december = 'Doanh nghiệp\nCông ty báo lãi 120 triệu USD trong năm tài chính kết thúc vào tháng 12/2023.';
    expect(claimAt(december, '120 triệu USD').period).toBe('năm 2023');
  });

  it('leaves a month that is no fiscal year\'s end as it is read', () => {
    const plain = 'Thương mại\nKim ngạch xuất khẩu tháng 3/2024 của Ấn Độ đạt 41 tỷ USD.';
    expect(claimAt(plain, '41 tỷ USD').period).toBe('tháng 3/2024');
    // The period read is another month than the one the fiscal year ends in.
    const other = 'Thương mại\nXuất khẩu tháng 2/2024 đạt 37 tỷ USD, tháng cuối cùng của năm tài khóa kết thúc vào tháng 3/2024 sẽ cao hơn.';
    expect(claimAt(other, '37 tỷ USD').period).toBe('tháng 2/2024');
  });

  it('is read by the analysis as a range of months', () => {
    expect(parsePeriod('từ tháng 4/2023 đến tháng 3/2024')).toEqual({ start: 2023 * 12 + 3, end: 2024 * 12 + 2, cumulative: false });
    expect(parsePeriod('tháng 3/2024')).toEqual({ start: 2024 * 12 + 2, end: 2024 * 12 + 2, cumulative: false });
  });
});

describe('"Trong số" and a figure takes the period of the whole before it (engine 64)', () => {
  it('takes the one period of the sentence before, wherever it stands there', () => {
    const text =
      'Nợ thuế\nCơ quan thuế cho biết đã thu hồi được khoảng 40 tỷ đồng nợ đọng trong năm 2022. Trong số 60 tỷ đồng còn lại, có khoảng 35 tỷ đồng không có khả năng thu hồi.';
    expect(claimAt(text, 'khoảng 35 tỷ đồng').period).toBe('năm 2022');
    const total = 'Hồ sơ hành chính\nSở Tư pháp đã tiếp nhận 1.800 hồ sơ trong quý II/2023. Trong tổng số 1.800 hồ sơ, 1.650 hồ sơ được trả đúng hạn.';
    expect(claimAt(total, '1.650 hồ sơ').period).toBe('quý II/2023');
  });

  it('takes nothing when the sentence before names two periods, or the sentence names its own', () => {
    const two =
      'Nợ thuế\nCơ quan thuế thu hồi được 30 tỷ đồng trong năm 2021 và 40 tỷ đồng trong năm 2022. Trong số 60 tỷ đồng còn lại, có khoảng 35 tỷ đồng không có khả năng thu hồi.';
    expect(claimAt(two, 'khoảng 35 tỷ đồng').period).toBeNull();
    const own =
      'Nợ thuế\nCơ quan thuế đã thu hồi được khoảng 40 tỷ đồng nợ đọng trong năm 2022. Trong số 60 tỷ đồng còn lại, đến tháng 3/2023 có khoảng 35 tỷ đồng không có khả năng thu hồi.';
    expect(claimAt(own, 'khoảng 35 tỷ đồng').period).toBe('tháng 3/2023');
  });
});
