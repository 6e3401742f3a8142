import type { Article, Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';
import { PLACE_NAMES_LOWER } from '../../extract/entities';
import { fold, subjectKey } from '../normalize';
import { passagesOf, type Passage } from '../passages';
import { figureContexts, figuresAgree, type FigureContext } from '../sameEvent';

/**
 * A headline figure the article's body contradicts: the title says "Toan tính “săn” 3 triệu USD, Nadal bỏ Basel Open",
 * the body never gives 3 triệu USD and says "Nadal “hi sinh” Basel Open vì khoản tiền thưởng 2 triệu USD từ ATP". A
 * headline sums up the article's main fact, so its figure is the body's, rounded or qualified at most ("gần 3 triệu"
 * for "2,9 triệu" agrees: see sameEvent.ts `figuresAgree`); a headline figure changed by a slip, or left behind when
 * the body was corrected, is one of the errors an editor most wants caught (the headline is what readers see).
 *
 * Raised only where the body reads as giving the same fact with another value:
 * - the headline figure is a claim (a number the extractor reads as no figure names a thing: "Lumia 1520"), worth
 *   comparing (see sameEvent.ts `telling`; not a date, a year or a score), and no figure of its unit in the body
 *   agrees with it;
 * - body figures of its class (unit, sign, order of magnitude: "tăng 20%" is no level of 20%, "34.000 mAh" no
 *   "3.400 mAh") that share at least MIN_SHARED telling words with it, all one value (two values in the body leave it
 *   open which one the headline sums up); the first of them, a claim, is the one raised;
 * - not a total of body figures of its unit (see `totalOf`: "Bão làm 14 người chết" above "12 người chết ở Quảng Ngãi
 *   và 2 người chết ở Bình Định");
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
    if (claims !== null) drafts.push(draftOf(article, p, claims, ctx));
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
  return head.period === null || body.period === null || head.period === body.period;
}

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

/** Of the claims of the two figures that `raisedWith` accepts, the narrowest pair (the extractor's, not an editor's wider claim). */
function claimsOf(p: Pair, article: Article, ctx: AnalysisContext): [Claim, Claim] | null {
  const claims = ctx.claimsByArticle.get(article.id) ?? [];
  let best: [Claim, Claim] | null = null;
  let width = Infinity;
  for (const h of claims) {
    if (!covers(h, p.head)) continue;
    for (const b of claims) {
      if (!raisedWith(p, h, b)) continue;
      const w = h.end - h.start + (b.end - b.start);
      if (w < width || (w === width && best !== null && (h.start < best[0].start || (h.start === best[0].start && b.start < best[1].start)))) {
        best = [h, b];
        width = w;
      }
    }
  }
  return best;
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

/** The words the two figures share as the headline writes them ("Nadal, Basel, Open"), in its order. */
function headlineWords(p: Pair, text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of text.slice(p.head.passage.start, p.head.passage.end).matchAll(/[\p{L}\p{M}]+/gu)) {
    const key = fold(m[0].toLowerCase());
    if (p.words.includes(key) && !seen.has(key)) {
      seen.add(key);
      out.push(m[0]);
    }
  }
  return out;
}

/** The article's first passage when it is its title (the title the article was read with). */
function headlineOf(article: Article): Passage | null {
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
  const out: Pair[] = [];
  for (const x of figures) {
    const ofUnit = body.filter((y) => y.unit === x.unit && y.second === null);
    if (ofUnit.some((y) => figuresAgree(x, y))) continue;
    const near = ofUnit.filter((y) => y.kind === x.kind && y.end === null && sharedWords(x.words, y.words).length >= MIN_SHARED);
    const first = near[0];
    if (first === undefined || near.some((y) => !figuresAgree(y, first))) continue;
    if (totalOf(x, ofUnit)) continue;
    out.push({ head: x, body: first, words: sharedWords(x.words, first.words) });
  }
  return out;
}

/**
 * The headline's figure is a total of body figures of its unit and sign: two of one sentence (a breakdown, "12 người
 * chết ở Quảng Ngãi, 2 người ở Bình Định"), or all those that share a word with it. (Two of any sentences would sum
 * to it by chance in a long article: "2 triệu USD" and another prize's "1 triệu USD" beside a headline's "3 triệu".)
 */
function totalOf(x: FigureContext, ofUnit: readonly FigureContext[]): boolean {
  const parts = ofUnit.filter((y) => y.sign === x.sign && (x.state === null || y.state === null || y.state === x.state));
  const tolerance = Math.max(x.figure.tolerance, 1e-9 * Math.abs(x.figure.value));
  const near = (v: number): boolean => Math.abs(v - x.figure.value) <= tolerance;
  const bySentence = new Map<Passage, number[]>();
  for (const y of parts) {
    const list = bySentence.get(y.passage);
    if (list) list.push(y.figure.value);
    else bySentence.set(y.passage, [y.figure.value]);
  }
  for (const values of bySentence.values()) {
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
