import { releasable } from './caches';

/**
 * Days apart beyond which two articles' minutes and scores of a match are not taken as one match's:
 * reports of one match come out the same day or the next, while the same teams meet again within a
 * week (the two legs of a tie, a group game and the final) with the same players and common scores.
 * Read by the same-event rule (aligned.ts) and the cross-source rule (cross.ts).
 */
export const MATCH_DAYS = 2;
/**
 * The moment of the day a figure is given at: a market index, a toll or a count moves during the day.
 * A clock time ("Đến 10h27", "lúc 9 giờ 30") is one moment; the parts of the day ("phiên sáng", "nghỉ
 * giữa phiên", "chốt phiên", "chiều nay") are coarser: two figures of different moments are not one
 * figure said twice, while a part of the day said on one side only tells nothing.
 */
export const CLOCK = /(?<![\p{L}\p{N}])(\d{1,2})\s?(?:h|giờ)\s?(\d{1,2})?(?![\p{L}\p{N}])/giu;
/**
 * A clock time written with a colon and a leading zero ("Lúc 09:32", "lúc 08:15"): a score is never written
 * with a leading zero ("21:19", "2:1"), so no score is read as a time.
 */
export const COLON_CLOCK = /(?<![\p{L}\p{N}:])(0\d):([0-5]\d)(?![\p{L}\p{N}:])/gu;
export const PARTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!\p{L})(?:kết thúc phiên sáng|hết phiên sáng|nghỉ giữa phiên|phiên sáng|buổi sáng|sáng nay|trưa nay)(?!\p{L})/iu, 'morning'],
  [/(?<!\p{L})(?:mở cửa|ATO)(?!\p{L})/u, 'open'],
  [/(?<!\p{L})(?:chốt phiên|đóng cửa|phiên chiều|chiều nay|kết thúc phiên(?! sáng)|cuối phiên|ATC)(?!\p{L})/iu, 'close'],
  [/(?<!\p{L})(?:tối nay|đêm nay|tối qua|đêm qua)(?!\p{L})/iu, 'evening'],
];

/**
 * What every CLOCK match holds, without its look-behind: a digit, maybe a space, "h" or "giờ". A text
 * without it (most sentences) has no clock time, and CLOCK need not run over it.
 */
const CLOCK_SHAPE = /\d\s?(?:h|giờ)/iu;
/**
 * Words one of the PARTS needs, in the same letters (case aside), without their look-behinds: a text
 * with none of them (most sentences) names no part of the day, and the PARTS need not run over it.
 */
const PARTS_WORDS = /phiên|sáng|trưa nay|mở cửa|ATO|đóng cửa|chiều nay|ATC|tối nay|đêm nay|tối qua|đêm qua/iu;

function clocks(text: string): Set<string> {
  const out = new Set<string>();
  if (CLOCK_SHAPE.test(text)) for (const m of text.matchAll(CLOCK)) if (Number(m[1]) <= 23) out.add(`${Number(m[1])}:${Number(m[2] ?? 0)}`);
  if (text.includes(':')) for (const m of text.matchAll(COLON_CLOCK)) out.add(`${Number(m[1])}:${Number(m[2])}`);
  return out;
}

/** The parts of the day a text names (NONE when none, most sentences: no set made for them). */
function partsOfDay(text: string): ReadonlySet<string> {
  let out: Set<string> | null = null;
  if (!PARTS_WORDS.test(text)) return NONE;
  for (const [re, part] of PARTS) if (re.test(text)) (out ??= new Set()).add(part);
  return out ?? NONE;
}

// Codes of market indices and exchanges ("HNX30-Index", "VN30", "HOSE", "HNX"): which board a count or
// a level is of. (Other acronyms, "(CĐS)", "(CCHC)", only spell out the words around them.)
const CODE = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}\d*(?=-?Index)|HOSE|HSX|UPCOM|UPCoM|HNX\d*|VN\d+)(?![\p{L}\p{N}])/gu;
/** The whole board ("Toàn sàn có 74 mã tăng", "toàn thị trường"), against a sub-index's basket ("HNX30", "VN30"). */
const WHOLE_BOARD = /(?<![\p{L}\p{M}])(?:toàn|cả)[ \t\u00a0]+(?:sàn|thị[ \t\u00a0]+trường)(?![\p{L}\p{M}])/iu;
/** What every WHOLE_BOARD match holds, case aside, without its look-behind. */
const BOARD_WORDS = /sàn|trường/iu;
/** A board code with digits: an index of a basket of stocks ("VN30", "HNX30-Index"), not a whole board. */
const BASKET = /\d/;
// A code right after a figure ("2GB RAM", "64 GB ROM"): a part the figure is of.
const CODE_AFTER = /^\s*(\p{Lu}{2,}[\p{Lu}\d]*)(?![\p{L}\p{N}])/u;

/** The claim's sentence with the claim's own quote blanked out (a duration "3 giờ" is no clock time). */
function sentenceOf(c: Spot): string {
  return `${c.text.slice(c.sentenceStart, c.start)} ${' '.repeat(Math.max(0, c.end - c.start))} ${c.text.slice(c.end, c.sentenceEnd)}`;
}

