import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { normalizeText } from '../../../shared/text';
import { claimAt, quotesOf } from './helpers';

/** Claims read with the text's metadata (its date line: the year of a day written without one). */
function claimsDated(raw: string): { quote: string; period: string | null }[] {
  const text = normalizeText(raw);
  return extractClaims(text, extractMetadata(text));
}

/**
 * Results stories as business sites print them (engine 25, from the fourth development set): related
 * headlines flattened into the body, a company introduced with its ticker in brackets, running totals
 * ("lũy kế 9 tháng"), months ending a results title, and levels below zero. Our own sentences.
 */
const DATE = '22/10/2013 10:36';

describe('results stories', () => {
  it('related headlines flattened into the body are other articles: their figures are not claims, their places no subject', () => {
    const text =
      `Nhựa Đông Á báo lỗ 9 tháng\n${DATE}\n\n` +
      'Tin liên quan Bia Thanh Hóa đạt EPS 5.100 đồng trong 9 tháng Sữa Quảng Ngãi hoàn thành 85% kế hoạch năm ' +
      'Công ty cổ phần Nhựa Đông Á (DAP) công bố kết quả kinh doanh quý 3. Lũy kế 9 tháng, công ty lỗ 41 tỷ đồng.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('5.100'))).toBe(false);
    expect(quotes.some((q) => q.includes('85%'))).toBe(false);
    expect(claimAt(text, '41 tỷ').subject).toBe('DAP');
  });

  it('without the opening of a story after them, nothing of the headings\' run is dropped', () => {
    const text = `Tin vắn\n${DATE}\n\nTin mới nhất: tỉnh Bắc Giang có 209 xã đạt chuẩn nông thôn mới.`;
    expect(claimAt(text, '209 xã').subject).toBe('Bắc Giang');
  });

  it('a goods word before a place makes a company, not the province ("Bia Thanh Hóa")', () => {
    const text = `Kết quả kinh doanh\n${DATE}\n\nBia Thanh Hóa cán đích lợi nhuận sau 9 tháng. Doanh nghiệp lãi 60 tỷ đồng.`;
    expect(claimAt(text, '60 tỷ').subject).not.toBe('Thanh Hóa');
  });

  it('a ticker with a digit counts once the text introduces it in brackets, and the company is what the story is about', () => {
    const text =
      `Xi măng Bỉm Sơn báo lãi\n${DATE}\n\n` +
      'Công ty Cổ phần Xi Măng Bỉm Sơn (BC1) thông báo kết quả kinh doanh. BC1 có lãi gộp 90 tỷ đồng. Biên lãi gộp đạt 12%.';
    expect(claimAt(text, '90 tỷ').subject).toBe('BC1');
    expect(claimAt(text, '12%').subject).toBe('BC1');
    // Alone, two capitals and a digit are a model or a code.
    expect(claimAt(`Máy mới\n${DATE}\n\nMáy KX3 có giá 12 triệu đồng tại Hà Nội.`, '12 triệu').subject).toBe('Hà Nội');
  });

  it('"lũy kế 9 tháng" is January–September; after a comma it opens the next clause', () => {
    const text = `Hòa Phát báo lãi\n${DATE}\n\nDoanh thu quý 3 đạt 4.100 tỷ đồng, lũy kế 9 tháng đạt 70% kế hoạch năm.`;
    // (No metadata passed here: periods stay without the year of publication.)
    expect(claimAt(text, '4.100').period).toBe('quý 3');
    expect(claimAt(text, '70%').period).toBe('9 tháng đầu năm');
  });

  it('a results title ending on its months gives them to figures with no period of their own', () => {
    const text = `Xi măng Bỉm Sơn báo lỗ hơn 50 tỷ đồng 9 tháng\n${DATE}\n\nCông ty có tổng tài sản hơn 9.000 tỷ đồng.`;
    expect(claimAt(text, '9.000').period).toBe('9 tháng đầu năm');
  });

  it('levels below zero: "âm 500 tỷ đồng", "-70,37 tỷ đồng"; a lever is no seven', () => {
    const text = `Dòng tiền\n${DATE}\n\nDòng tiền tài chính âm gần 500 tỷ đồng. Lợi nhuận quý: -70,37 tỷ đồng. Công ty dùng đòn bẩy vốn hơn 11.000 tỷ đồng.`;
    expect(claimAt(text, '500 tỷ').value).toBe(-500e9);
    expect(claimAt(text, '70,37').value).toBe(-70.37e9);
    expect(quotesOf(text).some((q) => /bẩy/u.test(q))).toBe(false);
  });
});

