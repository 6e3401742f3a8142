import { describe, expect, it } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import { keptTextSide } from '../../../shared/analysis/aligned';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { generateWorkspace } from '../../bench/analysisWorkspace';
import { makeArticle } from './helpers';

// An analysis whose articles are the very objects of the analysis before it reads their alignment, copies
// and same-event matches from that analysis (aligned.ts `keptTextSide`): whatever the claims, it must
// give what an analysis of fresh copies of the articles gives (nothing kept).

/** Two outlets re-wording one product launch (a same-event finding: 3.400 / 3.200 mAh). */
const LAUNCH_A =
  'Nokia ra mắt Lumia Z tại Hà Nội\nHãng Nokia vừa giới thiệu Lumia Z tại Việt Nam. Lumia Z được trang bị pin dung lượng 3.400 mAh, ' +
  'bộ xử lý Snapdragon chạy ở tốc độ 2,2 GHz, màn hình kích thước 6,1 inch. Máy có giá bán 15,99 triệu đồng và lên kệ từ tuần sau tại các cửa hàng FPT Shop.';
const LAUNCH_B =
  'Lumia Z chính thức bán tại Việt Nam\nSáng nay, Nokia công bố giá Lumia Z ở thị trường trong nước. ' +
  'Theo hãng, máy sử dụng dung lượng pin 3.200mAh, chip Snapdragon lõi tứ tốc độ 2,2GHz. Màn hình có kích thước 6,1 inch. ' +
  'Giá bán của Lumia Z là 15,99 triệu đồng, khách đặt trước tại FPT Shop được tặng loa.';

/** A workspace with findings of every kind the text side feeds: copied passages, stars, a same-event pair. */
function workspace(): { articles: Article[]; claims: Claim[] } {
  const generated = generateWorkspace(3_000, 8, 3);
  const a = makeArticle('launch_a', LAUNCH_A, '2013-10-22T08:00', 'Báo A');
  const b = makeArticle('launch_b', LAUNCH_B, '2013-10-22T10:30', 'Báo B');
  // (No claims in the launch reports: the same-event rule names figures without claims, and a pair of
  // claims the cross-source rule decides would be that rule's.)
  return { articles: [...generated.articles, a, b], claims: generated.claims };
}

/** The articles as new objects with the same fields (what a store read again hands over): nothing kept for them. */
const fresh = (articles: readonly Article[]): Article[] => articles.map((a) => ({ ...a }));

const json = (findings: readonly Finding[]): string => JSON.stringify(findings);

describe('the text side of an analysis, kept for the next analysis of the same articles', () => {
  const { articles, claims } = workspace();
  const first = detectFindings(articles, claims);

  it('is kept for the same article objects, and a second analysis gives the same findings as one of fresh copies', () => {
    expect(first.some((f) => (f.facts as { basis?: string } | undefined)?.basis === 'same-event')).toBe(true);
    expect(first.some((f) => f.rule === 'aligned-passage' && (f.facts as { basis?: string } | undefined)?.basis === undefined)).toBe(true);
    expect(keptTextSide(articles)).not.toBeNull();
    const again = detectFindings(articles, claims);
    expect(json(again)).toBe(json(first));
    expect(json(detectFindings(fresh(articles), claims))).toBe(json(first));
  });

  it('claims changed, removed or added over the same articles: what fresh copies of the articles give', () => {
    // Every fifth claim dropped, every seventh one's value moved: other drafts, other names at the figures.
    const changed = claims.filter((_, i) => i % 5 !== 0).map((c, i) => (i % 7 === 0 ? { ...c, value: (c.value ?? 0) + 3 } : c));
    expect(keptTextSide(articles)).not.toBeNull();
    const kept = detectFindings(articles, changed);
    expect(json(kept)).toBe(json(detectFindings(fresh(articles), changed)));
    expect(json(kept)).not.toBe(json(first));
  });

  it('is not read for other articles: one changed in place, one more or fewer, another order', () => {
    const own = fresh(articles);
    detectFindings(own, claims);
    expect(keptTextSide(own)).not.toBeNull();
    // Fewer, more, reordered: not these articles.
    expect(keptTextSide(own.slice(0, -1))).toBeNull();
    expect(keptTextSide([...own, makeArticle('extra', 'Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 45,5%.', '2021-01-01')])).toBeNull();
    expect(keptTextSide([own[0] as Article, ...own.slice(2), own[1] as Article])).toBeNull();
    // The same objects, one of them changed in place (its date, then its text): read again.
    const launchB = own[own.length - 1] as Article;
    launchB.publishedAt = '2013-11-30T10:30';
    expect(keptTextSide(own)).toBeNull();
    const moved = detectFindings(own, claims);
    expect(json(moved)).toBe(json(detectFindings(fresh(own), claims)));
    launchB.text = LAUNCH_B.replace('3.200mAh', '3.000mAh');
    expect(keptTextSide(own)).toBeNull();
    expect(json(detectFindings(own, claims))).toBe(json(detectFindings(fresh(own), claims)));
  });

  it("two analyses of the same articles share no finding's facts: one changed by its holder shows in no other", () => {
    const a = detectFindings(articles, claims);
    const b = detectFindings(articles, claims);
    const event = (list: Finding[]) => list.find((f) => (f.facts as { basis?: string } | undefined)?.basis === 'same-event') as Finding;
    const context = (f: Finding) => (f.facts as unknown as { context: string[] }).context;
    expect(context(event(a))).not.toBe(context(event(b)));
    context(event(a)).push('đổi');
    expect(context(event(b))).not.toContain('đổi');
  });

  it('a kept analysis built on kept articles updates as one built afresh (an edit after a re-analysis)', () => {
    detectFindings(articles, claims);
    const kept = new FindingsAnalysis(articles, claims);
    const built = new FindingsAnalysis(fresh(articles), claims);
    const edited = { ...(claims[claims.length - 1] as Claim), value: 12.5 };
    kept.updateClaims([edited]);
    built.updateClaims([edited]);
    expect(json(kept.findings())).toBe(json(built.findings()));
  });
});
