import { describe, expect, it } from 'vitest';
import { eventMatchesBetween } from './helpers';

// Our own sentences: two reports of one morning's market prices, led by two figures given alike in the same words.
const LEAD_A = 'Theo Sở Nông nghiệp, tổng đàn lợn của tỉnh tháng 4 tăng 3,2% so với tháng trước. Giá cám hỗn hợp bình quân đạt 12.400 đồng/kg.\n';
const LEAD_B = 'Tổng đàn lợn của tỉnh tháng 4 tăng 3,2% so với tháng trước, Sở Nông nghiệp cho biết. Giá cám hỗn hợp bình quân đạt 12.400 đồng/kg.\n';

/** The figures (as written) of the same-event matches of two reports. */
const matched = (a: string, b: string): string[] => eventMatchesBetween(`${LEAD_A}${a}`, `${LEAD_B}${b}`).flat();

describe('ranges of a list across outlets, review of s74-a (analysis 48)', () => {
  it('pairs no end of a range the other report gives whole with another range of the list', () => {
    // (s74-a paired the kohlrabi's range, the one its report leaves unconfirmed, with the carrots' range given alike.)
    const a = 'Tại chợ Long Biên sáng nay, giá su hào 12.000-14.000 đồng/kg, cà rốt 15.000-16.000 đồng/kg.';
    const b = 'Sáng nay tại chợ Long Biên, cà rốt có giá 15.000-16.000 đồng/kg.';
    expect(matched(a, b)).toEqual([]);
  });

  it('pairs no ends of two orders of magnitude whose other ends differ ("10.000-14.000" / "8.000-9.500 đồng/kg")', () => {
    const a = 'Tại chợ Long Biên sáng nay, giá su hào 10.000-14.000 đồng/kg, cà rốt 8.000-9.000 đồng/kg.';
    const b = 'Sáng nay tại chợ Long Biên, cà rốt có giá 8.000-9.500 đồng/kg.';
    const figures = matched(a, b);
    expect(figures).not.toContain('10.000');
    expect(figures).not.toContain('14.000');
  });

  it('pairs a range of a list with the range of the item the other report names ("công nhân nữ", "bán ra")', () => {
    const a = 'Xưởng may Minh Phát tuyển công nhân nam 18-35 tuổi, công nhân nữ 18-28 tuổi.';
    const b = 'Xưởng may Minh Phát cần công nhân nữ từ 18 đến 40 tuổi.';
    expect(matched(a, b)).not.toContain('35');
    const c = 'Giá vàng nhẫn Bảo Tín mua vào 74-75 triệu đồng/lượng, bán ra 76-77 triệu đồng/lượng.';
    const d = 'Bảo Tín niêm yết giá bán ra vàng nhẫn 75-77 triệu đồng/lượng.';
    // (The selling range's lower end changed: 76 / 75, read in the scale of its upper end since analysis 53. Never the
    // buying range's ends, nor the selling range's upper end given alike; the buying range's upper end 75 is no lower
    // end given again.)
    expect(matched(c, d)).toEqual(['76 triệu', '75 triệu']);
    // Written in full, the same (before analysis 53 the buying range's 75.000.000 read as the selling lower end given again).
    expect(matched(c.replace('74-75 triệu', '74.000.000-75.000.000').replace('76-77 triệu', '76.000.000-77.000.000'), d.replace('75-77 triệu', '75.000.000-77.000.000'))).toEqual(['76.000.000', '75.000.000']);
  });
});
