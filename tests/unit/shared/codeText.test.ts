import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../../shared/codeText';
import { buildDocument } from '../../../shared/document';

describe('a figure inside code quoted as text is not a claim (QA31 note j)', () => {
  it('the literal "<script>alert(1)</script>" of a hostile page yields no claim "1"; the prose around it does', () => {
    const text = 'Tin thử\n\n<script>alert(1)</script> là chuỗi văn bản, không phải mã. Có 25/25 dịch vụ công được cung cấp.';
    const doc = buildDocument(text, 'hostile.html', '2026-11-30T00:00:00.000Z');
    expect(doc.article.text).toContain('<script>alert(1)</script>');
    expect(doc.claims.map((c) => c.quote)).not.toContain('1');
    expect(doc.claims.some((c) => c.quote.includes('25/25'))).toBe(true);
  });

  it('markup tags are code; "<5%", "< 2 lần" and "<Hà Nội>" are prose', () => {
    expect(codeSpans('a <img src=x width=300> b <br/> c')).toEqual([[2, 23], [26, 31]]);
    expect(codeSpans('giảm còn <5%, < 2 lần, vùng <Hà Nội>')).toEqual([]);
  });
});
