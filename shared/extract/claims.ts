/**
 * Claim extraction: one linear scan for numbers (digits and spelled-out numbers), each read as a
 * number expression in its sentence, then described by its context.
 */
import type { ArticleMeta, ExtractedClaim } from '../schema';
import { findBoilerplate, relatedSpans } from './boilerplate';
import { describeClaim, indexDocument, insideBrackets, leavesFrame, namesOwnPeriod, REVENUE_WORDS, yearFrame, type ClaimContext, type DocumentContext, type FigureBefore } from './context';
import { readExpression, type Atom, type Expression } from './expression';
import { NUMBER_WORDS, parseDigitNumber, roundFloat } from './numbers';
import { foldCase, isDigitCode, isWordOrDigit } from './scan';
import { splitSentences, type Span } from './sentences';
import { readTable, type FlatTable, type TableCell } from './table';
import { UNITS } from './lexicon';

const NUMBER_WORD_ALT = [...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|');
const ORDINAL_ALT = 'nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín|mười';
const SP_ = '[ \\t\\u00a0]+';
/** Fixed number phrases: "gấp đôi", "một phần tư", "một nửa", "hạng nhất", "vị trí nhất", "giải Ba", "số một". */
const PHRASE_ALT = [
  `gấp${SP_}(?:đôi|rưỡi)`,
  `(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)${SP_}(?:phần${SP_}(?:hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|nửa)`,
  `hạng${SP_}(?:nhất|nhì|ba|tư|bốn|năm)`,
  `vị${SP_}trí${SP_}(?:nhất|nhì)(?!${SP_}(?:định|quán|thiết|trí|loạt|thể|là|mực)(?![\\p{L}\\p{M}]))`,
  `giải${SP_}(?:nhất|nhì|ba|tư)`,
  `số${SP_}một`,
].join('|');

/**
 * A digit (its run — "1.891", "42,13" — is read in code: a repeated group over digit runs is slow
 * in the regex engine), "thứ <ordinal word>", and runs of up to twelve number words. The start of a
 * word match is checked in code: a leading look-behind would make the regex engine try every
 * position (4× slower).
 */
const ATOM_RE = new RegExp(
  String.raw`(\d)|(thứ[ \t\u00a0]+(?:${ORDINAL_ALT}))(?![\p{L}\p{M}])|(${PHRASE_ALT})(?![\p{L}\p{M}])|((?:${NUMBER_WORD_ALT})(?:[ \t\u00a0]+(?:${NUMBER_WORD_ALT})){0,11})(?![\p{L}\p{M}])`,
  'gu',
);

export function extractClaims(text: string, meta?: ArticleMeta): ExtractedClaim[] {
  if (text.length === 0) return [];
  const sentences = splitSentences(text);
  const title = meta?.title ?? firstLine(text);
  const published = meta?.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : NaN;
  const publishedDay = meta?.publishedAt && /^\d{4}-\d{2}-\d{2}/u.test(meta.publishedAt) ? meta.publishedAt.slice(0, 10) : null;
  // Hot regexes run on a lower-cased copy with the same offsets: no slow case-insensitive flag.
  // "tỉ số", "tỉ lệ", "tỉ trọng" are read as the commoner spelling "tỷ …" (one character for one: the
  // offsets stay).
  const lower = foldCase(text);
  const folded = lower.includes('tỉ') ? lower.replace(TI_SPELLING, 'tỷ') : lower;
  // The compiled scanner is reused across texts (a new RegExp per text starts cold: interpreted, then
  // compiled again); a call made while another runs gets its own.
  const re = spareAtomRe ?? new RegExp(ATOM_RE.source, ATOM_RE.flags);
  spareAtomRe = null;
  re.lastIndex = 0;
  try {
    return scanClaims(text, meta, sentences, title, published, publishedDay, folded, re);
  } finally {
    spareAtomRe = re;
  }
}

let spareAtomRe: RegExp | null = null;

const TI_SPELLING = /(?<![\p{L}\p{M}])tỉ(?=[ \t]+(?:số|lệ|trọng)(?![\p{L}\p{M}]))/gu;

function scanClaims(
  text: string,
  meta: ArticleMeta | undefined,
  sentences: Span[],
  title: string | null,
  published: number,
  publishedDay: string | null,
  folded: string,
  re: RegExp,
): ExtractedClaim[] {
  // Furniture and the document index are built on first need: text without numbers pays nothing.
  let boilerplate: Span[] | null = null;
  let related: Span[] | null = null;
  let doc: DocumentContext | null = null;
  const claims: ExtractedClaim[] = [];
  let sentenceIndex = 0;
  let boilerplateIndex = 0;
  const tables = new TableReader(text, folded);
  // The year that framed an earlier sentence's figures ("… ngân sách năm 2013 đạt …"), carried to the
  // sentences after it that name no period of their own, for at most CARRY_SENTENCES sentences.
  let carried: string | null = null;
  let carriedFrom = -1;
  // The periods distinctive figures were first given with (see restatedFigure).
  let restated: Map<string, FirstMention | null> | null = null;
  let framedSentence = -1;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const start = m.index;
    const matchEnd = m[1] !== undefined ? digitRunEnd(folded, start) : start + m[0].length;
    if (m[1] === undefined && isWordOrDigit(folded[start - 1] ?? '')) {
      re.lastIndex = start + 1; // a number word inside another word ("toba", "hai" in "khai")
      continue;
    }
    if (m[4] !== undefined && repeatsWord(m[4])) {
      re.lastIndex = matchEnd; // "hai hai hai …": a stutter or debris, never one number
      continue;
    }
    if (m[1] !== undefined) {
      const blobEnd = Math.max(numberBlobEnd(folded, start, matchEnd), longTokenEnd(folded, start), numericRunEnd(folded, start));
      if (blobEnd > 0) {
        re.lastIndex = blobEnd; // serials, codes and table debris: "1-1-1-1-1", 40-digit runs
        continue;
      }
    }
    const atom: Atom = {
      start,
      end: matchEnd,
      raw: text.slice(start, matchEnd),
      form: m[1] !== undefined ? 'digits' : m[2] !== undefined ? 'ordinal' : m[3] !== undefined ? 'phrase' : 'words',
    };
    // The related headlines are found once for the furniture and the document's index.
    related ??= relatedSpans(text, title);
    boilerplate ??= findBoilerplate(text, title, related);
    while (boilerplateIndex < boilerplate.length && (boilerplate[boilerplateIndex]?.end ?? 0) <= start) boilerplateIndex++;
    const furniture = boilerplate[boilerplateIndex];
    if (furniture && furniture.start <= start) {
      re.lastIndex = Math.max(re.lastIndex, furniture.end);
      continue;
    }
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= start) sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    if (!sentence || sentence.start > start) continue;
    // A flattened table's header numbers ("(1)", "9T/2013") and bare cells are read from the table.
    const table = atom.form === 'digits' ? tables.at(sentenceIndex, sentence, start) : null;
    let cell: TableCell | null = null;
    if (table) {
      const ignoredEnd = table.ignored.get(start);
      if (ignoredEnd !== undefined) {
        re.lastIndex = Math.max(re.lastIndex, ignoredEnd);
        continue;
      }
      cell = table.cells.get(start) ?? null;
    }
    let expr: Expression | null;
    if (table && cell && !cell.percent) {
      expr = tables.cellExpression(table, cell);
      re.lastIndex = Math.max(atom.start + 1, cell.end);
    } else {
      // Without a date line, a day and month ("Ngày 1/5, hai đoàn tàu … xuất phát") takes the year the text
      // speaks of most, as a year-less period does (see DocumentContext.year).
      if (!Number.isFinite(published)) doc ??= indexDocument(text, folded, title, null, meta?.publishedAt ?? null, related);
      const reading = readExpression(text, folded, sentence, atom, Number.isFinite(published) ? published : (doc?.year ?? null), publishedDay);
      re.lastIndex = Math.max(atom.start + 1, reading.next);
      expr = reading.expression;
      // "8%" after two period columns is the change between them, signed or not.
      if (expr && cell?.change && expr.kind === 'percent') expr = { ...expr, kind: 'change' };
      if (expr) expr = estimateGap(folded, sentence, expr, claims[claims.length - 1]);
      if (expr && expr.kind === 'percent') expr = percentChange(folded, sentence, expr, claims[claims.length - 1]);
      if (expr) expr = spelledOutChange(folded, sentence, expr, claims[claims.length - 1]);
    }
    if (!expr || expr.end <= expr.start || expr.end > sentence.end || expr.start < sentence.start) continue;
    if (ageBandOfCount(text, expr, claims[claims.length - 1])) continue;
    doc ??= indexDocument(text, folded, title, Number.isFinite(published) ? published : null, meta?.publishedAt ?? null, related);
    if (framedSentence !== sentenceIndex) {
      framedSentence = sentenceIndex;
      const frame = yearFrame(text, doc, sentence, expr.start);
      if (frame !== null) {
        carried = frame;
        carriedFrom = sentenceIndex;
      } else if (carried !== null && (sentenceIndex - carriedFrom > CARRY_SENTENCES || namesOwnPeriod(text, doc, sentence) || leavesFrame(text, doc, sentence))) carried = null;
    }
    let ctx = describeClaim(text, sentence, expr, doc, sentences[sentenceIndex - 1] ?? null, carriedFrom < sentenceIndex ? carried : null, figureBefore(text, sentence, claims));
    if (table && cell) ctx = cellContext(table, cell, ctx, doc.mainSubject);
    else {
      ctx = restatedFigure(text, doc, sentence, expr, ctx, (restated ??= new Map()));
      if (ctx.period === null) ctx = averageOverPeriod(folded, sentence, sentences[sentenceIndex - 1] ?? null, expr, claims, ctx);
    }
    const claim = new ClaimRecord(text, sentence, expr, ctx);
    claims.push(claim);
    if (table && cell && !cell.percent && table.unit === null) tables.unscaled(table, claim);
  }
  tables.scaleFromProse(claims);
  return dropOverlaps(text, joinUnitRanges(text, claims));
}

