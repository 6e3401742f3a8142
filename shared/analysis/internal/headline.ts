import type { Article, Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';
import { PLACE_NAMES_LOWER } from '../../extract/entities';
import { fold, subjectKey } from '../normalize';
import { passagesOf, type Passage } from '../passages';
import { datedEarlierThan, figureContexts, figuresAgree, type FigureContext } from '../sameEvent';
import { narrowestPair } from './nouns';
import { repeatedPassagePair } from './repeatedPassage';

/**
 * A headline figure the article's body contradicts: the title says "Toan tính “săn” 3 triệu USD, Nadal bỏ Basel Open",
 * the body never gives 3 triệu USD and says "Nadal “hi sinh” Basel Open vì khoản tiền thưởng 2 triệu USD từ ATP". A
 * headline sums up the article's main fact, so its figure is the body's, rounded or qualified at most ("gần 3 triệu"
 * for "2,9 triệu", and "2.000 người" for 1.985, agree: see `agrees`); a headline figure changed by a slip, or left behind when
 * the body was corrected, is one of the errors an editor most wants caught (the headline is what readers see).
 *
 * Raised only where the body reads as giving the same fact with another value:
 * - the headline figure is a claim (a number the extractor reads as no figure names a thing: "Lumia 1520"), worth
 *   comparing (see sameEvent.ts `telling`; not a date, a year or a score), and no figure of its unit in the body
 *   agrees with it;
 * - body figures of its class (unit, sign, order of magnitude: "tăng 20%" is no level of 20%, "34.000 mAh" no
 *   "3.400 mAh") that share at least MIN_SHARED telling words with it (a province's or a country's name is none: "Hà
 *   Nội" in both says no fact), all one value (two values in the body leave it open which one the headline sums up);
 *   the first of them is raised, when a claim covers it;
 * - not a total of body figures of its unit (see `totalOf`: "Bão làm 14 người chết" above "12 người chết ở Quảng Ngãi
 *   và 2 người chết ở Bình Định");
 * - not a body figure dated earlier than the headline's ("Trước đó, … ở mức 24.500 đồng", "Năm ngoái, …": see
 *   sameEvent.ts `datedEarlierThan`), nor one whose clause names another company, district or person before it;
 * - the two claims of the same modality (a target or a forecast is no result), and no body figure of part of a year
 *   where the headline reads no period;
 * - the two claims' places (provinces, countries) and periods, where both say one, the same (a headline about another
 *   place or year).
 */

/** Telling words a body figure shares at least with the headline's to be the same fact (see `sharedWords`). */
const MIN_SHARED = 2;

interface Pair {
  /** The headline's figure, and the body's (its first mention) that gives another value. */
  head: FigureContext;
  body: FigureContext;
  /** Telling words the two share (folded), for the explanation. */
  words: string[];
}

export function headlineDrafts(article: Article, ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const p of pairsOf(article)) {
    const claims = claimsOf(p, article, ctx);
    // A lead that gives the headline again word for word with the figure changed: the repeated-passage rule's finding
    // says so (one finding per contradiction; review s81).
    if (claims !== null && !repeatedPassagePair(claims[0], claims[1], ctx)) drafts.push(draftOf(article, p, claims, ctx));
  }
  return drafts;
}

/**
 * Whether two claims of one article are a headline figure and the body figure this rule raises it against: the
 * same-fact rule (cross.ts) then leaves the pair to it, one finding per contradiction. Decided by the two claims and
 * the text alone, never by other claims of the article (an edit of another claim does not move the decision).
 */
export function headlinePair(ca: Claim, cb: Claim, ctx: AnalysisContext): boolean {
  const article = ctx.articles.get(ca.articleId);
  if (article === undefined || ca.articleId !== cb.articleId) return false;
  return pairsOf(article).some((p) => raisedWith(p, ca, cb) || raisedWith(p, cb, ca));
}

function covers(c: Claim, f: FigureContext): boolean {
  return c.start <= f.figure.start && c.end >= f.figure.end;
}

/** The rule raises the pair with these claims of the headline's figure and the body's. */
function raisedWith(p: Pair, head: Claim, body: Claim): boolean {
  if (head.id === body.id || !covers(head, p.head) || !covers(body, p.body)) return false;
  if (head.kind === 'date' || body.kind === 'date') return false;
  if (head.subject !== null && body.subject !== null && otherPlaces(head.subject, body.subject)) return false;
  // A target or a forecast is no result (review s81: "Hà Nội phấn đấu thu ngân sách 500.000 tỷ" above "ước đạt 460.000").
  if ((head.modality ?? 'fact') !== (body.modality ?? 'fact')) return false;
  // A body figure of part of a year (a quarter, months, a week) where the headline reads no period: the headline may
  // speak of the whole ("Vietcombank lãi 40.000 tỷ đồng cả năm" above "Tính đến hết quý 3, … lãi 30.000 tỷ").
  if (head.period === null && body.period !== null && PART_OF_YEAR.test(body.period)) return false;
  return head.period === null || body.period === null || head.period === body.period;
}

