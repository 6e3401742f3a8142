import type { Article, Claim } from '../schema';
import type { AnalysisContext } from './context';
import { CITY_FORMS, CITY_NAME, CITY_WORDS, codeName, commonWordsCode, fold, jaccard, sharedSorted, spelledOutCodes } from './normalize';
import { qualifiersIn } from './clause';
import { roundingApart, sameValue, type Figure } from './figures';
import type { FindingDraft, FindingFacts, PassageSide, Severity, TextSpan } from './model';
import { alignmentStaged, COPY_SIMILARITY, type Alignment, countWork, finish, gapWords, lineUp, markersOf, passagesOf, sameStarPlace, sameTokens, wordOf, type AlignedPair, type MatchMemo, type Counterpart, type Passage, type StarPlaces } from './passages';
import { legsOf, MATCH_DAYS, namedApart, toldApartSpots, twoCapitals, type Spot } from './moments';
import { anchoredViews, articleGives, lowEnd, rangeEnds, scaleOfEnd, eventView, type EventView, rangeOf, cutOffAgrees, decidedKey, DecidedSentences, eventKeys, eventMatches, figureContexts, isMeasure, pairingNames, periodsApart, rotationOf, runReadings, sameStep, scoresOf, strongContext, unitOfWord, type Decided, type EventMatch, type FigureContext } from './sameEvent';
import { PLACE_NAMES_LOWER, PROVINCES } from '../extract/entities';
import { isDigit } from '../extract/scan';
import { dateOnly, publishedTime } from './period';

/**
 * Findings from aligned passages: a figure that differs between two sentences that are, numbers
 * aside, the same passage. A conflict — or an update when the later article's wording says its figure
 * is newer (a later time of day, "hiện", "tính đến") and the passage is not anchored by figures that
 * stayed the same (a copy with one figure altered keeps its other figures).
 */

const TIME_CUE = /(\d{1,2}h\d{0,2}|tính đến|cập nhật|mới nhất|đến nay|hiện nay|hiện ở|hiện tại|sáng nay|chiều nay|tối nay|trưa nay|phiên chiều|kết thúc phiên|đóng cửa|chốt phiên)/giu;

function cues(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(TIME_CUE)].map((m) => m[0]));
}

/** The time cues of a passage's sentence, read once per sentence text (a passage is in many pairs). */
function cuesOf(p: Passage, ctx: AnalysisContext): Set<string> {
  return (p.common.cues ??= cues((ctx.articles.get(p.articleId) as Article).text.slice(p.start, p.end)));
}

// "Sở/Bộ Kế hoạch và Đầu tư" names a department that reports figures: no plan.
const TARGET_WORDS = /(phấn đấu|mục tiêu|kế hoạch(?! và đầu tư)|chỉ tiêu|dự kiến|dự báo|kỳ vọng|ước tính|sẽ|muốn)/iu;
// A goal or a ceiling ("trần nợ công 65% GDP", "không vượt quá") is never the figure reached: kept apart
// from a reported figure in re-worded reports, where a forecast word alone ("sẽ", "dự kiến") is not (two
// outlets word one planned figure one with, one without it). ("tối đa" and "giới hạn" are left out: they
// qualify another figure of the sentence as often — "thẻ nhớ tối đa 64 GB", "trong giới hạn an toàn".)
const GOAL_WORDS = /(phấn đấu|mục tiêu|kế hoạch(?! và đầu tư)|chỉ tiêu)/iu;
// A ceiling only as a ceiling phrase, "trần" in lower case on word boundaries: never the surname Trần
// (or a street named for it), nor "quạt trần", "trần nhà", "trần tình".
const CEILING_WORDS = /(?<![\p{L}\p{M}])(?:trần nợ|trần bội chi|trần lãi suất|[Mm]ức trần|[Gg]iá trần|[Cc]hạm trần|[Kk]hông vượt quá)(?![\p{L}\p{M}])/u;

const SCOPE = /(cả nước|toàn quốc|thế giới|trong nước|quốc tế|toàn cầu|tỉnh|huyện|thành phố)/giu;
const CAPITALISED = /\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+)*/gu;

function scopes(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(SCOPE)].map((m) => m[0]));
}

// Tickers, exchanges and acronyms ("VNM", "HNX", "VN30"): names too, wherever they stand.
const CODE = /(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{Lu}\d]*(?![\p{L}\p{N}])/gu;

/**
 * A unit in capitals written right after a number ("500 GB", "7200 RPM", "799 USD"); group 1 the
 * number's end. A closed list: any other code there is a name ("1.4 AT" / "1.4 MT", "S23 FE").
 */
const UNIT_CODE = /(\d)\s?(?:KB|MB|GB|TB|KBPS|MBPS|GBPS|MHZ|GHZ|HZ|RPM|MAH|MP|KW|KWH|MW|MWH|GW|CC|HP|USD|VND|EUR|JPY|CNY|GBP|AUD|SGD|KRW|THB)(?![\p{L}\p{N}])/gu;

/**
 * The names of a text: runs of capitalised words, codes in capitals, the city whichever way it is
 * written (CITY_NAME: the city's own forms only, never a bare "Hồ Chí Minh"). A code that abbreviates
 * common words ("BHXH", "NSNN") is a name, and the text that spells its words out gives it
 * (GIVEN + code: "ngân sách nhà nước" gives "NSNN", see `namesOnlyIn`), so that "BHXH" and "BHYT" stay
 * two names while "thu NSNN" and "thu ngân sách nhà nước" meet.
 */
function names(full: string): Set<string> {
  const out = new Set<string>();
  const text = full.replace(CITY_FORMS, (m) => {
    out.add(CITY_NAME);
    return ' '.repeat(m.length);
  });
  for (const m of text.matchAll(CAPITALISED)) {
    const run = m[0].toLowerCase();
    if (m.index !== 0) out.add(run);
    // At the start the first word is capitalised by the sentence ("Riêng Nghệ An có …"): the run is a
    // name when it is a place as a whole ("Thanh Hóa có …"), else the words after the first one are.
    else if (PLACE_NAMES_LOWER.has(run.replace(/\s+/gu, ' '))) out.add(run);
    else if (/\s/u.test(run)) out.add(run.slice(run.search(/\s/u) + 1));
  }
  // (A code begins with two capitals in a row: a text without two, most sentences, has none.)
  const codes = twoCapitals(text) ? text.matchAll(CODE) : [];
  for (const m of codes) {
    const name = commonWordsCode(m[0]) ?? codeName(m[0]);
    if (name !== null) out.add(name);
  }
  for (const code of spelledOutCodes(text)) out.add(GIVEN + code);
  return out;
}

/** Marks a code of common words that a text gives by spelling it out: never a name of its own. */
const GIVEN = '=';

/** Each sentence names something the other does not, or they speak at different scopes (tỉnh / cả nước). */
export function differentThings(a: string, b: string): boolean {
  return differentWords({ scopes: scopes(a), names: names(a) }, { scopes: scopes(b), names: names(b) });
}

interface Words {
  scopes: Set<string>;
  names: Set<string>;
}

/**
 * Whether a figure of a sentence with target wording (`target`, see TARGET_WORDS) is itself what will
 * be: not when the extractor read it as a fact, no such word stands before it in the sentence, and the
 * words come after it in another clause — "số việc làm được tạo ra là 148.000, thấp hơn dự báo trước
 * đó là 180.000" (the forecast is the other figure). "Khoảng 2.000 người dự kiến tham dự" (the word in
 * the figure's own clause) and a figure without a claim keep the sentence's wording. Nor, whatever the
 * extractor read, when the sentence turns to what has been done between the last such word and the figure
 * (see `turnedToDone`: "Theo kế hoạch … sẽ hỗ trợ 700.000 gia đình, nhưng thực tế … mới hỗ trợ 431.000 hộ").
 */
function targetFigure(p: Passage, f: Figure, target: boolean, ctx: AnalysisContext): boolean {
  if (!target) return false;
  const text = (ctx.articles.get(p.articleId) as Article).text;
  // (The sentence turns from the goal or forecast to what has been done before the figure: see `turnedToDone`.)
  if (turnedToDone(text.slice(p.start, f.spanStart), TARGET_WORDS_ALL)) return false;
  if (claimAt(ctx, p.articleId, f)?.modality !== 'fact') return true;
  if (TARGET_WORDS.test(text.slice(p.start, f.start))) return true;
  const after = text.slice(f.spanEnd, p.end);
  const word = TARGET_WORDS.exec(after);
  return word === null || !/[,;:(]/.test(after.slice(0, word.index));
}

/** A clause break: a comma, a semicolon or "thì" between two clauses. */
const CLAUSE_BREAK = /[,;]|\sthì(?![\p{L}\p{M}])/u;
/** Words that turn from a goal or a forecast to what has been done ("đến nay", "thực tế", "nhưng"…). */
const DONE_TURN = /(?<![\p{L}\p{M}])(?:đến nay|tới nay|hiện nay|thực tế|nhưng|tuy nhiên)(?![\p{L}\p{M}])/iu;

/**
 * The text before a figure in its sentence (`before`) turns from the goal or forecast of the last of `words`
 * to what has been done: a clause break after that word, then a turn word (see DONE_TURN) — "mục tiêu đến năm
 * 2015 hỗ trợ cho 500.000 gia đình có nhà ở, thì tôi rất mừng là đến nay … đã tổng kết … hỗ trợ 531.000 hộ
 * nghèo": 531.000 is reported, 500.000 the goal. Without a turn word ("Mục tiêu năm 2014 là GDP tăng 5,8%,
 * lạm phát khoảng 7%") every figure after the word stays its.
 */
function turnedToDone(before: string, words: RegExp): boolean {
  let last = -1;
  for (const m of before.matchAll(words)) last = (m.index ?? 0) + m[0].length;
  if (last < 0) return false;
  const rest = before.slice(last);
  const brk = CLAUSE_BREAK.exec(rest);
  return brk !== null && DONE_TURN.test(rest.slice(brk.index));
}
const GOAL_WORDS_ALL = new RegExp(GOAL_WORDS.source, 'giu');
const TARGET_WORDS_ALL = new RegExp(TARGET_WORDS.source, 'giu');

/**
 * Whether a figure of a sentence with goal wording (`goal`, see GOAL_WORDS) is the goal's: not when the
 * sentence turns to what has been done between the last goal word before the figure and the figure (see
 * `turnedToDone`). A goal word only after the figure keeps the sentence's wording.
 */
function goalFigure(p: Passage, f: Figure, goal: boolean, ctx: AnalysisContext): boolean {
  if (!goal) return false;
  const before = (ctx.articles.get(p.articleId) as Article).text.slice(p.start, f.spanStart);
  return !turnedToDone(before, GOAL_WORDS_ALL);
}

/** Scopes, names and target wording of a passage, read once per sentence text. */
function wordsOf(p: Passage, ctx: AnalysisContext): Words & { target: boolean; goal: boolean; ceiling: boolean } {
  let w = p.words;
  if (!w) {
    w = p.common.words;
    if (!w) {
      const text = (ctx.articles.get(p.articleId) as Article).text.slice(p.start, p.end);
      p.common.words = w = { scopes: scopes(text), names: names(text), target: TARGET_WORDS.test(text), goal: GOAL_WORDS.test(text), ceiling: CEILING_WORDS.test(text) };
    }
    p.words = w;
  }
  return w;
}

function differentWords(a: Words, b: Words): boolean {
  const sa = a.scopes;
  const sb = b.scopes;
  if (sa.size > 0 && sb.size > 0 && !someIn(sa, (x) => sb.has(x))) return true;
  return namesOnlyIn(a.names, b.names) && namesOnlyIn(b.names, a.names);
}

function someIn(set: ReadonlySet<string>, test: (x: string) => boolean): boolean {
  for (const x of set) if (test(x)) return true;
  return false;
}

/** The names of an article's text (see `names`), read once per article. */
const namesByArticle = new WeakMap<Article, Set<string>>();
function articleNames(article: Article): Set<string> {
  let set = namesByArticle.get(article);
  if (!set) namesByArticle.set(article, (set = names(article.text)));
  return set;
}

/** A name as its words, one space apart, padded: " theo oppo " ("TP.HCM" is " tp hcm "). */
function spaced(name: string): string {
  return ` ${name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').join(' ')} `;
}

/** Place names (provinces, countries) as `spaced` runs of words. */
const PLACES = [...PLACE_NAMES_LOWER].map(spaced);

/** A name that is or holds a place ("hải phòng", "thành phố hải phòng"): whatever else is named, its own. */
function isPlace(name: string): boolean {
  const s = spaced(name);
  return PLACES.some((p) => s.includes(p));
}

/**
 * The names of `own` that `other` does not give: a name of `other` holding it as whole words gives it
 * ("theo oppo" gives "oppo"); a shorter or merely overlapping one does not ("hà" or "hàn quốc" does
 * not give "hà giang"). Places stay: a report of a storm or a budget names every province all through.
 */
function unnamedIn(own: ReadonlySet<string>, other: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of own) {
    const sx = spaced(x);
    if (x.startsWith(GIVEN)) continue;
    if (isPlace(x) || !someIn(other, (y) => spaced(y).includes(sx) || wordsWithin(x, y))) out.add(x);
  }
  return out;
}

