import type { Article, Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import { roundingApart, sameValue, type Figure } from '../figures';
import type { FindingDraft } from '../model';
import { passagesOf, passageWords, sameTokens, type Passage } from '../passages';

/**
 * A sentence an article gives again, word for word but for one figure: "Vượt qua 30.000 thí sinh là người Việt Nam
 * trên toàn thế giới dự tuyển vòng loại." in one paragraph and "Vượt qua 20.000 thí sinh …" where the paragraph is
 * given again (a lead repeated in the body, a block pasted twice, a passage re-used in an update). One of the two
 * figures was changed, by a slip or by an edit that missed the other mention: the article contradicts itself, what
 * ever the other reports say (the same-event comparison may find both values agreeing with an open bound elsewhere,
 * "hơn 20.000 thí sinh").
 *
 * Read from the sentences' words (numbers masked, see passages.ts), and only where the extractor made a claim of the
 * figure in both mentions: a number it reads as no figure — a district, a road, a model, a round, an item's number
 * ("Quận 7" / "Quận 8", "Quốc lộ 1" / "Quốc lộ 5", "iPhone 15" / "iPhone 16", "đợt 1" / "đợt 2", "1." / "2.") —
 * names another thing in the same words. Kept apart too:
 * - a short line ("Điều 242.", "Tỷ số 2-1"): fewer than MIN_WORDS words, a template more often than a sentence;
 * - sentences whose dates, times of day, years or minutes differ ("Lúc 9 giờ …" / "Lúc 14 giờ …", "Năm 2012 …" /
 *   "Năm 2013 …", "Phút 12, …" / "Phút 58, …"): one line at two moments;
 * - a running count ("Tính đến thời điểm này, … đã đưa được 12 người ra …" / "… 15 người …"): a live report's
 *   tally, said again as it grows;
 * - claims the extractor gives different subjects or periods ("có nơi trên 38 độ" under "Phía Tây Bắc Bộ", "… 39 độ"
 *   under "Phía Đông Bắc Bộ"): the same line about two places;
 * - one value the other rounded ("1,5 triệu" / "1,52 triệu");
 * - sentences that differ in more than one figure ("Tổng khối lượng giao dịch đạt 7,422 triệu đơn vị, trị giá 104,77
 *   tỷ đồng." on each floor, at each session): a template filled with other figures, not one sentence said again;
 * - a sentence given three or more times with more than two values at the figure, or with no single odd one: a
 *   line of a list.
 */

/** Words (not numbers or signs) a sentence needs for its repetition to be the same sentence said again. */
export const MIN_WORDS = 8;

/** A repeated sentence's odd mention and the mentions that agree with each other (one or more). */
interface Repeat {
  odd: Figure;
  usual: Figure[];
  /** The sentence's text (for the running-count words). */
  sentence: string;
}

export function repeatedPassageDrafts(article: Article, ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const r of repeatsOf(article)) {
    const claims = claimsOf(r, article, ctx);
    if (claims === null) continue;
    drafts.push(draftOf(article, r, claims, ctx));
  }
  return drafts;
}

/**
 * Whether two claims of one article are an odd mention and a usual one of a repeat this rule raises: the same-fact
 * rule (cross.ts) then leaves the pair to it, one finding per contradiction, in the words that say what happened.
 * Decided by the two claims' own spans and the rule's claims of the repeat, never by other claims of the article, so
 * an edit elsewhere in it does not move the decision.
 */
export function repeatedPassagePair(ca: Claim, cb: Claim, ctx: AnalysisContext): boolean {
  const article = ctx.articles.get(ca.articleId);
  if (article === undefined || ca.articleId !== cb.articleId) return false;
  const repeats = repeatsOf(article);
  if (repeats.length === 0) return false;
  for (const r of repeats) {
    const odd = covers(ca, r.odd) ? ca : covers(cb, r.odd) ? cb : null;
    if (odd === null) continue;
    const other = odd === ca ? cb : ca;
    if (!r.usual.some((u) => covers(other, u))) continue;
    // Raised by this rule only where its own conditions on the claims hold (see claimsOf).
    if (claimsOf(r, article, ctx) !== null) return true;
  }
  return false;
}

