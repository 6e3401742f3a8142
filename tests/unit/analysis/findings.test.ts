import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { Finding } from '../../../shared/schema';
import { makeArticle, makeClaim } from './helpers';

const text = 'Kinh tế số của tỉnh năm 2023 chiếm 42,13% tổng sản phẩm (GRDP) trên địa bàn tỉnh.';
const a = makeArticle('a_orig', text, '2024-03-08');
const b = makeArticle('a_copy', text.replace('42,13%', '45,13%'), '2024-03-08');
const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'kinh tế số / GRDP', period: 'năm 2023' };
const ca = makeClaim(a, '42,13%', { ...base, value: 42.13 });
const cb = makeClaim(b, '45,13%', { ...base, value: 45.13 });

describe('findings: ids, order and carried-over decisions', () => {
  it('gives the same ids in the same order whatever the input order, and valid Finding records', () => {
    const one = detectFindings([a, b], [ca, cb]);
    const two = detectFindings([b, a], [cb, ca]);
    expect(two).toEqual(one);
    expect(one[0]!.id).toMatch(/^f_[0-9a-f]{28}$/);
    for (const f of one) expect(Finding.safeParse(f).success).toBe(true);
  });

  it('keeps a dismissed finding dismissed while its claims are unchanged', () => {
    const [first] = detectFindings([a, b], [ca, cb]);
    const dismissed = { ...first!, status: 'dismissed' as const, resolution: 'Bản sao lỗi, đã báo tòa soạn' };
    const [again] = detectFindings([a, b], [ca, cb], [dismissed]);
    expect(again!.id).toBe(first!.id);
    expect(again!.status).toBe('dismissed');
    expect(again!.resolution).toBe('Bản sao lỗi, đã báo tòa soạn');
  });

  it('reopens it when one of its claims changed', () => {
    const [first] = detectFindings([a, b], [ca, cb]);
    const dismissed = { ...first!, status: 'dismissed' as const, resolution: 'ok' };
    const edited = { ...cb, value: 46.13 };
    const [again] = detectFindings([a, b], [ca, edited], [dismissed]);
    expect(again!.id).toBe(first!.id);
    expect(again!.status).toBe('open');
    expect(again!.resolution).toBeNull();
  });

  it('does not crash on claims whose article is missing or whose fields are empty', () => {
    const orphan = { ...ca, articleId: 'gone', id: 'c_orphan' };
    const empty = { ...cb, subject: null, metric: null, value: null };
    expect(() => detectFindings([a], [orphan, empty])).not.toThrow();
  });
});