/** How many claims in brackets figureBefore passes over at most. */
const BRACKETED_RUN = 4;

/**
 * The claim before the next figure in its sentence, passing over claims in brackets (they restate the figure before
 * them: "tăng 75,46 điểm (0,5%), đạt …"), or null: for a change that continues it or a bracket that restates it
 * (context.ts continuedMetric, restatedInBrackets). Its metric as stored (a table cell's included).
 */
function figureBefore(text: string, sentence: Span, claims: readonly ExtractedClaim[]): FigureBefore | null {
  for (let i = claims.length - 1; i >= Math.max(0, claims.length - 1 - BRACKETED_RUN); i--) {
    const c = claims[i] as ExtractedClaim;
    if (c.sentenceStart !== sentence.start) return null;
    if (!insideBrackets(text, sentence.start, c.start)) return { end: c.end, metric: c.metric };
  }
  return null;
}

/**
 * Engine 70: an age bound right after a count of people ("9,1 triệu người từ 15 tuổi trở lên", "1.200 trẻ em dưới 5
 * tuổi", "350 lao động trên 35 tuổi") says who the count is of — part of its metric, not a figure of its own. Only a
 * bound (from, under, over), never an exact age ("2 nạn nhân 19 tuổi" is the victims' age), and only right after the
 * count (at most the rest of its noun between: "trẻ" is read as the unit of "1.200 trẻ em").
 */
function ageBandOfCount(text: string, expr: Expression, previous: ExtractedClaim | undefined): boolean {
  if (expr.kind !== 'measure' || expr.unit !== 'tuổi' || expr.qualifier === 'exact' || expr.qualifier === 'approx') return false;
  if (previous === undefined || previous.kind !== 'count' || previous.end > expr.start) return false;
  return /^(?:[ \t\u00a0]+\p{Ll}[\p{L}\p{M}]*){0,2}[ \t\u00a0]+$/u.test(text.slice(previous.end, expr.start));
}

