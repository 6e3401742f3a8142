import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import type { ExtractedClaim } from '../../../shared/schema';
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
  it('"g" in lower case is a gram ("168g", "130 g"); "4G", "5G" stay codes', () => {
    const claims = claimsDated(`Điện thoại\n${DATE}\n\nMáy nặng 168g, bản kia nặng 130 g. Mạng 4G phủ sóng, gói 5G ra mắt.`);
    expect(claims.map((c) => c.quote)).toEqual(['168g', '130 g']);
  });

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

/** The review of engine 25 (session 28): each case an input the first version read wrong. */
describe('engine 25 review cases', () => {
  const dated = (s: string): ExtractedClaim[] =>
    extractClaims(normalizeText(`Tin\n${DATE}\n\n${s}`), extractMetadata(normalizeText(`Tin\n${DATE}\n\n${s}`)));

  it('a related-headlines heading used in a sentence, or with a second company in the story, drops no figure of the story', () => {
    const prose = dated('Tin mới từ Sở Y tế cho biết tuần qua thành phố ghi nhận 320 ca mắc, tăng 15% so với tuần trước, trong đó Công ty Cổ phần Dệt may Hòa Bình có 20 công nhân mắc bệnh.');
    expect(prose.map((c) => c.quote)).toEqual(expect.arrayContaining(['320 ca mắc', 'tăng 15%']));
    const block = dated(
      'Tin liên quan HPG: 6 tháng đầu năm lãi 4.000 tỷ đồng Hòa Phát dự kiến chia cổ tức 30% Công ty cổ phần Tập đoàn Hòa Phát (HPG) công bố đã bán 26,7 triệu cổ phần, tương đương 45% vốn, cho Công ty TNHH Đầu tư Minh Long.',
    ).map((c) => c.quote);
    expect(block.some((q) => q.includes('4.000'))).toBe(false);
    expect(block.some((q) => q.includes('26,7'))).toBe(true);
    expect(block).toContain('45%');
  });

  it('"âm" of a compound word and a bullet before a count are no minus sign', () => {
    const claims = dated('Sản phụ được siêu âm 3 lần. Cô đã thu âm 12 ca khúc. Trong ngày: -25 ca mắc mới; -13 ca khỏi bệnh. Chi phí quý 3 được ghi âm 67 tỷ đồng.');
    const value = (q: string): number | null | undefined => claims.find((c) => c.quote.includes(q))?.value;
    expect(value('3 lần')).toBe(3);
    expect(value('12 ca')).toBe(12);
    expect(value('25 ca')).toBe(25);
    expect(value('13 ca')).toBe(13);
    expect(value('67 tỷ')).toBe(-67e9);
  });

  it('a bracketed code counts as a ticker only after a company\'s name', () => {
    const claims = dated('Trường Đại học Bách khoa Hà Nội công bố điểm chuẩn nguyện vọng 1 (NV1). Tổng chỉ tiêu NV1 là 7.985 sinh viên.');
    expect(claims.find((c) => c.quote.includes('7.985'))?.subject).toBe('Trường Đại học Bách khoa Hà Nội');
  });

  it('"<place> mở rộng" is a tournament only near a word of titles; a place that expands stays one', () => {
    expect(dated('Các doanh nghiệp ở Bình Dương mở rộng sản xuất, tuyển thêm 5.000 lao động.').find((c) => c.quote.includes('5.000'))?.subject).toBe('Bình Dương');
    expect(dated('Nhà máy tại Đồng Nai mở rộng, công suất đạt 20.000 tấn/năm.').find((c) => c.quote.includes('20.000'))?.subject).toBe('Đồng Nai');
  });

  it('a goods word before a place keeps the place ("Cà phê Việt Nam", "Thủy sản Cà Mau")', () => {
    const claims = dated('Cà phê Việt Nam xuất khẩu sang 80 quốc gia, đạt 4 tỷ USD. Thủy sản Cà Mau đạt 1,2 tỷ USD năm 2023.');
    expect(claims.find((c) => c.quote.includes('4 tỷ'))?.subject).toBe('Việt Nam');
    expect(claims.find((c) => c.quote.includes('1,2 tỷ'))?.subject).toBe('Cà Mau');
  });

  it('a company\'s form alone is no body, and "và Công ty …" does not join another body\'s name', () => {
    expect(dated('Tổng công ty Lương thực miền Nam (Vinafood 2) sẽ chuyển thành Công ty Cổ phần, vốn điều lệ 5.000 tỷ đồng.').find((c) => c.quote.includes('5.000'))?.subject).toBe('Vinafood');
    expect(dated('Sở Công Thương và Công ty Điện lực Bắc Ninh chi 300 tỷ đồng cho lưới điện.').find((c) => c.quote.includes('300'))?.subject).toBe('Bắc Ninh');
  });

  it('a goalkeeper named with his role is the subject of his saves; a day name is no player; a duration before "và" stays', () => {
    const match = 'Trận đấu vòng 5, hiệp 1 có tỷ số 1-0, phút 30 có thẻ vàng. ';
    expect(dated(`${match}Trong trận đấu tối qua, thủ môn Văn Lâm có 5 pha cứu thua. HLV khen Văn Lâm.`).find((c) => c.quote.includes('5 pha'))?.subject).toBe('Văn Lâm');
    expect(dated(`${match}Trận chung kết diễn ra vào Thứ Bảy. Vé vào Thứ Bảy có giá 200.000 đồng.`).find((c) => c.quote.includes('200.000'))?.subject).not.toBe('Thứ Bảy');
    expect(dated('Dự án đã chậm trong 9 tháng và vẫn chưa xong.').map((c) => c.kind)).toEqual(['duration']);
  });
});

