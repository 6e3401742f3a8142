import type { Claim } from '../schema';
import { contentTokens, fold, quotedNames } from './normalize';
import { releasable } from './caches';

/**
 * The clause a number stands in: the words from the previous comma, semicolon, colon or bracket up to
 * the number, and the noun phrase after it up to the next verb or conjunction ("85% hồ sơ tại cấp
 * huyện | và 65% …"). The extractor's metric keeps the head noun ("hồ sơ"); the qualifiers that make
 * one figure another ("trực tuyến" vs "trực tiếp", "cấp huyện" vs "cấp xã", "thành công", "toàn
 * trình") often sit only here.
 */
export interface ClauseView {
  /** Content syllables of the clause (words before the number and the counted noun phrase). */
  tokens: string[];
  /** Qualifier markers found in the clause; see `qualifiersIn`. */
  qualifiers: string[];
  /** Quoted names inside the clause ("lĩnh vực “…” tiếp tục xếp thứ Nhất"). */
  names: string[];
}

const MAX_LEFT = 110;
const MAX_RIGHT = 90;

const COMMA = 44;
const STOP = 46;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  switch (code) {
    case COMMA:
    case STOP:
      // "4,86" and "1.891" are numbers, not clause ends.
      return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
    case 59: // ;
    case 58: // :
    case 40: // (
    case 41: // )
    case 91: // [
    case 93: // ]
    case 10: // \n
      return true;
    default:
      return Number.isNaN(code);
  }
}

const isCloseQuote = (code: number): boolean => code === 0x201d || code === 0xbb;
const isOpenQuote = (code: number): boolean => code === 0x201c || code === 0xab;

/** Start of the clause ending at `end`: quoted names are skipped whole, their commas are not clause ends. */
function clauseStart(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor) {
    const code = text.charCodeAt(i - 1);
    if (isCloseQuote(code)) {
      let open = i - 2;
      while (open >= floor && !isOpenQuote(text.charCodeAt(open))) open--;
      if (open >= floor) {
        i = open;
        continue;
      }
    }
    // (Past ']' no character is a boundary: lower case and Vietnamese letters, most of what is read here.)
    if (code <= 93 && isBoundary(text, i - 1)) break;
    i--;
  }
  return i;
}

function clauseEnd(text: string, start: number, ceiling: number): number {
  let j = start;
  while (j < ceiling) {
    const code = text.charCodeAt(j);
    if (isOpenQuote(code)) {
      let close = j + 1;
      while (close < ceiling && !isCloseQuote(text.charCodeAt(close))) close++;
      if (close < ceiling) {
        j = close + 1;
        continue;
      }
    }
    // (As in clauseStart: past ']' no boundary.)
    if (code <= 93 && isBoundary(text, j)) break;
    j++;
  }
  return j;
}

// The counted noun phrase after a number ends where the rest of the clause begins: a verb, a
// conjunction or a preposition that introduces something else ("827 dịch vụ công | và đã được …").
const NOUN_PHRASE_END =
  /\s(?:và|hoặc|được|đã|đang|sẽ|là|với|nhưng|thì|khi|để|lên|cho|nhằm|so với|từ|đến|vào|bằng|gồm|chiếm|đạt|có|trong đó|tham gia|sử dụng|thực hiện|ứng dụng)(?=[\s,.;:]|$)/iu;

/**
 * Qualifiers that split one head noun into different figures. Two mentions of one fact carry the same
 * set: "tỷ lệ hồ sơ trực tuyến" is not "tỷ lệ hồ sơ trực tuyến toàn trình", "35.299 lượt" tra cứu is not
 * the "25.624 lượt" khai thác thành công, "85% hồ sơ tại cấp huyện" is not "65% hồ sơ tại cấp xã".
 */
const MARKERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:truc tuyen|qua mang|online)\b/, 'channel:online'],
  [/\btruc tiep\b/, 'channel:direct'],
  [/\bbuu chinh\b/, 'channel:post'],
  [/\b(?:toan trinh|hoan toan truc tuyen)\b/, 'extent:full'],
  [/\bmot phan\b/, 'extent:partial'],
  [/\bmuc do (?:3|ba)\b/, 'extent:level-3'],
  [/\bmuc do (?:4|bon)\b/, 'extent:level-4'],
  [/\bthiet yeu\b/, 'kind:essential'],
  [/\bthanh cong\b/, 'outcome:success'],
  [/\b(?:dung han|truoc han)\b/, 'outcome:on-time'],
  [/\b(?:qua han|tre han)\b/, 'outcome:late'],
  [/\b(?:cap|tuyen) tinh\b/, 'level:tinh'],
  [/\b(?:cap|tuyen) huyen\b/, 'level:huyen'],
  [/\b(?:cap|tuyen) xa\b/, 'level:xa'],
  [/\b(?:cap|tuyen) thon\b/, 'level:thon'],
  [/\b(?:ca nuoc|toan quoc)\b/, 'scope:national'],
  [/\bnuoc ngoai\b/, 'origin:foreign'],
  [/\bxuat khau\b/, 'trade:export'],
  [/\bnhap khau\b/, 'trade:import'],
  [/\b(?:phu nu|nu gioi|lao dong nu)\b/, 'group:women'],
  [/\b(?:lanh dao|giu chuc vu)\b/, 'group:leaders'],
  [/\b(?:duoi|tren) \d+ tuoi\b/, 'group:age'],
  // "Doanh thu khác", "thu nhập khác", "chi phí khác": the other items of an account, not its total (analysis 37).
  [/\b(?:doanh thu|thu nhap|chi phi|loi nhuan|nguon thu|khoan thu) khac\b/, 'item:other'],
  // "Doanh thu thuần" (net of deductions) is not the "doanh thu" another report gives: "HPG đạt 4.194,8 tỷ đồng doanh thu
  // thuần" / "doanh thu quý 3 đạt 4.252 tỷ đồng" are two figures of one quarter (analysis 53).
  // (Not "lãi thuần": "lại thuận lợi" folds alike; nor "thuận lợi" after the others: review s77.)
  [/\b(?:doanh thu|loi nhuan|thu nhap) thuan\b(?! loi)/, 'basis:net'],
];

