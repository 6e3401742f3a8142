import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../shared/extract/dateline';

describe('readDateline: the date and outlet a story opens with', () => {
  it('reads a place and a full date before the dash', () => {
    expect(readDateline('Hà Nội, ngày 12/6/2023 – Sáng nay, Tổng cục Thống kê công bố GDP quý II tăng 4,14%.')).toEqual({ publishedAt: '2023-06-12', outlet: null });
    expect(readDateline('TP.HCM, 3/1/2024 — Giá vàng tăng 2%.')).toEqual({ publishedAt: '2024-01-03', outlet: null });
  });

  it('reads an agency in brackets, with or without a place', () => {
    expect(readDateline('(TTXVN) – Năm 2023, tỉnh Bắc Giang có 1.891 doanh nghiệp.')).toEqual({ publishedAt: null, outlet: 'TTXVN' });
    expect(readDateline('Hà Nội (TTXVN) - Bộ Tài chính cho biết thu ngân sách đạt 50%.')).toEqual({ publishedAt: null, outlet: 'TTXVN' });
  });

  it('looks past a headline on the first line', () => {
    expect(readDateline('Kinh tế số tăng tốc\n\nHà Nội, ngày 12/6/2023 – Sáng nay…')).toEqual({ publishedAt: '2023-06-12', outlet: null });
  });

  it('does not take a sentence with a dash for a dateline', () => {
    expect(readDateline('Năm 2023, kinh tế số đạt 42,13% - cao nhất vùng.')).toBeNull();
    expect(readDateline('Tỉnh Bắc Giang có 10 huyện và thành phố với 209 xã - phường.')).toBeNull();
    expect(readDateline('Tỷ lệ hồ sơ trực tuyến đạt 98,79% trong năm 2023.')).toBeNull();
  });
});
