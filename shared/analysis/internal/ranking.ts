import type { Article } from '../../schema';
import { claimCovering, refOf, spanRef, type AnalysisContext } from '../context';
import type { ClaimRef, FindingDraft } from '../model';
import { fold } from '../normalize';

/**
 * A rank said in the prose against the article's own numbered ranking: "Đà Nẵng tiếp tục đứng thứ 2"
 * while the list reads "1. Đà Nẵng, 2. Hà Nội, 3. TP.HCM". Only an article with one numbered ranking
 * (items 1, 2, 3… in order, at least three) is read: with two rankings the prose may speak of either.
 */

const NAME = String.raw`\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,4}`;
// "1. Quảng Ninh", "2) Hà Nội": a number, a stop or bracket, a capitalised name.
const ITEM = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,2})[.)]\s+(${NAME})`, 'gu');
// "Hà Nội xếp thứ 3", "Đà Nẵng tiếp tục đứng thứ 2", "TP.HCM đứng ở vị trí thứ 4", "Bắc Ninh xếp hạng 5".
const PROSE = new RegExp(
  String.raw`(${NAME})\s+(?:(?:tiếp tục|vẫn|chỉ|lần lượt)\s+)?(?:xếp|đứng|giữ|ở)\s+(?:ở\s+)?(?:vị trí\s+)?(?:thứ|hạng|số)\s+(\d{1,2})(?![\d.,/])`,
  'gu',
);
const MIN_ITEMS = 3;

const key = (name: string): string => fold(name).replace(/[^a-z0-9]+/g, ' ').trim();

interface Item {
  rank: number;
  name: string;
  start: number;
  end: number;
}

/** The article's numbered ranking, when it has exactly one: items 1…n in text order. */
function ranking(text: string): Item[] | null {
  const runs: Item[][] = [];
  for (const m of text.matchAll(ITEM)) {
    const rank = Number(m[1]);
    const item = { rank, name: (m[2] as string).trim(), start: m.index, end: m.index + m[0].length };
    const run = runs[runs.length - 1];
    if (rank === 1) runs.push([item]);
    else if (run && (run[run.length - 1] as Item).rank === rank - 1) run.push(item);
  }
  const lists = runs.filter((r) => r.length >= MIN_ITEMS);
  return lists.length === 1 ? (lists[0] as Item[]) : null;
}

function ref(article: Article, start: number, end: number, ctx: AnalysisContext): ClaimRef {
  const claim = claimCovering(ctx, article.id, start, end);
  const quote = article.text.slice(start, end);
  return claim ? { ...refOf(claim, ctx), quote } : spanRef(article.id, quote, ctx);
}

export function rankingDrafts(article: Article, ctx: AnalysisContext): FindingDraft[] {
  const text = article.text;
  // Cheap guard: most articles hold no numbered list at all.
  if (!/\b[12][.)]\s+\p{Lu}/u.test(text)) return [];
  const list = ranking(text);
  if (!list) return [];
  const byName = new Map<string, Item>();
  for (const item of list) byName.set(key(item.name), item);
  const drafts: FindingDraft[] = [];
  for (const m of text.matchAll(PROSE)) {
    const said = Number(m[2]);
    // The name may carry words before it ("Năm nay Đà Nẵng"): its last words are the place.
    const words = key(m[1] as string).split(' ');
    let item: Item | undefined;
    for (let k = 0; k < words.length && !item; k++) item = byName.get(words.slice(k).join(' '));
    if (!item || item.rank === said) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (start >= item.start && start < item.end) continue;
    const claimed = claimCovering(ctx, article.id, end - (m[2] as string).length, end);
    const listed = claimCovering(ctx, article.id, item.start, item.start + String(item.rank).length);
    drafts.push({
      type: 'internal',
      rule: 'rank-vs-list',
      claimIds: [claimed?.id, listed?.id].filter((x): x is string => x !== undefined),
      articleIds: [article.id],
      spans: [
        { articleId: article.id, start, end, quote: text.slice(start, end) },
        { articleId: article.id, start: item.start, end: item.end, quote: text.slice(item.start, item.end) },
      ],
      facts: { rule: 'rank-vs-list', claim: ref(article, start, end, ctx), item: ref(article, item.start, item.end, ctx), name: item.name, stated: said, listed: item.rank },
    });
  }
  return drafts;
}
