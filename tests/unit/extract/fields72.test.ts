import { describe, expect, it } from 'vitest';
import { claimAt, claimsOf } from './helpers';

/** Every claim of a small text under a date line (a session report's day), as an import reads a file. */
function dated(body: string): ReturnType<typeof claimsOf> {
  return claimsOf(`Tin thị trường\n12/3/2014 10:00\n\n${body}`, { dated: true });
}

// Issue 11, engine 72 (session 72, dev11): a stock at its daily limit "phiên thứ N" has been there N sessions in a row.
describe('a limit-up or limit-down session counted by its ordinal is a streak (engine 72)', () => {
  it('reads "kịch trần phiên thứ 4", "trần sang phiên thứ 5" and "nằm sàn thêm phiên thứ 2" as streaks in "phiên"', () => {
    const body = 'Mã ABX kịch trần phiên thứ 4 với 200.000 cổ phiếu dư mua. Mã XTC cũng trần sang phiên thứ 5. Mã DMF nằm sàn thêm phiên thứ 2.';
    const streaks = dated(body).filter((c) => c.kind === 'streak');
    expect(streaks.map((c) => [c.quote, c.value, c.unit])).toEqual([
      ['phiên thứ 4', 4, 'phiên'],
      ['phiên thứ 5', 5, 'phiên'],
      ['phiên thứ 2', 2, 'phiên'],
    ]);
  });
  it('leaves a session named by its ordinal, and the ceiling price of a session, without a streak', () => {
    const body = 'Giá trần phiên thứ 3 của đợt đấu giá là 12.000 đồng. Phiên thứ 3 trong tuần, cổ phiếu ABX tăng 2%.';
    expect(dated(body).filter((c) => c.kind === 'streak')).toEqual([]);
  });
  it('leaves a weekday\'s session ("phiên thứ 2 đầu tuần", "phiên thứ 2 vừa qua") at the limit without a streak', () => {
    const body = 'Cổ phiếu ABX tăng trần phiên thứ 2 đầu tuần. Mã DMF giảm sàn phiên thứ 2 vừa qua, mất 7%.';
    expect(dated(body).filter((c) => c.kind === 'streak')).toEqual([]);
  });
});

// Engine 72: "tối đa" keeps its bound across an emphasis word after it; a price "từ" an amount is its least.
describe('bounds read across an emphasis word, and a price "from" an amount (engine 72)', () => {
  it('reads "tối đa đến 64GB" and "tối đa lên tới 2TB" as at most, "lên tới 8GB" alone as exact', () => {
    const text = 'Máy tính bảng Lumo X2 có bộ nhớ trong tối đa đến 64GB và thẻ nhớ tối đa lên tới 2TB. Máy Lumo X3 có RAM lên tới 8GB.';
    expect(claimAt(text, '64GB').qualifier).toBe('at_most');
    expect(claimAt(text, '2TB').qualifier).toBe('at_most');
    expect(claimAt(text, '8GB').qualifier).toBe('exact');
  });
  it('reads "giá khởi điểm từ 450 USD" and "có giá từ 60.000 đồng" as at least, the quote opening on "từ"', () => {
    const a = claimAt('Cả hai máy đều có giá khởi điểm từ 450 USD.', '450 USD');
    expect([a.qualifier, a.quote]).toEqual(['at_least', 'từ 450 USD']);
    expect(claimAt('Vé xem phim tại rạp Lumo có giá từ 60.000 đồng.', '60.000 đồng').qualifier).toBe('at_least');
  });
  it('keeps a price moving "từ … lên …", a range and an amount received "từ" someone exact', () => {
    expect(claimAt('Giá cổ phiếu ABX tăng từ 39.800 đồng lên 40.700 đồng.', '39.800 đồng').qualifier).toBe('exact');
    expect(claimAt('Giá bán từ 5 triệu đồng đến 7 triệu đồng mỗi chiếc.', '5 triệu đồng').qualifier).toBe('exact');
    expect(claimAt('Công ty nhận được từ 50 triệu đồng tiền thưởng.', '50 triệu đồng').qualifier).toBe('exact');
    // The price rule itself ("giá … từ") with a movement after a verb, "thành", or "mỗi …" before the range's end.
    expect(claimAt('Giá từ 20.000 đồng/kg tăng lên 25.000 đồng/kg.', '20.000 đồng/kg').qualifier).toBe('exact');
    expect(claimAt('Petrolimex điều chỉnh giá từ 23.000 đồng thành 23.500 đồng.', '23.000 đồng').qualifier).toBe('exact');
    expect(claimAt('Giá từ 5 triệu đồng giảm còn 4 triệu đồng.', '5 triệu đồng').qualifier).toBe('exact');
    expect(claimAt('Giá vé từ 100.000 đồng mỗi người đến 200.000 đồng mỗi người.', '100.000 đồng').qualifier).toBe('exact');
  });
});

