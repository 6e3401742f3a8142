import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { EVENT_COPIES } from '../../../shared/analysis/aligned';
import { workDone } from '../../../shared/analysis/passages';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

// A story republished by many outlets the same day: every copy is a report of the event for every
// other, and the same-event comparison of two articles compares all their figures. Between copies it
// only adds what one re-words (the passage rule compares the sentences they share through all the
// copies at once), so each article is compared with at most EVENT_COPIES of its copies, the most alike
// first: the work grows with the copies, not with their pairs (the 10,000-article import of generated
// near-copies spent minutes here, see tests/bench/desk.bench.ts).

const COPIED =
  'Chương trình 30a sau năm năm thực hiện đã đầu tư cho 62 huyện nghèo trên cả nước với hơn 2.500 công trình. ' +
  'Nhiều huyện đã có đường nhựa đến trung tâm xã, 97% số xã có trường học kiên cố. ' +
  'Tỷ lệ hộ nghèo ở các huyện này giảm bình quân mỗi năm khoảng 5%, từ 58,3% xuống còn 38,2%. ' +
  'Bộ trưởng Phạm Thị Hải Chuyền cho biết 1,2 triệu người dân ở Hà Giang, Lào Cai và Điện Biên đã được hỗ trợ học nghề trong 5 năm qua. ';
const WIRE = `Nguồn lực cho giảm nghèo tăng mạnh
${COPIED}Nếu năm 2008 bình quân chỉ có 90.000 tỷ đồng/năm thì ba năm sau, từ năm 2011 đến 2013, nguồn lực dành cho hộ nghèo đã là 364.000 tỷ đồng, tương đương 120.000 tỷ đồng/năm.`;
// The copy that re-words the last sentence and changes its total ("ba năm sau" / "3 năm sau": the word
// line-up does not put 364.000 beside 464.000, so only the same-event comparison sees it).
const REWORDED = `Giảm nghèo bền vững
${COPIED}Nếu năm 2008 bình quân chỉ 90.000 tỷ/năm thì chỉ 3 năm sau Đại hội, tức là từ năm 2011-2013, nguồn lực dành cho hộ nghèo đã là 464.000 tỷ, tương đương 120.000 tỷ/năm.`;

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
