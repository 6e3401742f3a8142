import { describe, expect, it } from 'vitest';
import { claimAt } from './helpers';

// The forecast read after a figure that opens its clause (session 43), narrowed after review: a state
// word between the figure and the forecast word says the group counted already exists. Sentences
// written for these tests.
describe('a forecast word after the subject figure', () => {
  it('makes a figure that opens its clause a forecast', () => {
    expect(claimAt('Khoảng 1.500 vận động viên sẽ tham dự giải chạy ven biển.', '1.500').modality).toBe('forecast');
    expect(claimAt('Năm nay, 200.000 lượt khách dự kiến đến khu du lịch trong dịp hè.', '200.000').modality).toBe('forecast');
  });

  it('leaves a count of a group that already exists a fact ("bị", "đã", "đang", "còn", "mắc kẹt")', () => {
    expect(claimAt('3 người bị thương nặng sẽ được chuyển lên tuyến trên.', '3 người').modality).toBe('fact');
    expect(claimAt('12 học sinh bị ngộ độc sẽ được xuất viện vào chiều nay.', '12 học sinh').modality).toBe('fact');
    expect(claimAt('2 bệnh nhân đang thở máy sẽ được hội chẩn với tuyến trung ương.', '2 bệnh nhân').modality).toBe('fact');
    expect(claimAt('15 du khách mắc kẹt trên đảo sẽ được đưa vào bờ sáng mai.', '15 du khách').modality).toBe('fact');
    expect(claimAt('40 hộ còn ở vùng sạt lở sẽ được di dời trong tuần.', '40 hộ').modality).toBe('fact');
  });
  it('"ước tính" after the figure estimates what happened: no forecast', () => {
    expect(claimAt('Khoảng 2.000 ha lúa ước tính bị thiệt hại nặng sau trận lũ.', '2.000').modality).toBe('fact');
  });
});