// Engine 72: a rotation speed is a measure.
describe('a rotation speed in RPM or "vòng/phút" is a measure (engine 72)', () => {
  it('reads "5400 RPM", "7200rpm" and "6.000 vòng/phút" as measures, "12 vòng" as a count', () => {
    const text = 'Ổ cứng Lumo D1 quay 5400 RPM, ổ Lumo D2 quay 7200rpm, động cơ đạt 6.000 vòng/phút và xe chạy 12 vòng quanh hồ.';
    expect([claimAt(text, '5400 RPM').kind, claimAt(text, '5400 RPM').unit]).toEqual(['measure', 'RPM']);
    expect(claimAt(text, '7200rpm').kind).toBe('measure');
    expect([claimAt(text, '6.000 vòng/phút').kind, claimAt(text, '6.000 vòng/phút').unit]).toEqual(['measure', 'vòng/phút']);
    expect(claimAt(text, '12 vòng').kind).toBe('count');
  });
});

// Engine 72: a list of amounts governed by one change verb is a list of changes, across "tương ứng" / "lần lượt" too.
describe('the amounts of a list after a change verb are changes (engine 72)', () => {
  it('reads "tăng tương ứng 0,75% và 0,61%" and "giảm lần lượt 1,2%, 0,9% và 0,8%" as changes', () => {
    const a = 'Hai mã này tăng tương ứng 0,75% và 0,61%.';
    expect([claimAt(a, '0,75%').kind, claimAt(a, '0,61%').kind]).toEqual(['change', 'change']);
    const b = 'Ba mã ABX, XTC và DMF giảm lần lượt 1,2%, 0,9% và 0,8%.';
    expect(['1,2%', '0,9%', '0,8%'].map((q) => claimAt(b, q).kind)).toEqual(['change', 'change', 'change']);
  });
  it('leaves a share that says something of its own after the list a percent', () => {
    expect(claimAt('Doanh thu tăng 5% và 40% số doanh nghiệp có lãi.', '40%').kind).toBe('percent');
    expect(claimAt('Doanh thu tăng 5%, 35% là từ xuất khẩu.', '35%').kind).toBe('percent');
  });
});

// Engine 72: a name glued by copy-paste ("ToshibaTecra A50") is the name the text writes apart elsewhere.
describe('a subject glued by copy-paste is written as the text writes it apart (engine 72)', () => {
  it('gives "Lumina Aero X2" to the figure of "LuminaAero X2" when the text says "Lumina Aero X1"', () => {
    const text = 'Máy Lumina Aero X1 có màn hình 13 inch. Trong khi đó LuminaAero X2 là máy lớn hơn với màn hình 15 inch.';
    expect(claimAt(text, '15 inch').subject).toBe('Lumina Aero X2');
  });
  it('keeps a brand written in camel case that the text never writes apart', () => {
    expect(claimAt('Mạng MobiFone có 40 triệu thuê bao.', '40 triệu thuê bao').subject).toBe('MobiFone');
  });
});

// Engine 72: "rổ này", "chỉ số này" point back to the basket or index named last.
describe('"rổ này" and "chỉ số này" point back to the basket named last (engine 72)', () => {
  it('gives the basket VN30 to the figures of "chỉ số này" and "rổ này", over tickers named in between', () => {
    const text =
      'Các cổ phiếu trong rổ VN30 giao dịch sôi động, giúp chỉ số này tăng 1,2% so với tham chiếu. ABX, XTC tăng mạnh. Thanh khoản của rổ này cũng tăng 30% so với hôm qua, đạt 200 tỷ đồng.';
    expect(claimAt(text, 'tăng 1,2%').subject).toBe('VN30');
    expect(claimAt(text, 'tăng 30%').subject).toBe('VN30');
    expect(claimAt(text, '200 tỷ đồng').subject).toBe('VN30');
  });
  it('leaves a figure whose own ticker stands between the pointer and it to that ticker', () => {
    expect(claimAt('Rổ VN30 tăng nhẹ. Rổ này tăng chủ yếu nhờ VCB tăng 2%.', 'tăng 2%').subject).toBe('VCB');
    // In lower case, inside the sentence: the pointer is read, and the ticker after it wins.
    expect(claimAt('Rổ VN30 tăng nhẹ, rổ này tăng chủ yếu nhờ VCB tăng 2%.', 'tăng 2%').subject).toBe('VCB');
  });
  it('leaves "chỉ số này" after an index named in words ("chỉ số giá vàng") to that index, not to a code before it', () => {
    const text = 'VN-Index giảm 2 điểm. Ngoài ra, chỉ số giá vàng tăng mạnh, chỉ số này tăng 5% so với cùng kỳ.';
    expect(claimAt(text, 'tăng 5%').subject).not.toBe('VN-Index');
  });
});