/** The second review of engine 25 (session 28). */
describe('engine 25 second review cases', () => {
  const dated = (s: string, title = 'Tin'): ExtractedClaim[] => {
    const text = normalizeText(`${title}\n${DATE}\n\n${s}`);
    return extractClaims(text, extractMetadata(text));
  };
  const at = (claims: ExtractedClaim[], q: string): ExtractedClaim | undefined => claims.find((c) => c.quote.includes(q));

  it('a player stands for the country only where the sentence names the country as a player\'s', () => {
    const claims = dated('Ở trận chung kết, Nguyễn Thị Oanh (Việt Nam) vô địch nội dung 1.500 m. Vận động viên Lý Hoàng Nam vào bán kết. Đoàn thể thao Việt Nam có 58 huy chương vàng, xếp thứ nhất.');
    expect(at(claims, '58 huy')?.subject).toBe('Việt Nam');
  });

  it('a ranking\'s year reaches only the figures of its own or the next sentence, unless the article is about the ranking', () => {
    const far = dated('Theo Báo cáo Môi trường Kinh doanh 2021, tỉnh có nhiều cải thiện. Tỉnh có 300 doanh nghiệp mới. Nhiều dự án được triển khai. Đội tuyển tỉnh đứng thứ 5 giải bóng đá.');
    expect(at(far, 'thứ 5')?.period).not.toBe('năm 2021');
    const story = dated('Trường vào Impact Rankings của Times Higher Education năm 2021. Có 25 trường tham gia. Nhiều trường tăng hạng. Trường đứng thứ 92 thế giới.', 'Bảng xếp hạng đại học');
    expect(at(story, 'thứ 92')?.period).toBe('năm 2021');
  });

  it('a range of days is a schedule only when something takes place over it', () => {
    expect(dated('Điểm số dao động từ 25 đến 28/10.').filter((c) => c.kind === 'date')).toEqual([]);
    expect(dated('Giải đấu diễn ra từ 25 đến 27/10 tới.').map((c) => c.quote)).toEqual(['25', '27/10']);
  });

  it('"mở rộng" after "tổ chức", "công chức" or "giải ngân" keeps the place; a heading with a colon heads a list; no headline period reaches the story', () => {
    expect(at(dated('Nhiều tổ chức ở Bình Dương mở rộng sản xuất, tuyển thêm 5.000 lao động.'), '5.000')?.subject).toBe('Bình Dương');
    const claims = dated('Tin liên quan: 6 tháng đầu năm lãi 4.000 tỷ đồng Hòa Phát dự kiến chia cổ tức 30% Công ty cổ phần Tập đoàn Hòa Phát (HPG) công bố đã bán 26,7 triệu cổ phần.');
    expect(at(claims, '4.000')).toBeUndefined();
    expect(at(claims, '26,7')?.period).toBeNull();
  });

  it('a size keeps its qualifier; a measure after a colon is a bullet; "Trung Hiếu" is a player', () => {
    expect(at(dated('Phòng khách rộng khoảng 4 x 5 m.'), '4 x 5')?.qualifier).toBe('approx');
    expect(at(dated('Kết quả ra quân: -5 km kênh mương được nạo vét.'), '5 km')?.value).toBe(5);
    const match = 'Trận đấu vòng 5, hiệp 1 có tỷ số 1-0, phút 30 có thẻ vàng. ';
    expect(at(dated(`${match}Tiền vệ Trung Hiếu chạy 11 km trong trận. Trung Hiếu ghi 2 bàn.`), '11 km')?.subject).toBe('Trung Hiếu');
  });
});