describe('what a figure is not about (engine 25)', () => {
  it('shares held are not the holder, a caption\'s source is no subject', () => {
    const text =
      `Nhựa Đông Á báo lãi\n${DATE}\n\nCông ty cổ phần Nhựa Đông Á (DAP) công bố kết quả. Cuối quý 3, DAP vẫn nắm giữ 20.000 cổ phiếu VCB, 15.000 cổ phiếu SSI. ` +
      'Diễn biến giá cổ phiếu DAP - Nguồn: HOSE. Doanh thu quý 3 đạt 300 tỷ đồng.';
    expect(claimAt(text, '15.000').subject).toBe('DAP');
    expect(claimAt(text, '300 tỷ').subject).toBe('DAP');
  });

  it('a country naming an Open is no place; a place that expands stays one', () => {
    const text = `Quần vợt\n${DATE}\n\nTrong 8 tháng, tay vợt Rafael Nadal giành 2 Grand Slam ở Pháp và Mĩ mở rộng, lọt vào 6 trận chung kết.`;
    expect(claimAt(text, '6 trận').subject).toBe('Rafael Nadal');
    expect(claimAt(`Địa giới\n${DATE}\n\nHà Nội mở rộng địa giới, thêm 3 huyện.`, '3 huyện').subject).toBe('Hà Nội');
  });
});

describe('time references, not lengths (engine 25)', () => {
  it('"trong 9 tháng nên …" closes its clause; "trước đó 1 ngày" says when', () => {
    expect(quotesOf(`Dòng tiền\n${DATE}\n\nDòng tiền đầu tư âm 200 tỷ đồng trong 9 tháng nên không đủ bù đắp.`).some((q) => q.includes('9 tháng'))).toBe(false);
    expect(quotesOf(`Vụ việc\n${DATE}\n\nChiếc xe mà trước đó 1 ngày gia đình đã tìm kiếm được phát hiện.`)).toEqual([]);
    // A length the text states stays a claim.
    expect(claimAt(`Công trình\n${DATE}\n\nCây cầu được xây trong 9 tháng với tổng vốn 500 tỷ đồng.`, '9 tháng').kind).toBe('duration');
  });
});

describe('the edition of a ranking (engine 25)', () => {
  it('a place, a score or a step in a ranking takes the year of the ranking named before it, not the date line', () => {
    const text =
      `Xếp hạng đại học\n${DATE}\n\nTheo kết quả xếp hạng Impact Rankings của Times Higher Education năm 2021, trường đứng thứ 92 thế giới với 71,4 điểm. ` +
      'Báo cáo Môi trường Kinh doanh 2020 cho thấy Việt Nam ở vị trí 70/190, giảm 1 bậc.';
    expect(claimAt(text, 'thứ 92').period).toBe('năm 2021');
    expect(claimAt(text, '71,4').period).toBe('năm 2021');
    expect(claimAt(text, '70/190').period).toBe('năm 2020');
    // A count that is not a place in the ranking keeps its own reading.
    expect(claimAt(`Tin\n${DATE}\n\nBáo cáo Môi trường Kinh doanh 2020 được công bố. Tỉnh có 300 doanh nghiệp.`, '300').period).toBeNull();
  });
});

describe('a schedule from one day to another (engine 25)', () => {
  it('both ends of an announced schedule are date claims, the first day taking the month of the last', () => {
    const head = 'Quần vợt\n19/10/2013 08:34\n\n';
    const quotes = (s: string): string[] => claimsDated(head + s).map((c) => c.quote);
    expect(quotes('Anh sẽ không dự giải diễn ra từ 21 đến 27/10 tới.')).toEqual(['21', '27/10']);
    expect(quotes('Giải diễn ra từ 21/10 đến 27/10.')).toEqual(['21/10', '27/10']);
    expect(claimsDated(head + 'Giải diễn ra từ ngày 2-10/11 tới.').map((c) => c.period)).toEqual(['2013-11-02', '2013-11-10']);
    // Told as done, or days already past: time references.
    expect(quotes('Giải diễn ra từ 21 đến 27/10 và đã kết thúc.')).toEqual([]);
    expect(quotes('Giải diễn ra từ 2 đến 9/10.')).toEqual([]);
  });
});

describe('specifications and committees (engine 25, dev5)', () => {
  it('a size given as its dimensions is one measure read by its length; "ppi" is a unit', () => {
    const text = `Điện thoại mới\n${DATE}\n\nMáy có kích thước 15,12x7,92x0,83cm, màn hình mật độ 386 ppi.`;
    expect(claimAt(text, 'x7,92')).toMatchObject({ kind: 'measure', value: 15.12, unit: 'cm' });
    expect(claimAt(text, '386')).toMatchObject({ kind: 'measure', value: 386, unit: 'ppi' });
  });

  it('a committee of the National Assembly reports the budget: the country\'s figure, not the committee\'s', () => {
    const text = `Bội chi ngân sách\n${DATE}\n\nỦy ban Tài chính Ngân sách đề nghị giữ bội chi ở mức 5,3% GDP.`;
    expect(claimAt(text, '5,3%').subject).toBe('Việt Nam');
  });
});