/**
 * Session 71: a distinctive figure restated later in the article — "tăng bội chi năm 2013 - 2014 lên 5,3% GDP" … "tôi
 * ủng hộ việc tăng bội chi lên 5,3% GDP", "trong quý I/2021, cả nước còn 9,1 triệu người bị ảnh hưởng" … "540.000 người
 * trong tổng số 9,1 triệu người …" — is the same figure, of the period its first dated mention was given (by any
 * reader), when the sentence restating it names no period of its own and no other reader dated it. Only a figure of
 * two significant digits or more, the same kind, unit and value, said as a fact (not a plan or a forecast: "dự kiến
 * đầu tư 15 tỷ đồng" is another figure than "đạt 15 tỷ đồng"), with a metric sharing a word with the first mention's
 * when both have one; a figure given with two different periods before is left alone (one restated between them
 * takes the first).
 * (Also overriding the weaker readers after the sentence's own — the budget's year, a year carried — gained the
 * "5,3% GDP" of half A but lost two claims of half B: not kept.)
 */
function restatedFigure(text: string, doc: DocumentContext, sentence: Span, expr: Expression, ctx: ClaimContext, first: Map<string, FirstMention | null>): ClaimContext {
  if (expr.kind === 'date') return ctx;
  // The cheap tests first: most figures have a period and no restated figure is known yet.
  if (ctx.period === null ? first.size === 0 : !namesOwnPeriod(text, doc, sentence)) return ctx;
  if (valueDigits(expr.value) < 2) return ctx;
  const key = `${expr.kind}|${expr.unit ?? ''}|${expr.value}`;
  if (ctx.period !== null) {
    const known = first.get(key);
    if (known === undefined) first.set(key, { period: ctx.period, metric: ctx.metric });
    else if (known !== null && known.period !== ctx.period) first.set(key, null);
    return ctx;
  }
  // A plan or a forecast of the same amount is another figure ("đạt 15 tỷ đồng" … "dự kiến đầu tư 15 tỷ đồng").
  if (ctx.modality !== 'fact' || namesOwnPeriod(text, doc, sentence)) return ctx;
  const known = first.get(key);
  if (known === undefined || known === null || !metricsMayAgree(known.metric, ctx.metric)) return ctx;
  return { ...ctx, period: known.period };
}
/** The period and the metric a distinctive figure was first given with (restatedFigure). */
interface FirstMention {
  period: string;
  metric: string | null;
}
/** Two metrics that may name one figure: either unknown, or a word in common ("doanh thu" vs "đầu tư" do not). */
function metricsMayAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const words = new Set(a.toLowerCase().split(' '));
  return b
    .toLowerCase()
    .split(' ')
    .some((w) => words.has(w));
}
/** Digits of a value once its decimal point and leading and trailing zeros are dropped: 5.3 → 2, 9100000 → 2, 2000000 → 1. */
function valueDigits(value: number): number {
  const s = String(Math.abs(value));
  let first = -1;
  let last = -1;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    digits++;
    if (c === 0x30) continue;
    if (first < 0) first = digits;
    last = digits;
  }
  return first < 0 ? 0 : last - first + 1;
}

/**
 * Engine 62: an average per unit of time — "Như vậy, bình quân mỗi tháng, tỉnh có hơn 1.200 doanh nghiệp thành lập
 * mới", "trung bình mỗi ngày có 300 ca" — is worked out over the period the figures just before it were given for: a
 * figure of such a sentence with no period of its own takes the period of the last figure before it, in its sentence
 * or the one before ("Trong 6 tháng đầu năm 2022, tỉnh có 7.300 doanh nghiệp thành lập mới. Như vậy, bình quân mỗi
 * tháng …" → "6 tháng đầu năm 2022"). Not a day's period (an average is over a stretch of time), not a date or a length.
 */
function averageOverPeriod(folded: string, sentence: Span, previous: Span | null, expr: Expression, claims: readonly ExtractedClaim[], ctx: ClaimContext): ClaimContext {
  if (expr.kind === 'date' || expr.kind === 'duration') return ctx;
  const before = folded.slice(Math.max(sentence.start, expr.start - AVERAGE_REACH), expr.start);
  // The words first (one scan each), the regex only when one is there.
  if ((!before.includes('bình quân') && !before.includes('trung bình')) || !AVERAGE_PER_TIME.test(before)) return ctx;
  const from = previous?.start ?? sentence.start;
  // A bounded look back (a few figures, a few hundred characters): a long run of averages with no period stays linear.
  for (let i = claims.length - 1; i >= Math.max(0, claims.length - AVERAGE_LOOK_BACK_CLAIMS); i--) {
    const c = claims[i] as ExtractedClaim;
    if (c.sentenceStart < from || expr.start - c.end > AVERAGE_LOOK_BACK) break;
    if (c.period === null || c.kind === 'date') continue;
    return ISO_DAY.test(c.period) ? ctx : { ...ctx, period: c.period };
  }
  return ctx;
}
/** How far before a figure its "bình quân mỗi tháng" is looked for. */
const AVERAGE_REACH = 120;
/** How many figures, and how far back, the figure whose period an average takes is looked for. */
const AVERAGE_LOOK_BACK_CLAIMS = 8;
const AVERAGE_LOOK_BACK = 600;
/** "bình quân / trung bình (mỗi|một) ngày / tuần / tháng / quý / năm". */
const AVERAGE_PER_TIME = /(?<![\p{L}\p{M}])(?:bình quân|trung bình)[ \t\u00a0]+(?:mỗi|một|hằng|hàng)[ \t\u00a0]+(?:ngày|tuần|tháng|quý|năm)(?![\p{L}\p{M}])/u;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/u;

