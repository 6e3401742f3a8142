import { describe, expect, it } from 'vitest';
import { claimAt } from './helpers';

// Issue 11, engine 69 (session 71): the dot of an abbreviation ("TP.HCM", "TP. HCM", "PGS.TS") ends no clause, so the
// metric before a figure is read over it. Before, "Dư nợ tín dụng tại TP.HCM tăng 5,2%" had the metric "HCM".
describe('the metric before a figure is read over the dot of an abbreviation (engine 69)', () => {
  it('reads "dư nợ tín dụng" over "tại TP.HCM", and the city stays the subject', () => {
    const claim = claimAt('Dư nợ tín dụng tại TP.HCM tăng 5,2% so với cuối năm trước.', 'tăng 5,2%');
    expect(claim.metric).toBe('dư nợ tín dụng');
    expect(claim.subject).toBe('TP.HCM');
  });
  it('reads the metric of an amount over "của TP.HCM" and over "ở TP. HCM" (a space after the dot)', () => {
    expect(claimAt('Doanh thu du lịch của TP.HCM đạt 160.000 tỷ đồng.', '160.000 tỷ đồng').metric).toBe('doanh thu du lịch');
    expect(claimAt('Số ca mắc sốt xuất huyết ở TP. HCM tăng 20% trong tháng qua.', 'tăng 20%').metric).toBe('số ca mắc sốt xuất huyết');
  });
  it('still ends the clause at a full stop that is no abbreviation\'s', () => {
    const text = 'Thành phố đã đầu tư nhiều năm. Tỷ lệ hộ dùng nước sạch đạt 98%.';
    expect(claimAt(text, '98%').metric).toBe('tỷ lệ hộ dùng nước sạch');
  });
});

// Engine 69: a person cited as the source after "Theo" with a dotted title ("PGS.TS", "TS.") is no subject, as after
// "Theo ông", "Theo TS". Before, "Theo PGS.TS Nguyễn Văn A, tỷ lệ thất nghiệp tăng 2%" had the subject "Nguyễn Văn A".
describe('a source cited with a dotted academic title is no subject (engine 69)', () => {
  it('gives no subject to the figure "Theo PGS.TS …" or "Theo TS. …" cites', () => {
    expect(claimAt('Theo PGS.TS Nguyễn Văn An, tỷ lệ thất nghiệp của lao động trẻ tăng 2%.', 'tăng 2%').subject).toBeNull();
    expect(claimAt('Theo TS. Lê Thị Bình, tỷ lệ trẻ suy dinh dưỡng còn 12%.', '12%').subject).toBeNull();
  });
  it('keeps the person the figure is about', () => {
    expect(claimAt('PGS.TS Nguyễn Văn An đã công bố 45 công trình khoa học.', '45 công trình').subject).toBe('Nguyễn Văn An');
  });
});

// Engine 69: a change that names no metric and continues the figure before it measures what that figure measures.
describe('a change continuing the figure before it has that figure\'s metric (engine 69)', () => {
  it('gives "tăng 21,6% so với …" after "Lãi gộp đạt 657 tỷ đồng," the metric "lãi gộp"', () => {
    expect(claimAt('Lãi gộp của công ty đạt 657 tỷ đồng, tăng 21,6% so với cùng kỳ năm trước.', 'tăng 21,6%').metric).toBe('lãi gộp');
  });
  it('reads over a bracket and "và" between the level and its change', () => {
    const text = 'Năm 2023, sản lượng điện thương phẩm đạt 251 tỷ kWh (vượt kế hoạch), và tăng 4,6% so với năm 2022.';
    expect(claimAt(text, '4,6%').metric).toBe('sản lượng điện thương phẩm');
  });
  it('passes over a figure in brackets between the level and its change', () => {
    expect(claimAt('Doanh thu đạt 1.200 tỷ đồng (vượt 5% kế hoạch), tăng 15% so với năm trước.', 'tăng 15%').metric).toBe('doanh thu');
  });
  it('reads over a bracket that holds a figure of its own', () => {
    expect(claimAt('Doanh thu đạt 1.200 tỷ đồng (tương đương 5% GDP), tăng 15% so với năm trước.', 'tăng 15%').metric).toBe('doanh thu');
  });
  it('leaves a change that says something of its own in the same sentence without the level\'s metric', () => {
    expect(claimAt('Doanh thu đạt 1.200 tỷ đồng và năm sau tăng 15%.', '15%').metric).not.toBe('doanh thu');
    expect(claimAt('Doanh thu đạt 1.200 tỷ đồng. Tăng 15% là mức cao nhất từ trước đến nay.', '15%').metric).not.toBe('doanh thu');
  });
});

// Engine 69: a figure in brackets right after another figure restates it, and measures what it measures.
describe('a figure in brackets right after another restates it (engine 69)', () => {
  it('gives "(0,5%)" after "tăng 75,46 điểm" the index, not the unit "điểm"', () => {
    const text = 'Chỉ số VN-Index phiên chiều nay tăng 7,46 điểm (0,5%) so với phiên trước.';
    const points = claimAt(text, '7,46 điểm');
    expect(points.metric).not.toBeNull();
    expect(claimAt(text, '0,5%').metric).toBe(points.metric);
  });
  it('gives "(tăng 12%)" after a profit the profit\'s metric', () => {
    expect(claimAt('Lợi nhuận sau thuế đạt 300 tỷ đồng (tăng 12%), vượt kế hoạch năm.', '12%').metric).toBe('lợi nhuận sau thuế');
  });
  it('leaves a bracket that says something else its own reading', () => {
    expect(claimAt('Dân số của huyện đạt 15.008 người (trong đó 52% là nữ).', '52%').metric).not.toBe(claimAt('Dân số của huyện đạt 15.008 người (trong đó 52% là nữ).', '15.008 người').metric);
  });
});
