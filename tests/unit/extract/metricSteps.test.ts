import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

/** The claim quoted `quote` in `body` (a short news text of our own, with a date line). */
function claimOf(body: string, quote: string) {
  const text = `Tin kinh tế\n\nNgày 2/12/2024\n\n${body}`.normalize('NFC');
  const c = extractClaims(text, extractMetadata(text)).find((x) => x.quote === quote);
  if (!c) throw new Error(`no claim "${quote}" in: ${body}`);
  return c;
}

describe('a date’s metric names the event it dates, as an editor writes it', () => {
  it.each([
    // The verb right before the date, without the product's name after it.
    ['Hãng sẽ mở bán điện thoại Aster 7 từ ngày 15/3/2025 tại các cửa hàng.', 'ngày 15/3/2025', 'ngày mở bán điện thoại'],
    ['Khách hàng có thể đặt mua vé tàu Tết từ ngày 1/10/2024 trên trang của ngành đường sắt.', 'ngày 1/10/2024', 'ngày đặt mua vé tàu'],
    // A deadline: "hạn".
    ['Các doanh nghiệp phải nộp báo cáo tài chính năm trước ngày 31/3/2025.', 'ngày 31/3/2025', 'hạn nộp báo cáo tài chính năm'],
    // A known event inside the words starts the phrase.
    ['Quy định về phí trông giữ xe nói trên có hiệu lực từ ngày 1/1/2025.', 'ngày 1/1/2025', 'ngày có hiệu lực'],
  ])('%s', (body, quote, metric) => expect(claimOf(body, quote).metric).toBe(metric));

  it('the two ends of a span: its start and its end', () => {
    const body = 'Hội chợ nông sản diễn ra từ ngày 5/12/2024 đến ngày 9/12/2024 tại Cần Thơ.';
    expect(claimOf(body, 'ngày 5/12/2024').metric).toBe('ngày bắt đầu');
    expect(claimOf(body, 'ngày 9/12/2024').metric).toBe('ngày kết thúc');
  });

  it('a start without an end is dated by its verb, not read as a span', () => {
    expect(claimOf('Hội chợ nông sản sẽ khai mạc từ ngày 5/12/2024 tại Cần Thơ.', 'ngày 5/12/2024').metric).toBe('ngày khai mạc');
  });

  it('the unit of a figure before the date is no event', () => {
    // "1.900 đồng mỗi số điện từ ngày …": the words after the price are its unit, not an event.
    const c = claimOf('Giá bán lẻ điện tăng lên 1.900 đồng mỗi số điện từ ngày 1/10/2024.', 'ngày 1/10/2024');
    expect(c.metric ?? '').not.toMatch(/đồng|số điện/u);
  });
});

describe('a date’s event is read only where it is safe (null rather than a misleading fact key)', () => {
  it('a scrap between a product’s name and a capitalised word is no event', () => {
    // "mẫu SUV điện Lạc Hồng": "điện" is part of the name, not the event ("ngày điện" would be a wrong key).
    const c = claimOf('Công ty ô tô cho biết sẽ mở bán mẫu SUV điện Sông Lam từ ngày 20/11/2024 tại 40 đại lý.', 'ngày 20/11/2024');
    expect(c.metric).not.toBe('ngày điện');
    expect(c.metric === null || c.metric === 'ngày mở bán').toBe(true);
  });

  it('"dự thi" is one phrase, and "Ban tổ chức" is the subject, not the event', () => {
    const body = 'Ban tổ chức nhận bài dự thi từ ngày 5/6/2024 đến hết ngày 30/6/2024. Giải nhất trị giá 500 triệu đồng.';
    expect(claimOf(body, 'ngày 5/6/2024').metric).toBe('ngày nhận bài dự thi');
  });

  it('"đến hết ngày" is a deadline, never "ngày hết" (and "đăng ký" is no signing)', () => {
    for (const title of ['Nhận đơn góp ý đến hết ngày 10/12', 'Nhận hồ sơ đăng ký đến hết ngày 10/12']) {
      const text = `${title}\n\nNgày 2/12/2024\n\nSở nhận đơn. Mỗi đơn nộp lệ phí 200.000 đồng.`.normalize('NFC');
      const c = extractClaims(text, extractMetadata(text)).find((x) => x.quote === 'ngày 10/12');
      expect(c).toBeDefined();
      expect(c?.metric === null || (c?.metric.startsWith('hạn ') === true && c.metric !== 'hạn ký')).toBe(true);
    }
  });

  it('an object after a preposition, with no verb, names no event', () => {
    // "cho tài khoản thanh toán cá nhân trước ngày …": the account is no deadline's event.
    const c = claimOf('Người dùng cần xác thực khuôn mặt cho ví điện tử cá nhân trước ngày 1/1/2025 để tiếp tục thanh toán.', 'ngày 1/1/2025');
    expect(c.metric).toBeNull();
  });
});

describe('both ends of a step "từ X xuống/lên Y"', () => {
  it('the end measures what is named before "từ"', () => {
    expect(claimOf('Lãi suất cho vay ngắn hạn giảm từ 5,5%/năm xuống 5%/năm.', '5%/năm').metric).toBe('lãi suất cho vay ngắn hạn');
    expect(claimOf('Tỷ lệ thất nghiệp của thành phố giảm từ 3,2% xuống còn 2,9%.', '2,9%').metric).toBe('tỷ lệ thất nghiệp');
  });

  it('after a unit word of its own the end keeps the step in its metric', () => {
    // Counter-example: "từ 300 đồng/lít xuống còn 200 đồng/lít" is left as before (see isStepEnd).
    const fuel = claimOf('Liên Bộ giảm mức trích Quỹ bình ổn giá xăng từ 300 đồng/lít xuống còn 200 đồng/lít.', '200 đồng/lít');
    expect(fuel.metric).toMatch(/từ 300/u);
  });

  it('the start of a step takes no move word for its metric', () => {
    expect(claimOf('Lãi suất cho vay ngắn hạn giảm từ 5,5%/năm xuống 5%/năm.', '5,5%/năm').metric).toBeNull();
  });

  it('a figure that is no step start keeps what follows it', () => {
    // Counter-example: "45% … lên" without "từ" before it is no step; its counted phrase stays.
    expect(claimOf('Có 45% hộ dân lên phường làm thủ tục trực tuyến.', '45%').metric).toBe('hộ dân');
    // A comma between the figures ends the first item: the second keeps its own words.
    expect(claimOf('Doanh thu đạt 120 tỷ đồng, lợi nhuận đạt 15 tỷ đồng.', '15 tỷ đồng').metric).toBe('lợi nhuận');
  });
});

describe('a metric of nothing but function words and movement verbs is no metric', () => {
  it.each([
    // "tức" restates the figure before: no words of its own name it.
    ['Để có bản 32GB, người mua phải trả thêm 50 USD, tức 399 USD.', '399 USD'],
    ['Giá vàng miếng mở cửa ở 80 triệu đồng, sau đó lùi về 79,5 triệu đồng.', '79,5 triệu đồng'],
  ])('%s', (body, quote) => expect(claimOf(body, quote).metric).toBeNull());

  it('a phrase with a noun in it stays, and so does a change’s own verb', () => {
    // Counter-examples: the noun before the verb names the figure.
    expect(claimOf('Để có bản 32GB, người mua phải trả thêm 50 USD.', '50 USD').metric).toBe('người mua phải trả');
    expect(claimOf('Giá vàng miếng lùi về 79,5 triệu đồng.', '79,5 triệu đồng').metric).toBe('giá vàng miếng lùi về');
  });
});
