import type { Article, Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import type { Figure } from '../figures';
import type { FindingDraft } from '../model';
import { passagesOf, passageWords, sameTokens, type Passage } from '../passages';
import { narrowestPair, wordBefore } from './nouns';

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
 * - the same line under differing short heading lines ("Ngày 5/3:" / "Ngày 6/3:", "Hà Nội:" / "TP HCM:");
 * - one value the other rounded at its own last digit ("1,5 triệu" / "1,52 triệu"; not "1,5" / "2");
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
 * Whether the rule raises a repeat with these two claims as its odd and usual mention: both are claims of the two
 * figures, of the same subject and period where both say one (a line about two places or two periods), and the
 * sentence is no running count. Read from the two claims and the text alone.
 */
function raisedWith(r: Repeat, odd: Claim, usual: Claim): boolean {
  if (odd.id === usual.id || !covers(odd, r.odd) || !r.usual.some((u) => covers(usual, u))) return false;
  if (odd.subject !== null && usual.subject !== null && odd.subject !== usual.subject) return false;
  if (odd.period !== null && usual.period !== null && odd.period !== usual.period) return false;
  return !RUNNING_COUNT.test(r.sentence);
}

/**
 * Whether two claims of one article are an odd mention and a usual one of a repeat this rule raises: the same-fact
 * rule (cross.ts) then leaves the pair to it, one finding per contradiction, in the words that say what happened.
 * Decided by the two claims and the text alone (`raisedWith`), never by other claims of the article, so an edit of
 * another claim does not move the decision (review s80-2: an incremental analysis then kept a stale silence).
 */
export function repeatedPassagePair(ca: Claim, cb: Claim, ctx: AnalysisContext): boolean {
  const article = ctx.articles.get(ca.articleId);
  if (article === undefined || ca.articleId !== cb.articleId) return false;
  // (The rule then raises the repeat, with these two claims or narrower ones: see claimsOf.)
  return repeatsOf(article).some((r) => raisedWith(r, ca, cb) || raisedWith(r, cb, ca));
}

/** The claim spans the figure's number (its digits). */
function covers(c: Claim, f: Figure): boolean {
  return c.start <= f.start && c.end >= f.end;
}

/**
 * The claims the rule raises a repeat with, or null: of the pairs of claims of the odd mention and a usual one that
 * `raisedWith` accepts, the narrowest (the extractor's, not an editor's wider claim over it). Whenever the same-fact
 * rule leaves a pair to this rule (`repeatedPassagePair`), some pair is accepted here: the contradiction is raised once,
 * whichever claims an edit adds or takes away around it.
 */
function claimsOf(r: Repeat, article: Article, ctx: AnalysisContext): [Claim, Claim] | null {
  const claims = ctx.claimsByArticle.get(article.id) ?? [];
  const odds = claims.filter((c) => covers(c, r.odd));
  if (odds.length === 0) return null;
  const usuals = claims.filter((c) => r.usual.some((u) => covers(c, u)));
  return narrowestPair(odds, usuals, (o, u) => raisedWith(r, o, u));
}

/**
 * Words of a count said as it stands at a moment, which a live report gives again as it grows: "tính đến", "đến nay",
 * "cập nhật". (Not "hiện": "phát hiện có 45 cơ sở", "Công ty hiện có 3.000 công nhân" are no tallies; review s80-2.)
 */
const RUNNING_COUNT = /(?<![\p{L}\p{M}])(?:tính (?:đến|tới)|(?:đến|tới) (?:nay|thời điểm|lúc này|giờ)|cập nhật|mới nhất)(?![\p{L}\p{M}])/iu;

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
    // The same line under different headings ("Ngày 5/3:" / "Ngày 6/3:", "Hà Nội:" / "TP HCM:", "Phiên sáng" /
    // "Phiên chiều"): one line about two days, places or sessions (review s80-2).
    const headings = group.map((p) => headingBefore(article.text, p.start));
    if (headings.every((h) => h !== null) && new Set(headings).size > 1) continue;
    const odd = oddOne(group, article.text);
    if (odd !== null) repeats.push({ ...odd, sentence: article.text.slice(first.start, first.end) });
  }
  return repeats;
}

/**
 * The short line right before a sentence that opens a line — a heading ("Ngày 5/3:", "Hà Nội:", "Phiên chiều"): fewer
 * than MIN_WORDS words, or ending in ":" — else null. Blank lines between are passed over.
 */
function headingBefore(text: string, start: number): string | null {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i >= 0 && text[i] !== '\n') return null;
  while (i >= 0 && /\s/u.test(text[i] as string)) i--;
  if (i < 0) return null;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  const line = text.slice(lineStart, i + 1).trim();
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  return words < MIN_WORDS || line.endsWith(':') ? line : null;
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
  // One value the other rounded: no contradiction.
  if (rounded(odd, usual[0] as Figure, text)) return null;
  return { odd, usual };
}

/**
 * One figure the other written to fewer digits, cut at its own last digit ("1,5 triệu" / "1,52 triệu", "36,5" /
 * "36,48"): the less precise one has at least two significant digits and equals the other rounded there. "1,5" / "2",
 * "9" / "10", "45" / "50", "1.000" / "1.400" are two values (review s80-2: the looser `roundingApart` of the figures
 * took them as one rounded, and the repeated sentence said nothing).
 */
function rounded(a: Figure, b: Figure, text: string): boolean {
  const pa = precision(a, text);
  const pb = precision(b, text);
  if (pa === null || pb === null) return false;
  const [coarse, fine] = pa.unit >= pb.unit ? [pa, pb] : [pb, pa];
  if (coarse.digits < 2 || coarse.unit === fine.unit) return false;
  const cut = Math.round(fine.value / coarse.unit) * coarse.unit;
  return Math.abs(cut - coarse.value) <= coarse.unit * 1e-6;
}

/** A figure's value, the unit of its last significant written digit (its scale applied), and its significant digits. */
function precision(f: Figure, text: string): { value: number; unit: number; digits: number } | null {
  const raw = text.slice(f.start, f.end);
  const comma = raw.indexOf(',');
  const whole = (comma < 0 ? raw : raw.slice(0, comma)).replace(/\./g, '');
  const decimals = comma < 0 ? '' : raw.slice(comma + 1).replace(/\./g, '');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(decimals)) return null;
  const written = Number(`${whole}.${decimals || '0'}`);
  if (written === 0) return null;
  const scale = f.value / written;
  const all = `${whole}${decimals}`.replace(/^0+/, '');
  let unit: number;
  let digits: number;
  if (decimals.length > 0) {
    unit = 10 ** -decimals.length;
    digits = all.length;
  } else {
    const trailing = whole.length - whole.replace(/0+$/, '').length;
    unit = 10 ** trailing;
    digits = all.length - trailing;
  }
  return { value: f.value, unit: unit * scale, digits };
}

function draftOf(article: Article, r: Repeat, [odd, usual]: [Claim, Claim], ctx: AnalysisContext): FindingDraft {
  const text = article.text;
  const span = (f: Figure) => ({ articleId: article.id, start: f.spanStart, end: f.spanEnd, quote: text.slice(f.spanStart, f.spanEnd) });
  const u = r.usual.find((x) => covers(usual, x)) as Figure;
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