/** How many sentences after it a framing year still dates the figures of a sentence naming no period. */
const CARRY_SENTENCES = 3;

/**
 * A range whose unit is written at both ends is one claim, as "6.000 - 9.000 đồng/kg" is: "phạt tù từ ba
 * năm đến mười năm", "từ năm triệu đồng đến năm mươi triệu đồng", "từ 50% đến hơn 90%", "từ ba tháng đến
 * hai năm" (the upper end in the lower end's unit). Only two figures of one kind and unit (a duration's
 * months and years convert), rising, with nothing but "đến", "tới" or a dash between them.
 */
function joinUnitRanges(text: string, claims: ExtractedClaim[]): ExtractedClaim[] {
  let out: ExtractedClaim[] | null = null;
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i] as ExtractedClaim;
    const b = claims[i + 1];
    const factor = b === undefined ? null : rangeFactor(a, b);
    if (
      b === undefined ||
      factor === null ||
      a.value === null ||
      b.value === null ||
      b.start < a.end ||
      !RANGE_GAP.test(text.slice(a.end, b.start)) ||
      b.value * factor <= a.value ||
      // A series "20 ca - 30 ca - 40 ca" is no range.
      SERIES_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start)) ||
      SERIES_AFTER.test(text.slice(b.end, b.end + 8))
    ) {
      out?.push(a);
      continue;
    }
    out ??= claims.slice(0, i);
    a.end = b.end;
    a.quote = text.slice(a.start, b.end);
    a.upper = roundFloat((b.value as number) * factor);
    out.push(a);
    i++;
  }
  return out ?? claims;
}

const ENDS_ON_DIGIT = /\d$/u;
/** "đến", "tới" or a dash between the two ends, nothing else. */
const RANGE_GAP = /^[ \u00a0]*(?:đến|tới|[-–])[ \u00a0]*$/u;
/** A figure and a dash before the lower end, a dash and a figure after the upper one: "20 ca - 30 ca - 40 ca" (a bullet "- 20 ca đến 30 ca" or an aside "– 7% đến 9% –" is none). */
const SERIES_BEFORE = /\d[^\d\n]{0,16}[ \u00a0][-–][ \u00a0]*$/u;
const SERIES_AFTER = /^[ \u00a0]*[-–][ \u00a0]*\d/u;
const RANGE_KINDS: ReadonlySet<string> = new Set(['duration', 'money', 'measure', 'percent', 'count']);
/** Months per unit of a duration, to give the upper end in the lower end's unit. */
const DURATION_MONTHS: Readonly<Record<string, number>> = { tháng: 1, năm: 12 };

/** How the upper end's value converts into the lower end's unit; null when they are no range. */
function rangeFactor(a: ExtractedClaim, b: ExtractedClaim): number | null {
  if (a.kind !== b.kind || !RANGE_KINDS.has(a.kind) || a.sentenceStart !== b.sentenceStart) return null;
  if (a.upper !== null || b.upper !== null || a.total !== null || b.total !== null || a.unit === null || b.unit === null) return null;
  if (a.unit === 'tỷ số' || a.unit === 'phút') return null;
  // "từ dưới 50% đến hơn 90%": a lower end bounded from above is no start of a range.
  if (a.qualifier === 'less_than' || a.qualifier === 'at_most') return null;
  // The unit written at both ends ("-29.81 -72.58" in a flattened table has it in the header only).
  if (ENDS_ON_DIGIT.test(a.quote) || ENDS_ON_DIGIT.test(b.quote)) return null;
  if (a.unit === b.unit) return 1;
  const from = DURATION_MONTHS[b.unit];
  const to = DURATION_MONTHS[a.unit];
  return a.kind === 'duration' && from !== undefined && to !== undefined ? from / to : null;
}

/**
 * A percent that is the size of a change: the same change restated in percent ("giảm 2,93 điểm, tương
 * đương 0,49%", "tăng 0,35 điểm (0,57%)"), or how far a plan was exceeded ("9 tháng vượt 27% kế hoạch
 * năm", "hoàn thành vượt mức 26,7% so với kế hoạch") — there "vượt" is the change, not "more than".
 */
function percentChange(folded: string, sentence: Span, expr: Expression, previous: ExtractedClaim | undefined): Expression {
  if (
    previous !== undefined &&
    previous.kind === 'change' &&
    previous.end <= expr.start &&
    previous.start >= sentence.start &&
    EQUIVALENT_GAP.test(folded.slice(previous.end, expr.start)) &&
    // "(0,57%) lên 61,5 điểm", "tương đương 0,49%.": nothing of its own after it — not a share of a whole
    // ("(35% đến từ xuất khẩu)", "(15% tổng kim ngạch)", ", hay 15% doanh thu", "(45% là trẻ em)").
    RESTATED_END.test(folded.slice(expr.end, Math.min(sentence.end, expr.end + 12)))
  ) {
    return { ...expr, kind: 'change' };
  }
  const before = folded.slice(Math.max(sentence.start, expr.numberStart - 14), expr.numberStart);
  const exceeded = OVERSHOOT_BEFORE.exec(before);
  // "đạt 42%, vượt 40% kế hoạch": after the level reached, "vượt" names the plan's level, not the excess.
  // Only a plan near the level ("đạt 42%, vượt 40%"), not an excess far below it ("đạt 42%, vượt 2%", "đạt
  // 105% dự toán, vượt 5%").
  const level = previous?.value ?? null;
  const levelBefore =
    previous !== undefined && previous.kind === 'percent' && previous.start >= sentence.start && expr.start - previous.end < 40 && level !== null && expr.value < level && expr.value >= level / 2;
  if (exceeded !== null && !levelBefore && PLAN_AFTER.test(folded.slice(expr.end, Math.min(sentence.end, expr.end + 24)))) {
    // The qualifier "more than" came from "vượt" itself (the quote starts on it); another word keeps its own.
    return { ...expr, kind: 'change', qualifier: expr.qualifier === 'more_than' && expr.start < expr.numberStart && folded.startsWith('vượt', expr.start) ? 'exact' : expr.qualifier };
  }
  return expr;
}

