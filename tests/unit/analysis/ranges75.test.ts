import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { eventMatchesBetween, makeArticle, raisedBetween } from './helpers';

/** The ends of ranges a sentence's figures are read as ('lo' / 'hi'; single figures left out; a bare lower end in its upper end's scale since analysis 53). */
const ends = (text: string): string[] =>
  passagesOf(makeArticle('a', text, '2024-09-10T08:00'))
    .flatMap(figureContexts)
    .filter((f) => f.end !== null)
    .map((f) => `${f.figure.written} ${f.end}`);

// Our own sentences: two reports of one week's coffee prices, led by two figures given alike in the same words.
const LEAD_A = 'Theo Sở Công Thương, lượng cà phê qua chợ đầu mối Buôn Ma Thuột trong tuần đạt 4.350 tấn. Doanh thu của tiểu thương tại chợ tăng 6,8% so với tuần trước.\n';
const LEAD_B = 'Sở Công Thương cho biết trong tuần có 4.350 tấn cà phê được đưa về chợ đầu mối Buôn Ma Thuột. So với tuần trước, doanh thu của tiểu thương ở chợ tăng 6,8%.\n';

describe('ranges across outlets, review of s74-a (session 75)', () => {
  it('reads "từ X đến Y" after "phục hồi", "leo", "tụt", "rớt", "quay đầu", "lao dốc" as a step, not a range', () => {
    for (const verb of ['phục hồi', 'hồi phục', 'leo', 'tụt', 'rớt', 'nhảy', 'quay đầu', 'lao dốc']) {
      expect(ends(`Tuần này giá cà phê nhân xô ở Đắk Lắk ${verb} từ 95.000 đến 98.000 đồng/kg.`)).toEqual([]);
    }
    // A verb of another clause leaves the range a range.
    expect(ends('Giá cà phê phục hồi, gần đây giá cà phê nhân xô ở Đắk Lắk dao động từ 95.000 đến 98.000 đồng/kg.')).toEqual(['95.000 lo', '98.000 hi']);
  });

  it('pairs no earlier level of a step "phục hồi từ X đến Y" with another report\'s lower end', () => {
    const a = `${LEAD_A}Theo ông Hoàng Văn Minh, tuần qua giá cà phê nhân xô tại các đại lý ở Đắk Lắk phục hồi từ 95.000 đến 98.000 đồng/kg.`;
    const b = `${LEAD_B}Ông Hoàng Văn Minh dẫn số liệu cho thấy các đại lý thu mua cà phê nhân xô của nông dân Đắk Lắk với giá 96.000-98.000 đồng mỗi kg.`;
    expect(eventMatchesBetween(a, b)).toEqual([]);
    expect(raisedBetween(a, b)).toEqual([]);
    // The same report with a range ("dao động từ"): its lower end changed, raised.
    const c = a.replace('phục hồi từ', 'dao động từ');
    expect(raisedBetween(c, b)).toEqual([['95.000', '96.000']]);
  });

  it('reads a range after a noun that folds as a verb of change does ("mặt hàng", "giám đốc", "thu hút", "hạ tầng")', () => {
    expect(ends('Giá các mặt hàng rau xanh dao động từ 10.000 đến 15.000 đồng/kg.')).toEqual(['10.000 lo', '15.000 hi']);
    expect(ends('Giá thuê mặt bằng quanh chợ từ 15 đến 20 triệu đồng mỗi tháng.')).toEqual(['15 triệu lo', '20 triệu hi']);
    expect(ends('Mật ong rừng có giá từ 300.000 đến 500.000 đồng/lít.')).toEqual(['300.000 lo', '500.000 hi']);
    expect(ends('Giám đốc công ty cho biết giá vé từ 150.000 đến 200.000 đồng.')).toEqual(['150.000 lo', '200.000 hi']);
    expect(ends('Lễ hội thu hút từ 20.000 đến 25.000 lượt khách mỗi ngày.')).toEqual(['20.000 lo', '25.000 hi']);
    expect(ends('Vốn cho hạ tầng mỗi xã từ 5 đến 7 tỷ đồng.')).toEqual(['5 tỷ lo', '7 tỷ hi']);
    // The verbs they fold as still make a step.
    expect(ends('Giá rau xanh tăng từ 10.000 đến 15.000 đồng/kg.')).toEqual([]);
    expect(ends('Lượng khách giảm từ 25.000 đến 20.000 lượt mỗi ngày.')).toEqual([]);
  });

  it('compares a range after "mặt hàng" end with end across outlets', () => {
    const a = `${LEAD_A}Giá các mặt hàng rau xanh tại chợ dao động từ 10.000 đến 15.000 đồng/kg.`;
    const b = `${LEAD_B}Tiểu thương cho biết giá các mặt hàng rau xanh bán tại chợ dao động 10.000-18.000 đồng/kg.`;
    expect(eventMatchesBetween(a, b)).toEqual([['15.000', '18.000']]);
  });
});
