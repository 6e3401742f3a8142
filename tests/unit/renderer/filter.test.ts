import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../shared/ipc/contract';
import { emptyFilter, filterRows, foldRowsAhead } from '../../../renderer/src/features/claims/filter';

const row = (id: string, quote: string, subject: string | null, metric: string | null): ClaimRow => ({
  id,
  articleId: 'a_1',
  start: 0,
  quote,
  kind: 'percent',
  value: 1,
  total: null,
  unit: '%',
  qualifier: null,
  modality: null,
  subject,
  metric,
  status: 'unreviewed',
  checkworthiness: 0.5,
  origin: 'extracted',
});

const rows = [
  row('c1', '42,13%', 'Bắc Giang', 'kinh tế số / GRDP'),
  row('c2', '98%', 'Hà Giang', 'thôn bản'),
  row('c3', '209/209 tổ', 'Bắc Giang', 'tổ công nghệ số cộng đồng'),
  row('c4', 'hơn 500 tỷ đồng', null, null),
];
const ids = (text: string) => filterRows(rows, { ...emptyFilter, text }).map((r) => r.id);

describe('claim text filter', () => {
  it('needs every word, in quote, subject or metric, with or without tone marks', () => {
    expect(ids('bac giang')).toEqual(['c1', 'c3']);
    expect(ids('Bắc  số')).toEqual(['c1', 'c3']);
    expect(ids('giang thon')).toEqual(['c2']);
    expect(ids('dong')).toEqual(['c3', 'c4']);
    expect(ids('grdp 42')).toEqual(['c1']);
    expect(ids('giang 500')).toEqual([]);
    expect(ids('   ')).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('folds rows ahead within a time budget and gives the same matches afterwards', () => {
    const many = Array.from({ length: 5000 }, (_, i) => row(`m${i}`, `${i} doanh nghiệp`, i % 2 ? 'Hà Giang' : 'Đà Nẵng', null));
    expect(foldRowsAhead(many, 0, 0)).toBe(0);
    expect(foldRowsAhead(many, 0, 10_000)).toBe(many.length);
    expect(foldRowsAhead(many, many.length, 10_000)).toBe(many.length);
    const hits = filterRows(many, { ...emptyFilter, text: 'da nang 12' });
    expect(hits.every((r) => r.subject === 'Đà Nẵng' && r.quote.includes('12'))).toBe(true);
    expect(hits.length).toBe(many.filter((r) => r.subject === 'Đà Nẵng' && r.quote.includes('12')).length);
  });
});
