import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';
import { growth } from '../growth';
import { eventMatchesBetween, raisedBetween } from './helpers';

/**
 * Issue 10: two reports of one event that repeat a figure sentence many times (a price list, a results table, a
 * paragraph pasted twice) are compared in linear time. The same-event matching scored each line's figures against
 * every line of the other report (and the anchor and orphan checks read every figure of the other report for each
 * figure): 2× the lines took ≈ 4× the time. A sentence given again word for word is now compared once (sameEvent.ts
 * `twinsOf`), and what it finds is found for every mention as before.
 */

// Our own sentences: two reports of one month's pig prices, led by two figures given alike in the same words.
const LEAD_A = 'Theo Cục Chăn nuôi, giá lợn hơi bình quân cả nước tháng 3 tăng 12,5% so với tháng trước. Giá lợn hơi bình quân tại miền Bắc đạt 52.300 đồng/kg.\n';
const LEAD_B = 'Giá lợn hơi bình quân cả nước tháng 3 tăng 12,5% so với tháng trước, Cục Chăn nuôi cho biết. Ở miền Bắc, giá lợn hơi bình quân đạt 52.300 đồng/kg.\n';
const LINE_A = 'Giá lợn hơi tại chợ Long Biên đạt 61.200 đồng/kg, tăng 1.300 đồng so với tuần trước.\n';
// The second report's line: both figures changed, in the same words or in its own.
const LINE_B = 'Giá lợn hơi tại chợ Long Biên đạt 63.700 đồng/kg, tăng 1.800 đồng so với tuần trước.\n';
const REWORDED_B = 'Tại chợ Long Biên, lợn hơi được bán với giá 63.700 đồng/kg, cao hơn tuần trước 1.800 đồng.\n';
// A line of ranges (each end compared with the same end of the other report's range), its upper ends changed.
const RANGE_A = 'Giá lợn hơi tại chợ Long Biên dao động 61.000 - 64.000 đồng/kg, tăng 1.000-1.500 đồng so với tuần trước.\n';
const RANGE_B = 'Giá lợn hơi tại chợ Long Biên dao động 61.000 - 66.000 đồng/kg, tăng 1.000-1.800 đồng so với tuần trước.\n';

/** The two reports built once per text (extraction is not what is timed), analysed together as the findings service does. */
function analyser(line: string, otherLine: string): (text: string) => Finding[] {
  const built = new Map<string, [ReturnType<typeof buildDocument>, ReturnType<typeof buildDocument>]>();
  return (text: string) => {
    let docs = built.get(text);
    if (docs === undefined) {
      const a = buildDocument(LEAD_A + text, '/tmp/a.txt', '2026-03-05T00:00:00Z');
      const b = buildDocument(LEAD_B + text.split(line).join(otherLine), '/tmp/b.txt', '2026-03-05T00:00:00Z');
      built.set(text, (docs = [a, b]));
    }
    const [a, b] = docs;
    // New article objects each run: nothing read for the previous run's articles (passages, views) is kept.
    const articles = [
      { ...a.article, outlet: 'Báo A' },
      { ...b.article, outlet: 'Báo B' },
    ];
    return detectFindings(articles, [...a.claims, ...b.claims]);
  };
}

describe('repeated figure sentences across two reports (issue 10)', () => {
  it.each([
    ['a price, changed in the same words', LINE_A, LINE_B],
    ['a price, changed in other words', LINE_A, REWORDED_B],
    ['ranges, changed in the same words', RANGE_A, RANGE_B],
  ])('2× the repeated lines (%s) take at most 2.5× the time', (_, line, otherLine) => {
    const { chars, times, ratio } = growth(analyser(line, otherLine), line);
    console.log(`repeated lines: ${chars}…${8 * chars} chars, ${times.map((t) => t.toFixed(1)).join(' → ')} ms, time ratio per doubling ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });

  // (Guards of the twins' reading: each mention of the repeated line is still compared as before.)
  it('still raises each mention of a repeated line whose figures the other report changes', () => {
    const raised = raisedBetween(LEAD_A + LINE_A.repeat(3), LEAD_B + LINE_B.repeat(3));
    expect(raised.filter(([x, y]) => x === '61.200' && y === '63.700')).toHaveLength(3);
    expect(raised.filter(([x, y]) => x === '1.300' && y === '1.800')).toHaveLength(3);
  });

  it('matches the changed price of a repeated line once, by its first mention (the first of equal values speaks for them)', () => {
    expect(eventMatchesBetween(LEAD_A + LINE_A, LEAD_B + LINE_B)).toContainEqual(['61.200', '63.700']);
    // (What the matching gave before the twins' reading, main's code checked: one match for the four mentions.)
    expect(eventMatchesBetween(LEAD_A + LINE_A.repeat(4), LEAD_B + LINE_B.repeat(4))).toEqual([['61.200', '63.700']]);
    // Reworded by the other report: matched for one line; four lines of the class on each side are left to their
    // words and were not matched before either: unchanged.
    expect(eventMatchesBetween(LEAD_A + LINE_A, LEAD_B + REWORDED_B)).toContainEqual(['61.200', '63.700']);
    expect(eventMatchesBetween(LEAD_A + LINE_A.repeat(4), LEAD_B + REWORDED_B.repeat(4))).toEqual([]);
  });
});
