// Engine 40 (session 40, issue 11: the subject of claims), from the error classes of half A of the development
// material only (see README "Subject rules of engine 40"): the owner named after the figure's noun ("… của X") is the
// figure's subject (`possessorAfter` in shared/extract/context.ts), and a title opening a sentence before a person's
// short form ("Chị Huyền đã …") no longer hides the person (`aloneAt` in shared/extract/entities.ts). Our own
// sentences: the cases each rule decides, and the near-misses it must not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';
import { aloneAt } from '../../../shared/extract/entities';

/** The claims of a text under `title`, dated 18/10/2013, each with its quote. */
function claims(body: string, title = 'Tin') {
  const text = `${title}\n18/10/2013 06:49\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The first claim whose quote is `quote`. */
function claimOf(body: string, quote: string, title?: string) {
  const all = claims(body, title);
  const c = all.find((x) => x.quote === quote);
  if (c === undefined) throw new Error(`no claim "${quote}": ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

describe('the owner named after the figure\'s noun ("… của X") is its subject', () => {
  it('a place owning what is counted, not the body that reports it', () => {
    expect(claimOf('Theo Bộ Y tế, có tới 30% trạm y tế của Hà Giang thiếu bác sĩ.', '30%').subject).toBe('Hà Giang');
  });
  it('a share of a city\'s schools, not the city council deciding on them', () => {
    const c = claimOf('Quyết định của UBND thành phố đồng nghĩa với việc khoảng một nửa số trường tiểu học của Đà Nẵng phải đổi sách.', 'khoảng một nửa');
    expect(c.subject).toBe('Đà Nẵng');
  });
  it("a country's indices, not the bank publishing the report", () => {
    const c = claimOf('Trong báo cáo được Ngân hàng Thế giới công bố cuối năm, hai chỉ số tư pháp của Việt Nam đều tụt bậc.', 'hai chỉ số');
    expect(c.subject).toBe('Việt Nam');
  });
  it("a rank of the player named after it, the number after the name left out", () => {
    const body = 'Tay vợt Novak Djokovic dừng bước ở vòng hai. Trên bảng xếp hạng mới, Rafael Nadal có 9.000 điểm, hơn vị trí thứ 2 của Djokovic 300 điểm.';
    expect(claimOf(body, 'thứ 2').subject).toBe('Novak Djokovic');
    expect(claimOf(body, '9.000 điểm').subject).toBe('Rafael Nadal');
  });

  // Near-misses.
  it('not the whole a share is taken of ("chiếm … của cả nước")', () => {
    expect(claimOf('Đà Nẵng đón 300.000 lượt khách, chiếm 15% lượng khách quốc tế của Việt Nam.', '15%').subject).toBe('Đà Nẵng');
  });
  it('not the base of a comparison ("bằng 1/6 mức thu nhập của …")', () => {
    const c = claimOf('Thu nhập bình quân của hộ nghèo ở Lai Châu chỉ bằng 1/6 mức thu nhập của Hà Nội.', '1/6 mức thu');
    expect(c.subject).not.toBe('Hà Nội');
  });
  it('not the company whose shares are held: the holder named before keeps it', () => {
    expect(claimOf('Tập đoàn Masan cho biết một quỹ ngoại đang sở hữu 10% cổ phần của Vinamilk.', '10%').subject).not.toBe('Vinamilk');
  });
  it('not the government owning a package (never the body that issues it)', () => {
    const c = claimOf('Công ty Hòa Phát cho biết, gói hỗ trợ 26.000 tỷ đồng của Chính phủ mới giải ngân được một phần.', '26.000 tỷ đồng');
    expect(c.subject).not.toBe('Chính phủ');
  });
  it('not a place that only starts a longer name ("của Hà Nội Group")', () => {
    expect(claimOf('Tỉnh Lạng Sơn giữ 10% vốn của Hà Nội Group.', '10%').subject).toBe('Lạng Sơn');
  });
  it('not after a time or a comparison between the figure and "của"', () => {
    expect(claimOf('Quảng Ninh đón 2 triệu lượt khách trong tháng 3 của năm nay, theo Sở Du lịch của Hải Phòng.', '2 triệu lượt khách').subject).toBe('Quảng Ninh');
    expect(claimOf('Xuất khẩu của Bắc Giang tăng 12% so với cùng kỳ của Lạng Sơn.', 'tăng 12%').subject).not.toBe('Lạng Sơn');
  });
});

describe('a title opening a sentence before a short form ("Chị Huyền đã …")', () => {
  it('names the person introduced with that title', () => {
    const body = 'Chị Trần Thị Mai (35 tuổi, ở Hà Nội) mua một căn hộ chung cư. Chị Mai đã đặt cọc 200 triệu đồng cho chủ đầu tư.';
    expect(claimOf(body, '200 triệu đồng').subject).toBe('Trần Thị Mai');
  });
  it('names the person the text calls by that title in lower case elsewhere', () => {
    const body = 'Ông Lê Văn Tường mở phòng khám từ năm 2010. Ông Tường đã thu 50 triệu đồng của bệnh nhân. Sau đó ông Tường bỏ trốn.';
    expect(claimOf(body, '50 triệu đồng').subject).toBe('Lê Văn Tường');
  });

  // Near-misses: a capitalised title and form the text never uses for the person is no mention of them.
  it('not "Anh Sơn" (a district) when the person is only ever "ông Sơn"', () => {
    const body = 'Ông Nguyễn Văn Sơn (60 tuổi) là chủ một trang trại ở Nghệ An. Anh Sơn có 20 xã và 2 thị trấn.';
    expect(claimOf(body, '20 xã').subject).not.toBe('Nguyễn Văn Sơn');
  });
  it('aloneAt: the form after a sentence-opening title counts only with a title the text uses for it', () => {
    const text = 'Chị Mai đến sớm. Sau đó, chị Mai về nhà. Ông Mai không đến.';
    expect(aloneAt(text, new Set(['Mai'])).get('Mai')).toEqual([4, text.indexOf('chị Mai') + 4]);
    expect(aloneAt('Chị Mai đến sớm. Ông Mai không đến.', new Set(['Mai'])).get('Mai')).toBeUndefined();
    expect(aloneAt('Chị Mai đến sớm.', new Set(['Mai']), new Set(['chị Mai'])).get('Mai')).toEqual([4]);
    // Not opening a sentence: "Theo Chị Mai" is no title at an opening (the capital before is another word).
    const aside = 'Theo Chị Mai, giá tăng. Sau đó, chị Mai về nhà.';
    expect(aloneAt(aside, new Set(['Mai'])).get('Mai')).toEqual([aside.indexOf('chị Mai') + 4]);
  });
});