/**
 * The name `x` is the name `y` in another order or in part, both written without Vietnamese letters or
 * diacritics: a foreign name with its family name moved to the other end (`rotationOf`: "chong wei feng"
 * / "wei feng chong", "feng chong" / "chong wei feng"), the rule `nameKey` pairs reports by. A Vietnamese
 * name in another order is another person or place ("tuấn anh" / "anh tuấn", "tân bình" / "bình tân"),
 * and so are two-word names and swapped given names ("minh anh" / "anh minh", "kim min ji" / "kim ji min").
 */
function wordsWithin(x: string, y: string): boolean {
  if (NOT_ASCII.test(x) || NOT_ASCII.test(y)) return false;
  const words = (z: string) => z.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return rotationOf(words(x), words(y));
}
/** A character outside ASCII: a Vietnamese letter or diacritic. */
const NOT_ASCII = /[^\p{ASCII}]/u;

/** `own` holds a name that `other` neither has nor contains nor is contained in (nor has its words in another order). */
function namesOnlyIn(own: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  for (const x of own) {
    if (x.startsWith(GIVEN) || other.has(x) || someIn(other, (y) => !y.startsWith(GIVEN) && (y.includes(x) || x.includes(y) || wordsWithin(x, y) || wordsWithin(y, x)))) continue;
    // A code of common words the other sentence spells out ("NSNN" / "ngân sách nhà nước"), unless that
    // sentence writes another such code of its own ("BHXH" / "Bảo hiểm xã hội Việt Nam … BHYT").
    if (other.has(GIVEN + x) && !someIn(other, (y) => y !== x && !own.has(y) && commonWordsCode(y) !== null)) continue;
    return true;
  }
  return false;
}

/** A marker (channel, level, outcome…) in one sentence's unaligned words that the other sentence lacks. */
function addsQualifier(gaps: readonly string[], otherGaps: readonly string[]): boolean {
  const own = qualifiersIn(gaps.join(' | '));
  if (own.length === 0) return false;
  const other = new Set(qualifiersIn(otherGaps.join(' | ')));
  return own.some((q) => !other.has(q));
}

/** Both sentences say which level (channel, outcome…) they speak of, and they say different ones. */
export function markersClash(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) {
    if (b.includes(x)) continue;
    const dim = x.slice(0, x.indexOf(':') + 1);
    if (dim && b.some((y) => y.startsWith(dim)) && !a.some((z) => z !== x && b.includes(z) && z.startsWith(dim))) return true;
  }
  return false;
}

function isYear(f: Figure): boolean {
  return f.year && f.qualifier === 'exact';
}

function timeOf(article: Article | undefined): number | null {
  return publishedTime(article?.publishedAt);
}

/**
 * Whether two articles were published less than NEAR_HOURS apart. A date-only article is its whole day
 * (its hour is unknown): the gap is from the end of its day to a later report, or none when the other
 * report came out that day. Two date-only articles: the same day only (nothing says that two days'
 * reports came out close to midnight).
 */
function nearInTime(a: Article, ta: number, b: Article, tb: number): boolean {
  const da = dateOnly(a.publishedAt);
  const db = dateOnly(b.publishedAt);
  if (da && db) return ta === tb;
  const endA = da ? ta + 86_400_000 : ta;
  const endB = db ? tb + 86_400_000 : tb;
  const gap = Math.max(0, tb - endA, ta - endB);
  return gap < NEAR_HOURS * 3_600_000;
}

function claimAt(ctx: AnalysisContext, articleId: string, f: Figure): Claim | null {
  const list = ctx.claimsByArticle.get(articleId);
  if (!list) return null;
  // Claims are sorted by start: the covering one starts at or before the digits.
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Claim).start <= f.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = found; k >= 0 && k >= found - 3; k--) {
    const c = list[k] as Claim;
    if (c.start <= f.start && c.end >= f.end) return c;
  }
  return null;
}

/**
 * The sides made for a figure, kept while its article and its article's claim list are the same
 * objects (an edit replaces the list, see FindingsAnalysis.updateClaims): a passage's figure is one
 * side of every finding that compares it (each report of a template sentence against several others),
 * so those findings share one side object (and one sentence object per passage) instead of a copy
 * each. Read, never changed: the findings hold them as their facts.
 *
 * The caches belong to one analysis (keyed by its context): two analyses of the same stored articles
 * never hand out the same objects (a finding changed by whoever holds it shows nowhere else), and
 * the sides die with their analysis and the findings that hold them.
 */
interface SideCaches {
  sides: WeakMap<Figure, { article: Article; claims: readonly Claim[] | undefined; side: PassageSide }>;
  sentences: WeakMap<Passage, { text: string; sentence: PassageSide['sentence'] }>;
  /** The names written around a figure (see `nearNames`), read once per figure and article text. */
  near: WeakMap<Figure, { text: string; names: Set<string> }>;
}
const cachesByContext = new WeakMap<AnalysisContext, SideCaches>();

function cachesOf(ctx: AnalysisContext): SideCaches {
  let caches = cachesByContext.get(ctx);
  if (!caches) cachesByContext.set(ctx, (caches = { sides: new WeakMap(), sentences: new WeakMap(), near: new WeakMap() }));
  return caches;
}

function sentenceOf(p: Passage, article: Article, ctx: AnalysisContext): PassageSide['sentence'] {
  const { sentences } = cachesOf(ctx);
  const known = sentences.get(p);
  if (known && known.text === article.text) return known.sentence;
  const sentence = { start: p.start, end: p.end, text: article.text.slice(p.start, p.end) };
  sentences.set(p, { text: article.text, sentence });
  return sentence;
}

function side(p: Passage, f: Figure, ctx: AnalysisContext, second: number | null = null, span: TextRange | null = null): PassageSide {
  const article = ctx.articles.get(p.articleId) as Article;
  const claims = ctx.claimsByArticle.get(p.articleId);
  if (span !== null) return makeSide(p, f, ctx, article, null, span);
  if (second === null) {
    const { sides } = cachesOf(ctx);
    const known = sides.get(f);
    if (known && known.article === article && known.claims === claims) return known.side;
    const made = makeSide(p, f, ctx, article, null);
    sides.set(f, { article, claims, side: made });
    return made;
  }
  return makeSide(p, f, ctx, article, second);
}

function makeSide(p: Passage, f: Figure, ctx: AnalysisContext, article: Article, second: number | null, span: TextRange | null = null): PassageSide {
  const claim = claimAt(ctx, p.articleId, f);
  // A score ("21-18") is quoted whole, and so is a pair of figures joined on both sides (see `joinedPair`).
  const start = span?.start ?? f.spanStart;
  const end = span?.end ?? (second === null ? f.spanEnd : spanOfScore(article.text, f.spanEnd));
  const quote = article.text.slice(start, end);
  return {
    claimId: claim?.id ?? null,
    articleId: p.articleId,
    quote,
    date: article.publishedAt,
    outlet: article.outlet,
    sentence: sentenceOf(p, article, ctx),
    figure: { start, end, quote, value: f.value },
  };
}

type TextRange = { start: number; end: number };

/**
 * The two figures a figure stands in when the passage joins it to one other figure by a slash or a dash
 * ("dẫn trước 14/12", "25.000/30.000 đồng", "tỷ số 21-16", "cứ 3/1.000 trẻ em"), from the first one's
 * quoted start (a qualifier kept) to the second one's end; null for a lone figure and for a run of three
 * ("16/32/64GB"). The figures are the passage's own, so a number is read whole ("30.000", not "30").
 */
function joinedPair(text: string, p: Passage, f: Figure): TextRange | null {
  const joined = (x: Figure, y: Figure): boolean => y.token === x.token + 2 && /^\s*[-–/]\s*$/u.test(text.slice(x.end, y.start));
  const at = p.figures.indexOf(f);
  const before = p.figures[at - 1];
  const after = p.figures[at + 1];
  const tied = (i: number): boolean => {
    const x = p.figures[i];
    const y = p.figures[i + 1];
    return x !== undefined && y !== undefined && joined(x, y);
  };
  if (after !== undefined && joined(f, after) && !(before !== undefined && joined(before, f)) && !tied(at + 1)) return { start: f.spanStart, end: after.spanEnd };
  if (before !== undefined && joined(before, f) && !tied(at - 2) && !(after !== undefined && joined(f, after))) return { start: before.spanStart, end: f.spanEnd };
  return null;
}

/**
 * The quotes of a changed figure in two aligned sentences: each pair of joined figures whole when both
 * sentences join it ("21/17" khác "21-16", "6/14" thành "6/28"), else each figure alone — "17" khác "16"
 * rather than a pair beside a lone number.
 */
function pairSpans(early: Passage, fe: Figure, late: Passage, fl: Figure, ctx: AnalysisContext): [TextRange | null, TextRange | null] {
  const te = (ctx.articles.get(early.articleId) as Article).text;
  const tl = (ctx.articles.get(late.articleId) as Article).text;
  const a = joinedPair(te, early, fe);
  const b = a === null ? null : joinedPair(tl, late, fl);
  return a !== null && b !== null ? [a, b] : [null, null];
}

/** Where the second number of a score ends, from the end of its first number. */
function spanOfScore(text: string, from: number): number {
  const m = /^\s*[-–]\s*\d+/u.exec(text.slice(from, from + 12));
  return m ? from + m[0].length : from;
}

/** `cut`: the figures are one cut off from the other as re-worded reports of one event do (see `cutOffAgrees`). */
function change(c: Counterpart, cut = false): { change: 'value' | 'qualifier' | 'rounding'; severity: Severity } {
  if (sameValue(c.a, c.b)) return { change: 'qualifier', severity: 'low' };
  if (roundingApart(c.a, c.b) || cut) return { change: 'rounding', severity: 'low' };
  // "hơn 3,4 triệu" vs "hơn 3,1 triệu": both bounds, both may hold — a note, not an alarm.
  if (c.a.qualifier !== 'exact' && c.a.qualifier === c.b.qualifier && c.a.qualifier !== 'approx') return { change: 'value', severity: 'low' };
  return { change: 'value', severity: 'high' };
}

/**
 * Below this similarity, re-worded sentences that share a figure or two are more often two statements
 * of one topic ("lãi 56,6 tỷ" / "lãi 50,5 tỷ" of two periods) than one statement re-worded.
 */
const REWORDED_SIMILARITY = 0.33;
/**
 * Pairs of passages (or same-event matches) made into drafts between two steps of the staged analysis
 * (a power of two): some 0.15 ms a pair on a newsroom's workspace.
 */
export const PAIRS_PER_STEP = 32;
/** Articles whose event keys (or pairing names) are read between two steps: some 0.3 ms an article. */
const ARTICLES_PER_STEP = 16;
/**
 * Work between two steps of the same-event comparison: a pair of articles counts 1, one whose
 * sentences are matched (it shares enough keys) EVENT_MATCH_WORK.
 */
const EVENT_WORK_PER_STEP = 32;
const EVENT_MATCH_WORK = 8;
/** Articles of figures' (and names') lists sorted between two steps of eventPartnersStaged. */
const EVENT_LIST_ITEMS_PER_STEP = 4096;

/** Word bigrams a sentence needs before its similarity alone can say it was copied. */
const COPY_MIN_SHINGLES = 6;

/**
 * Whether two sentences are one sentence copied: similar enough, and long enough for the similarity to
 * mean something ("Gió Đông Bắc cấp 2 - 3" is every region's line of a weather bulletin).
 */
export function isCopy(pair: AlignedPair): boolean {
  return pair.similarity >= COPY_SIMILARITY && Math.min(pair.a.shingles.length, pair.b.shingles.length) >= COPY_MIN_SHINGLES;
}

/**
 * A short line too short for its similarity to say it was copied ("Số người chết: 12."), worded the
 * same (numbers masked) in two articles that copy each other: it was copied with them, and a figure
 * changed in it is a figure changed in the copy.
 */
function shortLineCopied(pair: AlignedPair, ctx: AnalysisContext, copies: CopyPairs | undefined): boolean {
  if (copies === undefined || pair.similarity < 1 || pair.a.articleId === pair.b.articleId) return false;
  if (!sameTokens(pair.a.tokens, pair.b.tokens)) return false;
  // "Nguồn: 12301039.epi": a run of five digits or more with no separator is an identifier, no figure.
  for (const p of [pair.a, pair.b]) {
    const text = (ctx.articles.get(p.articleId) as Article).text;
    if (p.figures.some((f) => f.end - f.start >= 5 && /^\d+$/u.test(text.slice(f.start, f.end)))) return false;
  }
  return copies.has(articlePairKey(pair.a.articleId, pair.b.articleId));
}

/** A passage's figures other than dates and times, by value; read once. */
function valueFigures(p: Passage): Figure[] {
  let list = p.values;
  if (!list) p.values = list = p.figures.filter((f) => !f.calendar).sort((x, y) => x.value - y.value);
  return list;
}

/**
 * The two sentences give the same figures, as many times each (value and qualifier), in any order.
 * Values equal to the finer one's rounding ("45 nghìn tỷ" / "45.000 tỷ", "2,30" / "2,3"): a coarser
 * figure's rounding would pair the sorted lists crosswise ("0,5%" … "1 tháng" beside "1 tháng" …
 * "1,5%": 0,5 within the rounding of 1, 1 within that of 1,5) and hide the figure changed.
 */
function sameFigures(a: Passage, b: Passage): boolean {
  const fa = valueFigures(a);
  const fb = valueFigures(b);
  if (fa.length !== fb.length) return false;
  for (let i = 0; i < fa.length; i++) {
    const f = fa[i] as Figure;
    const g = fb[i] as Figure;
    if (Math.abs(f.value - g.value) > Math.min(f.tolerance, g.tolerance) + 1e-9 * Math.max(1, Math.abs(f.value)) || f.qualifier !== g.qualifier) return false;
  }
  return true;
}