/**
 * An amount that the text itself shows to be a change: its bracket spells the move ("Giảm mức sử dụng Quỹ
 * Bình ổn giá 100 đồng/lít (từ 300 đồng/lít xuống còn 200 đồng/lít)"), or it is the second of two changes
 * joined by their baselines ("tăng 10% so với cùng kỳ và 16% so với tháng 8", "tăng 0,3% so với tháng tám,
 * và 0,8% so với tháng 12/2012").
 */
function spelledOutChange(folded: string, sentence: Span, expr: Expression, previous: ExtractedClaim | undefined): Expression {
  if (expr.kind !== 'percent' && expr.kind !== 'money' && expr.kind !== 'count' && expr.kind !== 'measure') return expr;
  if (bracketSpellsMove(folded, sentence, expr)) return { ...expr, kind: 'change' };
  if (
    expr.kind === 'percent' &&
    previous !== undefined &&
    previous.kind === 'change' &&
    previous.unit === '%' &&
    previous.start >= sentence.start &&
    previous.end <= expr.start &&
    BASELINE_AFTER.test(folded.slice(expr.end, Math.min(sentence.end, expr.end + 10))) &&
    // "…, 85% so với dự toán năm": the share of a plan reached is a level.
    !PLAN_BASELINE_AFTER.test(folded.slice(expr.end, Math.min(sentence.end, expr.end + 24))) &&
    JOINED_BASELINE_GAP.test(folded.slice(previous.end, expr.start))
  ) {
    return { ...expr, kind: 'change' };
  }
  // "Hai mã này tăng tương ứng 0,75% và 0,61%", "giảm 2%, 3% và 5%": a list of amounts governed by one change verb
  // is a list of changes (the guide: items of a list inherit the kind of the phrase that governs them; engine 72).
  // Only a percent right after a change in percent, joined by "và" or a comma, with nothing of its own after it:
  // "tăng 5% và 40% số doanh nghiệp có lãi" is a share of a whole.
  if (
    expr.kind === 'percent' &&
    expr.start === expr.numberStart &&
    previous !== undefined &&
    previous.kind === 'change' &&
    previous.unit === '%' &&
    previous.start >= sentence.start &&
    previous.end <= expr.start &&
    expr.start - previous.end <= 8 &&
    LIST_GAP.test(folded.slice(previous.end, expr.start)) &&
    RESTATED_END.test(folded.slice(expr.end, Math.min(sentence.end, expr.end + 12)))
  ) {
    return { ...expr, kind: 'change' };
  }
  return expr;
}
/** Between two items of a list: a comma, "và" or both (", và "). */
const LIST_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*(?:và[ \t\u00a0]+)?|và[ \t\u00a0]+)$/u;

/**
 * A budget's outcome against its estimate is a gap at one time, not a change over time (engine 31, the gold's
 * "giảm gần 64.000 tỷ đồng so với dự toán" = money): "đạt 790.800 tỷ đồng, giảm 25.200 tỷ đồng (-3,1%) so với
 * dự toán", "tăng 8.300 tỷ đồng tương đương 0,8% so với dự toán" — the amount is money, its share a percent.
 * Only an amount of money (or the share restating it) with "so với dự toán" right after it, or after the
 * share; "tăng 1,2% so với ước thực hiện năm 2012" (over time) and "vượt 27% kế hoạch" stay changes.
 */
function estimateGap(folded: string, sentence: Span, expr: Expression, previous: ExtractedClaim | undefined): Expression {
  if (expr.kind !== 'change') return expr;
  // Only in a budget's sentence: "Giá xăng tăng 500 đồng so với dự toán của các chuyên gia" stays a change
  // (review of engine 31). The test runs once per change of money, on the words before it in its sentence.
  if (!budgetBefore(folded.slice(Math.max(sentence.start, expr.start - 160), expr.start))) return expr;
  const after = folded.slice(expr.end, Math.min(sentence.end, expr.end + 48));
  if (expr.unit !== null && KIND_OF_UNIT.get(expr.unit.split('/')[0] ?? '') === 'money') {
    if (ESTIMATE_AFTER.test(after) || ESTIMATE_AFTER_SHARE.test(after)) return { ...expr, kind: 'money' };
    return expr;
  }
  // "(-3,1%)", "tương đương 0,8%" right after such a gap, then "so với dự toán".
  if (
    expr.unit === '%' &&
    previous !== undefined &&
    previous.kind === 'money' &&
    previous.start >= sentence.start &&
    previous.end <= expr.start &&
    ESTIMATE_SHARE_GAP.test(folded.slice(previous.end, expr.start)) &&
    ESTIMATE_AFTER.test(folded.slice(expr.end, Math.min(sentence.end, expr.end + 24)).replace(/^\)/u, ''))
  ) {
    return { ...expr, kind: 'percent' };
  }
  return expr;
}
/**
 * A budget word before the gap: "thu ngân sách", "Tổng chi …", "bội chi", "thu nội địa" — the same real budget
 * words as the year carry (re-review of engine 31: "chi phí tăng 300 đồng so với dự toán" is no budget gap).
 */
