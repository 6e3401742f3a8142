import { readExpression } from '../extract/expression';
import { foldCase } from '../extract/scan';
import { fold, foldWord } from './normalize';

/**
 * The figures of a sentence read straight from its text, without the extractor's subject or metric:
 * the number, the qualifier word before it ("hơn", "gần") and the scale words after it ("nghìn tỷ"),
 * so "45 nghìn tỷ" and "45.000 tỷ" have one value. Tokens are folded words and '#' for numbers.
 */

export type QualifierClass = 'exact' | 'approx' | 'more' | 'less';

export interface Figure {
  /** The digits, as offsets into the article text. */
  start: number;
  end: number;
  /** Qualifier word through scale words ("hơn 3,4 triệu"), for highlighting. */
  spanStart: number;
  spanEnd: number;
  value: number;
  /** The number as written with its scale words ("45 nghìn tỷ"), without the qualifier. */
  written: string;
  /** Half the last written unit, scaled: what rounding allows. */
  tolerance: number;
  qualifier: QualifierClass;
  /** Index of the '#' token in the sentence's token list. */
  token: number;
  /**
   * Part of a date or a time of day ("31/10", "15h55", "tháng 10"), or the number of a numbered thing
   * ("Điều 5", "lớp 10", see `namedNumber`): not compared as a figure.
   */
  calendar: boolean;
  /**
   * "từ" as written (not "tư", "tự", which fold alike) is the word before the number, over the step
   * fillers ("từ mức 13%", "từ hơn 200"): the number may be the earlier level of a step.
   */
  afterFrom: boolean;
  /**
   * The token right after the number's digits as written (NFC; '' at the sentence's end): a unit written in lower
   * case ("đồng", "ha", "%") is told from a name's first word that folds alike ("Đồng Tháp", "Hà Nội") and from
   * another word ("hạ cánh" is no "ha"). Read by the same-event comparison's ranges (sameEvent.ts `rangeAt`).
   */
  nextWritten: string;
  /** The word right before the number is written with a capital letter ("Boeing 737-800", "Hà Nội 3-1"): a name's. */
  nameBefore: boolean;
  /**
   * Four digits from 1900 to 2100 as written ("2013"; not "2.000 người", "2 nghìn tỷ"), with no unit of measure or
   * money right after them, which no year has ("pin 2000mAh", "Full HD 1080p" changed to "2080p", "1920 MHz", "mỗi thẻ
   * 2010 đồng"): a year, whatever its qualifier or its place as a date. See `YEAR_NOT_BEFORE`.
   */
  year: boolean;
  /**
   * Index of the first token of the number's clause: after the last comma, semicolon, colon or bracket before it,
   * at most CLAUSE_REACH tokens back ("Giá tăng mạnh, hiện dao động từ 55.000 …": "hiện"). Read by the same-event
   * comparison's ranges (sameEvent.ts `changedBefore`: a verb of change before "từ X đến Y" in its clause).
   */
  clause: number;
}

/**
 * Units after a number that make it no year (see Figure.year), as written, lower-cased (not folded: "năm 2024 đóng góp"
 * is a year, "1950 đồng" none): measures, resolutions, rates, money.
 */
const YEAR_NOT_BEFORE = new Set(['inch', 'ghz', 'mhz', 'khz', 'hz', 'gb', 'mb', 'tb', 'kb', 'mp', 'megapixel', 'mah', 'wh', 'kwh', 'w', 'kw', 'mw', 'p', 'ppi', 'dpi', 'mbps', 'kbps', 'gbps', 'rpm', 'kg', 'km', 'lít', 'mm', 'cm', 'm', 'ha', 'đồng', 'đ', 'vnđ', 'vnd', 'usd']);

/** The most tokens before a number that Figure.clause looks back over. */
const CLAUSE_REACH = 12;

export interface TokenizedSentence {
  tokens: string[];
  figures: Figure[];
}

/** Folded words that may stand between "từ" and the number ("từ mức …", "từ hơn …"). */
const FROM_FILLER = new Set(['muc', 'con', 'hon', 'gan', 'khoang', 'tren', 'duoi', 'chi']);

const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|([-–/%:])/gu;