/** Board codes of a sentence (see CODE), lower-cased. */
function codesOf(text: string): Set<string> {
  const out = new Set<string>();
  // Every code begins with two capitals in a row ("HNX", "VN30", "UPCoM", "HNX30-Index"): a sentence
  // without two (most) has none, and the regex, with its look-behind, need not run over it.
  if (!twoCapitals(text)) return out;
  for (const m of text.matchAll(CODE)) out.add(m[0].toLowerCase().replace(/\s+/g, ''));
  return out;
}

/** Per BMP code unit: 0 not yet read, 1 a capital (\p{Lu}), 2 not. */
const capital = new Uint8Array(0x10000);
const CAPITAL = /^\p{Lu}$/u;

/** Two capitals in a row somewhere in the text (or a surrogate: astral capitals are left to the regex). */
export function twoCapitals(text: string): boolean {
  let previous = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    let k = capital[code] as number;
    if (k === 0) capital[code] = k = CAPITAL.test(String.fromCharCode(code)) ? 1 : 2;
    const now = k === 1;
    if (now && previous) return true;
    previous = now;
  }
  return false;
}

/**
 * The leg of a two-legged tie a sentence speaks of ("trận lượt đi", "ở lượt về", "lượt đi vòng bán
 * kết"): two matches, never one score or minute. "lượt đi" / "lượt về" count trips as well ("20.000 lượt
 * đi lại", "lượt về quê"): a leg only after "trận" or before punctuation, the end, or a word that follows
 * a leg of a tie.
 */
const LEG = /(?<![\p{L}\p{M}])(trận[ \t\u00a0]+)?lượt[ \t\u00a0]+(đi|về)(?![\p{L}\p{M}])(?=([ \t\u00a0]*(?:$|[^\s\p{L}\p{M}]|(?:vòng|bán kết|chung kết|tứ kết|play|trên|tại|diễn ra|ngày|hôm|tối|chiều|sáng|trưa|đêm|trước|sau|vừa|giữa|với|và|của|sân|ở|này|đó|hồi|mùa|giai đoạn|tuần|cúp)(?![\p{L}\p{M}])))?)/giu;

/** The legs of a tie a sentence names (see LEG): "first", "second". */
export function legsOf(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes('ượt')) return out;
  for (const m of text.normalize('NFC').matchAll(LEG)) if (m[1] !== undefined || m[3] !== undefined) out.add((m[2] as string).toLowerCase() === 'đi' ? 'first' : 'second');
  return out;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));
/**
 * Both sentences name something of one kind (legs of a tie, parts of the day, market boards) and nothing
 * in common: they tell their figures apart ("lượt đi" / "lượt về" are two matches).
 */
export const namedApart = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size > 0 && b.size > 0 && [...a].every((x) => !b.has(x));

/** A figure in its sentence: the article text, the sentence's and the figure's offsets, its unit. */
export interface Spot {
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  start: number;
  end: number;
  unit: string | null;
}

/** What `toldApartSpots` reads of one spot, read once per spot by a caller that compares it often. */
export interface SpotReading {
  /** The sentence with the figure's own quote blanked out. */
  sentence: string;
  clocks: ReadonlySet<string>;
  parts: ReadonlySet<string>;
  /** Board codes of the sentence (see CODE), folded, before the figures' units are dropped. */
  codes: ReadonlySet<string>;
  /** A code right after the figure (see CODE_AFTER), before the figures' units are dropped. */
  after: string | null;
  /** The legs of a tie the sentence names (see `legsOf`). */
  legs: ReadonlySet<string>;
  /** The sentence speaks of a whole board (see WHOLE_BOARD). */
  whole: boolean;
}

const NONE: ReadonlySet<string> = new Set();

/** A code right at the start of `text` (see CODE_AFTER): it begins with two capitals in a row. */
function codeAfter(text: string): string | null {
  return twoCapitals(text) ? (CODE_AFTER.exec(text)?.[1] ?? null) : null;
}

/**
 * Readings by what they read (the sentence with the quote blanked out, the text right after the
 * figure): copies of an article and a workspace read again repeat them. Bounded; starts over when full.
 */
const spotReadings = releasable(new Map<string, SpotReading>());
const MAX_READINGS = 100_000;

export function readSpot(c: Spot): SpotReading {
  const sentence = sentenceOf(c);
  const next = c.text.slice(c.end, c.end + 16);
  // (The length first: no two pairs of strings give one key.)
  const key = `${next.length}:${next}${sentence}`;
  let reading = spotReadings.get(key);
  if (reading === undefined) {
    if (spotReadings.size >= MAX_READINGS) spotReadings.clear();
    spotReadings.set(key, (reading = readSentence(sentence, next)));
  }
  return reading;
}