/** The figure is a percentage ("5%", "5 phần trăm"). */
function isPercent(p: Passage, f: Figure): boolean {
  const next = p.tokens[f.token + 1];
  if (next === undefined) return false;
  const w = wordOf(next);
  return w === '%' || (w === 'phan' && p.tokens[f.token + 2] !== undefined && wordOf(p.tokens[f.token + 2] as number) === 'tram');
}

/** Period words that name a moment before a number and a length after it: "tháng 9" / "9 tháng". */
const PERIOD_WORDS = new Set(['thang', 'quy', 'tuan', 'ngay', 'nam']);

/**
 * The periods a sentence names around its numbers, as "thang>9" (the month 9, "tháng 9") or "9<thang"
 * (nine months, "9 tháng"); read from the tokens.
 */
function periodsOf(p: Passage): Set<string> {
  const out = new Set<string>();
  for (const f of p.figures) {
    const before = f.token > 0 ? wordOf(p.tokens[f.token - 1] as number) : undefined;
    const after = p.tokens[f.token + 1] !== undefined ? wordOf(p.tokens[f.token + 1] as number) : undefined;
    if (before !== undefined && PERIOD_WORDS.has(before)) out.add(`${before}>${f.value}`);
    if (after !== undefined && PERIOD_WORDS.has(after)) out.add(`${f.value}<${after}`);
  }
  return out;
}

/** A period of `periodsOf` read the other way: "thang>9" (the month 9) as "9<thang" (nine months), and back. */
function flip(x: string): string {
  const i = x.indexOf('>');
  return i >= 0 ? `${x.slice(i + 1)}<${x.slice(0, i)}` : `${x.slice(x.indexOf('<') + 1)}>${x.slice(0, x.indexOf('<'))}`;
}

/** One sentence names a moment ("trong tháng 9") where the other names a length ("trong 9 tháng"), or back. */
function periodsClash(a: Passage, b: Passage): boolean {
  const pa = periodsOf(a);
  if (pa.size === 0) return false;
  const pb = periodsOf(b);
  for (const x of pa) if (!pb.has(x) && pb.has(flip(x))) return true;
  for (const x of pb) if (!pa.has(x) && pa.has(flip(x))) return true;
  return false;
}

/** A figure neither a date nor a time nor already lined up with its equal (see `crosswise`). */
function free(g: Figure, settled: ReadonlySet<Figure>): boolean {
  return !g.calendar && !settled.has(g);
}

/** Each value of the counterpart `c` is still in the other sentence, at a figure still free (see pairDrafts). */
function crosswise(c: Counterpart, a: Passage, b: Passage, settled: ReadonlySet<Figure>): boolean {
  return b.figures.some((g) => free(g, settled) && sameValue(c.a, g)) && a.figures.some((g) => free(g, settled) && sameValue(c.b, g));
}

/** The findings of one aligned pair: they read the text, and the claims only to name them (see `claimAt`). */
export function pairDrafts(aligned: AlignedPair, ctx: AnalysisContext, copies?: CopyPairs, stars?: StarPlaces): FindingDraft[] {
  if ('event' in aligned) return eventDrafts(aligned as EventMatch, ctx);
  const copy = isCopy(aligned) || shortLineCopied(aligned, ctx, copies);
  // Cheap refusals first: the line-up of the words is the costly part.
  if (!copy && aligned.similarity < REWORDED_SIMILARITY) return [];
  if (sameFigures(aligned.a, aligned.b)) return [];
  const wa = wordsOf(aligned.a, ctx);
  const wb = wordsOf(aligned.b, ctx);
  // "phấn đấu đạt hơn 70%" and "đạt 65%": a target and a result, not one figure twice.
  if (wa.target !== wb.target) return [];
  // The same wording about two places, two scopes or two years is two facts.
  if (differentWords(wa, wb)) return [];
  // Named fields, not an object spread: this runs for every aligned pair.
  const line = lineUp(aligned.a, aligned.b, true, ctx.matches);
  const pair = { a: aligned.a, b: aligned.b, similarity: aligned.similarity, counterparts: line.counterparts, gapsA: line.gapsA, gapsB: line.gapsB, substituted: line.substituted };
  // Two years that differ in the same place: the same wording about two years is two facts. (The
  // refusals below are pure: the cheapest go first.)
  if (pair.counterparts.some((c) => !c.equal && isYear(c.a) && isYear(c.b))) return [];
  // Between outlets that re-word a passage, "khoảng 1,96 tỷ" and "1,96 tỷ", or "1.496" and "hơn 1.500",
  // agree; in a copy of one sentence, a changed qualifier or a rounded figure is an edit worth a note.
  // A copy that writes the number differently ("gần 45.000 tỷ" / "45 nghìn tỷ") is a re-worded report.
  // Figures listed in another order ("7 mã tăng, 18 mã giảm và 5 mã đứng giá" / "7 mã tăng, 5 mã đứng
  // giá và 18 mã giảm") line up crosswise: each value is still in the other sentence.
  // Figures that already have their equal counterpart ("số 1" in both) are not free to match crosswise.
  const settled = new Set<Figure>();
  for (const c of pair.counterparts) {
    if (!c.equal) continue;
    settled.add(c.a);
    settled.add(c.b);
  }
  const moved = pair.counterparts.filter(
    (c) => !c.equal && (change(c).change === 'value' || (copy && c.a.written === c.b.written)) && (sameValue(c.a, c.b) || !crosswise(c, pair.a, pair.b, settled)) && (copy || !cutOffPair(pair.a, c.a, pair.b, c.b)),
  );
  // A percentage lined up with a bare count ("tăng 5%" / "tại 200 điểm thi") is two figures, not one
  // changed: never raised, but still a figure that moved when the passage's figures are weighed below.
  const differing = moved.filter((c) => isPercent(pair.a, c.a) === isPercent(pair.b, c.b) && !overlappingRanges(c, pair.a, pair.b, pair.counterparts, ctx));
  if (differing.length === 0) return [];
  // "giảm 12% trong tháng 9" and "giảm 4% trong 9 tháng": a month and nine months are two periods.
  if (periodsClash(pair.a, pair.b)) return [];
  const anchors = pair.counterparts.filter((c) => c.equal).length;
  // The same template about two things ("tỷ lệ hồ sơ … đạt 45%" / "tỷ lệ thanh toán … đạt 52%"): a
  // phrase replaced by another, and no figure other than a year holding the two together (a year
  // that agrees says they speak of the same year, not that they give the same figures). Unless the two
  // sentences name the same things (see `namesAlike`): then the phrase replaced is their own lead-in.
  if (pair.substituted && pair.counterparts.every((c) => !c.equal || isYear(c.a)) && !namesAlike(pair.a, pair.b, ctx)) return [];
  // Re-worded sentences are the same passage only when figures that agree hold them together, and
  // more of them agree than differ (two lists of different stocks share their wording, not their values).
  if (!copy && (pair.similarity < REWORDED_SIMILARITY || anchors === 0 || moved.length > anchors)) return [];
  // "cấp huyện" in one, "cấp xã" in the other: the same kind of marker with another value.
  if (markersClash(markersOf(pair.a), markersOf(pair.b))) return [];
  // The first leg of a tie in one, the second in the other: two matches.
  if (legsClash(pair.a, pair.b, ctx)) return [];
  // What one sentence adds that makes its figure another one ("cấp huyện", "trực tuyến", "xuất khẩu")
  // and the other sentence never says.
  const gapsA = gapWords(pair.a, pair.gapsA);
  const gapsB = gapWords(pair.b, pair.gapsB);
  if (addsQualifier(gapsA, gapsB) || addsQualifier(gapsB, gapsA)) return [];
  const articleA = ctx.articles.get(pair.a.articleId);
  const articleB = ctx.articles.get(pair.b.articleId);
  const ta = timeOf(articleA);
  const tb = timeOf(articleB);
  // Earlier article first; equal or unknown times go by article id, so input order does not matter.
  const bFirst = ta !== null && tb !== null && ta !== tb ? tb < ta : pair.b.articleId < pair.a.articleId;
  const [early, late] = bFirst ? [pair.b, pair.a] : [pair.a, pair.b];
  const swapped = early !== pair.a;
  const tEarly = swapped ? tb : ta;
  const tLate = swapped ? ta : tb;
  const later = tEarly !== null && tLate !== null && tLate > tEarly;
  const earlyCues = cuesOf(early, ctx);
  const newCue = [...cuesOf(late, ctx)].find((c) => !earlyCues.has(c));
  // Everything moved (no anchor) or the later sentence speaks of a later moment: a newer figure.
  // A copy with a figure altered keeps most of its figures; a later report of the same template
  // (the afternoon session after the morning one) changes most of them.
  const update = later && (newCue !== undefined || moved.length > anchors);
  const drafts: FindingDraft[] = [];
  // A later report of the same template (the closing session after the morning one) moves every
  // figure: one finding for the passage, not one per figure.
  const template = update && newCue === undefined && differing.length > 1;
  // Except in a star (a sentence repeated by more than STAR_PASSAGES reports, see `Alignment.stars`)
  // when some figure held (anchors): there the cross-source rule leaves every pair at a star position
  // to the star, so a changed figure the update does not name would be flagged by no rule. Every
  // differing figure the star compared is named then. A report moving every figure (the afternoon
  // session after the morning one) stays one finding for the passage: naming each figure of every
  // such report raised 1,000 generated articles' findings 26,929 -> 41,934 (32,852 this way).
  const starred = (c: Counterpart): boolean =>
    anchors > 0 &&
    stars !== undefined &&
    stars.size > 0 &&
    sameStarPlace(stars, { articleId: pair.a.articleId, start: c.a.start, end: c.a.end }, { articleId: pair.b.articleId, start: c.b.start, end: c.b.end });
  for (const c of template ? differing.filter((x, i) => i === 0 || starred(x)) : differing) {
    const fe = swapped ? c.b : c.a;
    const fl = swapped ? c.a : c.b;
    const [spanE, spanL] = pairSpans(early, fe, late, fl, ctx);
    const a = side(early, fe, ctx, null, spanE);
    const b = side(late, fl, ctx, null, spanL);
    const { change: kind, severity } = change(c);
    // "khoảng 42%" (or a forecast) months before "45,5%": the estimate replaced by the figure.
    const estimateReplaced = later && (fe.qualifier === 'approx' || claimAt(ctx, early.articleId, fe)?.modality === 'forecast') && fl.qualifier === 'exact';
    const relation = update || estimateReplaced ? 'update' : 'conflict';
    drafts.push(
      passageDraft({
        relation,
        change: kind,
        severity,
        a,
        b,
        similarity: Math.round(pair.similarity * 100) / 100,
        anchors,
        ...(update && newCue ? { cue: newCue } : {}),
      }),
    );
  }
  return drafts;
}

/** One sentence names the first leg of a tie and the other only the second, or back (see `namedApart`). */
function legsClash(a: Passage, b: Passage, ctx: AnalysisContext): boolean {
  const la = legsOf((ctx.articles.get(a.articleId) as Article).text.slice(a.start, a.end));
  return la.size > 0 && namedApart(la, legsOf((ctx.articles.get(b.articleId) as Article).text.slice(b.start, b.end)));
}

/**
 * The counterpart is an end of two ranges ("khoảng 20 - 30 người" / "khoảng 25 - 35 người") whose two
 * ends both moved but that still share some values, and that are rough estimates: two estimates that
 * agree in part, not figures at odds (see `estimatedRange`). A range moved clear of the other ("2 - 3
 * tỷ" / "4 - 5 tỷ"), one that only touches the other ("4 - 6" / "6 - 8"), or one end changed ("6.000 -
 * 9.000" / "6.000 - 8.000") still differs; so does an exact published band ("phạt tiền từ 4 - 6 triệu
 * đồng" / "5 - 7 triệu đồng").
 */
function overlappingRanges(c: Counterpart, a: Passage, b: Passage, counterparts: readonly Counterpart[], ctx: AnalysisContext): boolean {
  const ra = rangeOf(a, c.a);
  const rb = ra ? rangeOf(b, c.b) : null;
  if (!ra || !rb || (ra.lo === c.a) !== (rb.lo === c.b)) return false;
  // The other ends are counterparts of each other, moved too.
  const [oa, ob] = ra.lo === c.a ? [ra.hi, rb.hi] : [ra.lo, rb.lo];
  const other = counterparts.find((x) => x.a === oa);
  if (!other || other.b !== ob || other.equal || c.equal) return false;
  return estimatesOverlap(ra, a, rb, b, ctx);
}

/**
 * Two ranges of two sentences share some values and are rough estimates (see `overlappingRanges`): they share more
 * than one touching value — ranges that only touch are two bands, unless each is one step of whole numbers ("2 - 3
 * người" / "3 - 4 người"), where that value is half of either —, neither is an exact band and one is an estimate.
 */
function estimatesOverlap(ra: { lo: Figure; hi: Figure }, a: Passage, rb: { lo: Figure; hi: Figure }, b: Passage, ctx: AnalysisContext): boolean {
  const from = Math.max(lowEnd(ra.lo, ra.hi), lowEnd(rb.lo, rb.hi));
  const to = Math.min(ra.hi.value, rb.hi.value);
  if (from > to || (from === to && !(oneStep(ra) && oneStep(rb)))) return false;
  const ka = estimatedRange((ctx.articles.get(a.articleId) as Article).text, a, ra);
  const kb = estimatedRange((ctx.articles.get(b.articleId) as Article).text, b, rb);
  return ka !== 'exact' && kb !== 'exact' && (ka === 'estimate' || kb === 'estimate');
}

