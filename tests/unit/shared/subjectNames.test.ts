import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import { indexEntities } from '../../../shared/extract/entities';

// The subject filter lists claims' subjects: names capitalised on their first syllable only must be
// read whole ("Đại học Sư phạm", not "Đại học Sư").
describe('organisation names are read whole', () => {
  it.each([
    ['NXB Đại học Sư phạm Thành phố Hồ Chí Minh phát hành 33 đầu sách.', 'NXB Đại học Sư phạm Thành phố Hồ Chí Minh'],
    ['Tại phiên họp, Ủy ban Thường vụ Quốc hội xem xét việc thành lập.', 'Ủy ban Thường vụ Quốc hội'],
    ['Ủy ban Tài chính Ngân sách vẫn đánh giá cao nỗ lực điều hành.', 'Ủy ban Tài chính Ngân sách'],
    ['Cục Quản lý thị trường tỉnh đã kiểm tra 120 cơ sở.', 'Cục Quản lý thị trường'],
  ])('%s', (text, name) => {
    expect(indexEntities(text).orgs.all().map((m) => m.text)).toEqual([name]);
  });

  it('a claim about such a body carries its whole name as subject', () => {
    const doc = buildDocument('Tuyển sinh 2023\n\nNăm 2023, Trường Đại học Sư phạm tuyển 3.500 sinh viên.', 'a.txt', '2024-01-01T00:00:00.000Z');
    const subjects = doc.claims.map((c) => c.subject);
    expect(subjects).toContain('Trường Đại học Sư phạm');
    expect(subjects.some((s) => s === 'Trường Đại học Sư' || s === 'Đại học Sư')).toBe(false);
  });
});