/** A period that is part of a year: a quarter, months, a week, a day, a half. */
const PART_OF_YEAR = /(?<![\p{L}\p{M}])(?:quý|tháng|tuần|ngày|nửa|6 tháng|9 tháng)(?![\p{L}\p{M}])/iu;

/** Provinces and countries as subject keys, each padded with spaces (see `placesOf`). */
const PLACE_KEYS = [...new Set([...PLACE_NAMES_LOWER].map((p) => ` ${subjectKey(p)} `))].filter((k) => k.trim() !== '');

/** The provinces and countries a subject names. */
function placesOf(subject: string): string[] {
  const key = ` ${subjectKey(subject)} `;
  return PLACE_KEYS.filter((p) => key.includes(p));
}

/**
 * Two subjects that name places, none the same: a headline about one place beside the body's figure of another. (Other
 * subjects are read too roughly to keep two figures apart — "Gói cước 3G" in a headline, "MobiFone" for the same
 * price in the body — and the words the figures share say which fact it is.)
 */
function otherPlaces(a: string, b: string): boolean {
  const pa = placesOf(a);
  const pb = placesOf(b);
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}

/** Of the claims of the two figures that `raisedWith` accepts, the narrowest pair (see `narrowestPair`). */
function claimsOf(p: Pair, article: Article, ctx: AnalysisContext): [Claim, Claim] | null {
  const claims = ctx.claimsByArticle.get(article.id) ?? [];
  return narrowestPair(
    claims.filter((c) => covers(c, p.head)),
    claims,
    (h, b) => raisedWith(p, h, b),
  );
}

function draftOf(article: Article, p: Pair, [head, body]: [Claim, Claim], ctx: AnalysisContext): FindingDraft {
  const text = article.text;
  const span = (f: FigureContext) => ({ articleId: article.id, start: f.figure.spanStart, end: f.figure.spanEnd, quote: text.slice(f.figure.spanStart, f.figure.spanEnd) });
  return {
    type: 'internal',
    rule: 'headline-body',
    claimIds: [head.id, body.id],
    articleIds: [article.id],
    spans: [span(p.head), span(p.body)],
    facts: { rule: 'headline-body', a: refOf(head, ctx), b: refOf(body, ctx), context: headlineWords(p, text) },
  };
}

/**
 * The words the two figures share as the headline writes them, the syllables of one word kept together ("Nông dân Sóc
 * Trăng", "lúa"), in its order.
 */
function headlineWords(p: Pair, text: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let last = -1;
  const flush = (): void => {
    if (run.length > 0 && !out.includes(run.join(' '))) out.push(run.join(' '));
    run = [];
  };
  for (const m of text.slice(p.head.passage.start, p.head.passage.end).matchAll(/[\p{L}\p{M}]+/gu)) {
    const at = m.index ?? 0;
    // (Only a space between two shared syllables keeps them one word.)
    if (run.length > 0 && text.slice(p.head.passage.start + last, p.head.passage.start + at).trim() !== '') flush();
    if (p.words.includes(fold(m[0].toLowerCase()))) run.push(m[0]);
    else flush();
    last = at + m[0].length;
  }
  flush();
  return out;
}

/** The article's first passage when it is its title (the title the article was read with). */
export function headlineOf(article: Article): Passage | null {
  const title = article.title?.trim();
  if (!title) return null;
  const first = passagesOf(article)[0];
  if (first === undefined || first.index !== 1 || article.text.slice(first.start, first.end).trim() !== title) return null;
  return first;
}

function sharedWords(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((w) => b.includes(w));
}

/** The pairs the rule raises, read from the article's text alone (once per article object). */
const pairsCache = new WeakMap<Article, Pair[]>();

function pairsOf(article: Article): Pair[] {
  let pairs = pairsCache.get(article);
  if (pairs === undefined) pairsCache.set(article, (pairs = readPairs(article)));
  return pairs;
}

function readPairs(article: Article): Pair[] {
  const head = headlineOf(article);
  if (head === null) return [];
  const figures = figureContexts(head).filter((x) => x.tells && !x.figure.calendar && x.second === null && x.end === null);
  // (Most headlines give no figure: the body's figures are read only for one that does.)
  if (figures.length === 0) return [];
  const body = passagesOf(article).filter((p) => p !== head).flatMap(figureContexts);
  const title = article.text.slice(head.start, head.end);
  const headline = fold(title.toLowerCase());
  const out: Pair[] = [];
  for (const x of figures) {
    const ofUnit = body.filter((y) => y.unit === x.unit && y.second === null);
    if (ofUnit.some((y) => agrees(x, y))) continue;
    const near = ofUnit.filter(
      (y) => y.kind === x.kind && y.end === null && tellingShared(x.words, y.words).length >= MIN_SHARED && !datedEarlierThan(x, y) && !namedOtherwise(headline, y, article.text),
    );
    const first = near[0];
    if (first === undefined || near.some((y) => !figuresAgree(y, first))) continue;
    if (totalOf(x, ofUnit)) continue;
    out.push({ head: x, body: first, words: sharedWords(x.words, first.words) });
  }
  return out;
}