const BUDGET_BEFORE = /(?<![\p{L}\p{M}])(?:ngân sách|bội chi|nợ công)(?![\p{L}\p{M}])/u;
function budgetBefore(words: string): boolean {
  return BUDGET_BEFORE.test(words) || REVENUE_WORDS.test(words);
}
/** " so với dự toán": the estimate a budget figure is measured against. */
const ESTIMATE_AFTER = /^[ \t\u00a0]*so với[ \t\u00a0]+dự toán(?![\p{L}\p{M}])/u;
/** " (-3,1%) so với dự toán", " tương đương 0,8% so với dự toán": a share between the amount and the estimate. */
const ESTIMATE_AFTER_SHARE = /^[ \t\u00a0]*(?:\([ \t\u00a0]*[-+–]?\d{1,3}(?:,\d{1,3})?[ \t\u00a0]*%[ \t\u00a0]*\)|,?[ \t\u00a0]*(?:tương đương|tương ứng|tức)[ \t\u00a0]+\d{1,3}(?:,\d{1,3})?[ \t\u00a0]*%)[ \t\u00a0]*so với[ \t\u00a0]+dự toán(?![\p{L}\p{M}])/u;
/** Between the gap and its share: "(", "(-" is read by the share's sign; ", tương đương", "tương ứng", "tức". */
const ESTIMATE_SHARE_GAP = /^[ \t\u00a0]*(?:\(|,?[ \t\u00a0]*(?:tương đương|tương ứng|tức))[ \t\u00a0]*[-+–]?$/u;
/** The kind of each unit as the extractor writes it ("đồng", "USD", "%"). */
const KIND_OF_UNIT = new Map<string, string>(UNITS.map((u) => [u.unit, u.kind]));

/**
 * Right after an amount, a bracket that spells its move: "100 đồng/lít (từ 300 đồng/lít xuống còn 200
 * đồng/lít)" — the two ends differ by the amount itself. A level's bracket ("còn 24.000 đồng/lít (từ 24.300
 * đồng/lít xuống)", "7% (từ 7,5% xuống 7%)") or one about something else ("1.200 học sinh (từ lớp 1 lên lớp
 * 5)") does not.
 */
function bracketSpellsMove(folded: string, sentence: Span, expr: Expression): boolean {
  const move = MOVE_BRACKET_AFTER.exec(folded.slice(expr.end, Math.min(sentence.end, expr.end + 80)));
  if (move === null) return false;
  const amount = parseDigitNumber(DIGITS_AT.exec(folded.slice(expr.numberStart, expr.end))?.[0] ?? '');
  const from = parseDigitNumber(move[1] ?? '');
  const to = parseDigitNumber(move[2] ?? '');
  if (amount === null || from === null || to === null || amount === 0) return false;
  return Math.abs(Math.abs(from - to) - amount) <= amount * 1e-9;
}

/** "(từ 300 đồng/lít xuống còn 200": the two ends of a move, as written. */
const MOVE_BRACKET_AFTER = /^[ \t\u00a0]*\([ \t\u00a0]*từ[ \t\u00a0]+(\d[\d.,]*)[^()\d]{0,24}?(?<![\p{L}\p{M}])(?:xuống|lên)(?:[ \t\u00a0]+(?:còn|mức))?[ \t\u00a0]+(\d[\d.,]*)/u;
/** The number as written at the start of an amount. */
const DIGITS_AT = /^\d[\d.,]*/u;
/** "so với kế hoạch/dự toán/chỉ tiêu…": the baseline of a share of a plan. */
const PLAN_BASELINE_AFTER = /^[ \t\u00a0]+so với[ \t\u00a0]+(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|tổng|cả năm)(?![\p{L}\p{M}])/u;
/** "so với …" right after a percent: the baseline of a change. */
const BASELINE_AFTER = /^[ \t\u00a0]+so với(?![\p{L}\p{M}])/u;
/** Between two changes: the first one's baseline, then "và" or a comma ("so với cùng kỳ và ", "so với tháng tám, và "). */
const JOINED_BASELINE_GAP = /^[ \t\u00a0]+so với[ \t\u00a0]+[^,;:()%]{1,40}?(?:,[ \t\u00a0]*(?:và[ \t\u00a0]+)?|[ \t\u00a0]+và[ \t\u00a0]+)$/u;

/** After a restated percent: a closing bracket, a stop, the end, or the change's own verbs. */
const RESTATED_END = /^[ \t\u00a0]*(?:[),.;!?]|$|so với|lên|xuống|còn|và)/u;
/** Between a change and its percent: "(", ", tương đương", "tức", "hay", "tương ứng (với)". */
const EQUIVALENT_GAP = /^[ \t\u00a0]*(?:\(|,?[ \t\u00a0]*(?:tương đương|tương ứng(?:[ \t\u00a0]+với)?|tức(?:[ \t\u00a0]+là)?|hay|hoặc)(?:[ \t\u00a0]+(?:mức|với))?)[ \t\u00a0]*$/u;
/** "vượt", "vượt mức", "hoàn thành vượt" right before the figure. */
const OVERSHOOT_BEFORE = /(?<![\p{L}\p{M}])vượt(?:[ \t\u00a0]+mức)?[ \t\u00a0]+$/u;
/**
 * The plan exceeded, right after the figure: "kế hoạch", "dự toán", "so với kế hoạch/chỉ tiêu/mục tiêu".
 * A bare "chỉ tiêu" may name the level reached ("Kinh tế số vượt 17% chỉ tiêu đề ra": above the 17% set).
 */
const PLAN_AFTER = /^[ \t\u00a0]+(?:kế hoạch|dự toán|so[ \t\u00a0]+với[ \t\u00a0]+(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu))(?![\p{L}\p{M}])/u;

/** Two bare numbers in a row (spaces and a sign between): the shape of a flattened table's row. */
const ROW_SHAPE = /\d%?[ \t\u00a0]+(?:[-+–][ \t\u00a0]?)?\d/gu;
/** Scale words a prose figure can have that a table states without ("60 tỷ đồng" vs "59.69"). */
const PROSE_SCALES = [1, 1e3, 1e6, 1e9];
/** A prose figure restates a table cell when they agree within this fraction. */
const RESTATE_TOLERANCE = 0.02;
/** Comparisons spent per document looking for the scale of unscaled table cells (shared by its tables). */
const MAX_SCALE_COMPARISONS = 100_000;

/**
 * Flattened tables, read once per sentence that has the shape of a row, and the claims of their
 * cells. Sentences are visited in order, so the search for the next row shape runs once over the text.
 */
class TableReader {
  private nextShape = -1;
  private sentence = -1;
  private table: FlatTable | null = null;
  private readonly units = new Map<FlatTable, Expression | null>();
  private readonly pending = new Map<FlatTable, ExtractedClaim[]>();
  constructor(
    private readonly text: string,
    private readonly folded: string,
  ) {}

  at(index: number, sentence: Span, start: number): FlatTable | null {
    if (index !== this.sentence) {
      this.sentence = index;
      this.table = null;
      if (this.nextShape < sentence.start) {
        ROW_SHAPE.lastIndex = sentence.start;
        // No row shape left ("… 1.250 tỷ đồng." in prose to the end): the text's length, past every sentence's end.
        // A small integer like the offsets, not Number.MAX_SAFE_INTEGER: a double stored in this field once changed
        // the reader's hidden class, which threw scanClaims' optimized code back to the interpreter (issue 11).
        this.nextShape = ROW_SHAPE.exec(this.folded)?.index ?? this.folded.length;
      }
      if (this.nextShape < sentence.end) this.table = readTable(this.text, this.folded, sentence);
    }
    const t = this.table;
    return t && start >= t.start && start < t.end ? t : null;
  }

  /** A bare cell as a claim: its value in the table's declared unit ("Đơn vị tính: VNĐ/lít"). */
  cellExpression(table: FlatTable, cell: TableCell): Expression {
    const raw = parseDigitNumber(this.text.slice(cell.start, cell.end)) ?? 0;
    const unit = this.unitOf(table);
    return {
      start: cell.start,
      end: cell.end,
      kind: unit?.kind === 'money' || unit?.kind === 'measure' || unit?.kind === 'count' || unit?.kind === 'percent' ? unit.kind : 'count',
      value: roundFloat(raw * (unit?.value ?? 1)),
      total: null,
      upper: null,
      unit: unit?.unit ?? null,
      qualifier: 'exact',
      years: null,
      date: null,
      numberStart: cell.start,
    };
  }

  /** A cell read without a unit, to be scaled by the prose that restates it. */
  unscaled(table: FlatTable, claim: ExtractedClaim): void {
    const list = this.pending.get(table);
    if (list) list.push(claim);
    else this.pending.set(table, [claim]);
  }

  /**
   * A table without a declared unit takes the unit and scale of the prose figures that restate its
   * cells ("KSB lãi gần 60 tỷ đồng" beside a cell "59.69"): money cells of a results table.
   */
  scaleFromProse(claims: ExtractedClaim[]): void {
    if (this.pending.size === 0) return;
    const pending = new Set<ExtractedClaim>();
    for (const list of this.pending.values()) for (const c of list) pending.add(c);
    const money = claims.filter((c) => c.kind === 'money' && c.value !== null && !pending.has(c));
    // Each table its share of the comparisons: a long document spends them on its first table's
    // cells without leaving the later tables unscaled, and a table past its share decides on the
    // votes it has.
    const share = Math.floor(MAX_SCALE_COMPARISONS / this.pending.size);
    for (const cells of this.pending.values()) {
      const votes = new Map<number, { n: number; unit: string | null }>();
      let budget = share;
      cellsOfTable: for (const c of cells) {
        // Fewer than three significant digits agree with too many figures by chance.
        const value = c.value ?? 0;
        if (value < 10 || significantDigits(c.quote) < 3) continue;
        for (const m of money) {
          if (--budget < 0) break cellsOfTable;
          for (const scale of PROSE_SCALES) {
            if (Math.abs((m.value ?? 0) / (value * scale) - 1) <= RESTATE_TOLERANCE) {
              const v = votes.get(scale) ?? { n: 0, unit: m.unit };
              v.n++;
              votes.set(scale, v);
            }
          }
        }
      }
      let best: [number, { n: number; unit: string | null }] | null = null;
      for (const e of votes) if (!best || e[1].n > best[1].n) best = e;
      if (!best) continue;
      for (const c of cells) {
        c.kind = 'money';
        c.value = roundFloat((c.value ?? 0) * best[0]);
        c.unit = best[1].unit;
      }
    }
  }

  private unitOf(table: FlatTable): Expression | null {
    if (table.unit === null) return null;
    let unit = this.units.get(table);
    if (unit === undefined) {
      // The declaration read as the unit of one: "1 VNĐ/lít,kg", "1 tỷ đồng", "1 tấn".
      const probe = `1 ${table.unit}`;
      const reading = readExpression(probe, foldCase(probe), { start: 0, end: probe.length }, { start: 0, end: 1, raw: '1', form: 'digits' });
      unit = reading.expression && reading.expression.kind !== 'ratio' ? reading.expression : null;
      this.units.set(table, unit);
    }
    return unit;
  }
}

/**
 * What a cell is about: its row and column in the table, over what the sentence around it says. A
 * table of metrics over periods (a results table) is about the article's main subject, not the name
 * the text before it happens to end with.
 */
function cellContext(table: FlatTable, cell: TableCell, ctx: ClaimContext, mainSubject: string | null): ClaimContext {
  const label = cell.row.label.trim();
  if (table.rowsAreSubjects) {
    const column = cell.column >= 0 ? (table.columns?.[cell.column] ?? null) : null;
    return { ...ctx, subject: label, metric: column ? column.toLowerCase() : ctx.metric };
  }
  return { ...ctx, subject: mainSubject ?? ctx.subject, metric: label.toLowerCase(), period: cell.period ?? ctx.period };
}

function significantDigits(quote: string): number {
  return quote.replace(/\D/gu, '').replace(/^0+/u, '').length;
}

/** Longest digit run read as one number; longer runs are codes or debris, never figures. */
const MAX_NUMBER_CHARS = 24;
/** More numbers than this chained by "-", "/" or ":" with no space are a code, not figures. */
const MAX_CHAINED_NUMBERS = 4;

/**
 * When the number at [start, end) opens a run that cannot hold a figure (an overlong digit run,
 * or five or more numbers glued by "-", "/", ":"), the end of that run; else 0. Reading the run
 * once keeps inputs such as "1-1-1-…" linear and fast.
 */
function numberBlobEnd(text: string, start: number, end: number): number {
  let pos = end;
  let count = 1;
  let overlong = end - start > MAX_NUMBER_CHARS;
  for (;;) {
    const sep = text.charCodeAt(pos);
    if (sep !== 45 && sep !== 47 && sep !== 58) break; // - / :
    let p = pos + 1;
    const digitsStart = p;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if ((c >= 48 && c <= 57) || ((c === 46 || c === 44) && isDigitCode(text.charCodeAt(p + 1)))) p++;
      else break;
    }
    if (p === digitsStart) break;
    if (p - digitsStart > MAX_NUMBER_CHARS) overlong = true;
    count++;
    pos = p;
    if (count > MAX_CHAINED_NUMBERS) break;
  }
  if (count > MAX_CHAINED_NUMBERS || overlong) {
    // Swallow the rest of the run in one pass.
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if ((c >= 48 && c <= 57) || c === 45 || c === 47 || c === 58 || c === 46 || c === 44) pos++;
      else break;
    }
    return pos;
  }
  return 0;
}

