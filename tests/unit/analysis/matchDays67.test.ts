import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';

// A false alarm of the corpus analysed together (session 67): a badminton report's set score and a football
// report's shoot-out result six days later, both "Việt Nam giành chiến thắng", were raised as one figure at odds.
// Sentences written for this test.

/** The cross-source conflicts between two reports published on the given days. */
function crossConflicts(a: string, dayA: string, b: string, dayB: string): string[][] {
  const da = buildDocument(a, '/tmp/a.txt', '2026-01-01T00:00:00Z');
  const db = buildDocument(b, '/tmp/b.txt', '2026-01-01T00:00:00Z');
  const articles = [
    { ...da.article, outlet: 'Báo A', publishedAt: dayA },
    { ...db.article, outlet: 'Báo B', publishedAt: dayB },
  ];
  const quotes = (f: Finding) => f.facts as unknown as { a: { quote: string }; b: { quote: string } };
  return detectFindings(articles, [...da.claims, ...db.claims])
    .filter((f) => f.type === 'conflict' && f.rule === 'cross-source')
    .map((f) => [quotes(f).a.quote, quotes(f).b.quote].sort());
}

describe('scores of two reports days apart are two matches (analysis 44)', () => {
  const a = 'Hòa 1-1 trong 90 phút, hai đội bước vào loạt luân lưu và U21 Việt Nam đã giành chiến thắng 4-2.';
  const b = 'Trên chấm phạt đền, U21 Việt Nam giành chiến thắng 3-1 để lên ngôi.';

  it('compares the results of reports a day apart (one shoot-out, two results)', () => {
    expect(crossConflicts(a, '2024-10-23T21:00', b, '2024-10-24T07:00')).toEqual([['3-1', '4-2']]);
  });

  it('leaves apart the results of reports six days apart', () => {
    expect(crossConflicts(a, '2024-10-17T21:00', b, '2024-10-23T07:00')).toEqual([]);
  });
});
