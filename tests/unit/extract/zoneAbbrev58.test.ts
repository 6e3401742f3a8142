import { describe, expect, it } from 'vitest';
import { claimAt } from './helpers';

// Issue 11: an abbreviation of a kind of zone ("KLH" khu liên hợp, "KCX" khu chế xuất, "KKT" khu kinh tế, "KDC" khu dân
// cư, "KĐT" khu đô thị) heads a noun phrase naming a place or a plant; it is no stock ticker, so it is never the
// subject on its own.
describe('zone abbreviations are not tickers (engine 58)', () => {
  it('reads the named group, not "KLH", as the subject of a plant\'s figures', () => {
    const text =
      'Tập đoàn Hòa Phát báo lãi quý 3. KLH gang thép Hòa Phát hoạt động đồng bộ cả hai giai đoạn, nâng tổng công suất thép xây dựng Hòa Phát lên 1,15 triệu tấn/năm.';
    expect(claimAt(text, '1,15 triệu tấn').subject).not.toBe('KLH');
    expect(claimAt(text, '1,15 triệu tấn').subject).toContain('Hòa Phát');
  });
  it('does not take "KCX" or "KKT" for a firm', () => {
    const text = 'Năm 2023, KCX Tân Thuận thu hút thêm 12 dự án mới. KKT Vân Đồn đón 3 triệu lượt khách.';
    expect(claimAt(text, '12 dự án').subject).not.toBe('KCX');
    expect(claimAt(text, '3 triệu lượt khách').subject).not.toBe('KKT');
  });
});