/** The claim spans the figure's number (its digits). */
function covers(c: Claim, f: Figure): boolean {
  return c.start <= f.start && c.end >= f.end;
}

/** The narrowest claim of the article that spans the figure's number, or null. */
function claimAt(f: Figure, articleId: string, ctx: AnalysisContext): Claim | null {
  let best: Claim | null = null;
  for (const c of ctx.claimsByArticle.get(articleId) ?? []) {
    if (!covers(c, f)) continue;
    if (best === null || c.end - c.start < best.end - best.start) best = c;
  }
  return best;
}

/**
 * The claims of a repeat's odd mention and of its first usual one, when the rule raises it: both mentions are
 * claims, of the same subject and period where both say one, and the sentence is no running count.
 */
function claimsOf(r: Repeat, article: Article, ctx: AnalysisContext): [Claim, Claim] | null {
  const odd = claimAt(r.odd, article.id, ctx);
  const usual = claimAt(r.usual[0] as Figure, article.id, ctx);
  if (odd === null || usual === null || odd.id === usual.id) return null;
  if (odd.subject !== null && usual.subject !== null && odd.subject !== usual.subject) return null;
  if (odd.period !== null && usual.period !== null && odd.period !== usual.period) return null;
  if (RUNNING_COUNT.test(r.sentence)) return null;
  return [odd, usual];
}

/**
 * Words of a count said as it stands at a moment, which a live report gives again as it grows: "tính đến", "đến nay",
 * "hiện nay", "cập nhật".
 */
const RUNNING_COUNT = /(?<![\p{L}\p{M}])(?:tính (?:đến|tới)|(?:đến|tới) (?:nay|thời điểm|lúc này|giờ)|hiện (?:nay|tại|đã|có|đang)|cập nhật|mới nhất)(?![\p{L}\p{M}])/iu;

/** The repeats of the article, read from its text alone (once per article object). */
const repeatsCache = new WeakMap<Article, Repeat[]>();

function repeatsOf(article: Article): Repeat[] {
  let repeats = repeatsCache.get(article);
  if (repeats === undefined) repeatsCache.set(article, (repeats = readRepeats(article)));
  return repeats;
}

function readRepeats(article: Article): Repeat[] {
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
  const repeats: Repeat[] = [];
  for (const group of groups) {
    const first = group[0] as Passage;
    const words = passageWords(first).filter((w) => /\p{L}/u.test(w)).length;
    if (words < MIN_WORDS) continue;
    const odd = oddOne(group, article.text);
    if (odd !== null) repeats.push({ ...odd, sentence: article.text.slice(first.start, first.end) });
  }
  return repeats;
}

/** FNV-1a over a sentence's word ids. */
function hashTokens(tokens: Int32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tokens.length; i++) h = Math.imul(h ^ (tokens[i] as number), 0x01000193);
  return h >>> 0;
}

/**
 * Words right before a number that make it a moment, as written (lower case), with the numbers each can name: "lúc
 * 9", "quý 2", "tuần 3", "mùng 3", "phút 58" (a match report's minute by minute). A day or a month ("ngày 5", "tháng
 * 3") is read as a date already (Figure.calendar); a year is told by its digits ("năm" before a number is often no
 * year: "từ năm 15 tuổi", at fifteen).
 */
const MOMENT_BEFORE = new Map<string, number>([
  ['lúc', 24],
  ['quý', 4],
  ['tuần', 53],
  ['mùng', 31],
  ['mồng', 31],
  ['phút', 130],
]);
/** Words right after a number, as written (lower case), that make it a time of day: "9 giờ", "9h", "9 sáng". */
const MOMENT_AFTER = new Set(['giờ', 'h', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']);

/** The word right before `at` in the text, lower case ('' when none within a few characters). */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{M}]+)[ \t\u00a0]*$/u.exec(text.slice(Math.max(0, at - 12), at));
  return (m?.[1] ?? '').normalize('NFC').toLowerCase();
}

