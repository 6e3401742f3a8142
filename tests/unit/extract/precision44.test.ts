import { describe, expect, it } from 'vitest';
import { claimAt, quotesOf } from './helpers';

/**
 * Engine 44 (session 44, precision and recall on data not tuned on): rules found on the tuned set and half A of the
 * development sets, kept only when half B gained (see the engine 44 summary in shared/extract/index.ts). Sentences
 * written for this test, in the style of the news, with the near-misses that must stay as they were.
 */
describe('a score after a club whose name ends in its number (engine 44)', () => {
  it('"Schalke 04 0 - 3 Chelsea" is a result line: the score, with the club as its side', () => {
    const c = claimAt('Kết quả lượt trận thứ ba: Schalke 04 0 - 3 Chelsea, Bayer Leverkusen 4 - 0 Shakhtar Donetsk.', '0 - 3');
    expect(c.kind).toBe('measure');
    expect(c.unit).toBe('tỷ số');
    expect([c.value, c.total]).toEqual([0, 3]);
    expect(c.subject).toBe('Schalke 04');
    expect(quotesOf('Vòng 12 Bundesliga: Mainz 05 2 - 1 Hannover 96, Hamburg 1 - 1 Freiburg.')).toEqual(['2 - 1', '1 - 1']);
  });

  it('a score after a name without a number reads as before', () => {
    expect(claimAt('Bảng G: Zenit 1 - 1 Austria Wien.', '1 - 1').subject).toBe('Zenit');
  });

  it('a label with its number is still no team: no score after "Điều 12", "Vòng 10" or "Chương 10"', () => {
    expect(quotesOf('Theo Điều 12 3 - 4 Nghị định mới, mức phạt được nâng lên.')).toEqual([]);
    expect(quotesOf('Vòng 10 2 - 1 Sông Lam Nghệ An là trận cầu đáng chú ý.').includes('2 - 1')).toBe(false);
    expect(quotesOf('Theo Chương 10 2 - 1 Hà Nội được nêu như sau.')).toEqual([]);
  });
});

describe('"năm" alone before a counted noun is five (engine 44)', () => {
  it('"năm người", "Năm tỉnh", "năm đối tượng" are counts of five', () => {
    expect(claimAt('Vụ cháy xe khách làm năm người bị thương nặng.', 'năm người').value).toBe(5);
    expect(claimAt('Năm tỉnh dẫn đầu về vốn đầu tư nước ngoài đều ở phía Bắc.', 'Năm tỉnh').kind).toBe('count');
    expect(claimAt('Công an huyện đã bắt năm đối tượng trong đường dây đánh bạc.', 'năm đối tượng').value).toBe(5);
    expect(claimAt('Sau đợt lũ, năm hộ dân ven sông phải di dời.', 'năm hộ').value).toBe(5);
  });

  it('"năm" stays the year after a word of time, before a noun no count follows, or after a number', () => {
    expect(quotesOf('Mỗi năm người dân phải đóng thêm phí vệ sinh.')).toEqual([]);
    expect(quotesOf('Cuối năm người lao động được thưởng Tết.')).toEqual([]);
    expect(quotesOf('Những năm tháng khó khăn ấy đã qua.')).toEqual([]);
    expect(quotesOf('Phải hết năm người ta mới biết kết quả kinh doanh.')).toEqual([]);
    expect(quotesOf('Năm con Ngựa được dự báo nhiều thuận lợi cho nhà nông.')).toEqual([]);
    expect(quotesOf('Năm nay tỉnh có 300 hộ thoát nghèo.')).toEqual(['300 hộ']);
    expect(quotesOf('Trong năm học này, trường tuyển 200 học sinh.')).toEqual(['200 học sinh']);
  });
});
