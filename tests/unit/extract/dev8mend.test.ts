// Engine 33 mends: the review's repro sentences for the dev8 rules (B1–B9, N1), each a case the rule must
// decide or a near-miss it must not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';
import { indexEntities } from '../../../shared/extract/entities';

/** The claims of a text under `title`, dated `date` (25/10/2013 by default), each with its quote. */
function claims(body: string, date = '25/10/2013 07:05', title = 'Tin') {
  const text = `${title}\n${date}\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The first claim whose quote is `quote`; throws when there is none. */
function claim(body: string, quote: string, date?: string, title?: string) {
  const all = claims(body, date, title);
  const c = all.find((x) => x.quote === quote);
  if (c === undefined) throw new Error(`no claim "${quote}": ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}
const people = (text: string): string[] => indexEntities(text).people.all().map((m) => m.text);


describe('B1: "năm 2013 thu cân đối ngân sách" names the budget year', () => {
  it('a budget figure with no time of its own takes that year', () => {
    const body = 'Năm 2013 thu cân đối ngân sách hụt lớn. Theo đó, ngân sách hụt thu, bội chi tăng, nợ công tăng, dự toán khó đạt. Bội chi ngân sách ở mức 5,3% GDP.';
    expect(claim(body, '5,3%', '23/10/2013 08:00', 'Thu chi ngân sách').period).toBe('năm 2013');
  });
});
