import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata, splitSentences } from '../../../shared/extract';
import { normalizeText } from '../../../shared/text';
import { expectValidClaims } from './helpers';

/** Fragments that exercise the number reader, mixed with random Unicode. */
const vietnameseBits = fc.constantFrom(
  ' ', '\n', '. ', ', ', '; ', '(', ')', '/', '-', '–', '%', ' %', '1.891', '42,13', '03', '2021', '11/6/2021', '9/14', 'thứ 4/63',
  'hơn ', 'gần ', 'từ ', ' trở lên', 'tối thiểu ', 'tỷ đồng', ' triệu', ' nghìn', 'hai mươi mốt', 'bốn năm liên tiếp', ' (2020, 2021)',
  'Ngày ', 'ban hành', 'năm ', 'tháng ', 'quý I/', 'TP.HCM', 'PGS.TS', 'v.v...', 'km²', 'ha', 'lần', 'bậc', 'điểm', 'xếp thứ Nhất',
  'Nghị quyết số 111/NQ-TU', 'COVID-19', '4G', 'anh-5.jpg', 'Hôm nay : 6', 'tỉnh Bắc Giang', 'phấn đấu', 'dự kiến', '“', '”',
);
const mixedText = fc
  .array(fc.oneof(vietnameseBits, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 })
  .map((parts) => normalizeText(parts.join('')));

describe('extraction properties (fast-check)', () => {
  it('never throws on random Unicode and keeps every offset valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), mixedText), (raw) => {
        const text = normalizeText(raw);
        const claims = extractClaims(text, extractMetadata(text));
        expectValidClaims(text, claims);
        for (const c of claims) expect(c.sentenceEnd).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 600 },
    );
  });

  it('splits sentences into ordered, non-overlapping, trimmed spans', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('extracts the same claims from a sentence wherever it sits in a text', () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom('Tỷ lệ hồ sơ trực tuyến đạt gần 80%.', 'Toàn tỉnh có 1.891/1.891 tổ công nghệ số.'), (noise, sentence) => {
        const text = `${noise}\n\n${sentence}`;
        const offset = text.length - sentence.length;
        const own = extractClaims(sentence).map((c) => [c.quote, c.kind, c.value]);
        const inText = extractClaims(text)
          .filter((c) => c.start >= offset)
          .map((c) => [c.quote, c.kind, c.value]);
        expect(inText).toEqual(own);
      }),
      { numRuns: 200 },
    );
  });
});