/**
 * Two figures the same-event comparison matched are the same ends of two ranges (see sameEvent.ts `rangeEnds`)
 * that `overlappingRanges` would let pass as estimates agreeing in part: both ends moved, the ranges share some
 * values (more than one touching value, unless each is one step), and one is a rough estimate, neither an exact band.
 */
function overlappingEventRanges(x: FigureContext, y: FigureContext, ctx: AnalysisContext): boolean {
  const ra = rangeEnds(x);
  const rb = ra === null ? null : rangeEnds(y);
  if (ra === null || rb === null) return false;
  // (One end the same, the other changed: "6.000 - 9.000" / "6.000 - 8.000" still differ.)
  if (lowEnd(ra.lo, ra.hi) === lowEnd(rb.lo, rb.hi) || ra.hi.value === rb.hi.value) return false;
  return estimatesOverlap(ra, x.passage, rb, y.passage, ctx);
}

/** "2 - 3", "2 - 3 tỷ": a range of two whole numbers one apart, in the upper end's scale (see `lowEnd`). */
function oneStep(r: { lo: Figure; hi: Figure }): boolean {
  const step = scaleOfEnd(r.hi);
  // (Whole in the upper end's scale: "1,5 - 2,5 triệu" is no step whether its lower end is read as written, 1,5, or in
  // that scale, 1.500.000 — the same-event comparison's ends, see sameEvent.ts `scaledLowEnd`; review s77.)
  const lo = lowEnd(r.lo, r.hi);
  return Number.isInteger(Math.round((lo / step) * 1e9) / 1e9) && Math.abs(r.hi.value - lo - step) <= 1e-9 * Math.max(1, r.hi.value);
}

/**
 * Words of a sentence that make a range an exact published band: a fine ("phạt tiền từ 4 - 6 triệu
 * đồng"), a quoted or listed price ("niêm yết", "mua vào - bán ra"), admission scores ("điểm chuẩn",
 * "điểm sàn"), an announced change ("điều chỉnh giảm 300 - 500 đồng/lít").
 */
const EXACT_BAND = /(?:^|[^\p{L}\p{M}])(?:phạt|niêm yết|mua vào|bán ra|điểm chuẩn|điểm sàn|điều chỉnh)(?![\p{L}\p{M}])/iu;
/**
 * Words in the range's clause that mark it as an estimate or a forecast: "khoảng", "chừng", "ước tính",
 * "ước đạt", "ước 1,2 tỷ" (not "hiệp ước", "công ước"), "có thể", "dự báo", "dự kiến".
 */
const ESTIMATE_WORD = /(?:^|[^\p{L}\p{M}])(?:khoảng|chừng|có thể|dự báo|dự kiến|(?<!(?:hiệp|quy|công|điều|giao|khế|mong|thề)[ \t\u00a0]+)ước(?=[ \t\u00a0]+(?:tính|đạt|khoảng|chừng|lượng|\d)))(?![\p{L}\p{M}])/iu;
/** Units after a range that is read as rough without a marker: people and households, degrees and millimetres of weather. */
const ROUGH_UNIT = /^[ \t\u00a0]*(?:người|hộ|công nhân|nạn nhân|độ|mm)(?![\p{L}\p{M}])/iu;

/**
 * How the sentence gives the range `r`: an exact band (see EXACT_BAND, anywhere in the sentence), an
 * estimate (an approximate end, a marker in its clause, see ESTIMATE_WORD, or a count of people or a
 * weather reading, see ROUGH_UNIT), or neither.
 */
function estimatedRange(text: string, p: Passage, r: { lo: Figure; hi: Figure }): 'exact' | 'estimate' | 'plain' {
  const sentence = text.slice(p.start, p.end);
  if (EXACT_BAND.test(sentence)) return 'exact';
  if (r.lo.qualifier === 'approx' || r.hi.qualifier === 'approx') return 'estimate';
  if (ROUGH_UNIT.test(text.slice(r.hi.end, p.end))) return 'estimate';
  const before = text.slice(p.start, r.lo.start);
  const after = text.slice(r.hi.end, p.end);
  let cut = -1;
  for (const mark of [',', ';', ':', '(', ')']) cut = Math.max(cut, before.lastIndexOf(mark));
  const clause = before.slice(cut + 1) + ' ' + after.slice(0, after.search(/[,;:()]|$/u));
  return ESTIMATE_WORD.test(clause) ? 'estimate' : 'plain';
}

/**
 * Two figures of re-worded sentences (never a copy) where one is the other cut off, as outlets give an
 * amount of money (see `cutOffAgrees`: "752.300 tỷ đồng" for "752.370 tỷ đồng"): not a figure moved.
 */
function cutOffPair(pa: Passage, fa: Figure, pb: Passage, fb: Figure): boolean {
  const xa = figureContexts(pa).find((x) => x.origin === fa);
  const xb = xa ? figureContexts(pb).find((x) => x.origin === fb) : undefined;
  return xa !== undefined && xb !== undefined && cutOffAgrees(xa, xb);
}

/**
 * Two sentences that the passage rule takes for one template about two things (see pairDrafts: a
 * phrase swapped for another, no figure but a year agreeing): "… ước đạt 752.370 tỷ đồng" beside
 * "Tổng chi … ước đạt 986.300 tỷ đồng". They decide nothing of each other's figures.
 */
function twoThings(p: AlignedPair, memo?: MatchMemo): boolean {
  const line = lineUp(p.a, p.b, true, memo);
  return line.substituted && line.counterparts.every((c) => !c.equal || isYear(c.a));
}

/** Key of an unordered pair of articles. */
export function articlePairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Copied sentences from which two articles count as one text republished (possibly edited). */
const COPY_PASSAGES = 3;

/** Pairs of articles (by `articlePairKey`) that copy each other, asked one pair at a time. */
export interface CopyPairs {
  has(key: string): boolean;
  /** `has(articlePairKey(a, b))`, without the key string (asked for every candidate pair of the same-event pass). */
  hasPair(a: string, b: string): boolean;
}

/** No pairs of articles copy each other (fewer than two articles). */
export const NO_COPIES: CopyPairs = { has: () => false, hasPair: () => false };

export interface AlignedResult {
  /** The aligned sentence pairs, and the findings each raises (same index). */
  pairs: AlignedPair[];
  drafts: FindingDraft[][];
  /**
   * Pairs of articles that copy each other: their figures are compared counterpart to counterpart
   * here, so the fact matcher must not pair one sentence's figure with another sentence's.
   */
  copies: CopyPairs;
  /** The figures compared as a star (see `Alignment.stars`). */
  stars: StarPlaces;
}

export function alignedPassageDrafts(ctx: AnalysisContext): AlignedResult {
  return finish(alignedPassageDraftsStaged(ctx));
}

/** alignedPassageDrafts in slices (see alignmentStaged): the same result. */
/**
 * What the aligned-passage and same-event rules read of the articles alone — their texts, ids and
 * publication times, never a claim: the alignment (aligned pairs, stars, the sentences two articles
 * share), which articles copy each other, and the same-event matches. Claims only name the figures
 * of a pair (see `pairDrafts`), so an analysis whose claims changed but whose articles did not (a
 * re-extraction, reviews that reject or restore claims, a full analysis after an edit) aligns nothing
 * again: it reads this from the analysis before it (see `keptTextSide`).
 */
interface TextSide {
  alignment: Alignment;
  copies: CopyPairs;
  events: readonly EventMatch[];
  /** The articles it was read from, in order, with the fields it read as they were then. */
  articles: readonly Article[];
  read: ReadonlyArray<readonly [string, string, string | null]>;
}

/**
 * The text side of the last analysis of an article list, by the list's first article (a workspace's
 * articles: dropped with them, as the passages are). One per workspace: a list of other articles
 * replaces it.
 */
const textSides = new WeakMap<Article, TextSide>();

/** The fields of an article the text side reads (see TextSide). */
const readOf = (a: Article): readonly [string, string, string | null] => [a.id, a.text, a.publishedAt];

/**
 * The text side kept for exactly these articles — the same objects in the same order, each with the
 * id, text and publication time it had then (an article changed in place is read again) — or null.
 */
export function keptTextSide(articles: readonly Article[]): TextSide | null {
  const first = articles[0];
  const kept = first === undefined ? undefined : textSides.get(first);
  if (kept === undefined || kept.articles.length !== articles.length) return null;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i] as Article;
    const [id, text, publishedAt] = kept.read[i] as readonly [string, string, string | null];
    if (a !== kept.articles[i] || a.id !== id || a.text !== text || a.publishedAt !== publishedAt) return null;
  }
  return kept;
}

/** The alignment of these articles and which of them copy each other, in steps (see alignmentStaged). */
function* alignedTextStaged(articles: readonly Article[], ctx: AnalysisContext): Generator<void, { alignment: Alignment; copies: CopyPairs }> {
  const alignment = yield* alignmentStaged(articles, ctx.matches);
  yield;
  // Whether two articles copy each other: the copied sentences they share (every sentence of one shape
  // in both, and sentences aligned as copies), counted when first asked for that pair of articles —
  // thousands of republished copies of one story are millions of pairs of articles, never listed.
  // Answers kept by a number per pair of articles (their places in `articles`), not by the key string:
  // the cross-source rule asks for every pair of articles it compares.
  const place = new Map<string, number>();
  articles.forEach((a, i) => place.set(a.id, i));
  const known = new Map<number, boolean>();
  // (x, y: the two ids in the order of their key, see `articlePairKey`.)
  const copied = (x: string, y: string): boolean => {
    const px = place.get(x);
    const py = place.get(y);
    const at = px === undefined || py === undefined ? undefined : px * articles.length + py;
    let is = at === undefined ? undefined : known.get(at);
    if (is === undefined) {
      let n = 0;
      for (const p of alignment.between(x, y, COPY_SIMILARITY, { test: isCopy, count: COPY_PASSAGES })) if (isCopy(p) && ++n >= COPY_PASSAGES) break;
      is = n >= COPY_PASSAGES;
      if (at !== undefined) known.set(at, is);
    }
    return is;
  };
  const copies: CopyPairs = {
    has(key: string): boolean {
      const cut = key.indexOf('\u0000');
      return copied(key.slice(0, cut), key.slice(cut + 1));
    },
    hasPair(a: string, b: string): boolean {
      return a < b ? copied(a, b) : copied(b, a);
    },
  };
  return { alignment, copies };
}

/**
 * The same-event matches of these articles (see sameEventPairs), in steps: the sentences the passage
 * rule decides are left to it.
 */
function* eventsStaged(alignment: Alignment, copies: CopyPairs, ctx: AnalysisContext): Generator<void, EventMatch[]> {
  ctx.progress?.phase('eventPairing');
  const pairs = alignment.pairs;
  // Sentences the passage alignment decided, each for the other article: those close enough to a
  // sentence there to line up word for word (similarity at least REWORDED_SIMILARITY). Their figures
  // have their counterparts — except in one template about two things ("thu … ước đạt 752.370 tỷ" /
  // "Tổng chi … ước đạt 986.300 tỷ"), which the passage rule refuses: the alignment chose the wrong
  // sentence, and each one's counterpart may stand elsewhere in the other article. A pair
  // aligned below that similarity (through shared figures) that raises findings is not among them.
  // The same-event comparison of two articles asks only for their own sentences' keys, made for a pair
  // of articles just before it is compared.
  // A sentence the passage rule never compared with any other (its alignment's value classes chose
  // other members: "từ 4,8% GDP lên 6,3% GDP" beside reports that all say 5,3%) decides nothing either.
  // Compared with the other article's sentences, that is: a third article's copy compared with it does
  // not decide it for this pair (the findings of a pair do not depend on the rest of the workspace).
  const compared = new DecidedSentences();
  for (const p of pairs) {
    compared.add(p.a, p.b.articleId);
    compared.add(p.b, p.a.articleId);
  }
  yield;
  const raised = new DecidedSentences();
  const raiseFor = (a: string, b: string): void => {
    for (const p of alignment.between(a, b, REWORDED_SIMILARITY)) {
      // A template about two things decides nothing: either sentence may have its counterpart elsewhere.
      if (twoThings(p, ctx.matches)) continue;
      if (compared.has(p.a, b)) raised.add(p.a, b);
      if (compared.has(p.b, a)) raised.add(p.b, a);
    }
  };
  return yield* sameEventPairs(copies, raised, raiseFor, ctx);
}