const SCALE: Record<string, number> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9 };
/** "tỷ lệ", "tỷ trọng", "tỷ số", "tỷ giá": not a billion. */
const NOT_SCALE_AFTER = new Set(['le', 'trong', 'so', 'gia', 'suat']);

// Folded words (and pairs) that qualify the number after them.
const QUALIFIER_WORDS: Record<string, QualifierClass> = {
  hon: 'more',
  tren: 'more',
  vuot: 'more',
  'it nhat': 'more',
  'toi thieu': 'more',
  gan: 'approx',
  khoang: 'approx',
  'xap xi': 'approx',
  chung: 'approx',
  'uoc tinh': 'approx',
  'gan nhu': 'approx',
  duoi: 'less',
  'chua den': 'less',
  'chua toi': 'less',
  'toi da': 'less',
  'khong qua': 'less',
};

// (Kept in normalize.ts, which the renderer's explanations read without the extraction engine.)
export { foldWord };

/** A written number as Vietnamese (and the odd English) newsrooms write it, with its rounding unit. */
export function parseWrittenNumber(raw: string): { value: number; unit: number } {
  // Digits alone (most numbers): no separator to read.
  if (/^\d+$/.test(raw)) {
    const value = Number(raw);
    return { value: Number.isFinite(value) ? value : NaN, unit: 1 };
  }
  const dots = raw.split('.').length - 1;
  const commas = raw.split(',').length - 1;
  let digits = raw;
  let decimals = 0;
  if (dots > 0 && commas > 0) {
    // "1.343,1" (Vietnamese) or "1,343.1" (English): the last separator is the decimal one.
    const dec = raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.';
    const thousands = dec === ',' ? '.' : ',';
    digits = raw.split(thousands).join('').replace(dec, '.');
    decimals = digits.length - digits.indexOf('.') - 1;
  } else if (commas > 0) {
    if (commas === 1) {
      digits = raw.replace(',', '.');
      decimals = digits.length - digits.indexOf('.') - 1;
    } else digits = raw.split(',').join('');
  } else if (dots > 0) {
    if (/^\d{1,3}(?:\.\d{3})+$/.test(raw)) digits = raw.split('.').join('');
    else if (dots === 1) decimals = raw.length - raw.indexOf('.') - 1;
    else digits = raw.split('.').join('');
  }
  const value = Number(digits);
  return { value: Number.isFinite(value) ? value : NaN, unit: 10 ** -decimals };
}

