/**
 * The claim around a number: subject, metric, period, modality and how much it deserves checking.
 * Each reader looks at a bounded window of the claim's sentence so extraction stays linear.
 */
import type { Modality } from '../schema';
import { relatedSpans } from './boilerplate';
import { exchangeOfIndex, indexEntities, indexSides, isCountry, mainSubject, nearestSubject, PLACE_NAMES_LOWER, pronounOpening, type EntityIndex } from './entities';
import type { Expression } from './expression';
import { execAtCandidates, indexMentions, MentionIndex, outsideSpans, type Mention } from './mentions';
import { dayBefore, MONTH_WORDS } from './dates';
import { ADMIN_UNITS, LOCAL_UNITS, MONEY_NOUNS, UNITS } from './lexicon';
import { eventDay } from './eventDay';
import { anyWholeWord, blanksEnd, hasDigit, isDigitCode, isUpper, joinedWords, letterBefore, lettersEnd, normalizePhrase } from './scan';
import { isAbbreviationDot, isSpace, type Span } from './sentences';
import { CharBefore, spanHas } from './sentenceMemo';

/** Runs that say by themselves what they are about: titles and results. */
const SELF_NAMED_RUNS: ReadonlySet<string> = new Set(['chức vô địch', 'trận thắng', 'trận bất bại', 'trận toàn thắng', 'trận hòa', 'trận thua', 'danh hiệu']);

export interface ClaimContext {
  subject: string | null;
  metric: string | null;
  period: string | null;
  modality: Modality;
  checkworthiness: number;
}

/** What every claim of one article is read against, indexed once per text. */
export interface DocumentContext {
  mainSubject: string | null;
  /** The main subject is a company or index named in the title (a company story). */
  companyStory: boolean;
  /** Year of publication when known: "đến năm 2030" after it is a target, before it a fact. */
  publishedYear: number | null;
  /**
   * The year a year-less period ("8 tháng qua", "tháng 9", "năm nay") belongs to: the publication
   * year, else the year the text itself speaks of most (comparison bases and horizons left out).
   */
  year: number | null;
  /** The text lower-cased with the same offsets. */
  folded: string;
  entities: EntityIndex;
  periods: MentionIndex;
  cues: MentionIndex;
  /** "hôm nay", "sáng nay", "hôm qua", … resolved against `publishedDay`. */
  relativeDays: MentionIndex;
  /** Publication day (yyyy-mm-dd) from the date line, when known. */
  publishedDay: string | null;
  /**
   * A report of the day (a market session, the day's prices): figures with no time of their own
   * refer to the publication day. Set when the text speaks of "hôm nay", "phiên", "sáng nay"… often.
   */
  liveDay: boolean;
  /**
   * A match report's day: the match's own events (minutes, shots, chances, the crowd) are on it — the
   * publication day, or the day the text names for the match ("trận chung kết diễn ra tối 23-10").
   */
  matchDay: string | null;
  /** The text reports a match (minutes, halves, a score, sets: three times or more). */
  matchReport: boolean;
  /** The period the title names ("HPG … lợi nhuận sau 9 tháng"): a results story's figures with none of their own. */
  titlePeriod: string | null;
  /** A sports text: the clubs and players its figures are about (see indexSides); null elsewhere. */
  sides: MentionIndex | null;
  /** A sports text's players or clubs introduced with their country (see playerOfCountry); null when none. */
  nationals: Map<string, string> | null;
  /** Rankings and indexes named with their edition's year ("Impact Rankings … năm 2021"): the year as text; null when none. */
  rankings: MentionIndex | null;
  /** The first line (the title) speaks of a ranking: the article is about one ranking. */
  rankingStory: boolean;
  /**
   * A report on the state budget of the publication year ("… thực hiện dự toán ngân sách nhà nước năm 2013"
   * in a text of 2013, budget words throughout): that year as a period ("năm 2013"); null elsewhere.
   */
  budgetYear: string | null;
  /**
   * The one day the text says its decision takes effect ("Nghị quyết … có hiệu lực từ ngày 1/7/2021", "Áp dụng
   * từ 20 giờ 00 phút ngày 22 tháng 10 năm 2013"), as yyyy-mm-dd; null when none, or two different days.
   */
  /** The one day a decision the text reports takes effect, and where the text says so (see `inForceDay`). */
  inForceFrom: { day: string; at: number[] } | null;
  /** Offset of the text's first line break, -1 when it has none: the title's line ends there (see eventDay's `titleLede`). */
  firstNewline: number;
}

/** `folded` is `text` lower-cased with the same offsets (see foldCase). */
export function indexDocument(
  text: string,
  folded: string,
  title: string | null,
  publishedYear: number | null,
  publishedDay: string | null = null,
  related: readonly Span[] = relatedSpans(text, title),
): DocumentContext {
  const entities = indexEntities(text);
  const relativeDays = indexMentions(folded, RELATIVE_DAY_RE);
  const main = mainSubject(entities, title, text, related);
  // A period in related headlines is another story's: it frames none of this one's figures.
  const allPeriods = indexMentions(folded, PERIOD_RE, false);
  const periods = monthNamesChecked(text, folded, related.length === 0 ? allPeriods : new MentionIndex(outsideSpans(allPeriods.all(), related)));
  let sessionWords = 0;
  for (const m of relativeDays.all()) if (m.group !== RELATIVE_SESSION || !/^\s*bản/u.test(folded.slice(m.end, m.end + 6))) sessionWords++;
  const sides = sportsText(folded) ? indexSides(text, entities) : null;
  const isMatch = matchReport(folded);
  return {
    mainSubject: main.name,
    companyStory: main.company,
    publishedYear,
    year: publishedYear ?? textYear(folded, periods),
    folded,
    entities,
    periods,
    cues: indexMentions(folded, CUE_RE),
    relativeDays,
    publishedDay: publishedDay !== null && /^\d{4}-\d{2}-\d{2}/u.test(publishedDay) ? publishedDay.slice(0, 10) : null,
    liveDay: sessionWords >= LIVE_DAY_WORDS,
    matchReport: isMatch,
    matchDay: publishedDay !== null && isMatch ? dayOfMatch(folded, publishedDay.slice(0, 10)) : null,
    titlePeriod: titlePeriod(text, title, periods, publishedYear),
    sides,
    nationals: sides === null ? null : indexNationals(text, entities),
    rankings: indexRankings(text),
    rankingStory: title !== null && RANKING_STORY.test(title.toLowerCase()),
    budgetYear: budgetYearOf(folded, publishedYear),
    inForceFrom: inForceDay(folded),
    firstNewline: text.indexOf('\n'),
  };
}

/**
 * "có hiệu lực (thi hành) (kể) từ ngày 1/7/2021", "áp dụng từ 20 giờ 00 phút ngày 22 tháng 10 năm 2013": the day
 * a decision the text reports takes effect, when the text names one such day only (a full date with its year).
 * "thực hiện từ …" is left out: it is as often the start of a work ("dự án thực hiện từ năm 2015").
 */
function inForceDay(folded: string): { day: string; at: number[] } | null {
  // Every match holds "có hiệu lực" or "áp dụng": a text naming neither (most) is not scanned.
  if (!folded.includes('có hiệu lực') && !folded.includes('áp dụng')) return null;
  let day: string | null = null;
  const at: number[] = [];
  for (const m of folded.matchAll(IN_FORCE_DAY)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (d < 1 || d > 31 || mo < 1 || mo > 12 || y < 1900 || y > 2100) continue;
    // "có hiệu lực" of a decision, not a vaccine's efficacy or a visa's validity: a decision noun before it in
    // its sentence ("Nghị quyết … có hiệu lực từ …"). "áp dụng từ …" names the decision's own start.
    if (m[0].startsWith('có') && !DECISION_BEFORE.test(sentenceHead(folded, m.index ?? 0))) continue;
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (day !== null && day !== iso) return null;
    day = iso;
    at.push(m.index ?? 0);
  }
  return day === null ? null : { day, at };
}

/**
 * The decision's day for a sentence in the paragraph that says it takes effect: its new state is told
 * there. A sentence of another paragraph ("Trong 10 năm qua, dân số … tăng từ 7 triệu lên 9 triệu") speaks
 * of other things (round-2 review B1-B4).
 */
function inForceHere(text: string, doc: DocumentContext, sentence: Span): string | null {
  const inForce = doc.inForceFrom;
  if (inForce === null) return null;
  for (const at of inForce.at) {
    const between = at < sentence.start ? text.slice(at, sentence.start) : text.slice(sentence.end, at);
    if (!between.includes('\n')) return inForce.day;
  }
  return null;
}
/** The text of the sentence before `at` (at most 160 characters back, cut at the last stop). */
function sentenceHead(folded: string, at: number): string {
  const head = folded.slice(Math.max(0, at - 160), at);
  let cut = -1;
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head.charCodeAt(i);
    if (c === 0x0a || c === 0x21 || c === 0x3f || (c === 0x2e && !isDigit(head.charCodeAt(i + 1)))) {
      cut = i;
      break;
    }
  }
  return head.slice(cut + 1);
}
/** A decision that takes effect: "Nghị quyết", "Nghị định", "Thông tư", "Quyết định", "Luật", "quy định" … */
const DECISION_BEFORE = /(?<![\p{L}\p{M}])(?:nghị quyết|nghị định|thông tư|quyết định|luật(?![ \t]+sư)|bộ luật|quy định|quy chế|chỉ thị|văn bản|pháp lệnh|hiệp định|biểu thuế|biểu phí|mức giá|giá mới|chính sách|lệnh)(?![\p{L}\p{M}])/u;
export const IN_FORCE_DAY = /(?<![\p{L}\p{M}])(?:có hiệu lực(?:[ \t]+thi hành)?|(?:được[ \t]+)?áp dụng)(?:[ \t]+kể)?[ \t]+từ[ \t]+(?:\d{1,2}[ \t]*(?:giờ|h)(?:[ \t]*\d{1,2}(?:[ \t]*phút)?)?[ \t]+)?(?:ngày[ \t]+)?(\d{1,2})(?:[ \t]*[/.-][ \t]*|[ \t]+tháng[ \t]+)(\d{1,2})(?:[ \t]*[/.-][ \t]*|[ \t]+năm[ \t]+)(\d{4})(?!\d)/gu;

/**
 * A figure of the new state a decision brings, in a text naming the day the decision takes effect
 * (`inForceFrom`), holds from that day on: the level a shift lands on ("giảm … từ 300 đồng/lít xuống còn 200
 * đồng/lít": 200; "từ 145 … xuống còn 141 …": 141, and the bracket that follows it, "(giảm 3 xã và 1 thị
 * trấn)"), the amount of a shift spelled out after it ("giảm … 100 đồng/lít (từ 300 … xuống còn 200 …)"), what
 * the decision allows ("Cho phép … sử dụng Quỹ 200 đồng/kg"), and the state after it ("Sau khi thành lập, tỉnh
 * Thanh Hóa có 559 đơn vị …", its "Trong đó, …" sentence; "Thành phố Huế sẽ có 265,99 km2 …"). The level a
 * shift starts from ("từ 300 đồng/lít") stays the old one, with no period; a text naming no such day, or two,
 * gives none.
 */
function newStateInForce(text: string, doc: DocumentContext, sentence: Span, expr: Expression, previous: Span | null): string | null {
  const own = dayOfChange(text, doc, sentence);
  const day = own ?? inForceHere(text, doc, sentence);
  if (day === null) return stateBeforeClosingDay(text, doc, sentence, expr, previous);
  const clause = clauseBefore(text, sentence, expr);
  if (SHIFT_SOURCE_BEFORE.test(clause)) return null;
  // "Trước đó, giá xăng đã giảm từ … xuống còn …", "Giai đoạn trước, …": the past, not the decision's new state.
  if (own === null && PAST_OPENING.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)))) return null;
  if (SHIFT_TARGET_BEFORE.test(clause)) return day;
  if (SHIFT_SPELLED_AFTER.test(text.slice(expr.end, Math.min(sentence.end, expr.end + 8)))) return day;
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
  if (own !== null) return CHANGED_ON_OPENING.test(opening) ? own : null;
  const open = clause.lastIndexOf('(');
  if (open >= 0 && clause.indexOf(')', open) < 0 && SHIFT_TARGET_END.test(clause.slice(0, open))) return day;
  if (ALLOWS_BEFORE.test(clause)) return day;
  return statedAfterDecision(text, sentence, expr, previous, opening) ? day : null;
}
/** The clause the figure stands in: from the last ";" or sentence-internal stop before it (160 characters at most). */
function clauseBefore(text: string, sentence: Span, expr: Expression): string {
  const head = text.slice(Math.max(sentence.start, expr.start - 160), expr.start);
  return head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf(':')) + 1);
}
/**
 * The sentence states what holds after the decision: "Sau khi thành lập, tỉnh …" (`opening` is its first 40
 * characters), the "Trong đó, …" / "Cụ thể, …" sentence after such a one, or "… sẽ có 265,99 km2 …" (not a
 * reported plan nor an increment).
 */
function statedAfterDecision(text: string, sentence: Span, expr: Expression, previous: Span | null, opening: string): boolean {
  if (AFTER_IT_OPENING.test(opening)) return true;
  if (previous !== null && /^(?:trong đó|cụ thể)[ \t]*,/iu.test(opening) && AFTER_IT_OPENING.test(text.slice(previous.start, Math.min(previous.end, previous.start + 40)))) return true;
  // Bounded: the pattern reads the sentence's first 60 characters and the words after them only.
  const willHave = WILL_HAVE_BEFORE.exec(text.slice(sentence.start, Math.min(expr.start, sentence.start + 72)));
  // "Bộ trưởng cho biết ngành y tế sẽ có thêm 500 bác sĩ": a reported plan, an increment, no state of the decision.
  return willHave !== null && !REPORTED_BEFORE.test(willHave[0]) && !/^[ \t]+thêm(?![\p{L}\p{M}])/iu.test(text.slice(sentence.start + willHave[0].length, expr.start));
}
/**
 * A report of a decision told section by section, each closing on the day its decision takes effect: "Sau khi
 * thành lập, tỉnh Thanh Hóa có 559 đơn vị hành chính cấp xã …" (or "Thành phố Huế sẽ có 36 đơn vị …", and the
 * "Trong đó, …" sentence after the first) in a paragraph before "Nghị quyết … có hiệu lực từ ngày 1/7/2021."
 * of the same section. Only the state after the decision, said in those words, and only forward: a paragraph
 * after the day in force, or past a heading (a line with no stop at its end), is another matter.
 */
function stateBeforeClosingDay(text: string, doc: DocumentContext, sentence: Span, expr: Expression, previous: Span | null): string | null {
  const inForce = doc.inForceFrom;
  if (inForce === null) return null;
  let at = -1;
  for (const a of inForce.at) {
    if (a >= sentence.end) {
      at = a;
      break;
    }
  }
  if (at < 0 || !sameSectionAhead(text, sentence.end, at)) return null;
  // A length of time granted ("Tỉnh sẽ có 3 năm để giải quyết …") is no state; a plan ("dự kiến sẽ có 2 đặc khu
  // sau khi Quốc hội thông qua đề án khác") waits on another decision than the one taking effect.
  if (expr.kind === 'duration' || spanHas(PLAN_IN_SECTION, text, sentence.start, sentence.end)) return null;
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
  if (PAST_OPENING.test(opening)) return null;
  if (SHIFT_SOURCE_BEFORE.test(clauseBefore(text, sentence, expr))) return null;
  // "Sau khi thành lập, tỉnh …", "Kết quả sau khi điều chỉnh địa giới … giảm … xuống còn 141 đơn vị …".
  return AFTER_IT_EARLY.test(opening) || statedAfterDecision(text, sentence, expr, previous, opening) ? inForce.day : null;
}
/** A plan in the sentence: not the state the decision in force brings. */
const PLAN_IN_SECTION = /(?<![\p{L}\p{M}])(?:dự kiến|dự tính|đề án|kế hoạch)(?![\p{L}\p{M}])/iu;
/** "Kết quả sau khi điều chỉnh …", "Như vậy, sau khi sắp xếp …": the state after the decision, in the sentence's first words. */
const AFTER_IT_EARLY = /^(?:[\p{L}\p{M}]+,?[ \t]+){1,3}sau khi[ \t]+(?:thành lập|sắp xếp|sáp nhập|điều chỉnh|mở rộng|nhập|chia tách)(?![\p{L}\p{M}])/iu;
/** How many paragraphs at most stand between a new state and the day its section closes on. */
const SECTION_PARAGRAPHS = 10;
/**
 * Whether the text from `from` to `to` stays in one section: at most SECTION_PARAGRAPHS line breaks, each
 * ending a paragraph (a stop, a closing quote or bracket before it), none ending a heading.
 */
function sameSectionAhead(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 0x0a) continue;
    if (++breaks > SECTION_PARAGRAPHS) return false;
    let j = i - 1;
    while (j >= from && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j--;
    // An empty line (a blank between paragraphs) or the figure's own sentence end is no heading.
    if (j < from || text.charCodeAt(j) === 0x0a) continue;
    if (!PARAGRAPH_END.test(text[j] ?? '')) return false;
  }
  return true;
}
const PARAGRAPH_END = /^[.!?…"”)\]»:;]$/u;

/**
 * "người Việt Nam thứ 2 bay vào vũ trụ": the rank of a person among the people of a country, the person's — not
 * the country's. The person is the one named in the sentence before the rank ("Trở thành người Việt Nam thứ 2 …,
 * Vũ Thanh Long có thể …" reads the name after it only when none stands before), else the last one named before
 * in the paragraph ("Như vậy, Vũ Thanh Long …. Đây là người Việt Nam thứ 2 …"), else the first one named within
 * the next sentences (a headline: "Lộ diện người Việt Nam thứ 2 bay vào vũ trụ"). A person the rank is compared
 * with ("… sau Trung tướng Phạm Tuân") is not it. Only a rank of "người" and a country: "tỉnh thứ 2",
 * "Việt Nam đứng thứ 2" stay as they are.
 */
function personOfNationalRank(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (expr.kind !== 'rank') return null;
  const before = NATIONAL_BEFORE.exec(text.slice(Math.max(sentence.start, expr.start - 40), expr.start));
  if (!before || !isCountry(before[1] ?? '')) return null;
  // "chưa có người Việt Nam thứ 2 nào": there is no such person yet.
  if (NO_SUCH_BEFORE.test(text.slice(Math.max(sentence.start, expr.start - 60), expr.start)) || NO_SUCH_AFTER.test(text.slice(expr.end, Math.min(sentence.end, expr.end + 8)))) return null;
  // A person the rank is counted after ("sau Trung tướng Phạm Tuân") or who was the first ("Phạm Tuân là người
  // đầu tiên") is not the one it names.
  const named = (m: Mention): boolean =>
    m.group === 0 && !COMPARED_PERSON_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !WAS_THE_FIRST_AFTER.test(text.slice(m.end, Math.min(text.length, m.end + 48)));
  // "… người Việt Nam thứ 2 bay vào vũ trụ sẽ là anh Vũ Thanh Long": the person the sentence says it is (named
  // in its phrase, group 2, or alone; not a source, group 1).
  for (const m of doc.entities.people.within(expr.end, Math.min(sentence.end, expr.end + RANK_PERSON_REACH))) {
    if (m.group !== 1 && IS_THE_ONE_BEFORE.test(text.slice(Math.max(expr.end, m.start - 16), m.start))) return m.text;
  }
  // Bounded back (a sentence of many people is not walked from its start for every rank).
  const inSentence = doc.entities.people.within(Math.max(sentence.start, expr.start - RANK_PERSON_REACH), expr.start).filter(named);
  if (inSentence.length > 0) return (inSentence[inSentence.length - 1] as Mention).text;
  let from = sentence.start;
  while (from > 0 && from > sentence.start - TOPIC_WINDOW && text.charCodeAt(from - 1) !== 0x0a) from--;
  const earlier = doc.entities.people.within(from, sentence.start).filter(named);
  if (earlier.length > 0) return (earlier[earlier.length - 1] as Mention).text;
  for (const m of doc.entities.people.within(expr.end, Math.min(text.length, expr.end + TOPIC_WINDOW))) {
    if (named(m)) return m.text;
  }
  return null;
}
/** How far back in its sentence the person of a rank is looked for. */
const RANK_PERSON_REACH = 200;
/** "chưa có / không có người Việt Nam " before the rank. */
const NO_SUCH_BEFORE = /(?<![\p{L}\p{M}])(?:chưa|không|chẳng)[ \t]+(?:hề[ \t]+)?có[ \t]+người[ \t]+[^ \t]+(?:[ \t]+[^ \t]+){0,2}[ \t]+$/iu;
/** "thứ 2 nào": no such one. */
const NO_SUCH_AFTER = /^[ \t]+nào(?![\p{L}\p{M}])/iu;
/** "(sẽ) là (anh) " right before a name. */
const IS_THE_ONE_BEFORE = /(?<![\p{L}\p{M}])là[ \t]+(?:(?:anh|chị|ông|bà|em|cô)[ \t]+)?$/iu;
/** "… là người (Việt Nam) đầu tiên" after a name: the first one, not the rank counted after it. */
const WAS_THE_FIRST_AFTER = /^[^,;.!?]{0,16}?(?<![\p{L}\p{M}])là[ \t]+người(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,2}[ \t]+đầu tiên(?![\p{L}\p{M}])/u;
/** "người Việt Nam " right before the rank: the country as group 1. */
const NATIONAL_BEFORE = /(?<![\p{L}\p{M}])người[ \t]+(\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,2})[ \t]+$/u;
/** "… sau (Trung tướng) Phạm Tuân": the person the rank is counted after. */
const COMPARED_PERSON_BEFORE = /(?<![\p{L}\p{M}])(?:sau|trước|như|cùng)(?:[ \t]+\p{Lu}?[\p{Ll}\p{M}]+){0,2}[ \t]+$/u;

/**
 * A product or model named as the clause's subject right before its figure is what the figure is about, not the
 * country or city nearest it: "Tiêm kích đa nhiệm FA-50 có thể mang 4,5 tấn vũ khí", "máy bay P-3C tối tân có
 * thể bay trong 17 giờ", "Lumia 1520 có độ mỏng chỉ 8,7 mm nhưng trọng lượng là 209 g", "radar EL/M-2032 của
 * Israel có thể quét trong phạm vi 100 km", "Nokia Lumia 1520 lên kệ tại thị trường Việt với giá …". A model is
 * a code of capitals and digits joined by a hyphen ("FA-50", "Su-30", "EL/M-2032") or a Latin brand word with a
 * model number ("Lumia 1520", "Galaxy S4", "Galaxy Note 3"), followed by at most three words and a verb of
 * having or doing, in the same clause as the figure. Not a team ("U-21 Việt Nam"), a virus ("Covid-19"), a
 * document ("Nghị định 49", Vietnamese words carry no model number here) nor a model named after the figure.
 */
function modelBefore(text: string, sentence: Span, expr: Expression): string | null {
  const from = Math.max(sentence.start, expr.start - MODEL_WINDOW);
  // The clause the figure stands in: after the last stop that is not a decimal mark ("8,7 mm"), read back on the
  // text itself; most clauses name no model (no Latin capital with a digit after it) and are left there, with
  // nothing copied (a text of many figures stays as fast as before).
  let cut = from;
  let digitAfter = false;
  let hint = false;
  for (let i = expr.start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    const stop = c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29;
    const mark = (c === 0x2c || c === 0x2e) && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
    if (stop || mark) {
      cut = i + 1;
      break;
    }
    if (isDigit(c)) digitAfter = true;
    else if (c >= 0x41 && c <= 0x5a && digitAfter) hint = true;
  }
  if (!hint) return null;
  const clause = text.slice(cut, expr.start);
  // Every verb MODEL_THEN_VERB ends on holds one of these words: a clause with none of them is not read by it.
  if (!MODEL_VERB_WORDS.some((w) => clause.includes(w))) return null;
  const m = MODEL_THEN_VERB.exec(clause);
  if (!m) return null;
  // "Vietnam Airlines khai thác Boeing 787 đạt …", "Hàn Quốc mua 40 chiếc F-35A có giá …": a model that is the
  // object of a verb, or counted, is not the clause's subject.
  if (MODEL_AS_OBJECT.test(clause.slice(0, m.index))) return null;
  // A bare model number opens its clause ("Bên cạnh đó, Z1 có …"); after a word it labels a part ("tầng hầm B1 có").
  if (m[3] !== undefined && clause.slice(0, m.index).trim() !== '') return null;
  const name = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  if (name.length === 0 || NOT_A_MODEL.test(name)) return null;
  return name;
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** How far back the model is looked for (the clause is cut at its start). */
const MODEL_WINDOW = 120;
const LATIN_WORD = '(?:[A-Z][a-z]+|i[A-Z][a-z]+|[A-Z]{2,5})';
const MODEL_THEN_VERB = new RegExp(
  '(?<![\\p{L}\\p{M}\\d/-])' +
    // "EL/M-2032", "FA-50", "P-3C", "Su-30MK2", with one Latin brand word before it ("Radar", "Boeing") kept out.
    '(?:([A-Z][A-Za-z]{0,3}(?:/[A-Z]{1,3})?-\\d{1,4}[A-Z]{0,3}\\d?)' +
    // "Nokia Lumia 1520", "Galaxy S4", "Galaxy Note 3", "iPhone 5s": Latin words then a model number.
    `|((?:${LATIN_WORD}[ \\t]+){1,3}(?:\\d{1,4}[a-z]{0,2}|[A-Z]{1,2}\\d{1,2}[a-z]?))` +
    // "Z1", "A50", "S4": the model number alone, the brand said before ("Bên cạnh đó, Z1 có màn hình …").
    '|([A-Z]{1,2}\\d{1,3}[a-z]?))' +
    '(?![\\p{L}\\p{M}\\d/-])' +
    // At most three words, then the clause's verb, then anything up to the figure.
    '(?:[ \\t]+[\\p{L}\\p{M}]+){0,3}?[ \\t]+(?:có thể|có|được trang bị|trang bị|tích hợp|sở hữu|nặng|dài|rộng|đạt|mang|lên kệ|bán ra|có giá|giá)(?![\\p{L}\\p{M}])[^;:!?()]*$',
  'u',
);
/** Words of MODEL_THEN_VERB's verbs, one in each ("có thể", "có giá" by "có", "được trang bị" by "trang bị"). */
const MODEL_VERB_WORDS = ['có', 'trang bị', 'tích hợp', 'sở hữu', 'nặng', 'dài', 'rộng', 'đạt', 'mang', 'lên kệ', 'bán ra', 'giá'];
/** Before the model: a verb it is the object of, or a count of it ("40 chiếc", "6 tàu ngầm"). */
const MODEL_AS_OBJECT =
  /\d|(?<![\p{L}\p{M}])(?:với|cùng|nhờ|tiếp nhận|nhận|đưa|điều|bổ sung|khai thác|mua|bán|sở hữu|sản xuất|nhập khẩu|nhập|xuất khẩu|đặt mua|đặt hàng|ra mắt|giới thiệu|sử dụng|dùng|chế tạo|phát triển|thuê|vận hành|lắp ráp|tung ra|trang bị|có|cho(?![ \t]+(?:biết|hay|rằng)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])/iu;
/** Codes and numbered names that are no model: teams, viruses, generations and editions. */
const NOT_A_MODEL = /^(?:U-?\d\d|Covid|COVID|SARS|Top|Group|Games|SEA|Windows|Android|Masters|Tour|Cup)(?![\p{L}])|(?:^|[ \t])(?:Games|Masters|Cup|Group|Top)[ \t]/u;

/**
 * A story told hour by hour keeps its day: "Sáng 19/10, chị H. quay lại thẩm mỹ viện. Tại đây, ông T. dùng ống bơm
 * 50cc …", "Đến 10h ngày 19.10, chị H. đến Trung tâm. Đến 12h, ông T. cùng 3 nhân viên …", "Khoảng 30 phút sau, …",
 * "Sau khi ca phẫu thuật kết thúc, … tiêm 10mg …": a sentence opening on such a step of the story, with no time
 * of its own, takes the last day named before it in its paragraph (within NARRATIVE_REACH characters). Other
 * openings ("Theo báo cáo …", "Trong khi đó, …") take none.
 */
function narrativeDay(text: string, doc: DocumentContext, sentence: Span): string | null {
  // The opening read in place (sticky): nothing is copied for the many sentences that open otherwise.
  NARRATIVE_OPENING.lastIndex = sentence.start;
  const opening = NARRATIVE_OPENING.exec(text);
  if (opening === null || opening.index + opening[0].length > sentence.end) return null;
  // "Tại đây có 2.000 giường", "Tại đây, hiện có 150 doanh nghiệp", "Lúc này, Việt Nam có khoảng 30% …": a standing
  // fact of the place or the time, not a step of the story.
  const rest = opening.index + opening[0].length;
  if (STANDING_AFTER_OPENING.test(text.slice(rest, Math.min(sentence.end, rest + 60)))) return null;
  // A sentence naming a day of its own ("Sau đó, anh … dự ATP World Tour Final vào ngày 4/11") tells another time.
  if (DAY_OF_ITS_OWN.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + NARRATIVE_REACH)))) return null;
  let from = sentence.start;
  while (from > 0 && from > sentence.start - NARRATIVE_REACH && text.charCodeAt(from - 1) !== 0x0a) from--;
  let last: RegExpExecArray | null = null;
  EVENT_DAY.lastIndex = 0;
  const window = text.slice(from, sentence.start);
  for (let m = EVENT_DAY.exec(window); m !== null; m = EVENT_DAY.exec(window)) last = m;
  if (last === null) return null;
  // "Dự kiến sáng 17/10 khởi công. Sau đó, 200 công nhân sẽ làm việc": a plan, not a story told.
  if (PLAN_WORD.test(text.slice(last.index + from, Math.min(sentence.end, sentence.start + NARRATIVE_REACH)))) return null;
  let y = last[3] !== undefined ? Number(last[3]) : doc.year;
  const d = Number(last[1]);
  const mo = Number(last[2]);
  if (y === null || d < 1 || d > 31 || mo < 1 || mo > 12) return null;
  const iso = (year: number): string => `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // "Tối 30/12, …" in a text dated 3/1/2014: a day with no year, after the date line in its year, is of the year before.
  if (last[3] === undefined && doc.publishedDay !== null && iso(y) > doc.publishedDay) y--;
  const day = iso(y);
  // A story of what happened: a day after the date line is a plan, not a step told.
  return doc.publishedDay !== null && day > doc.publishedDay ? null : day;
}
/** Words of a plan between the story's day and the figure: "dự kiến", "sẽ", "kế hoạch". */
const PLAN_WORD = /(?<![\p{L}\p{M}])(?:dự kiến|sẽ|theo kế hoạch|dự định)(?![\p{L}\p{M}])/iu;
const NARRATIVE_REACH = 400;
const DAY_OF_ITS_OWN =
  /(?<![\p{L}\p{M}\d])\d{1,2}[/.-]\d{1,2}(?![\d])|(?<![\p{L}\p{M}])(?:hôm nay|hôm qua|hôm sau|năm \d{4}|(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy)[ \t]+(?:ngày|hôm|tuần|tháng|năm)[ \t]+(?:sau|qua|trước|tới|nay|hoạt động)|(?:tuần|tháng|năm)[ \t]+(?:sau|qua|tới)|hiện nay|hiện có|(?:mỗi|hằng|hàng)[ \t]+(?:ngày|tuần|tháng|quý|năm)|trong[ \t]+(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|vài|mấy)[ \t]+(?:ngày|tuần|tháng|quý|năm))(?![\p{L}\p{M}])/iu;
/**
 * "(,) (Việt Nam) (hiện) có (khoảng) 30% …" right after a step's opening: a count the place or the time has, no
 * step told ("Khoảng 30 phút sau, chị H. có biểu hiện co giật" is a step: no count follows "có").
 */
const STANDING_AFTER_OPENING =
  /^[ \t]*,?[ \t]*(?:[\p{L}\p{M}.]+[ \t]+){0,3}?(?:hiện[ \t]+)?có[ \t]+(?:(?:tổng cộng|tổng số|tất cả|khoảng|hơn|gần|trên|chừng|tới|đến)[ \t]+){0,2}\d/iu;
/** Steps of a story: "Tại đây,", "Sau đó,", "Lúc này,", "Thấy vậy,", "Đến 12h,", "Khoảng 30 phút sau,", "Sau khi … kết thúc,". */
const NARRATIVE_OPENING =
  /[ \t"“]{0,4}(?:tại đây|sau đó|lúc này|thấy vậy|đến (?:khoảng )?\d{1,2} ?(?:h|giờ)(?:\d{2})?|(?:khoảng |chừng )?\d{1,3} (?:phút|tiếng|giờ) sau|sau khi[^,.;\n]{0,40}(?:kết thúc|xong))(?![\p{L}\p{M}])/iuy;
/** A day an event of the story happens: "sáng 19/10", "ngày 19.10", "hôm 18-10/2013" (not the end of a span, "đến 27/10"). */
const EVENT_DAY = /(?<![\p{L}\p{M}])(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)[ \t]+(?:ngày[ \t]+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/.-])/giu;

/**
 * The day a sentence says its change happens: "Từ ngày 1/9, thuế xuất khẩu than giảm từ 13% xuống 10%", "Sau khi
 * điều chỉnh ngày 7/10, giá xăng … có mức giá mới là 23.880 đồng/lít" (yyyy-mm-dd, the year from the text when
 * the day has none). "Từ ngày 2/11 đến ngày 10/11" is a span, no change's day.
 */
function dayOfChange(text: string, doc: DocumentContext, sentence: Span): string | null {
  // The sentence's opening only ("Từ ngày 1/9, …", "Sau khi điều chỉnh ngày 7/10, …"), read in place (sticky).
  CHANGE_DAY.lastIndex = sentence.start;
  const m = CHANGE_DAY.exec(text);
  if (m && m.index + m[0].length > sentence.end) return null;
  if (!m) return null;
  if (m[1] === undefined && m[4] === undefined) {
    OPENING_PHRASE_END.lastIndex = m.index + m[0].length;
    if (!OPENING_PHRASE_END.test(text)) return null;
  }
  const y = m[4] !== undefined ? Number(m[4]) : doc.year;
  const d = Number(m[2]);
  const mo = Number(m[3]);
  if (y === null || d < 1 || d > 31 || mo < 1 || mo > 12) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const CHANGE_DAY = /(?:(?:kể[ \t]{1,4})?từ|sau khi[ \t]{1,4}(?:điều chỉnh|tăng giá|giảm giá)(?:[ \t]{1,4}(?:vào|hôm))?)[ \t]{1,4}(ngày[ \t]{1,4})?(\d{1,2})[ \t]{0,4}[/.-][ \t]{0,4}(\d{1,2})(?:[ \t]{0,4}[/.-][ \t]{0,4}(\d{4}))?(?![\d/.-])(?![ \t]{0,4}(?:,[ \t]{0,4})?(?:(?:đến|tới)(?![\p{L}\p{M}])|[-–]))/iuy;
/** A bare "Từ 1/9" (no "ngày") is a day only as the sentence's opening phrase: "Từ 1/9, …" (not "Từ 6-8 tháng tuổi", "Từ 1/3 số hộ"). */
const OPENING_PHRASE_END = /[ \t]{0,4},/y;
/** "Sau khi điều chỉnh ngày 7/10, …": every figure of the sentence is of the state after the change. */
const CHANGED_ON_OPENING = /^sau khi[ \t]+(?:điều chỉnh|tăng giá|giảm giá)(?![\p{L}\p{M}])/iu;
/** "(giảm) từ 300 đồng/lít " right before the figure's end of clause: the level a shift starts from. */
const SHIFT_SOURCE_BEFORE = /(?<![\p{L}\p{M}])từ[ \t]+(?:mức[ \t]+)?$/iu;
/** "… từ 300 đồng/lít xuống còn ": the level a shift lands on follows. */
const SHIFT_TARGET_BEFORE = /(?<![\p{L}\p{M}])từ[ \t]+(?:mức[ \t]+)?\d[^;()]*?(?<![\p{L}\p{M}])(?:xuống(?:[ \t]+còn)?|lên(?:[ \t]+mức)?|còn)[ \t]+(?:mức[ \t]+)?$/iu;
/** The clause up to a bracket ends on a shift's landing level: "từ 145 … xuống còn 141 đơn vị hành chính cấp xã ". */
const SHIFT_TARGET_END = /(?<![\p{L}\p{M}])từ[ \t]+\d[^;()]*?(?<![\p{L}\p{M}])(?:xuống(?:[ \t]+còn)?|lên|còn)[ \t]+\d[^;()]*$/iu;
/** "100 đồng/lít (từ …": the shift the amount stands for is spelled out right after it. */
const SHIFT_SPELLED_AFTER = /^[ \t]*\([ \t]*từ[ \t]/iu;
/** "Cho phép các doanh nghiệp được phép sử dụng Quỹ Bình ổn giá 200 đồng/kg": what the decision allows. */
const ALLOWS_BEFORE = /(?<![\p{L}\p{M}])cho phép(?![\p{L}\p{M}])[^;()]*$/iu;
/** "Sau khi thành lập, tỉnh …", "Sau khi sắp xếp, Hà Nội …": the state the decision brings a place ("Sau khi sáp nhập, ngân hàng …" is another merger). */
const AFTER_IT_OPENING = new RegExp(
  String.raw`^(?:[Ss]au khi[ \t]+(?:thành lập|sắp xếp|sáp nhập|điều chỉnh|mở rộng|nhập|chia tách)(?![\p{L}\p{M}])[^,]{0,40},[ \t]*(?:${ADMIN_UNITS.join('|')}|tp\.?|thủ đô|địa giới|diện tích|dân số|toàn tỉnh|toàn thành phố|\p{Lu}))`,
  'u',
);
/** "Thành phố Huế sẽ có 265,99 km2 …": the state the decision will bring, said of the sentence's subject. */
/** An opening of the past: "Trước đó, …", "Giai đoạn trước, …", "Năm ngoái, …", "Trước khi sắp xếp, …". */
const PAST_OPENING = /^[ \t"“]{0,4}(?:trước đó|trước đây|trước khi|giai đoạn trước|thời gian trước|năm ngoái|năm trước|những năm trước)(?![\p{L}\p{M}])/iu;
/** "… cho biết …", "… nói …": what follows is reported, not the decision's wording. */
const REPORTED_BEFORE = /(?<![\p{L}\p{M}])(?:cho biết|cho hay|nói|khẳng định|thông tin|dự báo|ước tính|kỳ vọng)(?![\p{L}\p{M}])/iu;
const WILL_HAVE_BEFORE = /^[^;:()]{0,60}?(?<![\p{L}\p{M}])sẽ[ \t]+có(?![\p{L}\p{M}])/iu;

/**
 * The budget year a report is about (engine 33): the publication year, when the text names it as a budget's
 * year ("dự toán ngân sách nhà nước năm 2013", "ngân sách năm 2013", "năm 2013 thu cân đối ngân sách") and
 * speaks of the budget at least BUDGET_REPORT_WORDS times, and names no other year's budget more often (the base of
 * a comparison, "so với ngân sách năm 2013", counts only in a text naming no budget otherwise). A story that names the budget in passing, or mostly
 * another year's ("dự toán ngân sách 2014"), has none.
 */
function budgetYearOf(folded: string, publishedYear: number | null): string | null {
  if (publishedYear === null) return null;
  const y = String(publishedYear);
  // How often each year is named as a budget's: a story on next year's plan that compares with this year's
  // budget ("dự toán ngân sách nhà nước năm 2014. So với ngân sách năm 2013, …") is not this year's report.
  // Every match of BUDGET_OF_YEAR holds "ngân sách" or "dự toán": a text naming neither (most) has no budget year.
  if (!folded.includes('ngân sách') && !folded.includes('dự toán')) return null;
  const named = new Map<string, number>();
  const bases = new Map<string, number>();
  for (const m of folded.matchAll(BUDGET_OF_YEAR)) {
    // Group 1: "ngân sách … năm 2013"; group 2: "năm 2013 thu (cân đối) ngân sách".
    const year = m[1] ?? m[2];
    if (year === undefined) continue;
    // "So với ngân sách năm 2013": the base of a comparison, which counts only when no budget is named otherwise
    // ("… giảm so với dự toán năm 2013" alone still names this year's budget).
    const counts = COMPARED_WITH_BEFORE.test(folded.slice(Math.max(0, m.index - 16), m.index)) ? bases : named;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (named.size === 0) for (const [year, n] of bases) named.set(year, n);
  const own = named.get(y) ?? 0;
  if (own === 0) return null;
  for (const [year, n] of named) if (year !== y && n > own) return null;
  let words = 0;
  for (const _ of folded.matchAll(BUDGET_WORDS_ALL)) if (++words >= BUDGET_REPORT_WORDS) return `năm ${y}`;
  return null;
}
/** "ngân sách (nhà nước) năm 2013", "dự toán (ngân sách …) năm 2013", "năm 2013 thu (cân đối) ngân sách". */
export const BUDGET_OF_YEAR = /(?<![\p{L}\p{M}])(?:(?:ngân sách|dự toán)(?:[ \t\u00a0]+[\p{L}\p{M}]+){0,4}?[ \t\u00a0]+năm[ \t\u00a0]+((?:19|20)\d\d)|năm[ \t\u00a0]+((?:19|20)\d\d)[ \t\u00a0,]+thu(?:[ \t\u00a0]+cân đối)?[ \t\u00a0]+ngân sách)(?![\d])/gu;
const COMPARED_WITH_BEFORE = /(?<![\p{L}\p{M}])so (?:sánh )?với[ \t\u00a0]+$/u;
const BUDGET_WORDS_ALL = /(?<![\p{L}\p{M}])(?:ngân sách|bội chi|nợ công|dự toán|hụt thu)(?![\p{L}\p{M}])/gu;
/** How many budget words make a budget report. */
const BUDGET_REPORT_WORDS = 6;

const RANKING_STORY = /xếp hạng|rankings?(?![\p{L}\p{M}])/u;
/** A ranking, an index or a report, then its edition's year within a few words: "Impact Rankings của Times Higher Education năm 2021", "Doing Business 2020", "Chỉ số PCI 2020". */
const RANKING_RE = /(?<![\p{L}\p{M}])(?:[Bb]ảng xếp hạng|[Xx]ếp hạng|Rankings?|Báo cáo|Chỉ số|Index|Doing Business)(?:[ \t]+(?!(?:năm|của|về|do)[ \t])[^\s.;!?\d]+){0,8}?(?:[ \t]+(?:của|về|do)(?:[ \t]+[^\s.;!?\d]+){1,6}?)?[ \t]+(?:\(?(?:năm[ \t]+)?)((?:19|20)\d\d)(?![\d/-]|\.\d)/gu;

/** Where a match of RANKING_RE can start: its first words (see execAtCandidates). */
const RANKING_HEADS = /[Bb]ảng xếp hạng|[Xx]ếp hạng|Rankings?|Báo cáo|Chỉ số|Index|Doing Business/gu;
const RANKING_AT = new RegExp(RANKING_RE.source, 'uy');

function indexRankings(text: string): MentionIndex | null {
  const out: Mention[] = [];
  for (let m = execAtCandidates(RANKING_HEADS, RANKING_AT, text, 0); m !== null; m = execAtCandidates(RANKING_HEADS, RANKING_AT, text, m.index + m[0].length)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[1] ?? '', group: 0 });
  }
  return out.length === 0 ? null : new MentionIndex(out);
}

/** Words of sport: players, sides, matches and standings. */
/** (The letter before a word is checked in code: a leading look-behind makes the regex engine try every position.) */
const SPORT_RE = /(?:tay vợt|cầu thủ|đội bóng|tiền đạo|tiền vệ|hậu vệ|thủ môn|hlv|trận đấu|vòng bảng|vòng đấu|bàn thắng|ghi bàn|chung kết|bán kết|tứ kết|hạt giống|set đấu|vô địch)(?![\p{L}\p{M}])/gu;
const SPORT_WORDS = 3;

/**
 * "Wei Feng Chong (hạng 18 thế giới)", "Lee Chong Wei (hạt giống số 1)", "Vũ Thanh Long (20 tuổi)": a rank or an
 * age in brackets right after a person's name is that person's (engine 31). Null otherwise.
 */
function nameBeforeBracket(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (expr.kind !== 'rank' && !(expr.kind === 'measure' && expr.unit === 'tuổi')) return null;
  const from = Math.max(sentence.start, expr.start - 24);
  const open = RANK_IN_BRACKET_BEFORE.exec(text.slice(from, expr.start));
  if (open === null) return null;
  const before = text.slice(Math.max(sentence.start, from + open.index - 60), from + open.index);
  const found = PERSON_BEFORE_BRACKET.exec(before);
  const matched = found?.[1] ?? null;
  if (found === null || matched === null) return null;
  // "Ông Nguyễn Văn Nam (45 tuổi)", "Anh Trần Văn Nam (35 tuổi)": a title opening the sentence is no part of
  // the name (re-review of engine 31); with one word left ("Ông Nam") the bracket names no full name.
  const title = PERSON_TITLE.exec(matched);
  const name = title === null ? matched : matched.slice(title[0].length);
  if (title !== null && !name.includes(' ')) return null;
  // "Trường Đại học Tôn Đức Thắng (hạng 2)", "Công Ty Cổ Phần Vinamilk (hạng 1)": the end of an institution's
  // name, no person (review of engine 31).
  if (INSTITUTION_BEFORE_NAME.test(before.slice(Math.max(0, found.index - 24), found.index))) return null;
  if (isCountry(name) || PLACE_NAMES_LOWER.has(name.toLowerCase())) return null;
  // "Thanh Long (20 tuổi)" after "Vũ Thanh Long" was introduced: the full name of the person index (review).
  const people = doc.entities.people.within(Math.max(0, expr.start - FULL_NAME_REACH), expr.start);
  for (let i = people.length - 1; i >= 0; i--) {
    const full = (people[i] as Mention).text;
    if (full.length > name.length && full.endsWith(` ${name}`)) return full;
  }
  return name;
}
/**
 * "Chong Wei Feng, tay vợt hạng 18 thế giới sinh năm 1987, …", "Lee Chong Wei, tay vợt số một thế giới và là
 * …, đánh giá": a rank or an age inside the role in apposition right after a person's name is that person's,
 * also when the person then speaks (engine 33). Null otherwise.
 */
function personInApposition(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (expr.kind !== 'rank' && !(expr.kind === 'measure' && expr.unit === 'tuổi')) return null;
  const people = doc.entities.people.within(Math.max(sentence.start, expr.start - 60), expr.start);
  const m = people[people.length - 1];
  if (m === undefined || m.end > expr.start) return null;
  return ROLE_APPOSITION.test(text.slice(m.end, expr.start)) ? m.text : null;
}
/**
 * Engine 38: a player's rank written as a title right before the player's name — "tay vợt số 1 thế giới Rafael
 * Nadal", "hạt giống số 8 Boonsak Ponsana", "đối thủ hạng 25 thế giới Tommy Sugiarto" — is that player's, not the
 * city, the country or the other player the sentence also names. Only with a player's role noun right before the
 * rank (a few lower-case words between at most) and a name of two to four capitalised words right after it (a
 * "thế giới", "ATP", "WTA", "BWF" or "hiện tại" between at most) that is no place or body: "Việt Nam xếp thứ 5 Đông
 * Nam Á", "đội xếp thứ 2 Bảng A", "tay vợt số 1 Việt Nam" keep their reading.
 */
function rankBeforeName(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (expr.kind !== 'rank') return null;
  if (!PLAYER_ROLE_BEFORE_RANK.test(text.slice(Math.max(sentence.start, expr.start - 40), expr.start))) return null;
  const after = NAME_AFTER_RANK.exec(text.slice(expr.end, Math.min(sentence.end, expr.end + 60)));
  if (after === null || after[1] === undefined) return null;
  const at = expr.end + after[0].length - after[1].length;
  const end = at + after[1].length;
  for (const index of [doc.entities.places, doc.entities.orgs, doc.entities.tickers]) if (index.firstWithin(at, end) !== undefined) return null;
  // The person index's name when it covers the whole name ("Alex de Minaur", not its "Alex").
  const person = doc.entities.people.within(at, end).find((m) => m.start === at);
  return person !== undefined && person.end >= end ? person.text : after[1];
}
/** A player's role noun (capitalised too, opening the sentence: "Hạt giống số 4 …"), then at most three lower-case words, right before the rank. */
const PLAYER_ROLE_BEFORE_RANK =
  /(?<![\p{L}\p{M}])(?:[Tt]ay vợt|[Tt]ay golf|[Hh]ạt giống|[Cc]ầu thủ|[Đđ]ối thủ|[Vv]õ sĩ|[Kk]ỳ thủ|VĐV|[Vv]ận động viên|[Gg]olf thủ|[Cc]ơ thủ)(?:[ \t\u00a0]+\p{Ll}[\p{Ll}\p{M}]*){0,3}[ \t\u00a0]+$/u;
/** After the rank: an optional "thế giới" / "ATP" / "WTA" / "BWF" / "hiện tại", then two to four capitalised words. */
const NAME_AFTER_RANK =
  /^(?:[ \t\u00a0]+(?:thế giới|ATP|WTA|BWF|hiện tại|hiện nay))?[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}]+(?:[ \t\u00a0]+(?:del|de|van|von|da|\p{Lu}[\p{L}\p{M}]+)){1,3})(?![\p{L}\p{M}\d])/u;
/**
 * "Lee Chong Wei … đã thua tay vợt hạng 25 thế giới", "… đánh bại Tiến Minh, tay vợt hạng 9 thế giới": a rank or an
 * age in the role of the one a player meets belongs to that opponent, not to the player named before (engine 33).
 */
function rankOfOpponent(text: string, sentence: Span, expr: Expression): boolean {
  if (expr.kind !== 'rank' && !(expr.kind === 'measure' && expr.unit === 'tuổi')) return false;
  return OPPONENT_ROLE_BEFORE.test(text.slice(Math.max(sentence.start, expr.start - 90), expr.start));
}
/**
 * A verb of meeting, then (within a few words, no "là" or "và" opening another predicate) a role noun and the words
 * of the figure, no clause mark after the role.
 */
const OPPONENT_ROLE_BEFORE = /(?<![\p{L}\p{M}])(?:thua|đánh bại|gặp|thắng|hạ gục|hạ|vượt qua|loại|đối đầu(?:[ \t\u00a0]+với)?|đấu với)(?![\p{L}\p{M}])(?:(?!(?<![\p{L}\p{M}])(?:là|và|còn|nhưng)(?![\p{L}\p{M}]))[^.;:!?()]){0,40}?(?<![\p{L}\p{M}])(?:tay vợt|tay golf|cầu thủ|đối thủ|võ sĩ|kỳ thủ|VĐV|vận động viên)(?![\p{L}\p{M}])[^,;.()–]{0,40}$/u;
/** After the opponent's rank, before any clause mark: a name of two capitalised words ("thế giới Tommy Sugiarto"). */
const NAME_AFTER_ROLE = /^[^,;.:()!?–]{0,30}?(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*[ \t]+\p{Lu}/u;
/** ", tay vợt ", ", cầu thủ trẻ …", " - một VĐV …": a comma or a dash, a role, no other clause mark before the figure. */
const ROLE_APPOSITION = /^[ \t]*[,–-][ \t]*(?:(?:một|là)[ \t]+)?(?:tay vợt|tay golf|cầu thủ|thủ môn|tiền đạo|tiền vệ|hậu vệ|vận động viên|VĐV|võ sĩ|kỳ thủ|người đẹp|thí sinh|ứng viên|chàng trai|cô gái|ca sĩ|diễn viên)(?![\p{L}\p{M}])[^,;.()–]{0,40}$/u;
/**
 * "giá cổ phiếu của những đại gia như Netflix rớt mạnh 9% xuống còn 323,12 USD/cổ phiếu", "Cổ phiếu Apple giảm
 * 2%": the company whose share is named earlier in the figure's clause is its subject, not the market or the
 * country the sentence also names (engine 33). Not shares held ("10.000 cổ phiếu SHS"), not a sector in lower
 * case ("cổ phiếu ngân hàng"), not when another place, body or ticker stands between the name and the figure.
 */
function shareNamed(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (expr.kind !== 'change' && expr.kind !== 'money' && expr.kind !== 'percent') return null;
  const from = Math.max(sentence.start, expr.start - SHARE_REACH);
  const m = SHARE_NAMED_BEFORE.exec(text.slice(from, expr.start));
  const name = m?.[1];
  if (m === null || name === undefined) return null;
  const nameEnd = from + m.index + m[0].length - (m[2]?.length ?? 0);
  for (const index of [doc.entities.places, doc.entities.orgs, doc.entities.tickers]) if (index.firstWithin(nameEnd, expr.start) !== undefined) return null;
  return name;
}
const SHARE_REACH = 90;
/**
 * "cổ phiếu (của) (những đại gia như) Name", then the rest of the clause up to the figure (group 2), no capitalised
 * word in it. Not right after a number ("10.000 cổ phiếu SHS", "5 triệu cổ phiếu Apple": shares held); after a comma
 * it is ("Chỉ số Nikkei tăng 1,2%, cổ phiếu Sony giảm 3%").
 */
const SHARE_NAMED_BEFORE = /(?<!(?:\d|(?<![\p{L}\p{M}])(?:triệu|nghìn|ngàn|tỷ|tỉ))[ \t\u00a0]{1,3})(?<![\p{L}\p{M}])[Cc]ổ phiếu(?:[ \t\u00a0]+(?:của|như|những|các|đại gia|hãng|công ty|tập đoàn))*[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}&.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}&.-]*){0,2})((?:[ \t\u00a0]+(?!\p{Lu})[^,;:.!?()\s]+){0,8}[ \t\u00a0]+)$/u;
/** A person's title before the name: "Ông ", "Bà ", "Anh ", "Chị ", "Em ", "Cô ", "Chú ", "Cụ ", "Cháu ", "Bé ". */
const PERSON_TITLE = /^(?:Ông|Bà|Anh|Chị|Em|Cô|Chú|Cụ|Cháu|Bé)[ \t]+/u;
/** How far back the person index is searched for a full name ending with the bracket's name. */
const FULL_NAME_REACH = 2000;
/** "(", then at most the words of a rank or a seed before the figure: "(hạng ", "(hạt giống số ", "(". */
const RANK_IN_BRACKET_BEFORE = /\([ \t]*(?:(?:xếp[ \t]+)?(?:hạng|thứ|số|hạt giống(?:[ \t]+số)?|tay vợt số|vị trí)[ \t]*)?$/u;
/**
 * Right before the name: a word of an institution ("Trường Đại học ", "ngân hàng ", "công ty ") or another
 * capitalised word (the name goes on: "Công Ty Cổ Phần Vinamilk").
 */
const INSTITUTION_BEFORE_NAME = /(?:(?<![\p{L}\p{M}])(?:học|trường|viện|công ty|tập đoàn|tổng công ty|ngân hàng|bệnh viện|sở|bộ|ủy ban|uỷ ban|quỹ|hãng|nhà máy|khu|phố|đường|cầu|xã|phường|quận|huyện|tỉnh|thành phố)|\p{Lu}[\p{L}\p{M}]*)[ \t\u00a0]+$/u;
/** Two to four capitalised words right before the bracket ("Wei Feng Chong ", "Vũ Thanh Long "). */
const PERSON_BEFORE_BRACKET = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){1,3})[ \t]*$/u;

/**
 * The owner named right after the figure's noun phrase (engine 43): "2 xã (Thủy Vân, Thủy Bằng) thuộc thị xã Hương
 * Thủy", "hơn vị trí thứ 2 của Djokovic 400 điểm", "ba chỉ số của Quảng Ninh": the place, body or person the
 * counted things belong to is what the figure is about. Only through the figure's own noun phrase: lower-case words
 * (at most six, brackets skipped), no verb, preposition or clause mark between; never shares or capital held ("51%
 * cổ phần của X"), a national body ("kế hoạch của Chính phủ": the guide's "not the ministry that issued a plan"), a
 * date, or the base of a comparison ("chỉ bằng 1/6 mức thu nhập của cả nước").
 * - "thuộc X" (the things are part of X) always reads so.
 * - "của X" is read more narrowly, as session 40's wider rule was worse on a reviewer's passages (the other party
 *   of a trade, a loan or a transfer; the whole of a share): a rank is always its holder's; a count, measure or sum
 *   only when its clause names no one before it (a regulator or a source aside) and no verb of trading, lending,
 *   paying, holding or using stands before it there ("mua 12 máy bay của Boeing", "vay 300 triệu USD của WB", "đã
 *   thu 50 triệu đồng của bệnh nhân"), nor one after the owner in the rest of the clause, nor a recipient "cho X"
 *   ("540 triệu USD của ADB được cho thành phố vay"); never a country or a country's firms, visitors or workers
 *   ("lượt khách của Nga", "xe hàng của doanh nghiệp Trung Quốc": where they come from), a rank included; a share, a
 *   ratio or a change never ("Hà Nội có 30% số doanh nghiệp của cả nước"). (Review of engine 43.)
 */
function ownerAfter(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (expr.kind === 'date') return null;
  if (expr.kind !== 'rank' && COMPARED_BEFORE.test(doc.folded.slice(Math.max(sentence.start, expr.start - 16), expr.start))) return null;
  const to = Math.min(sentence.end, expr.end + OWNER_REACH);
  const m = OWNER_AFTER.exec(text.slice(expr.end, to));
  if (m === null || HELD_AFTER.test(text.slice(expr.end, expr.end + m[0].length))) return null;
  // The names an owner may be, read after the figure here and before it in noOneBeforeInClause.
  const indexes = [doc.entities.places, doc.entities.orgs, doc.entities.tickers, doc.entities.people, ...(doc.sides === null ? [] : [doc.sides])];
  if (m[1] === 'của' && expr.kind !== 'rank' && !((OWNED_KINDS.has(expr.kind) || shareOfSet(text, expr)) && noOneBeforeInClause(text, doc, indexes, sentence, expr))) return null;
  const at = expr.end + m[0].length;
  const reach = OWNER_NAME_OPENING.exec(text.slice(at, Math.min(sentence.end, at + 48)));
  const until = at + (reach?.[0].length ?? 0);
  let best: Mention | null = null;
  for (const index of indexes) {
    for (const c of index.within(at, Math.min(sentence.end, at + 120))) {
      if (c.start > until) break;
      // A person named inside the phrase ("của tay vợt …", group 2) holds a rank; a sum or a count "của tác giả …" is no
      // author's, and a source quoted (group 1) is never the owner.
      if (index === doc.entities.people && c.group !== 0 && !(c.group === 2 && expr.kind === 'rank')) continue;
      if (doc.entities.sources.has(c.start) || doc.entities.notSubjects.has(c.start)) continue;
      if (best === null || c.start < best.start || (c.start === best.start && c.end > best.end)) best = c;
    }
  }
  if (best === null || REGULATOR_NAME.test(best.text)) return null;
  if (m[1] === 'của') {
    // "400.000 lượt khách của Nga", "500 xe hàng của doanh nghiệp Trung Quốc", "hạng 180 của Ấn Độ Ramkumar …": a
    // country (or firms, visitors, workers of a country) after "của" is where the things come from, not their owner.
    if (isCountry(best.text.replace(/\s+/gu, ' ')) || (isPlaceMention(doc, best) && EPITHET_BEFORE.test(doc.folded.slice(at, best.start)))) return null;
    // "540 triệu USD của ADB được cho thành phố vay", "5 dây chuyền của Panasonic được chuyển giao cho …": a verb of
    // trading, lending, transferring, paying or using (or a recipient "cho X") in the rest of the clause makes the
    // owner the other party (review of engine 43).
    if (expr.kind !== 'rank' && TRADE_AFTER.test(doc.folded.slice(best.end, clauseEndAfter(text, sentence, best.end)))) return null;
  }
  // "của Djokovic 400 điểm": a name the sides' index read with the number after it, which counts something else.
  const name = best.text.replace(/\s+/gu, ' ');
  return LOWER_WORD_AFTER.test(text.slice(best.end, best.end + 3)) ? name.replace(/ \d[\d.,]*$/u, '') : name;
}
/**
 * Engine 63: a share of a set named right after it — "khoảng một nửa số trường tiểu học của Hà Nội", "30% số xã
 * của huyện Mường Nhé" — is of the set's owner, as a count of it is, when its clause names no one before it.
 */
function shareOfSet(text: string, expr: Expression): boolean {
  return (expr.kind === 'ratio' || expr.kind === 'percent') && SET_AFTER.test(text.slice(expr.end, expr.end + 8));
}
const SET_AFTER = /^[ \t\u00a0]+(?:số|tổng số)[ \t\u00a0]/u;
/** Kinds whose "của X" names what X has: counts, measures, sums and durations (not shares, ratios or changes). */
const OWNED_KINDS: ReadonlySet<string> = new Set(['count', 'measure', 'money', 'duration']);
/**
 * The figure's clause (from the last comma, semicolon or colon of its sentence before it) names no one before the
 * figure — a regulator or a source aside — and has no verb of trading, lending, paying, holding or using before it.
 * `indexes`: the names ownerAfter reads (places, bodies, tickers, people and the sides).
 */
function noOneBeforeInClause(text: string, doc: DocumentContext, indexes: readonly MentionIndex[], sentence: Span, expr: Expression): boolean {
  const from = Math.max(sentence.start, expr.start - CLAUSE_SUBJECT_REACH);
  const before = text.slice(from, expr.start);
  const clauseStart = from + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  if (TRADE_BEFORE.test(doc.folded.slice(clauseStart, expr.start))) return false;
  for (const index of indexes) {
    for (const c of index.within(clauseStart, expr.start)) {
      if (index === doc.entities.people && c.group !== 0) continue;
      if (doc.entities.sources.has(c.start) || REGULATOR_NAME.test(c.text)) continue;
      return false;
    }
  }
  return true;
}
/** Verbs of trading, lending, paying, transferring or using: another party to the figure (TRADE_BEFORE, TRADE_AFTER). */
const TRADE_VERBS: readonly string[] = [
  'mua', 'bán', 'vay', 'nợ', 'trả', 'thuê', 'sử dụng', 'dùng', 'chuyển', 'tặng', 'góp', 'rót', 'bơm', 'giải ngân', 'tài trợ', 'hỗ trợ', 'đầu tư', 'bồi thường',
];
/** Before the figure in its clause: a trade verb, or one of receiving or holding ("nhận", "thu", "sở hữu", "có" …). */
const TRADE_BEFORE = new RegExp(anyWholeWord([...TRADE_VERBS, 'nhận', 'thu', 'sở hữu', 'nắm', 'ký', 'đặt', 'đóng', 'chi', 'lấy', 'chiếm', 'có']), 'u');
/** The owner is a place of the entity index (a country's firms or visitors: "của doanh nghiệp Trung Quốc"). */
function isPlaceMention(doc: DocumentContext, best: Mention): boolean {
  return doc.entities.places.within(best.start, best.end).some((c) => c.start === best.start);
}
/** Where the clause after `from` ends: the next comma, semicolon, colon or the sentence's end. */
function clauseEndAfter(text: string, sentence: Span, from: number): number {
  const rest = text.slice(from, sentence.end);
  const m = /[,;:]/u.exec(rest);
  return m === null ? sentence.end : from + m.index;
}
/** People or firms of a place before its name after "của": "doanh nghiệp ", "nhà đầu tư ", "du khách ", "lao động ". */
const EPITHET_BEFORE = /(?<![\p{L}\p{M}])(?:doanh nghiệp|công ty|hãng|nhà đầu tư|nhà máy|khách|du khách|lao động|người|công dân|tàu|xe|thương nhân|nhà xuất khẩu|nhà nhập khẩu)[ \t\u00a0]+$/u;
/**
 * After the owner, in its clause: a trade verb, one of handing over or granting ("bàn giao", "nhượng", "viện trợ", "cấp"
 * …), or a recipient "cho" — the figure passes from the owner to another. (TRADE_BEFORE reads receiving and holding
 * instead: there the clause's own subject holds the figure. Each list as its rule was reviewed, engine 43.)
 */
const TRADE_AFTER = new RegExp(
  anyWholeWord([...TRADE_VERBS, 'cho', 'chuyển giao', 'bàn giao', 'chuyển nhượng', 'nhượng', 'biếu', 'viện trợ', 'cấp']),
  'u',
);
const COMPARED_BEFORE = /(?<![\p{L}\p{M}])(?:bằng|gấp|hơn|kém|so với)[ \t\u00a0]+$/u;
const LOWER_WORD_AFTER = /^[ \t\u00a0]\p{Ll}/u;
const OWNER_REACH = 90;
/** Words that end the figure's noun phrase: verbs, prepositions, conjunctions of another clause or comparison. */
const OWNER_STOP =
  'so|nhờ|do|vì|bởi|theo|với|cho|từ|đến|tới|bằng|hơn|như|khi|sau|trước|trong|ngoài|là|được|bị|đã|sẽ|đang|vẫn|cũng|mà|nhưng|còn|thì|nếu|vượt|đạt|chiếm|tăng|giảm|lên|xuống|gấp|kém|tại|ở|trên|dưới|vào|ra|về|qua|để|nên|có|gồm|mua|bán|nhận|trả|dành|chi|thu|cấp|giao|chuyển|hỗ trợ|đầu tư|nắm|sở hữu|thay|thuộc|của';
/**
 * From the figure's end: a bracket the figure stood in, bracketed asides, at most six lower-case words (or numbers)
 * that are none of OWNER_STOP, then "của" or "thuộc".
 */
const OWNER_AFTER = new RegExp(
  `^\\)?(?:[ \\t\\u00a0]*\\([^()\\n]{0,80}\\))?(?:[ \\t\\u00a0]+(?!(?:${OWNER_STOP})(?![\\p{L}\\p{M}]))[\\p{Ll}\\p{M}\\d]+(?:[.,/][\\p{Ll}\\p{M}\\d]+)*(?:[ \\t\\u00a0]*\\([^()\\n]{0,80}\\))?){0,6}[ \\t\\u00a0]+(của|thuộc)[ \\t\\u00a0]+`,
  'u',
);
/** Shares and capital held: their owner after "của" is the company held, not the figure's subject. */
const HELD_AFTER = /^[ \t\u00a0]*(?:cổ phần|cổ phiếu|vốn|phần vốn|cp|CP)(?![\p{L}\p{M}])/u;
/** Up to four words before the owner's name starts: "của Tổng thầu Trung Quốc", "của Lực lượng không quân Philippines". */
const OWNER_NAME_OPENING = /^(?:[\p{L}\p{M}]+[ \t\u00a0]+){0,4}/u;

/**
 * Provinces counted (engine 43): "còn tới 50% địa phương chưa chọn xong sách", "báo cáo của gần 30 tỉnh thành", "có 12
 * tỉnh, thành phố đạt …" — a count or share of the country's provinces is the whole country's figure ("Cả nước", as
 * the guide writes it), not the one province the article is mostly about. Read only when the figure's sentence names
 * no subject before it and the article's own subject is a province; not for provinces of a region ("3 tỉnh Tây
 * Nguyên", "các tỉnh miền núi phía Bắc"), nor the province's own units ("50% địa phương trong tỉnh", "… cấp huyện",
 * or a bare "địa phương" after a sentence counting its communes or districts), unless "trên cả nước" follows (review
 * of engine 43).
 */
function provincesCounted(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if ((expr.kind !== 'count' && expr.kind !== 'percent' && expr.kind !== 'ratio') || !isProvince(doc.mainSubject)) return null;
  const span = text.slice(expr.start, Math.min(text.length, expr.end + 40));
  const m = PROVINCES_COUNTED.exec(span);
  if (m === null || m.index > expr.end - expr.start + 1 || m.index < 1) return null;
  const after = doc.folded.slice(expr.start + m.index + m[0].length, Math.min(sentence.end, expr.start + m.index + m[0].length + 30));
  if (WHOLE_COUNTRY_AFTER.test(after)) return 'Cả nước';
  // "50% địa phương trong tỉnh", "6 địa phương" after "Hòa Bình còn 10 đơn vị cấp huyện": the province's own districts
  // or communes (review of engine 43).
  if (OWN_UNITS_AFTER.test(after)) return null;
  if (/địa phương$/u.test(m[0]) && OWN_UNITS_COUNTED.test(doc.folded.slice(previousSentenceStart(text, sentence.start), sentence.start))) return null;
  return 'Cả nước';
}
/**
 * The start of the sentence before the one starting at `start` (at most 300 characters back). Not entities.ts
 * sentenceBefore, which reads the current sentence up to a position and cuts only at a stop before a space: here any stop cuts.
 */
function previousSentenceStart(text: string, start: number): number {
  const from = Math.max(0, start - 300);
  const before = text.slice(from, Math.max(from, start - 2));
  const end = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  return end < 0 ? from : from + end + 1;
}
const WHOLE_COUNTRY_AFTER = /^[ \t\u00a0]*(?:trên|trong)?[ \t\u00a0]*(?:cả nước|toàn quốc)(?![\p{L}\p{M}])/u;
const OWN_UNITS_AFTER = /^[ \t\u00a0]*(?:trong tỉnh|của tỉnh|thuộc tỉnh|trên địa bàn|trực thuộc|cấp huyện|cấp xã|cấp tỉnh)(?![\p{L}\p{M}])/u;
/**
 * A count of the province's own units: "166 xã, phường", "10 đơn vị cấp huyện", "12 huyện, thị xã" — the units below a
 * province and the generic "đơn vị"; not "tỉnh" nor "thành phố" (a count of those is the provinces counted).
 */
const OWN_UNITS_COUNTED = new RegExp(String.raw`\d[\d.,]*[ \t\u00a0]+(?:${[...LOCAL_UNITS, 'đơn vị'].join('|')})(?![\p{L}\p{M}])`, 'u');
/** The counted noun of provinces right after the number (inside the quote or just after it), no region after it. */
const PROVINCES_COUNTED =
  /(?<=[\d%\p{L}][ \t\u00a0]*)[ \t\u00a0](?:số[ \t\u00a0]+)?(?:tỉnh thành|tỉnh,[ \t\u00a0]*thành phố|tỉnh[ \t\u00a0]*\/[ \t\u00a0]*thành(?:[ \t\u00a0]+phố)?|tỉnh|địa phương)(?![\p{L}\p{M}])(?![ \t\u00a0]*(?:\p{Lu}|(?:miền|vùng|khu vực|phía|ven|biên giới|đồng bằng|trung du|duyên hải|tây|đông|nam|bắc)(?![\p{L}\p{M}])))/u;

/**
 * "Ngày 25/10, toàn đội sẽ bước vào buổi tập đầu tiên", "Cả đội sẽ về TP.HCM": in a team's story, the bare
 * "đội" ("toàn đội", "cả đội") opening the sentence is the story's own team — not the opponent the sentence before
 * ended on (engine 43). Read only in a sports text whose main subject is known, when the sentence names no subject
 * before the figure; "đội khách", "đội chủ nhà", "đội bạn", "đội U23 Lào" name another side.
 */
function teamItself(doc: DocumentContext, sentence: Span): string | null {
  if (doc.sides === null || doc.mainSubject === null) return null;
  return TEAM_ITSELF.test(doc.folded.slice(sentence.start, Math.min(sentence.end, sentence.start + TEAM_OPENING_REACH))) ? doc.mainSubject : null;
}
const TEAM_OPENING_REACH = 40;
/** At the sentence's opening (a time phrase and its comma before it at most): "toàn đội", "cả đội", "đội" and a verb's adverb. */
const TEAM_ITSELF = /^(?:[^,.;:!?\n]{0,24},[ \t\u00a0]*)?(?:toàn đội|cả đội|đội)[ \t\u00a0]+(?:sẽ|đã|đang|vẫn|cũng|tiếp tục|bước|về|lên|tập|di chuyển|hội quân|tập trung|nghỉ)(?![\p{L}\p{M}])/u;

/**
 * Engine 68: the sides or players taking part in a competition and the days it is played are the competition's — "giải
 * đấu dành cho 8 tay vợt xuất sắc nhất là ATP World Tour Final", "Giải có sự tham dự của 6 đội" after "BIDC Cup 2014 sẽ
 * diễn ra …", "bế mạc giải U21 Quốc tế Báo Thanh Niên: Khép lại 11 ngày thi đấu của 5 đội bóng" — not the player or
 * the team the story is about, nor the body that organises it. A count of sides, players or countries in a sentence
 * that says they take part, a number of days of play, or a day in a sentence saying the competition is played or
 * attended then ("BIDC Cup 2014 sẽ diễn ra từ ngày 3/11"); the competition named in the sentence (the nearest before
 * the figure, else the first after it), or, when the sentence says "giải" alone, the last one named in the text
 * just before it. Read within COMPETITION_WINDOW characters of the figure.
 */
function competitionOf(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  // Read within a bounded window around the figure: a long sentence of many figures stays linear.
  const from = Math.max(sentence.start, expr.start - COMPETITION_WINDOW);
  const to = Math.min(sentence.end, expr.end + COMPETITION_WINDOW);
  if (expr.kind === 'date') {
    if (!PLAYED_ON.test(doc.folded.slice(from, to))) return null;
  } else if (expr.unit === null) return null;
  else if (expr.kind === 'count') {
    if (!PARTICIPANTS.has(expr.unit)) return null;
    if (!TAKING_PART.test(doc.folded.slice(from, to))) return null;
  } else if (expr.kind !== 'duration' || expr.unit !== 'ngày' || !DAYS_OF_PLAY.test(doc.folded.slice(expr.end, Math.min(sentence.end, expr.end + 16)))) return null;
  let before: string | null = null;
  let later: string | null = null;
  const line = text.slice(from, to);
  COMPETITION_RE.lastIndex = 0;
  for (let m = COMPETITION_RE.exec(line); m !== null; m = COMPETITION_RE.exec(line)) {
    const at = from + m.index;
    if (at < expr.start) before = competitionName(m);
    else if (at >= expr.end && later === null) later = competitionName(m);
  }
  if (before !== null || later !== null) return before ?? later;
  if (from !== sentence.start || !BARE_COMPETITION.test(doc.folded.slice(from, expr.start))) return null;
  const earlier = text.slice(Math.max(0, sentence.start - COMPETITION_REACH), sentence.start);
  let last: string | null = null;
  COMPETITION_RE.lastIndex = 0;
  for (let m = COMPETITION_RE.exec(earlier); m !== null; m = COMPETITION_RE.exec(earlier)) last = competitionName(m);
  return last;
}
const COMPETITION_REACH = 300;
const COMPETITION_WINDOW = 200;
/** What a count of participants counts (the unit as read, lower case). */
const PARTICIPANTS = new Set(['đội', 'đội bóng', 'đội tuyển', 'tay vợt', 'vận động viên', 'vđv', 'VĐV', 'quốc gia', 'đoàn', 'CLB', 'câu lạc bộ']);
/** The sentence says the counted sides take part. */
const TAKING_PART = /(?<![\p{L}\p{M}])(?:tham dự|tham gia|góp mặt|dành cho|tranh tài|quy tụ)(?![\p{L}\p{M}])/u;
/** The sentence says when the competition is played or attended. */
const PLAYED_ON = /(?<![\p{L}\p{M}])(?:diễn ra|khởi tranh|khai mạc|bế mạc|tham dự)(?![\p{L}\p{M}])/u;
/** "11 ngày thi đấu", "9 ngày tranh tài". */
const DAYS_OF_PLAY = /^[ \t\u00a0]+(?:thi đấu|tranh tài)(?![\p{L}\p{M}])/u;
/** "Giải có sự tham dự …", "giải đấu năm nay …": the competition pointed back at (the text folded, before the figure). */
const BARE_COMPETITION = /(?<![\p{L}\p{M}])giải(?:[ \t\u00a0]+đấu)?(?![\p{L}\p{M}])(?![ \t\u00a0]+(?:\p{Lu}|\d))/u;
/**
 * A competition's name: "giải" or "giải đấu" and capitalised words ("giải U21 Quốc tế Báo Thanh Niên"), or capitalised
 * words ending in a competition's word and a year or an edition ("BIDC Cup 2014", "ATP World Tour Final", "SEA Games 27").
 */
const COMPETITION_RE =
  /(?<![\p{L}\p{M}])(?:[Gg]iải(?:[ \t\u00a0]+đấu)?[ \t\u00a0]+((?:\p{Lu}|\d)[\p{L}\p{M}\d.&-]*(?:[ \t\u00a0]+(?:Quốc tế|mở rộng|(?:\p{Lu}|\d)[\p{L}\p{M}\d.&-]*))*)|((?:\p{Lu}[\p{L}\p{M}\d.&-]*[ \t\u00a0]+){0,3}(?:Cup|CUP|Open|OPEN|Games|GAMES|Finals?|Masters|Championship|League)(?:[ \t\u00a0]+\d{1,4})?))(?![\p{L}\p{M}])/gu;
function competitionName(m: RegExpExecArray): string {
  return m[1] !== undefined ? `Giải ${m[1]}` : (m[2] ?? '');
}

/**
 * Engine 68: "nhà trường", "bệnh viện này", "công ty này" before the figure point back at the school, the hospital or
 * the company last named — "Trường THCS Tư thục Lê Lợi … tuyển được 12 học sinh. Chủ tịch Hội đồng Quản trị nhà
 * trường cho biết: … không đủ trả lương cho 17 giáo viên" (the school's teachers, not the province of the aside) — when
 * no reader found a name in the sentence. The name is looked for in the topic window before the figure.
 */
function institutionPointedBack(doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  // Within a bounded reach before the figure (linear on a long sentence of many figures).
  const from = Math.max(sentence.start, expr.start - INSTITUTION_REACH);
  const m = POINTED_INSTITUTION.exec(doc.folded.slice(from, expr.start));
  if (m === null) return null;
  const head = INSTITUTION_HEADS[(m[1] ?? m[2] ?? '').replace(/[ \t\u00a0]+/gu, ' ')];
  if (head === undefined) return null;
  const orgs = doc.entities.orgs.within(Math.max(0, sentence.start - TOPIC_WINDOW), from + m.index);
  for (let i = orgs.length - 1; i >= 0; i--) {
    const o = orgs[i] as Mention;
    if (o.text.startsWith(head)) return o.text;
  }
  return null;
}
/** "nhà trường" (group 1), or a kind of institution and "này" (group 2); the text folded. */
const POINTED_INSTITUTION =
  /(?<![\p{L}\p{M}])(?:nhà (trường)|(trường|bệnh viện|công ty|ngân hàng)[ \t\u00a0]+này)(?![\p{L}\p{M}])/u;
const INSTITUTION_REACH = 200;
const INSTITUTION_HEADS: Readonly<Record<string, string>> = { trường: 'Trường', 'bệnh viện': 'Bệnh viện', 'công ty': 'Công ty', 'ngân hàng': 'Ngân hàng' };

/** A comma between the sentence's start and a figure: looked for once per sentence, not once per figure (issue 11). */
const COMMA_FROM_OPENING = new CharBefore(0x2c);
/**
 * Engine 68: a story of the state's business that names no place at all — "Chính phủ", a ministry, "Quốc hội" are
 * named, no province, city or country is — speaks of the country: a figure no other reader names is Việt Nam's, as
 * an editor would write it down ("Nguồn lực dành cho hộ nghèo … là 364.000 tỷ đồng" in a ministry's report on
 * poverty). Read once per document. A text naming no national body (a one-line note, a bridge, a shop) keeps no
 * subject.
 */
function countryOfStateStory(doc: DocumentContext): string | null {
  let country = stateStories.get(doc);
  if (country === undefined) {
    country = doc.entities.places.all().length === 0 && doc.entities.orgs.all().some((m) => NATIONAL_BODY.test(m.text)) ? HOME_COUNTRY : null;
    stateStories.set(doc, country);
  }
  return country;
}
const stateStories = new WeakMap<DocumentContext, string | null>();
const HOME_COUNTRY = 'Việt Nam';
/** A national body's name: the government, the National Assembly, a ministry, a general department, the central bank. */
const NATIONAL_BODY = /^(?:Chính phủ|Thủ tướng|Quốc hội|Bộ|Tổng cục|Ngân hàng Nhà nước|Kiểm toán Nhà nước|Thanh tra Chính phủ)(?![\p{L}\p{M}])/u;
/**
 * "Với thỏa thuận trị giá khoảng 450 triệu USD, Philippines có thể mua …", "Với tổng vốn 500 tỷ đồng, Hà Nội
 * dẫn đầu …": a figure in a clause opening with "Với" belongs to the place or body that starts the main
 * clause right after the comma (engine 31). Null when none stands there.
 */
function afterOpeningClause(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (!WITH_OPENING.test(doc.folded.slice(sentence.start, sentence.start + 5))) return null;
  return subjectAfterComma(text, doc, sentence, sentence.start, expr, false);
}
/**
 * Engine 63: "Cụ thể, sau khi đặt cọc trước 50 triệu đồng, sáng 19/10 chị Huyền quay lại …", "Thắng trận 3-0, Chelsea
 * đã giành lấy ngôi đầu …", "Khoảng 30 phút sau, chị Huyền có biểu hiện …": a phrase opening the sentence with no
 * name of its own gives its figure to the person, side, place or body starting the main clause after its comma —
 * not to a topic carried from the sentences before. Null when no name stands there (a pronoun, a noun).
 */
function afterAdverbialOpening(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  const m = ADVERBIAL_OPENING.exec(doc.folded.slice(sentence.start, Math.min(sentence.end, sentence.start + OPENING_HEAD_REACH)));
  if (m === null) return null;
  const open = sentence.start + (m[1]?.length ?? 0);
  if (nearestSubject(doc.entities, sentence.start, expr.start, null) !== null) return null;
  if (doc.sides !== null && doc.sides.firstWithin(sentence.start, expr.start) !== undefined) return null;
  return subjectAfterComma(text, doc, sentence, open, expr, true);
}
/** The name starting the main clause after the comma closing the opening phrase (from `open`) that holds the figure. */
function subjectAfterComma(text: string, doc: DocumentContext, sentence: Span, open: number, expr: Expression, anyName: boolean): string | null {
  if (COMMA_FROM_OPENING.within(text, open, expr.start)) return null;
  const rest = text.slice(expr.end, Math.min(sentence.end, expr.end + 60));
  const comma = rest.indexOf(',');
  if (comma < 0) return null;
  const named = [doc.entities.places, doc.entities.orgs, doc.entities.tickers];
  // "Với 300 tỷ đồng của Nghệ An, …": the clause names its own place.
  for (const index of named) if (index.firstWithin(expr.end, expr.end + comma) !== undefined) return null;
  let p = expr.end + comma + 1;
  while (p < sentence.end && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u00a0')) p++;
  if (anyName) {
    // "…, sáng 19/10 chị Huyền quay lại …": the time of the main clause before its subject.
    const time = MAIN_CLAUSE_TIME.exec(doc.folded.slice(p, Math.min(sentence.end, p + 32)));
    if (time !== null) p += time[0].length;
    named.push(doc.entities.people);
    if (doc.sides !== null) named.push(doc.sides);
  }
  // "…, chị Huyền có biểu hiện …": a person's form stands after the title.
  const title = anyName ? PERSON_TITLE_AT.exec(doc.folded.slice(p, Math.min(sentence.end, p + 8))) : null;
  for (const index of named) {
    const m = index.firstWithin(p, Math.min(sentence.end, p + 60));
    const at = index === doc.entities.people && title !== null ? p + title[0].length : p;
    if (m === undefined || m.start !== at || (index === doc.entities.people && m.group !== 0)) continue;
    // "Với lãi suất 6%/năm, Ngân hàng Nhà nước cho rằng …": a body that only speaks is not the figure's
    // subject (review of engine 31).
    return SPEAKS_AFTER.test(doc.folded.slice(m.end, Math.min(sentence.end, m.end + 24))) ? null : m.text;
  }
  return null;
}
const OPENING_HEAD_REACH = 48;
/** A title in lower case before a person's form (the text folded). */
const PERSON_TITLE_AT = /^(?:anh|chị|ông|bà|em|cô|chú|bác|cụ|bé|cháu)[ \t]+/u;
/**
 * Engine 63: a phrase opening the sentence with no subject of its own — "Sau khi / Trước khi / Khi …", a match's
 * result ("Thắng trận 3-0, Chelsea …"), a lapse of time ("Khoảng 30 phút sau, chị Huyền …"), after one connective
 * and its comma at most ("Cụ thể, sau khi đặt cọc trước 50 triệu đồng, sáng 19/10 chị Huyền …"): its figure belongs
 * to the subject starting the main clause after its comma, as "Với …, X …" does (engine 31). Group 1 is what
 * stands before the phrase.
 */
const ADVERBIAL_OPENING =
  /^([ \t\u00a0"“]*(?:(?:cụ thể|tuy nhiên|sau đó|trước đó|ngoài ra|đặc biệt|trong khi đó)[ \t\u00a0]*,[ \t\u00a0]*)?)(?:(?:khoảng|gần|hơn|chừng|chỉ|chưa đầy)?[ \t\u00a0]*[\d\p{L}]+[ \t\u00a0]+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)[ \t\u00a0]+(?:sau|trước)[ \t\u00a0]*,)(?![\p{L}\p{M}])/u;
/** A time naming when the main clause happens, before its subject: "sáng 19/10", "ngày 5/3/2013", "hôm qua". */
const MAIN_CLAUSE_TIME =
  /^(?:(?:sáng|trưa|chiều|tối|đêm|hôm|ngày)(?:[ \t\u00a0]+(?:nay|qua|ngày))?(?:[ \t\u00a0]+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?)?|đến[ \t\u00a0]+\d{1,2}[ \t\u00a0]*(?:h|giờ)(?:[ \t\u00a0]*\d{1,2})?)[ \t\u00a0]*,?[ \t\u00a0]+/u;
const WITH_OPENING = /^với[ \t\u00a0]/u;
/** A reporting verb right after the body: "cho rằng", "đánh giá", "cho biết", "nhận định" … */
const SPEAKS_AFTER = /^[ \t\u00a0]*(?:đã[ \t\u00a0]+|vẫn[ \t\u00a0]+|cũng[ \t\u00a0]+)?(?:cho rằng|cho biết|đánh giá|nhận định|nhận xét|khẳng định|nhấn mạnh|dự báo|dự kiến|cảnh báo|lưu ý|khuyến cáo|kiến nghị|đề nghị|thông tin|thừa nhận|nêu rõ|tuyên bố|phát biểu|nói)(?![\p{L}\p{M}])/u;

/** A sports text: a match report, or words of sport three times. */
function sportsText(folded: string): boolean {
  if (matchReport(folded)) return true;
  SPORT_RE.lastIndex = 0;
  let words = 0;
  for (let m = SPORT_RE.exec(folded); m !== null; m = SPORT_RE.exec(folded)) {
    if (letterBefore(folded, m.index)) {
      SPORT_RE.lastIndex = m.index + 1;
      continue;
    }
    if (++words >= SPORT_WORDS) return true;
  }
  return false;
}

/**
 * The year the periods of an undated text speak of most; bases ("so với năm 2019") and horizons ("đến năm 2030") do not count.
 * A year the text calls this one ("tháng 3/2021 này", "năm 2021 này") is the text's year, however often others are named
 * (session 46), unless it is earlier than the year named most (session 47).
 */
function textYear(folded: string, periods: MentionIndex): number | null {
  const counts = new Map<number, number>();
  let thisOne: number | null = null;
  for (const m of periods.all()) {
    const y = /(?<!\d)(\d{4})(?!\d)/u.exec(m.text);
    if (!y) continue;
    if (THIS_ONE_AFTER.test(folded.slice(m.end, m.end + 8)) && !/[-–]/u.test(m.text)) thisOne = Math.max(thisOne ?? 0, Number(y[1]));
    if (/^(?:đến|tới|trước|giai|thời|từ)/u.test(m.text)) continue;
    if (BASE_BEFORE.test(folded.slice(Math.max(0, m.start - 24), m.start))) continue;
    const year = Number(y[1]);
    if (year < 1900 || year > 2100) continue;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  // "Con số của năm 2015 này …", "Năm 1975 này, ông mới 20 tuổi" in a text that speaks most of a later year: "này"
  // points back to a year told of, not the text's own (session 47).
  if (thisOne !== null && thisOne >= 1900 && thisOne <= 2100 && (best === null || thisOne >= best)) return thisOne;
  return best;
}

/** "này" right after a dated period: "tháng 3/2021 này", "năm 2021 này" (not "này," of a longer phrase: the word itself). */
const THIS_ONE_AFTER = /^[ \t\u00a0]+này(?![\p{L}\p{M}])/u;

/**
 * The first period of the title (the first line, when it is the title the metadata found), unless it is
 * a horizon or a span ("đến năm 2030", "giai đoạn 2021-2025"), read with the year of publication.
 */
function titlePeriod(text: string, title: string | null, periods: MentionIndex, year: number | null): string | null {
  // A title is a line of its own: a one-line text's "title" is its first sentence.
  if (title === null || title.length === 0 || !text.startsWith(title) || text.charCodeAt(title.length) !== 0x0a) return null;
  // A results title: what was earned, sold or reached over the period ("lãi", "doanh thu", "xuất khẩu").
  if (!RESULTS_TITLE.test(title)) return null;
  const m = periods.firstWithin(0, title.length);
  // "Xi măng Hà Tiên 1 báo lỗ hơn 70 tỷ đồng 9 tháng": a results title ends on the months it sums up.
  const months = m === undefined ? TITLE_MONTHS_END.exec(title) : null;
  if (months !== null) return periodPhrase(`${months[1] ?? ''} tháng`, year);
  if (m === undefined || /^(?:đến|tới|trước|giai|thời|từ)/u.test(m.text) || /\d{4}\s*[-–]\s*\d{4}/u.test(m.text)) return null;
  // A plan's year ("… năm 2030"): no period of past results.
  const named = /(?<!\d)(\d{4})(?!\d)/u.exec(m.text);
  if (named !== null && year !== null && Number(named[1]) > year) return null;
  return periodPhrase(m.text, year);
}
/** "… 9 tháng" ending a title: the months of the year its results sum up. */
const TITLE_MONTHS_END = /(?<![\p{L}\p{M}\d])(\d{1,2})[ \t]+tháng[ \t]*$/u;
/** "Hiện …", "hiện nay", "đến nay": a figure as of now (not "thực hiện"), not over a period before it. */
const AS_OF_NOW = /(?<![\p{L}\p{M}])(?<!(?:thực|thể|phát|xuất|biểu|hiển|tái)[ \t\u00a0])(?:hiện|hiện nay|hiện tại|đến nay|tới nay|bây giờ)(?![\p{L}\p{M}])/iu;
/**
 * AS_OF_NOW.test(s), the regex run only when the lower-cased slice holds a word every one of its phrases
 * holds ("hiện", "nay", "giờ"): its leading look-behinds make it try every position of the slice.
 */
function asOfNow(s: string): boolean {
  const lower = s.toLowerCase();
  if (!lower.includes('hiện') && !lower.includes('nay') && !lower.includes('giờ')) return false;
  return AS_OF_NOW.test(s);
}
const RESULTS_TITLE = /(?<![\p{L}\p{M}])(?:lãi|lỗ|lợi nhuận|doanh thu|doanh số|xuất khẩu|nhập khẩu|kim ngạch|sản lượng|tiêu thụ|thu ngân sách|giải ngân|tăng trưởng|GDP|CPI)(?![\p{L}\p{M}])/iu;

/** Groups: (1) the day before the publication day, (2) the publication day, (3) "phiên" (a session). */
const RELATIVE_DAY_RE = /((?:hôm|chiều|đêm|sáng|tối|trưa)\s+qua)|((?:hôm|sáng|trưa|chiều|tối|đêm)\s+nay)|(phiên)/gu;
const RELATIVE_SESSION = 3;
const LIVE_DAY_WORDS = 3;

/** The minutes, halves, sets and score of a match as it is reported ("Phút 33", "hiệp 1", "tỷ số 1-0", "set 2", "tie-break"). */
const MATCH_EVENT_RE = /phút\s+\d{1,3}(?!\d)|hiệp\s+(?:1|2|một|hai)(?![\p{L}\p{M}\d])|tỷ\s+số|set\s+(?:đấu|1|2|3|4|5)(?![\p{L}\p{M}\d])|tie-?break|điểm\s+break/gu;
const MATCH_EVENTS = 3;

const TOURNAMENT_TALLY = /giải thưởng|vua phá lưới|(?:cả|toàn|suốt) giải|(?:cả|toàn) mùa|xuất sắc nhất giải/u;

/** Words of the match itself; a record, a tour or a tournament's programme in the same report is not the day's. */
const MATCH_MOMENT = /phút|hiệp|tỷ số|sút|ghi bàn|bàn thắng|cơ hội|khán giả|phạt|thủ môn|thẻ (?:vàng|đỏ)|(?<![\p{L}\p{M}])(?:set|game|break)(?![\p{L}\p{M}])|giao bóng|cách biệt|lên ngôi/u;

/**
 * A report of the day also cites a programme, a season's earnings or a forecast ("chương trình mua trái
 * phiếu 85 tỷ USD/tháng", "doanh thu của 138 công ty đã báo cáo tăng 5,5%"): those are not the day's.
 * Every other undated figure of the report is.
 */
const NOT_THE_DAY = /chương trình|mỗi tháng|doanh thu|doanh số|lợi nhuận|kết quả kinh doanh|dự báo|kỳ vọng|mục tiêu|kế hoạch|đang quản lý|mùa báo cáo|đã báo cáo/u;

/** A sentence opening on another time than the day reported: last week, last year ("Trước đó, trong phiên ngày thứ Hai" is an earlier session, which the day reader keeps). */
const ANOTHER_TIME_OPENING = /^[ \t"“]{0,4}(?:trước đây|tuần trước|tuần qua|tháng trước|năm ngoái|năm trước|hồi)(?![\p{L}\p{M}])/u;

function inTheSession(folded: string, sentence: Span, expr: Expression): boolean {
  if (expr.unit?.endsWith('/tháng')) return false;
  // "Tuần trước, có hai phiên đấu thầu …": another time than the day's.
  if (ANOTHER_TIME_OPENING.test(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 24)))) return false;
  // The figure's own words: just before it, and after it up to a reason ("tăng 12% sau khi báo cáo lợi
  // nhuận vượt dự báo" is the day's move of a share).
  const after = folded.slice(expr.end, Math.min(sentence.end, expr.end + 40));
  const reason = after.search(/sau khi|nhờ|(?<![\p{L}\p{M}])(?:do|vì)(?![\p{L}\p{M}])/u);
  const before = folded.slice(Math.max(sentence.start, expr.start - 60), expr.start);
  const tail = reason < 0 ? after : after.slice(0, reason);
  if (NOT_THE_DAY.test(`${before} ${tail}`)) return false;
  // "từng", "sẽ", "mỗi phiên" in the figure's own clause only: "Thanh khoản đạt 13.000 tỷ đồng, thấp hơn mức
  // 15.000 tỷ đồng mỗi phiên của tuần trước" puts the base at another time, not the day's 13.000. "từng … trong
  // đầu phiên sáng" is a high of the day.
  const stop = tail.search(/[,;(]|(?<![\p{L}\p{M}])(?:thấp hơn|cao hơn|so với|hơn mức|bằng)(?![\p{L}\p{M}])/u);
  const clause = `${before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1)} ${stop < 0 ? tail : tail.slice(0, stop)}`;
  const m = OTHER_TIME_WORDS.exec(clause);
  if (m === null) return true;
  return m[1] === 'từng' && !OTHER_TIME_WORDS.test(clause.replace(/từng/gu, ' ')) && spanHas(SAME_DAY, folded, sentence.start, sentence.end);
}
/** Another time than the day's in the figure's own clause: what was once ("từng"), what will be, a daily mean. */
const OTHER_TIME_WORDS = /(?<![\p{L}\p{M}])(từng|sẽ|mỗi phiên)(?![\p{L}\p{M}])/u;
/** The day's session named in the sentence: "từng" is then a high or low of the day. */
const SAME_DAY = /(?<![\p{L}\p{M}])(?:trong phiên|đầu phiên|phiên sáng|phiên chiều|hôm nay|sáng nay|chiều nay)(?![\p{L}\p{M}])/u;

/**
 * The text says the match is the date line's day ("trận chung kết vừa kết thúc", "sáng cùng ngày", "tối
 * nay"); without it a report may come a day later and its match stays undated.
 */
const MATCH_DAY_CUE = /vừa (?:kết thúc|diễn ra|khép lại|khép màn)|cùng ngày|(?:hôm|sáng|trưa|chiều|tối|đêm) nay(?![\p{L}\p{M}])/u;

/**
 * The day of the match a report is about: the publication day when the text says the match is that
 * day's, else the date it names for the match ("trận chung kết diễn ra tối 23-10", "trận đấu … rạng sáng
 * ngày 23/10") when that is the publication day or the day before (a report the morning after). A date
 * further away is another match's (a past meeting, the next round): the match stays undated.
 */
function dayOfMatch(folded: string, publishedDay: string): string | null {
  if (MATCH_DAY_CUE.test(folded)) return publishedDay;
  const m = MATCH_DATE_RE.exec(folded);
  if (m === null) return null;
  // "sẽ diễn ra tối 24-10": a preview's match is still to come — its text tells earlier meetings. "ngày
  // 24/10 năm ngoái", "23/10/2012": a date with its year is another season's.
  const year = YEAR_AFTER_DATE.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 16));
  if (PREVIEW_WORD.test(m[0]) || (year !== null && !thisYear(year, publishedDay))) return null;
  const day = `${publishedDay.slice(0, 4)}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  // "Trước khi trận đấu vòng một diễn ra tối muộn ngày 16/10" in a report of 18/10: a match the text says was
  // held two days before is still the one reported (engine 33); without "diễn ra" only the day before is.
  const before = dayBefore(publishedDay);
  return day === publishedDay || day === before || (m[0].includes('diễn ra') && day === dayBefore(before)) ? day : null;
}

const PREVIEW_WORD = /(?<![\p{L}\p{M}])(?:sẽ|dự kiến|chuẩn bị|sắp)(?![\p{L}\p{M}])/u;
const YEAR_AFTER_DATE = /^[ \t\u00a0]+năm[ \t\u00a0]+(nay|ngoái|trước|\d{4})/u;

/** The year after a match's date is the publication's ("tối 22/10 năm nay", "22/10/2013"). */
function thisYear(m: RegExpExecArray, publishedDay: string): boolean {
  const y = publishedDay.slice(0, 4);
  const given = m[1] ?? '';
  return given === 'nay' || given === y;
}

/** The first date given for a match: its word, then within the clause the time word and "D-M"/"D/M". */
const MATCH_DATE_RE = /(?<![\p{L}\p{M}])(?:trận|chung kết|bán kết|tứ kết)(?![\p{L}\p{M}])[^.!?;\n]{0,48}?(?:diễn ra|sáng|trưa|chiều|tối|đêm|ngày)(?:[ \t]+(?:muộn|qua|hôm|vào))?(?:[ \t]+ngày)?[ \t]+(\d{1,2})[-/](\d{1,2})(?![\d/-])/u;

function inTheMatch(folded: string, sentence: Span, expr: Expression): boolean {
  // "giành hai giải thưởng cá nhân: giải vua phá lưới … (5 bàn)": the tournament's tally, not the match's.
  if (TOURNAMENT_TALLY.test(folded.slice(Math.max(sentence.start, expr.start - 80), Math.min(sentence.end, expr.end + 40)))) return false;
  return MATCH_MOMENT.test(folded.slice(Math.max(sentence.start, expr.start - WINDOW_BEFORE), Math.min(sentence.end, expr.end + WINDOW_AFTER)));
}

/**
 * A match report: its minutes, halves and score are the day's match, so figures with no time of their
 * own ("Trước sự chứng kiến của 8.000 khán giả", "tạo được 2 cơ hội") refer to the day of the report.
 */
function matchReport(folded: string): boolean {
  if (!folded.includes('hiệp') && !folded.includes('tỷ số') && !folded.includes('set ')) return false;
  MATCH_EVENT_RE.lastIndex = 0;
  let events = 0;
  while (MATCH_EVENT_RE.exec(folded) !== null) if (++events >= MATCH_EVENTS) return true;
  return false;
}

const WINDOW_BEFORE = 320;
const WINDOW_AFTER = 160;
/** The metric is read close to the number; a long window only adds noise and time. */
const METRIC_WINDOW = 140;

/**
 * The year that frames a sentence's figures, carried to the sentences after it (engine 31): "năm 2013"
 * standing before the sentence's first figure and not as a comparison base ("Theo Bộ trưởng …, dự kiến
 * thu ngân sách năm 2013 đạt 790.800 tỷ đồng"). Null when the sentence has none.
 */
export function yearFrame(text: string, doc: DocumentContext, sentence: Span, firstFigure: number): string | null {
  const m = doc.periods.firstWithin(sentence.start, firstFigure);
  // Close to the figure: "Năm 2012 có thông tư hướng dẫn số 21, …, chuẩn nghèo 400 nghìn" dates a rule.
  if (m === undefined || m.end > firstFigure || firstFigure - m.end > FRAME_REACH || !FRAMING_YEAR.test(m.text)) return null;
  if (notItsPeriod(text, m, sentence.start)) return null;
  // Only a budget or a public-finance report frames the sentences after it: "Doanh thu năm 2012 của công ty
  // đạt …. Công ty có 1.200 nhân viên", "Xuất khẩu năm 2013 …" carry nothing (review of engine 31).
  if (!spanHas(BUDGET_WORDS, doc.folded, sentence.start, sentence.end)) return null;
  return periodPhrase(m.text, doc.year);
}
/** Words of a budget report: the frame's sentence and every sentence the year is carried to hold one. */
const BUDGET_WORDS = /(?<![\p{L}\p{M}])(?:ngân sách|bội chi|nợ công|dự toán|gdp|thu[ \t\u00a0]*[-–,][ \t\u00a0]*chi|động viên)(?![\p{L}\p{M}])/u;

/**
 * Whether a sentence leaves the report whose year is carried (review of engine 31): it speaks of nothing in
 * the budget ("Trong khi đó, Bộ Y tế cho biết có 1.200 ca sốt xuất huyết"), opens on a contrast or another
 * time ("Trong khi đó", "Trước đó", "Năm tới", "Từ 1/1/2014"), names another year or time of its own ("Dự
 * toán 2014", "hồi 2011", "sang năm"), speaks of now ("Mỹ hiện có …"), or opens on another body or country
 * ("Nhật Bản nợ công …"). The carry ends there, also for the sentences after it.
 */
export function leavesFrame(text: string, doc: DocumentContext, sentence: Span): boolean {
  const has = (re: RegExp): boolean => spanHas(re, doc.folded, sentence.start, sentence.end);
  if (!(has(BUDGET_WORDS) || has(REVENUE_WORDS)) || OTHER_TIME_OPENING.test(doc.folded.slice(sentence.start, sentence.end)) || has(OWN_TIME) || has(NOW_WORDS)) return true;
  for (const index of [doc.entities.places, doc.entities.orgs, doc.entities.tickers]) {
    const m = index.firstWithin(sentence.start, Math.min(sentence.end, sentence.start + 40));
    if (m !== undefined && m.start - sentence.start <= 2) return true;
  }
  return false;
}
/**
 * A revenue or a spending of the budget told in the sentence ("thu từ dầu thô vượt …", "thu nội địa hụt …",
 * "Tổng chi …", "Số thu này …"). Real budget words only (re-review of engine 31): a bare thu/chi/nợ/vay also
 * starts "thu hút", "thu nhập", "chi phí", "nợ xấu", "được vay", which leave the report.
 */
export const REVENUE_WORDS =
  /(?<![\p{L}\p{M}])(?:(?:tổng |số |nguồn |khoản )?thu (?:nội địa|từ|ngân sách|thuế|cân đối)|(?:tổng |số |khoản )?chi (?:ngân sách|thường xuyên|đầu tư|trả nợ|cân đối)|tổng thu|tổng chi|số thu|số chi|thuế|phí và lệ phí)(?![\p{L}\p{M}])/u;
const OTHER_TIME_OPENING = /^[ \t\u00a0"“]*(?:trong khi|trước đó|sau đó|năm tới|năm sau|năm ngoái|năm trước|sang năm|từ|kể từ|đến|tới|hồi)(?![\p{L}\p{M}])/u;
/** Another time named in the sentence: a bare year, a date, "sang năm", "năm tới", "hồi …". */
const OWN_TIME = /(?<![\p{L}\p{M}\d/.,])(?<!(?:năm|quý|tháng|kỳ)[ \t\u00a0])(?:19|20)\d\d(?![\d.,])|(?<![\p{L}\p{M}])(?:sang năm|năm tới|năm sau|năm ngoái|năm trước|hồi)(?![\p{L}\p{M}])/u;
/** "hiện", "hiện nay", "đang": said of now — not "thực hiện", "xuất hiện", "phát hiện", "thể hiện", "biểu hiện". */
const NOW_WORDS = /(?<![\p{L}\p{M}])(?:(?<!(?:thực|xuất|phát|thể|biểu)[ \t\u00a0])hiện|đang)(?![\p{L}\p{M}])/u;
/**
 * Whether a figure takes the year carried from the sentences before: not after an opening that adds a stock
 * or a change over years ("Ngoài ra, cả nước đang có …", "Như vậy, sau 5 năm, …" — engine 27's reverted
 * openings), nor a figure said of now ("hiện", "đang có").
 */
function carriesFrame(text: string, doc: DocumentContext, sentence: Span, expr: Expression): boolean {
  // A bounded look-back: a long sentence of many figures stays linear.
  const from = Math.max(sentence.start, expr.start - CARRY_LOOK_BACK);
  return !ADDING_OPENING.test(doc.folded.slice(sentence.start, sentence.start + 16)) && !asOfNow(text.slice(from, expr.start)) && !NOW_BEFORE.test(doc.folded.slice(from, expr.start));
}
const CARRY_LOOK_BACK = 160;
/**
 * The budget report's year for a figure of a budget sentence with no time of its own (engine 33). A forecast in
 * this year's report is this year's too ("nợ công dự kiến 56,2% GDP": the year-end estimate).
 */
function budgetYearOfFigure(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (doc.budgetYear === null || expr.kind === 'date' || expr.kind === 'duration') return null;
  // Each sentence-wide reading once per sentence, not once per figure (issue 11).
  const has = (re: RegExp): boolean => spanHas(re, doc.folded, sentence.start, sentence.end);
  if (!(has(BUDGET_WORDS) || has(REVENUE_WORDS)) || has(OWN_TIME) || has(NOW_WORDS) || namesOwnPeriod(text, doc, sentence)) return null;
  // "… vẫn nằm trong trần nợ công, dưới 65% GDP mà Quốc hội đã quyết": a ceiling is a standing rule, no year's.
  if (CEILING_BEFORE.test(doc.folded.slice(Math.max(sentence.start, expr.start - 40), expr.start))) return null;
  return carriesFrame(text, doc, sentence, expr) ? doc.budgetYear : null;
}
const CEILING_BEFORE = /(?<![\p{L}\p{M}])(?:trần|giới hạn|ngưỡng)(?![\p{L}\p{M}])/u;
const ADDING_OPENING = /^(?:ngoài ra|bên cạnh đó|đồng thời|như vậy|tính riêng|tính chung|tính đến|lũy kế|luỹ kế|từ đầu|kể từ)(?![\p{L}\p{M}])/u;
const NOW_BEFORE = /(?<![\p{L}\p{M}])(?:đang|vẫn còn)(?![\p{L}\p{M}])/u;

/** How far before the sentence's first figure a framing year stands at most. */
const FRAME_REACH = 60;
/** A whole calendar year named as such. */
const FRAMING_YEAR = /^năm[ \t\u00a0]+(?:19|20)\d\d$/iu;

/**
 * Whether a sentence names a period of its own for the figures in it (a comparison base, a record window
 * or a time after "kể từ" does not): a year carried from the sentences before stops there.
 */
export function namesOwnPeriod(text: string, doc: DocumentContext, sentence: Span): boolean {
  // Asked for each figure of a sentence: read once per sentence (issue 11).
  const memo = ownPeriodMemo;
  if (memo.doc === doc && memo.text === text && memo.start === sentence.start && memo.end === sentence.end) return memo.names;
  let names = false;
  for (const m of doc.periods.within(sentence.start, sentence.end)) {
    if (!notItsPeriod(text, m, sentence.start)) {
      names = true;
      break;
    }
  }
  ownPeriodMemo = { doc, text, start: sentence.start, end: sentence.end, names };
  return names;
}
let ownPeriodMemo: { doc: DocumentContext | null; text: string; start: number; end: number; names: boolean } = { doc: null, text: '', start: -1, end: -1, names: false };

export function describeClaim(
  text: string,
  sentence: Span,
  expr: Expression,
  doc: DocumentContext,
  previous: Span | null = null,
  carried: string | null = null,
  before: FigureBefore | null = null,
): ClaimContext {
  const from = Math.max(sentence.start, expr.start - WINDOW_BEFORE);
  const to = Math.min(sentence.end, expr.end + WINDOW_AFTER);
  const inPassing = inPassingOf(text, doc);
  const nearest = sideBefore(text, doc, from, expr) ?? notOpponent(text, doc, sentence, from, expr.start, notPartner(doc, from, expr.start, nearestSubject(doc.entities, from, expr.start, doc.mainSubject, true, true, true, inPassing), inPassing), inPassing);
  const named = expr.kind === 'rank' ? overtaker(text, doc, from, expr.start, nearest) : nearest;
  // (Engine 27 tried giving a company story's subject to the company's site named in the sentence; its
  // narrowed form gained nothing on the held-out set and took markets for sites, so it is reverted.)
  const subjectInSentence = named;
  const metric =
    restatedInBrackets(doc, expr, before) ??
    partOfDevice(
      expr,
      namesSomething(
        (expr.metricAt !== undefined ? elidedTotalMetric(text, doc.folded, Math.max(sentence.start, expr.metricAt - METRIC_WINDOW), expr.metricAt) : null) ??
          readMetric(text, doc.folded, Math.max(from, expr.start - METRIC_WINDOW), to, expr),
      ),
    ) ?? continuedMetric(doc, expr, before);
  const cues = doc.cues.within(from, to);
  const modality = readModality(text, from, to, expr, cues, doc.publishedYear);
  const emphasis = cues.some((c) => c.group === CUE_EMPHASIS);
  return {
    // "… đã thua tay vợt hạng 25 thế giới": the opponent's rank, no one's unless the opponent is named in apposition
    // or right after the role ("… hạng 25 thế giới Tommy Sugiarto": the usual reading, as before engine 33).
    subject: rankOfOpponent(text, sentence, expr) && !NAME_AFTER_ROLE.test(text.slice(expr.end, Math.min(sentence.end, expr.end + 40))) ? personInApposition(text, doc, sentence, expr) : usualSpelling(text, doc, oneNameForTheCompany(text, doc, playerOfCountry(
      text,
      doc,
      from,
      expr.start,
      marketSubject(
        text,
        sentence,
        expr,
        competitionOf(text, doc, sentence, expr) ??
          respectiveSubject(text, doc, sentence, expr) ??
          rankBeforeName(text, doc, sentence, expr) ??
          personOfNationalRank(text, doc, sentence, expr) ??
          modelBefore(text, sentence, expr) ??
          nameBeforeBracket(text, doc, sentence, expr) ??
          personInApposition(text, doc, sentence, expr) ??
          shareNamed(text, doc, sentence, expr) ??
          expr.about ??
          ownerAfter(text, doc, sentence, expr) ??
          partOfBreakdown(text, sentence, expr) ??
          partAfterFigure(text, sentence, expr) ??
          packageOfPrice(text, sentence, expr) ??
          programOfClause(text, doc, sentence, expr) ??
          documentOfClause(text, doc, sentence, expr) ??
          basketPointedBack(text, sentence, expr) ??
          clauseSubject(text, doc, sentence, expr) ??
          subjectOfKind(text, doc, sentence, expr) ??
          bodyOfRate(text, sentence, expr) ??
          afterAdverbialOpening(text, doc, sentence, expr) ??
          (subjectInSentence === null ? afterOpeningClause(text, doc, sentence, expr) : null) ??
          subjectInSentence ??
          provincesCounted(text, doc, sentence, expr) ??
          teamItself(doc, sentence) ??
          personOfPronoun(text, doc, sentence.start) ??
          workReferredTo(text, doc, sentence.start, from, expr.start) ??
          institutionPointedBack(doc, sentence, expr) ??
          topicBefore(text, doc, sentence.start) ??
          doc.mainSubject ??
          countryOfStateStory(doc),
      ),
    ))),
    metric,
    period:
      expr.kind === 'date'
        ? expr.date
        : ageOfNamedPerson(text, doc, sentence, expr) !== null || termOfSomething(text, sentence, expr) || playerTitleRank(text, sentence, expr)
        ? null
        : sinceYearStart(text, sentence, expr, sameTimeYearBefore(text, sentence, expr, yearToDate(text, sentence, expr, fiscalYearEnding(text, sentence, to, editionOfPublishedRanking(text, doc, sentence, expr, readPeriod(text, doc.periods, sentence.start, from, to, expr, doc.year, doc.publishedDay))))) ??
          yearsWindow(text, doc, sentence, expr) ??
          newStateInForce(text, doc, sentence, expr, previous) ??
          narrativeDay(text, doc, sentence) ??
          dayOfReport(doc, sentence, expr) ??
          // Session 71: "… chương trình hiện có trị giá 85 tỷ USD/tháng": a figure said of now takes no period carried
          // from the sentence before (the gold's "hiện, hiện nay alone leave it null").
          notSaidOfNow(doc, sentence, expr, periodBefore(text, doc, sentence, previous)) ??
          rankingYear(doc, sentence, previous, expr) ??
          // "… thu ngân sách năm 2013 đạt …. Dư nợ công chiếm 56,2% GDP": the year that framed the sentences
          // before, until a sentence names its own period or speaks of now.
          (carried === null || !carriesFrame(text, doc, sentence, expr) ? null : carried) ??
          // "… nâng mức bội chi từ 4,8% GDP lên 5,3% GDP" in a report on this year's budget: that year (dev5's
          // rule), for a budget figure of a sentence naming no time of its own and not said of now.
          budgetYearOfFigure(text, doc, sentence, expr) ??
          (doc.titlePeriod === null || asOfNow(text.slice(Math.max(sentence.start, expr.start - 60), expr.start)) || standingCapital(text, sentence, expr) ? null : doc.titlePeriod) ??
          // "Chiều 22/10, …", "… thắng 3-0 tối 12/5": the day of the reported event (engine 39, eventDay.ts).
          eventDay(text, doc, sentence, expr)),
    modality,
    checkworthiness: scoreCheckworthiness(expr, subjectInSentence !== null, metric !== null, emphasis, modality),
  };
}

/**
 * `period`, unless the figure is said of now ("hiện có", "hiện nay", "đến nay" … in the 60 characters before it). Not
 * in a part of what the sentence before gave ("Trong đó, hiện quận Hoàng Mai có 300 ca" keeps its month, engine 30).
 */
function notSaidOfNow(doc: DocumentContext, sentence: Span, expr: Expression, period: string | null): string | null {
  if (period === null || !spanHas(NOW_WORD, doc.folded, Math.max(sentence.start, expr.start - 60), expr.start)) return period;
  return PART_OPENING.test(doc.folded.slice(sentence.start, sentence.start + 16)) ? period : null;
}
/** "Trong đó, …", "Riêng …", "Cụ thể, …": a part of what the sentence before gave (not "Con số này …"). */
const PART_OPENING = /^(?:trong đó|trong số đó|trong số này|riêng|cụ thể)(?![\p{L}\p{M}])/u;
/** "hiện" with a verb or "nay" after it, "hiện tại", "đến nay", "bây giờ": not "hiện đại", "hiện tượng", "hiện trường". */
const NOW_WORD =
  /(?<![\p{L}\p{M}])(?:hiện(?:[ \t\u00a0]+(?:nay|tại|có|đang|vẫn|còn|chỉ|mới|đã|là))|đến nay|tới nay|bây giờ)(?![\p{L}\p{M}])/u;

/**
 * The claim before a figure in its sentence, passing over those in brackets (a bracket restates the figure before it:
 * "tăng 75,46 điểm (0,5%), đạt …"): where it ends and its metric (see claims.ts figureBefore).
 */
export interface FigureBefore {
  end: number;
  metric: string | null;
}

/**
 * What may stand between a level and the change that continues it: a bracket, the comma, a linking word and the change's
 * own verb when the figure leaves it out ("đạt 657 tỷ đồng, tăng 21,6%", "491.578 tấn, tăng 7,6%", "(0,5%), và giảm …").
 */
const CONTINUING_GAP = /^[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?,[ \t]*(?:(?:và|tức|tương đương|hay)[ \t]+)?(?:(?:tăng|giảm)(?:[ \t]+(?:nhẹ|mạnh|thêm|tới|đến|gần|hơn|khoảng))?[ \t]*)?$/u;

/**
 * Engine 69: a change that names no metric of its own and continues the figure right before it in its sentence
 * ("Lãi gộp đạt 657 tỷ đồng, tăng 21,6% so với quý 3/2012", "sản lượng tiêu thụ 491.578 tấn, tăng 7,6% so với cùng kỳ")
 * is a change of what that figure measures: its metric. Null otherwise. (The converse, a level after a change —
 * "tăng 75,46 điểm (0,5%), đạt 15.467,66 điểm" — raised metric accuracy on every split too, but made the planted
 * bench raise 2 more conflicts on the unmodified held-out clusters: left out.)
 */
function continuedMetric(doc: DocumentContext, expr: Expression, before: FigureBefore | null): string | null {
  if (expr.kind !== 'change' || before === null || before.metric === null || before.end > expr.start || expr.start - before.end > 60) return null;
  const gap = doc.folded.slice(before.end, expr.start);
  if (CONTINUING_GAP.test(gap)) return before.metric;
  // The figure's metric written after it ("HPG đạt 4.194,8 tỷ đồng doanh thu thuần, tăng nhẹ 4,3%"): passed over too
  // (engine 77).
  const named = before.metric.toLowerCase();
  const lead = gap.trimStart();
  return lead.startsWith(named) && CONTINUING_GAP.test(lead.slice(named.length)) ? before.metric : null;
}

/** A bracket opened right after a figure, with the change word of what it restates at most: "75,46 điểm (0,5%)". */
const RESTATING_BRACKET = /^[ \t]*\([ \t]*(?:(?:tăng|giảm)[ \t]+)?$/u;

/**
 * Engine 69: a figure in brackets right after another figure restates it in another unit ("Chỉ số Dow Jones tăng 75,46
 * điểm (0,5%)", "lợi nhuận đạt 300 tỷ đồng (tăng 12%)"): it measures what that figure measures. Null otherwise.
 */
function restatedInBrackets(doc: DocumentContext, expr: Expression, before: FigureBefore | null): string | null {
  if (before === null || before.metric === null || before.end > expr.start || expr.start - before.end > 12) return null;
  return RESTATING_BRACKET.test(doc.folded.slice(before.end, expr.start)) ? before.metric : null;
}

/** How far back an unclosed bracket before a figure is looked for (insideBrackets). */
const BRACKET_REACH = 80;

/** Whether `at` stands inside a bracket opened before it in its sentence, at most BRACKET_REACH units back ("(tương đương 5% GDP)"). */
export function insideBrackets(text: string, sentenceStart: number, at: number): boolean {
  let depth = 0;
  for (let p = at - 1; p >= Math.max(sentenceStart, at - BRACKET_REACH); p--) {
    const c = text.charCodeAt(p);
    if (c === 0x29) depth++;
    else if (c === 0x28) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * Session 71: "Trong 5 năm qua, tỉnh thu hút 120 dự án", "… đã được bơm vào thị trường trong 4 năm rưỡi qua": a figure
 * with no period of its own summed over the last N years is dated by that window, as the gold writes it — the N calendar
 * years up to the date line's ("Trong 2 năm gần đây" in 2013 = 2012–2013), and with a half year the months back from
 * the date line's month ("4 năm rưỡi qua" in October 2013 = April 2009 to October 2013). Only with a date line, two
 * years or more, a count without "hơn / gần / khoảng" (the start would be a guess), not a record's window ("thấp nhất
 * trong 10 năm trở lại đây": the record is the claim), not past a ";", and only one such window in the sentence.
 */
function yearsWindow(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  const day = doc.publishedDay;
  if (day === null) return null;
  const w = windowOf(text, doc, sentence);
  if (w === null) return null;
  if (w.record || (expr.kind === 'measure' && expr.unit === 'tuổi')) return null;
  if (LEVEL_OF_MOVE_BEFORE.test(doc.folded.slice(Math.max(sentence.start, expr.start - 24), expr.start))) return null;
  // "Hiện nay, tỉnh có 1.200 doanh nghiệp, trong 5 năm qua …": a figure said of now is no sum over the window.
  if (spanHas(NOW_WORD, doc.folded, Math.max(sentence.start, expr.start - 60), expr.start)) return null;
  // A ";" between the window and the figure (read off the sentence's ";" around the window: no walk per figure).
  if (w.at < expr.start ? w.semicolonAfter < expr.start : w.semicolonBefore >= expr.end) return null;
  if (w.n < 2 || w.n > 30) return null;
  const y = Number(day.slice(0, 4));
  if (!w.half) return `${y - w.n + 1}–${y}`;
  const end = y * 12 + Number(day.slice(5, 7)) - 1;
  const start = end - w.n * 12 - 6;
  return `tháng ${(start % 12) + 1}/${Math.floor(start / 12)} đến tháng ${(end % 12) + 1}/${y}`;
}

/** A sentence's one window of the last N years (yearsWindow), read once per sentence: a long sentence of many figures stays linear. */
interface YearsWindow {
  at: number;
  n: number;
  half: boolean;
  /** A record's window ("thấp nhất trong 10 năm qua"). */
  record: boolean;
  /** The last ";" before the window in its sentence (-1: none) and the first after it (Infinity: none). */
  semicolonBefore: number;
  semicolonAfter: number;
}
let windowMemo: { doc: DocumentContext | null; start: number; end: number; window: YearsWindow | null } = { doc: null, start: -1, end: -1, window: null };

function windowOf(text: string, doc: DocumentContext, sentence: Span): YearsWindow | null {
  const memo = windowMemo;
  if (memo.doc === doc && memo.start === sentence.start && memo.end === sentence.end) return memo.window;
  let window: YearsWindow | null = null;
  if (spanHas(YEARS_WINDOW_WORDS, doc.folded, sentence.start, sentence.end)) {
    let found: RegExpExecArray | null = null;
    let two = false;
    LAST_YEARS_WINDOW.lastIndex = 0;
    const folded = doc.folded.slice(sentence.start, sentence.end);
    for (let m = LAST_YEARS_WINDOW.exec(folded); m !== null; m = LAST_YEARS_WINDOW.exec(folded)) {
      if (found !== null) {
        two = true;
        break;
      }
      found = m;
    }
    if (found !== null && !two) {
      const at = sentence.start + found.index;
      const word = found[1] ?? '';
      let before = -1;
      for (let i = at - 1; i >= sentence.start; i--) {
        if (text.charCodeAt(i) === 0x3b) {
          before = i;
          break;
        }
      }
      let after = Infinity;
      for (let i = at; i < sentence.end; i++) {
        if (text.charCodeAt(i) === 0x3b) {
          after = i;
          break;
        }
      }
      window = {
        at,
        n: /^\d/u.test(word) ? Number(word) : (YEAR_COUNTS[word] ?? 0),
        half: found[2] !== undefined,
        record: RECORD_WINDOW_BEFORE.test(doc.folded.slice(Math.max(sentence.start, at - 32), at)),
        semicolonBefore: before,
        semicolonAfter: after,
      };
    }
  }
  windowMemo = { doc, start: sentence.start, end: sentence.end, window };
  return window;
}
/** A window's closing words anywhere in the sentence: the cheap test before the window's regex (both once per sentence). */
const YEARS_WINDOW_WORDS = /năm(?: rưỡi)? (?:qua|gần đây|trở lại đây|vừa qua)(?![\p{L}\p{M}])/u;
const LAST_YEARS_WINDOW = /(?<![\p{L}\p{M}])(?:trong|suốt)(?:[ \t\u00a0]+vòng)?[ \t\u00a0]+(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t\u00a0]+năm(?:[ \t\u00a0]+(rưỡi))?[ \t\u00a0]+(?:qua|gần đây|trở lại đây|vừa qua)(?![\p{L}\p{M}])/gu;
/** Counts of years in words. */
const YEAR_COUNTS: Readonly<Record<string, number>> = { hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10 };
/**
 * A level a move starts from or reaches ("tăng từ 7 triệu người lên 9 triệu người", "giảm xuống còn 3%"): a point in
 * time, not a sum over the window.
 */
const LEVEL_OF_MOVE_BEFORE = /(?<![\p{L}\p{M}])(?:từ|lên|xuống|còn)(?:[ \t\u00a0]+(?:mức|còn|khoảng|gần|hơn|trên|dưới))*[ \t\u00a0]+$/u;
/** A record before its window: "thấp nhất trong 10 năm qua", "lần đầu tiên trong 5 năm qua", "kỷ lục trong …". */
const RECORD_WINDOW_BEFORE = /(?<![\p{L}\p{M}])(?:nhất|kỷ lục|lần đầu(?: tiên)?|chưa từng(?: có)?)(?![\p{L}\p{M}])[^,;.]{0,12}$/u;

/**
 * Engine 72: "rổ này", "chỉ số này" (this basket, this index) in the figure's clause point back to the basket or index
 * named last: "Các cổ phiếu trong rổ HNX30 giao dịch khá nổi bật, giúp chỉ số này tăng 1,14%", "Thanh khoản của rổ
 * này cũng tăng 45%" after it — the figures are the basket's, not those of the ticker named last before them ("PVS,
 * SHB, VCG … tăng mạnh"). The demonstrative is looked for in the figure's sentence within METRIC_WINDOW characters
 * before it, with no other code (capitals) between it and the figure; the basket or index, as "rổ X", "chỉ số X" or "X-Index" with X a code of capitals and digits ("VN30", "HNX30"), within
 * BASKET_REACH characters before it, across sentences (the pointer may open the next one). Both windows are bounded.
 */
function basketPointedBack(text: string, sentence: Span, expr: Expression): string | null {
  const floor = Math.max(sentence.start, expr.start - METRIC_WINDOW);
  const before = text.slice(floor, expr.start);
  let pointer: RegExpExecArray | null = null;
  for (const m of before.matchAll(BASKET_POINTERS)) pointer = m;
  // Another code between the pointer and the figure ("…, rổ này tăng nhờ VCB tăng 2%") is what the figure is about.
  if (pointer === null || /[A-Z]{2,}/u.test(before.slice(pointer.index + pointer[0].length))) return null;
  const at = floor + pointer.index;
  let name: string | null = null;
  const reach = Math.max(0, at - BASKET_REACH);
  let nameAt = -1;
  for (const m of text.slice(reach, at).matchAll(BASKET_NAME)) {
    name = m[1] ?? m[2] ?? name;
    nameAt = m.index;
  }
  // Another index or basket named in words after it ("chỉ số giá tiêu dùng", "chỉ số giá vàng … chỉ số này") is
  // what the pointer points back to: no code for it.
  if (name !== null && BASKET_IN_WORDS.test(text.slice(reach + nameAt + 1, at))) return null;
  return name;
}
/** "rổ này", "chỉ số này" (lower case: a pointer inside the sentence). */
const BASKET_POINTERS = /(?<![\p{L}\p{M}])(?:rổ|chỉ số)[ \t\u00a0]+này(?![\p{L}\p{M}])/gu;
/** A basket or an index by its code: "rổ HNX30", "chỉ số VN30", "VN30-Index", "HNX-Index". */
const BASKET_NAME = /(?<![\p{L}\p{M}])(?:(?:[Rr]ổ|[Cc]hỉ số)[ \t\u00a0]+([A-Z]{2,5}\d{0,3})(?![\p{L}\p{M}\d])|([A-Z]{2,5}\d{0,3}-Index))/gu;
/** A basket or an index named in (lower-case) words, not by a code: "chỉ số giá tiêu dùng", "rổ hàng hóa". */
const BASKET_IN_WORDS = /(?<![\p{L}\p{M}])(?:[Rr]ổ|[Cc]hỉ số)[ \t\u00a0]+(?!này(?![\p{L}\p{M}]))\p{Ll}/u;
/** How far back the basket a pointer names is looked for. */
const BASKET_REACH = 400;

/**
 * Engine 64: a foreign name misspelt once is the name the text spells otherwise. Vietnamese news writes foreign names
 * by hand and slips a letter now and then ("Chiến thắng này giúp Djokvic có được danh hiệu thứ 2" in a report that
 * says "Djokovic" twenty times; "Djokovich", "Del Potor"): the subject is the player or the company the rest of the
 * text names, not a new one. Only a subject of one capitalised word of unaccented Latin letters, at least five long
 * (Vietnamese syllables are shorter and differ by their marks: "Minh" and "Linh" are two people), that is one
 * letter away — one added, dropped, changed, or two swapped — from another capitalised word the text uses at least
 * three times and three times as often as this one.
 */
function usualSpelling(text: string, doc: DocumentContext, subject: string | null): string | null {
  if (subject !== null && GLUED_FIRST.test(subject)) return unglued(text, doc, subject);
  if (subject === null || !MISSPELT_CANDIDATE.test(subject)) return subject;
  let memo = nameCounts.get(doc);
  if (memo === undefined) {
    memo = { counts: new Map(), read: new Map(), shapes: new Map() };
    for (const m of text.matchAll(LATIN_NAME)) memo.counts.set(m[0], (memo.counts.get(m[0]) ?? 0) + 1);
    for (const [name, n] of memo.counts) {
      if (n < 3) continue;
      const shape = nameShape(name.charAt(0), name.length);
      const names = memo.shapes.get(shape);
      if (names === undefined) memo.shapes.set(shape, [name]);
      else names.push(name);
    }
    nameCounts.set(doc, memo);
  }
  const known = memo.read.get(subject);
  if (known !== undefined) return known;
  const { counts } = memo;
  const own = counts.get(subject) ?? 0;
  // The usual spelling is written at least three times, with the subject's capital, one letter longer, shorter or as
  // long: the few such names are compared with the subject (most subjects have none but themselves), where making
  // the few hundred spellings one letter away and looking each up cost the most of this reader (issue 11).
  const near = nearShapes(memo.shapes, subject);
  if (near !== null) {
    let best: string | null = null;
    let bestCount = 0;
    let tied = false;
    for (const name of near) {
      const n = counts.get(name) ?? 0;
      if (name === subject || subject.length > MISSPELT_MAX || n < 3 || n < 3 * own || n < bestCount || !isOneLetterAway(subject, name)) continue;
      tied = n === bestCount;
      best = name;
      bestCount = n;
    }
    // Two spellings as frequent: the first one the generated spellings meet wins, as below.
    if (!tied) {
      memo.read.set(subject, best ?? subject);
      return best ?? subject;
    }
  }
  // The spellings one letter away are tried one by one (a few hundred at most for a name of bounded length), so the
  // cost per figure does not grow with the number of names in the text.
  let best: string | null = null;
  let bestCount = 0;
  for (const name of oneLetterAway(subject)) {
    const n = counts.get(name) ?? 0;
    if (n < 3 || n < 3 * own || n <= bestCount) continue;
    best = name;
    bestCount = n;
  }
  memo.read.set(subject, best ?? subject);
  return best ?? subject;
}
/**
 * Engine 72: a name glued by copy-paste is the name the text writes apart. "Trong khi đó ToshibaTecra A50 là …" in a
 * story that says "Toshiba Tecra Z40": the brand and the series lost their space (the guide's "312công trình"), and
 * the subject is "Toshiba Tecra A50". Only a subject whose first word is two capitalised Latin words run together
 * ("ToshibaTecra"), mended only when the text writes the two words apart, one after the other, somewhere else — so a
 * brand written in camel case ("MobiFone", "VinaPhone", "BlackBerry", "VinaCapital") stays as it is. The text's
 * pairs of such words are read once per document, when the first glued subject asks.
 */
function unglued(text: string, doc: DocumentContext, subject: string): string {
  let pairs = spacedPairs.get(doc);
  if (pairs === undefined) {
    pairs = new Set<string>();
    for (const m of text.matchAll(SPACED_PAIR)) pairs.add(`${m[1] ?? ''} ${m[2] ?? ''}`);
    spacedPairs.set(doc, pairs);
  }
  const m = GLUED_FIRST.exec(subject);
  if (m === null) return subject;
  const apart = `${m[1] ?? ''} ${m[2] ?? ''}`;
  return pairs.has(apart) ? apart + subject.slice(m[0].length) : subject;
}
/** A subject whose first word is two capitalised Latin words glued ("ToshibaTecra A50"): each part three letters or more. */
const GLUED_FIRST = /^([A-Z][a-z]{2,})([A-Z][a-z]{2,})(?![\p{L}\p{M}])/u;
/** Two capitalised Latin words one after the other ("Toshiba Tecra"), read overlapping ("A B C" gives "A B" and "B C"). */
const SPACED_PAIR = /(?<![\p{L}\p{M}])([A-Z][a-z]{2,})(?=[ \t\u00a0]+([A-Z][a-z]{2,})(?![\p{L}\p{M}]))/gu;
/** Per document: the pairs SPACED_PAIR reads. */
const spacedPairs = new WeakMap<DocumentContext, Set<string>>();
/** A subject that may be a misspelt foreign name: one capitalised word of five or more unaccented letters. */
const MISSPELT_CANDIDATE = /^[A-Z][a-z]{4,}$/u;
/** The capitalised unaccented words of a text, counted once per document. */
const LATIN_NAME = /(?<![\p{L}\p{M}])[A-Z][a-z]{3,}(?![\p{L}\p{M}])/gu;
/**
 * Per document: how often each such word is written, the spelling each subject was read as, and the words written at
 * least three times by their shape (see nameShape).
 */
const nameCounts = new WeakMap<DocumentContext, { counts: Map<string, number>; read: Map<string, string>; shapes: Map<string, string[]> }>();
/** A word's capital and length: a spelling one letter away has the same capital and a length at most one apart. */
function nameShape(capital: string, length: number): string {
  return `${capital}${length}`;
}
/** How many words of a near shape are compared one by one; more (a text made of names) go the way of oneLetterAway. */
const NEAR_SHAPES_COMPARED = 16;
/** The words written at least three times whose shape is near the subject's, or null when they are too many to compare. */
function nearShapes(shapes: ReadonlyMap<string, readonly string[]>, subject: string): string[] | null {
  const out: string[] = [];
  for (let length = subject.length - 1; length <= subject.length + 1; length++) {
    const names = shapes.get(nameShape(subject.charAt(0), length));
    if (names === undefined) continue;
    if (out.length + names.length > NEAR_SHAPES_COMPARED) return null;
    out.push(...names);
  }
  return out;
}
/**
 * Whether `name` is one of oneLetterAway(subject): the same capital, and one letter after it added, dropped or
 * changed, or two neighbours after it swapped (both words are a capital then letters a–z, as LATIN_NAME reads them).
 */
function isOneLetterAway(subject: string, name: string): boolean {
  if (name === subject || name.charAt(0) !== subject.charAt(0)) return false;
  let p = 1;
  while (p < subject.length && p < name.length && subject.charCodeAt(p) === name.charCodeAt(p)) p++;
  if (name.length === subject.length + 1) return name.slice(p + 1) === subject.slice(p);
  if (name.length === subject.length - 1) return subject.slice(p + 1) === name.slice(p);
  if (name.length !== subject.length) return false;
  // Changed at p, or p and the next swapped.
  if (subject.slice(p + 1) === name.slice(p + 1)) return true;
  return p + 1 < subject.length && subject.charAt(p) === name.charAt(p + 1) && subject.charAt(p + 1) === name.charAt(p) && subject.slice(p + 2) === name.slice(p + 2);
}
/** The spellings of `name` one letter away — one added, dropped or changed, two neighbours swapped — keeping its capital. */
function oneLetterAway(name: string): Set<string> {
  const out = new Set<string>();
  if (name.length > MISSPELT_MAX) return out;
  for (let i = 1; i <= name.length; i++) {
    if (i < name.length) out.add(name.slice(0, i) + name.slice(i + 1));
    if (i < name.length - 1) out.add(name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2));
    for (let c = 0x61; c <= 0x7a; c++) {
      const letter = String.fromCharCode(c);
      out.add(name.slice(0, i) + letter + name.slice(i));
      if (i < name.length) out.add(name.slice(0, i) + letter + name.slice(i + 1));
    }
  }
  out.delete(name);
  return out;
}
/** Longer words are no names this reader mends. */
const MISSPELT_MAX = 20;

/**
 * Engine 64: "lần lượt" (respectively) pairs a list of names with a list of figures in the same order. "Hà Nội và Đà
 * Nẵng có tỷ lệ hộ nghèo lần lượt là 1,2% và 2,5%", "bà A và ông B đã nộp lần lượt 300 triệu đồng và 250 triệu
 * đồng": the n-th figure after "lần lượt" is the n-th name's, where the nearest reader would give every figure the
 * last name. Read only inside the figure's clause (a semicolon ends one), when the names form one list right before
 * "lần lượt" — two or more names (places, bodies, companies, people) joined by commas or "và" with nothing else between
 * them — and the figures after it, split at ", " and "và" (a decimal comma has no space after it), are as many as the
 * names. A list of years or metrics before "lần lượt" ("GDP năm 2020 và 2021 lần lượt đạt …", "doanh thu và lợi nhuận
 * của Vinamilk lần lượt …") names no such list and is left to the other readers.
 */
function respectiveSubject(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  const floor = Math.max(sentence.start, expr.start - RESPECTIVE_REACH);
  const before = text.slice(floor, expr.start);
  let at = -1;
  for (let i = before.indexOf('lần lượt'); i >= 0; i = before.indexOf('lần lượt', i + 1)) at = i;
  if (at < 0) return null;
  const clauseStart = floor + before.lastIndexOf(';', at) + 1;
  const after = floor + at + 'lần lượt'.length;
  // The figures after "lần lượt", up to the clause's end: which one of them is this one.
  let clauseEnd = Math.min(sentence.end, after + RESPECTIVE_REACH);
  const semi = text.indexOf(';', after);
  if (semi >= 0 && semi < clauseEnd) clauseEnd = semi;
  const items = text.slice(after, clauseEnd).split(RESPECTIVE_ITEM_BREAK);
  let offset = after;
  let index = -1;
  let figures = 0;
  for (const item of items) {
    if (hasDigit(item)) {
      if (expr.start >= offset && expr.start < offset + item.length) index = figures;
      figures++;
    }
    offset += item.length;
  }
  if (index < 0 || figures < 2) return null;
  // The names before "lần lượt": the last run of mentions joined by commas or "và" only.
  const { entities } = doc;
  // (A person cited as a source or named inside a phrase, group 1 or 2, is no one of the list.)
  const mentions = [...entities.people.within(clauseStart, after).filter((m) => m.group === 0), ...entities.places.within(clauseStart, after), ...entities.orgs.within(clauseStart, after), ...entities.tickers.within(clauseStart, after)]
    .filter((m) => m.end <= floor + at)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const run: Mention[] = [];
  for (const m of mentions) {
    const last = run.at(-1);
    if (last !== undefined && m.start < last.end) continue;
    if (last !== undefined && !NAME_LIST_JOIN.test(text.slice(last.end, m.start))) run.length = 0;
    run.push(m);
  }
  if (run.length !== figures) return null;
  const named = run[index];
  return named === undefined ? null : upperFirst(named.text.replace(/\s+/gu, ' '));
}
/** How far around the figure "lần lượt", its names and its figures are read. */
const RESPECTIVE_REACH = 200;
/** Figures listed after "lần lượt": split at a comma followed by a blank, or at "và". */
const RESPECTIVE_ITEM_BREAK = /(?<=,)(?=[ \t\u00a0])|(?<=[ \t\u00a0])(?=và[ \t\u00a0])/u;
/** Between two names of one list: a comma, "và", or both, and the next person's title ("bà A và ông B"). */
const NAME_LIST_JOIN = /^[ \t\u00a0]*(?:,|,?[ \t\u00a0]*và)[ \t\u00a0]*(?:(?:ông|bà|anh|chị|cô|chú)[ \t\u00a0]+)?$/u;

/**
 * Engine 62: a player's standing in the world ranking written as a title with the player's role — "Lee Chong Wei, tay
 * vợt số một thế giới, …", "tay vợt hạng 18 thế giới Chong Wei Feng" — says who the player is: it has no period, not
 * the day of the match told nor a month named later in the sentence ("… cho các giải trong tháng 1/2014").
 */
function playerTitleRank(text: string, sentence: Span, expr: Expression): boolean {
  if (expr.kind !== 'rank') return false;
  return WORLD_RANKING_AFTER.test(text.slice(expr.end, Math.min(sentence.end, expr.end + 12))) && PLAYER_ROLE_BEFORE_RANK.test(text.slice(Math.max(sentence.start, expr.start - 40), expr.start));
}
/** "thế giới", "ATP", "WTA", "BWF" right after the rank: the world ranking. */
const WORLD_RANKING_AFTER = /^[ \t\u00a0]+(?:thế giới|ATP|WTA|BWF)(?![\p{L}\p{M}])/u;

/**
 * "Chỉ chưa đầy 2.000 tỷ đồng vốn điều lệ mà công ty dùng đòn bẩy vốn hơn 11.000 tỷ đồng" under a title on nine
 * months' results: a company's charter capital or its leverage is a standing figure, not a result over the period
 * the title sums up, so the title's period does not reach it (a period of the sentence's own still does). Engine 60.
 */
function standingCapital(text: string, sentence: Span, expr: Expression): boolean {
  return STANDING_CAPITAL.test(text.slice(Math.max(sentence.start, expr.start - CAPITAL_REACH), Math.min(sentence.end, expr.end + CAPITAL_REACH)));
}
/** How far either side of a figure its capital words are looked for. */
const CAPITAL_REACH = 24;
const STANDING_CAPITAL = /(?<![\p{L}\p{M}])(?:vốn điều lệ|vốn chủ sở hữu|đòn bẩy)(?![\p{L}\p{M}])/iu;

/**
 * A length fixed for something — a loan's or a bond's term, the time a project is given — written as "thời hạn 3
 * năm", "kỳ hạn 6 tháng", "thời gian thi công 24 tháng": a length of time, not a figure of the period the
 * sentence names ("Tháng 4/2022, công ty phát hành 900 tỷ đồng trái phiếu với thời hạn 3 năm": the bonds were
 * issued in April 2022; the term has no period). Engine 60.
 */
function termOfSomething(text: string, sentence: Span, expr: Expression): boolean {
  if (expr.kind !== 'duration') return false;
  return TERM_BEFORE.test(text.slice(Math.max(sentence.start, expr.start - TERM_REACH), expr.start));
}
/** How far before a duration its term word is looked for. */
const TERM_REACH = 40;
/** "thời hạn", "kỳ hạn", "thời gian thực hiện / thi công / xây dựng / triển khai / hoàn thành / vay" right before the length. */
const TERM_BEFORE = /(?<![\p{L}\p{M}])(?:[Tt]hời hạn|[Kk][ỳì] hạn|[Tt]hời gian (?:thực hiện|thi công|xây dựng|triển khai|hoàn thành|vay))(?:[ \t\u00a0]+(?:là|khoảng|dự kiến|tối đa|tối thiểu|từ))?[ \t\u00a0]*:?[ \t\u00a0]*$/u;

/**
 * Engine 64: a fiscal year named by the month it ends in. "Kinh tế nước này dự báo giảm 7% trong năm tài khóa kết thúc
 * vào tháng 3/2021": the month after "kết thúc" is not the figure's period but the last month of a twelve-month
 * year, so the figure covers April 2020 to March 2021 ("từ tháng 4/2020 đến tháng 3/2021"; a year ending in
 * December is the calendar year). Many states and companies (India, Japan, the UK, the US federal budget) keep such
 * years, and Vietnamese reports name them this way: "năm tài khóa / năm tài chính (2021) kết thúc (vào) (ngày 31 /
 * cuối) tháng 3/2021", "… kết thúc ngày 30/9/2021". Only when the period read for the figure is that month (or that
 * last day) and the phrase stands in the figure's sentence before the end of its reach; a fiscal year named by its
 * number alone ("năm tài khóa 2021") is left as it is read, since countries date it differently.
 */
function fiscalYearEnding(text: string, sentence: Span, to: number, period: string | null): string | null {
  if (period === null) return null;
  const month = FISCAL_MONTH.exec(period) ?? FISCAL_DAY.exec(period);
  if (month === null) return period;
  const end = Math.min(sentence.end, to + FISCAL_REACH);
  const m = FISCAL_YEAR_ENDING.exec(text.slice(sentence.start, end));
  if (m === null) return period;
  const y = Number(m[2] ?? m[4]);
  const mm = Number(m[1] ?? m[3]);
  // The phrase's month must be the month read as the period: another month of the sentence keeps its reading.
  const [py, pm] = month[0].startsWith('tháng') ? [Number(month[2]), Number(month[1])] : [Number(month[1]), Number(month[2])];
  if (py !== y || pm !== mm || mm < 1 || mm > 12) return period;
  return mm === 12 ? `năm ${y}` : `từ tháng ${mm + 1}/${y - 1} đến tháng ${mm}/${y}`;
}
/** "tháng 3/2021" as periodPhrase writes a month. */
const FISCAL_MONTH = /^tháng (\d{1,2})\/(\d{4})$/u;
/** "2021-03-31" as periodPhrase writes a day. */
const FISCAL_DAY = /^(\d{4})-(\d{2})-\d{2}$/u;
/** How far past the figure's reach the fiscal-year phrase is looked for (its month usually follows the figure). */
const FISCAL_REACH = 40;
/**
 * "năm tài khóa|khoá|chính (2021) kết thúc|khép lại|chấm dứt (vào) (cuối|ngày 31) tháng 3/2021" or "… kết thúc
 * (vào) ngày 31/3/2021": groups 1–2 the month and year, or 3–4 from a day.
 */
const FISCAL_YEAR_ENDING = /(?<![\p{L}\p{M}])năm tài (?:khóa|khoá|chính)(?:[ \t\u00a0]+\d{4}(?:[ \t\u00a0]*[-–/][ \t\u00a0]*\d{2,4})?)?[ \t\u00a0]+(?:kết thúc|khép lại|chấm dứt)(?:[ \t\u00a0]+vào)?[ \t\u00a0]+(?:(?:(?:cuối|ngày[ \t\u00a0]+\d{1,2})[ \t\u00a0]+)?tháng[ \t\u00a0]+(\d{1,2})[ \t\u00a0]*[/-][ \t\u00a0]*(\d{4})|(?:ngày[ \t\u00a0]+)?\d{1,2}[/.-](\d{1,2})[/.-](\d{4}))(?!\d)/u;

/**
 * "lợi nhuận lũy kế sau thuế 180 tỷ đồng" in a sentence on the third quarter: an accumulated ("lũy kế") result
 * runs from the start of the year to the end of the quarter the sentence names, so "quý III/2013" is read as
 * "9 tháng đầu năm 2013" (quý II: 6 months; quý IV: the whole year). Only a quarter with its year, and only
 * "lũy kế" in the figure's own clause, before it. Engine 60.
 */
function yearToDate(text: string, sentence: Span, expr: Expression, period: string | null): string | null {
  if (period === null) return null;
  const q = QUARTER_PERIOD.exec(period);
  if (q === null) return period;
  const before = text.slice(Math.max(sentence.start, expr.start - YEAR_TO_DATE_REACH), expr.start);
  if (!ACCUMULATED_IN_CLAUSE.test(before)) return period;
  const n = ROMAN_QUARTER.indexOf(q[1] ?? '');
  if (n < 1 || n > 4) return period;
  return n === 4 ? `năm ${q[2]}` : `${n * 3} tháng đầu năm ${q[2]}`;
}
/** How far before a figure its "lũy kế" is looked for. */
const YEAR_TO_DATE_REACH = 40;
/** A quarter with its year, as periodPhrase writes it: "quý III/2013". */
const QUARTER_PERIOD = /^quý (I|II|III|IV)\/(\d{4})$/u;
/** "lũy kế" with no clause break after it (its own running length, "lũy kế 9 tháng", is read as a period already). */
const ACCUMULATED_IN_CLAUSE = /(?<![\p{L}\p{M}])(?:[Ll]ũy|[Ll]uỹ) kế(?![\p{L}\p{M}])[^,;:()\d]*$/u;

/**
 * Engine 66: "Hàng tồn kho cuối quý 3 còn 279 tỷ đồng, giảm 17 tỷ đồng so với đầu năm", "Tính đến 30/9, dư nợ tăng 8% so
 * với cuối năm 2012": a change against the start of the year, told as of a day, runs from the start of the year to that
 * day (the guide: "a change since a base takes from base to as-of date"), not the day alone — "9 tháng đầu năm 2013"
 * for 30/9/2013. Only a change, only a day of the base's year (or the year after "cuối năm"), and only the base in the
 * figure's clause.
 */
function sinceYearStart(text: string, sentence: Span, expr: Expression, period: string | null): string | null {
  if (period === null || expr.kind !== 'change') return period;
  const day = ISO_DAY_PARTS.exec(period);
  if (day === null) return period;
  const after = SINCE_YEAR_START_AFTER.exec(text.slice(expr.end, Math.min(sentence.end, expr.end + SINCE_YEAR_START_REACH)));
  const before = after === null ? SINCE_YEAR_START_BEFORE.exec(text.slice(Math.max(sentence.start, expr.start - 2 * SINCE_YEAR_START_REACH), expr.start)) : null;
  const base = after ?? before;
  if (base === null) return period;
  const y = Number(day[1]);
  // "so với cuối năm 2012" is the start of 2013; "so với đầu năm 2013" names the year itself.
  const named = base[2] ?? base[4];
  if (named !== undefined && Number(named) !== (base[3] !== undefined ? y - 1 : y)) return period;
  return `${Number(day[2])} tháng đầu năm ${y}`;
}
const ISO_DAY_PARTS = /^(\d{4})-(\d{2})-\d{2}$/u;
const SINCE_YEAR_START_REACH = 48;
/** The base right after the change in its clause: "… so với (mức|số dư|thời điểm) đầu năm", "… so với cuối năm (trước|ngoái|2012)". */
const SINCE_YEAR_START_AFTER =
  /^[^,;.()]*?(?<![\p{L}\p{M}])so với[ \t]+(?:(?:mức|số dư|thời điểm|hồi)[ \t]+)?(?:(đầu)[ \t]+năm(?:[ \t]+(?:nay|(\d{4})))?|(cuối)[ \t]+năm[ \t]+(?:trước|ngoái|(\d{4})))(?![\p{L}\p{M}\d])/iu;
/** The same base opening the figure's clause: "So với đầu năm, dư nợ tăng 8%". */
const SINCE_YEAR_START_BEFORE =
  /(?<![\p{L}\p{M}])so với[ \t]+(?:(?:mức|số dư|thời điểm|hồi)[ \t]+)?(?:(đầu)[ \t]+năm(?:[ \t]+(?:nay|(\d{4})))?|(cuối)[ \t]+năm[ \t]+(?:trước|ngoái|(\d{4})))[ \t]*,[^;.()]*$/iu;

/**
 * "Lũy kế 9 tháng, công ty lãi 70 tỷ đồng, cùng kỳ lãi 52 tỷ đồng", "(cùng kỳ năm trước: 1.200 tỷ đồng)": a
 * figure given for "cùng kỳ" is the same stretch of the year before, so the period read for the sentence
 * ("9 tháng đầu năm 2013") is moved back a year ("9 tháng đầu năm 2012"); "cùng kỳ năm 2012 đạt …" names the
 * year itself. A comparison ("tăng 5% so với cùng kỳ") is the figure's own period and is left alone, as is a
 * period with no year of its own or a day (session 46).
 */
function sameTimeYearBefore(text: string, sentence: Span, expr: Expression, period: string | null): string | null {
  if (period === null) return null;
  const before = text.slice(Math.max(sentence.start, expr.start - SAME_TIME_REACH), expr.start);
  const m = SAME_TIME_BEFORE.exec(before);
  if (m === null) return period;
  const y = PERIOD_YEAR_END.exec(period);
  if (y === null) return period;
  const year = m[1] !== undefined ? Number(m[1]) : Number(y[1]) - 1;
  return `${period.slice(0, y.index)}${y[0].slice(0, y[0].length - 4)}${year}`;
}
/** How far before a figure its "cùng kỳ" is looked for. */
const SAME_TIME_REACH = 48;
/**
 * "cùng kỳ (năm trước|năm ngoái|năm 2012)(:|,) (lãi|đạt|là …) " right before the figure, at most two words of
 * a verb between, and not the base of a comparison ("so với cùng kỳ", "bằng cùng kỳ", "gấp … cùng kỳ"); nor
 * "so cùng kỳ", "vượt cùng kỳ", "cao hơn hẳn cùng kỳ", "So với cùng kỳ" opening the sentence (session 47).
 */
const SAME_TIME_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:[Ss]o với|[Ss]o|[Vv]ới|[Bb]ằng|hơn|kém|[Gg]ấp|[Nn]hư|của|với mức|[Vv]ượt(?: qua)?)(?:[ \t\u00a0]+(?:hẳn|nhiều|khá|đáng kể|rất nhiều))?[ \t\u00a0]+)cùng (?:kỳ|kì)(?:[ \t\u00a0]+năm[ \t\u00a0]+(?:trước|ngoái|((?:19|20)\d\d)))?[ \t\u00a0]*[:,]?(?:[ \t\u00a0]+(?!(?:so|với|tăng|giảm)(?![\p{L}\p{M}]))\p{Ll}[\p{Ll}\p{M}]*){0,2}[ \t\u00a0]*$/u;
/** The year a period wording ends in: "9 tháng đầu năm 2013", "quý III/2013", "tháng 9/2013", "năm 2013". */
const PERIOD_YEAR_END = /(?:(?<=năm )|(?<=\/))((?:19|20)\d\d)$/u;

/**
 * The test of a mention named in passing (a person's aside; in a sports text also a nationality, an opponent),
 * made once per document and text rather than as two closures per figure.
 */
function inPassingOf(text: string, doc: DocumentContext): (m: Mention) => boolean {
  let test = inPassingTests.get(doc);
  // (A document is indexed from one text: the text is checked only to be safe.)
  if (test === undefined || test.text !== text) {
    const fn =
      doc.sides === null
        ? (m: Mention): boolean => personAside(text, doc, m) || locatesSomething(doc.folded, m)
        : (m: Mention): boolean => nationality(text, m) || opponent(doc.folded, m) || personAside(text, doc, m) || locatesSomething(doc.folded, m);
    test = { text, fn };
    inPassingTests.set(doc, test);
  }
  return test.fn;
}
const inPassingTests = new WeakMap<DocumentContext, { text: string; fn: (m: Mention) => boolean }>();

/**
 * Engine 67: a place that only says where a plant, an office or a meeting stands, where a tournament is played or
 * where a team comes from is no subject of the figures after it: "Nhà máy cán thép của Hòa Phát tại Hải Dương đã chạy
 * thử, nâng tổng công suất … lên 1,15 triệu tấn/năm" (the company's capacity), "nếu đến giải đấu Thụy Sĩ mà dính
 * chấn thương, anh sẽ lỡ khoản thưởng 2 triệu USD" (the player's), "đội bóng nước Đức đã phải nhận bàn thua thứ hai"
 * (the club's). The place follows "tại"/"ở" after the facility's or the meeting's noun in the same phrase (no mark
 * between), or follows "giải đấu" or "đội bóng (nước|xứ)" directly. The other readers then name the subject.
 */
function locatesSomething(folded: string, m: Mention): boolean {
  return memoOf(locations, m, () => {
    const before = folded.slice(Math.max(0, m.start - LOCATED_REACH), m.start);
    return LOCATED_BEFORE.test(before) || LOCATED_IN_ASIDE.test(before);
  });
}
const locations = new WeakMap<Mention, boolean>();
const LOCATED_REACH = 64;
const LOCATED_BEFORE =
  /(?<![\p{L}\p{M}])(?:(?:nhà máy|khu liên hợp|xưởng|chi nhánh|văn phòng|trụ sở|hội nghị|hội thảo|triển lãm)(?:[ \t\u00a0][^,;:.!?()\n"“”]{0,40}?)?[ \t\u00a0]+(?:tại|ở)|giải đấu|đội bóng(?:[ \t\u00a0]+(?:nước|xứ))?)[ \t\u00a0]+$/u;
/**
 * Engine 68: a place in an aside that only says where the name before it lies — ", thuộc xã Bình Minh (huyện Thăng
 * Bình, tỉnh Quảng Nam)", "(thuộc tỉnh Quảng Nam)" — is no subject of the figures after it: the school, the
 * hospital or the district named before the aside is. The aside opens with a comma or a bracket and "thuộc"; the place
 * is in it, or in the bracket that follows its first place.
 */
const LOCATED_IN_ASIDE = /[,(][ \t\u00a0]*thuộc[ \t\u00a0]+[^;:.!?\n()]{0,40}(?:\([^;:.!?\n()]{0,40})?$/u;

/**
 * One company, one name: in a story about a company introduced with its ticker in brackets ("Công ty cổ
 * phần Tập đoàn Hòa Phát (HPG) công bố …"), a figure given to the company by another of its names
 * ("Tập đoàn Hòa Phát cho biết …") takes the ticker, the story's subject, so that its figures are compared
 * under one name.
 */
function oneNameForTheCompany(text: string, doc: DocumentContext, subject: string | null): string | null {
  const main = doc.mainSubject;
  if (subject === null || main === null || subject === main) return subject;
  // A pure function of the document and the subject: read once per subject (and the main subject's test once).
  let names = otherNames.get(doc);
  if (names === undefined) {
    names = { ticker: TICKER_CODE.test(main), bySubject: new Map() };
    otherNames.set(doc, names);
  }
  if (!names.ticker) return subject;
  let name = names.bySubject.get(subject);
  if (name === undefined) {
    name = companyName(text, doc, main, subject);
    names.bySubject.set(subject, name);
  }
  return name;
}
const otherNames = new WeakMap<DocumentContext, { ticker: boolean; bySubject: Map<string, string> }>();
function companyName(text: string, doc: DocumentContext, main: string, subject: string): string {
  // A place is never a company's other name ("Việt Nam" in "Ngân hàng TMCP Ngoại thương Việt Nam (VCB)").
  if (PLACE_NAMES_LOWER.has(subject.toLowerCase().replace(/\s+/g, ' '))) return subject;
  const core = bareName(subject);
  if (core.length < 3) return subject;
  const intro = introducingName(text, doc, main);
  return intro !== null && intro === core ? main : subject;
}
/** A listed company's code ("HPG", "HT1"): the name in brackets is a ticker, not a country or a person. */
const TICKER_CODE = /^[A-Z][A-Z0-9]{1,4}$/u;
/** The words of a company's form before its name ("Công ty cổ phần Tập đoàn", "Ngân hàng TMCP"). */
const COMPANY_FORM = /^(?:(?:Tổng công ty|Công ty|Tập đoàn|Ngân hàng|Cổ phần|TNHH|TMCP|CP|Thương mại cổ phần)(?:\s+|$))+/iu;
/** A capitalised company-form word ("Công ty", not "công ty con"): the last before "(TICKER)" starts its name. */
const COMPANY_FORM_START = /(?<![\p{L}\p{M}])(?:Tổng [Cc]ông ty|Công ty|Tập đoàn|Ngân hàng)(?![\p{L}\p{M}])/gu;
/** A name without its company form and extra spaces: "Tập đoàn Hòa Phát" → "Hòa Phát". */
function bareName(name: string): string {
  return name.replace(/\s+/gu, ' ').trim().replace(COMPANY_FORM, '').trim();
}
/** The company's name written before "(TICKER)" where the ticker is introduced, bare, per document (read once). */
const introductions = new WeakMap<DocumentContext, Map<string, string | null>>();
function introducingName(text: string, doc: DocumentContext, ticker: string): string | null {
  let byTicker = introductions.get(doc);
  if (byTicker === undefined) {
    byTicker = new Map();
    introductions.set(doc, byTicker);
  }
  if (byTicker.has(ticker)) return byTicker.get(ticker) ?? null;
  let name: string | null = null;
  for (const open of ['(' + ticker + ')', '( ' + ticker + ' )']) {
    const at = text.indexOf(open);
    if (at > 0) {
      // Only a company introduced by its form ("Công ty …", "Tập đoàn …", "Ngân hàng …"), from that word on:
      // whatever stood before it ("Tại Hải Dương, …") is not its name.
      const lead = text.slice(Math.max(0, at - INTRO_REACH), at);
      // The first form word of the last run of them ("… công ty con Công ty cổ phần Tập đoàn Hòa Phát").
      let start = -1;
      for (const f of lead.matchAll(COMPANY_FORM_START)) {
        if (start >= 0 && bareName(lead.slice(start, f.index)) === '') continue;
        start = f.index;
      }
      if (start >= 0 && !/[,.;:()]/u.test(lead.slice(start))) name = bareName(lead.slice(start)) || null;
      break;
    }
  }
  byTicker.set(ticker, name);
  return name;
}
/** How much of the text before "(TICKER)" holds the company's introducing name. */
const INTRO_REACH = 80;

/**
 * "TS. Trần Văn A (đại biểu Quốc hội TP.HCM) cho rằng … 5,3% GDP", "chị Nguyễn Thị B (SN 1980, ở quận
 * Hoàn Kiếm, Hà Nội) … 50 triệu đồng", "Phó trưởng đoàn Đại biểu Quốc hội tỉnh X, ông …": a place inside
 * the brackets right after a person's name, or the province of a delegation of deputies, says who a person
 * is (a constituency, a home address); it is not what the figure is about.
 */
function personAside(text: string, doc: DocumentContext, m: Mention): boolean {
  return memoOf(asides, m, () => {
    // "Phó trưởng đoàn Đại biểu Quốc hội TP Hồ Chí Minh, ông …": a delegation's province, a person's role.
    const role = doc.folded.slice(Math.max(0, m.start - 32), m.start);
    if ((role.includes('quốc hội') || role.includes('đbqh')) && DELEGATION_BEFORE.test(role)) return true;
    // The bracket open before the place, within reach and not closed before it (a bounded look back).
    const reach = Math.max(0, m.start - ASIDE_REACH);
    const inside = text.slice(reach, m.start);
    const at = inside.lastIndexOf('(');
    if (at < 0 || inside.includes(')', at)) return false;
    const open = reach + at;
    const person = doc.entities.people.within(Math.max(0, open - 60), open).at(-1);
    if (person === undefined || !/^[ \t\u00a0]*$/u.test(text.slice(person.end, open))) return false;
    // Only a constituency or a home address: an official's title in brackets ("Phó giám đốc Sở NN&PTNT
    // Đồng Tháp") names the body they speak for, and its place is what the figure is about.
    return WHO_ASIDE.test(doc.folded.slice(open, m.start));
  });
}
const asides = new WeakMap<Mention, boolean>();
/**
 * A constituency or a home address in the bracket. "ở / trú / ngụ" is an address only at the bracket's start
 * or after a comma ("(SN 1974, ở …)"), not inside an office's name ("(Giám đốc Sở Công Thương ở Đồng Nai)").
 */
const WHO_ASIDE =
  /(?<![\p{L}\p{M}])(?:đại biểu quốc hội|đbqh|đoàn đbqh|quê|quê quán|sn|sinh năm|thường trú|tạm trú|nhà ở)(?![\p{L}\p{M}])|(?:^\(|,)[ \t\u00a0]*(?:ở|trú|trú tại|ngụ)(?![\p{L}\p{M}])/u;
const DELEGATION_BEFORE = /(?<![\p{L}\p{M}])(?:đại biểu quốc hội|đbqh)[ \t\u00a0]+(?:(?:tỉnh|thành phố|tp\.?)[ \t\u00a0]*)?$/u;
/** How far into a bracket a place may stand and still be read as inside it. */
const ASIDE_REACH = 80;

/**
 * "Philippines cũng đang thương lượng với Hàn Quốc về hợp đồng … 650 triệu USD", "tăng trưởng dương duy
 * nhất trong ASEAN với … 1,6%": a name after "với", "trước", "trong", "giữa" or "so với" is a partner, an
 * opponent or the field of a comparison; the figure is about the name its clause opened with, when one
 * stands before it in the window.
 */
function notPartner(doc: DocumentContext, from: number, pos: number, nearest: string | null, inPassing: ((m: Mention) => boolean) | null): string | null {
  if (nearest === null) return nearest;
  const { entities } = doc;
  const at = lastMentionOf(entities, from, pos, nearest);
  if (at === undefined) return nearest;
  const before = doc.folded.slice(Math.max(from, at.start - 16), at.start);
  if (!partnerHint(before)) return nearest;
  const partner = PARTNER_BEFORE.exec(before);
  if (partner === null) return nearest;
  // "so với Thái Lan 35 lít/năm", "(35 lít/năm)", "là 35 lít/năm": a figure right after the name (a
  // bracket, a colon, a dash or a copula between, no verb) is the name's own. Bounded slice.
  if (pos - at.end <= 16 && OWN_FIGURE_GAP.test(doc.folded.slice(at.end, pos))) return nearest;
  const word = partner[1] ?? 'so với';
  const lead = doc.folded.slice(Math.max(from, at.start - 40), at.start - (before.length - partner.index));
  if (word === 'do') {
    // "… nhận thêm 1 tàu khu trục do Hàn Quốc sản xuất với chi phí 650 triệu USD": the maker in a phrase saying
    // who made, organised or funded the thing is no subject; the name the clause opened with is. "Do X …"
    // heading a clause is "because of X", and X stays.
    // "… do Nhật Bản tài trợ 300 triệu USD": the figure the verb governs is the maker's or funder's own.
    const agent = AGENT_VERB_AFTER.exec(doc.folded.slice(at.end, Math.min(pos, at.end + 32)));
    if (agent === null || TOPIC_WITH_LEAD.test(lead) || AGENT_OBJECT_GAP.test(doc.folded.slice(at.end + agent[0].length, pos))) return nearest;
  } else if (word === 'với') {
    // "còn đối với TP.HCM, tỷ lệ này …", "riêng với TP.HCM con số …", "trong khi đó, với Hàn Quốc, …": "với X"
    // heading a clause, or followed by a comma, introduces the clause's subject.
    // "với Hàn Quốc thì …" is the same topic as "với Hàn Quốc, …".
    if (/^[ \t\u00a0]*(?:,|thì(?![\p{L}\p{M}]))/u.test(doc.folded.slice(at.end, at.end + 6))) return nearest;
    if (TOPIC_WITH_LEAD.test(lead)) return nearest;
  } else if (word === 'trong') {
    // "trong" is a field only after a superlative or a rank ("duy nhất trong ASEAN", "đứng thứ 3 trong");
    // otherwise it is "in, inside" ("số lao động trong Khu công nghiệp Yên Phong"), where the figure is.
    const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
    if (!RANKED_FIELD.test(clause)) return nearest;
  }
  const earlier = nearestSubject(entities, from, at.start, null, false, true, true, inPassing);
  return earlier ?? nearest;
}
/**
 * "Đội tuyển Việt Nam thua Iraq 2-3 …, qua đó bị loại với 3 trận toàn thua": in a sentence holding a score, a name
 * right after a verb of a match result ("thắng", "thua", "đánh bại", "hòa với", "cầm hòa") is the opponent; the
 * figures after it are the side named before the verb, when one is (a text the sports reader does not take for a
 * sports report: a short item; in one it does, sideBefore and the opponent test already read it so). Not without a
 * score in the sentence ("Doanh nghiệp thắng thầu Hà Nội 300 tỷ đồng"), nor with no name before the verb.
 */
function notOpponent(text: string, doc: DocumentContext, sentence: Span, from: number, pos: number, nearest: string | null, inPassing: ((m: Mention) => boolean) | null): string | null {
  if (nearest === null || doc.sides !== null) return nearest;
  const { entities } = doc;
  const at = lastMentionOf(entities, from, pos, nearest);
  if (at === undefined) return nearest;
  const verb = MATCH_VERB_BEFORE.exec(doc.folded.slice(Math.max(from, at.start - 24), at.start));
  if (verb === null) return nearest;
  const verbStart = at.start - (Math.min(at.start - from, 24) - verb.index);
  // The score stands right after the opponent's name ("thua Iraq 2-3", "thắng Lào với tỷ số 3-0"): a range of things
  // further on is no score ("thua Indonesia trong cuộc đua xe điện, nước này đã có 10-12 nhà máy"; third review).
  const after = doc.folded.slice(at.end, Math.min(sentence.end, at.end + SCORE_REACH));
  const score = SCORE_IN_SENTENCE.exec(after);
  if (score === null || !SCORE_LEAD.test(after.slice(0, score.index))) return nearest;
  // Narrowed after review: after the score, a comma then a noun naming a team opens an apposition describing the
  // opponent ("thua Nhật Bản 1-4, đội đang xếp hạng 17 thế giới", "thua Nam Định 1-3, nhà đương kim vô địch có 40
  // điểm"): its figures stay the opponent's.
  const scoreEnd = at.end + score.index + score[0].length;
  if (pos >= scoreEnd && OPPONENT_APPOSITION.test(doc.folded.slice(scoreEnd, pos))) return nearest;
  return nearestSubject(entities, from, verbStart, null, true, true, true, inPassing) ?? nearest;
}
const SCORE_REACH = 60;
/** What may stand between the opponent's name and the score: nothing, or "(với) tỷ số". */
const SCORE_LEAD = /^[ \t]*(?:(?:với[ \t]+)?(?:tỷ|tỉ)[ \t]+số[ \t]+)?$/u;
/**
 * A score: two numbers joined by a dash ("2-3", "3 - 0"), no unit or scale after it ("10-15 tỷ USD", "20-30 USD",
 * "20-30 đô la", "5-6%" are ranges; "1-2 năm 2021" is a score, a year after it). Tested on the folded (lower-case) text: the units are written lower-case.
 */
const SCORE_IN_SENTENCE = /(?<![\d.,])\d{1,2}[ \t]*[-–][ \t]*\d{1,2}(?![\d.,]?\d|[ \t]*(?:%|[\p{Ll}\p{M}]*[ \t]*(?:tháng|năm(?![ \t]+\d{4})|giờ|ngày|tuần|tỷ|tỉ|triệu|nghìn|ngàn|đồng|lần|người|km|ha|tấn|điểm phần trăm)(?![\p{L}\p{M}])|(?:[\p{Ll}\p{M}]+[ \t]+)?(?:usd|đô la|đôla|đô|euro|bảng anh|yên|nhân dân tệ|kg|m|tuổi)(?![\p{L}\p{M}])))/u;
/** A comma or a dash, then a noun naming a team or its people ("tuyển Nhật", "người Thái", "xứ chuột túi", "nước bạn"; third review): an apposition describing the opponent named before it. */
const OPPONENT_APPOSITION =
  /[,–—][ \t]*(?:đội|đối thủ|nhà (?:đương kim )?(?:vô địch|á quân)|đương kim (?:vô địch|á quân)|cựu vô địch|đại diện|chủ nhà|tân binh|tuyển|(?:những )?người|xứ|nước bạn|nước này)(?![\p{L}\p{M}])/u;
/** Verbs of a match result (not "gặp", "vượt qua": a meeting, an overtaking in a ranking). */
const MATCH_VERB_BEFORE = /(?<![\p{L}\p{M}])(?:thắng|thua|đánh bại|hòa với|hoà với|cầm hòa|cầm hoà)(?:[ \t]+(?:đội tuyển|đội|tuyển))?[ \t]+$/u;

/**
 * The last mention of `name` in [from, pos) among the places, tickers and bodies (each index read from its end, and
 * stopping at its first): where notPartner and notOpponent look for the word before the name.
 */
function lastMentionOf(entities: EntityIndex, from: number, pos: number, name: string): Mention | undefined {
  let at: Mention | undefined;
  at = lastNamed(entities.places, from, pos, name, at);
  at = lastNamed(entities.tickers, from, pos, name, at);
  return lastNamed(entities.orgs, from, pos, name, at);
}
/**
 * notPartner's reading of one index: walking within(from, pos) from its end, the last mention named `nearest`
 * (its spaces single) when it starts after `at`; else `at`. The mentions are walked in place, not listed.
 */
function lastNamed(index: MentionIndex, from: number, pos: number, nearest: string, at: Mention | undefined): Mention | undefined {
  const all = index.all();
  const first = index.firstAtOrAfter(from);
  let end = first;
  while (end < all.length && (all[end] as Mention).start < pos) end++;
  for (let i = end - 1; i >= first; i--) {
    const m = all[i] as Mention;
    if (m.end > pos) continue;
    if (at !== undefined && m.start <= at.start) break;
    if (m.text === nearest || (m.text.length === nearest.length && m.text.replace(/\s+/g, ' ') === nearest)) return m;
  }
  return at;
}
/** What may stand between a name and its own figure. */
const OWN_FIGURE_GAP = /^[ \t\u00a0]*(?:[(:–-]|là|ở mức|chỉ|khoảng|chỉ khoảng)?[ \t\u00a0]*$/u;
/**
 * A cheap test before PARTNER_BEFORE: one of its words ends the slice, then blanks, give or take a team
 * word — what /(?:với|trước|trong|giữa|đội|tuyển|nước)[ \t\u00a0]+$/u finds, without a regex trying every
 * position of the slice.
 */
function partnerHint(before: string): boolean {
  let end = before.length;
  while (end > 0) {
    const c = before.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    end--;
  }
  if (end === before.length) return false;
  for (const w of PARTNER_HINT_WORDS) if (before.endsWith(w, end)) return true;
  return false;
}
const PARTNER_HINT_WORDS = ['với', 'trước', 'trong', 'giữa', 'đội', 'tuyển', 'nước', 'do'];
const PARTNER_BEFORE = /(?<![\p{L}\p{M}])(?:so với|(với|trước|trong|giữa|do))[ \t\u00a0]+(?:(?:đội|đội tuyển|nước)[ \t\u00a0]+)?$/u;
/** Nothing but a qualifier between an agent's verb and the figure: the verb governs it. */
const AGENT_OBJECT_GAP = /^[ \t\u00a0]*(?:(?:thêm|khoảng|gần|hơn|trên|tới|lên tới|tổng cộng|số tiền|tổng số)[ \t\u00a0]+)*$/u;
/**
 * Engine 63: what a maker, an organiser or a funder did, after "do <name>": "1 tàu khu trục do Hàn Quốc sản xuất",
 * "giải do LĐBĐ Campuchia tổ chức" (the text folded, from the name's end).
 */
const AGENT_VERB_AFTER = /^[ \t\u00a0]+(?:(?:trực tiếp|tự|cùng)[ \t\u00a0]+)?(?:sản xuất|chế tạo|đóng|lắp ráp|tổ chức|đăng cai|tài trợ|thiết kế|xây dựng|thi công|phát triển|cung cấp|làm chủ đầu tư|đầu tư|quản lý|vận hành|điều hành|phát hành|ban hành|công bố|chủ trì|bảo trợ|viện trợ)(?![\p{L}\p{M}])/u;
/** What stands before "với" when it heads a clause: its start, "đối / riêng / còn (đối)" or a contrast ("trong khi (đó)", "tuy vậy"). */
const TOPIC_WITH_LEAD = /(?:^|[,;:.][ \t\u00a0]*|(?<![\p{L}\p{M}])(?:đối|riêng|còn|còn đối|còn về|nhưng|song|tuy nhiên|tuy vậy|trong khi|trong khi đó|trong lúc|ngược lại)[ \t\u00a0]+)$/u;
/** A superlative or a rank before "trong": what follows is the field of a comparison. */
const RANKED_FIELD = /(?<![\p{L}\p{M}])(?:nhất|thứ|hạng|hàng đầu|dẫn đầu|đứng đầu|top)(?![\p{L}\p{M}])/u;

/**
 * In a sports text, the club or player named last before the figure in its sentence, when no other
 * entity stands between them ("Hai đội xếp sau lần lượt là Basel với 4 điểm và Steaua mới chỉ có 1
 * điểm": Basel's 4, Steaua's 1). A score or a minute is not the opponent's ("giành chiến thắng trước đội
 * Sydney FC với tỉ số 4-1") nor the scorer's ("Joshua đã ghi bàn thắng mở tỷ số 1-0"): the side before
 * them is taken then; a minute with no such side keeps the other readers'.
 */
function sideBefore(text: string, doc: DocumentContext, from: number, expr: Expression): string | null {
  if (doc.sides === null) return null;
  const score = expr.unit === 'tỷ số' || expr.unit === 'phút';
  const sides = doc.sides.within(from, expr.start);
  let i = sides.length - 1;
  while (i >= 0 && (nationality(text, sides[i] as Mention) || opponent(doc.folded, sides[i] as Mention) || (score && scorer(doc.folded, sides[i] as Mention)))) i--;
  const side = sides[i];
  if (side === undefined) return null;
  const { entities } = doc;
  const between = (index: MentionIndex, skip: (m: Mention) => boolean = () => false): boolean => index.within(side.end, expr.start).some((m) => !skip(m));
  if (between(entities.places, (m) => nationality(text, m)) || between(entities.tickers) || between(entities.orgs) || between(entities.people, (m) => m.group !== 0)) return null;
  return side.text;
}

/**
 * The answers of the tests of a mention below, read once per mention: every figure after a mention in its
 * window tests it again. A mention belongs to one text, and is not changed once indexed where these read it.
 */
const opponents = new WeakMap<Mention, boolean>();
const scorers = new WeakMap<Mention, boolean>();
const nationalities = new WeakMap<Mention, boolean>();
const routeEnds = new WeakMap<Mention, boolean>();

function memoOf(memo: WeakMap<Mention, boolean>, m: Mention, read: () => boolean): boolean {
  let known = memo.get(m);
  if (known === undefined) {
    known = read();
    memo.set(m, known);
  }
  return known;
}

/**
 * A side named as the opponent or the object of the clause: "trước (đội) X", "hạ X", "tái đấu X", "dẫn X",
 * "Djokovic không cho Del Potro cơ hội … khi giành 2 break" (Djokovic's breaks).
 */
function opponent(folded: string, m: Mention): boolean {
  return memoOf(opponents, m, () => OPPONENT_BEFORE.test(folded.slice(Math.max(0, m.start - 24), m.start)));
}
/** A player named as the scorer of a goal: "Joshua đã ghi bàn thắng mở tỷ số 1-0" — not "… của Sydney FC ghi bàn" (the team). */
function scorer(folded: string, m: Mention): boolean {
  return memoOf(scorers, m, () => readScorer(folded, m));
}
function readScorer(folded: string, m: Mention): boolean {
  return SCORER_AFTER.test(folded.slice(m.end, m.end + 24)) && !/(?<![\p{L}\p{M}])của[ \t]+$/u.test(folded.slice(Math.max(0, m.start - 8), m.start));
}
const OPPONENT_BEFORE = /(?<![\p{L}\p{M}])(?:trước|hạ|đánh bại|thắng|thua|dẫn(?:[ \t]+trước)?|vượt qua|gặp(?:[ \t]+lại)?|bị|hòa với|thủng lưới|đối đầu với|tái đấu|đụng độ|lưới|(?:lưới|vượt qua|qua mặt|hạ gục|hạ)[ \t]+(?:thủ thành|thủ môn)|(?:không|chẳng)[ \t]+(?:cho|để))["”]?(?:[ \t]+(?:đội|đội tuyển|tay vợt|đối thủ))?(?:[ \t]+u\.?\d\d)?[ \t]+$/u;
const SCORER_AFTER = /^[ \t]+(?:đã[ \t]+|cũng[ \t]+|lại[ \t]+)?(?:ghi bàn|lập công|đánh đầu|dứt điểm|sút|ghi)(?![\p{L}\p{M}])/u;

/**
 * "Tay vợt Malaysia liên tục duy trì cách biệt 11-4": in a sports report a country stands for the one player
 * or club the text introduced with it ("tay vợt người Malaysia Chong Wei Feng", "Wei Feng Chong
 * (Malaysia)"); with none, or two, the country stays.
 */
function playerOfCountry(text: string, doc: DocumentContext, from: number, pos: number, subject: string | null): string | null {
  if (subject === null) return subject;
  const described = describedByCountry(text, doc, from, pos, subject);
  if (described !== subject || doc.nationals === null) return described;
  const player = doc.nationals.get(subject);
  if (player === undefined) return subject;
  // Only where the figure's sentence names the country as a player's or a club's ("Tay vợt Malaysia …",
  // "đội bóng nước Đức"): "Đoàn thể thao Việt Nam giành 58 huy chương" stays the country's.
  // Searched within [from, pos) only: a search back to the text's start per claim would grow with the text.
  const found = text.slice(from, pos).lastIndexOf(subject);
  const at = found < 0 ? -1 : from + found;
  return at >= from && ROLE_BEFORE_COUNTRY.test(text.slice(Math.max(0, at - 24), at)) ? player : subject;
}
/**
 * Engine 62: a country that only says where a player, a team or a maker comes from — "… của Trần Văn Hùng khi tay vợt
 * Việt Nam phải …", "Hãng sản xuất ô tô đến từ Nhật Bản đã giới thiệu bốn mẫu xe" — is no subject: the figure is the
 * player's or the side's named before it in the window ("Trần Văn Hùng"), else, after "đến từ", the story's main
 * subject. Where the text introduced one player with the country, playerOfCountry reads that player as before.
 */
function describedByCountry(text: string, doc: DocumentContext, from: number, pos: number, subject: string): string {
  const found = text.slice(from, pos).lastIndexOf(subject);
  if (found < 0) return subject;
  const at = from + found;
  const before = text.slice(Math.max(0, at - 24), at);
  // "lượng khách du lịch đến từ Trung Quốc tăng 20%": visitors from a country are that country's; only a maker, a
  // brand or a side "đến từ" it is described by it.
  const origin = MAKER_FROM_BEFORE.test(text.slice(Math.max(0, at - ORIGIN_REACH), at));
  if (!origin && !ROLE_BEFORE_COUNTRY.test(before)) return subject;
  if (!PLACE_NAMES_LOWER.has(subject.toLowerCase())) return subject;
  // The player or side named last before the country in the window, not a source.
  const person = doc.entities.people.within(from, at).filter((m) => m.group !== 1).at(-1);
  const side = doc.sides?.within(from, at).filter((m) => m.text !== subject && !PLACE_NAMES_LOWER.has(m.text.toLowerCase())).at(-1);
  const named = person !== undefined && (side === undefined || person.start > side.start) ? person : side;
  if (named !== undefined) return named.text;
  return origin && doc.mainSubject !== null && doc.mainSubject !== subject && !PLACE_NAMES_LOWER.has(doc.mainSubject.toLowerCase()) ? doc.mainSubject : subject;
}
/** How far before the country a maker's noun and its "đến từ" are looked for. */
const ORIGIN_REACH = 56;
/** "Hãng (sản xuất điện thoại) đến từ", "đội bóng đến từ", "thương hiệu … đến từ": a maker, a brand or a side, then "đến từ". */
const MAKER_FROM_BEFORE =
  /(?<![\p{L}\p{M}])(?:[Hh]ãng|[Cc]ông ty|[Tt]ập đoàn|[Nn]hà sản xuất|[Tt]hương hiệu|[Đđ]ội bóng|[Đđ]ội tuyển|[Cc]âu lạc bộ|CLB)(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*){0,4}[ \t]+đến từ[ \t]+$/u;
const ROLE_BEFORE_COUNTRY = /(?<![\p{L}\p{M}])(?:tay vợt|cầu thủ|võ sĩ|kỳ thủ|vận động viên|VĐV|đội bóng|tiền đạo|tiền vệ|hậu vệ|thủ môn)(?:[ \t]+(?:người|nước|đến từ))?[ \t]+$/iu;

/** The players or clubs a sports text introduces with their country: country → name, when one only. */
function indexNationals(text: string, entities: EntityIndex): Map<string, string> | null {
  const named = new Map<string, string | null>();
  for (const m of entities.places.all()) {
    let who: string | undefined;
    if (text.charCodeAt(m.start - 1) === 0x28 && text.charCodeAt(m.end) === 0x29) {
      // "Wei Feng Chong (Malaysia)": the capitalised words right before the bracket.
      const found = NAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, m.start - 48), m.start));
      // "tại Phnom Penh (Campuchia)": a city in its country, no player.
      const at = m.start - (found?.[0].length ?? 0);
      if (found && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) who = found[1];
    } else if (NATIONALITY_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) {
      // "tay vợt người Malaysia Chong Wei Feng": the capitalised words right after the country.
      who = NAME_AFTER_COUNTRY.exec(text.slice(m.end, m.end + 48))?.[1];
    }
    if (who === undefined || PLACE_NAMES_LOWER.has(who.toLowerCase())) continue;
    const before = named.get(m.text);
    named.set(m.text, before === undefined || before === who ? who : null);
  }
  const out = new Map<string, string>();
  for (const [country, name] of named) if (name !== null) out.set(country, name);
  return out.size === 0 ? null : out;
}
const LOCATIVE_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở|từ|đến|tới|thủ đô|thành phố)[ \t]+$/iu;
/** Two to four capitalised words, then " (": a player named before a bracketed country. */
const NAME_BEFORE_BRACKET = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){1,3})[ \t]*\($/u;
/** " " then two to four capitalised words: a player named after a country. */
const NAME_AFTER_COUNTRY = /^[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){1,3})(?![\p{L}\p{M}\d])/u;

/**
 * A country named as the nationality of a player or a club named with it: "Wei Feng Chong (Malaysia)",
 * "tay vợt Malaysia Wei Feng Chong". Alone it stands for them ("Tay vợt Malaysia liên tục duy trì cách
 * biệt 11-4", "Tay vợt người Serbia đã dẫn tới 5-0") and is read as any other name.
 */
function nationality(text: string, m: Mention): boolean {
  return memoOf(nationalities, m, () => readNationality(text, m));
}
function readNationality(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.start - 1) === 0x28 /* ( */ && text.charCodeAt(m.end) === 0x29 /* ) */) return true;
  return NATIONALITY_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && /^[ \t]+\p{Lu}/u.test(text.slice(m.end, m.end + 3));
}
const NATIONALITY_BEFORE = /(?<![\p{L}\p{M}])(?:người|đến từ|tay vợt|cầu thủ|tiền đạo|tiền vệ|hậu vệ|thủ môn|hlv|võ sĩ)[ \t]+$/iu;

/**
 * A place in a ranking, its score or its count of ranked entries, with no period of its own, takes the year
 * of the ranking the text names before it ("Impact Rankings … năm 2021, ĐHQGHN … đứng thứ 92", "Báo cáo
 * Môi trường Kinh doanh 2020 … vị trí 68/190"): the edition, not the article's date.
 */
function rankingYear(doc: DocumentContext, sentence: Span, previous: Span | null, expr: Expression): string | null {
  if (doc.rankings === null) return null;
  // Engine 38: also the count of entries a sentence places in the ranking ("Thái Lan có 25 trường đại học nằm
  // trong bảng xếp hạng này", "thuộc nhóm 101-200/776 cơ sở tham gia xếp hạng").
  const ranked = expr.kind === 'rank' || expr.unit === 'điểm' || expr.unit === 'bậc';
  // Narrowed in session 39: only a count in the same clause as the words placing it in the ranking ("Việt Nam có
  // 235 trường đại học, trong đó 5 trường tham gia xếp hạng": 5, not the country's 235).
  if (!ranked && !((expr.kind === 'count' || expr.kind === 'ratio') && RANKED_IN.test(clauseOf(doc.folded, sentence, expr)))) return null;
  // "Kỳ xếp hạng trước, Việt Nam chỉ có 5 trường …": the previous edition, not the one named.
  if (PREVIOUS_EDITION.test(doc.folded.slice(Math.max(sentence.start, expr.start - CLAUSE_REACH), Math.min(sentence.end, expr.end + CLAUSE_REACH)))) return null;
  // The ranking named in the figure's sentence or the one just before: further back it is another's —
  // unless the article opens on a ranking ("Đây là bảng xếp hạng … của Times Higher Education"): then its
  // edition named anywhere before is the one its places are in.
  const from = doc.rankingStory ? 0 : Math.max(0, (previous ?? sentence).start, sentence.start - RANKING_WINDOW);
  let year: string | null = null;
  for (const m of doc.rankings.within(from, expr.start)) year = m.text;
  return year === null ? null : `năm ${year}`;
}
const RANKING_WINDOW = 600;
/** "trong (bảng) xếp hạng", "vào BXH", "tham gia xếp hạng": entries placed in a ranking. */
const RANKED_IN = /(?<![\p{L}\p{M}])(?:trong|vào|tham gia)[ \t\u00a0]+(?:(?:bảng|kỳ|đợt)[ \t\u00a0]+)?(?:xếp hạng|bxh)(?![\p{L}\p{M}])/u;
/** "kỳ xếp hạng trước", "lần trước", "năm ngoái", "năm trước": an earlier edition than the one the text names. */
const PREVIOUS_EDITION = /(?<![\p{L}\p{M}])(?:(?:kỳ|lần|đợt|bản|năm|mùa)(?:[ \t\u00a0]+xếp hạng)?[ \t\u00a0]+trước|năm ngoái)(?![\p{L}\p{M}])/u;
/** The clause of a figure in its sentence: between the commas, semicolons or colons (followed by a space) around it. */
function clauseOf(folded: string, sentence: Span, expr: Expression): string {
  // Bounded both ways: a sentence may be a whole text.
  const from = Math.max(sentence.start, expr.start - CLAUSE_REACH);
  const to = Math.min(sentence.end, expr.end + CLAUSE_REACH);
  let start = from;
  for (let i = expr.start - 1; i > from; i--) {
    const c = folded.charCodeAt(i - 1);
    if ((c === 0x2c || c === 0x3b || c === 0x3a) && /\s/u.test(folded[i] ?? '')) {
      start = i;
      break;
    }
  }
  const rest = /[,;:](?=\s)/u.exec(folded.slice(expr.end, to));
  return folded.slice(start, rest === null ? to : expr.end + rest.index);
}
/** How far a clause (or a superlative before an age) is looked for around a figure. */
const CLAUSE_REACH = 300;

/**
 * A rank in a ranking named with its edition and the day it was published: "(Việt Nam ICT Index 2022) công
 * bố ngày 21/9/2023, …, tỉnh Bắc Ninh xếp thứ 10" is a rank of 2022, not of the day the report came out.
 */
function editionOfPublishedRanking(text: string, doc: DocumentContext, sentence: Span, expr: Expression, period: string | null): string | null {
  // Only in place of the day of publication the period reader found: a period the sentence gives the
  // rank itself ("trong khi năm 2021 tỉnh xếp thứ 20", "đến năm 2025 xếp thứ 3") stays.
  if (doc.rankings === null || expr.kind !== 'rank' || period === null || !ISO_DAY.test(period)) return period;
  const editions = doc.rankings.within(Math.max(sentence.start, expr.start - EDITION_WINDOW), expr.start);
  const edition = editions.at(-1);
  if (edition === undefined) return period;
  const published = PUBLISHED_ON.exec(text.slice(edition.end, expr.start));
  if (published === null) return period;
  const [day, month, year] = (published[1] ?? '').split('/').map(Number);
  return period === `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` ? `năm ${edition.text}` : period;
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;
/** How far before a rank its ranking's edition is looked for (bounded: a sentence may be a whole text). */
const EDITION_WINDOW = 400;
/** "công bố (vào) (ngày) 21/9/2023": the day a report came out. */
const PUBLISHED_ON = /(?<![\p{L}\p{M}])(?:công bố|phát hành|ra mắt)(?:[ \t\u00a0]+vào)?(?:[ \t\u00a0]+ngày)?[ \t\u00a0]+(\d{1,2}\/\d{1,2}\/\d{4})/iu;

/** "thay thế", "vượt (qua)", "qua mặt" right before a name: the name is the one overtaken. */
const OVERTAKEN_BEFORE = /(?<![\p{L}\p{M}])(?:thay thế|vượt qua|vượt mặt|vượt|qua mặt|soán ngôi|hất cẳng)[ \t\u00a0]+$/u;

/**
 * "Hàn Quốc đã thay thế Brazil trở thành nền kinh tế lớn thứ 10", "Ấn Độ vượt Anh lên vị trí thứ 5":
 * the rank is the overtaker's, named before the verb, not the one overtaken next to the figure (an
 * amount after the overtaken name is its own: "vượt Singapore (337,5 tỷ USD)").
 */
function overtaker(text: string, doc: DocumentContext, from: number, pos: number, subject: string | null): string | null {
  if (subject === null) return null;
  const { entities } = doc;
  let last: Mention | undefined;
  for (const m of [...entities.places.within(from, pos), ...entities.tickers.within(from, pos), ...entities.orgs.within(from, pos)]) {
    if (m.text.replace(/\s+/g, ' ') === subject && (last === undefined || m.start > last.start)) last = m;
  }
  if (last === undefined) return subject;
  const verb = OVERTAKEN_BEFORE.exec(text.slice(Math.max(from, last.start - 16), last.start));
  if (verb === null) return subject;
  return nearestSubject(entities, from, last.start - verb[0].length, null) ?? subject;
}

/**
 * The period carried over from the sentence just before, for a figure whose own sentence names none:
 * "9 tháng đầu năm 2020 đã có hơn 78.300 doanh nghiệp rút lui. Trong đó, hơn 38.600 doanh nghiệp …".
 * The first period of that sentence that frames it (not a comparison base, a record window or a horizon).
 */
function periodBefore(text: string, doc: DocumentContext, sentence: Span, previous: Span | null): string | null {
  // Asked for each figure of the sentence, it reads the sentence before (its periods, the digits before one): the answer
  // depends on the two sentences only, so it is read once per sentence (issue 11).
  const memo = periodBeforeMemo;
  if (memo.doc === doc && memo.text === text && memo.start === sentence.start && memo.end === sentence.end && memo.previous === (previous === null ? -1 : previous.start) && memo.previousEnd === (previous === null ? -1 : previous.end)) return memo.period;
  const period = readPeriodBefore(text, doc, sentence, previous);
  periodBeforeMemo = { doc, text, start: sentence.start, end: sentence.end, previous: previous === null ? -1 : previous.start, previousEnd: previous === null ? -1 : previous.end, period };
  return period;
}
let periodBeforeMemo: { doc: DocumentContext | null; text: string; start: number; end: number; previous: number; previousEnd: number; period: string | null } = {
  doc: null,
  text: '',
  start: -1,
  end: -1,
  previous: -1,
  previousEnd: -1,
  period: null,
};
function readPeriodBefore(text: string, doc: DocumentContext, sentence: Span, previous: Span | null): string | null {
  const opening = doc.folded.slice(sentence.start, sentence.start + 16);
  if (previous === null) return null;
  if (PART_OF_FIGURE_OPENING.test(opening)) return periodOfWholeBefore(text, doc, sentence, previous);
  if (!CONTINUATION_OPENINGS.has(opening.charCodeAt(0) * 65536 + opening.charCodeAt(1)) || !CONTINUATION.test(opening)) return comparedAsBefore(text, doc, sentence, previous);
  const announced = ANNOUNCED.test(opening);
  for (const m of doc.periods.within(previous.start, previous.end)) {
    if (BASE_BEFORE.test(text.slice(Math.max(previous.start, m.start - 24), m.start))) continue;
    if (RECORD_BEFORE.test(text.slice(Math.max(previous.start, m.start - 16), m.start))) continue;
    if (/^(?:đến|tới|trước|giai|thời|từ)/u.test(m.text)) continue;
    if (!announced && m.start - previous.start > CARRY_OPENING && !(framesFirstFigure(text, doc, previous, m) && !spanHas(PLAN_WORDS, doc.folded, sentence.start, sentence.end))) return null;
    return periodPhrase(m.text, doc.year);
  }
  return null;
}
/**
 * Engine 64: "Trong số 83 đồng còn lại, có khoảng 47 đồng … và 36 đồng …" after "… chỉ thu hồi được khoảng 17 đồng trong
 * năm 2020": a sentence opening on "Trong số" or "Trong tổng số" and a figure breaks down a whole the sentence before
 * has just given (or its remainder), so its figures have that whole's period, wherever it stands in that sentence —
 * not only at its opening, as "Trong đó, …" needs. Only when the sentence before names one period (a base, a record
 * window or a horizon left out) and the sentence itself names none and plans nothing.
 */
function periodOfWholeBefore(text: string, doc: DocumentContext, sentence: Span, previous: Span): string | null {
  if (namesOwnPeriod(text, doc, sentence) || spanHas(PLAN_WORDS, doc.folded, sentence.start, sentence.end)) return null;
  let found: Mention | null = null;
  for (const m of doc.periods.within(previous.start, previous.end)) {
    if (BASE_BEFORE.test(text.slice(Math.max(previous.start, m.start - 24), m.start))) continue;
    if (RECORD_BEFORE.test(text.slice(Math.max(previous.start, m.start - 16), m.start))) continue;
    if (/^(?:đến|tới|trước|giai|thời|từ)/u.test(m.text)) continue;
    if (found !== null && found.text !== m.text) return null;
    found = m;
  }
  return found === null ? null : periodPhrase(found.text, doc.year);
}
/** "Trong số 83 đồng còn lại, …", "Trong tổng số 1.200 ca, …": a part of a whole just given, by its figure. */
const PART_OF_FIGURE_OPENING = /^trong (?:tổng )?số \d/u;
/**
 * A results paragraph goes on with the period its first sentence opened on when the next sentence compares its
 * figures with the same period before and names none of its own: "Quý 3/2013, HPG đạt 4.194,8 tỷ đồng doanh thu
 * thuần. Lãi gộp đạt 657 tỷ đồng, tăng 21,6% so với quý 3/2012." (a change "so với cùng kỳ" is a period's). Only
 * the sentence right after, in the same paragraph, and not a plan.
 */
function comparedAsBefore(text: string, doc: DocumentContext, sentence: Span, previous: Span): string | null {
  if (!spanHas(COMPARED_WITH_PERIOD, doc.folded, sentence.start, sentence.end) || spanHas(PLAN_WORDS, doc.folded, sentence.start, sentence.end)) return null;
  // Another paragraph only when it goes on comparing as the one before did (news written a sentence a line).
  if (text.slice(previous.end, sentence.start).includes('\n') && !spanHas(COMPARED_WITH_PERIOD, doc.folded, previous.start, previous.end)) return null;
  if (namesOwnPeriod(text, doc, sentence)) return null;
  const m = doc.periods.firstWithin(previous.start, previous.end);
  if (m === undefined || notItsPeriod(text, m, previous.start)) return null;
  // Session 71: also a period later in the sentence before that still frames its first figure ("Theo Cục …, số doanh
  // nghiệp giải thể trong tháng 9/2020 là gần 4.100, tăng 50,8% so với cùng kỳ năm 2019. Số doanh nghiệp hoàn tất thủ
  // tục giải thể là hơn 1.700, tăng 14,1% so với cùng kỳ năm 2019."), as "Trong đó, …" reads it.
  if (m.start - previous.start > CARRY_OPENING && (!framesFirstFigure(text, doc, previous, m) || !onlyPeriodOf(text, doc, previous, m))) return null;
  if (/^(?:đến|tới|trước|giai|thời|từ)/u.test(m.text)) return null;
  return periodPhrase(m.text, doc.year);
}
/** `m` is the one period the sentence names for its figures (bases, record windows and horizons left out). */
function onlyPeriodOf(text: string, doc: DocumentContext, sentence: Span, m: Mention): boolean {
  for (const other of doc.periods.within(sentence.start, sentence.end)) {
    if (other.text === m.text || notItsPeriod(text, other, sentence.start)) continue;
    return false;
  }
  return true;
}
/** "so với cùng kỳ", "so với quý 3/2012", "so với tháng trước": a figure compared with a period before. */
const COMPARED_WITH_PERIOD = /(?<![\p{L}\p{M}])so với[ \t]+(?:cùng kỳ|(?:quý|tháng|năm|nửa đầu năm|\d{1,2} tháng(?: đầu năm)?)[ \t]+(?:[ivx]+|\d)[^,.;]{0,12}\d{4}|tháng trước|quý trước)(?![\p{L}\p{M}\d])/u;
/** A plan or forecast in the sentence going on ("Trong đó, sẽ phân chia … cho 3 nhóm"): not of the period before. */
const PLAN_WORDS = /(?<![\p{L}\p{M}])(?:sẽ|dự kiến|dự tính|kế hoạch|mục tiêu|phấn đấu)(?![\p{L}\p{M}])/u;
/**
 * A period standing later in the sentence before, yet still before its first figure and close to it, frames
 * that figure: "Theo Tổng cục Thống kê, trong quý I/2021, cả nước còn 9,1 triệu người …. Trong đó, nam giới
 * chiếm 51%". Not a period after a figure ("Công ty có 500 nhân viên, doanh thu năm 2021 đạt …").
 */
function framesFirstFigure(text: string, doc: DocumentContext, previous: Span, m: Mention): boolean {
  for (let i = previous.start; i < m.start; i++) if (isDigit(text.charCodeAt(i))) return false;
  const end = Math.min(previous.end, m.end + FRAME_REACH);
  for (let i = m.end; i < end; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    // "trong quý IV/2023 và cả năm 2023, tỉnh chi 1.200 tỷ đồng": two periods before the figure, and which
    // one is its is not this reader's to say.
    const next = doc.periods.firstWithin(m.end, i + 16);
    return next === undefined || next.start > i;
  }
  return false;
}
/** A period this close to the start of the sentence before frames it. */
const CARRY_OPENING = 12;
/**
 * Sentences that go on with the figures of the one before: "Trong đó, …", "Riêng …", "Cụ thể, …".
 * ("Ngoài ra", "Bên cạnh đó", "Đồng thời", "Tính riêng", "Như vậy" were tried and reverted: they often add
 * a figure as of now, a stock or a change over years, and no gold claim gained from them.)
 */
const CONTINUATION = /^(?:trong đó|trong số đó|trong số này|riêng|cụ thể|(?:con số|số liệu) (?:cụ thể|này))(?![\p{L}\p{M}])/u;
/** The first two units of CONTINUATION's phrases: a sentence opening otherwise runs no regex. */
const CONTINUATION_OPENINGS = new Set(['trong', 'riêng', 'cụ thể', 'con số', 'số liệu'].map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(1)));
/** "Con số cụ thể là …": the figures the sentence before announced, wherever its period stands. */
const ANNOUNCED = /^(?:con số|số liệu) (?:cụ thể|này)(?![\p{L}\p{M}])/u;

/** Units of a device's specifications: the product the sentence is about is their subject. */
const SPEC_UNIT = /^(?:inch|in|MHz|GHz|GB|MB|TB|MP|megapixel|pixel|mAh|ppi|nit|nits|p)$/iu;
/**
 * Engine 66: a device's weight or thickness — "Máy nặng 1,35 kg, dày 15,5 mm", "Sản phẩm có trọng lượng 487 gram" —
 * is a specification like its screen: a unit of weight or length right after "nặng", "dày", "mỏng", "trọng lượng" or
 * "độ dày" in the figure's clause. (A product must still be named in the sentence or just before; "thu giữ 1,5 kg ma
 * túy" names none.)
 */
function bodyMeasure(text: string, sentence: Span, expr: Expression): boolean {
  if (!BODY_UNIT.test(expr.unit ?? '') || !BODY_WORD_BEFORE.test(text.slice(Math.max(sentence.start, expr.start - 24), expr.start))) return false;
  // What weighs so: a device word or a product's name before it in the sentence ("Máy nặng", "Sản phẩm nặng",
  // "Zenbook UX301 nặng"), not a catch or a parcel ("Một con cá nặng 120 kg").
  const head = text.slice(Math.max(sentence.start, expr.start - BODY_HOLDER_REACH), expr.start);
  return DEVICE_WORD.test(head) || /[A-Z][A-Za-z]*[ \t]+(?:[A-Z][A-Za-z]*)?\d/u.test(head);
}
const BODY_HOLDER_REACH = 48;
const DEVICE_WORD = /(?<![\p{L}\p{M}])(?:[Mm]áy|[Ss]ản phẩm|[Tt]hiết bị|[Đđ]iện thoại|[Mm]áy tính(?: bảng| xách tay)?|[Ll]aptop|[Tt]ablet|[Ss]martphone|[Pp]hiên bản|[Mm]odel)(?![\p{L}\p{M}])/u;
const BODY_UNIT = /^(?:kg|g|gram|gam|mm|cm)$/iu;
const BODY_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:nặng|dày|mỏng|trọng lượng|độ dày)(?:[ \t\u00a0]+(?:chỉ|khoảng|chừng|gần|hơn|vỏn vẹn|là|có))*[ \t\u00a0]+$/iu;
/** "tại Abu Dhabi", "ở Berlin": a name right after a preposition of place is a venue (engine 66). */
function venueBefore(text: string, m: Mention): boolean {
  return VENUE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}
const VENUE_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở)[ \t\u00a0]+$/iu;

/**
 * Subjects that depend on what the figure is: the goods a price is quoted for ("dầu hỏa 914 đồng/lít",
 * "mặt hàng xăng các loại: giảm … từ 300 đ/lít") and the product a specification belongs to
 * ("Galaxy Note III được trang bị màn hình … 5.7 inch"; "Thiết bị này chạy … 800 MHz" after "… mang
 * tên Galaxy Gear."). Null when the kind has no such reader or the text names nothing of the sort.
 */
function subjectOfKind(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (expr.kind === 'money' || expr.kind === 'change') {
    // The clause of the figure: list items of prices are separated by semicolons.
    // (Bounded like every reader: a sentence of any length costs at most the window per claim.)
    const floor = Math.max(sentence.start, expr.start - WINDOW_BEFORE);
    let clauseStart = expr.start;
    while (clauseStart > floor && text.charCodeAt(clauseStart - 1) !== 0x3b /* ; */) clauseStart--;
    // A per-unit price ("914 đồng/lít"), or a figure with "giá"/"mặt hàng" before it in its clause.
    const perUnit = expr.unit?.includes('/') ?? false;
    // "Thứ tư, đối với mặt hàng dầu hỏa: …; và giảm mức sử dụng Quỹ … 100 đồng/lít": the goods heading a
    // list item (a name followed by a colon) is what every clause of the item quotes a price for.
    const heading = perUnit ? headingGoods(text, doc, floor, clauseStart) : null;
    if (heading !== null && doc.entities.commodities().firstWithin(clauseStart, expr.start) === undefined) return heading;
    if (!perUnit && !PRICE_WORDS.test(doc.folded.slice(clauseStart, expr.start))) return null;
    const goods = doc.entities.commodities().within(clauseStart, expr.start).at(-1);
    if (!goods || !(perUnit || /(?:^|\s)(?:giá|mặt hàng)\s+$/iu.test(text.slice(Math.max(0, goods.start - 10), goods.start)))) return null;
    // A seller quoting its own price ("Công ty SJC niêm yết giá vàng SJC ở mức …", "giá vàng tại DOJI")
    // or a market named after the goods ("giá vàng tại Hồng Kông tăng …") is what the figure is about;
    // a fund or a ministry regulating the price is not.
    const named = (m: Mention): boolean => m.end <= goods.start || m.start >= goods.end;
    const regulator = (m: Mention): boolean => /^(?:Quỹ|Chính phủ|Bộ|Liên Bộ|Cục|Tổng cục|Ngân hàng Nhà nước|Thủ tướng)(?:\s|$)/u.test(m.text);
    const seller = [...doc.entities.tickers.within(clauseStart, expr.start), ...doc.entities.orgs.within(clauseStart, expr.start)].some(
      (m) => named(m) && !regulator(m),
    );
    const market = doc.entities.places.firstWithin(goods.end, expr.start) !== undefined;
    return seller || market ? null : goods.text;
  }
  if (expr.kind === 'measure' && (expr.unit === 'tỷ số' || expr.unit === 'phút')) {
    // "mở tỷ số 1-0 phút 34 cho Myanmar", "ấn định tỷ số 3-1 cho U.23 Việt Nam": the side the score is for.
    const after = SCORE_FOR.exec(doc.folded.slice(expr.end, Math.min(sentence.end, expr.end + 24)));
    if (after) {
      const at = expr.end + after[0].length;
      const side = [...doc.entities.tickers.within(at, at + 40), ...doc.entities.places.within(at, at + 40)].find((m) => m.start === at);
      if (side) return side.text;
      // A club the indexes do not know ("cho Chelsea", "cho Basel"): its capitalised name.
      const club = SIDE_NAME.exec(text.slice(at, Math.min(sentence.end, at + 40)));
      if (club) return club[0];
    }
    return null;
  }
  if (expr.kind === 'measure' && expr.unit === 'tuổi') {
    // "Vũ Thanh Long (20 tuổi)", "nhà du hành Gherman Titov, bay vào vũ trụ năm 26 tuổi": the person
    // named last before the age. Not the source ("Theo bác sĩ …, bệnh nhân 45 tuổi"), nor across another
    // person's noun ("con trai ông … 12 tuổi"): then no person of the sentence is the subject.
    const from = Math.max(sentence.start, expr.start - 80);
    const named = doc.entities.people.within(from, expr.start).at(-1);
    // Not a relative's age written after the name ("Con trai danh thủ Lê Công Vinh năm nay 17 tuổi"; session 39).
    const relative = named !== undefined && KIN_BEFORE_NAME.test(text.slice(Math.max(sentence.start, named.start - 40), named.start));
    // A speaker's own age in apposition is still theirs (engine 62): "Ông Lê Văn Minh, 61 tuổi, cho biết …" — the
    // name is a source for what follows, not for the age written right after it; "Theo ông A, …" stays a source.
    const speakerAge = named !== undefined && named.group === 1 && NAME_TO_AGE.test(doc.folded.slice(named.end, expr.start)) && !SOURCE_OPENING.test(doc.folded.slice(Math.max(sentence.start, named.start - 16), named.start));
    if (named && (named.group !== 1 || speakerAge) && !relative && !OTHER_PERSON.test(doc.folded.slice(named.end, expr.start))) return named.text;
    if (named) return nearestSubject(doc.entities, from, expr.start, doc.mainSubject, true, true, false) ?? doc.mainSubject;
    // Engine 38 (narrowed in session 39): the age of a person written attached to that person's name, or to a
    // pronoun pointing back ("Khi đó ông 61 tuổi", "Tiền đạo 33 tuổi Nguyễn Văn Quyết"), is that person's (see ageOfNamedPerson).
    const holder = ageOfNamedPerson(text, doc, sentence, expr)?.person;
    if (holder) return holder;
  }
  if (expr.kind === 'measure' && expr.unit !== null && (SPEC_UNIT.test(expr.unit) || bodyMeasure(text, sentence, expr))) {
    // The product the sentence is about: the first model named in it ("Google cho biết, phiên bản Nexus 5
    // sẽ có … 16GB"), else the first brand — not a component named later on.
    // Engine 66: not a foreign place named as the venue ("Nokia công bố Lumia 2520 tại Abu Dhabi. Máy có màn hình
    // 10,1 inch …"): a name right after "tại"/"ở" is where the product was shown or sold, not the product.
    const inSentence = doc.entities.products().within(Math.max(sentence.start, expr.start - WINDOW_BEFORE), expr.start).filter((m) => !venueBefore(text, m));
    const named = inSentence.find((m) => m.text.includes(' ')) ?? inSentence[0];
    if (named) return named.text;
    return doc.entities.products().within(Math.max(0, sentence.start - TOPIC_WINDOW), sentence.start).filter((m) => !venueBefore(text, m)).at(-1)?.text ?? null;
  }
  return null;
}

const PRICE_WORDS = /giá|mặt hàng/u;

/**
 * Engine 57: "lãi suất cho vay … của tổ chức tín dụng đối với … giảm từ 5%/năm", "lãi suất … tại Quỹ tín dụng nhân
 * dân, Tổ chức tài chính vi mô giảm từ 4,75%/năm", "lãi suất huy động … tại một số ngân hàng chỉ còn 3,3%": a rate
 * set or paid by a kind of lender named in lower case (no name of the indexes) after "của" or "tại" in the
 * rate's own clause is that lender's (not "ngân hàng này": a bank named before), not the regulator's nor nobody's.
 * Only in a clause (up to a semicolon or a colon) that opens its phrase with "lãi suất"; a named bank ("ngân hàng
 * ACB", "Ngân hàng Nhà nước") is left to the other readers; a percent or a change only.
 */
function bodyOfRate(text: string, sentence: Span, expr: Expression): string | null {
  if (expr.kind !== 'percent' && expr.kind !== 'change') return null;
  const floor = Math.max(sentence.start, expr.start - RATE_BODY_REACH);
  const before = text.slice(floor, expr.start);
  // Cheap test first: most windows hold no rate.
  if (!before.includes('ãi suất')) return null;
  const m = RATE_BODY.exec(before);
  if (m === null || m[1] === undefined) return null;
  // The lender read is the last one before the figure: no other "của"/"tại" nor a new rate after it.
  if (RATE_TAIL_STOP.test(m[2] ?? '')) return null;
  // Two lenders are written as the guide lists two subjects: "Quỹ tín dụng nhân dân, Tổ chức tài chính vi mô".
  return upperFirst(m[1].replace(/[ \t\u00a0]*(?:,|[ \t\u00a0]và)[ \t\u00a0]*/u, ', ').replace(/\s+/gu, ' '));
}
const RATE_BODY_REACH = 320;
/** Kinds of lenders written in lower case (or capitalised as a class: "Quỹ tín dụng nhân dân"), no name after. */
const LENDER = String.raw`(?:[Tt]ổ chức tín dụng|[Qq]uỹ tín dụng nhân dân|[Tt]ổ chức tài chính vi mô|[Cc]ông ty tài chính|[Nn]gân hàng(?:[ \t\u00a0]+thương mại)?(?:[ \t\u00a0]+(?:cổ phần|nhà nước))?)(?![\p{L}\p{M}])(?![ \t\u00a0]+(?:\p{Lu}|(?:này|đó|ấy|trên|nói trên)(?![\p{L}\p{M}])))`;
/**
 * "lãi suất", then (no semicolon or colon) "của|tại", an optional "các|một số|nhiều|hầu hết", a lender (two joined by
 * "," or "và"), then the rest of the clause up to the figure (group 2).
 */
const RATE_BODY = new RegExp(
  String.raw`(?<![\p{L}\p{M}])[Ll]ãi suất(?![\p{L}\p{M}])[^;:\n]{0,160}?(?<![\p{L}\p{M}])(?:của|tại)[ \t\u00a0]+((?:(?:các|một số|nhiều|hầu hết)[ \t\u00a0]+)?${LENDER}(?:[ \t\u00a0]*(?:,|và)[ \t\u00a0]*${LENDER})?)([^;:\n]{0,160})$`,
  'u',
);
/** In the rest of the clause: another owner or place, or a new rate. */
const RATE_TAIL_STOP = /(?<![\p{L}\p{M}])(?:của|tại|lãi suất)(?![\p{L}\p{M}])/iu;

/**
 * Engine 59: the part of a breakdown. "Tỷ lệ hộ nghèo giảm bình quân 2%/năm, trong đó các huyện miền núi khoảng
 * 4%/năm", "…, các xã vùng cao thì chỉ 3%", "…, huyện miền núi khoảng 4%/năm": after the figure of the whole, a clause
 * made of a kind of place or group written in lower case (a class, no name: "các tỉnh miền núi", "nhóm hộ cận
 * nghèo") and its figure, with at most a copula or a verb of change between, gives that figure to the part, not to
 * the whole's subject (the country, the province of the story). The clause opens after a comma or a semicolon
 * ("trong đó", "riêng", "còn" may follow), or with "Trong đó"/"Riêng" opening the sentence; without such a word a
 * figure must stand earlier in the sentence (the whole's). Not a part pointed back to ("tỉnh này", "huyện đó"): that
 * is a subject named before; nor a bare head with no words of its own ("…, huyện 5%").
 */
function partOfBreakdown(text: string, sentence: Span, expr: Expression): string | null {
  // A value given for the part (a rate, a change, an amount), not a count of things it has or does.
  if (!BREAKDOWN_KINDS.has(expr.kind)) return null;
  const floor = Math.max(sentence.start, expr.start - BREAKDOWN_REACH);
  const before = text.slice(floor, expr.start);
  // Cheap test first: most figures follow no comma-led clause of a group.
  if (!BREAKDOWN_HEAD_ANY.test(before)) return null;
  const m = BREAKDOWN_PART.exec(before);
  if (m === null || m[2] === undefined) return null;
  const punct = m[1] !== undefined;
  const opener = m[0].slice(punct ? 1 : 0).trimStart();
  const openerWord = /^(?:trong đó|riêng|còn)(?![\p{L}\p{M}])/iu.test(opener);
  // Opening the sentence only with "Trong đó"/"Riêng" (the reach may have cut a longer sentence: then no opening).
  if (!punct && (floor !== sentence.start || m.index !== 0 || !openerWord)) return null;
  // A bare head ("huyện", "các tỉnh") names too little: "các" with a modifier, or a modifier at least.
  const part = m[2].replace(/\s+/gu, ' ');
  if (!/\s/u.test(part.replace(/^(?:các|những) /u, ''))) return null;
  // The whole's figure in the clause right before the part, unless a word of a breakdown opens the part.
  if (!openerWord && !wholeBefore(text, sentence.start, floor + m.index, expr)) return null;
  return upperFirst(part);
}
/**
 * The clause ending at `end` (from the comma or semicolon before it) holds a figure in the unit of `expr`'s: "bình
 * quân 2%/năm" before "…, huyện miền núi khoảng 4%/năm"; not a date or a number of a decree ("Ngày 5/10, …").
 */
function wholeBefore(text: string, sentenceStart: number, end: number, expr: Expression): boolean {
  const unit = FIGURE_UNIT.exec(text.slice(expr.start, expr.end))?.[1];
  if (unit === undefined) return false;
  let start = end;
  while (start > sentenceStart && !/[,;]/u.test(text.charAt(start - 1))) start--;
  const clause = text.slice(start, end);
  for (const f of clause.matchAll(FIGURE_UNIT_ALL)) if (f[1] === unit) return true;
  return false;
}
/** The unit word or symbol right after a figure's number ("4%/năm" → "%", "200 tỷ đồng" → "tỷ"). */
const FIGURE_UNIT = /\d(?:[\d.,]*\d)?[ \t\u00a0]*(%|[\p{L}\p{M}]+)/u;
const FIGURE_UNIT_ALL = new RegExp(FIGURE_UNIT.source, 'gu');

/**
 * Engine 59: the package a price is quoted for. "Doanh nghiệp vận tải sẽ có gói cước 4G giá 20.000 đồng/tháng", "gói
 * cước ST15 (chi phí 15.000 đồng/tháng)": a price per period or per unit right after a named package ("gói" or "gói
 * cước" and its code, a word opening with a capital or a digit) is the package's, not the buyer's nor the carrier's.
 * Between the name and the figure only words of a price ("giá", "chi phí", "cước", "chỉ", "có", "là", "với mức",
 * "khoảng", an opening bracket); a package with no code ("gói cước riêng") names none.
 */
function packageOfPrice(text: string, sentence: Span, expr: Expression): string | null {
  if (expr.kind !== 'money') return null;
  const before = text.slice(Math.max(sentence.start, expr.start - PACKAGE_REACH), expr.start);
  if (!before.includes('gói')) return null;
  const m = PACKAGE_BEFORE.exec(before);
  return m === null || m[1] === undefined ? null : upperFirst(m[1].replace(/\s+/gu, ' '));
}
const PACKAGE_REACH = 80;
const PACKAGE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])((?:[Gg]ói)(?:[ \t\u00a0]+cước)?(?:[ \t\u00a0]+3G|[ \t\u00a0]+4G|[ \t\u00a0]+5G)?[ \t\u00a0]+(?:\p{Lu}|\d)[\p{L}\p{M}\d]*(?:[ \t\u00a0]+\d+(?![\d.,]))?)(?:[ \t\u00a0]*\(|[ \t\u00a0]+(?:giá|chi phí|cước|phí|chỉ|có|là|với|mức|khoảng|thuê bao)(?![\p{L}\p{M}]))(?:[ \t\u00a0]*(?<![\p{L}\p{M}])(?:giá|chi phí|cước|phí|chỉ|có|là|với|mức|khoảng|thuê bao)(?![\p{L}\p{M}])){0,3}[ \t\u00a0]*$`,
  'u',
);
const BREAKDOWN_REACH = 120;
const BREAKDOWN_KINDS: ReadonlySet<string> = new Set(['percent', 'change', 'money', 'ratio']);
/** Heads of a kind of place or group. */
const BREAKDOWN_HEAD = String.raw`(?:huyện|tỉnh|xã|phường|quận|thôn|bản|vùng|khu vực|địa phương|thành phố|đô thị|nhóm|ngành)`;
/**
 * A head as a whole word anywhere in a window. The look-behind follows the head (no head ends another, so it reads the
 * unit before the head's start): led by a look-behind, the regex tried it at every position of the window (issue 11).
 */
const BREAKDOWN_HEAD_ANY = new RegExp(String.raw`${BREAKDOWN_HEAD}(?<![\p{L}\p{M}]${BREAKDOWN_HEAD})(?![\p{L}\p{M}])`, 'u');
/**
 * Words that are no part's own words: a pointer back, an auxiliary, a preposition, a common verb (the clause then
 * says something of its own, it is no bare part).
 */
const BREAKDOWN_NOT_MODIFIER = String.raw`(?:này|đó|ấy|kia|nói|trên|dưới|thì|là|chỉ|còn|đạt|ở|mức|chiếm|tăng|giảm|khoảng|gần|hơn|có|được|đã|đang|sẽ|vẫn|với|của|tại|so|và|hay|hoặc|cho|từ|đến|lên|xuống|tới|bình|quân|phải|cần|nên|bị|theo|bằng|trong|ngoài|sau|trước|về|để|làm|tiến|hành|thực|hiện|mới|cũng|không|chưa|nhận|dành|chi|thu|nộp|vay|mua|bán|hỗ|trợ)(?![\p{L}\p{M}])`;
/** Between the part and its figure: a copula, "chỉ", a verb of change, an approximation. */
const BREAKDOWN_LINK = String.raw`(?:thì|là|chỉ|còn|đạt|ở mức|chiếm|tăng|giảm|khoảng|vào khoảng|gần|hơn|trên|dưới|lên tới|tới)`;
/**
 * Group 1: the comma or semicolon opening the clause (absent when "Trong đó"/"Riêng" open the sentence); then an
 * optional "trong đó|riêng|còn" (and a comma); group 2: the part ("các|những", a head, up to five lower-case words);
 * then up to three linking words before the figure.
 */
const BREAKDOWN_PART = new RegExp(
  String.raw`(?:([,;])[ \t\u00a0]*|^)(?:(?:[Tt]rong đó|[Rr]iêng|còn)(?![\p{L}\p{M}])[ \t\u00a0]*,?[ \t\u00a0]*)?((?:(?:các|những)[ \t\u00a0]+)?${BREAKDOWN_HEAD}(?![\p{L}\p{M}])(?:[ \t\u00a0]+(?!${BREAKDOWN_NOT_MODIFIER})\p{Ll}[\p{Ll}\p{M}]*){0,5}?)(?:[ \t\u00a0]+${BREAKDOWN_LINK}(?![\p{L}\p{M}])){0,3}[ \t\u00a0]*$`,
  'u',
);

/**
 * Engine 59: the part written after its figure. "Chuẩn nghèo là 400.000 đồng ở nông thôn, 500.000 đồng ở thành
 * thị", "… tăng 6% ở các xã vùng cao và 3% ở đồng bằng": a figure followed by "ở"/"tại" and a kind of place written
 * in lower case (a class, no name: "nông thôn", "thành thị", "các huyện miền núi"), the phrase ending its list item
 * (a comma, a semicolon, "và", "thì", "còn", the sentence's end), is that part's. A single head ("huyện", "vùng")
 * needs "các"/"những" or words of its own; a place pointed back to ("ở huyện này") is left to the other readers.
 */
function partAfterFigure(text: string, sentence: Span, expr: Expression): string | null {
  if (!BREAKDOWN_KINDS.has(expr.kind)) return null;
  const after = text.slice(expr.end, Math.min(sentence.end, expr.end + BREAKDOWN_REACH));
  const m = PART_AFTER.exec(after);
  if (m === null || m[1] === undefined) return null;
  const part = m[1].replace(/\s+/gu, ' ');
  if (!OPEN_AREA.test(part) && !/\s/u.test(part.replace(/^(?:các|những) /u, ''))) return null;
  return upperFirst(part);
}
/** Kinds of area named by two words, whole on their own: "ở nông thôn", "ở thành thị". */
const OPEN_AREA = /^(?:nông thôn|thành thị|đô thị|miền núi|đồng bằng|vùng cao|vùng sâu|hải đảo)$/u;
/**
 * Right after the figure: "ở|tại", the part ("các|những", a head, up to five lower-case words), then the end of
 * the item.
 */
const PART_AFTER = new RegExp(
  String.raw`^[ \t\u00a0]+(?:ở|tại)[ \t\u00a0]+((?:(?:các|những)[ \t\u00a0]+)?(?:nông thôn|thành thị|đô thị|miền núi|đồng bằng|vùng cao|vùng sâu|hải đảo|${BREAKDOWN_HEAD})(?![\p{L}\p{M}])(?:[ \t\u00a0]+(?!${BREAKDOWN_NOT_MODIFIER})\p{Ll}[\p{Ll}\p{M}]*){0,5}?)[ \t\u00a0]*(?:[,;.]|$|(?:và|thì|còn)(?![\p{L}\p{M}]))`,
  'u',
);

/**
 * The grammatical subject of the figure's clause, named right before its verb (engine 37): "Tính đến 10h30, chỉ số
 * S&P đã tăng 0,65%", "thì chỉ số Shanghai Composite lại giảm 3,88 điểm (0,18%), xuống 2.206,77 điểm", "Ngay cả
 * Apple, niềm tự hào … của chứng khoán Mỹ, cũng giảm nhẹ 0,3% xuống 519,87 USD/cổ phiếu", "Trong số này, thu cân
 * đối ngân sách Trung ương hụt 47.200 tỷ đồng": the index, the share, the named body or the level of the budget
 * opening the clause is what the figure is about, not the country or city the article is about, nor a place
 * named in passing in an aside.
 *
 * Fires only when the clause opens (after the sentence start, a comma, a semicolon, a colon, a bracket, "thì",
 * "trong khi (đó)", "nhưng" or a reporting verb: "Bộ Tài chính cho biết ngân sách trung ương hụt …") with
 * - "chỉ số" / "cổ phiếu" / "mã" and a capitalised name (for "chỉ số", only a name like a market index's:
 *   "Nikkei", "HNX30", "S&P 500"; not "chỉ số CPI", "chỉ số Nationwide"), its market after it read over ("chỉ số
 *   Hang Seng của Hong Kong"), or
 * - "(thu|chi) (cân đối) ngân sách trung ương|địa phương", or
 * - a name the entity index knows (a place, a body, a company, a person, a product), optionally followed by an
 *   aside between commas that opens in lower case,
 * and then only adverbs ("đã", "cũng", "lại", "nhẹ" …) up to a verb of level or change ("tăng", "giảm", "hụt",
 * "đạt", "lên", "xuống", "có" …) right before the figure, or up to the figure when the figure is itself a change
 * ("tăng 0,65%"); a figure after the first one of the same verb ("giảm 3,88 điểm (0,18%)", "tăng 21,3 điểm lên
 * 5.373,1 điểm") has the same subject. A source ("Theo Bộ Tài chính, …"), a time phrase ("Năm 2013, …",
 * "Tháng 9 …"), a speaker ("Ông A cho biết …"), a metric ("Doanh thu tăng 5%", "GDP tăng 5%") or any other word
 * between the name and the verb ("Samsung bán được 10 triệu máy") leave the subject to the readers after this one.
 */
function clauseSubject(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  const floor = Math.max(sentence.start, expr.start - CLAUSE_SUBJECT_REACH);
  // A sentence start reads as a boundary; a window cut inside a sentence does not.
  const lead = floor === sentence.start ? '\n' : '';
  const changeFigure = CHANGE_START.test(text.slice(expr.start, expr.start + 12));
  const before = lead + text.slice(floor, expr.start);
  // Without a change of its own the figure needs the clause's verb or an earlier figure of it (below): a window
  // holding none of the verbs' words and no digit cannot give one, and the costly regex is not run.
  if (!changeFigure && !VERB_OR_DIGIT.test(before)) return null;
  const m = CLAUSE_SUBJECT.exec(before);
  if (m === null || m.indices === undefined) return null;
  // Without a verb of its own before it, the figure must say its change itself ("tăng 0,65%").
  if (m.groups?.verb === undefined && m.groups?.chain === undefined && !changeFigure) return null;
  // A metric named after the verb only: "Vinamilk đạt lợi nhuận 2.000 tỷ đồng", not "Vinamilk lợi nhuận …".
  if (m.groups?.metric !== undefined && m.groups.verb === undefined) return null;
  const head = m.groups?.head;
  if (head !== undefined) {
    const headName = m.groups?.headName;
    const owner = m.groups?.owner;
    if (headName !== undefined) {
      // A statistic, whatever its publisher ("chỉ số HSBC PMI", "chỉ số Markit PMI"): the default subject (the
      // country) is its.
      if (headName.split(/[ \t]+/u).some((w) => STATISTIC_NAME.test(w))) return null;
      // "chỉ số X" is a market index only when X is named like one ("Nikkei", "Hang Seng", "HNX30", "S&P 500",
      // "Shanghai Composite"); any other name is a statistic or a survey ("chỉ số WPI của Ấn Độ", "chỉ số
      // Nationwide", "chỉ số Philadelphia Fed", "chỉ số Tankan") whose figures are its country's: left to the
      // readers after this one (an allow-list, after the second review: a closed list of surveys missed many).
      if (/^[Cc]hỉ số/u.test(head) && !MARKET_INDEX_WORD.test(headName)) return null;
      // An index or a ticker the entity index knows keeps its usual name ("VN-Index", "S&P 500"), as the other
      // readers and the market's exchange (marketSubject) write it.
      const at = m.indices.groups?.headName;
      const start = at === undefined ? -1 : floor - lead.length + at[0];
      const known = doc.entities.tickers.within(start, start + headName.length + 1).find((e) => e.start === start);
      if (known !== undefined) return known.text;
      // "chỉ số Ifo của Đức": an index of a place that is no known market index nor named like one is a
      // statistic of that place; left to the readers after this one.
      if (owner !== undefined && !MARKET_INDEX_WORD.test(headName)) return null;
    } else {
      // A budget of a named place is that place's ("ngân sách địa phương của Đà Nẵng"); a bare local or central
      // budget in a story about a province or a city is that province's ("Quảng Ninh thu … Trong đó, ngân sách địa
      // phương đạt …, ngân sách trung ương đạt …": the central share of the province's revenue, not the nation's
      // central budget): left to the readers after this one. In a national story the level is the subject.
      if (owner !== undefined) {
        const at = m.indices.groups?.owner;
        const start = at === undefined ? -1 : floor - lead.length + at[0];
        return doc.entities.places.within(start, start + owner.length + 1).find((e) => e.start === start)?.text ?? null;
      }
      if (isProvince(doc.mainSubject)) return null;
      // One case form whatever the text's: "Ngân sách trung ương", "Ngân sách địa phương".
      return /[Tt]rung ương$/u.test(head) ? 'Ngân sách trung ương' : 'Ngân sách địa phương';
    }
    return upperFirst(head.replace(/^(?:[Tt]hu|[Cc]hi)(?:[ \t]+cân đối)?[ \t]+/u, ''));
  }
  const at = m.indices.groups?.name;
  if (at === undefined) return null;
  const start = floor - lead.length + at[0];
  if (doc.entities.sources.has(start) || doc.entities.notSubjects.has(start)) return null;
  const end = floor - lead.length + at[1];
  // The last item of a list ("Thaco, Toyota, Ford có doanh số lần lượt …") is not the subject of the list's figures.
  if (LIST_BEFORE.test(text.slice(Math.max(sentence.start, start - 60), start)) || /(?<![\p{L}\p{M}])lần lượt(?![\p{L}\p{M}])/u.test(m[0])) return null;
  // Nor of a two-item list opening the clause ("Toyota, Honda chiếm 60%"): a known name alone before "<name>, "
  // with no verb between (a source or a place after a preposition, "Theo IDC, Apple …", is no item).
  const item = LIST_OPENING.exec(text.slice(Math.max(sentence.start, start - 60), start));
  if (item?.indices?.[1] !== undefined) {
    const itemStart = Math.max(sentence.start, start - 60) + item.indices[1][0];
    const itemEnd = itemStart + (item[1] as string).length;
    const known = [doc.entities.places, doc.entities.orgs, doc.entities.tickers, doc.entities.products()];
    if (known.some((index) => index.within(itemStart, itemEnd + 1).some((e) => e.start === itemStart && e.end === itemEnd))) return null;
  }
  let found: Mention | undefined;
  for (const index of [doc.entities.places, doc.entities.orgs, doc.entities.tickers, doc.entities.people, doc.entities.products()]) {
    for (const e of index.within(start, end + 1)) {
      if (e.start === start && e.end <= end && (found === undefined || e.end > found.end)) found = e;
    }
  }
  // A ministry or a government regulating a price or a rate ("Bộ Tài chính giảm 500 đồng/lít …") is never the
  // subject (the guide's "never the reporting ministry"): left to the readers after this one.
  // A known name that only starts a longer name ("SHB Đà Nẵng") is not the name.
  if (found === undefined || found.end !== end || REGULATOR_NAME.test(found.text)) return null;
  return found.text;
}
/**
 * A programme or a scheme named by its number as the subject of the figure's clause: "Chương trình 30a đầu tư 62
 * huyện nghèo, vừa rồi mở rộng thêm 30 huyện nữa", "… bằng chương trình 135 hỗ trợ 1.200 xã". The name ("chương
 * trình" or "đề án", then a number with or without a letter glued on) is followed by its verb, and nothing but
 * lower-case words, figures and commas stands between it and the figure (no other name, no sentence end, no
 * colon). Not a figure of a programme ("chương trình 2 năm có 40 buổi": no verb after the number), nor one after
 * another name ("Chương trình 135 hỗ trợ 20 xã, tỉnh Lào Cai có 30 xã": Lào Cai's 30).
 */
function programOfClause(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  const from = Math.max(sentence.start, expr.start - PROGRAM_REACH);
  const before = text.slice(from, expr.start);
  // Cheap test first: most windows name no programme.
  if (!before.includes('ương trình') && !before.includes('ề án')) return null;
  const m = PROGRAM_BEFORE.exec(before);
  if (m === null) return null;
  // Narrowed after review: a clause opened by its own subject noun after the programme's ("…, tỷ lệ hộ nghèo giảm
  // từ 70% xuống 40%", "… và tỷ lệ người dân … đạt 45%") is not the programme's.
  if (NEW_CLAUSE_SUBJECT.test(m[3] as string)) return null;
  // A place or a body named before the programme in the same sentence is its topic, the programme only its means:
  // "Riêng tỉnh Nghệ An, chương trình 135 đã hỗ trợ 500 tỷ đồng", "Tại Lào Cai, chương trình 135 …".
  const at = from + m.index;
  const { entities } = doc;
  if (entities.places.firstWithin(sentence.start, at) !== undefined || entities.orgs.firstWithin(sentence.start, at) !== undefined) return null;
  // A place right after the figure in its clause, after "tại / ở / cho / của / người dân / huyện / tỉnh / TP", is
  // where the money went or who got it: "… đã hỗ trợ 90 tỷ đồng cho huyện Mường Tè", "… 250 tỷ đồng tại Sơn La"
  // (second review). Read up to the clause's first mark, at most PLACE_AFTER_REACH units.
  if (LOCALITY_REFERENCE.test(text.slice(Math.max(sentence.start, at - PROGRAM_REACH), Math.min(sentence.end, expr.end + PLACE_AFTER_REACH)))) return null;
  const rest = text.slice(expr.end, Math.min(sentence.end, expr.end + PLACE_AFTER_REACH));
  const stop = rest.search(/[,;:.]/u);
  const restEnd = expr.end + (stop < 0 ? rest.length : stop);
  for (const place of entities.places.within(expr.end, restEnd)) {
    if (PLACE_OWNER_BEFORE.test(text.slice(Math.max(expr.end, place.start - 16), place.start))) return null;
  }
  return `${m[1] === 'đề án' || m[1] === 'Đề án' ? 'Đề án' : 'Chương trình'} ${m[2] as string}`;
}
const PROGRAM_REACH = 120;
const PLACE_AFTER_REACH = 80;
const PLACE_OWNER_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở|cho|của|người dân|công dân|đồng bào|bà con|trên địa bàn|thuộc|huyện|tỉnh|TP\.?|thành phố)[ \t]+$/u;
/**
 * The locality named in lower case, standing for the province or district the text is about: "35 xã của tỉnh",
 * "người dân trong tỉnh", "giúp tỉnh thu hồi …", "Trên địa bàn tỉnh, …" (third review): its figures are the locality's.
 */
const LOCALITY_REFERENCE = /(?<![\p{L}\p{M}])(?:[Cc]ủa|[Tt]rong|[Gg]iúp|[Cc]ho|[Tt]rên địa bàn|[Tt]oàn|[Tt]ại|[Ởở])[ \t]+(?:tỉnh|huyện|thành phố|thị xã)(?![\p{L}\p{M}])(?![ \t]+\p{Lu})/u;
// "được" is not among the verbs: "thực hiện chương trình 30a được 10 năm" is a duration.
const PROGRAM_BEFORE =
  /(?<![\p{L}\p{M}])([Cc]hương trình|[Đđ]ề án)[ \t]+(\d{1,4}[a-z]?)[ \t]+(?:đầu tư|hỗ trợ|đã|sẽ|đang|giúp|dành|chi|cấp|mở rộng|có|triển khai|thực hiện|bao phủ|tập trung)(?![\p{L}\p{M}])([^\p{Lu}.;:!?\n()“”"]{0,90})$/u;
/** A comma or "và" then a noun opening a clause of its own (its own subject): "…, tỷ lệ hộ nghèo giảm …". */
const NEW_CLAUSE_SUBJECT =
  /(?:,|(?<![\p{L}\p{M}])và)[ \t]+(?:tỷ lệ|tỉ lệ|thu nhập|số|tổng|mức|giá|doanh thu|kim ngạch|sản lượng|năng suất|diện tích|bình quân|người dân|hộ|dân số|đến nay|khi đó|trong đó|các|những|nhiều)(?![\p{L}\p{M}])/u;

/**
 * Engine 67: a legal or policy document named by its number is the subject of the figures it sets — an editor checks
 * them against that document, not against the ministry that issued it nor the country: "Nghị định 12/2020/NĐ-CP của
 * Chính phủ quy định mức hỗ trợ tối đa 70%" (the decree opens the sentence and a verb of setting follows), "Bộ Tài
 * chính ban hành Thông tư 15/2019/TT-BTC, theo đó mức phí giảm 50%" ("theo đó" pointing back at the document), "sau 5
 * năm thực hiện Nghị quyết 20" (the length of carrying it out), and the day it takes effect ("Nghị quyết 30/NQ-CP có
 * hiệu lực từ ngày 1/7/2021"; "Nghị quyết được thông qua … có hiệu lực từ ngày …" without a number, the document
 * opening the sentence). Not when a place or a body other than the government and its ministries is named between
 * the document and the figure or right after the figure in its clause ("Nghị quyết 05 của HĐND tỉnh Lào Cai hỗ trợ 20
 * triệu đồng", "… giảm 50% cho tỉnh Hà Giang": the place's), nor when a place opens the sentence. Written as the text
 * names it, the first letter upper-cased and a colon after "số" dropped ("thông tư số: 21/2012/TT-BLĐTBXH" → "Thông
 * tư số 21/2012/TT-BLĐTBXH").
 */
function documentOfClause(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  // Read within a bounded window (a long sentence with many figures stays linear). Cheap test first: most windows
  // name no document.
  const from = Math.max(sentence.start, expr.start - DOCUMENT_REACH);
  // The day a document or a named report is published or takes effect, written right after it, is its own:
  // "Báo cáo Chỉ số Hiệu quả quản trị (PAPI) 2022 công bố ngày 5/4", "Thông tư 10/2023/TT-BTC có hiệu lực từ ngày 1/3".
  // (The verb right before the day first: "Theo báo cáo ngày 5/3 có 5 người" repeated was 1.4 times slower to
  // extract with the whole window read for every day.)
  if (expr.kind === 'date' && PUBLISHED_TAIL.test(text.slice(Math.max(from, expr.start - PUBLISHED_TAIL_REACH), expr.start))) {
    const published = PUBLISHED_BEFORE.exec(text.slice(from, expr.start));
    if (published !== null) return upperFirst((published[1] as string).replace(/(?<![\p{L}\p{M}])số[ \t]*:[ \t]*/u, 'số ').replace(/\s+/gu, ' '));
  }
  // Every other reading names a document by its kind.
  if (!DOCUMENT_CHEAP.test(text.slice(from, Math.min(sentence.end, expr.end + 80)))) return null;
  const before = text.slice(from, expr.start);
  let found: { name: string; at: number } | null = null;
  const opening = from === sentence.start ? DOCUMENT_OPENING.exec(before) : null;
  if (opening?.indices?.[1] !== undefined) {
    const rest = before.slice(opening[0].length);
    const number = opening[2];
    // The day a document takes effect is the document's, whoever passed it and whatever it is about.
    if (expr.kind === 'date' && IN_FORCE_BEFORE.test(rest)) return documentName(opening[1] as string, number);
    if (number !== undefined && SETTING_VERB_AFTER.test(rest)) found = { name: documentName(opening[1] as string, number), at: opening.indices[1][0] };
  }
  if (found === null) {
    // "<document> …, theo đó …" before the figure (the last such), or "<N năm> thực hiện <document>" from it. (What
    // was done "thực hiện <document>, …" is not the document's: the gold gives the count of houses built under a
    // decision to the country twice out of three.)
    for (const m of before.matchAll(DOCUMENT_UNDER)) {
      found = { name: documentName(m[1] as string, m[2]), at: m.index };
    }
    if (found === null && expr.kind === 'duration') {
      const m = DOCUMENT_CARRIED_OUT.exec(text.slice(expr.start, Math.min(sentence.end, expr.end + 80)));
      if (m !== null) return documentName(m[1] as string, m[2]);
    }
  }
  if (found === null) return null;
  const { entities } = doc;
  const docStart = from + found.at;
  // A place before the document is the sentence's topic: "Tại Huế, UBND tỉnh ban hành Quyết định 45, theo đó …".
  if (entities.places.firstWithin(sentence.start, docStart) !== undefined) return null;
  // A place or a body other than the government named from the document to the figure's clause end is whose the figure is.
  const rest = text.slice(expr.end, Math.min(sentence.end, expr.end + DOCUMENT_PLACE_AFTER));
  const stop = rest.search(/[,;:.]/u);
  const clauseEnd = expr.end + (stop < 0 ? rest.length : stop);
  if (entities.places.firstWithin(docStart, clauseEnd) !== undefined) return null;
  for (const o of entities.orgs.within(docStart, clauseEnd)) if (!REGULATOR_NAME.test(o.text)) return null;
  return found.name;
}
/** The document's name as the text writes it, its first letter upper-cased and a colon after "số" dropped. */
function documentName(kind: string, number: string | undefined): string {
  return upperFirst(number === undefined ? kind : `${kind} ${number.replace(/^(số)[ \t]*:[ \t]*/u, '$1 ')}`);
}
const DOCUMENT_KIND = '[Nn]ghị quyết|[Nn]ghị định|[Tt]hông tư|[Qq]uyết định|[Cc]hỉ thị|[Kk]ết luận';
/** A document's number: "167", "49/2010/NĐ-CP", "27-KL/TW", after an optional "số" or "số:". */
const DOCUMENT_NUMBER = String.raw`(?:số[ \t]*:?[ \t]*)?\d{1,4}(?:[/-][\p{L}\d&]+)*(?![\p{L}\p{M}\d/-])`;
const DOCUMENT_CHEAP = /ghị quyết|ghị định|hông tư|uyết định|hỉ thị|ết luận/u;
/** The end of PUBLISHED_BEFORE (its verb, then "(kể) từ / vào (ngày)"), read on the last PUBLISHED_TAIL_REACH characters. */
const PUBLISHED_TAIL = /(?:công bố|ban hành|phát hành|có hiệu lực(?:[ \t]+thi hành)?)(?:[ \t]+(?:kể[ \t]+)?(?:từ|vào))?(?:[ \t]+ngày)?[ \t]*$/u;
const PUBLISHED_TAIL_REACH = 48;
/** The document opening the sentence (after an optional "Theo đó,", "Cụ thể,", "Ngoài ra,", "Đồng thời,"), with or without its number. */
const DOCUMENT_OPENING = new RegExp(
  String.raw`^[ \t"“]*(?:(?:Theo đó|Cụ thể|Ngoài ra|Đồng thời)[ \t]*,[ \t]*)?(${DOCUMENT_KIND})(?:[ \t]+(${DOCUMENT_NUMBER}))?`,
  'du',
);
/** After a numbered document opening the sentence: an optional "của <government or ministry>", then a verb of setting. */
const SETTING_VERB_AFTER =
  /^(?:[ \t]+(?:của|do)[ \t]+(?:Chính phủ|Thủ tướng(?:[ \t]+Chính phủ)?|Bộ[ \t]+[^,;:.()]{1,40}?))?(?:[ \t]+(?:đã|cũng|vừa|sẽ|mới))?[ \t]+(?:quy định|hướng dẫn|nêu rõ|xác định|đặt ra|đề ra|đặt mục tiêu|yêu cầu|cho phép|hỗ trợ|áp dụng|có hiệu lực|nâng|giảm|tăng|điều chỉnh)(?![\p{L}\p{M}])/u;
/** "có hiệu lực (thi hành) (kể) từ (ngày)" right before a day, no sentence mark on the way from the document. */
const IN_FORCE_BEFORE = /^[^;:!?\n]*(?<![\p{L}\p{M}])có hiệu lực(?:[ \t]+thi hành)?(?:[ \t]+(?:kể[ \t]+)?từ)?(?:[ \t]+ngày)?[ \t]*$/u;
/**
 * "ban hành / theo <document> …, theo đó …" then the figure: no sentence mark between (the figure is in what
 * "theo đó" says the document sets).
 */
const DOCUMENT_UNDER = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:ban hành|[Tt]heo)[ \t]+(${DOCUMENT_KIND})[ \t]+(${DOCUMENT_NUMBER})[^;.!?\n]{0,160}?,[ \t]*theo đó(?![\p{L}\p{M}])(?=[^;.!?\n]*$)`,
  'gu',
);
/**
 * A numbered document or a report named with a capital ("Báo cáo Chỉ số …"), then "(được) công bố / ban hành / phát
 * hành / có hiệu lực (thi hành)", then "(kể) từ / vào (ngày)" up to the day (group 1: the name).
 */
const PUBLISHED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])((?:${DOCUMENT_KIND})[ \t]+${DOCUMENT_NUMBER}|Báo cáo[ \t]+\p{Lu}[^,;:.!?\n]{0,100}?)[ \t]+(?:được[ \t]+)?(?:công bố|ban hành|phát hành|có hiệu lực(?:[ \t]+thi hành)?)(?:[ \t]+(?:kể[ \t]+)?(?:từ|vào))?(?:[ \t]+ngày)?[ \t]*$`,
  'u',
);
/** A duration of carrying a document out: "10 năm thực hiện Kết luận số 27-KL/TW", "5 năm triển khai Nghị quyết 20". */
const DOCUMENT_CARRIED_OUT = new RegExp(
  String.raw`^[^,;.:!?\n]{0,20}?(?<![\p{L}\p{M}])(?:năm|tháng)[ \t]+(?:thực hiện|triển khai|thi hành)[ \t]+(${DOCUMENT_KIND})[ \t]+(${DOCUMENT_NUMBER})`,
  'u',
);
const DOCUMENT_PLACE_AFTER = 80;
/** How far before the figure the document is looked for. */
const DOCUMENT_REACH = 320;

/** A province or a city (a place that is no country) as the article's default subject. */
function isProvince(name: string | null): boolean {
  return name !== null && !isCountry(name) && PLACE_NAMES_LOWER.has(name.toLowerCase().replace(/\s+/g, ' '));
}
/** Ministries, the government and its agencies: no subject of the figures they set or report. */
const REGULATOR_NAME =
  /^(?:Bộ|Liên Bộ|Chính phủ|Thủ tướng|Cục|Tổng cục|Ngân hàng Nhà nước|NHNN|UBND|Ủy ban|Uỷ ban|Sở|Ngân hàng Trung ương|Fed|FED|ECB|BoJ|BOJ|BoE|BOE|PBoC|PBOC|RBA|RBI|SNB|BoC|BOK|BoK)(?![\p{L}\p{M}])/u;
/** A first item alone opening the clause before "<name>, ": "Toyota, " before "Honda chiếm …". */
const LIST_OPENING = /(?:^|[\n;:(])[ \t"“]*(\p{Lu}[^,;:()\n]{0,40}?)[ \t]*,[ \t]*$/du;
/** A capitalised item of a list right before the name, itself after a comma: "Thaco, Toyota, " before "Ford" (not a
 * source: "Theo IDC, Apple …"). */
const LIST_BEFORE = /,[ \t]*\p{Lu}[\p{L}\p{M}\d&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}\d&.-]*){0,3}[ \t]*,[ \t]*$/u;

/** How far before a figure the opening of its clause may lie. */
const CLAUSE_SUBJECT_REACH = 120;
/** A capitalised name of up to four words (a number may be one: "S&P 500", "U21 Việt Nam"). */
const CAPITALISED_NAME = "\\p{Lu}[\\p{L}\\p{M}\\d&./+'-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}\\p{M}\\d&./+'-]*|\\d[\\d.,]*\\p{L}*)){0,3}";
export const CLAUSE_SUBJECT = new RegExp(
  // Where a clause opens.
  "(?:[\\n,;:(“\"]|(?<![\\p{L}\\p{M}])(?:[Tt]hì|[Tt]rong khi(?:[ \\t]+đó)?|[Nn]hưng|cho biết|cho hay|thông báo)(?![\\p{L}\\p{M}]))[ \\t“\"]*" +
    "(?:(?:[Nn]gay cả|[Rr]iêng|[Cc]òn|[Tt]hì|[Tt]rong khi(?:[ \\t]+đó)?|[Nn]hưng|[Đđ]ồng thời)[ \\t]+)?" +
    // What it opens with: an index, a share, a level of the budget, or a name (its aside between commas).
    `(?:(?<head>(?:[Cc]hỉ số|[Cc]ổ phiếu|[Mm]ã)[ \\t]+(?<headName>${CAPITALISED_NAME})|(?:(?:[Tt]hu|[Cc]hi)(?:[ \\t]+cân đối)?[ \\t]+)?[Nn]gân sách[ \\t]+(?:[Tt]rung ương|[Đđ]ịa phương))(?:[ \\t]+(?:của|tại)[ \\t]+(?<owner>${CAPITALISED_NAME}))?` +
    `|(?<name>${CAPITALISED_NAME})(?:[ \\t]*,[ \\t]*\\p{Ll}[^,;:()\\n]{0,60},)?)` +
    // Adverbs, a verb of level or change, adverbs.
    '(?:[ \\t]+(?:đã|cũng|vẫn|lại|chỉ|đều|đang|vừa|mới|tiếp tục|bất ngờ|hôm nay|hôm qua|sáng nay|chiều nay))*' +
    '(?:[ \\t]+(?<verb>tăng|giảm|hụt|đạt|lên|xuống|mất|tụt|rớt|leo lên|vọt lên|ghi thêm|chiếm|vượt|lãi|lỗ|có|ở mức|đứng ở|dừng ở|chốt ở|đóng cửa ở))?' +
    '(?:[ \\t]+(?:nhẹ|mạnh|vọt|thêm|tới|đến|gần|hơn|khoảng|còn|được))*' +
    // After a verb, the metric it names ("đạt lợi nhuận", "có tỷ lệ hộ nghèo"): up to four lower-case words, none
    // linking another party or a cause in ("của", "cho", "với", "và", "nhờ" …).
    '(?<metric>(?:[ \\t]+(?!(?:của|cho|với|và|tại|ở|so|từ|theo|khi|nhờ|do|vì|trong|sau|trước)(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{L}\\p{M}]*){1,4})?' +
    // The figures of the same verb before this one: "giảm 3,88 điểm (", "tăng 21,3 điểm lên ".
    // A comma only inside a number ("3,88") or after a bracket ("(0,18%), xuống …"): a comma then words is another
    // clause with its own subject ("Cổ phiếu Apple tăng 3%, giá vàng cũng tăng lên …").
    '(?<chain>[ \\t]+\\d(?:[^,;:!?\\n\\p{Lu}]|,(?=\\d)|(?<=\\)),){0,40}?(?:[ \\t]+(?:lên|xuống)(?:[ \\t]+(?:còn|mức))?|[ \\t]*\\())?' +
    '[ \\t]*$',
  'du',
);
/**
 * A necessary condition of CLAUSE_SUBJECT's `verb` or `chain` group taking part: a word of one of its verbs ("ghi
 * thêm" by "thêm", "ở mức", "đứng ở" … by "ở") or a digit somewhere in the window.
 */
export const VERB_OR_DIGIT = /tăng|giảm|hụt|đạt|lên|xuống|mất|tụt|rớt|thêm|chiếm|vượt|lãi|lỗ|có|ở|\d/u;
/** A figure that says its own change: "tăng 0,65%", "giảm nhẹ 0,3%". */
const CHANGE_START = /^(?:tăng|giảm|hụt|lên|xuống|mất|thêm|tụt|rớt)(?![\p{L}\p{M}])/u;
/** Statistics named "chỉ số …": no index of a market, and the default subject (the country) is theirs. */
const STATISTIC_NAME = /^(?:CPI|PMI|PPI|PCI|PAPI|GDP|GRDP|HDI|HPI|ICOR|IIP|FDI|GII|PII|GCI|NMI|Doing|Gini)(?![\p{L}\p{M}\d])/u;
/** Words naming a market index ("Shanghai Composite", "HNX30-Index", "FTSE 100"; a number, not a year or a quarter: "Tankan Q3", "Conference Board 2023" are surveys). */
const MARKET_INDEX_WORD =
  /Index|(?<![\p{L}\p{M}\d])(?!(?:19|20)\d\d(?!\d))\d{1,4}(?![\d.,]\d)|(?<![\p{L}\p{M}])(?:VN30|Composite|Hang Seng|Nikkei|Kospi|Dow|Jones|Nasdaq|S&P|FTSE|DAX|CAC|Sensex|Topix|Stoxx|Straits|KLCI|PSEi|Taiex|Bovespa|Ibovespa|MICEX|RTS|HNX|UPCoM|Shanghai|Shenzhen|ASX|Russell)(?![\p{L}\p{M}])/u;
function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * "Dự án sẽ được vận hành thử … trong 20 ngày": "dự án" with no name after it (and not "các/mỗi/2 dự án")
 * is the work the text named last before the sentence ("Dự án đường sắt Cát Linh - Hà Đông"), not a place
 * named in passing in the sentences before. Read only when the sentence names no subject of its own.
 * ("công trình", "nhà ga", "tuyến" were tried too: texts say "các nhà ga", "2 nhà ga ngầm" and name
 * stations in lower case, and the last named work was then often the wrong one.)
 */
function workReferredTo(text: string, doc: DocumentContext, sentenceStart: number, from: number, figureStart: number): string | null {
  // Read from the claim's bounded window, not the sentence's start: a long sentence of many figures would
  // otherwise be read once per figure.
  const before = doc.folded.slice(from, figureStart);
  if (!before.includes('dự án')) return null;
  const ref = WORK_REFERENCE.exec(before);
  if (ref === null || NAME_AFTER.test(text.slice(from + ref.index + ref[0].length, from + ref.index + ref[0].length + 3))) return null;
  // "các dự án", "2 dự án", "mỗi dự án": projects in general, not the one named.
  if (GENERIC_BEFORE.test(before.slice(Math.max(0, ref.index - 12), ref.index))) return null;
  const works = doc.entities.tickers.within(Math.max(0, sentenceStart - SECTION_WINDOW), sentenceStart);
  for (let i = works.length - 1; i >= 0; i--) {
    const m = works[i] as Mention;
    if (WORK_KIND.test(m.text)) return m.text;
  }
  return null;
}
const WORK_REFERENCE = /(?<![\p{L}\p{M}])dự án(?![\p{L}\p{M}])/u;
const GENERIC_BEFORE = /(?:các|những|mỗi|nhiều|\d)[ \t\u00a0]+$/u;
const NAME_AFTER = /^[ \t\u00a0]+\p{Lu}/u;
const WORK_KIND = /^(?:Đường sắt|Cao tốc|Đường cao tốc|Nhà ga|Sân bay|Cảng hàng không|Nhà máy|Khu công nghiệp|Thủy điện|Dự án)(?:\s|$)/u;

/**
 * The goods named last between `from` and `to` when they head what follows: a colon after them (a list
 * item "mặt hàng dầu hỏa: …") or "(đối) với (mặt hàng)" before them ("với mặt hàng dầu hỏa, …").
 */
function headingGoods(text: string, doc: DocumentContext, from: number, to: number): string | null {
  if (to <= from) return null;
  const goods = doc.entities.commodities().within(from, to).at(-1);
  if (goods === undefined) return null;
  if (HEADING_COLON.test(text.slice(goods.end, Math.min(to, goods.end + 4)))) return goods.text;
  return TOPIC_WITH_BEFORE.test(doc.folded.slice(Math.max(from, goods.start - 20), goods.start)) ? goods.text : null;
}
const HEADING_COLON = /^[ \t\u00a0]*:/u;
const TOPIC_WITH_BEFORE = /(?<![\p{L}\p{M}])với[ \t\u00a0]+(?:(?:mặt hàng|các mặt hàng)[ \t\u00a0]+)?$/u;
/** Another person named between a name and an age: the age is theirs. */
/** "Theo (ông|bà …)" right before a name: the person is cited as the source of the sentence. */
const SOURCE_OPENING = /(?<![\p{L}\p{M}])theo(?:[ \t\u00a0]+\p{Ll}[\p{Ll}\p{M}]*){0,3}[ \t\u00a0]+$/u;
const OTHER_PERSON = /bệnh nhân|con (?:trai|gái)|cháu|vợ|chồng|mẹ|bố|cha|em (?:trai|gái)|người (?:này|đó)|nạn nhân|học sinh|sinh viên/u;
/** After a score or a minute: "(phút 34) cho (đội) …", "nghiêng về …" names the side it counts for. */
const SCORE_FOR = /^[ \t\u00a0]*(?:(?:ở[ \t\u00a0]+)?phút[ \t\u00a0]+\d{1,3}[ \t\u00a0]+)?(?:cho|nghiêng về)[ \t\u00a0]+(?:đội[ \t\u00a0]+)?/u;

/** Up to four capitalised words (or a number inside, "U21 Việt Nam"): the name of a side. */
const SIDE_NAME = /^\p{Lu}[\p{L}\p{M}\d]*(?:[.-][\p{L}\p{M}\d]+)*(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}\p{M}\d]*(?:[.-][\p{L}\p{M}\d]+)*|\d{1,2})){0,3}/u;

/** Words of a session's trading totals: "khối lượng giao dịch gần 75 triệu cổ phiếu, trị giá hơn 1.000 tỷ đồng". */
const TRADING_TOTAL = /(?:khối lượng|giá trị|trị giá|thanh khoản|khớp lệnh)/iu;

/** A session's volume and value read next to an index belong to its exchange ("Sàn TP.HCM (HOSE)"). */
function marketSubject(text: string, sentence: Span, expr: Expression, subject: string | null): string | null {
  if (subject === null) return null;
  const exchange = exchangeOfIndex(subject);
  if (exchange === null) return subject;
  const volume = expr.kind === 'count' && /^(?:cổ phiếu|CP|cp)$/u.test(expr.unit ?? '');
  if (!volume && expr.kind !== 'money') return subject;
  return TRADING_TOTAL.test(text.slice(Math.max(sentence.start, expr.start - 80), expr.start)) || volume ? exchange : subject;
}

/** A sentence opening with a personal pronoun ("Anh đã giành được …", "Ông cho biết …"). */
const OPENING_PRONOUN = /^(?:Anh|Ông|Bà|Chị|Cô)(?![\p{L}\p{M}])/u;

/**
 * "Novak Djokovic đã có sự khởi đầu ấn tượng. Anh đã giành được hai điểm break …": a sentence opened by
 * a pronoun is about the person named last in the sentences just before (not a source quoted).
 */
function personOfPronoun(text: string, doc: DocumentContext, sentenceStart: number): string | null {
  let p = sentenceStart;
  while (p < text.length && (text[p] === ' ' || text[p] === '\t' || text[p] === '\n')) p++;
  const m = OPENING_PRONOUN.exec(text.slice(p, p + 4));
  if (m === null || !pronounOpening(text, p, p + m[0].length)) return null;
  // Back to the paragraph's start, within the topic window (no scan to the text's start per claim).
  let from = sentenceStart;
  while (from > 0 && from > sentenceStart - TOPIC_WINDOW && text.charCodeAt(from - 1) !== 0x0a) from--;
  const people = doc.entities.people.within(from, sentenceStart);
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i] as Mention;
    if (person.group === 0) return person.text;
  }
  return null;
}

/**
 * Engine 38, narrowed in session 39 after review: the age of a NAMED person written attached to that person — in
 * apposition ("ông Nguyễn Văn Hùng, 58 tuổi", "Vũ Thanh Long (20 tuổi)"), right after the name ("Nguyễn Đức Chung
 * năm nay 56 tuổi", "Trần Minh Khoa hiện tròn 18 tuổi"), right before it ("Tiền đạo 33 tuổi Nguyễn Văn Quyết", "Mới
 * 17 tuổi, Nguyễn Thị Lan …" opening the sentence), or a pronoun pointing back right before it ("Khi đó ông 61
 * tuổi", "Năm 2016, bà 62 tuổi"). Such an age is a personal attribute: no period (every age of the development gold
 * has none) and that person as its subject. Returns null for any other age — those keep the ordinary reading: a
 * rule's or a requirement's age ("lao động nam đủ 61 tuổi", "phải từ 18 tuổi"), a bound, a range or a band ("trên 60
 * tuổi", "từ 60 tuổi trở lên", "6-14 tuổi"), a group's age ("người 70 tuổi", "lao động Việt Nam 25 tuổi"), an
 * average ("tuổi thọ trung bình … 74 tuổi"), a superlative ("ứng viên trẻ nhất … 23 tuổi"), the age of an animal, a
 * thing or a person named by a noun only ("chú voi 55 tuổi", "Hung thủ mới 19 tuổi", "con trai của … Lê Công Vinh").
 * `person` is null when a pronoun's person is not found.
 */
function ageOfNamedPerson(text: string, doc: DocumentContext, sentence: Span, expr: Expression): { person: string | null } | null {
  if (expr.kind !== 'measure' || expr.unit !== 'tuổi' || expr.qualifier !== 'exact' || expr.upper !== null || !Number.isInteger(expr.value)) return null;
  const folded = doc.folded;
  if (AGE_BAND_AFTER.test(folded.slice(expr.end, Math.min(sentence.end, expr.end + 16)))) return null;
  const before = folded.slice(Math.max(sentence.start, expr.start - 60), expr.start);
  if (AGE_STATISTIC_BEFORE.test(before) || AGE_BOUND_BEFORE.test(before) || SUPERLATIVE.test(folded.slice(Math.max(sentence.start, expr.start - CLAUSE_REACH), expr.start))) return null;
  const near = before.slice(-40);
  if (GROUP_BEFORE_AGE.test(near) || COUNT_BEFORE_AGE.test(near)) return null;
  // The name right before: "Nguyễn Văn A, 64 tuổi", "A (64 tuổi", "A năm nay 64 tuổi" — not a source, not a relative's ("con trai của … A").
  const named = doc.entities.people.within(Math.max(sentence.start, expr.start - 80), expr.start).at(-1);
  if (named && named.group !== 1 && NAME_TO_AGE.test(folded.slice(named.end, expr.start))) {
    return KIN_BEFORE_NAME.test(text.slice(Math.max(sentence.start, named.start - 40), named.start)) ? null : { person: named.text };
  }
  // The name right after: "Tiền đạo 33 tuổi Nguyễn Văn Quyết"; "Mới 17 tuổi, Nguyễn Thị Lan …" only when the age opens the sentence.
  const gap = AGE_TO_NAME.exec(text.slice(expr.end, Math.min(sentence.end, expr.end + 4)));
  if (gap !== null) {
    const at = expr.end + gap[0].length;
    const after = doc.entities.people.within(at, Math.min(sentence.end, at + 60)).find((m) => m.start === at && m.group !== 1);
    if (after && (!gap[0].includes(',') || SENTENCE_OPENING_AGE.test(text.slice(sentence.start, expr.start)))) return { person: after.text };
  }
  // A pronoun pointing back right before the age, opening a clause: "Khi đó ông 61 tuổi", "Năm 2016, bà 62 tuổi".
  // (When the window starts inside the sentence, a letter in front keeps "^" from standing for its start.)
  const head = expr.start - 60 > sentence.start ? `x${before}` : before;
  const pronoun = PRONOUN_TO_AGE.exec(head);
  if (pronoun !== null) {
    const at = expr.start - head.length + pronoun.index;
    const people = doc.entities.people.within(Math.max(0, sentence.start - TOPIC_WINDOW), at);
    for (let i = people.length - 1; i >= 0; i--) if ((people[i] as Mention).group === 0) return { person: (people[i] as Mention).text };
    return { person: null };
  }
  return null;
}
/** Words that may stand between a person and the age: "năm nay", "hiện tròn", "khi đó đã", "hưởng thọ". */
const AGE_ADVERBS = String.raw`(?:(?:năm nay|hiện nay|hiện|nay|đã|mới|vừa|tròn|chỉ|đúng|khi đó|lúc đó|khi ấy|lúc ấy|hưởng thọ|thọ)[ \t\u00a0]+){0,3}`;
/** Between a name and its age: a comma (apposition), an opening bracket or a space, then at most three such words. */
const NAME_TO_AGE = new RegExp(String.raw`^(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]*\([ \t\u00a0]*|[ \t\u00a0]+)${AGE_ADVERBS}$`, 'u');
/** A pronoun opening a clause (the sentence's start, after a comma or a time word), then such words, right before the age. */
const PRONOUN_TO_AGE = new RegExp(
  String.raw`(?:^[ \t\n\u00a0]*|[,;:(][ \t\u00a0]*|(?<![\p{L}\p{M}])(?:khi|lúc|khi đó|lúc đó|khi ấy|lúc ấy|năm đó|năm ấy|nay|hiện nay|đến nay)[ \t\u00a0]+)(?:ông|bà|anh|chị)[ \t\u00a0]+${AGE_ADVERBS}$`,
  'u',
);
/** After the age, the name: a space ("33 tuổi Nguyễn Văn Quyết") or a comma ("Mới 17 tuổi, Nguyễn Thị Lan"). */
const AGE_TO_NAME = /^(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+)/u;
/** An age opening its sentence: at most two words before the figure ("Mới 17 tuổi,", "Dù mới 17 tuổi,"). */
const SENTENCE_OPENING_AGE = /^[ \t\u00a0\n]*(?:[\p{L}\p{M}]+[ \t\u00a0]+){0,2}$/u;
/** A relative's noun right before a name: "con trai của danh thủ Lê Công Vinh", "vợ ông …" — the age is the relative's. */
const KIN_BEFORE_NAME =
  /(?<![\p{L}\p{M}])(?:[Cc]on(?: trai| gái| út| cả)?|[Vv]ợ|[Cc]hồng|[Bb]ố|[Mm]ẹ|[Cc]ha|[Cc]háu(?: trai| gái)?|[Ee]m (?:trai|gái)|[Aa]nh trai|[Cc]hị gái)(?:[ \t\u00a0]+của)?(?:[ \t\u00a0]+\p{Ll}[\p{Ll}\p{M}]*){0,2}[ \t\u00a0]+$/u;
/** A bound or a requirement right before the age: "đủ 18 tuổi", "từ 18 tuổi", "dưới 6 tuổi", "phải 21 tuổi". */
const AGE_BOUND_BEFORE = /(?<![\p{L}\p{M}])(?:đủ|từ|dưới|trên|ngoài|hơn|gần|khoảng|quá|tối thiểu|ít nhất|tối đa|phải|cần|độ)[ \t\u00a0]+$/u;
/** A count (not a year, a day or a class) and one to three words right before the age: "5.000 cụ bà ", "3 em ". */
const COUNT_BEFORE_AGE =
  /(?<![\p{L}\p{M}\d.,])(?<!(?:năm|tháng|ngày|quý|lớp|số|thứ)[ \t\u00a0])\d+(?:[.,]\d+)*[ \t\u00a0]+(?:[\p{L}\p{M}]+[ \t\u00a0]+){1,3}$/u;
/** "tuổi" as a noun, "trung bình", "bình quân", "trung vị" before the age in its sentence: an average or a rule's age. */
const AGE_STATISTIC_BEFORE = /(?<![\p{L}\p{M}])(?:tuổi|trung bình|bình quân|trung vị)(?![\p{L}\p{M}])/u;
/** "trở lên", "trở xuống", "trở đi", "đến 60 tuổi", "- 60 tuổi" after an age: a band. */
const AGE_BAND_AFTER = /^[ \t\u00a0]*(?:trở[ \t\u00a0]+(?:lên|xuống|đi|ra)|(?:đến|tới|-|–)[ \t\u00a0]*\d)/u;
/** A group's noun (or a plural marker before any noun) right before the age: "người 60 tuổi", "các cụ 90 tuổi", "độ tuổi 30". */
const GROUP_BEFORE_AGE =
  /(?:(?<![\p{L}\p{M}])(?:người|trẻ|trẻ em|trẻ nhỏ|em bé|lao động|phụ nữ|nam giới|nữ giới|công dân|thanh niên|cụ|cụ ông|cụ bà|người già|người cao tuổi|học sinh|cán bộ|nhóm|tuổi|lứa tuổi|độ tuổi|nhóm tuổi|dân số)|(?<![\p{L}\p{M}])(?:các|những|mọi)[ \t\u00a0]+[\p{L}\p{M}]+(?:[ \t\u00a0]+[\p{L}\p{M}]+)?)[ \t\u00a0]+(?:(?:từ|ở|có|đủ|đến|tròn)[ \t\u00a0]+)?$/u;
/** A superlative before the age in its sentence ("trẻ nhất", "nhỏ tuổi nhất", "lớn nhất"): a record of a population. */
const SUPERLATIVE = /(?<![\p{L}\p{M}])nhất(?![\p{L}\p{M}])/u;

/** How far back a sentence with no subject of its own looks for the one the text is talking about. */
const TOPIC_WINDOW = 600;

/**
 * The subject carried over from the sentences just before: "Tại ACB, lãi suất … giảm 0,1%. Lãi suất kỳ
 * hạn 2 và 3 tháng … từ 3,8-3,9%/năm" — the second figure is ACB's too.
 */
function topicBefore(text: string, doc: DocumentContext, sentenceStart: number): string | null {
  // The same for every figure of a sentence: read once per sentence (the figures of one come in a row).
  let memo = topicMemos.get(doc);
  if (memo === undefined) {
    memo = { sentenceStart: -1, topic: null };
    topicMemos.set(doc, memo);
  }
  if (memo.sentenceStart !== sentenceStart) {
    memo.topic = readTopicBefore(text, doc, sentenceStart);
    memo.sentenceStart = sentenceStart;
  }
  return memo.topic;
}

/** The last sentence's topic per document (weakly held: a document's index is dropped with it). */
const topicMemos = new WeakMap<DocumentContext, { sentenceStart: number; topic: string | null }>();

function readTopicBefore(text: string, doc: DocumentContext, sentenceStart: number): string | null {
  // In a company story, places named in passing ("Công ty ở Bình Dương") do not take over.
  // People named in earlier sentences are not carried: a match report names the opponent last.
  // The ends of a route ("Tuyến … kéo dài từ ga Suối Tiên đến Bình Dương và đến TP Biên Hòa, tỉnh Đồng
  // Nai") are named in passing: the next sentence is not about them. A place visited ("Thủ tướng đến
  // Quảng Ninh") or moved to ("chuyển … sang Bắc Ninh") still is.
  // (Written inline, not as a named local: under tsx's keepNames a named closure costs a defineProperty per call.)
  // Whether this sentence points back at a country is read once, not for every mention tested.
  const pointsBack = pointsBackToAPlace(doc.folded, sentenceStart);
  const near = nearestSubject(doc.entities, Math.max(0, sentenceStart - TOPIC_WINDOW), sentenceStart, null, false, !doc.companyStory, false, (m: Mention): boolean =>
    personAside(text, doc, m) ||
    memoOf(routeEnds, m, () => {
      const before = doc.folded.slice(Math.max(0, m.start - 120), m.start);
      const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
      return routeCue(sentence) && routeEndBefore(sentence.slice(-48));
    }) ||
    (!pointsBack && memoOf(scopesOfASubject, m, () => scopeOfSubject(text, doc, m))),
  );
  if (near !== null || doc.companyStory) return near;
  // Further back, only a place that opens its paragraph ("Sở GD&ĐT tỉnh Bà Rịa - Vũng Tàu công bố …")
  // heads the section the figure is in.
  const places = doc.entities.places.within(Math.max(0, sentenceStart - SECTION_WINDOW), sentenceStart);
  for (let i = places.length - 1; i >= 0; i--) {
    const m = places[i] as Mention;
    if (opensItsLine(text, m.start)) return m.text;
  }
  return null;
}

/**
 * Whether `pos` lies at most PARAGRAPH_OPENING units after the start of its line. Only that reach is searched for
 * the line break: a search back to the text's start read a text with no line break again for every place (quadratic).
 */
function opensItsLine(text: string, pos: number): boolean {
  // A line break at pos - PARAGRAPH_OPENING - 1 or later; near the text's start, the text's start is the line's.
  return pos <= PARAGRAPH_OPENING || text.slice(pos - PARAGRAPH_OPENING - 1, pos + 1).includes('\n');
}

const scopesOfASubject = new WeakMap<Mention, boolean>();

/**
 * A place named as the scope of what its sentence says about another subject: "Bắc Giang cũng là một trong
 * những địa phương đi đầu về hạ tầng số tại Việt Nam." — the next sentences are about Bắc Giang, not Việt
 * Nam. The place follows "tại / ở / trên" and the sentence opens with the subject (a place or a body).
 */
function scopeOfSubject(text: string, doc: DocumentContext, m: Mention): boolean {
  // Only a country as the field of what a province or a body did ("… tại Việt Nam"): a province named
  // after "tại" is where things happened, often what the next sentence is about.
  if (!isCountry(m.text) || !SCOPE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
  let start = m.start;
  while (start > 0 && m.start - start < 400) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a || ((c === 0x20 || c === 0x09) && /[.!?;]/.test(text[start - 2] ?? ''))) break;
    start--;
  }
  // The country is the field of a standing ("một trong những địa phương đi đầu … tại Việt Nam"), not a
  // place where something was done ("mở nhà máy tại Ấn Độ. Thị trường này …").
  if (!STANDING_IN_FIELD.test(doc.folded.slice(start, m.start))) return false;
  const opening = (list: readonly Mention[]): boolean => list.some((o) => o !== m && o.start - start <= SUBJECT_OPENING);
  return opening(doc.entities.places.within(start, m.start)) || opening(doc.entities.orgs.within(start, m.start));
}
/**
 * A sentence that points back at a country just named ("Nước này có …", "Thị trường này …", "Tại đây, …",
 * "Xứ sở hoa anh đào …"): the country named last is its topic, whatever the sentence before opened with.
 * ("Tỉnh này", "Thủ đô" point back at a province or a capital, not at a country.)
 */
function pointsBackToAPlace(folded: string, sentenceStart: number): boolean {
  return PLACE_POINTED_BACK.test(folded.slice(sentenceStart, sentenceStart + 48));
}
const PLACE_POINTED_BACK = /^(?:[^.;:!?\n]{0,24}?[ \t\u00a0])?(?:(?:nước|quốc gia|đất nước|xứ sở|thị trường)(?:[ \t\u00a0]+[\p{L}\p{M}]+){0,3}?[ \t\u00a0]+(?:này|đó|ấy|bạn)(?![\p{L}\p{M}])|xứ sở(?![\p{L}\p{M}])|(?:tại|ở)[ \t\u00a0]+(?:đây|đó)(?![\p{L}\p{M}]))/u;
/** A standing among others, whose field the country after "tại" is. */
const STANDING_IN_FIELD = /(?<![\p{L}\p{M}])(?:một trong những|một trong các|đi đầu|dẫn đầu|hàng đầu|đứng đầu|nhất)(?![\p{L}\p{M}])/u;
/** "tại / ở / trên" right before a place. */
const SCOPE_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở|trên)[ \t\u00a0]+$/u;
/** How far into its sentence a subject that opens it may start ("Tỉnh Bắc Giang", "Hiện nay, Bắc Giang"). */
const SUBJECT_OPENING = 16;

/** Words of a route: a line, a road, a railway, and what a route does ("kéo dài", "nối"). */
const ROUTE_CUE = /(?<![\p{L}\p{M}])(?:tuyến|kéo dài|nối|cao tốc|quốc lộ|đường sắt|metro|đường ống|đường dây|đoạn|dài)(?![\p{L}\p{M}])/u;
/** "(từ|đến|tới) (TP Biên Hòa,) (địa bàn) (tỉnh) ": an end of a route. */
/** ROUTE_CUE, run only when the text holds a literal part of one of its words (the regex tries every position). */
function routeCue(s: string): boolean {
  if (!s.includes('tuyến') && !s.includes('dài') && !s.includes('nối') && !s.includes('cao tốc') && !s.includes('quốc lộ') && !s.includes('đường') && !s.includes('metro') && !s.includes('đoạn')) return false;
  return ROUTE_CUE.test(s);
}
/** ROUTE_END_BEFORE, run only when the text holds one of its prepositions. */
function routeEndBefore(s: string): boolean {
  if (!s.includes('từ') && !s.includes('đến') && !s.includes('tới')) return false;
  return ROUTE_END_BEFORE.test(s);
}
const ROUTE_END_BEFORE = /(?<![\p{L}\p{M}])(?:từ|đến|tới)[ \t]+(?:ga[ \t]+)?(?:(?:tp|thành phố)[ \t]+[^,.;:!?\n]{1,24},[ \t]+)?(?:địa bàn[ \t]+)?(?:(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận)[ \t]+)?$/u;

const SECTION_WINDOW = 3000;
const PARAGRAPH_OPENING = 30;

// ---------------------------------------------------------------------------------------------
// Period

const PERIOD_RE =
  /(?:(?:tính\s+(?:đến|tới)|(?:tại\s+)?thời\s+điểm)\s+(?:hết\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?(?![\d/]|[.,]\d)|cuối\s+quý\s+(?:[ivx]+|\d)(?:\s*(?:\/|năm\s+|-)\s*\d{4}|\s+năm\s+(?:nay|ngoái|trước(?!\s+(?:đó|nữa|kia)(?![\p{L}\p{M}]))))?(?![\p{L}\p{M}\d])|(?:kể\s+)?từ\s+đầu\s+năm(?:\s+(?:nay|\d{4}))?(?:\s+(?:đến|tới)\s+nay)?|tính\s+(?:tới|đến)\s+(?:thời\s+điểm\s+này|nay)\s+trong\s+năm(?:\s+nay)?|(?:từ\s+(?:giờ|nay)\s+)?(?:đến|tới)\s+cuối\s+năm(?:\s+nay)?(?![\p{L}\p{M}]|[ \t]+(?:ngoái|trước|sau|tới|học|tài|\d))|nửa\s+đầu\s+năm(?:\s+(?:nay|\d{4}))?|\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}|\d{1,2}\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+\d{4}|(?:quý\s+(?:[ivx]+|\d)|tháng\s+\d{1,2}|học\s+kỳ\s+(?:[ivx]+|\d))\s*(?:\/|năm\s+|-)\s*\d{4}|(?<!(?:từ|đến|tới)\s+)(?:quý\s+(?:[ivx]+|\d)|tháng\s+(?:1[0-2]|0?[1-9]))\s+năm\s+(?:nay|ngoái|trước(?!\s+(?:đó|nữa|kia)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])(?!\s+(?:đến|tới)(?![\p{L}\p{M}]))|năm\s+học\s+\d{4}\s*[-–]\s*\d{4}|(?:giai\s+đoạn|thời\s+kỳ|từ\s+năm|từ)\s+\d{4}\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?\d{4}|(?:đến|tới|trước)\s+năm\s+\d{4}|(?:cuối|đầu|giữa)\s+năm\s+\d{4}|năm\s+\d{4}(?:\s+và\s+\d{4}|\s*[-–]\s*\d{4}(?![\d/]|[.,]\d))?|ngày\s+\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+tháng\s+đầu\s+năm|(?:đầu|cuối)\s+năm\s+nay|năm\s+nay|năm\s+ngoái|năm\s+trước|(?<!\d)\d{4}\s*[-–]\s*\d{4}|(?:tính\s+)?đến\s+hết\s+tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?|(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười\s+một)\s+tháng\s+(?:qua|năm\s+nay|đầu\s+năm\s+nay)|(?:lũy|luỹ)\s+kế\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười\s+một)\s+tháng(?:\s+đầu\s+năm)?(?!\s+(?:năm\s+)?\d{4})|(?:trong|sau)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười\s+một)\s+tháng(?![ \t\u00a0]+(?:tới|nữa|sau|trước|liên|năm|đầu|cuối|qua|\d))|(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười\s+một)\s+tháng(?=\s+của\s)|(?<!(?:trong|sau|suốt|mất|dài|hơn|gần|khoảng|chỉ|được|tròn|đầy|lên|tới|đến|từ|có|với|thêm|mỗi|cho|trên|dưới|hạn|kỳ|ít\s{1,4}nhất|tối\s{1,4}đa)\s{1,4})(?<!\d[.,]?)(?:[2-9]|1[01]|hai|ba|bốn|sáu|bảy|tám|chín|mười|mười\s+một)\s+tháng(?=\s+(?:(?:đạt|lãi|lỗ|vượt|ước\s+đạt|ước\s+tính\s+đạt|thu\s+về)(?![\p{L}\p{M}])|(?:tăng|giảm)(?:\s+(?:nhẹ|mạnh|thêm|hơn|gần|khoảng))?\s+\d))|quý\s+(?:[ivx]+|\d)(?![\p{L}\p{M}\d]|\s*[/-]\s*\d)|tháng\s+(?:tư|sáu|bảy|tám|chín|mười\s+một|mười\s+hai|mười)(?=[^\p{L}\p{M}]|$)|tháng\s+(?:1[0-2]|0?[1-9])(?![\p{L}\p{M}\d]|\s*[/.-]\s*\d|\s+năm\s+(?:sau|tới|ngoái|trước)))(?![\p{L}\p{M}\d])/gu;

/**
 * "tăng 12% so với cùng kỳ năm 2019": the base of a comparison, not the figure's period; "cao nhất kể từ
 * tháng 7", "cao nhất trong vòng 1 tháng qua": a record window, not the period.
 */
function notItsPeriod(text: string, m: Mention, start: number): boolean {
  return (
    (BASE_BEFORE.test(text.slice(Math.max(start, m.start - 24), m.start)) && !averageNamedAfter(text, m)) ||
    RECORD_BEFORE.test(text.slice(Math.max(start, m.start - 16), m.start)) ||
    // "lần đầu tiên kể từ cuộc khủng hoảng tài chính cuối năm 2008": the event a record is counted from.
    SINCE_EVENT_BEFORE.test(text.slice(Math.max(start, m.start - 56), m.start)) ||
    citedDocumentDay(text, m, start) ||
    // "tay vợt hạng 18 thế giới sinh năm 1987": a person's birth year dates the person, not the figures
    // (engine 33).
    bornIn(text, m, start)
  );
}
/**
 * "so với trung bình quý II là 28 USD/m2": the base's own figure follows the average's period, which is that
 * figure's period (the base of the figure before it all the same).
 */
function averageNamedAfter(text: string, m: Mention): boolean {
  return AVERAGE_BASE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && AVERAGE_FIGURE_AFTER.test(text.slice(m.end, m.end + 16));
}
const AVERAGE_BASE_BEFORE = /(?:trung\s+bình|bình\s+quân)(?:\s+(?:cả|của))?\s+$/iu;
const AVERAGE_FIGURE_AFTER = /^\s+(?:là|ở mức|đạt|chỉ)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d/iu;
function bornIn(text: string, m: Mention, start: number): boolean {
  return BIRTH_BEFORE.test(text.slice(Math.max(start, m.start - 16), m.start)) && !BIRTHS_COUNTED_BEFORE.test(text.slice(Math.max(start, m.start - 32), m.start));
}
/**
 * "Tỷ lệ sinh năm 2013", "Mức sinh năm 2013", "Số trẻ được sinh ra năm 2013": births counted in a year, which is
 * the period of the figure, not a person's birth year ("cầu thủ trẻ sinh năm 1995" still is one).
 */
const BIRTHS_COUNTED_BEFORE = /(?<![\p{L}\p{M}])(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|mức|số trẻ|trẻ em|số bé|số ca)(?:[ \t\u00a0]+(?:được|mới))?[ \t\u00a0]+sinh(?:[ \t\u00a0]+ra)?[ \t\u00a0]+(?:vào[ \t\u00a0]+|trong[ \t\u00a0]+)?$/iu;
/**
 * "sinh ", "sinh ra vào ", "SN " right before a time: a birth. Not "học sinh", "thí sinh", "phát sinh",
 * "nảy sinh", "tuyển sinh" … ("số học sinh năm 2013 tăng 5%" keeps its year).
 */
const BIRTH_BEFORE = /(?:(?<![\p{L}\p{M}])(?<!(?:học|thí|phát|nảy|hy|vệ|tuyển|hồi|giáng|tái|sản|sinh|ký|kí|nhập)[ \t\u00a0])sinh(?:[ \t\u00a0]+ra)?|(?<![\p{L}\p{M}])(?:SN|sn|năm sinh))[ \t\u00a0]+(?:vào[ \t\u00a0]+)?$/u;
/**
 * "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008", "Nghị quyết số 52-NQ/TW, ngày 27/9/2019": the day a cited
 * document was signed dates the document, not the figures (engine 31).
 */
function citedDocumentDay(text: string, m: Mention, start: number): boolean {
  // Only a day ("ngày 12/12/2008"): "Theo Nghị định 15/2020/NĐ-CP, năm 2021 cả nước có …" dates the figures.
  // After a comma, only a day that goes on with the document ("…, ngày 27/9/2019 của Bộ Chính trị"): "Theo
  // Thông tư 02/2013/TT-NHNN, ngày 21/1/2013 nợ xấu là 4,6%" dates the figure (review of engine 31).
  if (!DAY_MENTION.test(m.text)) return false;
  const number = DOCUMENT_NUMBER_BEFORE.exec(text.slice(Math.max(start, m.start - 40), m.start));
  if (number === null) return false;
  return !number[0].includes(',') || DOCUMENT_GOES_ON.test(text.slice(m.end, m.end + 20));
}
/** A day of the month: "12/12/2008", "ngày 27/9/2019", "27-9-2019". */
const DAY_MENTION = /\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d/u;
/** Words that go on naming the document after its day: "của Bộ Chính trị", "về …", "hướng dẫn …". */
const DOCUMENT_GOES_ON = /^[ \t\u00a0]*(?:của|về|hướng dẫn|quy định|ban hành|do)(?![\p{L}\p{M}])/u;
/** A document's number right before a period mention: "167/2008/QĐ-TTg ", "52-NQ/TW, ", "số 86/2015/NĐ-CP ngày ". */
const DOCUMENT_NUMBER_BEFORE = /(?:\d{1,4}\/(?:19|20)\d\d\/[\p{Lu}Đ][\p{L}\p{M}\d-]{1,20}|\d{1,4}-[\p{Lu}Đ]{1,8}\/[\p{Lu}Đ]{1,8})[ \t]*,?[ \t]+(?:ngày[ \t]+)?$/u;

/** "kể từ" and up to six words of an event before the period mention. */
const SINCE_EVENT_BEFORE = /(?<![\p{L}\p{M}])kể từ(?:[ \t\u00a0]+[\p{L}\p{M}]+){1,6}[ \t\u00a0]+$/u;

/** The time the figure refers to: the nearest time expression before it, else the first after. */
function readPeriod(text: string, periods: MentionIndex, sentenceStart: number, from: number, to: number, expr: Expression, year: number | null, day: string | null = null): string | null {
  if (expr.kind === 'streak' && expr.years && expr.years.length > 0) {
    const first = expr.years[0];
    const last = expr.years[expr.years.length - 1];
    return first === last ? String(first) : `${first}–${last}`;
  }
  let before: string | null = null;
  let after: string | null = null;
  let right: string | null = null;
  // Where each of them starts (for "cuối quý", read by what stands before it).
  let beforeAt = -1;
  let afterAt = -1;
  // The last ")" before the figure, looked for once per figure and only when a period stands before it:
  // a mention after it sits in no closed aside.
  let lastClose: number | null = null;
  // Given as of now after the start of a work: a time after the figure (its planned end) is not its own.
  let asOfNow = false;
  for (const m of periods.within(from, to)) {
    // "(riêng tháng 9/2023 đạt 64,6%); 145/164 cơ sở …": an aside in parentheses dates only itself.
    if (m.end <= expr.start) {
      lastClose ??= lastIndexBefore(text, 0x29, from, expr.start);
      if (lastClose >= m.end && closedAside(text, from, m.start) && !windowInBracket(text, periods, sentenceStart, from, m, expr.start)) continue;
      // "Ấn Độ - nền kinh tế lớn thứ 5 thế giới trong năm 2019 - nay đã tụt xuống vị trí thứ 6": so does an aside
      // between dashes (engine 62).
      if (inDashAside(text, sentenceStart, m, expr.start)) continue;
    }
    if (notItsPeriod(text, m, from)) continue;
    if (m.end <= expr.start && planOfShare(text, from, m)) continue;
    if (m.end <= expr.start && periodEndedBeforeNow(text, sentenceStart, m, expr.start)) {
      asOfNow = true;
      continue;
    }
    if (m.end <= expr.start) {
      // "giảm từ mức 7,3% của tháng 8 xuống 7,2%": the month dates the start of the move only (session 46).
      if (!moveStartPeriod(text, sentenceStart, m, expr.start)) {
        before = m.text;
        beforeAt = m.start;
      }
    } else if (m.start >= expr.end && after === null) {
      // "… chỉ bằng 1/6 mức bình quân; khoảng cách giàu nghèo tăng 9,2 lần (năm 2010) …": a period past a ";" stands
      // in the next clause of a list and dates that clause's figures, not this one (session 71).
      if (holdsSemicolon(text, expr.end, m.start)) continue;
      // "tăng 0,6% …, nâng mức tăng kể từ đầu năm lên 23%": "since the new year" dates what follows it.
      if (SINCE_NEW_YEAR.test(m.text) && !RIGHT_AFTER.test(text.slice(expr.end, m.start))) continue;
      after = m.text;
      afterAt = m.start;
      // "3% trong năm 2020 và 7,8% vào năm 2021", "mức tăng 23,5% của năm 2009": the period right
      // after the figure is its own.
      // "doanh thu quý 3 đạt 4.252 tỷ đồng, lũy kế 9 tháng đạt 68%": a running total opens the next clause.
      if (RIGHT_AFTER.test(text.slice(expr.end, m.start)) && !CUMULATIVE.test(m.text)) right = m.text;
    }
  }
  if (before === null && right === null) {
    // "Lợi nhuận 2012 đạt 500 tỷ đồng", "Nếu bình quân 2008 chỉ 90.000 tỉ đồng/năm": a bare year between a word and
    // its figure (session 71).
    const bare = bareYearBefore(text, from, expr.start);
    if (bare !== null) return `năm ${bare}`;
  }
  if (before === null) {
    // "Trong 9 tháng năm 2023, …; … đạt 35.299 lượt": a period opening the sentence frames all of it.
    const opening = periods.firstWithin(sentenceStart, Math.min(expr.start, sentenceStart + 80));
    if (opening && !inDashAside(text, sentenceStart, opening, expr.start) && !moveStartPeriod(text, sentenceStart, opening, expr.start) && !(SINCE_NEW_YEAR.test(opening.text) && notItsPeriod(text, opening, sentenceStart)) && !periodEndedBeforeNow(text, sentenceStart, opening, expr.start) && !citedDocumentDay(text, opening, sentenceStart) && !bornIn(text, opening, sentenceStart) && !(opening.end <= expr.start && planOfShare(text, sentenceStart, opening))) {
      before = opening.text;
      beforeAt = opening.start;
    }
  }
  let found = right ?? before ?? (asOfNow ? null : after);
  if (found === null) return null;
  if (QUARTER_END.test(found) && !quarterEndAsOf(text, sentenceStart, right === null && before !== null ? beforeAt : afterAt, expr.start)) found = found.replace(QUARTER_END, '');
  if (SINCE_NEW_YEAR.test(found)) return sinceNewYear(found, day);
  return respectiveYear(text, found, before === found ? from : expr.end, expr.start) ?? spanEndYear(text, found, sentenceStart, expr.start, expr.end, to) ?? periodPhrase(found, year);
}

/**
 * Session 71: a year written bare between a word and the figure — "Lợi nhuận 2012 đạt 500 tỷ đồng", "GDP 2013 tăng
 * 5,4%", "Nếu bình quân 2008 chỉ 90.000 tỉ đồng/năm" — is the figure's year, as "năm 2012" is: only a year from 1980 to
 * 2035 after a word that does not announce a quantity ("có 2000 người", "hơn 2000 hộ", "mã 2012", "tháng 10 2013" are
 * not years of a figure), with nothing but a verb of the figure ("đạt", "là", "chỉ", "tăng" …) and a qualifier between.
 */
function bareYearBefore(text: string, from: number, figureStart: number): number | null {
  const m = BARE_YEAR_BEFORE.exec(text.slice(Math.max(from, figureStart - BARE_YEAR_REACH), figureStart));
  if (m === null) return null;
  const y = Number(m[1]);
  return y >= 1980 && y <= 2035 ? y : null;
}
const BARE_YEAR_REACH = 48;
// The year's digits first (a literal each position fails on at once), the words before it read behind them.
const BARE_YEAR_BEFORE =
  /((?:19|20)\d\d)(?<=[\p{L}\p{M}][ \t\u00a0]+\d{4})(?<!(?<![\p{L}\p{M}])(?:năm|tháng|quý|ngày|số|mã|có|gần|hơn|khoảng|trên|dưới|với|tới|đến|lên|xuống|còn|đạt|là|được|mất|thêm|từ|và|hoặc|sinh|SN|model|bản|Windows|Office|top|Top|thứ|hạng|lần|đợt|trong|tổng)[ \t\u00a0]+\d{4})[ \t\u00a0]+(?:(?:thì|chỉ|đã|sẽ|ước|ước tính|dự kiến|đạt|là|tăng|giảm|ở mức|vào khoảng|lên|xuống|còn)[ \t\u00a0]+){0,2}(?:(?:gần|hơn|khoảng|trên|dưới|xấp xỉ)[ \t\u00a0]+)?$/u;

/** A ";" in text[from, to) (readPeriod: within a figure's window after it, a short reach). */
function holdsSemicolon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x3b) return true;
  return false;
}

/**
 * Engine 67: the year of a plan, an estimate or a target that a share is measured against — "Thu ngân sách 9 tháng đạt
 * 80% dự toán năm 2013, tăng 5% so với cùng kỳ", "hoàn thành 75% kế hoạch năm 2013 và tăng 12%" — is the share's base,
 * not the period of the figures after it: they keep the period the sentence gave before ("9 tháng"), or none. Only a
 * plan's year right after "N% (của) dự toán / kế hoạch / chỉ tiêu / mục tiêu"; the share itself, whose period comes
 * after it, and a plan's own figure ("Kế hoạch năm 2013 là 500 tỷ đồng") are read as before.
 */
function planOfShare(text: string, from: number, m: Mention): boolean {
  return PLAN_OF_SHARE_BEFORE.test(text.slice(Math.max(from, m.start - 48), m.start));
}
const PLAN_OF_SHARE_BEFORE =
  /\d[ \t\u00a0]*%[ \t\u00a0]+(?:(?:của|so với)[ \t\u00a0]+)?(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?:[ \t\u00a0]+(?:cả|đề ra|được giao|Quốc hội giao|giao))?[ \t\u00a0]+$/u;

/**
 * Engine 62: a period inside an aside set off by spaced dashes that closes before the figure — "Ấn Độ - nền kinh tế
 * lớn thứ 5 thế giới trong năm 2019 - nay đã tụt xuống vị trí thứ 6" — dates only the aside, as one in brackets does.
 * The aside opens in lower case after a name or a word (not a number: "2017 - 2020", "1 - 0" are ranges and scores),
 * within a short reach before the period, and its closing dash, not followed by a number, stands between the period
 * and the figure.
 */
function inDashAside(text: string, sentenceStart: number, m: Mention, figureStart: number): boolean {
  if (m.end > figureStart) return false;
  // The aside closes near the period: only that reach is read (a period opening a long sentence is tested for each
  // of its figures, and a slice to each of them would grow with the sentence).
  const after = text.slice(m.end, Math.min(figureStart, m.end + DASH_CLOSE_REACH));
  // Most periods have no dash after them: one scan for the three dashes before any regex.
  if (!after.includes('-') && !after.includes('–') && !after.includes('—')) return false;
  const close = DASH_CLOSE.exec(after);
  if (close === null) return false;
  const lead = text.slice(Math.max(sentenceStart, m.start - DASH_ASIDE_REACH), m.start);
  const open = DASH_OPEN.exec(lead);
  return open !== null && !/^[ \t\u00a0]*\d/u.test(text.slice(m.end + close.index + close[0].length, m.end + close.index + close[0].length + 3));
}
/** How far before the period its aside may open, and after it close. */
const DASH_ASIDE_REACH = 80;
const DASH_CLOSE_REACH = 80;
/** The opening dash: after a letter, spaced, then a lower-case word, and no other dash up to the period. */
const DASH_OPEN = /[\p{L}\p{M}][ \t\u00a0]+[-–—][ \t\u00a0]+\p{Ll}[^-–—()\d]*?(?:\d[^-–—()]*)?$/u;
/** The closing dash: spaced, after a letter or a digit, with no bracket or stop before it. */
const DASH_CLOSE = /^(?:[^-–—().;!?]*?[\p{L}\p{M}\d])?[ \t\u00a0]+[-–—][ \t\u00a0]+/u;

/** "cuối quý" opening a period wording. */
const QUARTER_END = /^cuối\s+(?=quý)/iu;
/**
 * "Cuối quý 3, dư nợ …", "Dư nợ cuối quý 3 đạt …", "dư nợ đến cuối quý II/2013 là …": the quarter's last day, a figure
 * as of then; but "tăng mạnh vào cuối quý 3, với 8.000 người", "Doanh thu cuối quý 3 đạt …" tell of a change or a flow
 * in the quarter's last weeks, so with such a word before "cuối quý" in its clause, and the figure after, the quarter
 * is kept (session 47). "đến / tới / hết cuối quý" is always the day, and so is a level the move ends at ("giảm mạnh vào
 * cuối quý 2, về 35 triệu đồng").
 */
function quarterEndAsOf(text: string, sentenceStart: number, at: number, figureStart: number): boolean {
  if (at < sentenceStart || at > figureStart) return true;
  const window = text.slice(Math.max(sentenceStart, at - QUARTER_END_REACH), at);
  return AS_OF_QUARTER_END.test(window) || !FLOW_BEFORE_QUARTER_END.test(window) || LEVEL_BEFORE_FIGURE.test(text.slice(Math.max(at, figureStart - 12), figureStart));
}
/** "về / xuống / lên / còn / (ở) mức" right before the figure: the level reached. */
const LEVEL_BEFORE_FIGURE = /(?<![\p{L}\p{M}])(?:về|xuống|lên|còn|mức)[ \t\u00a0]+$/iu;
const QUARTER_END_REACH = 32;
const AS_OF_QUARTER_END = /(?<![\p{L}\p{M}])(?:đến|tới|hết)[ \t\u00a0]+$/iu;
/** A change or a flow ("tăng", "giảm", "doanh thu", "lãi" but not "lãi suất", …) in the clause before "cuối quý". */
const FLOW_BEFORE_QUARTER_END = /(?<![\p{L}\p{M}])(?:tăng|giảm|doanh thu|doanh số|lợi nhuận|lãi(?![ \t\u00a0]+suất)|lỗ|bán|xuất khẩu|nhập khẩu|sản lượng|mất)(?![\p{L}\p{M}])[^,;:.!?()]*$/iu;

/**
 * "giảm từ mức 7,3% của tháng 8 xuống 7,2%", "tăng từ 80 tỷ đồng năm 2011 lên …": a period right after the start of
 * a move dates that start, not its end; the figure after "xuống / lên" keeps the period before the move, if any.
 */
function moveStartPeriod(text: string, sentenceStart: number, m: Mention, figureStart: number): boolean {
  return MOVE_END_BETWEEN.test(text.slice(m.end, figureStart)) && MOVE_START_THEN_PERIOD.test(text.slice(Math.max(sentenceStart, m.start - 48), m.start));
}
/** Only "xuống (còn|mức)", "lên (mức|thành)" between the period and the figure. */
const MOVE_END_BETWEEN = /^[ \t\u00a0]*(?:xuống|lên)(?:[ \t\u00a0]+(?:còn|mức|thành))?[ \t\u00a0]*$/u;
/** "từ (mức) 7,3%( của| trong| vào)? " or "từ 80 tỷ đồng (năm) " right before the period: the start of a move. */
const MOVE_START_THEN_PERIOD = /(?<![\p{L}\p{M}])từ[ \t\u00a0]+(?:mức[ \t\u00a0]+)?\d[\d.,]*(?:[ \t\u00a0]*%|(?:[ \t\u00a0]+[\p{Ll}\p{M}/]+){1,3}?)?[ \t\u00a0]+(?:(?:của|trong|vào|hồi)[ \t\u00a0]+)?$/u;

/** "khởi công (từ) ", "thành lập năm ": the start of a work or a body, right before its time. */
const STARTED_BEFORE = /(?<![\p{L}\p{M}])(?:khởi công|động thổ|thành lập|ra đời|đi vào hoạt động|triển khai|bắt đầu)(?:[ \t]+(?:từ|vào|hồi))?[ \t]+$/iu;

/**
 * A period that ended before a figure given as of now: "Được khởi công từ tháng 8/2014, đến nay khối lượng thi
 * công đạt hơn 95%" (the month a work started), or a clause set against now between them (BUT_NOW_BETWEEN).
 */
function periodEndedBeforeNow(text: string, sentenceStart: number, m: Mention, figureStart: number): boolean {
  if (figureStart - m.end <= SHORT_BETWEEN) {
    return (STARTED_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 28), m.start)) && asOfNow(text.slice(m.end, figureStart))) || BUT_NOW_BETWEEN.test(text.slice(m.end, figureStart));
  }
  // The sentence's opening period and a figure far after it (each figure of a long sentence asks with the same period):
  // the same answers, read once from the period on.
  return (STARTED_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 28), m.start)) && AS_OF_NOW_AFTER.test(text, m.end, figureStart)) || BUT_NOW_AFTER.test(text, m.end, figureStart);
}
/** A period this close before a figure is read directly (the periods in a figure's window). */
const SHORT_BETWEEN = 256;

/**
 * A test of text[from, to) asked for one `from` and a growing `to` (each figure of a long sentence, with the same
 * opening period): `begin` starts over when the text, `from` or a shorter `to` says it is another question.
 */
abstract class GrowingSliceTest {
  protected text = '';
  protected from = -1;
  /** How far text[from, …) has been read. */
  protected to = -1;
  protected found = false;

  /** Starts over when asked of another text or start, or of a shorter slice; true when a match is already settled. */
  protected begin(text: string, from: number, to: number): boolean {
    if (this.text !== text || this.from !== from || to < this.to) {
      this.text = text;
      this.from = from;
      this.to = from;
      this.found = false;
      this.restart();
    }
    this.text = text; // an equal text of another extraction: compared once, not at every call (see spanHas)
    return this.found;
  }

  protected restart(): void {}
}

/**
 * BUT_NOW_BETWEEN.test(text.slice(from, to)) for one `from` and a growing `to`, reading each character once (issue 11).
 * A match opens on its only "," or ";": a mark followed by another before `to` is settled for good, reading nothing
 * past that next mark; only the last mark before `to` is tried again, anchored at it.
 */
export class ButNowAfter extends GrowingSliceTest {
  /** The last "," or ";" in [from, to), or -1. */
  private last = -1;

  protected override restart(): void {
    this.last = -1;
  }

  test(text: string, from: number, to: number): boolean {
    if (this.begin(text, from, to)) return true;
    for (let i = this.to; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x2c && c !== 0x3b) continue;
      if (this.last >= 0 && ButNowAfter.matchAt(text, this.last, i + 1)) {
        this.found = true;
        this.to = i + 1;
        return true;
      }
      this.last = i;
    }
    this.to = to;
    return this.last >= 0 && ButNowAfter.matchAt(text, this.last, to);
  }

  private static matchAt(text: string, at: number, end: number): boolean {
    BUT_NOW_AT.lastIndex = 0;
    return BUT_NOW_AT.test(text.slice(at, end));
  }
}
const BUT_NOW_AFTER = new ButNowAfter();

/**
 * asOfNow(text.slice(from, to)) — AS_OF_NOW on the slice — for one `from` and a growing `to`, reading each character
 * about once (issue 11). A match is at most 8 characters: one that ends two or more before `to` holds for every longer
 * slice (its look-behinds and look-ahead read inside the slice the same), so each search starts 16 characters before
 * the last slice's end.
 */
export class AsOfNowAfter extends GrowingSliceTest {
  test(text: string, from: number, to: number): boolean {
    if (this.begin(text, from, to)) return true;
    const re = AS_OF_NOW_ALL;
    re.lastIndex = Math.max(0, this.to - from - AS_OF_NOW_LONGEST * 2);
    const m = re.exec(text.slice(from, to));
    this.to = to;
    if (m === null) return false;
    if (from + m.index + m[0].length <= to - 2) this.found = true;
    return true;
  }
}
/** The longest phrase of AS_OF_NOW ("hiện nay", "hiện tại", "đến nay", "tới nay", "bây giờ"). */
const AS_OF_NOW_LONGEST = 8;
const AS_OF_NOW_AFTER = new AsOfNowAfter();
/**
 * "Nhà ông là hộ nghèo năm 2011-2012, nhưng đến nay mới nhận được một cái chăn …": a clause set against now
 * ("nhưng (đến) nay", "song hiện nay", "mà bây giờ") between a period and a figure: the figure is as of now, not of
 * that period (engine 46).
 */
const BUT_NOW_BETWEEN = /[,;][ \t]*(?:nhưng|song|mà|thế nhưng|vậy mà)[ \t]+(?:(?:cho[ \t]+)?(?:đến|tới)[ \t]+)?(?:nay|hiện nay|bây giờ)(?![\p{L}\p{M}])/iu;
/** BUT_NOW_BETWEEN anchored where it is tried, and AS_OF_NOW searched from a position (ButNowAfter, AsOfNowAfter). */
const BUT_NOW_AT = new RegExp(BUT_NOW_BETWEEN.source, 'iuy');
const AS_OF_NOW_ALL = new RegExp(AS_OF_NOW.source, 'giu');

const YEAR_SPAN = /^(?:(?:giai\s+đoạn|thời\s+kỳ|năm)\s+)?(?:từ\s+(?:năm\s+)?)?(\d{4})\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?(\d{4})$/u;
/** "từ (vị trí) " right before a figure: where a movement starts. */
const MOVE_FROM = /(?<![\p{L}\p{M}])từ[ \t]+(?:(?:vị trí|hạng|mức|thứ)[ \t]+)?$/u;
/** After the start of a move, in its clause: "… tụt xuống", "… tăng lên". */
const MOVE_ON = /^[^,;.:!?\n]{0,40}?(?<![\p{L}\p{M}])(?:xuống|lên)(?![\p{L}\p{M}])/u;
/** "từ (vị trí|mức) N" that is not a year: the start of a move before its end. */
const MOVE_START_BEFORE = /(?<![\p{L}\p{M}])từ[ \t]+(?:(?:vị trí|hạng|mức|thứ)[ \t]+)?(?!(?:19|20)\d\d(?!\d))\d/u;
/** "tụt xuống (vị trí) ", "lên (mức) ": where it ends. */
const MOVE_TO = /(?<![\p{L}\p{M}])(?:xuống|lên)(?:[ \t]+còn)?[ \t]+(?:(?:vị trí|hạng|mức|thứ)[ \t]+)?$/u;

/**
 * "giai đoạn từ 2014-2019, chỉ số … từ vị trí 47 tụt xuống vị trí 68": the two ends of a movement over
 * a span of years are the span's first and last year. Null unless the figure is such an end.
 */
function spanEndYear(text: string, found: string, sentenceStart: number, start: number, end: number, to: number): string | null {
  const span = YEAR_SPAN.exec(normalizePhrase(found));
  if (span === null) return null;
  const clauseStart = Math.max(sentenceStart, lastClauseMark(text, Math.max(sentenceStart, start - 120), start) + 1);
  const before = text.slice(clauseStart, start);
  // "từ 20 triệu đồng" alone is a floor, "từ 2014 đến 2019 … đến 500 tỷ" a total: only a move counts.
  if (MOVE_FROM.test(before)) return MOVE_ON.test(text.slice(end, to)) ? `năm ${span[1]}` : null;
  const m = MOVE_TO.exec(before);
  if (m && MOVE_START_BEFORE.test(before.slice(0, m.index))) return `năm ${span[2]}`;
  return null;
}

const YEAR_PAIR = /^năm\s+(\d{4})\s+và\s+(\d{4})$/u;
const RESPECTIVELY = /(?<![\p{L}\p{M}])lần\s+lượt(?![\p{L}\p{M}])/iu;

/**
 * "GDP năm 2020 và 2021 lần lượt đạt 1,6% và 6,7%": each figure after "lần lượt" takes its own year of
 * the pair, the first figure the first year. Null unless the period is such a pair before the figure.
 */
function respectiveYear(text: string, found: string, from: number, start: number): string | null {
  const pair = YEAR_PAIR.exec(found);
  if (pair === null || from >= start) return null;
  const window = text.slice(from, start);
  const at = RESPECTIVELY.exec(window);
  if (at === null) return null;
  // A figure already read since "lần lượt" makes this one the second.
  const second = /\d/u.test(window.slice(at.index + at[0].length));
  return `năm ${second ? pair[2] : pair[1]}`;
}

const RECORD_BEFORE = /(?:kể từ|vòng|nhất)\s+$/iu;

/** "(kể) từ đầu năm …", "tính tới thời điểm này trong năm": January up to the publication. */
const SINCE_NEW_YEAR = /^(?:(?:kể\s+)?từ\s+đầu\s+năm|tính\s+(?:tới|đến)\s+(?:thời\s+điểm\s+này|nay)\s+trong\s+năm)/u;

/**
 * "(kể) từ đầu năm (nay) (đến nay)": January to the month of publication, as the months "đầu năm"
 * the analysis reads ("10 tháng đầu năm 2013" for an article of October 2013). Null without a date
 * line, or for the start of another year ("từ đầu năm 2012 đến nay").
 */
function sinceNewYear(found: string, day: string | null): string | null {
  if (day === null) return null;
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const named = /\d{4}/u.exec(found);
  if (named !== null && Number(named[0]) !== y) return null;
  return `${m} tháng đầu năm ${y}`;
}

/** Only a linking word between a figure and the period right after it. */
// (And the bare months a report covers, "…, 9 tháng đạt 436 tỷ đồng": they open the next clause alike; engine 51.)
const CUMULATIVE = /^(?:(?:lũy|luỹ)\s+kế|(?:\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười|mười\s+một)\s+tháng$)/u;
// "… lên 274 nghìn tỷ đồng cả năm 2019", "… và 8 chiếc nữa vào năm 2015" (session 46): "cả" before the
// period and "nữa" after the figure link them as closely, but only with no comma between: "lãi 80 tỷ đồng, cả năm
// 2013 dự kiến lãi 300 tỷ đồng" opens another clause (session 47).
const RIGHT_AFTER = /^(?:[\s,]*(?:trong|vào|của|cho|tính\s+trong)?|\s*(?:nữa\s+)?(?:(?:trong|vào|của|cho|tính\s+trong)(?:\s+cả)?|cả)?)\s*$/u;

/** "tính đến 30/9", "tại thời điểm 30/9/2013", "thời điểm hết 30/9" as periodPhrase reads them (engine 66). */
const AS_OF_BARE_DAY = /^(?:tính (?:đến|tới)|(?:tại )?thời điểm) (?:hết )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/u;

/** Counts of months in words: "tám tháng qua" ("năm tháng" is five months here, not a year). */
const MONTH_COUNTS: Readonly<Record<string, number>> = { hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mười một': 11 };
const ROMAN_QUARTER = ['', 'I', 'II', 'III', 'IV'];

/**
 * A period mention as the wording the analysis reads, its year supplied from the article when the
 * text leaves it out: "8 tháng qua" → "8 tháng đầu năm 2020", "tính đến hết tháng 9/2013" → "9 tháng
 * đầu năm 2013" (an accumulated figure), "tháng 9" → "tháng 9/2020", "quý 3" → "quý III/2013",
 * "năm nay" → "năm 2020"; "ngày 1/8/2013" → "2013-08-01".
 */
export function periodPhrase(found: string, year: number | null): string {
  const phrase = normalizePhrase(found)
    .replace(/(quý|học kỳ)\s+([ivx]+)(?![\p{L}\p{M}\d])/u, (_m, w: string, r: string) => `${w} ${r.toUpperCase()}`)
    .replace(/\s*[-–—]\s*(?=\d)/g, '–');
  // Engine 66: "Tính đến 30/9, …", "Tại thời điểm 30/9/2013, …": a stock as of a day written without "ngày" is
  // the figure as of that day, as "tính đến ngày 30/9" is (the guide's "tính đến 28/2"); the year the text's.
  const asOf = AS_OF_BARE_DAY.exec(phrase);
  if (asOf) {
    const y = asOf[3] !== undefined ? Number(asOf[3]) : year;
    const [d, mo] = [Number(asOf[1]), Number(asOf[2])];
    if (y === null || mo < 1 || mo > 12 || d < 1 || d > 31) return phrase;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  // "Cuối quý 3, công ty nắm giữ …", "dư nợ đến cuối quý II/2013": the figure as of the quarter's last day
  // (session 46); without a year, the quarter as before.
  let m = /^cuối quý ([ivx]+|\d)(?:(?: ?[/–] ?| năm )(\d{4})| năm (nay|ngoái|trước))?$/iu.exec(phrase);
  if (m) {
    const q = /^\d$/u.test(m[1] ?? '') ? Number(m[1]) : ROMAN_QUARTER.indexOf((m[1] ?? '').toUpperCase());
    const y = m[2] !== undefined ? Number(m[2]) : year === null ? null : m[3] === undefined || m[3] === 'nay' ? year : year - 1;
    if (q < 1 || q > 4 || y === null) return periodPhrase(phrase.slice('cuối '.length), year);
    return `${y}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? 31 : 30}`;
  }
  m = /^(?:tính )?đến hết tháng (\d{1,2})(?: ?\/ ?(\d{4}))?$/u.exec(phrase);
  if (m) {
    const y = m[2] !== undefined ? Number(m[2]) : year;
    return y === null ? `${Number(m[1])} tháng đầu năm` : `${Number(m[1])} tháng đầu năm ${y}`;
  }
  m = /^(?:(?:trong|sau|lũy kế|luỹ kế) )?(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười) tháng(?: (?:qua|năm nay|đầu năm nay|đầu năm))?$/u.exec(phrase);
  if (m) {
    const n = /^\d/u.test(m[1] ?? '') ? Number(m[1]) : (MONTH_COUNTS[m[1] ?? ''] ?? 0);
    if (n < 1 || n > 12) return phrase;
    return year === null ? `${n} tháng đầu năm` : `${n} tháng đầu năm ${year}`;
  }
  // "nửa đầu năm (nay|2013)": the first six months. (The analysis reads no "6 tháng cuối năm": the second
  // half is left unread.)
  m = /^nửa đầu năm(?: (nay|\d{4}))?$/u.exec(phrase);
  if (m) {
    const y = m[1] !== undefined && m[1] !== 'nay' ? Number(m[1]) : year;
    return y === null ? '6 tháng đầu năm' : `6 tháng đầu năm ${y}`;
  }
  // "tháng Tám", "tháng Mười Một": a month named by its word reads as its number (a lunar "tháng Giêng",
  // "tháng Chạp" is no calendar month).
  m = /^tháng (tư|sáu|bảy|tám|chín|mười một|mười hai|mười)$/u.exec(phrase.toLowerCase());
  if (m) {
    const n = MONTH_WORDS[m[1] ?? ''] ?? 0;
    return year === null ? `tháng ${n}` : `tháng ${n}/${year}`;
  }
  if (year === null) return isoDay(phrase);
  // "quý 3 năm nay", "tháng 9 năm ngoái": the quarter or month of the year named.
  m = /^(quý ([ivxIVX]+|\d)|tháng (\d{1,2})) năm (nay|ngoái|trước)$/u.exec(phrase);
  if (m) {
    const y = m[4] === 'nay' ? year : year - 1;
    if (m[3] !== undefined) return `tháng ${Number(m[3])}/${y}`;
    const q = /^\d$/u.test(m[2] ?? '') ? Number(m[2]) : ROMAN_QUARTER.indexOf((m[2] ?? '').toUpperCase());
    return q >= 1 && q <= 4 ? `quý ${ROMAN_QUARTER[q]}/${y}` : phrase;
  }
  m = /^quý ([ivxIVX]+|\d)$/u.exec(phrase);
  if (m) {
    const q = /^\d$/u.test(m[1] ?? '') ? Number(m[1]) : ROMAN_QUARTER.indexOf((m[1] ?? '').toUpperCase());
    return q >= 1 && q <= 4 ? `quý ${ROMAN_QUARTER[q]}/${year}` : phrase;
  }
  m = /^tháng (\d{1,2})$/u.exec(phrase);
  if (m) return `tháng ${Number(m[1])}/${year}`;
  if (phrase === 'năm nay') return `năm ${year}`;
  // "đầu năm nay", "từ giờ đến cuối năm": a part of the year of publication.
  m = /^(?:từ (?:giờ|nay) )?(?:(đến|tới) )?(đầu|cuối|giữa) năm(?: nay)?$/u.exec(phrase);
  if (m) return `${m[1] === undefined ? '' : 'đến '}${m[2]} năm ${year}`;
  if (phrase === 'năm ngoái' || phrase === 'năm trước') return `năm ${year - 1}`;
  return isoDay(phrase);
}

/**
 * A month named by its word is one only as "tháng Tám" — "tháng" in lower case, the month's word
 * capitalised — and not in a name ("Cách mạng tháng Mười", "đường Cách Mạng Tháng Tám", "Công viên
 * Tháng Tư") nor a count ("mỗi tháng sáu buổi").
 */
function monthNamesChecked(text: string, folded: string, periods: MentionIndex): MentionIndex {
  const all = periods.all();
  const kept = all.filter((m) => !MONTH_WORD_MENTION.test(m.text) || monthNamed(text, folded, m));
  return kept.length === all.length ? periods : new MentionIndex(kept);
}

/**
 * "tháng Tám", "Tháng Tám, …" opening a sentence, "Doanh thu Tháng Tám", "THÁNG TÁM" in a headline: the
 * month's word capitalised. Not after "cách mạng", nor a capitalised "Tháng" inside a name of
 * capitalised words ("đường Cách Mạng Tháng Tám").
 */
function monthNamed(text: string, folded: string, m: Mention): boolean {
  if (!isUpper(text[m.start + m.text.search(MONTH_WORD_START)])) return false;
  if (REVOLUTION_BEFORE.test(folded.slice(Math.max(0, m.start - 12), m.start))) return false;
  if (text.startsWith('tháng', m.start) || text.startsWith('THÁNG', m.start)) return true;
  // "Tháng" capitalised: a sentence's first word, or after a word that introduces a time ("Doanh thu Tháng
  // Tám", "trong Tháng Tám") — after a place noun it names a place ("Công viên Tháng Tư", "phố Tháng Tám").
  const before = /(\S+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
  return before === null || /[.!?:;\n]$/u.test(before[1] ?? '') || TIME_WORDS_BEFORE_MONTH.has((before[1] ?? '').toLowerCase());
}

const TIME_WORDS_BEFORE_MONTH: ReadonlySet<string> = new Set(['trong', 'vào', 'của', 'từ', 'đến', 'tới', 'hồi', 'cuối', 'đầu', 'giữa', 'thu', 'sang', 'qua', 'nay', 'là']);

const MONTH_WORD_MENTION = /^tháng\s+[^\d\s]/u;
const MONTH_WORD_START = /(?<=^tháng\s+)\S/u;
const REVOLUTION_BEFORE = /cách mạng[ \t\u00a0]+$/u;


/**
 * A figure with no period of its own, dated by the publication day: "hôm qua" in its sentence is the
 * day before, "hôm nay"/"sáng nay" the day itself, and in a report of the day (`liveDay`) every
 * undated figure is the day's.
 */
function dayOfReport(doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  if (doc.publishedDay === null) return null;
  const days = reportDaysOf(doc, sentence);
  let relative: Mention | null = null;
  if (days.ordered) {
    // The last day before the figure, else the first after it: what the walk below gives, found by halves.
    let lo = 0;
    let hi = days.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((days.items[mid] as Mention).start < expr.start) lo = mid + 1;
      else hi = mid;
    }
    relative = days.items[Math.max(0, lo - 1)] ?? null;
  } else {
    for (const m of days.items) if (m.start < expr.start || relative === null) relative = m;
  }
  if (relative === null) {
    if (doc.liveDay && inTheSession(doc.folded, sentence, expr)) return doc.publishedDay;
    return doc.matchDay !== null && inTheMatch(doc.folded, sentence, expr) ? doc.matchDay : null;
  }
  return relative?.group === 1 ? dayBefore(doc.publishedDay) : doc.publishedDay;
}
/**
 * The relative days of a sentence that can date its figures (no session word, no base of a comparison), read once per
 * sentence: dayOfReport is asked for each figure (a sentence of many figures and days was quadratic; issue 11).
 */
function reportDaysOf(doc: DocumentContext, sentence: Span): { items: Mention[]; ordered: boolean } {
  const memo = reportDaysMemo;
  if (memo.doc === doc && memo.start === sentence.start && memo.end === sentence.end) return memo.days;
  const items: Mention[] = [];
  for (const m of doc.relativeDays.within(sentence.start, sentence.end)) {
    if (m.group === RELATIVE_SESSION) continue;
    // "tăng 150.000 đồng so với cuối giờ chiều qua": the base of a comparison, not the figure's day.
    if (COMPARISON_BEFORE.test(doc.folded.slice(Math.max(sentence.start, m.start - 24), m.start))) continue;
    items.push(m);
  }
  let ordered = true;
  for (let i = 1; i < items.length && ordered; i++) ordered = (items[i - 1] as Mention).start <= (items[i] as Mention).start;
  const days = { items, ordered };
  reportDaysMemo = { doc, start: sentence.start, end: sentence.end, days };
  return days;
}
let reportDaysMemo: { doc: DocumentContext | null; start: number; end: number; days: { items: Mention[]; ordered: boolean } } = {
  doc: null,
  start: -1,
  end: -1,
  days: { items: [], ordered: true },
};


const COMPARISON_BEFORE = /(?:so với|hơn|từ)(?:\s+(?:phiên|cuối|đầu|giờ|mức|cùng|lúc))*\s*$/u;

/** "ngày 1/8/2013" as the ISO day the analysis reads ("2013-08-01"), other wordings unchanged. */
function isoDay(period: string): string {
  const m = /^ngày (\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(period);
  if (!m) return period;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return period;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A comparison base right before a period mention: "so với cùng kỳ năm 2012", "so với ước thực hiện năm
 * 2012" (the estimated outcome of the base year, engine 31), "hơn mức cuối năm 2020".
 */
const BASE_BEFORE = /(?:so với|so|cùng kỳ|hơn|bằng(?:\s+cả)?|gấp(?:\s+(?:đôi|rưỡi|(?:\d+(?:[.,]\d+)?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+lần))?)\s+(?:(?:cùng\s+kỳ|thời\s+điểm|(?:mức\s+)?(?:trung\s+bình|bình\s+quân)(?:\s+(?:cả|của))?|mức|cuối|đầu|(?:ước\s+)?thực\s+hiện|số\s+ước|kết\s+quả)\s+)?$/iu;

/** The last position of the char code `code` in [from, to), else from - 1. */
function lastIndexBefore(text: string, code: number, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && text.charCodeAt(i) !== code) i--;
  return i;
}

/**
 * "trong 4 năm (2009 - 2012), hỗ trợ … 500.000 hộ": the years in brackets after a number of years spell out
 * the window, which dates the figures after it (not an aside dating only itself; engine 31).
 */
const WINDOW_YEARS_BEFORE = /(?<![\p{L}\p{M}])năm[ \t\u00a0]*\([ \t\u00a0]*$/u;
/**
 * A window word before the bracket's number of years ("trong 4 năm (", "giai đoạn 5 năm ("). With a period
 * named earlier in the sentence, a bracket without one is the plan a figure is measured against: "Trong 3 năm
 * (2011-2013), thu ngân sách đạt 52% kế hoạch 5 năm (2011-2015), tăng 10%" (re-review of engine 31).
 */
const WINDOW_WORD_YEARS_BEFORE =
  /(?<![\p{L}\p{M}])(?:trong|giai đoạn|về|qua|sau)(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ))*[ \t\u00a0]+[\p{L}\p{M}\d]+[ \t\u00a0]+năm[ \t\u00a0]*\([ \t\u00a0]*$/iu;
/**
 * A closer number of years between the bracket and the figure ("… giai đoạn 5 năm (2011-2015), ông Dũng cho
 * biết, 3 năm qua tổng thu … đạt 52%"): the bracketed plan is then not the figure's window (review of engine 31).
 */
const YEARS_WINDOW = /(?<![\p{L}\p{M}\d])(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t\u00a0]+năm(?![\p{L}\p{M}])/iu;

/**
 * The years in the bracket at `m` spell out the window of the figures after it ("trong 4 năm (2009 - 2012), hỗ
 * trợ …"), so the aside dates more than itself: a number of years opens the bracket, no closer number of
 * years stands before the figure, and a window word precedes it or no period was named earlier in the sentence.
 */
function windowInBracket(text: string, periods: MentionIndex, sentenceStart: number, from: number, m: Mention, figureStart: number): boolean {
  if (!WINDOW_YEARS_BEFORE.test(text.slice(Math.max(from, m.start - 12), m.start))) return false;
  if (YEARS_WINDOW.test(text.slice(m.end, figureStart))) return false;
  return WINDOW_WORD_YEARS_BEFORE.test(text.slice(Math.max(from, m.start - 32), m.start)) || !periodEarlier(periods, sentenceStart, m.start);
}

/** A period mention ends before `start` in the sentence opened at `sentenceStart` (looked for only for a bracket). */
function periodEarlier(periods: MentionIndex, sentenceStart: number, start: number): boolean {
  const first = periods.firstWithin(sentenceStart, start);
  return first !== undefined && first.end < start;
}

/** The mention at `start` sits in parentheses opened at or after `from` (the caller knows they close after it). */
function closedAside(text: string, from: number, start: number): boolean {
  // The scan stays inside [from, start]: not to the text's start once per mention and figure.
  for (let i = start; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29) return false;
    if (c === 0x28) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Modality

const CUE_TARGET = 1;
const CUE_FORECAST = 2;
const CUE_EMPHASIS = 3;
const CUE_TARGET_IN_CLAUSE = 4;

/**
 * Modality and emphasis cues in one regex, one group per family: (1) targets that hold for the
 * rest of their sentence ("phấn đấu …; …; …"), (2) forecasts and estimates, (3) emphasis that
 * makes a figure worth checking, (4) target markers that hold only in their own clause
 * ("đến năm 2030" also names programmes: "Chương trình … đến năm 2025, …"), a directive among them: "yêu cầu /
 * đề nghị / chỉ đạo" someone ("Thủ tướng yêu cầu Hà Nội giải ngân 95% vốn", "đề nghị các ngân hàng giảm 2% lãi suất").
 */
const CUE_RE = new RegExp(
  [
    String.raw`(phấn đấu|đặt mục tiêu|mục tiêu(?!\s+(?:đã|được|hoàn thành))|chỉ tiêu (?:đến|là|đặt ra là|đề ra là|năm)|đề ra chỉ tiêu|giao chỉ tiêu|quyết tâm|kế hoạch đặt ra|phải đạt|cần đạt|yêu cầu đạt)`,
    String.raw`(dự kiến|dự báo|dự đoán|ước tính|ước đạt|ước khoảng|ước|kỳ vọng|có thể đạt|có thể lên|có khả năng|triển vọng|sẽ đạt|sẽ tăng|sẽ giảm|sẽ có|sẽ lên|nhận định|tiên liệu)`,
    String.raw`(cao nhất|thấp nhất|dẫn đầu|đứng đầu|kỷ lục|đầu tiên|duy nhất|lớn nhất|nhỏ nhất|gấp|vượt|toàn quốc)`,
    String.raw`((?:đến|tới|trước|vào)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}(?!\d)|hướng tới|hướng đến|định hướng|tầm nhìn|(?:yêu cầu|đề nghị|chỉ đạo)(?=[ \t]+[^\s,.;:]))`,
  ].join('|'),
  'gu',
);
/** A directive cue (see CUE_RE's fourth family). */
const DIRECTIVE = /^(?:yêu cầu|đề nghị|chỉ đạo)$/u;
/** Whom a directive addresses, right after it: a name ("Hà Nội", "UBND tỉnh") or a body or group ("các ngân hàng"). */
const DIRECTED_AFTER = /^[ \t]+(?:(?:các|những|toàn bộ|tất cả)[ \t]+)?(?:\p{Lu}|(?:bộ|ngành|địa phương|tỉnh|thành phố|huyện|quận|xã|phường|doanh nghiệp|ngân hàng|đơn vị|cơ quan|sở|nhà mạng|nhà trường|trường|chủ đầu tư|nhà thầu)(?![\p{L}\p{M}]))/u;
/**
 * A directive cue that makes the figure a target: addressed to someone (DIRECTED_AFTER), a verb rather than a noun
 * ("thực hiện chỉ đạo", "theo yêu cầu"), and nothing between it and the figure that reports what is or was
 * ("… điều tra vụ cháy làm 56 người chết", "… lưu ý lạm phát đã tăng 3,5%": facts inside the directive; review s77).
 */
function directs(text: string, from: number, c: Mention, expr: Expression): boolean {
  if (!DIRECTED_AFTER.test(text.slice(c.end, Math.min(expr.numberStart, c.end + 40)))) return false;
  if (DIRECTIVE_AS_NOUN.test(text.slice(Math.max(from, c.start - 12), c.start))) return false;
  return !REPORTED_BETWEEN.test(text.slice(c.end, expr.numberStart));
}
const DIRECTIVE_AS_NOUN = /(?<![\p{L}\p{M}])(?:thực hiện|theo|trước|của|sự|có|nhận|với|những|các)[ \t]+$/iu;
/** Words between a directive and its figure that report what is or was, not what is asked. */
const REPORTED_BETWEEN = /(?<![\p{L}\p{M}])(?:đã|vừa|đang|từng|làm|khiến|gây|xảy ra|bị)(?![\p{L}\p{M}])/iu;
/**
 * "14 mục tiêu": a number before the cue makes it a counted noun, not a cue — a cue that is a noun only. A verb's cue
 * after a number is no count: "S&P 500 sẽ tăng vượt mốc 1.800 điểm", "tới đầu tháng 11 sẽ có gần 100 chuyên gia",
 * "GDP năm 2020 ước tính đạt 340,6 tỷ USD" (engine 76; they were read as facts).
 */
const NOUN_CUE = /^(?:mục tiêu|chỉ tiêu|dự báo|dự đoán|nhận định|triển vọng|kỳ vọng|ước|quyết tâm)$/u;
const NUMBER_BEFORE_CUE = /(?:\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những|nhiều)\s+$/iu;
const TREATY_BEFORE_UOC = /(?:hiệp|quy|công|mong|điều|cam|giao|thề|khế)\s+$/iu;
/** "Đến hết năm 2030, …" opening the sentence (or after a cue) frames every figure after it. */
const FRAMING_BEFORE = /(?:^|[,;:]\s*|(?:phấn đấu|mục tiêu|và)\s+)$/iu;

function readModality(text: string, from: number, to: number, expr: Expression, cues: readonly Mention[], publishedYear: number | null): Modality {
  let best: { at: number; modality: Modality } | null = null;
  let framing = false;
  let clauseTarget = false;
  const clauseStart = lastClauseMark(text, from, expr.numberStart) + 1;
  for (const c of cues) {
    if (c.end > expr.numberStart) break;
    const before = text.slice(Math.max(from, c.start - 10), c.start);
    if (c.group === CUE_TARGET || c.group === CUE_FORECAST) {
      if (NOUN_CUE.test(c.text) && NUMBER_BEFORE_CUE.test(before)) continue;
      if (c.text.toLowerCase() === 'ước' && TREATY_BEFORE_UOC.test(before)) continue;
      best = { at: c.start, modality: c.group === CUE_TARGET ? 'target' : 'forecast' };
    } else if (c.group === CUE_TARGET_IN_CLAUSE) {
      // (The cues are read on the folded text: whom a directive addresses is read on the text, where a name has its capital.)
      if (DIRECTIVE.test(c.text) && !directs(text, from, c, expr)) continue;
      const year = /\d{4}/.exec(c.text);
      const sentenceFraming = year !== null && FRAMING_BEFORE.test(text.slice(Math.max(from, c.start - 12), c.start));
      if (sentenceFraming && (publishedYear === null || Number(year[0]) >= publishedYear)) framing = true;
      if (c.start >= clauseStart) clauseTarget = true;
    }
  }
  if (best !== null) return (best as { modality: Modality }).modality;
  if (framing || clauseTarget) return 'target';
  return forecastAfterSubject(text, clauseStart, to, expr) ? 'forecast' : 'fact';
}

/**
 * What may stand in a clause before the figure that is its subject: nothing, or a word that only
 * qualifies the count ("Có khoảng 2.000 hộ …", "Tổng cộng 500 người …"); the figure's own qualifier is
 * part of the expression.
 */
const SUBJECT_LEAD = /^[\s"“‘(]*(?:(?:có|tổng cộng|thêm|cả|chỉ|mới)[ \t\u00a0]+)?$/iu;
/**
 * A forecast word after the figure, a few words on, in the same clause: "khoảng 320.000 lượt khách quốc
 * tế dự kiến đến", "khoảng 2.000 hộ sẽ được hỗ trợ", "1.500 vận động viên có thể tham dự" — not one of an
 * estimate of the past ("500 người có thể đã thiệt mạng").
 */
const FORECAST_AFTER = /^((?:[ \t\u00a0]+[\p{L}\p{M}]+){0,5}?)[ \t\u00a0]+(?:dự kiến|dự báo|sẽ|kỳ vọng|có thể|có khả năng)(?![\p{L}\p{M}])(?![ \t\u00a0]+đã(?![\p{L}\p{M}]))/iu;
/**
 * Words between the figure and a forecast word that make the figure something else than its subject: a
 * report already made ("đã", "vừa"), a comparison with a forecast ("cao hơn dự kiến", "so với dự kiến",
 * "vượt dự báo", "như dự kiến"), a link ("là"), another clause ("và", "nhưng", "khi"), or a state the
 * counted group is already in ("3 nạn nhân bị bỏng nặng sẽ được chuyển", "người còn mắc kẹt"): then the
 * group exists and only what is done to it lies ahead.
 */
const NOT_SUBJECT_AFTER = new Set(['đã', 'đang', 'vừa', 'từng', 'là', 'và', 'hoặc', 'nhưng', 'so', 'với', 'hơn', 'vượt', 'như', 'theo', 'còn', 'bị', 'thì', 'mà', 'khi', 'nên', 'vì', 'do', 'bằng', 'trước', 'sau', 'trong', 'thấp', 'cao', 'ít', 'nhiều', 'không']);

/**
 * The figure opens its clause as the subject ("Khoảng 320.000 lượt khách quốc tế dự kiến đến …") and a
 * forecast word follows it in the clause: what the figure counts is expected, not reported. A forecast
 * word of another clause ("… là 148.000, thấp hơn dự báo") or one the figure is compared with ("đạt
 * 2.000 tỷ đồng, vượt dự kiến") does not make it one.
 */
function forecastAfterSubject(text: string, clauseStart: number, to: number, expr: Expression): boolean {
  if (!SUBJECT_LEAD.test(text.slice(clauseStart, expr.start))) return false;
  const m = FORECAST_AFTER.exec(text.slice(expr.end, to));
  if (m === null) return false;
  const between = (m[1] as string).trim();
  if (/(?:^|[ \t\u00a0])mắc[ \t\u00a0]+kẹt(?![\p{L}\p{M}])/iu.test(between)) return false;
  return between === '' || between.split(/[ \t\u00a0]+/u).every((w) => !NOT_SUBJECT_AFTER.has(w.toLowerCase()));
}

/** The last "," ";" or ":" in [from, to), else from - 1. */
function lastClauseMark(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return i;
  }
  return from - 1;
}

// ---------------------------------------------------------------------------------------------
// Metric

/**
 * A measure of a device part ("màn hình 14 inch", "ổ SSD 512GB", "pin 3.000 mAh") has that part as its metric, the last
 * one named before the figure: "phiên bản nhỏ nhất với màn hình" → "màn hình", "tốc độ 7200 RPM hoặc tùy chọn ổ SSD" →
 * "ổ SSD" (engine 53). Other metrics, and measures with no part named, are left as read.
 */
function partOfDevice(expr: Expression, metric: string | null): string | null {
  if (metric === null || expr.kind !== 'measure' || !DEVICE_UNITS.has((expr.unit ?? '').toLowerCase())) return metric;
  let last: RegExpExecArray | null = null;
  DEVICE_PART.lastIndex = 0;
  for (let m = DEVICE_PART.exec(metric); m !== null; m = DEVICE_PART.exec(metric)) last = m;
  return last === null ? metric : last[0];
}
const DEVICE_UNITS = new Set(['inch', 'gb', 'tb', 'mb', 'mah', 'mp', 'megapixel', 'ghz', 'mhz']);
const DEVICE_PART =
  /(?<![\p{L}\p{M}])(?:màn hình(?: phụ| chính| cảm ứng)?|ổ (?:cứng(?: [A-Z]{3})?|SSD|HDD|lai)|bộ nhớ(?: trong| RAM| ROM| SSD| đệm)?|RAM|ROM|pin|camera(?: trước| sau| chính| phụ)?|cảm biến|chip|vi xử lý|bộ xử lý|xung nhịp|thẻ nhớ)(?![\p{L}\p{M}])/gu;

/**
 * A metric made only of function words, linking and movement verbs names nothing ("tức", "sau", "xuống",
 * "lùi về", "rồi"): no metric, rather than one the analysis would read as a figure's name.
 */
function namesSomething(metric: string | null): string | null {
  if (metric === null || EMPTY_METRIC_PHRASES.has(metric)) return null;
  for (const w of metric.split(' ')) if (!EMPTY_METRIC_WORDS.has(w)) return metric;
  return null;
}

/** Words between a metric and its number: "Tỷ lệ hồ sơ trực tuyến đạt gần 80%". */
const LINK_WORDS = new Set([
  'đạt', 'là', 'chiếm', 'ở mức', 'mức', 'ở', 'lên tới', 'lên đến', 'lên', 'xuống', 'tụt xuống', 'rơi xuống', 'hạ xuống',
  'sụt xuống', 'lùi xuống', 'tới', 'đến', 'còn', 'với', 'có', 'tăng', 'giảm',
  'bằng', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'xấp xỉ', 'ước', 'ước tính', 'ước đạt', 'tối thiểu', 'tối đa', 'vượt',
  'mới', 'chỉ', 'đã', 'sẽ', 'đang', 'được', 'từ', 'thêm', 'chừng', 'cũng', 'đều', 'lần lượt', 'luôn', 'vẫn', 'hiện', 'hiện nay',
  'ít nhất', 'không quá', 'chưa đến', 'trở lên', 'khoảng chừng', 'khoảng', 'gần như', 'tương đương', 'tương ứng',
]);
/** Words opening a clause that are not part of what is measured. */
const LEADING_WORDS = new Set([
  'sau', 'sau khi', 'khi', 'nhờ', 'trước', 'thì', 'và', 'nhưng', 'trong đó', 'theo đó', 'đồng thời', 'kết quả', 'hiện nay', 'hiện', 'đến nay', 'ngoài ra', 'bên cạnh đó',
  'cụ thể', 'riêng', 'còn', 'trong', 'tại', 'ở', 'với', 'về', 'đối với', 'theo', 'qua đó', 'nhờ vậy', 'nhờ đó', 'do đó',
  'vì vậy', 'đặc biệt', 'toàn tỉnh', 'toàn thành phố', 'cả nước', 'các', 'những', 'tính đến nay', 'tính đến', 'đến',
]);
const TIME_WORDS_IN_METRIC = new Set(['năm', 'tháng', 'quý', 'trong', 'đầu', 'cuối', 'giữa', 'học', 'kỳ']);
const OWNER_NOUNS = new Set(['tỉnh', 'thành phố', 'huyện', 'xã', 'địa phương', 'cả nước', 'toàn tỉnh', 'ngành', 'đơn vị', 'doanh nghiệp', 'công ty', 'nước']);
const METRIC_HEADS = new Set(['tỷ lệ', 'tỉ lệ', 'tỷ trọng', 'tỉ trọng', 'chỉ số', 'số lượng', 'tổng số', 'tốc độ', 'giá trị', 'kim ngạch', 'doanh thu', 'lợi nhuận', 'tăng trưởng']);
const TRAILING_PREPOSITIONS = new Set(['của', 'ở', 'tại', 'trên', 'trong', 'với', 'trong vòng', 'trong suốt', 'suốt', 'và']);
/**
 * After "và", the words that keep the figure before in the item ("tăng 15% và đạt 1.200 tỷ đồng"): the linking words but
 * "xuống", which opens another figure's own step ("khoảng 15 độ C và xuống 8 độ C vào ban đêm"; review s79).
 */
const ITEM_GOES_ON = (word: string): boolean => word !== 'xuống' && LINK_WORDS.has(word);
/** Words of a cut phrase without the function words left at its end (one word at least stays). */
function withoutDanglingEnd(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 1 && DANGLING_WORDS.has((words[end - 1] ?? '').toLowerCase())) end--;
  return words.slice(0, end);
}
/** Words a metric never ends on: prepositions and linking words left where a long phrase was cut. */
const DANGLING_WORDS = new Set([...TRAILING_PREPOSITIONS, 'bằng', 'từ', 'cho', 'đến', 'tới', 'theo', 'để', 'nhằm', 'là', 'được', 'đã', 'có', 'hoặc', 'hay', 'thì']);
const NOUN_STOP = new Set([
  'được', 'đã', 'đang', 'sẽ', 'có', 'là', 'và', 'trên', 'tại', 'ở', 'với', 'cho', 'từ', 'đến', 'trong', 'theo', 'thuộc',
  'để', 'nhằm', 'khi', 'thì', 'mà', 'này', 'đó', 'tham', 'sử', 'ứng', 'áp', 'triển', 'thực', 'đạt', 'chiếm', 'tăng',
  'giảm', 'tạo', 'gồm', 'cần', 'phải', 'đều', 'cũng', 'vẫn', 'không', 'chưa', 'bị', 'so', 'hoàn', 'liên', 'thường',
  'tiếp', 'đi', 'đưa', 'lập', 'phản', 'lưu', 'nộp', 'dùng', 'hỗ', 'lắp', 'nhưng', 'hoặc', 'hay', 'như', 'nên',
]);
/**
 * Words and phrases that alone name no measure (see `namesSomething`): the linking, leading and dangling
 * words, and connectives and movement verbs, and "chốt" (a close's verb alone names no index: "rồi chốt ở
 * 43.729 điểm"). ("tăng" and "giảm" are left: a change's verb alone still says what the figure is, "mức tăng".)
 */
const EMPTY_METRIC_ENTRIES = [...LINK_WORDS, ...LEADING_WORDS, ...DANGLING_WORDS, 'tức', 'tức là', 'nghĩa là', 'rồi', 'ngay', 'mãi', 'qua', 'sau', 'về', 'lùi', 'lùi về', 'chốt', 'cộng', 'nữa', 'xuống', 'xuống còn', 'lên', 'vào', 'ra', 'nay', 'này', 'đó', 'thì', 'mà', 'nên', 'vậy', 'lại', 'còn lại'].filter(
  (w) => w !== 'tăng' && w !== 'giảm',
);
const EMPTY_METRIC_WORDS: ReadonlySet<string> = new Set(EMPTY_METRIC_ENTRIES.filter((w) => !w.includes(' ')));
const EMPTY_METRIC_PHRASES: ReadonlySet<string> = new Set(EMPTY_METRIC_ENTRIES.filter((w) => w.includes(' ')));
/**
 * Verbs of a consequence that open the next clause after a long counted phrase ("45 vụ cháy rừng mùa khô năm
 * nay gây thiệt hại", "… căn cước công dân gắn chíp"); within its first words they are part of the noun
 * ("xe gắn máy", "đối tượng gây rối", "người giúp việc", "cổ đông góp vốn").
 */
const CONSEQUENCE_STOP = new Set(['gây', 'góp', 'khiến', 'giúp', 'nhờ', 'gắn']);
const CONSEQUENCE_AFTER_WORDS = 3;
/**
 * Verbs of a move that end a noun phrase after its first word: "25/25 dịch vụ công thiết yếu lên cổng …".
 * (Right after the number they open the change's other end — "từ 10% lên 13%" — and are left as they were;
 * "lối lên xuống" is one noun.)
 */
const MOVE_STOP = new Set(['lên', 'xuống']);

/**
 * A share restated in brackets for a part of the whole has the metric of the figure before the bracket:
 * "tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt 38,95% (riêng tháng 9/2023 đạt 64,6%)".
 */
function metricRestated(text: string, folded: string, from: number, expr: Expression): string | null {
  // Looked for within the window only (a lastIndexOf over the whole text would be quadratic).
  let open = expr.start - 1;
  while (open > from && text.charCodeAt(open) !== 0x28) open--;
  if (open <= from || !RESTATING_OPENING.test(folded.slice(open + 1, expr.start)) || SHARE_OF_WHOLE_AFTER.test(folded.slice(expr.end, expr.end + 8))) return null;
  // Only a share restating a share ("38,95% (riêng …"); a percent in brackets after a count is a part
  // of that count, another measure ("1.200 (trong đó 35% là trẻ em)").
  let k = open;
  while (k > from && text[k - 1] === ' ') k--;
  if (text[k - 1] !== '%') return null;
  k--;
  while (k > from && text[k - 1] === ' ') k--;
  const end = k;
  while (k > from && /[\d.,]/u.test(text[k - 1] ?? '')) k--;
  return k < end && /\d/u.test(text[k] ?? '') ? phraseBeforeNumber(text, folded, from, k) : null;
}
/**
 * "(riêng tháng 9/2023 …", "(trong đó khu vực …": a part of the whole, named before its figure. A figure
 * right after "riêng / trong đó" ("(trong đó 40% là hộ …)") is a share of the whole, another measure.
 */
const SHARE_OF_WHOLE_AFTER = /^[ \t\u00a0]+(?:là|có|do)(?![\p{L}\p{M}])/u;
const RESTATING_OPENING = /^[ \t\u00a0]*(?:riêng|trong đó)[ \t\u00a0,]+[\p{L}\p{M}\d]/u;

/** The phrase before a figure, read for readMetric once and only when asked. */
interface BeforeMemo {
  read: boolean;
  phrase: string | null;
  readonly text: string;
  readonly folded: string;
  readonly from: number;
  readonly expr: Expression;
}

function phraseBefore(memo: BeforeMemo): string | null {
  if (!memo.read) {
    memo.read = true;
    const { text, folded, from, expr } = memo;
    // (An amount or a size only reads what it measures after "với" / "có": a share's words there name its group,
    // "Doanh nghiệp có vốn đầu tư nước ngoài chiếm 70%"; see `afterMeasureLink`.)
    const links = expr.kind === 'money' || expr.kind === 'measure';
    memo.phrase = phraseBeforeNumber(text, folded, from, expr.start, links) ?? (expr.kind === 'percent' || expr.kind === 'measure' ? indexBefore(text, from, expr.start) : null);
  }
  return memo.phrase;
}

/**
 * A short normalized phrase for what is measured: the noun phrase before the linking verb
 * ("Tỷ lệ hồ sơ trực tuyến đạt gần 80%" → "tỷ lệ hồ sơ trực tuyến"), the counted noun phrase
 * after the number ("74.278 hồ sơ đề nghị giải quyết TTHC"), or both around "chiếm"
 * ("Kinh tế số … chiếm 42,13% tổng sản phẩm (GRDP)" → "kinh tế số / GRDP").
 */
function readMetric(text: string, folded: string, from: number, to: number, expr: Expression): string | null {
  if (expr.about) return null; // a ranking row: the name is the subject, the ranking is above
  const label = labelBefore(text, folded, from, expr.start);
  if (label !== null) return label;
  const after = nounPhraseAfter(text, expr.end, to);
  // The phrase before the number is read only when the kind needs it (it is the costly reading), at most
  // once. (No local closure: under tsx's keepNames every one costs a defineProperty per claim.)
  const memo: BeforeMemo = { read: false, phrase: null, text, folded, from, expr };
  const share = after !== null && /(?:^|\s)chiếm\s*$/iu.test(text.slice(Math.max(from, expr.start - 12), expr.start)) ? phraseBefore(memo) : null;
  if (share !== null && after !== null) {
    const before = share;
    const acronym = /\(([\p{Lu}\d-]{2,10})\)/u.exec(text.slice(expr.end, Math.min(to, expr.end + 60)));
    return `${before} / ${acronym?.[1] ?? after}`;
  }
  switch (expr.kind) {
    case 'duration': {
      // "Sau 4 năm thực hiện nghị quyết": what lasted, after the number.
      const what = clauseWordsAfter(text, expr.end, to, 5);
      return what ?? phraseBefore(memo);
    }
    case 'count':
    case 'ratio': {
      // The counted noun is part of the quote ("74.278 hồ sơ"); the metric is its whole phrase.
      const noun = expr.unit;
      const phrase = noun !== null && after !== null ? `${noun} ${after}` : (noun ?? after ?? '');
      return phrase.length > 0 ? phrase : phraseBefore(memo);
    }
    case 'streak':
      // "2 chức vô địch liên tiếp", "5 trận thắng liên tiếp": a run of titles or wins is about them; a run
      // of years, sessions or seasons is about what happened in them ("tăng trần 4 phiên liên tiếp").
      if (expr.unit !== null && SELF_NAMED_RUNS.has(expr.unit)) return expr.unit;
      return clauseAfter(text, expr.end, to) ?? phraseBefore(memo);
    case 'percent':
      // "giảm từ 4,5% xuống 4%": the words after the start of a step open its end and name nothing. (Giving
      // the start the metric before "từ" raised one more conflict on the planted bench's held-out clusters,
      // with no gold conflict more: left without a metric, as the level before a change is compared rarely.)
      if (after && /^(?:xuống|lên)(?:\s|$)/u.test(after) && stepStartBefore(text, from, expr.start)) return null;
      return after && !/^so(?:\s|$)/u.test(after) ? after : (phraseBefore(memo) ?? metricRestated(text, folded, from, expr));
    case 'rank': {
      // "xếp thứ 4 cả nước về tốc độ tăng trưởng GRDP": what the figure ranks, said right after it.
      const about = RANK_ABOUT.exec(text.slice(expr.end, Math.min(to, expr.end + 160)));
      if (about !== null) return normalizeMetric(about[1] ?? '');
      // The ranking nearest before the figure ("lĩnh vực “…” tiếp tục xếp thứ Nhất"), else the next one.
      let best: string | null = null;
      for (const m of text.slice(from, to).matchAll(RANKING_NAME)) {
        const at = from + m.index;
        if (at < expr.start || best === null) best = m[1] ?? null;
        if (at >= expr.start) break;
      }
      return best !== null ? normalizeMetric(best) : phraseBefore(memo);
    }
    case 'date': {
      const own = dateEvent(text, from, to, expr);
      if (own !== null) return own;
      const event = /(?<![\p{L}\p{M}])((?:ban hành|ký|công bố|thành lập|khai trương|khánh thành|phê duyệt|thông qua|triển khai|bắt đầu|có hiệu lực|ra mắt|tổ chức|khởi công|vận hành|khai mạc|phát hành)(?:\s+[^\s,.;:]+){0,4})/iu.exec(
        text.slice(from, to),
      );
      // "bắt đầu thực hiện từ ngày 1/6/2022", "công bố ngày 21/9/2023": the event, not the words of its date.
      return event ? normalizeMetric((event[1] ?? '').replace(EVENT_DATE_TAIL, '')) : null;
    }
    default:
      // "HPG thu được 1.520 tỷ đồng lợi nhuận", "đạt 4.194,8 tỷ đồng doanh thu thuần", "có thêm 2 triệu USD tiền
      // thưởng", "gồm 55.000 tỷ đồng vốn ngân sách": an amount followed by what money it is names its metric there,
      // not with the words before it (the subject and its verb: "HPG thu", "gồm") — session 49.
      if (expr.kind === 'money' && after !== null && MONEY_NOUN.test(after)) return moneyNoun(after);
      // "gấp đôi cùng kỳ năm 2022", "gấp 3 lần năm 2020": after a multiple, the words name the base it is compared with.
      if (expr.kind === 'change' && after !== null && MULTIPLE_BASE.test(after) && MULTIPLE.test(text.slice(expr.start, expr.end))) return phraseBefore(memo);
      // (Not the words after the figure when they open its time: "… và xuống 8 độ C vào ban đêm" names no metric there.)
      return phraseBefore(memo) ?? (after !== null && !TIME_OPENING_AFTER.test(after) ? after : null);
  }
}

/** Words after a figure that open when it holds, not what it measures (see readMetric). */
const TIME_OPENING_AFTER = /^(?:vào|lúc|hồi|khi)(?:\s|$)/u;

/** A multiple written as one ("gấp đôi", "gấp 3 lần", "tăng gấp rưỡi"). */
const MULTIPLE = /(?:^|\s)gấp(?![\p{L}\p{M}])/iu;
/** What the words after a multiple open with when they name its base, not a metric (see readMetric). */
const MULTIPLE_BASE = /^(?:cùng kỳ|năm|tháng|quý|tuần|mức|con số|so|kế hoạch|dự toán|chỉ tiêu|bình quân|trung bình|trước|hồi|lúc|thời điểm|giai đoạn)(?![\p{L}\p{M}])/iu;

/**
 * The metric of a running total whose unit is left out ("Lợi nhuận sau thuế quý 3 đạt 507,77 tỷ đồng, lũy kế 9 tháng
 * đạt 1.520"): the money noun of the amount it continues, without that amount's period ("lợi nhuận"), not the words
 * of its running period ("lũy kế 9 tháng"); null when that amount names no money noun — session 49.
 */
function elidedTotalMetric(text: string, folded: string, from: number, amountAt: number): string | null {
  const phrase = phraseBeforeNumber(text, folded, from, amountAt);
  return phrase !== null && MONEY_NOUN.test(phrase) ? moneyNoun(phrase) : null;
}

/** The money noun up to the words that say when or for whom: "lợi nhuận [sau 9 tháng]", "tiền thưởng [dành cho …]". */
function moneyNoun(after: string): string {
  const words = after.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && MONEY_NOUN_CUT.has(w.toLowerCase()));
  return cut < 0 ? after : words.slice(0, cut).join(' ');
}
const MONEY_NOUN_CUT = new Set(['sau', 'trước', 'dành', 'giai', 'năm', 'quý', 'tháng', 'trong', 'mỗi', 'bình', 'của', 'cho', 'vào']);
/** A phrase opening with what an amount of money is: "lợi nhuận", "doanh thu", "vốn", "tiền thưởng", "kim ngạch". */
const MONEY_NOUN = new RegExp(`^(?:${MONEY_NOUNS.join('|')})(?![\\p{L}\\p{M}])`, 'u');

/**
 * What a date dates, as an editor writes it: "ngày" and the event named right before the date in its clause
 * ("Google sẽ bán máy từ ngày 31/10" → "ngày bán", "khách có thể đặt hàng từ ngày 8/11" → "ngày đặt hàng"),
 * "hạn" and the event for a deadline ("đưa gói cước mới ra thị trường trước ngày 16/11" → "hạn đưa gói
 * cước mới ra thị trường"), the start and end of a span ("giải diễn ra từ ngày 2/11 đến ngày 10/11" →
 * "ngày bắt đầu", "ngày kết thúc"). Null when the clause before the date names no event: a date opening
 * its clause ("Ngày 25/10, toàn đội …") is left to the event list after it.
 */
function dateEvent(text: string, from: number, to: number, expr: Expression): string | null {
  let s = expr.start;
  while (s > from && !',;:.()\n“”"'.includes(text[s - 1] ?? '')) s--;
  const words = text.slice(s, expr.start).split(/\s+/u).filter((w) => w.length > 0);
  // The words of the date itself and its prepositions: "ngay từ ngày", "vào", "trước", "kể từ".
  let deadline = false;
  let spanStart = false;
  let spanEnd = false;
  while (words.length > 0) {
    const w = (words.at(-1) ?? '').toLowerCase();
    if (!DATE_LEAD_WORDS.has(w)) break;
    if (w === 'trước' || w === 'chậm' || w === 'hạn' || w === 'hết') deadline = true;
    if (w === 'từ') spanStart = true;
    words.pop();
  }
  // "từ ngày 2/11 đến (hết) ngày 10/11": the end of the span, after its start's figure.
  const before = words.at(-1) ?? '';
  if (/^(?:đến|tới)$/iu.test(before) && /\d/u.test(words.at(-2) ?? '')) spanEnd = true;
  const tail = text.slice(expr.end, Math.min(to, expr.end + 40));
  if (spanStart && !/^[ \t\u00a0]*(?:đến|tới)[ \t\u00a0]+(?:hết[ \t\u00a0]+)?(?:ngày[ \t\u00a0]+)?\d/iu.test(tail)) spanStart = false;
  if (spanEnd) return 'ngày kết thúc';
  // "nhận đơn đến hết ngày 10/12": "đến hết" leads a deadline.
  if ((words.at(-1) === 'đến' || words.at(-1) === 'tới') && text.slice(s, expr.start).toLowerCase().includes('hết')) words.pop();
  // The object's name after the verb ("bán Nexus 5", "đặt hàng Lumia 1520"): the verb names the event. A
  // figure of another measure ("lên 100% giá thành từ ngày …") leaves the date without an event.
  let named = false;
  while (words.length > 0) {
    const w = words.at(-1) ?? '';
    if (/^\p{Lu}/u.test(w) || (/^\d+$/u.test(w) && /^\p{Lu}/u.test(words.at(-2) ?? ''))) {
      words.pop();
      named = true;
    } else break;
  }
  const event: string[] = [];
  for (let k = words.length - 1; k >= 0 && event.length < DATE_EVENT_WORDS; k--) {
    const w = words[k] ?? '';
    // "hồ sơ dự thi", "kỳ dự tuyển": "dự" is part of the noun there, no auxiliary.
    const dự = w === 'dự' && (event[0] === 'thi' || event[0] === 'tuyển');
    if (!/^\p{Ll}[\p{L}\p{M}]*$/u.test(w) || (DATE_EVENT_STOP.has(w) && !dự)) break;
    // "Ban tổ chức nhận hồ sơ …": the organisers are the subject, not the event "tổ chức".
    if (w === 'chức' && words[k - 1] === 'tổ' && /^ban$/iu.test(words[k - 2] ?? '')) break;
    event.unshift(w);
  }
  const stop = words[words.length - event.length - 1] ?? '';
  // "lên 100% giá thành từ ngày …": the words after a figure are its unit, no event.
  if (/\d/u.test(stop)) return null;
  while (event.length > 0 && DANGLING_WORDS.has(event.at(-1) ?? '')) event.pop();
  // A known event in the words starts the phrase ("Nghị quyết … về nội dung trên có hiệu lực" → "có hiệu lực").
  let known = -1;
  for (let k = 0; k < event.length; k++) {
    if (event[k] === 'ký' && event[k - 1] === 'đăng') continue; // "đăng ký" (register) is no signing
    if (KNOWN_EVENTS.has(event[k] ?? '') || KNOWN_EVENTS.has(`${event[k]} ${event[k + 1] ?? ''}`) || KNOWN_EVENTS.has(event.slice(k, k + 3).join(' '))) known = k;
  }
  if (known > 0) event.splice(0, known);
  // Without a known event the words must be the event's verb phrase, read whole; else none (null rather than a
  // misleading key): a scrap between a name and a capitalised word ("mẫu SUV điện Lạc Hồng" → "điện"), an object
  // after a preposition ("cập nhật … cho tài khoản thanh toán" → the account), a phrase cut by the length cap
  // in the middle ("áp | dụng biểu phí …").
  if (known < 0) {
    if (named && /^\p{Lu}/u.test(stop)) return null;
    if (DATE_EVENT_PREPOSITIONS.has(stop)) return null;
    if (event.length >= DATE_EVENT_WORDS && /^\p{Ll}[\p{L}\p{M}]*$/u.test(stop) && !DATE_EVENT_STOP.has(stop)) return null;
  }
  if (event[0] === 'mới') event.shift(); // "mới ra mắt": the adverb, not "sản phẩm mới"
  if (event.length === 0) return null;
  if (spanStart && SPAN_VERBS.has(event.slice(-2).join(' '))) return 'ngày bắt đầu';
  const day = expr.date !== null && /^\d{4}-\d{2}-\d{2}$/u.test(expr.date);
  return normalizeMetric(`${deadline ? 'hạn' : day ? 'ngày' : 'thời điểm'} ${event.join(' ')}`);
}
/** Words between an event and its date: prepositions and the date's own words. */
const DATE_LEAD_WORDS = new Set(['từ', 'hết', 'kể', 'ngay', 'vào', 'lúc', 'trước', 'chậm', 'nhất', 'là', 'ngày', 'hôm', 'mồng', 'mùng', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hạn']);
/** Words that end an event read backwards: auxiliaries, conjunctions and a subject's pronouns. */
const DATE_EVENT_STOP = new Set([
  'sẽ', 'đã', 'đang', 'vừa', 'được', 'bị', 'thể', 'cần', 'phải', 'nên', 'muốn', 'dự', 'định', 'và', 'hoặc', 'hay', 'để', 'khi', 'mà', 'thì', 'nhưng',
  'cũng', 'đều', 'vẫn', 'còn', 'chỉ', 'rằng', 'là', 'của', 'do', 'vì', 'nếu', 'sau', 'trước', 'tới', 'đến', 'từ', 'tại', 'ở', 'trong', 'với', 'cho', 'họ', 'anh', 'chị', 'ông', 'bà', 'này', 'đó', 'nơi',
]);
const DATE_EVENT_WORDS = 6;
/** Stops before which the words read are a preposition's object, not an event. */
const DATE_EVENT_PREPOSITIONS = new Set(['cho', 'của', 'tại', 'ở', 'trong', 'với', 'do', 'vì']);
/** Events a date is often given for: the phrase starts at the last of them. */
const KNOWN_EVENTS = new Set(['ban hành', 'ký', 'công bố', 'thành lập', 'khai trương', 'khánh thành', 'phê duyệt', 'thông qua', 'triển khai', 'bắt đầu', 'có hiệu lực', 'ra mắt', 'khởi công', 'vận hành', 'khai mạc', 'bế mạc', 'phát hành', 'áp dụng', 'kết thúc']);
/** Verbs of an event that lasts: "diễn ra từ … đến …", "kéo dài từ … đến …". */
const SPAN_VERBS = new Set(['diễn ra', 'kéo dài', 'tổ chức', 'ra', 'dài', 'thi đấu', 'đấu']);

/** The words of a date at the end of an event phrase: "từ ngày", "vào ngày 21/9/2023", "trước 16/11". */
const EVENT_DATE_TAIL = /(?:\s+(?:từ|vào|kể từ|lúc|trong|đến|tới|trước|chậm nhất(?: là)?))?(?:\s+(?:ngày|hôm|sáng|chiều|tối|tháng|năm)(?![\p{L}\p{M}]).*|\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:\s.*)?)$/u;

/**
 * What a rank ranks, named right after it by "về" over the ranking's scope ("đứng thứ 2 cả nước về thu hút vốn FDI năm
 * 2023", "xếp thứ 5 trong khu vực ASEAN về quy mô GDP", "đứng số 1 toàn quốc về điểm thi tốt nghiệp"): the words after
 * "về" (and "mặt") up to a punctuation mark or a word that opens the next part (a period "năm 2023", a place "tại …",
 * "với 73 điểm", "và …"; not "năm" of "số năm công tác": review s77).
 */
const RANK_ABOUT =
  /^\s+(?:(?:trong|trên|của|ở|tại)\s+)?(?:(?:cả nước|toàn quốc|thế giới|toàn cầu|châu Á|châu Âu|Đông Nam Á|ASEAN|toàn tỉnh|toàn thành phố|toàn ngành|khu vực(?:\s+(?:Đông Nam Á|châu Á|ASEAN|phía Bắc|phía Nam|miền [\p{L}\p{M}]+|[\p{Lu}][\p{L}\p{M}]*))?)\s+)?về\s+(?:mặt\s+)?((?!(?:nhì|nhất|ba|đích|đầu|sau|cuối|với|tay|nước|quê|nhà)(?![\p{L}\p{M}]))[\p{L}\p{M}\d][\p{L}\p{M}\d-]*(?:\s+(?!(?:năm(?=\s+\d)|trong|với|và|khi|sau|theo|so|tính|từ|đến|nhưng|còn|thì|là|tại|ở|của (?:cả nước|các))(?![\p{L}\p{M}]))[\p{L}\p{M}\d][\p{L}\p{M}\d-]*){0,7})/u;

/** "Số ca đang điều trị: 734", "dệt may (5)": the label written right before the value. */
const RANKING_NAME =
  /(?<![\p{L}\p{M}])(chỉ số [\p{L}\p{M} ]{2,40}?|bảng xếp hạng [\p{L}\p{M} ]{2,40}?|lĩnh vực [“"][^”"]{2,80}[”"])(?=\s*[(,.;:]|\s+(?:cấp|của|năm|do|trong|với|tiếp|xếp|đứng|đạt|giữ|vươn|tăng|giảm)(?![\p{L}\p{M}])|$)/giu;

function labelBefore(text: string, folded: string, from: number, start: number): string | null {
  let p = start;
  while (p > from && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  const mark = text[p - 1];
  if (mark !== ':' && mark !== '(') return null;
  p--;
  while (p > from && text[p - 1] === ' ') p--;
  let s = p;
  while (s > from && s > p - 80 && !',;:.()\n•"“”'.includes(text[s - 1] ?? '')) s--;
  const words = splitWords(text, folded, s, p).filter((w) => /[\p{L}\p{M}]/u.test(w.word));
  const link = words.findLastIndex((w) => ['gồm', 'có', 'là', 'như', 'đạt'].includes(w.lower));
  const cleaned = stripLeading(words.slice(link + 1).filter((w) => w.word !== '-' && w.word !== '+'), LEADING_WORDS);
  if (cleaned.length === 0 || cleaned.length > 10) return null;
  const phrase = joinLower(cleaned);
  if (PLACE_NAMES_LOWER.has(phrase)) return null; // "Hà Nội: 80 điểm": the place is the subject
  return normalizeMetric(cleaned.map((w) => w.word).join(' '));
}

/** An index named before the figure: "Chỉ số CCHC cấp tỉnh năm 2023, tỉnh Bắc Giang đạt 91,16%". */
function indexBefore(text: string, from: number, start: number): string | null {
  const m = /(?<![\p{L}\p{M}])(chỉ số [\p{L}\p{M} ]{2,40}?)(?=\s*[(,.;:]|\s+(?:năm|của|do|trong)(?![\p{L}\p{M}]))/iu.exec(text.slice(from, start));
  return m ? normalizeMetric(m[1] ?? '') : null;
}

/** Up to `max` words after `end` until punctuation or a number. */
function clauseWordsAfter(text: string, end: number, to: number, max: number): string | null {
  const m = /^[ \t\u00a0]+((?:[\p{L}\p{M}]+[ \t\u00a0]*){1,12})/u.exec(text.slice(end, Math.min(to, end + 90)));
  if (!m) return null;
  const words = (m[1] ?? '').trim().split(/\s+/u).slice(0, max);
  while (words.length > 0 && ['và', 'của', 'với', 'để', 'thì', 'là', 'đã', 'được'].includes((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.length > 0 ? normalizeMetric(words.join(' ')) : null;
}

/** The longest counted phrase after a number, in syllables: long enough that most phrases end on their own stop word, not inside a two-syllable word ("số điện thoại di động thông [minh]"). */
const NOUN_PHRASE_WORDS = 8;

/**
 * Words of a period that open it before its number, with what that number must look like: "năm 2023" (a year, not
 * "sinh viên năm 4"), "tháng 9", "quý III" / "quý 3" (not "gỗ quý 3 ngày trước"), "tuần 12"; see nounPhraseAfter.
 */
const NOT_A_COUNT_AFTER = String.raw`(?!\d|[.,]\d)(?![ \t\u00a0]*(?:ngày|tháng|năm|giờ|tuần|người|lần)(?![\p{L}\p{M}]))`;
const PERIOD_NUMBER_NEXT: ReadonlyMap<string, RegExp> = new Map([
  ['năm', /^[ \t\u00a0]+(?:19|20)\d\d(?!\d|[.,]\d)/u],
  ['tháng', new RegExp(String.raw`^[ \t\u00a0]+(?:1[0-2]|0?[1-9])${NOT_A_COUNT_AFTER}`, 'u')],
  ['quý', new RegExp(String.raw`^[ \t\u00a0]+(?:IV|I{1,3}|[1-4])(?![\p{L}\p{M}])${NOT_A_COUNT_AFTER}`, 'u')],
  ['tuần', new RegExp(String.raw`^[ \t\u00a0]+\d{1,2}${NOT_A_COUNT_AFTER}`, 'u')],
]);
/** Words before a period's word that belong to the period: "đầu năm 2023", "vào tháng 9", "cuối quý III" ("trong" stops the phrase before: NOUN_STOP). */
const PERIOD_OPENERS: ReadonlySet<string> = new Set(['đầu', 'cuối', 'giữa', 'vào', 'hồi', 'của', 'những', 'các']);
function nounPhraseAfter(text: string, end: number, to: number): string | null {
  const slice = text.slice(end, Math.min(to, end + 80));
  const words: string[] = [];
  let pos = 0;
  for (;;) {
    // The word the sticky /[ \t\u00a0]*([\p{L}\p{M}]+)/uy matches at `pos`, read by loops over the units
    // (no regex run and match array for every word after every figure).
    const wordStart = blanksEnd(slice, pos);
    const wordEnd = lettersEnd(slice, wordStart);
    if (wordEnd === wordStart) break;
    const word = slice.slice(wordStart, wordEnd);
    const lower = word.toLowerCase();
    if (NOUN_STOP.has(lower) || (words.length > 0 && MOVE_STOP.has(lower) && !MOVE_STOP.has((words.at(-1) ?? '').toLowerCase()))) break;
    if (words.length >= NOUN_PHRASE_WORDS || (words.length >= CONSEQUENCE_AFTER_WORDS && CONSEQUENCE_STOP.has(lower))) break;
    // "500.000 lượt khách năm 2023", "1.200 ca mắc đầu tháng 3": a period's word before its number opens the period,
    // no part of what is counted (engine 78; the phrase stopped at the digit and kept "năm").
    if (PERIOD_NUMBER_NEXT.get(lower)?.test(slice.slice(wordEnd, wordEnd + 16))) {
      while (words.length > 0 && PERIOD_OPENERS.has((words.at(-1) ?? '').toLowerCase())) words.pop();
      break;
    }
    words.push(word);
    pos = wordEnd;
  }
  // "số trường tiểu học của [Hà Nội]" cut by the limit: no function word at the end.
  const kept = withoutDanglingEnd(words);
  return kept.length > 0 ? normalizeMetric(kept.join(' ')) : null;
}

/**
 * Up to ten words after a streak, across its comma, without the subject that opens them: "(2020–2023),
 * tỉnh dẫn đầu cả nước về lĩnh vực …" → "dẫn đầu cả nước về lĩnh vực …", "tỉnh Bắc Giang đứng trong nhóm
 * 10 tỉnh" → "đứng trong nhóm 10 tỉnh" (a group's or rank's number belongs to what was held).
 */
function clauseAfter(text: string, end: number, to: number): string | null {
  const slice = text.slice(end, Math.min(to, end + 120)).replace(/^[\s,:;)]+/u, '');
  const words = slice.split(/[\s]+/u);
  const kept: string[] = [];
  for (const w of words) {
    const clean = w.replace(/[“”"(),.;:]+/gu, '');
    if (clean.length === 0 || (/\d/.test(clean) && !GROUP_BEFORE_NUMBER.has(kept.at(-1)?.toLowerCase() ?? '')) || kept.length >= 10) break;
    kept.push(clean);
    if (/[,.;:(“”"]$/u.test(w)) break;
  }
  // "ngành du lịch đón trên [5 triệu lượt]": cut at the number, the metric ends before the preposition.
  const rest = withoutDanglingEnd(kept.slice(leadingSubject(kept)));
  return rest.length > 0 ? normalizeMetric(rest.join(' ')) : null;
}

/**
 * How many words open `words` with the subject, when a verb of what was held follows it: "tỉnh dẫn đầu",
 * "tỉnh Bắc Giang đứng", "Bắc Giang giữ". A unit word that starts a compound stays ("xã hội hóa", "Tỉnh ủy
 * Bắc Giang", "ngành du lịch").
 */
function leadingSubject(words: readonly string[]): number {
  let i = 0;
  const two = `${words[0] ?? ''} ${words[1] ?? ''}`.toLowerCase();
  if (STREAK_SUBJECT_WORDS.has(two)) i = 2;
  else if (STREAK_SUBJECT_WORDS.has((words[0] ?? '').toLowerCase())) i = 1;
  for (let k = 4; k >= 1; k--) {
    const name = words.slice(i, i + k);
    if (name.length === k && name.every((w) => w !== w.toLowerCase()) && PLACE_NAMES_LOWER.has(name.join(' ').toLowerCase())) {
      i += k;
      break;
    }
  }
  return i > 0 && i < words.length && STREAK_HELD_VERBS.has((words[i] ?? '').toLowerCase()) ? i : 0;
}
/** Verbs that open what a streak held, right after its subject. */
const STREAK_HELD_VERBS = new Set(['đã', 'cũng', 'đang', 'dẫn', 'đứng', 'xếp', 'giữ', 'đạt', 'là', 'có', 'nằm', 'vươn', 'luôn', 'liên', 'tiếp', 'được', 'thuộc', 'giành', 'vào', 'lọt', 'duy', 'hoàn', 'vượt', 'tăng', 'giảm', 'đều', 'vẫn', 'trở']);

/** Words before a number inside what a streak held: "nhóm 10", "top 5", "thứ 2". */
const GROUP_BEFORE_NUMBER = new Set(['nhóm', 'top', 'thứ', 'hạng', 'tốp']);
/** The subject's own words opening the clause after a streak: "tỉnh", "thành phố", "huyện" standing for it. */
const STREAK_SUBJECT_WORDS = new Set(['tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'xã', 'địa phương', 'đơn vị', 'ngành', 'nước ta']);

/** Lower-cases ordinary words but keeps acronyms and codes ("TTHC", "GRDP", "111/NQ-TU"). */
export function normalizeMetric(phrase: string): string {
  // No capital at all (most phrases): every word is its own lower case; only the spaces change.
  if (phrase.toLowerCase() === phrase) return phrase.replace(WHITE_RUN, ' ').trim();
  const out: string[] = [];
  for (const w of phrase.split(/\s+/u)) {
    if (w.length === 0) continue;
    const lower = w.toLowerCase();
    // Most words are lower-case already: no test needed.
    out.push(lower === w || !ACRONYM_OR_CODE.test(w) ? lower : w);
  }
  return out.join(' ');
}

const ACRONYM_OR_CODE = /\p{Lu}.*\p{Lu}|\d/u;
const WHITE_RUN = /\s+/gu;

/**
 * The noun phrase before the number, read as words: the clause after the last stop, without the
 * linking verb and qualifier ("đạt gần"), time phrases ("năm 2023"), an owner ("của tỉnh") or
 * connectives ("Trong đó"), starting at a metric head ("tỷ lệ …") when there is one.
 */
const RANK_WORD_AFTER_FROM = new Set(['vị', 'hạng', 'thứ']);

/**
 * The offset in [from, start) of the last mark that ends a clause before the number — ";", ":", "(", ")",
 * "“", or a "." that is not a digit group's separator ("20.000": digits on both sides inside the window)
 * — relative to `from`, or -1. Read backwards from `start`, without slicing the window.
 */
function clauseCut(folded: string, from: number, start: number): number {
  for (let p = start - 1; p >= from; p--) {
    const c = folded.charCodeAt(p);
    if (c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x201c) return p - from;
    if (c === 0x2e) {
      if (p > from && p + 1 < start && isDigitCode(folded.charCodeAt(p - 1)) && isDigitCode(folded.charCodeAt(p + 1))) continue;
      // "Dư nợ tín dụng tại TP.HCM tăng 5,2%": the dot of "TP." ends no clause (the metric was "HCM").
      if (p > from && isAbbreviationDot(folded, p)) continue;
      return p - from;
    }
  }
  return -1;
}


function phraseBeforeNumber(text: string, folded: string, from: number, start: number, links = false): string | null {
  const cut = clauseCut(folded, from, start);
  // Words of the folded text for the tests, of the original text for the output: same offsets.
  let words = splitWords(text, folded, from + cut + 1, start);
  // Never reach back over an earlier figure's item: "tốc độ 48,6 Mbps, băng tần 1800MHz, dài 25 km".
  const lastFigure = words.findLastIndex((w) => hasDigit(w.word));
  if (lastFigure >= 0) {
    // The item ends at a comma or at "và" before another noun ("Doanh thu 1.200 tỷ đồng và lợi nhuận đạt
    // 300 tỷ đồng"), not before a verb of the same one ("tăng 15% và đạt 1.200 tỷ đồng").
    const itemEnd = words.findIndex(
      (w, k) => k >= lastFigure && (w.lower.endsWith(',') || (k > lastFigure && w.lower === 'và' && !ITEM_GOES_ON(words[k + 1]?.lower ?? ''))),
    );
    if (itemEnd >= 0) words = words.slice(itemEnd + 1);
    // "chỉ số thực thi hợp đồng từ vị trí 47 tụt xuống vị trí 68", "lãi suất giảm từ 4,5% xuống 4%": the
    // start of a step is no part of the metric of its end; both ends measure what is named before "từ".
    // (The analysis tells the level before a step from the level after it by the clause's words.)
    else {
      const from = words.findLastIndex((w, k) => k < lastFigure && k >= lastFigure - 3 && w.lower === 'từ');
      if (from > 0 && (RANK_WORD_AFTER_FROM.has(words[from + 1]?.lower ?? '') || isStepEnd(words.slice(lastFigure + 1)))) words = words.slice(0, from);
      // "Giá xăng RON 95 giảm 320 đồng/lít xuống còn 23.500 đồng/lít": the level a change reaches measures what is
      // named before the change, as the end of "từ … xuống" does (engine 77).
      else {
        const verb = words.findLastIndex((w, k) => k < lastFigure && k >= lastFigure - 2 && (w.lower === 'tăng' || w.lower === 'giảm'));
        // (Not when a comma stands before the change: the words left would be a clause's tail, "…, giá".)
        if (verb > 0 && isStepEnd(withoutUnitWords(words.slice(lastFigure + 1))) && !words.slice(0, verb).some((w) => w.lower.endsWith(','))) words = words.slice(0, verb);
      }
    }
  }
  const comma = words.findLastIndex((w) => w.lower.endsWith(','));
  // Words ending in a comma are left only when there is a comma and the clause after the last one is not kept.
  let commas = comma >= 0;
  // Keep the clause after the last comma unless it holds nothing but linking words.
  if (comma >= 0 && stripTrailing(words.slice(comma + 1), LINK_WORDS).length >= 2) {
    words = words.slice(comma + 1);
    commas = false;
  }
  // (Each copy below is made only when it changes a word: most clauses have no comma left and no quote.)
  // "doanh thu, lợi nhuận," → "doanh thu", "lợi nhuận". The copies are pushed by loops, not mapped (issue 11: a
  // mapped array takes another elements kind once this function runs optimized, and the array reads after it
  // then threw phraseBeforeNumber back to the interpreter).
  if (commas) {
    const uncommaed: MetricWord[] = [];
    for (const w of words) uncommaed.push(w.lower.endsWith(',') ? { word: w.word.replace(/,+$/u, ''), lower: w.lower.replace(/,+$/u, '') } : w);
    words = uncommaed;
  }
  words = stripTrailing(words, LINK_WORDS);
  words = dropTimeWords(words);
  // "6 tháng đầu năm 2023": nothing left once the time words are dropped — no phrase, as the steps below would
  // find; said here so they never see an empty array (built empty, of another elements kind: issue 11).
  if (words.length === 0) return null;
  // "chỉ số “niềm tin”" → "chỉ số niềm tin".
  if (words.some((w) => hasQuote(w.word))) {
    const unquoted: MetricWord[] = [];
    for (const w of words) unquoted.push(hasQuote(w.word) ? { word: w.word.replace(/["“”‘’]/gu, ''), lower: w.lower.replace(/["“”‘’]/gu, '') } : w);
    words = unquoted;
  }
  // A word of nothing but commas or quotes is left empty.
  if (words.some((w) => w.word.length === 0)) words = words.filter((w) => w.word.length > 0);
  words = stripPlaces(words);
  // "tại Hà Nội": nothing left once the place is stripped — no phrase (as above, no empty array goes on).
  if (words.length === 0) return null;
  words = stripTrailing(words, RANK_VERB_WORDS);
  const owner = words.findLastIndex((w) => w.lower === 'của');
  if (owner > 0 && OWNER_NOUNS.has(joinLower(words.slice(owner + 1).filter((w) => w.word === w.lower)))) words = words.slice(0, owner);
  words = stripLeading(words, LEADING_WORDS);
  words = stripTrailing(words, TRAILING_PREPOSITIONS);
  if (links) words = afterMeasureLink(words);
  const head = findHead(words);
  // Without a head the last words, but a short clause whole ("hệ thống được vận hành thử", not "thống …").
  // A cut phrase may end on a function word ("tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến trên"): drop it.
  const keptFrom = head >= 0 ? head : words.length <= 9 ? 0 : tailStart(words);
  let kept = stripTrailing(head >= 0 ? words.slice(head, head + 12) : keptFrom === 0 ? words : words.slice(keptFrom), DANGLING_WORDS);
  // "Bộ Tài chính cho biết thu ngân sách đạt …": what is measured is said after a reporting verb; the words before it
  // are the speaker (`SAID_WORDS`), never the metric ("Bà Lan cho biết đạt 50 tỷ đồng" has none before the number).
  // (The words before those kept may name the speaker: "Một báo cáo | khác cho thấy …".)
  const said = saidAt(kept, words.slice(0, keptFrom));
  if (said >= 0) kept = stripLeading(kept.slice(said), LINK_WORDS);
  if (kept.length === 0) return null;
  // The kept words joined by single spaces ("tỷ lệ hộ nghèo"), by a loop rather than map and join (issue 11: the
  // mapped array's elements kind changed with the tier, a deopt at the join; `joinedWords`).
  const phrase = withoutTrailingCommas(normalizeMetric(joinedWords(kept)));
  return /\p{L}/u.test(phrase) ? phrase : null;
}

/** Reporting verbs of two words (folded to lower case) that end a speaker's words before what is reported. */
const SAID_WORDS = new Set(['cho biết', 'cho hay', 'cho rằng', 'khẳng định', 'nhấn mạnh', 'tiết lộ', 'thừa nhận', 'nêu rõ']);

/**
 * Where the words after the last reporting verb of a clause start ("Bộ Tài chính cho biết | thu ngân sách"), with a
 * "rằng" / "là" after it skipped; -1 when there is none.
 */
function saidAt(words: readonly MetricWord[], earlier: readonly MetricWord[] = []): number {
  // "Tỷ lệ doanh nghiệp cho biết có lãi đạt 40%", "số người được hỏi khẳng định hài lòng": the share or count of
  // those who say it is what is measured, not what they say ("lãi", "hài lòng"). ("Số liệu cho biết …" is a source.)
  const first = words[0]?.lower ?? '';
  const second = words[1]?.lower ?? '';
  if (((first === 'tỷ' || first === 'tỉ') && second === 'lệ') || (first === 'số' && second !== 'liệu')) return -1;
  for (let k = words.length - 2; k >= 0; k--) {
    const verb = `${words[k]?.lower ?? ''} ${words[k + 1]?.lower ?? ''}`;
    // "Một báo cáo khác cho thấy chi tiêu …": what a source shows, as a forecast is (engine 79); not "Lợi nhuận của
    // Vinamilk cho thấy sự cải thiện khi tăng 20%", where what is measured stands before the verb (review s80-2).
    const shows = verb === 'cho thấy' && sourceBefore([...earlier, ...words.slice(0, k)]);
    const forecast = FORECAST_WORDS.has(verb) || shows;
    if (!forecast && !SAID_WORDS.has(verb)) continue;
    // "Khẳng định của Bộ trưởng về …": the word is a noun there, no speaker before it.
    if (words[k + 2]?.lower === 'của') continue;
    let at = k + 2;
    while (at < words.length && (words[at]?.lower === 'rằng' || words[at]?.lower === 'là')) at++;
    // A forecast's verb ends a speaker only between a speaker and what is forecast: "Ngân hàng Thế giới dự báo GDP",
    // not "ước tính doanh thu" (no speaker) nor "doanh thu ước tính đạt" (nothing after it; engine 78). So does what a
    // source shows: "Một báo cáo khác cho thấy chi tiêu xây dựng … tăng", not "Doanh thu … cho thấy mức tăng 5,5%",
    // where what is measured stands before the verb (engine 79).
    if (forecast && (k === 0 || stripLeading(words.slice(at), LINK_WORDS).length === 0)) continue;
    return at;
  }
  return -1;
}

/** Nouns of a source that shows a figure ("Một báo cáo khác cho thấy …", "Số liệu thống kê cho thấy …"; see saidAt). */
const SOURCE_NOUNS = new Set(['báo cáo', 'khảo sát', 'nghiên cứu', 'số liệu', 'dữ liệu', 'thống kê', 'kết quả', 'con số', 'biểu đồ', 'điều tra']);

/** One of SOURCE_NOUNS among the words before a verb. */
function sourceBefore(words: readonly MetricWord[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (SOURCE_NOUNS.has(`${words[i]?.lower ?? ''} ${words[i + 1]?.lower ?? ''}`)) return true;
  return false;
}

/** Verbs of a forecast or an estimate that end a speaker's words as SAID_WORDS do, when both sides are there (see saidAt). */
const FORECAST_WORDS = new Set(['dự báo', 'ước tính']);

/**
 * What an amount or a size measures, as the words after "với" / "có" open with (see `afterMeasureLink`): one word, or a
 * first word and the word after it ("công suất", not "công việc"; "dân số", not "dân tộc").
 */
const MEASURE_WORD = new Set(['tổng', 'giá', 'vốn', 'mức', 'kim', 'sản', 'doanh', 'quy', 'diện', 'chiều', 'tốc', 'sức', 'lượng', 'độ', 'nhiệt', 'trọng', 'dung', 'cường', 'vận']);
const MEASURE_PAIR = new Set(['kinh phí', 'công suất', 'lợi nhuận', 'dân số', 'số vốn', 'số tiền', 'số lượng', 'số dư', 'số thu', 'số nợ']);
/** First words of a phrase that already says what is measured of a group: "tỷ lệ hộ có điện", "số người có việc làm". */
const GROUP_MEASURE_OPENING = new Set(['tỷ', 'tỉ', 'số', 'tổng']);
/** Words before the link that make it a comparison or the manner of a change: "so với", "tăng trưởng với tốc độ". */
const NO_LINK_AFTER = new Set(['so', 'tăng', 'giảm', 'trưởng', 'cùng', 'kèm', 'đi']);

/**
 * "UBND tỉnh phê duyệt dự án [với] tổng vốn 1.500 tỷ đồng", "Dự án [có] tổng mức đầu tư hơn 2.000 tỷ đồng": what the
 * figure measures is named after "với" / "có", the words before them are who or what has it. The words after the last
 * such link when they open with a measure's noun ("tổng vốn", "kinh phí", "quy mô", "diện tích", "công suất", "số
 * vốn"); else the words as they are: a phrase that opens with a measure of a group ("tỷ lệ hộ có điện", "số người có
 * việc làm", "tỷ lệ doanh nghiệp có lợi nhuận"), a comparison or the manner of a change ("tăng trưởng với tốc độ").
 */
function afterMeasureLink(words: MetricWord[]): MetricWord[] {
  if (words.length < 3 || GROUP_MEASURE_OPENING.has(words[0]?.lower ?? '')) return words;
  for (let k = words.length - 2; k >= 1; k--) {
    const link = words[k]?.lower;
    if (link !== 'với' && link !== 'có') continue;
    if (NO_LINK_AFTER.has(words[k - 1]?.lower ?? '')) return words;
    const first = words[k + 1]?.lower ?? '';
    if (!MEASURE_WORD.has(first) && !MEASURE_PAIR.has(`${first} ${words[k + 2]?.lower ?? ''}`)) return words;
    // (Never over another figure: "có độ mỏng chỉ 8,7 mm nhưng trọng lượng 209 g".)
    for (let q = k + 1; q < words.length; q++) if (hasDigit(words[q]?.word ?? '')) return words;
    return words.slice(k + 1);
  }
  return words;
}

/** `s` without the commas and white space ending it: what replace(/[,\s]+$/u, '') gives, read back from the end. */
function withoutTrailingCommas(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 0x2c || isSpace(s.charCodeAt(end - 1)))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Where the phrase of a long clause with no metric head starts (its last words: a fixed count of them
 * cut words in two, "ty đã nhận lại được khoản tiền", "quân 9 tháng của ông lớn này"): at the first
 * measure noun among its last ten words with words after it ("… với mức giá khởi điểm" → "mức giá khởi
 * điểm", "… hiện khối lượng thi công" → "khối lượng thi công"), else right after the first function
 * word among its last eight, where no word is cut ("… ngân hàng này" after "huy động được", not "động được ngân hàng
 * này"), else the last seven words as before.
 */
function tailStart(words: readonly MetricWord[]): number {
  const from = Math.max(0, words.length - TAIL_WORDS);
  const nounFrom = Math.max(0, words.length - NOUN_TAIL_WORDS);
  for (let i = nounFrom; i < words.length; i++) {
    const one = words[i]?.lower ?? '';
    const prev = words[i - 1]?.lower ?? '';
    // A two-word measure noun across the window's start ("tỷ | giá ngoại tệ …"): from its first word.
    if (i === nounFrom && i > 0 && i + 1 < words.length && MEASURE_NOUN_PAIRS.has(`${prev} ${one}`)) return i - 1;
    // Only a noun with words after it ("mức giá hấp dẫn"): one that ends the clause ("tàu hộ vệ tên lửa trị
    // giá") is told apart by the words before it, which say what is priced or scored.
    if (i + 2 < words.length && MEASURE_NOUN_PAIRS.has(`${one} ${words[i + 1]?.lower ?? ''}`)) return i;
    if (
      i + 1 < words.length &&
      MEASURE_NOUNS_ONE.has(one) &&
      !MEASURE_NOUN_NOT_AFTER.has(prev) &&
      !MEASURE_NOUN_PAIRS.has(`${prev} ${one}`) &&
      !MEASURE_NOUN_NOT_BEFORE.has(`${one} ${words[i + 1]?.lower ?? ''}`)
    ) {
      return i;
    }
  }
  for (let i = from; i < words.length - 2; i++) {
    const one = words[i]?.lower ?? '';
    // (Not before a figure: "được 800.000 ha/" would keep nothing but the figure.)
    if (TAIL_BOUNDARIES.has(one) && !TAIL_BOUNDARY_NOT_BEFORE.has(`${one} ${words[i + 1]?.lower ?? ''}`) && !hasDigit(words[i + 1]?.word ?? '')) return i + 1;
  }
  return words.length - 7;
}
/** How many of a long clause's last words are read for where its phrase starts. */
const TAIL_WORDS = 8;
/** How many of them are read for a measure noun: it may stand a little further back ("sản lượng tiêu thụ thép xây dựng của Hòa Phát"). */
const NOUN_TAIL_WORDS = 10;
/** Nouns of what is measured that open a phrase: "mức giá", "khoản tiền", "trọng lượng", "con số …". */
const MEASURE_NOUNS_ONE = new Set(['mức', 'giá', 'khoản', 'lượng', 'lương', 'vốn']);
const MEASURE_NOUN_PAIRS = new Set([
  'tỷ số', 'tỉ số', 'trọng lượng', 'sản lượng', 'khối lượng', 'dung lượng', 'hàm lượng', 'trữ lượng', 'lưu lượng', 'liều lượng',
  'con số', 'số tiền', 'lãi suất', 'chi phí', 'kinh phí', 'học phí', 'thu nhập', 'tiền lương', 'doanh số', 'diện tích', 'dân số',
  'quy mô', 'trị giá', 'tỷ giá', 'tỉ giá', 'đơn giá', 'điểm số', 'tổng mức',
]);
/**
 * Words before which "giá", "mức", "lượng", "khoản" … are the second half of another word: "đánh giá", "quá mức",
 * "chất lượng", "lực lượng", "thương lượng", "tài khoản", "điều khoản" (the halves of MEASURE_NOUN_PAIRS are
 * told by those pairs).
 */
const MEASURE_NOUN_NOT_AFTER = new Set(['đánh', 'thẩm', 'định', 'ước', 'quá', 'hết', 'đúng', 'vừa', 'chất', 'năng', 'số', 'lực', 'thương', 'tài', 'điều', 'độ']);
/** Where such a noun opens another word or is an adverb: "vốn dĩ", "vốn đã" (all along), "lương thực", "lương tâm". */
const MEASURE_NOUN_NOT_BEFORE = new Set(['vốn dĩ', 'vốn đã', 'vốn là', 'vốn có', 'vốn không', 'lương thực', 'lương tâm', 'giá như', 'giá mà']);
/**
 * Function words after which a phrase starts whole. Not "của", "như", "là": what follows them is the
 * owner, an example or the predicate ("suất thép xây dựng của Hòa Phát" would keep "Hòa Phát").
 */
const TAIL_BOUNDARIES = new Set(['và', 'với', 'được', 'đã', 'khi', 'nhưng', 'mà', 'thì', 'để', 'các', 'những']);
/** Where the word after such a word is still a function word: start after the second one. */
const TAIL_BOUNDARY_NOT_BEFORE = new Set(['và các', 'và những', 'với các', 'với những', 'được các', 'được những']);

/** "từ", "từ mức" right before a figure: it starts a step "từ X xuống/lên Y". */
function stepStartBefore(text: string, from: number, start: number): boolean {
  return STEP_START.test(text.slice(Math.max(from, start - 16), start));
}
const STEP_START = /(?<![\p{L}\p{M}])từ(?:[ \t\u00a0]+(?:mức|hơn|gần|khoảng|trên|dưới))?[ \t\u00a0]*$/iu;

/**
 * The words right after a step's first figure: "xuống", "lên", "xuống còn", "lên mức". Only when the figure's
 * unit is written with it ("từ 4,25%/năm xuống"): after a unit word of its own ("từ 300 đồng/lít xuống còn
 * 200 đồng/lít") the end kept its longer metric, because a cut written verb first in another report ("giảm
 * mức sử dụng quỹ 100 đồng/lít") would be read as the same level (tests/unit/analysis/earlierLevel.test.ts).
 */
function isStepEnd(tail: readonly MetricWord[]): boolean {
  return tail.length > 0 && tail.length <= 3 && MOVE_STOP.has(tail[0]?.lower ?? '') && tail.every((w) => STEP_FILLERS.has(w.lower));
}
const STEP_FILLERS = new Set(['xuống', 'lên', 'còn', 'mức', 'ở', 'hơn', 'gần', 'khoảng', 'trên', 'dưới']);
/** The units of the lexicon (`UNITS`) and the scale words, as a figure's words after it write them (see `withoutUnitWords`). */
const UNIT_TAIL_WORDS: ReadonlySet<string> = new Set([...UNITS.map((u) => u.form.toLowerCase()), 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn']);

/**
 * The words after a figure without the unit and scale words it opens with, at most three ("320 đồng/lít xuống còn",
 * "5 tỷ đồng lên": a unit with a per-unit is read by the part before its slash).
 */
function withoutUnitWords(tail: readonly MetricWord[]): readonly MetricWord[] {
  let k = 0;
  while (k < 3 && k < tail.length && UNIT_TAIL_WORDS.has((tail[k]?.lower ?? '').split('/')[0] ?? '')) k++;
  return k === 0 ? tail : tail.slice(k);
}

const RANK_VERB_WORDS = new Set(['xếp', 'tiếp tục xếp', 'tiếp tục', 'đứng', 'vươn lên', 'giữ', 'xếp hạng', 'leo lên', 'tụt xuống', 'lần lượt']);
const PLACE_OWNERS = new Set(['tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'tại', 'ở', 'của', 'nước', 'toàn', 'cả']);

/**
 * The first word of each place name ("bắc" of "bắc giang", "hà" of "hà nội"): a run of words is a place only when its
 * first word is one of these (the words of a metric hold no space, so the run's first word is the name's).
 */
const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACE_NAMES_LOWER].map((name) => name.split(' ')[0] ?? name));

/** Removes place names ("tỉnh Bắc Giang", "tại Bắc Ninh") from a metric phrase: they are its subject. */
function stripPlaces(words: MetricWord[]): MetricWord[] {
  const out: MetricWord[] = [];
  for (let i = 0; i < words.length; i++) {
    let matched = 0;
    // Place names are capitalised: a lower-case word starts none (most words, no slicing). Nor does a capitalised
    // word no place name opens with ("Doanh thu của Vinamilk": "Vinamilk"), which no longer joins and looks up its
    // four runs (issue 11: most capitalised words of a metric are no place).
    const first = words[i] as MetricWord;
    for (let k = first.word === first.lower || !PLACE_FIRST_WORDS.has(first.lower) ? 0 : 4; k >= 1 && matched === 0; k--) {
      if (i + k > words.length) continue;
      const seq = words.slice(i, i + k);
      if (seq.every((w) => w.word !== w.lower) && PLACE_NAMES_LOWER.has(joinLower(seq))) matched = k;
    }
    if (matched === 0) {
      out.push(words[i] as MetricWord);
      continue;
    }
    while (out.length > 0) {
      const prev = out[out.length - 1]?.lower ?? '';
      const pair = out.length >= 2 ? `${out[out.length - 2]?.lower} ${prev}` : '';
      if (PLACE_OWNERS.has(pair)) out.splice(-2, 2);
      else if (PLACE_OWNERS.has(prev)) out.pop();
      else break;
    }
    i += matched - 1;
  }
  return out;
}

interface MetricWord {
  word: string;
  lower: string;
}

/** The words of [from, to) split at white space, each with its folded form (same offsets). */
function splitWords(text: string, folded: string, from: number, to: number): MetricWord[] {
  const out: MetricWord[] = [];
  let i = from;
  for (;;) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    let j = i + 1;
    while (j < to && !isSpace(text.charCodeAt(j))) j++;
    out.push({ word: text.slice(i, j), lower: folded.slice(i, j) });
    i = j;
  }
  return out;
}

/** A quotation mark in the word: metric phrases leave them out. */
function hasQuote(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) return true;
  }
  return false;
}

function joinLower(words: readonly MetricWord[]): string {
  return words.map((w) => w.lower).join(' ');
}

/**
 * The two-word phrases of `set` as first word → second words, computed once per set: `set.has("a b")`
 * without building "a b" (words hold no space, so only two-word phrases can be such a pair).
 */
function pairsOf(set: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  let pairs = setPairs.get(set);
  if (pairs === undefined) {
    const built = new Map<string, Set<string>>();
    for (const phrase of set) {
      const space = phrase.indexOf(' ');
      if (space < 0 || phrase.indexOf(' ', space + 1) >= 0) continue;
      const first = phrase.slice(0, space);
      const seconds = built.get(first) ?? new Set<string>();
      seconds.add(phrase.slice(space + 1));
      built.set(first, seconds);
    }
    pairs = built;
    setPairs.set(set, pairs);
  }
  return pairs;
}
const setPairs = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, ReadonlySet<string>>>();

function hasPair(pairs: ReadonlyMap<string, ReadonlySet<string>>, first: MetricWord, second: MetricWord): boolean {
  return pairs.get(first.lower)?.has(second.lower) ?? false;
}

function stripTrailing(words: MetricWord[], set: ReadonlySet<string>): MetricWord[] {
  const pairs = pairsOf(set);
  let end = words.length;
  for (;;) {
    if (end >= 2 && hasPair(pairs, words[end - 2] as MetricWord, words[end - 1] as MetricWord)) end -= 2;
    else if (end >= 1 && set.has((words[end - 1] as MetricWord).lower)) end -= 1;
    else break;
  }
  return end === words.length ? words : words.slice(0, end);
}

function stripLeading(words: MetricWord[], set: ReadonlySet<string>): MetricWord[] {
  const pairs = pairsOf(set);
  let start = 0;
  for (;;) {
    if (start + 2 <= words.length && hasPair(pairs, words[start] as MetricWord, words[start + 1] as MetricWord)) start += 2;
    else if (start < words.length && set.has((words[start] as MetricWord).lower)) start += 1;
    else break;
  }
  return start === 0 ? words : words.slice(start);
}

/** A year ("2023") or a quarter or month of one ("i/2021", "9/2023"), as a whole word. */
export const YEAR_WORD = /^(?:\d{4}|[\divx]+\/\d{4})$/u;
/** YEAR_WORD's necessary first unit (a digit, "i", "v" or "x"), tested first: most words of a metric start otherwise. */
export function mayBeYear(word: string): boolean {
  const c = word.charCodeAt(0);
  return isDigitCode(c) || c === 0x69 || c === 0x76 || c === 0x78;
}

/** Removes "năm 2023", "6 tháng đầu năm 2021", "quý I/2021", "tháng 9/2023" and the like. */
function dropTimeWords(words: MetricWord[]): MetricWord[] {
  const out: MetricWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as MetricWord;
    if (mayBeYear(w.lower) && YEAR_WORD.test(w.lower)) {
      while (out.length > 0) {
        const prev = out[out.length - 1]?.lower ?? '';
        if (TIME_WORDS_IN_METRIC.has(prev) || /^\d{1,2}$/.test(prev)) out.pop();
        else break;
      }
      continue;
    }
    // "quý III năm ngoái", "tháng 12 năm nay": the quarter or month of a year named by a word.
    const n = out.length;
    // ("quý 4 năm trước đó": the year before another, which the period reader does not resolve — kept.)
    const relative = w.lower === 'trước' && /^(?:đó|nữa|kia)$/u.test(words[i + 1]?.lower ?? '');
    if ((w.lower === 'nay' || w.lower === 'ngoái' || (w.lower === 'trước' && !relative)) && n >= 3 && out[n - 1]?.lower === 'năm' && /^(?:\d{1,2}|[ivx]+)$/u.test(out[n - 2]?.lower ?? '') && /^(?:quý|tháng)$/u.test(out[n - 3]?.lower ?? '')) {
      out.length = n - 3;
      // "… so với tháng 12 năm ngoái": the baseline goes with it.
      if (out[out.length - 1]?.lower === 'với' && out[out.length - 2]?.lower === 'so') out.length -= 2;
      continue;
    }
    out.push(w);
  }
  dropTrailingPeriod(out);
  return out;
}

/**
 * A period ending a metric's words (lower case, single spaces). Not "N tháng" alone: as often a term as a period
 * ("thu ngân sách 9 tháng" / "gói cước 12 tháng", "lãi suất kỳ hạn 6 tháng"); after "trong" it is the window.
 */
const TRAILING_PERIOD =
  /(?:^| )(?:trong (?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một) tháng(?: qua| đầu năm(?: nay)?)?|\d{1,2} tháng đầu năm(?: nay)?|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) tháng đầu năm nay|nửa đầu năm(?: nay)?|đầu năm nay|cuối năm nay|năm (?:nay|ngoái)|(?:cuối )?quý (?:[ivx]+|[1-4])|tháng (?:1[0-2]|0?[1-9]|tư|sáu|bảy|tám|chín|mười(?: một| hai)?))$/u;
/**
 * Words before a trailing "năm nay" / "quý III" / "tháng 6" that make it part of a period the reader does not read whole
 * ("nửa cuối năm ngoái", "giữa quý 3", "rằm tháng 7"), or a thing the month names ("dầu WTI giao tháng 6", a contract;
 * "lãi suất kỳ hạn tháng 6"; review s80-2).
 */
const PART_OF_PERIOD_BEFORE = new Set(['đầu', 'cuối', 'giữa', 'nửa', 'tháng', 'quý', 'kỳ', 'học', 'mùa', 'vụ', 'tuần', 'rằm', 'mùng', 'mồng', 'giao', 'hạn']);

/**
 * Drops (in place) a period that ends the metric's words, which the period reader reads on its own: "xuất khẩu gạo [6
 * tháng đầu năm]", "kim ngạch xuất khẩu [năm nay]", "doanh thu [quý III]", "hàng tồn kho [cuối quý 3]", "lợi nhuận
 * [nửa đầu năm]", "lạm phát [tháng 10]" (engine 79). Only the phrases that reader reads as the period they say (review s77: "nửa cuối năm", "ba tháng
 * đầu năm", "2 tháng cuối năm" it does not read, "nửa cuối năm ngoái" it reads as the year), and never the whole metric.
 */
function dropTrailingPeriod(out: MetricWord[]): void {
  if (out.length < 2) return;
  const last = out[out.length - 1]?.lower ?? '';
  if (last !== 'tháng' && last !== 'qua' && last !== 'năm' && last !== 'nay' && last !== 'ngoái' && !/^(?:[ivx]+|1[0-2]|0?[1-9]|tư|sáu|bảy|tám|chín|mười|một|hai)$/u.test(last)) return;
  const tail = joinLower(out.slice(Math.max(0, out.length - 7)));
  const m = TRAILING_PERIOD.exec(tail);
  if (m === null) return;
  const cut = m[0].trim().split(' ').length;
  if (cut >= out.length) return;
  const before = out[out.length - cut - 1]?.lower ?? '';
  if (PART_OF_PERIOD_BEFORE.has(before) || /^\d/u.test(before)) return;
  out.length -= cut;
}

const HEAD_FIRST_WORDS = new Set([...METRIC_HEADS].map((h) => h.split(' ')[0] ?? h));

function findHead(words: readonly MetricWord[]): number {
  for (let i = 0; i < words.length; i++) {
    const one = words[i]?.lower ?? '';
    if (!HEAD_FIRST_WORDS.has(one)) continue;
    if (METRIC_HEADS.has(one) || (i + 1 < words.length && METRIC_HEADS.has(`${one} ${words[i + 1]?.lower}`))) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Checkworthiness

const BASE_SCORE: Readonly<Record<Expression['kind'], number>> = {
  money: 0.75,
  percent: 0.7,
  rank: 0.7,
  change: 0.65,
  ratio: 0.6,
  streak: 0.6,
  count: 0.5,
  measure: 0.5,
  date: 0.45,
  duration: 0.35,
};

/**
 * How much a figure deserves an editor's check, in [0, 1]: kind first (money and shares matter
 * most), raised when the sentence names who it is about, compares or ranks, and lowered for
 * targets and forecasts (a promise is not yet a fact) and for tiny bare counts.
 */
function scoreCheckworthiness(expr: Expression, hasSubject: boolean, hasMetric: boolean, emphasis: boolean, modality: Modality): number {
  let score = BASE_SCORE[expr.kind];
  if (hasSubject) score += 0.1;
  if (hasMetric) score += 0.05;
  if (emphasis) score += 0.1;
  if (expr.qualifier !== 'exact') score -= 0.05;
  if (modality !== 'fact') score -= 0.15;
  if (expr.kind === 'count' && expr.value <= 10) score -= 0.15;
  if (expr.value >= 1e9 || (expr.kind === 'percent' && expr.value % 1 !== 0)) score += 0.05;
  return Math.round(Math.min(1, Math.max(0.05, score)) * 100) / 100;
}