function readSentence(sentence: string, next: string): SpotReading {
  const clockSet = clocks(sentence);
  const parts = partsOfDay(sentence);
  const codes = codesOf(sentence);
  const legs = legsOf(sentence);
  return {
    legs: legs.size === 0 ? NONE : legs,
    sentence,
    clocks: clockSet.size === 0 ? NONE : clockSet,
    parts: parts.size === 0 ? NONE : parts,
    codes: codes.size === 0 ? NONE : codes,
    after: codeAfter(next),
    // (The words first, a plain search: the look-behind regex need not run over most sentences.)
    whole: BOARD_WORDS.test(sentence) && WHOLE_BOARD.test(sentence),
  };
}

/**
 * Two figures that their sentences tell apart, however alike their metrics: given at different moments
 * of the day (see CLOCK); of the two legs of a tie ("lượt đi" / "lượt về", see LEG); in sentences that name different market boards and none in common
 * ("HNX30-Index" / "HNX-Index", "HOSE" / "HNX"); or with a code right after one figure that the other
 * sentence never says ("2GB RAM" / "bộ nhớ trong 32 GB").
 */
export function toldApartSpots(ca: Spot, cb: Spot): boolean {
  return toldApartReadings(readSpot(ca), ca.unit, readSpot(cb), cb.unit);
}

/** `toldApartSpots` from the spots' readings (see `readSpot`) and their units. */
export function toldApartReadings(ra: SpotReading, unitA: string | null, rb: SpotReading, unitB: string | null): boolean {
  const ka = ra.clocks;
  const kb = rb.clocks;
  if ((ka.size > 0 || kb.size > 0) && !sameSet(ka, kb)) return true;
  const pa = ra.parts;
  const pb = rb.parts;
  if (namedApart(pa, pb)) return true;
  // The first leg of a tie and the second: two matches.
  if (namedApart(ra.legs, rb.legs)) return true;
  // "Toàn sàn có … 244 mã đứng giá" / "HNX30-Index …, với … 12 mã đứng giá": a board and a basket of its stocks.
  if (wholeAgainstBasket(ra, rb) || wholeAgainstBasket(rb, ra)) return true;
  // No board codes on both sides and no code after either figure (most pairs): nothing left to tell them apart.
  if ((ra.codes.size === 0 || rb.codes.size === 0) && ra.after === null && rb.after === null) return false;
  // The figures' own units ("GB", "USD") are no names of what is counted.
  const units = new Set([unitA, unitB].filter((u): u is string => u !== null).map((u) => u.toLowerCase().replace(/\s+/g, '')));
  if (ra.codes.size > 0 && rb.codes.size > 0) {
    const codesA = without(ra.codes, units);
    const codesB = without(rb.codes, units);
    if (namedApart(codesA, codesB)) return true;
  }
  // "2GB RAM" against a sentence that never says RAM ("bộ nhớ trong 32 GB").
  const xa = ra.after !== null && units.has(ra.after.toLowerCase()) ? null : ra.after;
  const xb = rb.after !== null && units.has(rb.after.toLowerCase()) ? null : rb.after;
  return (xa !== null && !rb.sentence.includes(xa)) || (xb !== null && !ra.sentence.includes(xb));
}

function wholeAgainstBasket(whole: SpotReading, basket: SpotReading): boolean {
  return whole.whole && !basket.whole && !someBasket(whole.codes) && someBasket(basket.codes);
}

function someBasket(codes: ReadonlySet<string>): boolean {
  for (const c of codes) if (BASKET.test(c)) return true;
  return false;
}

/**
 * The spot read with the sentence before it in its paragraph when its own sentence names no moment of the
 * day: a market report gives the moment once for the sentences after it ("Lúc 09:32, chỉ số VN-Index … .
 * Tổng khối lượng giao dịch đạt 7,422 triệu đơn vị …" / "Tạm dừng phiên giao dịch buổi sáng, chỉ số … .
 * Tổng khối lượng giao dịch đạt 46,747 triệu đơn vị …"). For two figures of one article (one text read in
 * order), not across outlets, whose sentences before differ as their wording does.
 */
export function withMomentBefore(c: Spot): Spot {
  const own = readSpot(c);
  if (own.clocks.size > 0 || own.parts.size > 0) return c;
  let start = c.sentenceStart;
  // Back over the space and the full stop of the sentence before, then to its start (a full stop, a
  // line break or PREVIOUS_MAX characters back: the paragraph's sentence, never the one before the break).
  let i = start - 1;
  while (i >= 0 && (c.text[i] === ' ' || c.text[i] === '\t')) i--;
  if (i < 0 || c.text[i] === '\n') return c;
  const stop = Math.max(0, i - PREVIOUS_MAX);
  for (i -= 1; i >= stop; i--) {
    const ch = c.text[i];
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /\s/u.test(c.text[i + 1] ?? ''))) break;
  }
  start = i + 1;
  return start < c.sentenceStart ? { ...c, sentenceStart: start } : c;
}
const PREVIOUS_MAX = 400;

function without(set: ReadonlySet<string>, drop: ReadonlySet<string>): ReadonlySet<string> {
  if (drop.size === 0) return set;
  let out: Set<string> | null = null;
  for (const x of set) if (drop.has(x)) (out ??= new Set(set)).delete(x);
  return out ?? set;
}