// "dẫn đầu cả nước" is a rank, not a national figure.
const LEADS = /\b(?:dan dau|dung dau|dung thu nhat|xep thu nhat|cao nhat)(?: ca nuoc| toan quoc)?\b/g;
// A change, not a level: "giảm 137.000 người so với quý trước", "tăng 12%".
const CHANGE_BEFORE = /\b(?:tang|giam|them|vuot|chenh lech|gap|tang them|giam di|nhieu hon|it hon|cao hon|thap hon)\s*$/;
const CHANGE_IN_QUOTE = /^(?:tang|giam|vuot|them)\b/;
// The level before a change, X in "giảm từ X xuống Y", "tăng từ X lên Y", "(từ X xuống còn Y)": not the
// level now nor the change, so compared only with another earlier level.
// Read on the text as written, lower-cased: "tư", "tự" ("đầu tư", "thứ tư") fold to "tu" as well.
const EARLIER_LEFT = /(?:^|[^\p{L}\p{M}])từ(?: mức| hơn| gần| khoảng| trên| dưới)?$/u;
/** The same on the folded text: a cheap first test, "tư"/"tự" pass it too (EARLIER_LEFT tells them apart). */
const EARLIER_LEFT_FOLDED = /\btu(?: muc| hon| gan| khoang| tren| duoi)?$/;
const EARLIER_RIGHT = /^[^\d;:()]{0,30}?(?<!\btro )\b(?:xuong|len)(?: (?:con|muc|hon|gan|khoang|tren|duoi))* ?\d/;

/** Markers in a piece of folded text (a metric, a clause). */
export function qualifiersIn(folded: string): string[] {
  const text = folded.replace(LEADS, 'dan dau');
  const found: string[] = [];
  for (const [pattern, marker] of MARKERS) if (pattern.test(text)) found.push(marker);
  return found;
}

const cache = releasable(new Map<string, ClauseView>());
const FIGURES = /[\d.,%/]+/g;

/** `quoteWords`: the quote without its figures ("hơn 2 nghìn tổ" → "hơn nghìn tổ"). */
function view(left: string, rest: string, quoteWords: string): ClauseView {
  const cut = NOUN_PHRASE_END.exec(rest);
  // The quote may hold the counted noun ("3.215 hồ sơ"); its words count as the phrase's.
  const phrase = `${quoteWords} ${cut ? rest.slice(0, cut.index) : rest}`;
  const foldedLeft = fold(left).trimEnd();
  const qualifiers = qualifiersIn(`${foldedLeft} ${fold(phrase)}`);
  const foldedRest = fold(rest);
  if (EARLIER_LEFT_FOLDED.test(foldedLeft) && EARLIER_LEFT.test(left.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trimEnd()) && EARLIER_RIGHT.test(foldedRest.replace(/\s+/g, ' '))) qualifiers.push('earlier');
  else if (CHANGE_BEFORE.test(foldedLeft) || CHANGE_IN_QUOTE.test(fold(quoteWords).trim()) || /\bso voi\b/.test(foldedRest)) qualifiers.push('change');
  return {
    tokens: contentTokens(`${left} ${phrase}`),
    qualifiers: [...new Set(qualifiers)].sort(),
    names: [...new Set(quotedNames(`${left} ${phrase}`))].sort(),
  };
}

/** The clause around a claim in its article text. */
export function clauseOf(claim: Claim, text: string): ClauseView {
  const floor = Math.max(claim.sentenceStart, claim.start - MAX_LEFT, 0);
  const start = clauseStart(text, claim.start, floor);
  const ceiling = Math.min(Math.max(claim.sentenceEnd, claim.end), claim.end + MAX_RIGHT, text.length);
  const end = clauseEnd(text, claim.end, ceiling);
  // Workspaces repeat clause wordings (and the benchmark does so heavily): read each once.
  const quoteWords = claim.quote.replace(FIGURES, ' ');
  const key = `${text.slice(start, claim.start)}\u0001${quoteWords}\u0001${text.slice(claim.end, end)}`;
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 100_000) cache.clear();
    v = view(text.slice(start, claim.start), text.slice(claim.end, end), quoteWords);
    cache.set(key, v);
  }
  return v;
}

const EMPTY: ClauseView = { tokens: [], qualifiers: [], names: [] };
export const emptyClause = (): ClauseView => EMPTY;