/** Fewer numbers than this in a row, with nothing but spaces and "-", "/", ":" between, can be figures. */
const MAX_NUMERIC_RUN = 8;

/**
 * When the number at `start` opens a run of MAX_NUMERIC_RUN or more numbers with only spaces and
 * "-", "/", ":" between them ("1 - 1 - 1 …", "1/1 1/1 1/1 …"), the end of that run; else 0. Reads at
 * most MAX_NUMERIC_RUN numbers unless the run is that long, and then the run once.
 */
function numericRunEnd(text: string, start: number): number {
  let pos = start;
  let count = 0;
  for (;;) {
    const numberEnd = digitRunEnd(text, pos);
    if (numberEnd === pos) break;
    count++;
    let p = numberEnd;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 45 || c === 47 || c === 58) p++;
      else break;
    }
    if (p === numberEnd || !isDigitCode(text.charCodeAt(p))) {
      pos = numberEnd;
      break;
    }
    pos = p;
    if (count >= MAX_NUMERIC_RUN && pos > start) {
      // Swallow the rest of the run in one pass.
      while (pos < text.length) {
        const c = text.charCodeAt(pos);
        if (isDigitCode(c) || c === 32 || c === 9 || c === 45 || c === 47 || c === 58 || c === 46 || c === 44) pos++;
        else break;
      }
      return pos;
    }
  }
  return 0;
}