export function* alignedPassageDraftsStaged(ctx: AnalysisContext): Generator<void, AlignedResult> {
  const articles = [...ctx.articles.values()];
  if (articles.length < 2) return { pairs: [], drafts: [], copies: NO_COPIES, stars: new Map() };
  const kept = keptTextSide(articles);
  // (Read in the order an analysis without it reads: the alignment, its pairs' findings, then the
  // same-event matches. Kept only once whole: an analysis abandoned midway keeps nothing.)
  const read = kept === null ? articles.map(readOf) : kept.read;
  ctx.progress?.phase('alignment');
  const { alignment, copies } = kept ?? (yield* alignedTextStaged(articles, ctx));
  ctx.progress?.phase('pairDrafts');
  // (A copy: the analysis adds the same-event matches to its own list, see FindingsAnalysis.)
  const pairs: AlignedPair[] = [...alignment.pairs];
  const drafts: FindingDraft[][] = [];
  for (const p of pairs) {
    countWork('pairDrafts');
    drafts.push(pairDrafts(p, ctx, copies, alignment.stars));
    if ((drafts.length & (PAIRS_PER_STEP - 1)) === 0) {
      ctx.progress?.at(drafts.length, pairs.length);
      yield;
    }
  }
  const events = kept?.events ?? (yield* eventsStaged(alignment, copies, ctx));
  if (kept === null) textSides.set(articles[0] as Article, { alignment, copies, events, articles, read });
  ctx.progress?.phase('eventDrafts');
  for (const [i, p] of events.entries()) {
    countWork('pairDrafts');
    pairs.push(p);
    drafts.push(pairDrafts(p, ctx));
    if ((drafts.length & (PAIRS_PER_STEP - 1)) === 0) {
      // (The drafts that cannot stand, left out after this, are this phase's last part.)
      ctx.progress?.at(i, events.length * 1.5);
      yield;
    }
  }
  return { pairs, drafts, copies, stars: alignment.stars };
}

/** How far around a figure a name is taken as the figure's own (characters). */
const NEAR_CHARS = 40;
/** A character of a word or a name written with dots or dashes ("TP.HCM", "FA-50"). */
const IN_WORD = /[\p{L}\p{M}\p{N}.-]/u;
/** Days apart beyond which two articles are not taken as reports of one event. */
const EVENT_DAYS = 7;
/** Telling figures and names two articles share at least to count as reports of one event. */
const EVENT_FIGURES = 2;
const EVENT_NAMES = 2;
/**
 * Articles of the week after an article's that may give one figure value for the figure to pair it
 * with them. A figure given by more articles than this within a week ("100%", a rate every bulletin
 * repeats) tells no event from that article on: it pairs none of them (not its first few in time
 * order, which importing more coverage would change); two articles are still paired through any other
 * figure they share. Far above the coverage of one event (dozens of reports), it bounds the work.
 */
const FIGURE_CROWD = 400;

/**
 * Names two articles share at least to be taken as reports of one event by their names alone (see
 * `inCommon`): names that are no province and not common in the workspace.
 */
const NAMES_PAIR = 5;
/**
 * A name given by more articles of the workspace than this is common there (a ministry, a government,
 * a league): it tells no event. (A name's weight by how rare it is in the workspace, read as all or
 * nothing.)
 */
const NAME_CROWD = 20;
/** Figures given alike that two articles paired by names need (see eventMatches). */
const NAMES_ANCHORS = 0;
/** Pairing names two reports share at least to be compared as 'near' (see `inCommon`), with EVENT_NAMES names. */
const NEAR_NAMES = 3;
/**
 * Hours apart within which two 'near' reports (see `inCommon`) are compared: the evening's report and
 * the next morning's, not two days' market reports of the same firms (a day apart).
 */
const NEAR_HOURS = 18;

/** Provinces, folded, as `spaced` runs of words. */
const FOLDED_PROVINCES = PROVINCES.map((p) => spaced(fold(p.toLowerCase())));

/**
 * A folded name that cannot pair two reports by itself: a province or a name holding one ("quang
 * ninh", "ubnd tinh quang ninh": every province's report of a campaign names them), or the source
 * line's "Nguồn". (A country stays: "U21 Việt Nam", "Malaysia" are the teams of a match.)
 */
function namesPlace(name: string): boolean {
  if (name === 'nguon') return true;
  const s = spaced(name);
  return FOLDED_PROVINCES.some((p) => s.includes(p));
}

/**
 * Whether two articles share enough to be taken as reports of one event, from their numbered keys
 * (see sameEventPairs: a figure's number is odd), sorted: 'figures' when they share at least
 * EVENT_FIGURES telling figures and EVENT_NAMES names; 'names' when their pairing names (see
 * `pairingNames`, numbered, sorted, only the `telling` ones: `pa`, `pb`) share NAMES_PAIR (reports that
 * give their figures otherwise, or whose one shared figure was changed: the players and teams of a
 * match, the aircraft, its maker and the buyer of a deal); 'near' when they share EVENT_NAMES names and
 * NEAR_NAMES of the pairing names (reports of one event that give few or none of its figures alike, the
 * one they shared changed: compared only when published close in time and only for figures with a
 * strong context, see sameEventPairs); else 'none'. Provinces do not pair reports: every province's report of
 * a campaign names them.
 */
function inCommon(a: Int32Array, b: Int32Array, pa: Int32Array, pb: Int32Array): 'figures' | 'names' | 'near' | 'none' {
  let i = 0;
  let j = 0;
  let names = 0;
  let figures = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      if (x & 1) figures++;
      else names++;
      if (figures >= EVENT_FIGURES && names >= EVENT_NAMES) return 'figures';
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const rare = rareNames(pa, pb);
  if (rare >= NAMES_PAIR) return 'names';
  return names >= EVENT_NAMES && rare >= NEAR_NAMES ? 'near' : 'none';
}

/**
 * Copies (see `CopyPairs`) of an article it is compared with as reports of one event at most, the most
 * alike first (see `EventPairs.bounded`). Between copies the passage rule compares every sentence they
 * share, through the workspace's copies of it at once (see `Alignment.stars`); the same-event comparison
 * adds only what one re-words. A story republished by many outlets, or a template that every article of
 * a day repeats with its own figures (thousands of near-copies), pairs each copy with hundreds of
 * others, every pair costing a comparison of all their figures: bounded so, those comparisons grow
 * with the articles, not with their pairs. Reports that do not copy each other are all compared, however
 * many cover the event.
 */
export const EVENT_COPIES = 24;
/** What paired two articles (`EventPairs.flags`): telling figures and names in common (see `inCommon`). */
const BY_FIGURES = 1;
/** Paired by a few names, or by names on different days: only figures with a strong context compared. */
const NEAR = 2;
/** The two articles copy each other (see `CopyPairs`). */
const COPIED = 4;

/** The largest values the rank of a pair of articles packs (see `EventPairs.bounded`). */
const RANK_SHARED = 1023;
const RANK_HOURS = 4095;
const RANK_PAIRS = 2 ** 28;

/** Pairs of articles (their numbers in sameEventPairs' list) taken as reports of one event, in order. */
class EventPairs {
  x = new Int32Array(1024);
  y = new Int32Array(1024);
  /** Keys in common (figures and names; counted for copies only) and hours apart (a week when either is undated). */
  shared = new Int32Array(1024);
  hours = new Int32Array(1024);
  flags = new Uint8Array(1024);
  length = 0;

  add(x: number, y: number, shared: number, apartMs: number, byFigures: boolean, near: boolean, copied: boolean): void {
    if (this.length === this.x.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.x = grow(this.x);
      this.y = grow(this.y);
      this.shared = grow(this.shared);
      this.hours = grow(this.hours);
      this.flags = grow(this.flags);
    }
    const i = this.length++;
    this.x[i] = x;
    this.y[i] = y;
    this.shared[i] = shared;
    this.hours[i] = Math.round(apartMs / 3_600_000);
    this.flags[i] = (byFigures ? BY_FIGURES : 0) | (near ? NEAR : 0) | (copied ? COPIED : 0);
  }

  /**
   * Which pairs are compared: every pair of articles that do not copy each other; of the copies of an
   * article, all when it has at most `limit`, else its `limit` most alike — the most keys in common, then
   * the nearest in time, then the other article's number — a pair kept when either article keeps it.
   * (Whether two copies are compared then depends on the article's other copies, as FIGURE_CROWD makes
   * a pair depend on a crowd; never on the order of the workspace.)
   */
  bounded(articles: number, limit: number): Uint8Array {
    const kept = new Uint8Array(this.length);
    const copied = (i: number): boolean => ((this.flags[i] as number) & COPIED) !== 0;
    // Each article's copies (pair numbers), grouped by article: counted, then placed.
    const start = new Int32Array(articles + 1);
    for (let i = 0; i < this.length; i++) {
      if (!copied(i)) {
        kept[i] = 1;
        continue;
      }
      const x = (this.x[i] as number) + 1;
      const y = (this.y[i] as number) + 1;
      start[x] = (start[x] as number) + 1;
      start[y] = (start[y] as number) + 1;
    }
    for (let a = 0; a < articles; a++) start[a + 1] = (start[a + 1] as number) + (start[a] as number);
    const fill = start.slice();
    const member = new Int32Array(start[articles] as number);
    // (In pair order: each article's copies are in the order of the other article's number.)
    for (let i = 0; i < this.length; i++) {
      if (!copied(i)) continue;
      const x = this.x[i] as number;
      const y = this.y[i] as number;
      member[fill[x] as number] = i;
      member[fill[y] as number] = i;
      fill[x] = (fill[x] as number) + 1;
      fill[y] = (fill[y] as number) + 1;
    }
    if (this.length >= RANK_PAIRS) throw new RangeError(`sameEventPairs: ${this.length} pairs of articles`);
    for (let a = 0; a < articles; a++) {
      const from = start[a] as number;
      const to = start[a + 1] as number;
      if (to - from <= limit) {
        for (let k = from; k < to; k++) kept[member[k] as number] = 1;
        continue;
      }
      // Ranks packed in one number each (exact in a double: 10 + 12 + 28 bits), sorted as numbers.
      const rank = new Float64Array(to - from);
      for (let k = from; k < to; k++) {
        const i = member[k] as number;
        const fewer = RANK_SHARED - Math.min(RANK_SHARED, this.shared[i] as number);
        const hours = Math.min(RANK_HOURS, this.hours[i] as number);
        rank[k - from] = (fewer * (RANK_HOURS + 1) + hours) * RANK_PAIRS + i;
      }
      rank.sort();
      for (let k = 0; k < limit; k++) kept[(rank[k] as number) % RANK_PAIRS] = 1;
    }
    return kept;
  }
}