/**
 * The body's figure agrees with the headline's: as two reports' figures do (rounding, qualifiers: see `figuresAgree`),
 * or as a headline rounds its figure without saying so — its trailing zeros as its precision ("2.000 người" for 1.985,
 * "3 tỷ" for 2,95 tỷ; review s81).
 */
function agrees(x: FigureContext, y: FigureContext): boolean {
  if (figuresAgree(x, y)) return true;
  if (x.figure.qualifier !== 'exact' || x.written <= 1) return false;
  // (Within half its last digit, and no further than ROUNDED_SHARE of it: "2.000 tỷ" is no rounded "1.500 tỷ".)
  return Math.abs(x.figure.value - y.figure.value) <= Math.min(x.written / 2, ROUNDED_SHARE * Math.abs(x.figure.value));
}
/** How far from a headline's round figure the body's may be and still be the figure rounded (see `agrees`). */
const ROUNDED_SHARE = 0.05;

/** Words two figures share, the syllables of a province's or a country's name left out ("Hà Nội" tells no fact). */
function tellingShared(a: readonly string[], b: readonly string[]): string[] {
  return sharedWords(a, b).filter((w) => !PLACE_SYLLABLES.has(w));
}
const PLACE_SYLLABLES: ReadonlySet<string> = new Set([...PLACE_NAMES_LOWER].flatMap((p) => fold(p).split(/[^a-z0-9]+/).filter((w) => w !== '')));

/**
 * The body figure's clause names something before it, and nothing it names is in the headline: another company,
 * district or person ("Vietjet lãi 2.000 tỷ đồng" above "Trong quý 2, Vietnam Airlines lãi 1.500 tỷ đồng"; review s81).
 * `headline`: the headline's text, folded.
 */
function namedOtherwise(headline: string, y: FigureContext, text: string): boolean {
  let from = y.figure.spanStart;
  const start = y.passage.start;
  while (from > start && !CLAUSE_END.test(text[from - 1] as string)) from--;
  const names = namesIn(text.slice(from, y.figure.spanStart), from === start ? 0 : 1);
  return names.length > 0 && !names.some((n) => headline.includes(n));
}
const CLAUSE_END = /[,;:.!?()\n]/;

/**
 * Names of a piece of text, folded: runs of capitalised words; a lone capitalised first word (the sentence's own
 * capital) is no name. `offset`: 1 when the text starts mid-sentence.
 */
function namesIn(text: string, offset: number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let first = true;
  const flush = (): void => {
    if (run.length > 0) out.push(fold(run.join(' ').toLowerCase()));
    run = [];
  };
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const w = m[0];
    const capital = /^\p{Lu}/u.test(w);
    const atStart = first && offset === 0;
    first = false;
    if (capital && !(atStart && !/^\p{Lu}/u.test(text.slice((m.index ?? 0) + w.length).trimStart()))) run.push(w);
    else flush();
  }
  flush();
  return out;
}

/**
 * The headline's figure is a total of body figures of its unit and sign: two of one sentence or of sentences at most
 * two apart (a breakdown, "12 người chết ở Quảng Ngãi, 2 người ở Bình Định", or the same over two sentences; review
 * s81), or all those that share a word with it, three or more. (Two of any sentences would sum to it by chance in a
 * long article: "2 triệu USD" and another prize's "1 triệu USD" far apart beside a headline's "3 triệu".)
 */
function totalOf(x: FigureContext, ofUnit: readonly FigureContext[]): boolean {
  const parts = ofUnit.filter((y) => y.sign === x.sign && (x.state === null || y.state === null || y.state === x.state));
  const tolerance = Math.max(x.figure.tolerance, 1e-9 * Math.abs(x.figure.value));
  const near = (v: number): boolean => Math.abs(v - x.figure.value) <= tolerance;
  // By sentence, each sentence's figures with the next sentence's (a breakdown runs over two or three sentences).
  const bySentence = new Map<number, number[]>();
  for (const y of parts) {
    const list = bySentence.get(y.passage.index);
    if (list) list.push(y.figure.value);
    else bySentence.set(y.passage.index, [y.figure.value]);
  }
  for (const [index, own] of bySentence) {
    const values = [...own, ...(bySentence.get(index + 1) ?? []), ...(bySentence.get(index + 2) ?? [])];
    // Two of them: the values sorted, read from both ends (linear after the sort, however long the sentence).
    values.sort((a, b) => a - b);
    for (let i = 0, j = values.length - 1; i < j; ) {
      const sum = (values[i] as number) + (values[j] as number);
      if (near(sum)) return true;
      if (sum < x.figure.value) i++;
      else j--;
    }
  }
  const sharing = parts.filter((y) => sharedWords(x.words, y.words).length > 0);
  return sharing.length > 2 && near(sharing.reduce((s, y) => s + y.figure.value, 0));
}
