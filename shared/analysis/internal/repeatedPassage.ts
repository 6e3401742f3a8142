import type { Article, Claim } from '../../schema';
import { claimCovering, refOf, spanRef, type AnalysisContext } from '../context';
import type { Figure } from '../figures';
import type { FindingDraft } from '../model';
import { passagesOf, passageWords, sameTokens, type Passage } from '../passages';

/**
 * A sentence an article gives twice, word for word but for one figure: "Vượt qua 30.000 thí sinh là người Việt Nam
 * trên toàn thế giới dự tuyển vòng loại." in one paragraph and "Vượt qua 20.000 thí sinh …" where the paragraph is
 * given again (a lead repeated in the body, a block pasted twice, a passage re-used in an update). One of the two
 * figures was changed, by a slip or by an edit that missed the other mention: the article contradicts itself, what
 * ever the other reports say (the same-event comparison may find both values agreeing with an open bound elsewhere,
 * "hơn 20.000 thí sinh").
 *
 * Read from the sentences' words alone (numbers masked, see passages.ts), not from subjects and metrics. Kept apart:
 * - a short line ("Điều 242.", "Tỷ số 2-1"): fewer than MIN_WORDS words, a template more often than a sentence;
 * - sentences whose dates, times of day or years differ ("Lúc 9 giờ …" / "Lúc 14 giờ …", "Năm 2012 …" / "Năm 2013 …"):
 *   one line at two moments;
 * - sentences that differ in more than one figure ("Tổng khối lượng giao dịch đạt 7,422 triệu đơn vị, trị giá 104,77
 *   tỷ đồng." on each floor, at each session): a template filled with other figures, not one sentence said again;
 * - a sentence given three or more times with more than two values at the figure, or with no single odd one: a
 *   line of a list.
 */

/** Words (not numbers or signs) a sentence needs for its repetition to be the same sentence said again. */
export const MIN_WORDS = 8;

export function repeatedPassageDrafts(article: Article, ctx: AnalysisContext): FindingDraft[] {
  return repeatedPairs(article).map((pair) => draftOf(article, pair, ctx));
}

/**
 * Whether two claims of one article are the two mentions this rule compares (as its draft names them): the
 * same-fact rule (cross.ts) then leaves the pair to it, one finding per pair, in the words that say what happened.
 */
export function repeatedPassagePair(ca: Claim, cb: Claim, ctx: AnalysisContext): boolean {
  const article = ctx.articles.get(ca.articleId);
  if (article === undefined || ca.articleId !== cb.articleId) return false;
  const pairs = repeatedPairs(article);
  if (pairs.length === 0) return false;
  const at = (f: Figure) => claimCovering(ctx, article.id, f.start, f.end)?.id;
  return pairs.some(([x, y]) => {
    const [ix, iy] = [at(x), at(y)];
    return (ix === ca.id && iy === cb.id) || (ix === cb.id && iy === ca.id);
  });
}

/** The odd and usual mention of each repeated sentence, read from the article's text alone (once per article object). */
const pairsCache = new WeakMap<Article, Array<[Figure, Figure]>>();

function repeatedPairs(article: Article): Array<[Figure, Figure]> {
  let pairs = pairsCache.get(article);
  if (pairs === undefined) pairsCache.set(article, (pairs = readPairs(article)));
  return pairs;
}

function readPairs(article: Article): Array<[Figure, Figure]> {
  const passages = passagesOf(article);
  if (passages.length < 2) return [];
  // Sentences by their masked words (long enough ones only), bucketed by a hash of the words and told apart within a
  // bucket word by word (a string key per sentence cost a third of a second on a 100,000-claim workspace); most
  // articles give no sentence twice.
  let groups: Passage[][] | null = null;
  const buckets = new Map<number, Passage[][]>();
  for (const p of passages) {
    if (p.figures.length === 0 || p.tokens.length < MIN_WORDS) continue;
    const h = hashTokens(p.tokens);
    const inBucket = buckets.get(h);
    if (inBucket === undefined) {
      buckets.set(h, [[p]]);
      continue;
    }
    const group = inBucket.find((g) => sameTokens((g[0] as Passage).tokens, p.tokens));
    if (group === undefined) {
      inBucket.push([p]);
      continue;
    }
    group.push(p);
    if (group.length === 2) (groups ??= []).push(group);
  }
  if (groups === null) return [];
  const pairs: Array<[Figure, Figure]> = [];
  for (const group of groups) {
    const words = passageWords(group[0] as Passage).filter((w) => /\p{L}/u.test(w)).length;
    if (words < MIN_WORDS) continue;
    const pair = oddPair(group);
    if (pair !== null) pairs.push(pair);
  }
  return pairs;
}

