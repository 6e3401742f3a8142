import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { articleGives, figureContexts } from '../../../shared/analysis/sameEvent';
import { makeArticle } from './helpers';

// Our own lines: a market's price list, some prices given roughly ("khoảng"), some as bounds ("hơn"), some exact.
const QUALIFIERS = ['', 'khoảng ', 'hơn ', 'gần '] as const;
const line = (i: number, q: string, v: number) => `Quầy số ${i + 1} bán cá thu ${q}${v.toLocaleString('vi-VN')} đồng/kg.`;
const passagesOfLines = (id: string, lines: string[]) => passagesOf(makeArticle(id, lines.join('\n'), '2024-06-01T08:00'));

describe('a long list of one unit read by value, its "khoảng" figures indexed too (review s75-r1)', () => {
  it('finds a figure given in the list exactly as a reading of every line does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...QUALIFIERS), fc.integer({ min: 20, max: 80 })), { minLength: 40, maxLength: 90 }),
        fc.array(fc.tuple(fc.constantFrom(...QUALIFIERS), fc.integer({ min: 15, max: 90 })), { minLength: 1, maxLength: 12 }),
        (listed, asked) => {
          const lines = listed.map(([q, v], i) => line(i, q, v * 1000));
          const whole = passagesOfLines('a', lines);
          // (Chunks of fewer than 32 lines: each read line by line, never through the index.)
          const chunks: ReturnType<typeof passagesOfLines>[] = [];
          for (let k = 0; k < lines.length; k += 20) chunks.push(passagesOfLines(`a${k}`, lines.slice(k, k + 20)));
          const figures = passagesOfLines('b', asked.map(([q, v], i) => line(i, q, v * 1000))).flatMap(figureContexts).filter((f) => f.unit === 'dong');
          expect(figures.length).toBe(asked.length);
          for (const f of figures) expect(articleGives(whole, f)).toBe(chunks.some((c) => articleGives(c, f)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
