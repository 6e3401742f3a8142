import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';

const metricOf = (text: string, quote: string) => buildDocument(text, 'bai.txt', '2026-01-01T00:00:00Z').claims.find((c) => c.quote === quote)?.metric;

describe('engine 53: a device measure takes the part it measures as its metric', () => {
  it('the last part named before the figure: screen, drive, battery, camera, clock', () => {
    const text =
      'Asus ra mắt Zenbook 14\nZenbook 14 là phiên bản mỏng nhất với màn hình 14 inch. Máy dùng ổ HDD 1TB tốc độ 5400 RPM hoặc tùy chọn ổ SSD 512GB, ' +
      'pin gắn trong dung lượng 5.000 mAh và bộ xử lý xung nhịp 3,2 GHz.';
    expect(metricOf(text, '14 inch')).toBe('màn hình');
    expect(metricOf(text, '512GB')).toBe('ổ SSD');
    expect(metricOf(text, '5.000 mAh')).toBe('pin');
    expect(metricOf(text, '3,2 GHz')).toBe('xung nhịp');
  });

  it('leaves other measures and money as read: a weight names no part ("Máy nặng 1,2 kg")', () => {
    const text = 'Asus ra mắt Zenbook 14\nMáy nặng 1,2 kg, giá bán cho màn hình bản cao cấp là 25 triệu đồng.';
    expect(metricOf(text, '1,2 kg')).not.toBe('màn hình');
    expect(metricOf(text, '25 triệu đồng')).not.toBe('màn hình');
  });
});
