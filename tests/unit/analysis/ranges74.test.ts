import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { eventMatchesBetween, makeArticle } from './helpers';

/** The ends of ranges a sentence's figures are read as ('lo' / 'hi'; single figures left out). */
const ends = (text: string): string[] =>
  passagesOf(makeArticle('a', text, '2024-09-10T08:00'))
    .flatMap(figureContexts)
    .filter((f) => f.end !== null)
    .map((f) => `${f.figure.written} ${f.end}`);

// Our own sentences: two reports of one week's pig prices, led by two figures given alike in the same words.
const LEAD_A = 'Theo Sở Nông nghiệp, tổng đàn lợn của tỉnh tháng 4 tăng 3,2% so với tháng trước. Giá cám hỗn hợp bình quân đạt 12.400 đồng/kg.\n';
const LEAD_B = 'Tổng đàn lợn của tỉnh tháng 4 tăng 3,2% so với tháng trước, Sở Nông nghiệp cho biết. Giá cám hỗn hợp bình quân đạt 12.400 đồng/kg.\n';

describe('ranges across outlets, review of s73-a (analysis 48)', () => {
  it('reads "từ X đến Y" after a verb of change anywhere in its clause as a step, not a range', () => {
    expect(ends('Tuần này giá lợn hơi tại các trại tăng trở lại từ 55.000 đến 61.000 đồng/kg.')).toEqual([]);
    expect(ends('Công ty nâng giá bán phân bón từ 9.000 đến 10.500 đồng/kg.')).toEqual([]);
    expect(ends('Nhà máy điều chỉnh giá thu mua mía từ 1.000 đến 1.200 đồng/kg.')).toEqual([]);
    // A verb of another clause, or "năng suất" (which folds as "nâng" does), leaves the range a range.
    expect(ends('Giá lợn hơi tăng mạnh, hiện dao động từ 55.000 đến 61.000 đồng/kg.')).toEqual(['55.000 lo', '61.000 hi']);
    expect(ends('Năng suất lúa vụ này đạt từ 6 đến 7 tấn/ha.')).toEqual(['6 lo', '7 hi']);
  });

  it('raises no conflict between a price step "tăng trở lại từ X đến Y" and another report\'s range ending at Y', () => {
    const a = `${LEAD_A}Tuần này giá lợn hơi tại các trại tăng trở lại từ 55.000 đến 61.000 đồng/kg.`;
    const b = `${LEAD_B}Tuần này giá lợn hơi tại các trại ở mức 58.000-61.000 đồng/kg.`;
    // (The same-event comparison, where s73-a paired "55.000" with the range's lower end "58.000". The passage rule,
    // which lines the two sentences up figure by figure, raises them on main's code as on this one.)
    expect(eventMatchesBetween(a, b)).toEqual([]);
  });

  it('reads no unit in a capitalised name or another word that folds alike, and no range in a score or a model', () => {
    expect(ends('Chiều qua Thanh Hóa 1-2 Hà Nội trên sân nhà.')).toEqual([]);
    expect(ends('Kết quả trận đấu: Long An 0-1 Đồng Tháp.')).toEqual([]);
    expect(ends('Chiếc Boeing 737-800 hạ cánh xuống Nội Bài lúc chiều.')).toEqual([]);
    // The same numbers before a unit written in lower case are ranges.
    expect(ends('Mỗi hộ trồng thêm 1-2 ha cà phê.')).toEqual(['1 lo', '2 hi']);
    expect(ends('Giá vé chỉ 10-15 đồng một tờ.')).toEqual(['10 lo', '15 hi']);
    expect(ends('Gói cước mới cho tốc độ 30-50 Mbps.')).toEqual(['30 lo', '50 hi']);
  });

  it('compares an upper end changed across an order of magnitude ("6.000-9.000" / "6.000-10.000 đồng/kg")', () => {
    const a = `${LEAD_A}Giá chanh leo tại vườn dao động 6.000-9.000 đồng/kg.`;
    const b = `${LEAD_B}Thương lái cho biết giá chanh leo mua tại vườn dao động 6.000-10.000 đồng/kg.`;
    expect(eventMatchesBetween(a, b)).toEqual([['9.000', '10.000']]);
    // And a lower end: "900 - 1.500" / "1.000 - 1.500 đồng".
    const c = `${LEAD_A}Giá mỗi quả trứng gà tại chợ dao động 900 - 1.500 đồng.`;
    const d = `${LEAD_B}Tiểu thương cho biết giá mỗi quả trứng gà tại chợ dao động 1.000 - 1.500 đồng.`;
    expect(eventMatchesBetween(c, d)).toEqual([['900', '1.000']]);
  });
});