/** FNV-1a over a sentence's word ids. */
function hashTokens(tokens: Int32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tokens.length; i++) h = Math.imul(h ^ (tokens[i] as number), 0x01000193);
  return h >>> 0;
}

/**
 * Words before a number that make it a moment, with the numbers each can name: "lúc 9", "ngày 5", "tháng 3", "quý 2",
 * "tuần 3". (A year is told by its digits; "năm" before a number is often no year: "từ năm 15 tuổi", at fifteen.)
 */
const MOMENT_BEFORE = new Map<string, number>([
  ['luc', 24],
  ['ngay', 31],
  ['thang', 12],
  ['quy', 4],
  ['tuan', 53],
]);
/**
 * Words after a number that make it a time of day: "9 giờ", "9h", "9 sáng". Not "phút": a match's minute names one
 * goal, which a sentence said again cannot move ("Phút 44, … mở tỷ số" / "Phút 43, …").
 */
const MOMENT_AFTER = new Set(['gio', 'h', 'sang', 'trua', 'chieu', 'toi', 'dem']);

/** A figure that places the sentence in time: a date or time read as such, a year, or a number after "lúc", "ngày"… */
function moment(f: Figure | undefined, words: readonly string[]): boolean {
  if (f === undefined) return true;
  if (f.calendar) return true;
  if (Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100 && f.written === String(f.value)) return true;
  const most = MOMENT_BEFORE.get(words[f.token - 1] ?? '');
  if (most !== undefined && Number.isInteger(f.value) && f.value >= 0 && f.value <= most) return true;
  return MOMENT_AFTER.has(words[f.token + 1] ?? '');
}

/** A figure of `p` by the place of its number among the sentence's tokens (the same place in every twin). */
function byToken(p: Passage): Map<number, Figure> {
  return new Map(p.figures.map((f) => [f.token, f]));
}

/**
 * The one figure a group of word-for-word sentences gives differently: the odd mention and one mention of the
 * value the others give (the odd one out of three or more; either of two). Null when no figure, or more than one,
 * differs, when a date or a time differs, or when no single mention is the odd one.
 */
function oddPair(group: readonly Passage[]): [Figure, Figure] | null {
  const maps = group.map(byToken);
  const first = maps[0] as Map<number, Figure>;
  const words = passageWords(group[0] as Passage);
  let place: number | null = null;
  for (const [token, f] of first) {
    const differs = maps.some((m) => {
      const g = m.get(token);
      return g === undefined || g.value !== f.value || g.calendar !== f.calendar;
    });
    if (!differs) continue;
    // Another day, hour or year: the same line at two moments ("Lúc 9 giờ, giá vàng … 36,5 triệu" / "Lúc 14 giờ, …
    // 36,5 triệu"). A second figure: a template filled again.
    if (place !== null || maps.some((m) => moment(m.get(token), words))) return null;
    place = token;
  }
  if (place === null) return null;
  const figures = maps.map((m) => m.get(place as number));
  if (figures.some((f) => f === undefined)) return null;
  const list = figures as Figure[];
  if (list.length === 2) return [list[1] as Figure, list[0] as Figure];
  // Three or more mentions: one odd value against one shared by all the others (else a list's lines).
  const counts = new Map<number, number>();
  for (const f of list) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
  const odd = list.find((f) => counts.get(f.value) === 1);
  const usual = list.find((f) => counts.get(f.value) === list.length - 1);
  return odd && usual ? [odd, usual] : null;
}

function draftOf(article: Article, [odd, usual]: [Figure, Figure], ctx: AnalysisContext): FindingDraft {
  const text = article.text;
  const side = (f: Figure) => {
    const quote = text.slice(f.spanStart, f.spanEnd);
    const claim = claimCovering(ctx, article.id, f.start, f.end);
    return { claim, span: { articleId: article.id, start: f.spanStart, end: f.spanEnd, quote }, ref: claim ? refOf(claim, ctx) : spanRef(article.id, quote, ctx) };
  };
  // In the article's order: the earlier mention first.
  const [a, b] = [side(odd), side(usual)].sort((x, y) => x.span.start - y.span.start) as [ReturnType<typeof side>, ReturnType<typeof side>];
  const claimIds = [...new Set([a.claim?.id, b.claim?.id].filter((id): id is string => id !== undefined))];
  return {
    type: 'internal',
    rule: 'repeated-passage',
    claimIds,
    articleIds: [article.id],
    spans: [a.span, b.span],
    facts: { rule: 'repeated-passage', a: a.ref, b: b.ref },
  };
}
