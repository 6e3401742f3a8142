import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';

const claimsOf = (text: string) => buildDocument(text, 'bai.txt', '2026-01-01T00:00:00Z').claims;
const claimAt = (text: string, digits: string) => claimsOf(text).find((c) => text.slice(c.start, c.end).includes(digits));

describe('engine 54: the words after a number — a noun that opens with a scale word, money named after a bare scale, whole counted nouns', () => {
  it('reads "triệu chứng" (symptoms) as what is counted, not the scale "triệu"', () => {
    const c = claimAt('Bệnh viện ghi nhận bệnh nhân có hơn 19 triệu chứng khác nhau sau khi tiêm.', '19');
    expect(c?.value).toBe(19);
    expect(c?.unit).toBe('triệu chứng');
    expect(c?.qualifier).toBe('more_than');
    const words = claimAt('Các bác sĩ cho biết trẻ có hai triệu chứng điển hình là sốt và ho.', 'hai');
    expect(words?.value).toBe(2);
    expect(words?.unit).toBe('triệu chứng');
  });

  it('keeps the scale before "chứng khoán" and other words that only open with "chứng"', () => {
    const c = claimAt('Trong phiên hôm qua, nhà đầu tư nước ngoài mua ròng 5 triệu chứng khoán các loại.', '5');
    expect(c?.value).toBe(5_000_000);
    // "chứng chỉ quỹ" (fund certificates) counted in millions: the noun whole, not "chứng" cut off.
    const funds = claimAt('HSC hiện nắm giữ hơn 19 triệu chứng chỉ quỹ VFMVF1 và cổ phiếu OTC.', '19');
    expect(funds?.value).toBe(19_000_000);
    expect(funds?.unit).toBe('chứng chỉ');
  });

  it('reads a bare scaled amount before a word of money as money in đồng, with that word as its metric', () => {
    const text = 'Tại thời điểm 30/9/2013, HSC có 1.265 tỷ tiền gửi ngân hàng, ngoài ra còn hơn 100 tỷ đầu tư vào trái phiếu.';
    const cash = claimAt(text, '1.265');
    expect(cash?.kind).toBe('money');
    expect(cash?.unit).toBe('đồng');
    expect(cash?.value).toBe(1_265_000_000_000);
    expect(cash?.quote).toBe('1.265 tỷ');
    const invested = claimAt(text, '100');
    expect(invested?.kind).toBe('money');
    expect(invested?.value).toBe(100_000_000_000);
    expect(invested?.metric).toBe('đầu tư');
  });

  it('still counts what follows a scale when it is no money ("3 triệu người", "5 triệu liều")', () => {
    expect(claimAt('Thành phố có hơn 3 triệu người dân.', '3')?.kind).toBe('count');
    expect(claimAt('Việt Nam nhập 5 triệu liều vắc xin.', '5')?.unit).toBe('liều');
  });

  it('takes one syllable as the counted noun where two would cut the next word ("3 màu cơ bản", "2 cổng kiểm soát")', () => {
    expect(claimAt('Ở thời gian đầu, máy sẽ có 3 màu cơ bản là đen, trắng và tím.', '3')?.unit).toBe('màu');
    const station = 'Tầng B1 phục vụ hành khách với 10 máy bán vé tự động, 2 cổng kiểm soát vé và 2 lối ngầm kết nối.';
    expect(claimAt(station, '10')?.unit).toBe('máy');
    expect(claimAt(station, '2 cổng')?.unit).toBe('cổng');
    expect(claimAt(station, '2 lối')?.unit).toBe('lối');
    expect(claimAt('Chelsea dễ dàng giành chiến thắng với 3 bàn cách biệt.', '3')?.unit).toBe('bàn');
  });

  it('keeps the compounds of those nouns whole ("máy bay", "bàn thắng", "ống kính", "lối đi")', () => {
    expect(claimAt('Hãng nhận thêm 12 máy bay thân rộng.', '12')?.unit).toBe('máy bay');
    expect(claimAt('Đội bóng ghi 3 bàn thắng trong hiệp hai.', '3')?.unit).toBe('bàn thắng');
    expect(claimAt('Sony giới thiệu 2 ống kính mới.', '2')?.unit).toBe('ống kính');
    expect(claimAt('Mỗi cổng có 6 lối đi riêng.', '6')?.unit).toBe('lối đi');
  });
});