// Engine 72: a bare number joined by "và"/"hoặc" to a figure with its unit shares that unit and scale.
describe('a bare number before "và" and a figure with its unit shares the unit (engine 72)', () => {
  it('reads "lần lượt 249 và 499 USD", "12 và 15 tỷ đồng", "120 và 150 nghìn hộ" and "2 và 3%" item by item', () => {
    const a = claimAt('Hãng chỉ đưa ra giá bán cho hai máy lần lượt 249 và 499 USD.', '249');
    expect([a.kind, a.value, a.unit, a.quote]).toEqual(['money', 249, 'USD', '249']);
    const b = claimAt('Lợi nhuận quý 3 và quý 4 lần lượt là 12 và 15 tỷ đồng.', '12');
    expect([b.kind, b.value]).toEqual(['money', 12e9]);
    const c = claimAt('Hai tỉnh có 120 và 150 nghìn hộ nghèo.', '120');
    expect([c.kind, c.value, c.unit]).toEqual(['count', 120000, 'hộ']);
    expect(claimAt('Tỷ lệ hộ nghèo của hai xã lần lượt là 2 và 3%.', '2').kind).toBe('percent');
  });
  it('leaves a label\'s number, a year, a name\'s number and an unscaled count before "và" unread', () => {
    const quotes = (t: string): string[] => claimsOf(t).map((c) => c.quote);
    expect(quotes('Theo Điều 5 và 7 triệu đồng tiền phạt.')).not.toContain('5');
    expect(quotes('Năm 2012 và 15 tỷ đồng vốn góp.')).not.toContain('2012');
    expect(quotes('Môn Toán 6 và 45% học sinh chọn sách mới.')).not.toContain('6');
    expect(quotes('Có 5 và 7 người đến muộn.')).not.toContain('5');
    // In lower case (a capitalised word before the number stops the rule whatever the guard): the label and the
    // unscaled count guards themselves.
    expect(quotes('theo điều 5 và 7 triệu đồng tiền phạt.')).not.toContain('5');
    expect(quotes('họ có 5 và 7 người con.')).not.toContain('5');
  });
});

// Engine 74: "trong số N …" with a superlative in its clause gives the size of a group a ranking defines.
describe('the size of a group a ranking defines after "trong số" is no claim (engine 74)', () => {
  it('skips "Trong số 10 cổ phiếu … lớn nhất" and "trong số 20 tỉnh … cao nhất", and keeps the counts after them', () => {
    const quotes = claimsOf('Trong số 10 cổ phiếu đạt giá trị giao dịch lớn nhất sàn sáng nay, 8 mã thuộc rổ VN30.').map((c) => c.quote);
    expect(quotes).not.toContain('10 cổ phiếu');
    expect(quotes).toContain('8 mã');
    expect(claimsOf('Trong số 20 tỉnh có tỷ lệ hộ nghèo cao nhất, 12 tỉnh ở miền núi.').map((c) => c.quote)).toEqual(['12 tỉnh']);
  });
  it('keeps a count "trong số" with no superlative, or with "duy nhất", and a superlative after the clause', () => {
    expect(claimsOf('Trong số 5 doanh nghiệp được khảo sát, 3 doanh nghiệp có lãi.').map((c) => c.quote)).toContain('5 doanh nghiệp');
    expect(claimsOf('Trong số 4 mã duy nhất tăng giá có mã ABX.').some((c) => c.value === 4)).toBe(true);
    expect(claimsOf('Trong số 6 dự án được duyệt, dự án ở Hà Nội lớn nhất.').map((c) => c.quote)).toContain('6 dự án');
    // "nhất trí" (agree) is no superlative; a superlative of a subgroup counted after the group is not the group's.
    expect(claimsOf('Trong số 480 đại biểu có mặt có 450 đại biểu nhất trí thông qua.').map((c) => c.quote)).toContain('480 đại biểu');
    expect(claimsOf('Trong số 20 người được tặng bằng khen có 5 người đóng góp nhiều nhất.').map((c) => c.quote)).toContain('20 người');
  });
});

// Engine 75: how far a price stands above or below the reference price is the session's move, a change.
describe('an amount above or below the reference price is a change (engine 75)', () => {
  it('reads "vượt trên tham chiếu 1,7%" and "đứng dưới giá tham chiếu 0,8%" as changes', () => {
    const text = 'Cổ phiếu ABX vượt trên tham chiếu 1,7%, mã XTC đứng dưới giá tham chiếu 0,8%.';
    expect(claimAt(text, '1,7%').kind).toBe('change');
    expect([claimAt(text, '0,8%').kind, claimAt(text, '0,8%').value]).toEqual(['change', 0.8]);
  });
  it('keeps an amount of money after the reference price money: it is as often the reference itself', () => {
    expect(claimAt('Giá tham chiếu của mã ABX là 25.000 đồng.', '25.000 đồng').kind).toBe('money');
    expect(claimAt('Cổ phiếu ABX vẫn đứng trên giá tham chiếu 12.500 đồng.', '12.500 đồng').kind).toBe('money');
    expect(claimAt('Mã XTC đóng cửa dưới giá tham chiếu 20.000 đồng/cổ phiếu mà tổ chức phát hành đưa ra.', '20.000 đồng').kind).toBe('money');
  });
});
