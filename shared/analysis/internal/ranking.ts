import type { Article } from '../../schema';
import { claimCovering, refOf, spanRef, type AnalysisContext } from '../context';
import type { ClaimRef, FindingDraft } from '../model';
import { fold } from '../normalize';

/**
 * A rank said in the prose against the article's own numbered ranking: "Đà Nẵng tiếp tục đứng thứ 2"
 * while the list reads "1. Đà Nẵng, 2. Hà Nội, 3. TP.HCM". Only an article with one numbered ranking
 * (items 1, 2, 3… in order, at least three) is read: with two rankings the prose may speak of either.
 */

// A capitalised name of up to five words; a dot only inside a word ("TP.HCM"), so a name never runs on
// into the next sentence ("Thừa Thiên Huế. Đáng chú ý").
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}]|\.(?=\p{L}))*`;
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,4}`;
// "1. Quảng Ninh", "2) Hà Nội": a number, a stop or bracket, a capitalised name that the item ends
// with (a comma, a bracket, a colon, a dash, the end of the sentence or line, or its score): "2. Hà Nội
// dẫn đầu." is a numbered section of an outline, not a ranked place.
const ITEM = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,2})[.)]\s+(${NAME})(?=\s*(?:[,;:(\-–]|\.(?:\s|$)|$|\n)|\s+(?:với|đạt|có)\s|\s+\d)`,
  'gu',
);
// "Hà Nội xếp thứ 3", "Đà Nẵng tiếp tục đứng thứ 2", "TP.HCM đứng ở vị trí thứ 4", "Bắc Ninh xếp hạng 5".
// "Đà Nẵng và Hải Phòng lần lượt xếp thứ 2 và 3": names and ranks paired in order.
const NAMES = String.raw`${NAME}(?:\s*(?:,|và)\s*${NAME})*`;
const RANKS = String.raw`\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*`;
// The rank ends the number: "đứng thứ 1." at the end of a sentence is read, "thứ 1,5" is not.
const PROSE = new RegExp(
  String.raw`(${NAMES})\s+(?:(?:tiếp tục|vẫn|chỉ|lần lượt)\s+)?(?:xếp|đứng|giữ|ở)\s+(?:ở\s+)?(?:(?:các\s+)?vị trí\s+)?(?:thứ|hạng|số)\s+(${RANKS})(?!\d|[.,/]\d)`,
  'gu',
);
const SPLIT = /\s*(?:,|\svà\s)\s*/u;
/**
 * A rank of another time or counted another way than the list: "Năm ngoái, Đà Nẵng đứng thứ 1",
 * "từng xếp thứ 2", "đứng thứ 2 từ dưới lên", "xếp thứ 3 trong khu vực", "chỉ số thành phần", a
 * sub-index or a field of its own ("Riêng chỉ số tiếp cận đất đai", "tiêu chí", "lĩnh vực", "ngành").
 * Bare words such as "về", "miền", "nhóm", "khu vực" skip any sentence holding them ("tỉnh miền núi
 * Lào Cai xếp thứ 3" is not read): that loses a finding now and then, never raises a false one, which
 * is the side a desk's check should err on.
 */
const OTHER_TIME_OR_SCOPE =
  /(?<!\p{L})(?:năm ngoái|năm trước|năm qua|kỳ trước|lần trước|quý trước|tháng trước|trước đó|từng|đã từng|trước đây|từ dưới lên|từ dưới|từ cuối|từ dưới đếm lên|đếm ngược|chiều ngược|trong khu vực|trong vùng|của vùng|của khu vực|khu vực|miền|nhóm|chỉ số thành phần|thành phần|về|riêng|tiêu chí|lĩnh vực|ngành)(?!\p{L})/iu;
/** "chỉ số <two words>": an index the sentence names; another one than the list's heading is another ranking. */
const INDEX_NAMED = /(?<!\p{L})chỉ số\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)/giu;

/** The sentence names an index ("chỉ số tiếp cận đất đai") that the text up to the list's end never names. */
function otherIndex(sentence: string, heading: string): boolean {
  const said = fold(heading);
  for (const m of sentence.matchAll(INDEX_NAMED)) if (!said.includes(fold(`chỉ số ${m[1] as string}`))) return true;
  return false;
}
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;
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

/** The sentence around [start, end): from the previous sentence end to the next. */
function sentenceOf(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && !(/[.!?\n]/.test(text[e] as string) && !/\d/.test(text[e + 1] ?? ''))) e++;
  return text.slice(s, e);
}

export function rankingDrafts(article: Article, ctx: AnalysisContext): FindingDraft[] {
  const text = article.text;
  // Cheap guard: most articles hold no numbered list at all.
  if (!/\b[12][.)]\s+\p{Lu}/u.test(text)) return [];
  const list = ranking(text);
  if (!list) return [];
  const byName = new Map<string, Item>();
  for (const item of list) byName.set(key(item.name), item);
  const first = list[0] as Item;
  // The years of the list's sentence and of the line or sentence that introduces it.
  const intro = Math.max(0, text.lastIndexOf('\n', Math.max(0, first.start - 2)));
  const listYears = new Set(text.slice(intro, (list[list.length - 1] as Item).end).match(YEAR) ?? []);
  const drafts: FindingDraft[] = [];
  for (const m of text.matchAll(PROSE)) {
    const start = m.index;
    const end = m.index + m[0].length;
    // Inside the list itself, or a rank of another year or counted another way: not the list's rank.
    if (list.some((item) => start >= item.start && start < item.end)) continue;
    const sentence = sentenceOf(text, start, end);
    if (OTHER_TIME_OR_SCOPE.test(sentence) || (sentence.match(YEAR) ?? []).some((y) => !listYears.has(y))) continue;
    if (otherIndex(sentence, text.slice(0, (list[list.length - 1] as Item).end))) continue;
    const namesSaid = (m[1] as string).split(SPLIT);
    const ranksSaid = (m[2] as string).split(SPLIT).map(Number);
    // "A và B lần lượt xếp thứ 2 và 3": each name its rank in order; a count that does not pair is not
    // read, nor one rank for several names "lần lượt" ("Đà Nẵng và Hải Phòng lần lượt xếp thứ 2").
    if (ranksSaid.length > 1 && ranksSaid.length !== namesSaid.length) continue;
    if (/lần lượt/iu.test(m[0]) && namesSaid.length > 1 && ranksSaid.length < namesSaid.length) continue;
    const pairs: Array<[string, number]> = ranksSaid.length > 1 ? namesSaid.map((n, i) => [n, ranksSaid[i] as number]) : [[namesSaid[namesSaid.length - 1] as string, ranksSaid[0] as number]];
    for (const [name, said] of pairs) {
      // The name may carry words before it ("Năm nay Đà Nẵng"): its last words are the place.
      const words = key(name).split(' ');
      let item: Item | undefined;
      for (let k = 0; k < words.length && !item; k++) item = byName.get(words.slice(k).join(' '));
      if (!item || item.rank === said) continue;
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
  }
  return drafts;
}