/** A figure that places the sentence in time: a date or time read as such, a year, a number after "lúc", "quý"… */
function moment(f: Figure | undefined, text: string): boolean {
  if (f === undefined) return true;
  if (f.calendar || f.year) return true;
  const most = MOMENT_BEFORE.get(wordBefore(text, f.start));
  if (most !== undefined && Number.isInteger(f.value) && f.value >= 0 && f.value <= most) return true;
  return MOMENT_AFTER.has(f.nextWritten.normalize('NFC').toLowerCase());
}

/** A figure of `p` by the place of its number among the sentence's tokens (the same place in every twin). */
function byToken(p: Passage): Map<number, Figure> {
  return new Map(p.figures.map((f) => [f.token, f]));
}

/**
 * The one figure a group of word-for-word sentences gives differently: the odd mention and the mentions of the
 * value the others give (the odd one out of three or more; the later of two, against the earlier). Null when no
 * figure, or more than one, differs, when a moment differs, when the two values are one rounded, or when no single
 * mention is the odd one.
 */
function oddOne(group: readonly Passage[], text: string): Omit<Repeat, 'sentence'> | null {
  const maps = group.map(byToken);
  const first = maps[0] as Map<number, Figure>;
  let place: number | null = null;
  for (const [token, f] of first) {
    const differs = maps.some((m) => {
      const g = m.get(token);
      return g === undefined || g.value !== f.value || g.calendar !== f.calendar;
    });
    if (!differs) continue;
    // Another day, hour, year or minute: the same line at two moments ("Lúc 9 giờ, giá vàng … 36,5 triệu" / "Lúc 14
    // giờ, … 36,5 triệu"). A second figure: a template filled again.
    if (place !== null || maps.some((m) => moment(m.get(token), text))) return null;
    place = token;
  }
  if (place === null) return null;
  const figures = maps.map((m) => m.get(place as number));
  if (figures.some((f) => f === undefined)) return null;
  const list = figures as Figure[];
  let odd: Figure | undefined;
  let usual: Figure[];
  if (list.length === 2) {
    odd = list[1] as Figure;
    usual = [list[0] as Figure];
  } else {
    // Three or more mentions: one odd value against one shared by all the others (else a list's lines).
    const counts = new Map<number, number>();
    for (const f of list) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
    odd = list.find((f) => counts.get(f.value) === 1);
    usual = list.filter((f) => counts.get(f.value) === list.length - 1);
    if (odd === undefined || usual.length === 0) return null;
  }
  // One value the other rounded, or the same within what is written: no contradiction.
  const u = usual[0] as Figure;
  if (sameValue(odd, u) || roundingApart(odd, u)) return null;
  return { odd, usual };
}

function draftOf(article: Article, r: Repeat, [odd, usual]: [Claim, Claim], ctx: AnalysisContext): FindingDraft {
  const text = article.text;
  const span = (f: Figure) => ({ articleId: article.id, start: f.spanStart, end: f.spanEnd, quote: text.slice(f.spanStart, f.spanEnd) });
  const u = r.usual[0] as Figure;
  // In the article's order: the earlier mention first.
  const oddFirst = r.odd.start < u.start;
  const [a, b] = oddFirst ? [odd, usual] : [usual, odd];
  const spans = oddFirst ? [span(r.odd), span(u)] : [span(u), span(r.odd)];
  return {
    type: 'internal',
    rule: 'repeated-passage',
    claimIds: [a.id, b.id],
    articleIds: [article.id],
    spans,
    facts: { rule: 'repeated-passage', a: refOf(a, ctx), b: refOf(b, ctx), mentions: r.usual.length + 1 },
  };
}
