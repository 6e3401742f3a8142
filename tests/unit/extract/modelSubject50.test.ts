import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';

const claimsOf = (text: string) => buildDocument(text, 'bai.txt', '2026-01-01T00:00:00Z').claims;
const subjectOf = (text: string, quote: string) => claimsOf(text).find((c) => c.quote === quote)?.subject;

describe('engine 50: a model number alone as its clause subject; device acronyms are no subject', () => {
  it('takes a bare model number that opens its clause ("Bên cạnh đó, X7 có …") as the subject', () => {
    const text =
      'Oppo giới thiệu điện thoại Find X7 tại Hà Nội\nMáy hỗ trợ chế độ Photo-Pro cho người mới chụp ảnh. Bên cạnh đó, X7 có màn hình AMOLED kích thước 6,7 inch.';
    expect(subjectOf(text, '6,7 inch')).toBe('X7');
    expect(subjectOf('Dell ra mắt Latitude 7440\nỞ thị trường Việt Nam, E14 sẽ có 3 màu là xám, bạc và đen.', '3 màu')).toBe('E14');
  });

  it('does not take a code after a word for its subject: it labels a part ("tầng hầm B2 có chiều cao 6m")', () => {
    const text = 'Nhà ga Bến Thành được thiết kế 4 tầng\nĐường kính giếng trời rộng 18m, thông qua tầng hầm B2 có chiều cao 6m.';
    expect(subjectOf(text, '6m')).not.toBe('B2');
  });

  it('never reads "DVD", "RPM" or "IPS" as a ticker or a subject', () => {
    const laptops = 'Lenovo ra mắt ThinkPad T14 và ThinkPad T16\nMáy có ổ cứng 1TB tốc độ 5400 RPM và một ổ đĩa DVD tích hợp. Cả hai đều có giá khởi điểm từ 899 USD.';
    const subjects = claimsOf(laptops).map((c) => c.subject);
    expect(subjects).not.toContain('DVD');
    expect(subjects).not.toContain('RPM');
    expect(subjectOf('Màn hình IPS sắc nét\nMáy dùng tấm nền IPS với độ sáng 500 nit.', '500 nit')).not.toBe('IPS');
  });
});
