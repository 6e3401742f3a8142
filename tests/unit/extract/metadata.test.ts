import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../shared/extract';
import { normalizeText } from '../../../shared/text';

const metaOf = (raw: string) => extractMetadata(normalizeText(raw));

describe('extractMetadata', () => {
  it('reads a category label, headline, initials and "dd/mm/yyyy - HH:MM" dateline', () => {
    const page = 'Tin địa phương\n\nNhững kết quả ấn tượng về chuyển đổi số ở Bắc Giang\n\nL.Đ 08/03/2024 - 07:05\n\nTrong 3 năm liên tiếp, tỉnh dẫn đầu.';
    expect(metaOf(page)).toEqual({
      title: 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang',
      outlet: null,
      author: 'L.Đ',
      publishedAt: '2024-03-08T07:05',
    });
  });

  it('reads "Thứ Tư, 8 Tháng Năm, 2024" and a "Theo Báo …" source line', () => {
    const page = 'Thực hiện Nghị quyết về chuyển đổi số: Nhiều cách làm sáng tạo\n\nThứ Tư, 8 Tháng Năm, 2024 203 lượt xem Chia sẻ bài viết:\n\nTỉnh đã có cách làm sáng tạo.\n\nTheo Báo Bắc Giang';
    expect(metaOf(page)).toMatchObject({ publishedAt: '2024-05-08', outlet: 'Báo Bắc Giang' });
  });

  it('reads "ngày 11 tháng 6 năm 2021" in a dateline', () => {
    expect(metaOf('Tiêu đề bài viết về kinh tế số\nCập nhật ngày 11 tháng 6 năm 2021\nNội dung bài.').publishedAt).toBe('2021-06-11');
  });

  it('takes the outlet from "(TTXVN)" and the by-line from a name line near the end', () => {
    const page =
      'Khoa học\n\nKết quả bước đầu thực hiện chuyển đổi số ở Thái Bình\n\n(TTXVN) Tỉnh Thái Bình luôn quan tâm lãnh đạo chuyển đổi số.\n\nCác hộ đều có thể tiếp cận internet.\n\nSơn Hải\n\nXem thêm';
    expect(metaOf(page)).toEqual({
      title: 'Kết quả bước đầu thực hiện chuyển đổi số ở Thái Bình',
      outlet: 'TTXVN',
      author: 'Sơn Hải',
      publishedAt: null,
    });
  });

  it('skips share widgets when looking for the title', () => {
    const page = 'A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên twitter\n\nChuyển đổi số góp phần thúc đẩy phát triển kinh tế-xã hội\n\nNội dung.';
    expect(metaOf(page).title).toBe('Chuyển đổi số góp phần thúc đẩy phát triển kinh tế-xã hội');
  });

  it('takes the outlet from a source line that gives its host, before an outlet the text names', () => {
    // A report of a tournament that another outlet organises ("giải U21 Báo Thanh Niên"), from its own site.
    const page = 'U21 Việt Nam vô địch\n23/10/2013 22:16\n\nĐội tuyển vô địch giải U21 quốc tế Báo Thanh Niên lần thứ ba.\nNguồn: www.qdnd.vn';
    expect(metaOf(page).outlet).toBe('qdnd.vn');
    expect(metaOf(page.replace('www.qdnd.vn', 'https://NLD.com.vn/')).outlet).toBe('nld.com.vn');
    // The article's address, however long: the host it goes to.
    const address = 'https://vnexpress.net/u21-viet-nam-gianh-chuc-vo-dich-giai-bong-da-quoc-te-bao-thanh-nien-2013-4712345.html';
    expect(metaOf(page.replace('www.qdnd.vn', address)).outlet).toBe('vnexpress.net');
    expect(metaOf(page.replace('www.qdnd.vn', 'https://vnexpress.net@thanhnien.vn/bai-viet')).outlet).toBe('thanhnien.vn');
    // A file's id is no host: the outlet the text names is all there is.
    expect(metaOf(page.replace('www.qdnd.vn', '12243617.epi')).outlet).toBe('Thanh Niên');
  });

  it('returns nulls for an empty text', () => {
    expect(metaOf('')).toEqual({ title: null, outlet: null, author: null, publishedAt: null });
  });
});