/** Per BMP code unit: 0 not yet read, 1 a letter or a mark (\p{L}, \p{M}), 2 neither. */
const letterOrMark = new Uint8Array(0x10000);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
function isLetterOrMark(code: number): boolean {
  let k = letterOrMark[code] as number;
  if (k === 0) letterOrMark[code] = k = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * TOKEN's matches in text[start, end) read code unit by code unit (no match array per token): numbers
 * ("1.891,5"), runs of letters and marks, and the signs - – / % :. False, with the lists partly
 * filled, at a surrogate (the regex reads code points: an astral letter is a letter).
 */
function scanTokens(text: string, start: number, end: number, tokens: string[], starts: number[], ends: number[], numbers: number[]): boolean {
  for (let i = start; i < end; ) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return false;
    if (isDigitCode(code)) {
      // \d+(?:[.,]\d+)*
      let j = i + 1;
      for (;;) {
        while (j < end && isDigitCode(text.charCodeAt(j))) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 46 || sep === 44) && j + 1 < end && isDigitCode(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      numbers.push(tokens.length);
      tokens.push('#');
      starts.push(i);
      ends.push(j);
      i = j;
    } else if (code >= 0x80 ? isLetterOrMark(code) : (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      let j = i + 1;
      for (; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c >= 0xd800 && c <= 0xdfff) return false;
        if (!(c >= 0x80 ? isLetterOrMark(c) : (c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
      }
      tokens.push(foldWord(text.slice(i, j)));
      starts.push(i);
      ends.push(j);
      i = j;
    } else {
      if (code === 45 || code === 0x2013 || code === 47 || code === 37 || code === 58) {
        tokens.push(code === 0x2013 ? '-' : String.fromCharCode(code));
        starts.push(i);
        ends.push(i + 1);
      }
      i++;
    }
  }
  return true;
}

/** Words right before a slash pair that make it a day ("ngày 14/12", "sáng 6/3", "từ 7/8", "vào 13/10"), folded. */
const DAY_BEFORE = new Set(['ngay', 'hom', 'mung', 'mong', 'sang', 'trua', 'chieu', 'toi', 'dem', 'tu', 'den', 'vao']);

/**
 * A pair that could be a day and a month ("13/10", "6/3", "7/8") which the extractor, reading the
 * sentence, takes for a set score or a share ("dẫn trước 13/10 rồi 14/12", "kết thúc set đấu bằng thắng
 * lợi 6/3", "đã dự 7/8 giải"): a figure, compared like any other. Read from the sentence alone (passages
 * are shaped by their sentence's text), and only where no day word stands right before the pair.
 */
function readAsFigure(text: string, sentence: { start: number; end: number }, start: number, end: number): boolean {
  const before = /([\p{L}\p{M}]+)[ \t\u00a0]*$/u.exec(text.slice(Math.max(sentence.start, start - 12), start));
  if (before !== null && DAY_BEFORE.has(fold(before[1] as string))) return false;
  const s = text.slice(sentence.start, sentence.end);
  const at = start - sentence.start;
  const reading = readExpression(s, foldCase(s), { start: 0, end: s.length }, { start: at, end: end - sentence.start, raw: text.slice(start, end), form: 'digits' });
  const e = reading.expression;
  return e !== null && e.start === at && (e.kind === 'ratio' || e.unit === 'tỷ số');
}

/** A day of a month, a month, a year as dates write them ("31/10", "10/2013", "1/11/2013", "1/11/13"). */
const isDay = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 31;
const isMonth = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 12;
const isYearWritten = (raw: string): boolean => /^\d{2}$|^(?:19|20)\d{2}$/.test(raw);

/**
 * Whether the numbers joined by slashes around the number token `i` ("31/10", "1/11/2013", "10/2013")
 * can be a date; a run that holds a word ("123/QĐ-UBND", "15/2013/NĐ-CP") is a document's number, read
 * as one too (never a figure). A run no date can be is figures: "150/50 Mbps" (two speeds), "32/64GB"
 * (two options), "21/19" (a score), "15/20 tỉnh" (a count of a total) — numbers that a copy changes.
 */
function slashedDate(text: string, sentence: { start: number; end: number }, tokens: readonly string[], starts: readonly number[], ends: readonly number[], i: number): boolean {
  const joined = (k: number): boolean => tokens[k] === '/' && starts[k] === ends[k - 1] && starts[k + 1] === ends[k];
  let first = i;
  while (first >= 2 && joined(first - 1)) first -= 2;
  let last = i;
  while (last + 2 < tokens.length && joined(last + 1)) last += 2;
  const raws: string[] = [];
  for (let k = first; k <= last; k += 2) {
    if (tokens[k] !== '#') return true;
    raws.push(text.slice(starts[k] as number, ends[k] as number));
  }
  // A word right before the run or after it ("QĐ/123", "123/QĐ"): a number of a document.
  if (first >= 2 && joined(first - 1)) return true;
  if (last + 1 < tokens.length && tokens[last + 1] === '/' && starts[last + 1] === ends[last]) return true;
  if (raws.some((r) => !/^\d+$/.test(r))) return false;
  const n = raws.map(Number);
  // A share of a whole after a qualifier or "chiếm" ("không quá 1/3", "hơn 2/3 số xã", "chiếm 1/4"):
  // no date is written so.
  const w1 = tokens[first - 1];
  if (n.length === 2 && (n[0] as number) < (n[1] as number) && w1 !== undefined && (w1 === 'chiem' || QUALIFIER_WORDS[w1] !== undefined || QUALIFIER_WORDS[`${tokens[first - 2]} ${w1}`] !== undefined)) return false;
  // A season, a school or fiscal year ('2013/2014', '2013/14'): the second year the first plus one, not
  // two figures ('2013/2020 hồ sơ' stays a pair of counts).
  if (n.length === 2 && /^(?:19|20)\d{2}$/.test(raws[0] as string) && seasonEnd(n[0] as number, raws[1] as string)) return true;
  if (n.length === 2 && isDay(n[0] as number) && isMonth(n[1] as number)) return !readAsFigure(text, sentence, starts[first] as number, ends[first] as number);
  if (n.length === 2) return isMonth(n[0] as number) && /^(?:19|20)\d{2}$/.test(raws[1] as string);
  if (n.length === 3) return isDay(n[0] as number) && isMonth(n[1] as number) && isYearWritten(raws[2] as string);
  return false;
}

/** '2014' or '14' after 2013: the year a season that starts in `year` ends in. */
function seasonEnd(year: number, raw: string): boolean {
  return raw.length === 4 ? Number(raw) === year + 1 : raw.length === 2 && Number(raw) === (year + 1) % 100;
}

/**
 * "45 trên 63 tỉnh": "trên" between two counts, the second larger, is "out of", not "more than" — not after
 * a year ("năm 2013 trên 5.000 ca" is more than 5.000).
 */
function outOf(tokens: readonly string[], starts: readonly number[], ends: readonly number[], text: string, i: number): boolean {
  if (tokens[i - 1] !== 'tren' || tokens[i - 2] !== '#') return false;
  const before = text.slice(starts[i - 2] as number, ends[i - 2] as number);
  const after = text.slice(starts[i] as number, ends[i] as number);
  if (/^(?:19|20)\d{2}$/.test(before)) return false;
  const a = parseWrittenNumber(before).value;
  const b = parseWrittenNumber(after).value;
  return Number.isFinite(a) && Number.isFinite(b) && b > a;
}

/**
 * Words a number after which names a month, a day, or a numbered thing rather than counting anything
 * (as written, lower-cased): "tháng 10", "ngày 15", "Điều 5", "khoản 2", "Chương 3", "mục 4", "lớp 10".
 * The largest number each can be.
 */
const NAMING_WORDS: ReadonlyMap<string, number> = new Map([
  ['tháng', 12],
  ['ngày', 31],
  ['điều', 999],
  ['khoản', 99],
  ['chương', 99],
  ['mục', 99],
  ['lớp', 12],
]);
/** Words before the naming word that make the number a count of each ("mỗi tháng 10 triệu", "hằng ngày 15 chuyến"). */
const EACH = new Set(['moi', 'hang', 'mot']);
/**
 * A count or measure unit after "ngày N" / "tháng N" that makes it a rate, each day or month: "uống
 * ngày 2 lần", "chạy ngày 4 chuyến", "họp tháng 1 lần", "ngày 3 viên" (not "viên chức", "ca sĩ"). No
 * "người": "Tháng 10 người dân …" is a month.
 */
const RATE_UNIT = /^[ \t\u00a0]+(?:lần|chuyến|viên(?![ \t\u00a0]+chức)|tiếng|giờ|bữa|buổi|ca(?![ \t\u00a0]+(?:sĩ|khúc))|lượt|liều|cữ|gói|cốc|lít|suất|tiết)(?![\p{L}\p{M}])/iu;

/**
 * The number token `i` names a month, a day or a numbered article, clause, chapter, section or school
 * grade (see NAMING_WORDS): written in digits alone right after the word, not after "mỗi" / "hằng" /
 * "một" or a number ("3 tháng 10 ngày"; a named one may: "khoản 2 Điều 5"), and not followed by a scale
 * word or "%" ("khoản 500 triệu"), nor a "ngày" / "tháng" number by a count unit ("ngày 2 lần", see
 * RATE_UNIT).
 * Such a number is not a figure: no unit, nothing to compare.
 */
function namedNumber(text: string, tokens: readonly string[], starts: readonly number[], ends: readonly number[], i: number, named: ReadonlySet<number>): boolean {
  if (i === 0) return false;
  const word = text.slice(starts[i - 1] as number, ends[i - 1] as number).normalize('NFC').toLowerCase();
  const max = NAMING_WORDS.get(word);
  // Right after the word, over spaces only: "Trong ngày, 12 ca mắc mới" is a count (the tokens keep no commas).
  if (max === undefined || !/^[ \t\u00a0]+$/.test(text.slice(ends[i - 1] as number, starts[i] as number))) return false;
  const raw = text.slice(starts[i] as number, ends[i] as number);
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) return false;
  if ((word === 'ngày' || word === 'tháng') && RATE_UNIT.test(text.slice(ends[i] as number, (ends[i] as number) + 24).normalize('NFC'))) return false;
  const before = tokens[i - 2];
  // (A number named itself may stand before: "khoản 2 Điều 5".)
  if (before !== undefined && ((before === '#' && !named.has(i - 2)) || EACH.has(before))) return false;
  const next = tokens[i + 1];
  return next === undefined || (SCALE[next] === undefined && next !== '%' && next !== '/');
}

/** Words right before which a day and a month written with a dot are a date (see `dottedDate`), as written, lower-cased. */
const DAY_WORDS = new Set(['ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']);

/**
 * "ngày 19.10", "sáng 5.11", "hôm nay 20.10": a day and a month written with a dot right after a word of the day — a
 * date, as "19/10" is, not a figure (no thousands: two digits at most after the dot). Read as one, "Chị H. được hẹn
 * ngày 19.10" beside another report's "hẹn ngày 18.10" was a figure one digit from the other's.
 */
function dottedDate(text: string, starts: readonly number[], ends: readonly number[], i: number): boolean {
  if (i === 0) return false;
  const date = /^(\d{1,2})\.(\d{1,2})$/.exec(text.slice(starts[i] as number, ends[i] as number));
  if (date === null) return false;
  const [day, month] = [Number(date[1]), Number(date[2])];
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const wordAt = (k: number): string => text.slice(starts[k] as number, ends[k] as number).normalize('NFC').toLowerCase();
  if (!/^[ \t\u00a0]+$/.test(text.slice(ends[i - 1] as number, starts[i] as number))) return false;
  const word = wordAt(i - 1);
  return DAY_WORDS.has(word) || (word === 'nay' && i >= 2 && wordAt(i - 2) === 'hôm');
}

/** Words that may follow the last of a list of named numbers ("Điều 5, 6 và 7 của Luật", "… quy định"), folded. */
const AFTER_NAMED = new Set(['cua', 'thuoc', 've', 'nay', 'tren', 'quy', 'neu', 'tai', 'o', 'duoc', 'deu', 'da', 'dieu', 'khoan', 'chuong', 'muc', 'nam', 'va', 'hoac']);

/**
 * The number token that runs on from the named number at `q` ("Điều 5 - 7", "lớp 10 đến 12", "Điều 5,
 * 6 và 7"), or -1: a dash, "đến", "tới", "và" or a comma between, digits alone after, no scale word or
 * "%" after it.
 */
function runOn(text: string, tokens: readonly string[], starts: readonly number[], ends: readonly number[], q: number): number {
  let r = -1;
  const next = tokens[q + 1];
  if ((next === '-' || next === 'den' || next === 'toi' || next === 'va') && tokens[q + 2] === '#') r = q + 2;
  else if (next === '#' && /^\s*,\s*$/.test(text.slice(ends[q] as number, starts[q + 1] as number))) r = q + 1;
  if (r < 0) return -1;
  const raw = text.slice(starts[r] as number, ends[r] as number);
  const after = tokens[r + 1];
  // After "và" or a comma a counted word makes the number a count of its own ("tháng 10 và 12 tỉnh").
  if ((next === 'va' || next === '#') && after !== undefined && /^\p{L}/u.test(after) && !AFTER_NAMED.has(after)) return -1;
  return /^\d{1,3}$/.test(raw) && (after === undefined || (SCALE[after] === undefined && after !== '%')) ? r : -1;
}

/**
 * Units written glued to both ends of a range ("6.000đ-9.000đ/kg", "10Mbps-25Mbps", "4GB-8GB"), as written in
 * lower case: an amount of money or a measure. Not a letter of a code or a name ("12A-14", "4G-5G", "2D-3D": "d"
 * folds from "đ" too, so the written letter is read, not the folded token).
 */
const GLUED_RANGE_UNITS = new Set(['đ', 'đồng', 'vnđ', 'vnd', 'usd', 'k', 'tr', 'kg', 'km', 'cm', 'mm', 'mbps', 'gb', 'mb', 'tb', 'ghz', 'mah']);

/**
 * The number at token `i`, after "<number><unit>-", is the upper end of a range with the same unit glued to both
 * ends ("6.000đ-9.000đ/kg": the same unit of money or measure right after each number, see GLUED_RANGE_UNITS),
 * not a code: "số 12A-14" (no unit after 14) and "4G-5G" (no unit of amounts) stay codes.
 */
function gluedRangeEnd(text: string, tokens: readonly string[], starts: readonly number[], ends: readonly number[], i: number): boolean {
  if (tokens[i - 3] !== '#' || ends[i - 3] !== starts[i - 2] || tokens[i + 1] !== tokens[i - 2] || starts[i + 1] !== ends[i]) return false;
  return GLUED_RANGE_UNITS.has(text.slice(starts[i - 2] as number, ends[i - 2] as number).toLowerCase());
}

/** The first token of the clause of the token `i` (see Figure.clause): bounded by CLAUSE_REACH tokens. */
function clauseStart(text: string, starts: readonly number[], ends: readonly number[], i: number): number {
  let c = i;
  while (c > 0 && i - c < CLAUSE_REACH && !/[,;:()]/.test(text.slice(ends[c - 1] as number, starts[c] as number))) c--;
  return c;
}

/** Tokens and figures of text[start, end). */
export function tokenizeSentence(text: string, start: number, end: number): TokenizedSentence {
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const numbers: number[] = [];
  if (!scanTokens(text, start, end, tokens, starts, ends, numbers)) {
    // Characters outside the BMP (astral letters are letters too): the regex reads code points.
    tokens.length = starts.length = ends.length = numbers.length = 0;
    const re = new RegExp(TOKEN.source, TOKEN.flags);
    const slice = text.slice(start, end);
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (m[1] !== undefined) {
        numbers.push(tokens.length);
        tokens.push('#');
      } else if (m[2] !== undefined) tokens.push(foldWord(m[2]));
      else tokens.push(m[0] === '–' ? '-' : m[0]);
      starts.push(s);
      ends.push(e);
    }
  }
  const figures: Figure[] = [];
  // Number tokens named (see `namedNumber`) or that run on from a named number ("Điều 5 - 7": the 7).
  const named = new Set<number>();
  for (const i of numbers) {
    const raw = text.slice(starts[i] as number, ends[i] as number);
    const parsed = parseWrittenNumber(raw);
    if (Number.isNaN(parsed.value)) continue;
    let scale = 1;
    let j = i + 1;
    // Scale words follow the number across spaces only ("2021, tỉ lệ" is a year and a share), and
    // "tỷ lệ" / "tỷ trọng" are words of their own.
    while (
      j < tokens.length &&
      SCALE[tokens[j] as string] !== undefined &&
      /^\s+$/.test(text.slice(ends[j - 1] as number, starts[j] as number)) &&
      !NOT_SCALE_AFTER.has(tokens[j + 1] as string)
    ) {
      scale *= SCALE[tokens[j] as string] as number;
      j++;
    }
    let qualifier: QualifierClass = 'exact';
    let spanStart = starts[i] as number;
    const w1 = tokens[i - 1];
    const w2 = i >= 2 ? `${tokens[i - 2]} ${w1}` : '';
    if (w2 && QUALIFIER_WORDS[w2]) {
      qualifier = QUALIFIER_WORDS[w2];
      spanStart = starts[i - 2] as number;
    } else if (w1 && QUALIFIER_WORDS[w1] && !outOf(tokens, starts, ends, text, i)) {
      qualifier = QUALIFIER_WORDS[w1];
      spanStart = starts[i - 1] as number;
    }
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const adjacentNext = next !== undefined && starts[i + 1] === ends[i];
    const adjacentPrev = prev !== undefined && ends[i - 1] === starts[i];
    // "31/10", "1/11/2013", "15h55", "10:38", "7 giờ 25": calendar and clock, not figures.
    const raw2 = raw;
    // "MDT10", "U21", "P-3C", "12301039.epi", "4.2.2": names, codes, files and versions, not figures.
    const code =
      (adjacentPrev && /[\p{L}]$/u.test(prev ?? '')) ||
      (adjacentNext && next !== undefined && /^[\p{L}]/u.test(next) && text[ends[i] as number] === '.') ||
      (/^\d+\.\d+\.\d+$/.test(raw2) && !/^\d{1,3}(?:\.\d{3})+$/.test(raw2)) ||
      // (Not the upper end of a range with its unit glued to both ends: "6.000đ-9.000đ/kg", "10Mbps-25Mbps" — see
      // `gluedRangeEnd`; "12A-14", "4G-5G", "2D-3D" stay codes.)
      (adjacentPrev && prev === '-' && /[\p{L}]$/u.test(tokens[i - 2] ?? '') && ends[i - 2] === starts[i - 1] && !gluedRangeEnd(text, tokens, starts, ends, i));
    let calendar =
      code ||
      (adjacentNext && (next === 'h' || next === ':') && tokens[i + 2] !== undefined) ||
      (adjacentPrev && (prev === 'h' || prev === ':') && tokens[i - 2] === '#') ||
      (((adjacentNext && next === '/' && tokens[i + 2] !== undefined) || (adjacentPrev && prev === '/' && tokens[i - 2] === '#')) && slashedDate(text, { start, end }, tokens, starts, ends, i)) ||
      (next === 'gio' && tokens[i + 2] === '#') ||
      (prev === 'gio' && tokens[i - 2] === '#') ||
      dottedDate(text, starts, ends, i);
    if (!calendar && (named.has(i) || namedNumber(text, tokens, starts, ends, i, named))) {
      calendar = true;
      named.add(i);
      // "Điều 5 - 7", "lớp 10 - 12", "tháng 10 - 12", "Điều 5, 6 và 7": the numbers run on from a named one are named too.
      for (let q = i; ; ) {
        const r = runOn(text, tokens, starts, ends, q);
        if (r < 0) break;
        named.add(r);
        q = r;
      }
    }
    let k = i - 1;
    while (k >= 0 && FROM_FILLER.has(tokens[k] as string)) k--;
    const afterFrom = k >= 0 && tokens[k] === 'tu' && text.slice(starts[k] as number, ends[k] as number).normalize('NFC').toLowerCase() === 'từ';
    const nextWritten = i + 1 < tokens.length ? text.slice(starts[i + 1] as number, ends[i + 1] as number).normalize('NFC') : '';
    figures.push({
      start: starts[i] as number,
      end: ends[i] as number,
      spanStart,
      // The sign of a share belongs to the figure as quoted ("42,13%").
      spanEnd: tokens[j] === '%' ? (ends[j] as number) : j > i + 1 ? (ends[j - 1] as number) : (ends[i] as number),
      value: parsed.value * scale,
      written: text.slice(starts[i] as number, j > i + 1 ? (ends[j - 1] as number) : (ends[i] as number)),
      tolerance: (parsed.unit * scale) / 2,
      qualifier,
      token: i,
      calendar,
      afterFrom,
      nextWritten,
      nameBefore: i >= 1 && /^\p{Lu}/u.test(text.slice(starts[i - 1] as number, ends[i - 1] as number)),
      year: scale === 1 && Number.isInteger(parsed.value) && parsed.value >= 1900 && parsed.value <= 2100 && /^\d{4}$/.test(raw2) && !YEAR_NOT_BEFORE.has(nextWritten.toLowerCase()),
      clause: clauseStart(text, starts, ends, i),
    });
  }
  return { tokens, figures };
}

/** Same figure within what rounding allows ("45 nghìn tỷ" = "45.000 tỷ"; "2,30" = "2,3"). */
export function sameValue(a: Figure, b: Figure): boolean {
  const tol = Math.max(a.tolerance, b.tolerance);
  return Math.abs(a.value - b.value) <= tol + 1e-9 * Math.max(1, Math.abs(a.value));
}

/** The last unit a figure is given to, its trailing zeros read as rounding (see `roundingApart`). */
function roundOf(x: Figure): number {
  let unit = 1;
  while (x.value !== 0 && Number.isInteger(x.value / (unit * 10)) && unit < 1e15) unit *= 10;
  return unit;
}

/**
 * One value is the other rounded to its own precision ("400" for "399", "250" for "249", "30%" for
 * "29,4%"): a difference of rounding. A whole number under a hundred is not another whole number rounded
 * to its tens: "10 huyện" for "11 huyện", "phút 30" for "phút 31" are other figures.
 */
export function roundingApart(a: Figure, b: Figure): boolean {
  const unit = Math.max(roundOf(a), roundOf(b));
  if (unit < 10 || (unit === 10 && Number.isInteger(a.value) && Number.isInteger(b.value) && Math.max(Math.abs(a.value), Math.abs(b.value)) < 100)) return false;
  return Math.round(a.value / unit) === Math.round(b.value / unit) && Math.abs(a.value - b.value) <= unit / 2;
}
