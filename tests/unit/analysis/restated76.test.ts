import { describe, expect, it } from 'vitest';
import { growth } from '../growth';
import { passagesOf } from '../../../shared/analysis/passages';
import { DecidedSentences, eventMatches } from '../../../shared/analysis/sameEvent';
import { eventMatchesBetween, makeArticle } from './helpers';

/**
 * Issue 10: two reports of one market day with a long list of lines in the same words, each line its own price and
 * every price changed by one digit in the other report. Three parts of the same-event matching read the whole list
 * (or the whole article) for each of its figures, so 2× the lines took ≈ 3× the time and more (sameEvent.ts,
 * `eventMatches` alone, at 500 / 1,000 / 2,000 / 4,000 lines: 85 / 224 / 584 / 1,663 ms; 8,000 lines 5.4 s):
 * - `restated` read its pool of the other report's figures with that report's orphans in it, and skipped them: where
 *   the few candidates the pool kept were all orphans, it found nothing below the bound and read the whole list;
 * - its check for the figure's sentence given again (`sameSentenceOf`) and for the other value said again elsewhere
 *   read every figure of the article;
 * - a best found through a pool exactly at its bound was read against the whole list every time (now up to
 *   WHOLE_AT_BOUND candidates a list).
 */

// Our own sentences: two reports of one day's fish prices, led by two figures given alike in the same words.
const LEAD_A = 'Theo Hội Nghề cá, sản lượng cá tra xuất khẩu tháng 6 tăng 6,8% so với tháng trước. Giá cá tra nguyên liệu bình quân tại Đồng Tháp đạt 28.400 đồng/kg.\n';
const LEAD_B = 'Sản lượng cá tra xuất khẩu tháng 6 tăng 6,8% so với tháng trước, Hội Nghề cá cho biết. Tại Đồng Tháp, giá cá tra nguyên liệu bình quân đạt 28.400 đồng/kg.\n';
const price = (v: number): string => v.toLocaleString('vi-VN');
const line = (i: number, changed: boolean): string => `Giá cá tra tại chợ đầu mối Đồng Tháp hôm nay ${price(20_000 + 10 * i + (changed ? 7 : 0))} đồng/kg.\n`;
const list = (n: number, changed: boolean): string => Array.from({ length: n }, (_, i) => line(i, changed)).join('');

describe('a long list of lines in the same words, every price changed (issue 10)', () => {
  it('2× the lines take at most 2.5× the time to match', () => {
    const { chars, times, ratio } = growth((text: string) => {
      const n = Math.max(1, Math.round(text.length / 40));
      const a = passagesOf(makeArticle('a', LEAD_A + list(n, false), '2026-06-05T08:00'));
      const b = passagesOf(makeArticle('b', LEAD_B + list(n, true), '2026-06-05T10:00'));
      return eventMatches(a, b, new DecidedSentences()).length;
    }, 'x', { minMs: 40 });
    console.log(`same-words lines: ${chars}…${8 * chars} chars, ${times.map((t) => t.toFixed(1)).join(' → ')} ms, time ratio per doubling ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });

  // (What is matched on a list of 100 lines, read through the pool, is what the whole reading matched: checked against
  // main before this change, 4c33baf3.)
  it('matches a short list as before: a price one digit apart, and the list’s lines that no other line ties with', () => {
    const a = LEAD_A + list(100, false);
    const b = LEAD_B + list(100, false).replace('20.550', '20.557');
    expect(eventMatchesBetween(a, b)).toEqual([['20.550', '20.557']]);
  });
});
