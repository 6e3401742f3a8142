import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { EVENT_COPIES } from '../../../shared/analysis/aligned';
import { workDone } from '../../../shared/analysis/passages';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';
import { copyOf, REWORDED_TOTAL, WIRE } from './wireStory';

// A story republished by many outlets the same day: every copy is a report of the event for every
// other, and the same-event comparison of two articles compares all their figures. Between copies it
// only adds what one re-words (the passage rule compares the sentences they share through all the
// copies at once), so each article is compared with at most EVENT_COPIES of its copies, the most alike
// first: the work grows with the copies, not with their pairs (the 10,000-article import of generated
// near-copies spent minutes here, see tests/bench/desk.bench.ts).

const REWORDED = copyOf(REWORDED_TOTAL);

const facts = (f: Finding) => f.facts as unknown as { a: { quote: string }; b: { quote: string } };

/** The wire story republished `count` times on 20/10/2013 (a minute apart), and the re-worded copy at noon. */
function republished(count: number) {
  const at = (i: number) => `2013-10-20T${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
  const copies = Array.from({ length: count }, (_, i) => makeArticle(`w${String(i).padStart(3, '0')}`, WIRE, at(i), `Báo ${i}`));
  return [...copies, makeArticle('r', REWORDED, '2013-10-20T12:00', 'Báo R')];
}

/** The findings and the pairs of articles the same-event pass compared sentence by sentence. */
function analyse(count: number): { found: Finding[]; compared: number } {
  const before = workDone.eventMatchPairs ?? 0;
  const found = detectFindings(republished(count), []).filter((f) => f.rule === 'aligned-passage' && f.articleIds?.includes('r'));
  return { found, compared: (workDone.eventMatchPairs ?? 0) - before };
}

describe('a story republished by many outlets: each copy compared with a bounded number of its copies', () => {
  it('compares every pair of a few copies', () => {
    const { found, compared } = analyse(5);
    // Six articles: 15 pairs, all copies of each other.
    expect(compared).toBe(15);
    expect(found.length).toBe(5);
    expect(new Set(found.map((f) => [facts(f).a.quote, facts(f).b.quote].sort().join(' / ')))).toEqual(new Set(['364.000 tỷ / 464.000 tỷ']));
  });

  it('compares each of ninety copies with at most EVENT_COPIES others, and still flags the one that changed a figure', () => {
    const count = 90;
    const { found, compared } = analyse(count);
    // All pairs would be 91 · 90 / 2 = 4,095; a pair is compared when either of its articles keeps it.
    expect(compared).toBeGreaterThan(0);
    expect(compared).toBeLessThanOrEqual((count + 1) * EVENT_COPIES);
    // The re-worded copy keeps its EVENT_COPIES most alike copies (all alike: the nearest in time).
    expect(found.length).toBe(EVENT_COPIES);
    for (const f of found) expect([facts(f).a.quote, facts(f).b.quote].sort()).toEqual(['364.000 tỷ', '464.000 tỷ']);
  });

  it('gives the same findings whatever order the workspace lists the copies in', () => {
    const articles = republished(60);
    const ids = (list: typeof articles) =>
      detectFindings(list, [])
        .filter((f) => f.rule === 'aligned-passage')
        .map((f) => f.id)
        .sort();
    expect(ids([...articles].reverse())).toEqual(ids(articles));
  });
});
