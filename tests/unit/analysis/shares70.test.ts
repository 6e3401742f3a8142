import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';

/** The internal findings of one article, extracted by the real engine. */
function internal(text: string): Finding[] {
  const doc = buildDocument(text, 'bai.txt', '2026-01-01T00:00:00Z');
  return detectFindings([doc.article], doc.claims).filter((f) => f.type === 'internal');
}

// A credit report that splits one whole in two shares, each in its own sentence (the same words around each).
const SPLIT = (first: string, second: string) =>
  'Tín dụng bất động sản tăng chậm\n' +
  'Báo cáo gửi Quốc hội cho thấy tín dụng bất động sản tăng chậm trong năm qua.\n' +
  'Dư nợ tín dụng kinh doanh bất động sản đạt 650.000 tỷ đồng, tăng 2,8% so với cuối năm trước, ' +
  `chiếm tỷ trọng ${first} dư nợ tín dụng lĩnh vực bất động sản.\n` +
  'Dư nợ tín dụng tiêu dùng, tự sử dụng bất động sản đạt 1.180.000 tỷ đồng, tăng 1,7% so với cuối năm trước, ' +
  `chiếm tỷ trọng ${second} dư nợ tín dụng lĩnh vực bất động sản.`;

describe('internal checks: two shares that make up one whole (analysis 47)', () => {
  it('are its two parts, not one figure given two values', () => {
    expect(internal(SPLIT('35,5%', '64,5%'))).toEqual([]);
    expect(internal(SPLIT('40%', '60%'))).toEqual([]);
  });

  it('still raises two shares of the same words that do not make up the whole', () => {
    const found = internal(SPLIT('35,5%', '60,5%'));
    expect(found.map((f) => f.rule)).toEqual(['same-fact-values']);
  });
});