/** The pairing names (numbered, sorted) two articles share, counted up to NAMES_PAIR. */
function rareNames(pa: Int32Array, pb: Int32Array): number {
  let rare = 0;
  let i = 0;
  let j = 0;
  while (i < pa.length && j < pb.length) {
    const x = pa[i] as number;
    const y = pb[j] as number;
    if (x === y) {
      if (++rare >= NAMES_PAIR) return rare;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return rare;
}

/** The calendar day an article was published on, as its date is written (yyyy-mm-dd), or null. */
function dayOf(article: Article): string | null {
  const m = /^\d{4}-\d{2}-\d{2}/u.exec(article.publishedAt ?? '');
  return m ? m[0] : null;
}

/** Both articles give scores after a word of scores, and no score alike: reports of two matches. */
function otherScores(a: Article, b: Article): boolean {
  const sa = scoresOf(a);
  const sb = scoresOf(b);
  return sa.length > 0 && sb.length > 0 && !sa.some((k) => sb.includes(k));
}

/**
 * The same-event rule's candidate partners (see sameEventPairs): articles by number with their
 * publication times (null: undated), and for each telling figure the articles that give it (sorted
 * here). Two articles are candidates when one gives a figure within the week after the other (an
 * undated article: with every other article of the figure) and at most FIGURE_CROWD articles of that
 * week give it too. The answer for x: its partners with a larger number, in increasing order. Read
 * per article, without a set of partners per article.
 */
export function eventPartners(times: ReadonlyArray<number | null>, figureLists: number[][]): (x: number) => Int32Array {
  return finish(eventPartnersStaged(times, figureLists));
}

/** eventPartners in steps (a step every few thousand articles of figures' lists sorted): the same lists. */
function* eventPartnersStaged(times: ReadonlyArray<number | null>, figureLists: number[][]): Generator<void, (x: number) => Int32Array> {
  const week = EVENT_DAYS * 86_400_000;
  const when = (n: number): number => times[n] ?? -Infinity;
  // Each figure's articles in time order (undated first, with every other article of the figure),
  // and `ends[i]`: past the last article of the week after at[i]; it only moves forward as i does
  // among dated articles. An article pairs with the articles of its week after it, for each figure
  // it gives that at most FIGURE_CROWD articles of that week give too.
  const lists: Int32Array[] = [];
  const endsOf: Int32Array[] = [];
  const firstDated: number[] = [];
  let work = 0;
  for (const at of figureLists) {
    if (at.length < 2) continue;
    if (work >= EVENT_LIST_ITEMS_PER_STEP) {
      work = 0;
      yield;
    }
    work += 8 + at.length;
    countWork('eventListItems', 8 + at.length);
    at.sort((p, q) => when(p) - when(q) || p - q);
    const ends = new Int32Array(at.length);
    let weekEnd = 0;
    let dated = at.length;
    for (let i = 0; i < at.length; i++) {
      const x = at[i] as number;
      let end = at.length;
      if (times[x] != null) {
        if (dated === at.length) dated = i;
        weekEnd = Math.max(weekEnd, i + 1);
        while (weekEnd < at.length && when(at[weekEnd] as number) - when(x) <= week) weekEnd++;
        end = weekEnd;
      }
      ends[i] = end;
    }
    lists.push(Int32Array.from(at));
    endsOf.push(ends);
    firstDated.push(dated);
  }
  yield;
  // Where each article stands in those lists (by article: list, position), to list its partners.
  const occurrences = new Int32Array(times.length + 1);
  for (const at of lists) for (let i = 0; i < at.length; i++) occurrences[(at[i] as number) + 1] = (occurrences[(at[i] as number) + 1] as number) + 1;
  for (let n = 0; n < times.length; n++) occurrences[n + 1] = (occurrences[n + 1] as number) + (occurrences[n] as number);
  const occurrenceList = new Int32Array(occurrences[times.length] as number);
  const occurrencePos = new Int32Array(occurrences[times.length] as number);
  const fill = occurrences.slice(0, times.length);
  lists.forEach((at, l) => {
    for (let i = 0; i < at.length; i++) {
      const n = at[i] as number;
      const k = fill[n] as number;
      occurrenceList[k] = l;
      occurrencePos[k] = i;
      fill[n] = k + 1;
    }
  });
  // Partners of article x with a larger number: pairs (at[i], at[j]) with i < j < ends[i] of a figure
  // whose week after at[i] is not crowded, x either one; each once, in increasing order.
  const seen = new Int32Array(times.length).fill(-1);
  let mine = new Int32Array(1024);
  return (x: number): Int32Array => {
    let count = 0;
    for (let k = occurrences[x] as number; k < (occurrences[x + 1] as number); k++) {
      const l = occurrenceList[k] as number;
      const p = occurrencePos[k] as number;
      const at = lists[l] as Int32Array;
      const ends = endsOf[l] as Int32Array;
      const dated = firstDated[l] as number;
      // At most the whole list joins x's partners from this figure: room for it first.
      if (mine.length < count + at.length) {
        const grown = new Int32Array(2 * (count + at.length));
        grown.set(mine.subarray(0, count));
        mine = grown;
      }
      // x the earlier of the pair; then x the later: dated articles before it whose week reaches it
      // (their ends grow with them), then undated ones (their week is every later article) that are
      // not crowded. Partners with a larger number only, each once (`seen`).
      const end = ends[p] as number;
      if (end - p - 1 <= FIGURE_CROWD) {
        for (let q = p + 1; q < end; q++) {
          const y = at[q] as number;
          if (y > x && seen[y] !== x) {
            seen[y] = x;
            mine[count++] = y;
          }
        }
      }
      for (let q = p - 1; q >= dated; q--) {
        const e = ends[q] as number;
        if (e <= p) break;
        const y = at[q] as number;
        if (e - q - 1 <= FIGURE_CROWD && y > x && seen[y] !== x) {
          seen[y] = x;
          mine[count++] = y;
        }
      }
      for (let q = Math.max(0, at.length - 1 - FIGURE_CROWD); q < Math.min(p, dated); q++) {
        const y = at[q] as number;
        if (y > x && seen[y] !== x) {
          seen[y] = x;
          mine[count++] = y;
        }
      }
    }
    // A typed array sorts its numbers in increasing order, without a comparator call per step.
    return mine.slice(0, count).sort();
  };
}

/**
 * Figures compared across paraphrase (see sameEvent.ts) between articles that report one event: they
 * share at least two telling figures and two names and were published within a week of each other.
 * Copies too: the sentences the passage rule decided are left to it (`raised`), and a sentence one of
 * them re-words is compared as any other report's ("… là 364.000 tỷ" / "… là 464.000 tỉ đồng" beside
 * sentences copied word for word). Figures in common that anchor nothing (see sameEvent.ts `anchored`)
 * pair two reports as their names alone would. Or they share NAMES_PAIR names rare in
 * the workspace (see `inCommon`) and were published the same calendar day: compared then without figures
 * given alike (NAMES_ANCHORS). Or they share a few such names ('near') and were published less than
 * NEAR_HOURS apart: compared then without figures given alike, for figures with a strong context only
 * (see sameEvent.ts `strongContext`). Whether two articles are compared reads those two articles only —
 * except through FIGURE_CROWD, for a figure that hundreds of articles of the same week give,
 * NAME_CROWD, for a name that many articles of the workspace give, and EVENT_COPIES, for an article
 * that more copies than that copy.
 */
function* sameEventPairs(
  copies: CopyPairs,
  raised: Decided,
  /** Puts two articles' decided sentences into `raised` (see alignedPassageDraftsStaged). */
  raiseFor: (a: string, b: string) => void,
  ctx: AnalysisContext,
): Generator<void, EventMatch[]> {
  // Articles in id order, by number; candidates are articles that give one telling figure (or name), within a
  // week in time order (undated articles with every other article of the figure).
  const list = [...ctx.articles.values()].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const times = list.map(timeOf);
  yield;
  const keys: string[][] = [];
  const readings = runReadings();
  for (const a of list) {
    countWork('eventArticles');
    keys.push(eventKeys(a, readings));
    if (keys.length % ARTICLES_PER_STEP === 0) yield;
  }
  // Each article's keys as numbers (a figure's odd, a name's even), sorted: pairs of articles compare
  // them by the million when a week is busy, numbers far faster than strings.
  const numbered = new Map<string, number>();
  const keyIds = keys.map((ks) => {
    const ids = new Int32Array(ks.length);
    ks.forEach((k, i) => {
      let id = numbered.get(k);
      if (id === undefined) numbered.set(k, (id = numbered.size * 2 + (k.startsWith('v:') ? 1 : 0)));
      ids[i] = id;
    });
    return ids.sort();
  });
  yield;
  // Names that may pair two articles by themselves (see `inCommon`): no place, and not common in the
  // workspace (a ministry, a country's government, given by many articles of many events).
  // (Numbered apart from the keys: a name's number here is its own.)
  const pairing = new Map<string, number>();
  const pairingIds: Int32Array[] = [];
  for (const a of list) {
    countWork('eventArticles');
    const ns = pairingNames(a, readings);
    const ids = new Int32Array(ns.length);
    ns.forEach((n, i) => {
      let id = pairing.get(n);
      if (id === undefined) pairing.set(n, (id = pairing.size));
      ids[i] = id;
    });
    pairingIds.push(ids);
    if (pairingIds.length % ARTICLES_PER_STEP === 0) yield;
  }
  const nameCount = new Map<number, number>();
  for (const ids of pairingIds) for (const id of ids) nameCount.set(id, (nameCount.get(id) ?? 0) + 1);
  const telling = new Set<number>();
  for (const [k, id] of pairing) if ((nameCount.get(id) ?? 0) <= NAME_CROWD && !namesPlace(k)) telling.add(id);
  const tellingIds = pairingIds.map((ids) => ids.filter((id) => telling.has(id)).sort());
  yield;
  const byFigure = new Map<string, number[]>();
  keys.forEach((ks, n) => {
    for (const k of ks) {
      if (!k.startsWith('v:')) continue;
      const at = byFigure.get(k);
      if (at) at.push(n);
      else byFigure.set(k, [n]);
    }
  });
  const week = EVENT_DAYS * 86_400_000;
  // Articles that give one of the names that may pair reports (see `inCommon`), as figures' are.
  const byName = new Map<number, number[]>();
  tellingIds.forEach((ids, n) => {
    for (const id of ids) {
      const at = byName.get(id);
      if (at) at.push(n);
      else byName.set(id, [n]);
    }
  });
  yield;
  const partnersOf = yield* eventPartnersStaged(times, [...byFigure.values(), ...byName.values()]);
  yield;
  // Each article's passages and same-event view, by number, kept when first read (asked for each of its pairs).
  const passagesAt: Array<readonly Passage[] | undefined> = new Array<readonly Passage[] | undefined>(list.length);
  const viewsAt: Array<EventView | undefined> = new Array<EventView | undefined>(list.length);
  const passagesOfAt = (n: number): readonly Passage[] => (passagesAt[n] ??= passagesOf(list[n] as Article));
  /** sameEvent.ts `anchored` of articles x and y (their passages read first, then their views, as `anchored` reads them). */
  const anchoredAt = (x: number, y: number): boolean => {
    const px = passagesOfAt(x);
    const py = passagesOfAt(y);
    return anchoredViews((viewsAt[x] ??= eventView(px)), (viewsAt[y] ??= eventView(py)));
  };
  // The pairs of articles that pass the tests on their keys, names and times below, in order (x
  // increasing, then y): their places in `list`, the keys copies share, and what paired them. Compared
  // sentence by sentence only after each article's copies are bounded (see EVENT_COPIES).
  const event = new EventPairs();
  // Work since the last step (see EVENT_WORK_PER_STEP); a busy week gives one article hundreds of
  // partners, some of them compared sentence by sentence.
  let work = 0;
  for (let x = 0; x < list.length; x++) {
    // (A copy: the next call reuses the buffer behind it.)
    const mine = partnersOf(x);
    for (const y of mine) {
      if (work >= EVENT_WORK_PER_STEP) {
        work = 0;
        ctx.progress?.at(x, list.length);
        yield;
      }
      work++;
      const ax = list[x] as Article;
      const ay = list[y] as Article;
      // One event: several names and several telling figures in common. Reports of one kind on other
      // days (the market closing each day, "HNX-Index", "VN-Index") share names, not figures.
      // (Counted on the keys' numbers first: of the many pairs of a busy week, few pass.)
      let common = inCommon(keyIds[x] as Int32Array, keyIds[y] as Int32Array, tellingIds[x] as Int32Array, tellingIds[y] as Int32Array);
      // Figures in common that give no anchor (none given alike in the same words: see sameEvent.ts
      // `anchored`; "thắng Chong Wei Feng 21/19" / "vượt qua đối thủ với tỉ số 21-19"): compared as
      // their names alone pair them ('names' or 'near', see `inCommon`), not left out.
      if (common === 'figures' && !anchoredAt(x, y)) {
        const rare = rareNames(tellingIds[x] as Int32Array, tellingIds[y] as Int32Array);
        common = rare >= NAMES_PAIR ? 'names' : rare >= NEAR_NAMES ? 'near' : 'none';
      }
      if (common === 'none') continue;
      const tx = times[x] ?? null;
      const ty = times[y] ?? null;
      if (tx !== null && ty !== null && Math.abs(tx - ty) > week) continue;
      // Paired by names alone: reports published the same calendar day (two matches of one team,
      // two trading days' market reports name the same players, grounds, firms), and not two reports
      // that give different scores (two matches). On other days they are held to what a few names are
      // held to below: more names in common are no less evidence of one event.
      let namesOtherDay = false;
      if (common === 'names') {
        if (otherScores(ax, ay)) continue;
        const dx = dayOf(ax);
        namesOtherDay = dx === null || dx !== dayOf(ay);
      }
      // Paired by a few names (see `inCommon`): reports published less than NEAR_HOURS
      // apart, not of two matches, and only figures whose surroundings say by themselves which figure
      // it is (see `strongContext`).
      const near = common === 'near' || namesOtherDay;
      if (near && (tx === null || ty === null || !nearInTime(ax, tx, ay, ty) || otherScores(ax, ay))) continue;
      // (How alike, only where it can matter: a pair of copies may be ranked, see EventPairs.bounded.)
      const copied = copies.hasPair(ax.id, ay.id);
      const shared = copied ? sharedSorted(keyIds[x] as Int32Array, keyIds[y] as Int32Array) : 0;
      event.add(x, y, shared, tx === null || ty === null ? week : Math.abs(tx - ty), common === 'figures', near, copied);
    }
  }
  yield;
  const kept = event.bounded(list.length, EVENT_COPIES);
  yield;
  const out: EventMatch[] = [];
  const lined = new Set<string>();
  ctx.progress?.phase('eventMatching');
  for (let i = 0; i < event.length; i++) {
    if (!kept[i]) continue;
    if (work >= EVENT_WORK_PER_STEP) {
      work = 0;
      ctx.progress?.at(i, event.length);
      yield;
    }
    work += EVENT_MATCH_WORK;
    countWork('eventMatchPairs');
    const ax = list[event.x[i] as number] as Article;
    const ay = list[event.y[i] as number] as Article;
    const near = ((event.flags[i] as number) & NEAR) !== 0;
    const copied = ((event.flags[i] as number) & COPIED) !== 0;
    raiseFor(ax.id, ay.id);
    // (A pair kept by its figures was found `anchored` above — MIN_ANCHORS figures given alike, as
    // `eventMatches` asks first —: not counted again. Others need NAMES_ANCHORS.)
    const anchors = ((event.flags[i] as number) & BY_FIGURES) !== 0 ? 0 : NAMES_ANCHORS;
    for (const m of eventMatches(passagesOf(ax), passagesOf(ay), raised, anchors, (f, g) => sameSubject(f, g, ctx), (p) => headline(p, ctx))) {
      // Between copies, what one adds of its own beside what it copies may be any figure in the same
      // words ("Tỷ lệ hồ sơ trực tuyến đạt gần 18%" beside the copied report's "tỷ lệ dịch vụ công trực
      // tuyến phát sinh hồ sơ đạt trên 48%"): only figures whose words say by themselves which one it is.
      // (Two headlines are the reports' own summary of their main fact, never a figure added beside a copy: their
      // figures are compared whatever the words around them — "… gói cước 3G giá 20.000 đồng/tháng" / "… gói cước
      // 3G chỉ 10.000 đồng/tháng"; analysis 37.)
      if ((near || copied) && !strongContext(m.event.a, m.event.b) && !(copied && headline(m.a, ctx) && headline(m.b, ctx))) continue;
      // Two rough ranges that share values are two estimates that agree in part, as in the passage rule ("khoảng 20-30
      // người" / "25-35 người": see `overlappingRanges`), not figures at odds.
      if (overlappingEventRanges(m.event.a, m.event.b, ctx)) continue;
      // Sentences alike enough to line up are decided by the passage rule once for all their figures.
      const similarity = jaccard(m.a.shingles, m.b.shingles, 0);
      if (similarity >= REWORDED_SIMILARITY) {
        // (Between copies, every sentence whose figures line up is the passage rule's, compared there
        // with the workspace's other copies of it: see `Alignment.stars`.)
        if (copied && similarity >= COPY_SIMILARITY && linedUp(m, ctx)) continue;
        const k = `${decidedKey(m.a, m.b.articleId)}\u0002${m.b.index}`;
        if (lined.has(k)) continue;
        lined.add(k);
      }
      out.push(m);
    }
  }
  return out;
}

/**
 * Two sentences that name NAMES_ALIKE or more of the same things in names of two words or more (a school, its
 * commune, its district and its province: "Trường THPT Tư thục Nguyễn Du, xã Bình An, huyện Thăng Bình, tỉnh
 * Quảng Nam"): they speak of one thing, however their lead-ins differ ("Đáng buồn hơn, …" / "Bước vào năm
 * học mới, …"). One-word names ("Trường", "THPT") are left out: they are as often common words capitalised.
 */
function namesAlike(a: Passage, b: Passage, ctx: AnalysisContext): boolean {
  const na = names((ctx.articles.get(a.articleId) as Article).text.slice(a.start, a.end));
  if (na.size < NAMES_ALIKE) return false;
  const nb = names((ctx.articles.get(b.articleId) as Article).text.slice(b.start, b.end));
  let n = 0;
  for (const x of na) if (!x.startsWith(GIVEN) && x.includes(' ') && nb.has(x)) n++;
  return n >= NAMES_ALIKE;
}
const NAMES_ALIKE = 3;

/** The passage is its article's headline: the first sentence, and the title the article was read with. */
function headline(p: Passage, ctx: AnalysisContext): boolean {
  if (p.index !== 1) return false;
  const article = ctx.articles.get(p.articleId);
  const title = article?.title?.trim();
  return title !== undefined && title.length > 0 && article !== undefined && article.text.slice(p.start, p.end).trim() === title;
}

/** Units of counts that grow while an event goes on (people, cases, households, houses, hectares…). */
const GROWING_UNITS = new Set(['nguoi', 'ca', 'ho', 'ngoi', 'nha', 'can', 'ha', 'hecta', 'con', 'chiec', 'tau', 'vu', 'benh']);

/** A count of people or things (in a state, or in a unit that such tolls count in), not a change or a score. */
function countOf(f: EventMatch['event']['a']): boolean {
  return f.second === null && f.sign === 'level' && (f.state !== null || GROWING_UNITS.has(f.unit));
}

/**
 * Two figures of one count that an event adds to as it goes on: counts, and at least one of the two
 * says the state counted ("chết", "tử vong", "bị thương", "mất tích", "mắc", "sơ tán"…). The unit alone
 * does not say it: people aboard a ferry or seats of a stadium ("chở 462 người") do not grow.
 */
function growingCount(x: EventMatch['event']['a'], y: EventMatch['event']['a']): boolean {
  return countOf(x) && countOf(y) && (x.state !== null || y.state !== null);
}

/** A code written right after a figure ("VND", "USD"), as moments.ts reads it. */
const CURRENCY_CODE = /^\s*(\p{Lu}{2,}[\p{Lu}\d]*)(?![\p{L}\p{N}])/u;

/** Words right before a figure that make a template's tail. */
const LEAD_IN = 5;

/** The LEAD_IN words right before each figure are the same words. */
function sameLeadIn(pa: Passage, fa: Figure, pb: Passage, fb: Figure): boolean {
  const ia = fa.token;
  const ib = fb.token;
  if (ia < LEAD_IN || ib < LEAD_IN) return false;
  for (let k = 1; k <= LEAD_IN; k++) if (pa.tokens[ia - k] !== pb.tokens[ib - k]) return false;
  return true;
}

/** The finding of a same-event match: the two sentences, the two figures, the words they share. */
/**
 * The names written around a figure in its sentence, NEAR_CHARS either side: read once per figure (a
 * passage's own) in an analysis, asked for every tie and match of the figure. Read, never changed.
 */
export function nearNames(p: Passage, f: Figure, ctx: AnalysisContext): Set<string> {
  const { near } = cachesOf(ctx);
  const text = (ctx.articles.get(p.articleId) as Article).text;
  const known = near.get(f);
  if (known !== undefined && known.text === text) return known.names;
  const names = readNearNames(p, f, text);
  near.set(f, { text, names });
  return names;
}

/**
 * The names written around a figure of a list of specifications (see `nearNames`), a bare one-word code after the end of
 * its item left out: past the next comma or semicolon after the figure only names of several words or with a digit
 * count. "Nokia Lumia 1520 … RAM 2 GB, bộ nhớ trong 32 GB, hỗ trợ kết nối LTE": "LTE" is a feature of the next item, not
 * another product whose memory it would be. Before the figure the window is `nearNames`' (a product named first,
 * "Xperia Z Ultra màn hình 6 inch").
 */
function itemNames(p: Passage, f: Figure, near: ReadonlySet<string>, ctx: AnalysisContext): ReadonlySet<string> {
  const text = (ctx.articles.get(p.articleId) as Article).text;
  const end = Math.min(p.end, f.spanEnd + NEAR_CHARS);
  let stop = f.spanEnd;
  // (A decimal comma, "chip 1,7 GHz", ends no item.)
  while (stop < end && !((text[stop] === ',' || text[stop] === ';') && !(isDigit(text[stop - 1]) && isDigit(text[stop + 1])))) stop++;
  if (stop >= end) return near;
  const own = readNearNames(p, f, text, stop);
  // Past the item's end a product is still named — a model number or a name of several words ("…bộ nhớ trong 16 GB, đó
  // là Galaxy Note 3", review s75-r3) —; only a bare one-word code ("LTE", "NFC") is the next item's feature.
  for (const n of near) if (!own.has(n) && (/\d/.test(n) || n.trim().includes(' '))) own.add(n);
  return own;
}

function readNearNames(p: Passage, f: Figure, text: string, until = Math.min(p.end, f.spanEnd + NEAR_CHARS)): Set<string> {
  // (A unit written in capitals after a number, "500 GB", "7200 RPM", "799 USD", names no thing.)
  let s = Math.max(p.start, f.spanStart - NEAR_CHARS);
  const e = until;
  // A word the window's start cuts is left out: its tail is no name ("…P.HCM" would read "CM"). The end is
  // not trimmed: the head of a cut name ("Bình Dư|ơng") is still read as a name of its own ("Bình Dư"), since
  // without its cut word it would be the first word of other names ("Bình" of "Bình Định").
  if (s > p.start && IN_WORD.test(text[s - 1] as string)) while (s < e && IN_WORD.test(text[s] as string)) s++;
  return names(text.slice(s, e).replace(UNIT_CODE, '$1'));
}

/**
 * Two figures of two articles are said of one subject as far as their names tell: every name written
 * around either figure is given by the other article, as a whole name or inside a longer one ("Xperia
 * Z Ultra màn hình 6 inch" beside an article that names the Z1 only: "Ultra" is another product; a part
 * code, "màn hình LCD", is no other product).
 * Asked only when the words of a tie decide (see sameEvent.ts `eventMatches`).
 */
function sameSubject(f: FigureContext, g: FigureContext, ctx: AnalysisContext): boolean {
  const given = (x: FigureContext, y: FigureContext): boolean => {
    const other = articleNames(ctx.articles.get(y.passage.articleId) as Article);
    for (const n of nearNames(x.passage, x.figure, ctx)) {
      // (A part named by a code, "LCD", "SSD", says which part of the product, not another product.)
      if (n.startsWith(GIVEN) || other.has(n) || PART_CODES.has(n)) continue;
      const sn = spaced(n);
      if (!someIn(other, (o) => !o.startsWith(GIVEN) && spaced(o).includes(sn))) return false;
    }
    return true;
  };
  return given(f, g) && given(g, f);
}

/** What stands between the words of a name. */
const WORD_GAP = /[^\p{L}\p{M}\p{N}]+/u;
/** A letter, mark or digit: what a whole word is not next to. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The text writes `word` (a word of a name, in lower case) as a whole word in lower case: as a common word, not a name. */
function writtenLower(text: string, word: string): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    const before = text[k - 1];
    const after = text[k + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

function eventDrafts(m: EventMatch, ctx: AnalysisContext): FindingDraft[] {
  // A file's name is no figure ("Nguồn: 12278559.epi" / "Nguồn tin: 12278659.epi": two sources, never one
  // figure at odds), whatever words the two lines share. (Analysis 42.)
  if (fileName(m.event.a, ctx) || fileName(m.event.b, ctx)) return [];
  // Sentences alike enough to line up word for word are one passage (or one template about two
  // things): the passage rule decides them, as if the alignment had paired them.
  const similarity = jaccard(m.a.shingles, m.b.shingles, 0);
  // Unless the line-up does not put the two figures side by side ("… thì ba năm sau, từ năm 2011 đến
  // 2013 … là 364.000 tỉ đồng" / "… thì chỉ 3 năm sau Đại hội XI …, từ năm 2011-2013 … là 364.000
  // tỷ": a figure written in words in one, a range written two ways): then the passage rule never
  // compares them, and the same-event rule, which matched them by their words, decides.
  if (similarity >= REWORDED_SIMILARITY && linedUp(m, ctx)) return pairDrafts({ a: m.a, b: m.b, similarity }, ctx);
  // One template about two things, whatever its similarity: the two figures stand in the same place of
  // the same wording right before them ("… cấp huyện của tỉnh Hà Giang đạt"), a phrase is swapped for
  // another further back ("dịch vụ công trực tuyến" / "văn bản điện tử có ký số"), and no figure but a
  // year agrees.
  if (sameLeadIn(m.a, m.event.a.figure, m.b, m.event.b.figure)) {
    const line = lineUp(m.a, m.b, true, ctx.matches);
    if (line.substituted && line.counterparts.every((c) => !c.equal || isYear(c.a))) return [];
  }
  // What keeps one wording about two things apart keeps two wordings apart too: a target and a result,
  // two places or scopes, two levels ("cấp huyện" / "cấp xã").
  const wa = wordsOf(m.a, ctx);
  const wb = wordsOf(m.b, ctx);
  // (A ceiling raised from the same earlier level as the figure — "nâng trần bội chi từ 4,8 lên 5,3%" /
  // "nâng mức bội chi từ 4,8% lên 5,3%" — is that figure: the step says so. A goal never is: "mục tiêu
  // nâng thị phần từ 12% lên 25%" is not the share reached "từ 12% lên 14,5%".)
  const step = sameStep(m.event.a, m.event.b);
  if (goalFigure(m.a, m.event.a.figure, wa.goal, ctx) !== goalFigure(m.b, m.event.b.figure, wb.goal, ctx) || (wa.ceiling !== wb.ceiling && !step) || markersClash(markersOf(m.a), markersOf(m.b))) return [];
  // What will be ("sẽ có thêm 2 triệu USD") beside what was ("bỏ túi thêm 1 triệu USD"): one fact only
  // when neither article gives the other's figure elsewhere (then it is another amount, not a changed one).
  // (Only where the sentences' wording differs: a figure relaxed to a fact is not set apart from one of a
  // sentence that has target wording too.)
  if (wa.target !== wb.target && targetFigure(m.a, m.event.a.figure, wa.target, ctx) !== targetFigure(m.b, m.event.b.figure, wb.target, ctx)) {
    const inA = articleGives(passagesOf(ctx.articles.get(m.a.articleId) as Article), m.event.b);
    if (inA || articleGives(passagesOf(ctx.articles.get(m.b.articleId) as Article), m.event.a)) return [];
    // Nor when the forecast is for a later period than the figure reported: never one figure.
    if (wa.target ? periodsApart(m.a, m.b) : periodsApart(m.b, m.a)) return [];
  }
  // The same wording about two years is two facts.
  const years = (p: Passage): number[] => p.figures.filter((f) => !f.calendar && isYear(f)).map((f) => f.value);
  const ya = years(m.a);
  const yb = years(m.b);
  if (ya.length > 0 && yb.length > 0 && !ya.some((y) => yb.includes(y))) return [];
  // A month and a length of months ("tháng 9" / "9 tháng") are two periods.
  if (periodsClash(m.a, m.b)) return [];
  // Each figure named with its own place or player ("tỉnh Bắc Giang có 1.891 tổ" / "tỉnh Bắc Ninh có
  // 1.200 tổ"): two facts. Names further away in a re-worded sentence say less.
  const near = (p: Passage, f: Figure): Set<string> => nearNames(p, f, ctx);
  const ta = timeOf(ctx.articles.get(m.a.articleId));
  const tb = timeOf(ctx.articles.get(m.b.articleId));
  if ((m.event.a.unit === '^phut' || m.event.a.unit === 'score') && ta !== null && tb !== null && Math.abs(ta - tb) > MATCH_DAYS * 86_400_000) return [];
  const na = near(m.a, m.event.a.figure);
  const nb = near(m.b, m.event.b.figure);
  // (Two minutes whose sentences give the score the goal made are one goal, whoever each names: the
  // scorer in one, the passer in the other.)
  // The score must be written in both: "mở tỷ số" read as 1-0 helps match a minute, but does not say
  // whose goal it was.
  const sameGoal = m.event.a.unit === '^phut' && m.event.words.some((w) => /^\d+-\d+$/.test(w) && scoreWritten(m.a, w) && scoreWritten(m.b, w));
  // In a list of specifications, a name is a measure's own only when the other report never gives it:
  // "Android" near the battery, which the other report also names, is no other product. Elsewhere
  // every name stays its own: a storm or budget report names every province all through, a match
  // report every player and team, and two places' or two teams' figures are two facts.
  const spec = isMeasure(m.event.a.unit);
  // (And in such a list a name after the comma that ends the figure's item is the next item's: "bộ nhớ trong 32 GB, hỗ
  // trợ kết nối LTE" — "LTE" names no other phone than the one whose memory it is. See `itemNames`.)
  const ownA = spec ? unnamedIn(itemNames(m.a, m.event.a.figure, na, ctx), articleNames(ctx.articles.get(m.b.articleId) as Article)) : na;
  const ownB = spec ? unnamedIn(itemNames(m.b, m.event.b.figure, nb, ctx), articleNames(ctx.articles.get(m.a.articleId) as Article)) : nb;
  // (In a results table the names around a score are the teams of its neighbours in the table: the two
  // teams right beside it, the same in both tables, say which match it is — see sameEvent.ts `listedResults`.)
  const listed = m.event.a.teams !== null && m.event.a.teams === m.event.b.teams;
  if (!sameGoal && !listed && namesOnlyIn(ownA, nb) && namesOnlyIn(ownB, na)) return [];
  // Words they share beyond the names of the sentences ("Nghệ An" in "tỷ lệ … của tỉnh Nghệ An đạt"):
  // a place or a player named around two figures does not make them one figure.
  const named = new Set<string>();
  // (A word of a name that either sentence also writes in lower case is a common word the two share, not a
  // name: "camera sau có độ phân giải 20 Megapixel" / "camera PureView 30MP … ứng dụng chụp ảnh Nokia Camera",
  // where the app's name held "camera", the one word the two sentences share. Analysis 46.)
  const textA = (ctx.articles.get(m.a.articleId) as Article).text.slice(m.a.start, m.a.end);
  const textB = (ctx.articles.get(m.b.articleId) as Article).text.slice(m.b.start, m.b.end);
  for (const n of [...wa.names, ...wb.names]) {
    if (n === CITY_NAME) {
      for (const w of CITY_WORDS) named.add(w);
      continue;
    }
    for (const word of n.split(WORD_GAP)) if (word !== '' && !writtenLower(textA, word) && !writtenLower(textB, word)) for (const w of fold(word).split(/[^a-z0-9]+/)) named.add(w);
  }
  // (A name that both sentences price, right before "trị giá" / "giá", is the thing valued: "loa JBL
  // PlayUp trị giá hơn 2 triệu đồng" / "loa JBL Playup trị giá 2.900.000 VND" — one figure.)
  // Only the whole name, every word and model number alike ("Onyx Studio 8" is not "Onyx Studio 7",
  // "Honda Vision" not "Honda Vision Thể Thao").
  const valuedA = valuedName(m.a, m.event.a.figure, ctx);
  if (valuedA !== null && valuedA === valuedName(m.b, m.event.b.figure, ctx)) for (const w of valuedA.split(' ')) named.delete(w);
  // (Likewise a person's age written right after the person's name in both, "chàng trai Vũ Thanh Long 30
  // tuổi" / "Vũ Thanh Long (20 tuổi)": the name says whose age it is; outlets give one person's age
  // differently. Analysis 43.)
  const aged = sameAgedPerson(m, ctx);
  if (aged !== null) for (const w of aged) named.delete(w);
  // (In a list of specifications, a part named by a code that both sentences give, "ổ SSD 512GB" /
  // "SSD dung lượng 512 GB", says which figure it is, as "pin" or "camera" do: when the words they share
  // are such parts only, they are no names. A brand or a model in capitals, "ASUS", "ROG", stays one.)
  // (Two headlines' one figure of a class were matched as the reports' main fact, not by their words: see
  // sameEvent.ts `headlineFigures`.)
  // (Nor when other figures of the two sentences agree, "VN-Index dừng lại ở mức 503,65 điểm, tăng 3,08 điểm" /
  // "Vn-Index tăng 3,08 điểm, lên 503,65 điểm": the sentences share more than the name, which is what the
  // figure measures, as they do when they share those figures and no word at all.)
  if (!listed && m.event.headlines !== true && m.event.agreed === undefined && m.event.words.every((w) => named.has(w)) && !(spec && partCodesOnly(m, wa.names, wb.names))) return [];
  const bFirst = ta !== null && tb !== null && ta !== tb ? tb < ta : m.b.articleId < m.a.articleId;
  const [early, late] = bFirst ? [m.event.b, m.event.a] : [m.event.a, m.event.b];
  const a = side(early.passage, early.figure, ctx, early.second);
  const b = side(late.passage, late.figure, ctx, late.second);
  const c = { a: early.figure, b: late.figure, equal: false };
  const { change: kind, severity: valueSeverity } = early.second === null && late.second === null ? change(c, cutOffAgrees(early, late)) : { change: 'value' as const, severity: 'high' as const };
  // As for aligned passages: the later report that says its figure is newer ("tính đến chiều nay", a
  // later hour, "hiện") gives an update (a toll counted during the day), and so does the later figure
  // that replaces an estimate or a forecast; the desk is not invited to flag the earlier figure.
  const tEarly = bFirst ? tb : ta;
  const tLate = bFirst ? ta : tb;
  const later = tEarly !== null && tLate !== null && tLate > tEarly;
  const earlyCues = cuesOf(early.passage, ctx);
  const newCue = [...cuesOf(late.passage, ctx)].find((x) => !earlyCues.has(x));
  const estimateReplaced =
    (early.figure.qualifier === 'approx' || claimAt(ctx, early.passage.articleId, early.figure)?.modality === 'forecast') && late.figure.qualifier === 'exact';
  const relation = later && (newCue !== undefined || estimateReplaced) ? 'update' : 'conflict';
  // A count that grows as it is counted (a toll, cases, houses damaged) given higher by a later report
  // that does not say it is newer: maybe an update, maybe a mistake. A note to look at, not an alarm
  // (a lower count later, or a figure that does not grow — a price, a score — stays a conflict).
  const growing = relation === 'conflict' && kind === 'value' && later && late.figure.value > early.figure.value && growingCount(early, late);
  const severity: Severity = growing ? 'low' : valueSeverity;
  // Two re-worded sentences of different moments of the day or of different boards ("HNX30-Index" /
  // "HNX-Index") are not one figure at odds (see `toldApartSpots`).
  const spot = (x: typeof early): Spot => {
    const text = (ctx.articles.get(x.passage.articleId) as Article).text;
    // A currency code the figure is counted in ("2.900.000 VND", "799 USD") is its unit, not a part
    // of something that the other sentence never names.
    const code = CURRENCY_CODE.exec(text.slice(x.figure.spanEnd, x.figure.spanEnd + 16))?.[1] ?? null;
    const unit = code !== null && unitOfWord(fold(code)) === x.unit ? code : null;
    return { text, sentenceStart: x.passage.start, sentenceEnd: x.passage.end, start: x.figure.spanStart, end: x.figure.spanEnd, unit };
  };
  if (relation === 'conflict' && toldApartSpots(spot(early), spot(late))) return [];
  return [
    passageDraft({
      relation,
      change: kind,
      severity,
      a,
      b,
      similarity: 0,
      anchors: 0,
      basis: 'same-event',
      // (A copy: the match is kept with the articles' text side, see TextSide; the finding's facts are its own.)
      context: step ? [...m.event.words, stepWording(m, ctx)] : [...m.event.words],
      ...(relation === 'update' && newCue ? { cue: newCue } : {}),
      ...(growing ? { growing: true as const } : {}),
    }),
  ];
}

/** A run of five digits or more, no separator, then a file's extension ("12278559.epi"): an identifier. */
const FILE_NAME = /^\d{5,}\.[A-Za-z]{2,4}(?![\p{L}\p{N}])/u;
function fileName(x: FigureContext, ctx: AnalysisContext): boolean {
  const text = (ctx.articles.get(x.passage.articleId) as Article).text;
  return FILE_NAME.test(text.slice(x.figure.start, x.figure.end + 6));
}

/** The word-for-word line-up of a same-event match's two sentences puts its two figures side by side. */
function linedUp(m: EventMatch, ctx: AnalysisContext): boolean {
  return lineUp(m.a, m.b, true, ctx.matches).counterparts.some((c) => c.a === m.event.a.origin && c.b === m.event.b.origin);
}

/** The passage writes the score "N-M" as a score (not only read from "mở tỷ số"). */
function scoreWritten(p: Passage, score: string): boolean {
  return figureContexts(p).some((c) => c.second !== null && `${c.figure.value}-${c.second}` === score);
}

/**
 * A name right before a price word right before a figure, over its qualifier ("Harman Kardon Onyx
 * Studio 8 trị giá hơn …"): a run of words each starting with a capital or a digit, model numbers kept.
 */
const PRICED = /(?:^|\s)([\p{Lu}\p{N}][\p{L}\p{N}-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*){0,5})\s+(?:có\s+)?(?:trị giá|giá bán|giá)\s+(?:(?:là|chỉ|hơn|gần|khoảng|từ|lên tới|tới)\s+)?$/u;

/** The folded words of the name a price word follows right before the figure ("harman kardon onyx"), else null. */
function valuedName(p: Passage, f: Figure, ctx: AnalysisContext): string | null {
  const text = (ctx.articles.get(p.articleId) as Article).text.slice(Math.max(p.start, f.spanStart - 60), f.spanStart);
  const m = PRICED.exec(text);
  if (!m) return null;
  const words = fold(m[1] as string).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  // ("Đánh giá", "Tỷ giá": no price of a named thing.)
  return words.length === 0 || ['danh', 'ty', 'ti'].includes(words[words.length - 1] as string) ? null : words.join(' ');
}

/**
 * A person's name right before their age, as news writes it: "Vũ Thanh Long 30 tuổi", "Vũ Thanh Long (20
 * tuổi)", "anh Nguyễn Văn An, 35 tuổi": two words or more, each capitalised, then a bracket, a comma or
 * nothing. (Within the 60 characters before the figure: a bounded input.)
 */
const AGED = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4})\s*[(,]?\s*$/u;

/** The folded words of the name an age follows right before the figure ("vu thanh long"), else null. */
function agedName(p: Passage, f: Figure, ctx: AnalysisContext): string[] | null {
  const text = (ctx.articles.get(p.articleId) as Article).text.slice(Math.max(p.start, f.spanStart - 60), f.spanStart);
  const m = AGED.exec(text);
  return m ? fold(m[1] as string).split(/\s+/u) : null;
}

/**
 * The words of the person whose age both figures of a same-event match give, each written right after
 * the name (see `agedName`), when the names are one person's: the same words, or the shorter one the
 * longer's given name of two words or more ("Thanh Long" / "Vũ Thanh Long"). Else null.
 */
function sameAgedPerson(m: EventMatch, ctx: AnalysisContext): string[] | null {
  if (m.event.a.unit !== 'tuoi' || m.event.b.unit !== 'tuoi') return null;
  const a = agedName(m.a, m.event.a.figure, ctx);
  const b = a === null ? null : agedName(m.b, m.event.b.figure, ctx);
  if (a === null || b === null) return null;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const tail = long.slice(long.length - short.length);
  return short.every((w, i) => w === tail[i]) ? long : null;
}

/** Parts of a device written as codes: what a specification measures, not a name. */
const PART_CODES = new Set(['ssd', 'hdd', 'ram', 'rom', 'cpu', 'gpu', 'vram', 'emmc', 'ufs', 'usb', 'sim', 'lcd', 'oled', 'amoled', 'led', 'nfc', 'ups', 'dvd']);

/** Every word the match shares is a part code ("SSD") that both sentences write as a code in capitals. */
function partCodesOnly(m: EventMatch, namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): boolean {
  return m.event.words.every((w) => PART_CODES.has(w) && namesA.has(w) && namesB.has(w));
}

/** The step both figures end ("từ 4,8"), as the other shared words are given: what says they are one. */
function stepWording(m: EventMatch, ctx: AnalysisContext): string {
  const from = m.a.figures.find((f) => f.value === m.event.a.from);
  const text = (ctx.articles.get(m.a.articleId) as Article).text;
  return `tu ${from ? text.slice(from.spanStart, from.spanEnd) : String(m.event.a.from)}`;
}

type PassageFacts = Extract<FindingFacts, { rule: 'aligned-passage' }>;

/** The finding of two differing figures of one passage (or one event): both spans, both claims, the facts. */
function passageDraft(facts: Omit<PassageFacts, 'rule'>): FindingDraft {
  const { relation, a, b } = facts;
  return {
    type: relation,
    rule: 'aligned-passage',
    claimIds: [a.claimId, b.claimId].filter((x): x is string => x !== null),
    articleIds: [a.articleId, b.articleId],
    spans: [spanOf(a), spanOf(b)],
    facts: { rule: 'aligned-passage', ...facts },
  };
}

/** The text span of a side's figure: one object per side (sides are shared, see `side`). */
const spans = new WeakMap<PassageSide, TextSpan>();
function spanOf(s: PassageSide): TextSpan {
  let span = spans.get(s);
  if (!span) spans.set(s, (span = { articleId: s.articleId, start: s.figure.start, end: s.figure.end, quote: s.figure.quote }));
  return span;
}