/** A run of number words with the same word twice in a row ("hai hai"). */
function repeatsWord(run: string): boolean {
  const words = run.split(/[ \t\u00a0]+/u);
  for (let i = 1; i < words.length; i++) if (words[i] === words[i - 1]) return true;
  return false;
}

/** End of the digit run at `start`: digits, with "." or "," between digits ("1.891", "42,13"). */
function digitRunEnd(text: string, start: number): number {
  let p = start;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (isDigitCode(c) || ((c === 46 || c === 44) && p > start && isDigitCode(text.charCodeAt(p + 1)))) p++;
    else break;
  }
  return p;
}

/** A run of this many characters without a space is a code, a link or debris, not prose. */
const MAX_TOKEN_CHARS = 100;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/**
 * When the character at `pos` lies in a run of MAX_TOKEN_CHARS or more non-space characters
 * ("1%1%1%…", a pasted hash), the end of that run; else 0. Reads at most MAX_TOKEN_CHARS characters
 * unless the run is long, and then the run once.
 */
function longTokenEnd(text: string, pos: number): number {
  let s = pos;
  const floor = Math.max(0, pos - MAX_TOKEN_CHARS);
  while (s > floor && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  let e = pos;
  const ceiling = Math.min(text.length, s + MAX_TOKEN_CHARS);
  while (e < ceiling && !isSpaceCode(text.charCodeAt(e))) e++;
  if (e - s < MAX_TOKEN_CHARS) return 0;
  while (e < text.length && !isSpaceCode(text.charCodeAt(e))) e++;
  return e;
}


function firstLine(text: string): string | null {
  const m = /^\s*(.{1,250})/u.exec(text);
  return m?.[1] ?? null;
}

/** Expressions are read left to right, so overlaps only come from a qualifier reaching back. */
function dropOverlaps(text: string, claims: ExtractedClaim[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  for (const c of claims) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      let start = last.end;
      while (start < c.end && /\s/.test(text[start] ?? '')) start++;
      if (start >= c.end) continue;
      c.start = start;
      c.quote = text.slice(start, c.end);
    }
    out.push(c);
  }
  return out;
}

/** One claim, built with the same fields in the same order every time (one object shape). */
class ClaimRecord implements ExtractedClaim {
  start: number;
  end: number;
  quote: string;
  sentenceStart: number;
  sentenceEnd: number;
  kind: ExtractedClaim['kind'];
  value: number;
  total: number | null;
  upper: number | null;
  unit: string | null;
  qualifier: ExtractedClaim['qualifier'];
  subject: string | null;
  metric: string | null;
  period: string | null;
  modality: ExtractedClaim['modality'];
  years: number[] | null;
  checkworthiness: number;

  constructor(text: string, sentence: Span, expr: Expression, ctx: ClaimContext) {
    this.start = expr.start;
    this.end = expr.end;
    this.quote = text.slice(expr.start, expr.end);
    this.sentenceStart = sentence.start;
    this.sentenceEnd = sentence.end;
    this.kind = expr.kind;
    this.value = expr.value;
    this.total = expr.total;
    this.upper = expr.upper;
    this.unit = expr.unit;
    this.qualifier = expr.qualifier;
    this.subject = ctx.subject;
    this.metric = ctx.metric;
    this.period = ctx.period;
    this.modality = ctx.modality;
    this.years = expr.years;
    this.checkworthiness = ctx.checkworthiness;
  }
}
