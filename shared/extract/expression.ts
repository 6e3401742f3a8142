/**
 * Reads the number expression around one number found in the text: its value with scale words,
 * its unit and kind, ratio/rank totals, range bounds, streak years and qualifier — or decides that
 * the number is not a quantity (an identifier, a label, a year or date used as a time reference,
 * a time of day, a version).
 */
import type { ClaimKind, Qualifier } from '../schema';
import { isValidDate, toDateNumber, toIsoDate, type CalendarDate } from './dates';
import {
  ADMIN_UNITS,
  COUNT_NOUNS_AFTER_YEARLIKE,
  ONE_SYLLABLE_NOUNS,
  DIEM_PLACE_NEXT,
  EVENT_ORDINAL_NOUNS,
  EVENT_VERBS,
  LABEL_BEFORE,
  NOT_COUNTED_NOUN,
  NOT_COUNTED_PAIRS,
  NOT_COUNTED_AFTER_NAME,
  WEAK_LABEL_BEFORE,
  MILESTONE_QUALIFIERS,
  QUALIFIERS_BEFORE,
  RANK_VERBS,
  TIME_UNITS,
  TWO_SYLLABLE_NOUNS,
  UNITS,
  type UnitDef,
} from './lexicon';
import { applyScales, ORDINAL_WORDS, parseDigitNumber, parseWordNumber, roundFloat, SCALE_WORDS } from './numbers';
import {
  anyWholeWord,
  isLetter,
  digitsOnly,
  dottedPart,
  isDigit,
  isDigitCode,
  isUpper,
  isWordCode,
  isWordOrDigit,
  blanksEnd,
  firstUnitsOf,
  gluedTokenEnd,
  joinedWords,
  lettersEnd,
  matchAt,
  matchGated,
  normalizePhrase,
  phraseAfterRegex,
  phraseBefore,
  phraseBeforeRegex,
  phraseEndingAt,
  stickyGate,
  wordsBefore,
  wordBefore,
  wordsAfter,
} from './scan';
import { PLACE_NAMES_LOWER } from './entities';
import { fitsVietnameseSyllable, MONEY_NOUNS } from './lexicon';
import { isLetterUnit } from './mentions';
import { isEnumerationMarker, type Span } from './sentences';
import { spanHas } from './sentenceMemo';

/** One number as the scanner found it. */
export interface Atom {
  start: number;
  end: number;
  raw: string;
  /** 'digits' ("1.891"), 'words' ("hai mươi mốt"), 'ordinal' ("thứ nhất"), 'phrase' ("gấp đôi", "một phần tư"). */
  form: 'digits' | 'words' | 'ordinal' | 'phrase';
}

/** A number expression that is a claim, before its context (subject, metric…) is read. */
export interface Expression {
  start: number;
  end: number;
  kind: ClaimKind;
  value: number;
  total: number | null;
  upper: number | null;
  unit: string | null;
  qualifier: Qualifier;
  years: number[] | null;
  /** ISO date of a date claim. */
  date: string | null;
  /** Where the number itself starts, after any qualifier or "thứ". */
  numberStart: number;
  /** Who the figure is about when the expression says it itself (a ranking row's name). */
  about?: string | null;
  /** Where the amount starts whose metric a running total with its unit left out shares ("đạt 507,77 tỷ đồng, lũy kế 9 tháng đạt 1.520"). */
  metricAt?: number;
}

export type Reading = { expression: Expression; next: number } | { expression: null; next: number };

const skip = (next: number): Reading => ({ expression: null, next });

const SP = String.raw`[ \t\u00a0]`;

const QUALIFIER_PHRASES = new Set(QUALIFIERS_BEFORE.map(([p]) => p));
const QUALIFIER_BY_PHRASE = new Map<string, Qualifier>(QUALIFIERS_BEFORE.map(([p, q]) => [p, q]));
/** "cao hơn 5%" states a difference, not a lower bound. */
const COMPARATIVE_ADJECTIVES = new Set(['cao', 'thấp', 'nhiều', 'ít', 'lớn', 'nhỏ', 'nhanh', 'chậm', 'dài', 'ngắn', 'rộng', 'hẹp', 'đắt', 'rẻ', 'mạnh', 'yếu', 'sớm', 'muộn', 'xa', 'tốt', 'kém']);
const VAGUE_PHRASES = new Set(['hàng', 'vài', 'mấy', 'dăm', 'hằng', 'hàng chục', 'hàng trăm', 'vài chục', 'mươi', 'một vài']);
const THU = new Set(['thứ']);
const CHANGE_WORDS = new Set([
  'tăng', 'giảm', 'tụt', 'hạ', 'mất', 'cộng', 'sụt', 'sụt giảm', 'nhích', 'nhích thêm', 'thêm', 'tăng thêm', 'giảm thêm', 'tăng trưởng',
  'điều chỉnh', 'điều chỉnh tăng', 'điều chỉnh giảm', 'bớt', 'lao dốc', 'tăng vọt', 'giảm mạnh', 'tăng mạnh', 'giảm nhẹ', 'tăng nhẹ',
  // "giá cổ phiếu Netflix rớt mạnh 9%": "rớt" is a fall like "tụt" (engine 33).
  'rớt', 'rớt mạnh', 'rớt nhẹ', 'sụt mạnh',
]);
/**
 * "thi rớt 2 môn", "bị rớt 3 thí sinh": "rớt" as failing (an exam), no fall — for a count only. A fall of a share,
 * a price or a rank ("rớt mạnh 9%", "bị rớt 5%", "rớt 2 bậc") is a change.
 */
function failedNotFell(folded: string, sentenceStart: number, verb: { phrase: string; start: number }, kind: string, unit: string | null): boolean {
  if (!verb.phrase.startsWith('rớt')) return false;
  if (kind === 'count' && FAILED_BEFORE.has(wordsBefore(folded, sentenceStart, verb.start, 1)[0]?.word ?? '')) return true;
  return kind === 'count' && !FALL_COUNT_UNITS.has((unit ?? '').split(' ')[0] ?? '');
}
const FAILED_BEFORE: ReadonlySet<string> = new Set(['thi', 'bị', 'trượt', 'đánh']);
const FALL_COUNT_UNITS: ReadonlySet<string> = new Set(['bậc', 'hạng', 'điểm', 'vị']);
/** Units of specifications given as two values ("2,4/5 GHz" bands, "150/50 Mbps" down/up); "20/25 km" is a part of a whole. */
const TWO_VALUE_UNITS = /^(?:ghz|mhz|mbps|gbps|kbps|gb|mb|tb|mp|megapixel)$/u;

/** After a percentage: a group by income ("nhóm giàu", "dân số nghèo nhất"). */
const INCOME_GROUP_AFTER = /^[ \t\u00a0]+(?:nhóm[ \t\u00a0]+(?:(?:dân số|hộ|người|dân)[ \t\u00a0]+)?(?:giàu|nghèo)|(?:dân số|hộ|người|dân)[ \t\u00a0]+(?:giàu|nghèo)[ \t\u00a0]+nhất)(?![\p{L}\p{M}])/u;

/**
 * "nhận thêm ba chiếc", "mở rộng thêm 30 huyện": "thêm" + number is a change (the gold's rule); not after "có"
 * (a count created: "có thêm 148.000 việc làm"), a verb of paying ("chi ra thêm 50 USD": a price gap), of
 * speaking or reading ("cho biết thêm 80% …"), "còn thêm", or a trade ("thỏa thuận thêm").
 */
const EXTRA_NOT_CHANGE = new Set([
  'có', 'ra', 'chi', 'trả', 'tốn', 'bù', 'đóng', 'nộp', 'bỏ', 'mất',
  // "cho biết thêm 80% …", "nói thêm", "xem thêm 10 mẫu": speaking or reading more, not adding.
  'biết', 'nói', 'kể', 'sẻ', 'tin', 'thích', 'xem', 'đọc', 'khảo', 'hỏi', 'còn', 'thuận',
]);
/**
 * A number that names a class or an event, not a quantity (engine 37): a vehicle's class ("xe khách 45 chỗ"; not
 * "bãi xe 200 chỗ", "xe buýt có 45 chỗ"), a hotel's ("khách sạn 4-5 sao"; not "được chấm 4,5 sao"), a race
 * ("HCV 1.500 m nữ", "nội dung 800 m tự do"; not "chạy 800 m mỗi ngày"), a weight class ("hạng cân 51 kg") and a
 * mark that defines what is counted ("131 bài thi đạt điểm 10 môn Toán").
 */
function namesAClass(text: string, folded: string, sentence: Span, start: number, end: number, kind: ClaimKind | null, unit: string | null): boolean {
  if (kind !== 'count' && kind !== 'measure') return false;
  const before = folded.slice(Math.max(sentence.start, start - 40), start);
  const noun = (unit ?? '').split(' ')[0] ?? '';
  if (kind === 'count') {
    if (noun === 'chỗ') return VEHICLE_CLASS_BEFORE.test(before);
    if (noun === 'sao') return HOTEL_CLASS_BEFORE.test(before);
    if (noun === 'môn') return MARK_BEFORE.test(before) && !SUBJECT_LIST_AFTER.test(text.slice(end, end + 40));
    return false;
  }
  if (unit === 'm' || unit === 'km') {
    // (A lower-case "nam"/"nữ" after the distance was removed after the second review: "30 km nam Quảng Ngãi".)
    return RACE_BEFORE.test(before) || RACE_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 24)));
  }
  if (unit === 'kg') return WEIGHT_CLASS_BEFORE.test(before);
  return false;
}
const VEHICLE_CLASS_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:bãi|nhà|điểm|bến|chỗ|có|mỗi|một)[ \t\u00a0]+)(?:xe|ô tô)(?:[ \t\u00a0]+(?:khách|buýt|du lịch|con|ô tô|giường nằm|limousine))?[ \t\u00a0]+(?:từ[ \t\u00a0]+)?$/u;
const HOTEL_CLASS_BEFORE = /(?<![\p{L}\p{M}])(?:khách sạn|resort|du thuyền)(?:[ \t\u00a0]+(?:chuẩn|tiêu chuẩn|đạt chuẩn))?[ \t\u00a0]+(?:từ[ \t\u00a0]+)?$/u;
/** "đạt điểm 10 môn Toán": a mark; not a sum over subjects ("tổng điểm 3 môn thi", "cộng điểm 2 môn năng khiếu"). */
const MARK_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:tổng|cộng|xét|tính|trung bình)[ \t\u00a0]+)điểm[ \t\u00a0]+$/u;
/** "điểm 3 môn Toán, Văn, Anh": the subjects listed, so it counts them. */
const SUBJECT_LIST_AFTER = /^[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*)?[ \t\u00a0]*(?:,|và|\+)/u;
const RACE_BEFORE = /(?<![\p{L}\p{M}])(?:nội dung|hcv|hcb|hcđ|huy chương(?:[ \t\u00a0]+(?:vàng|bạc|đồng))?)[ \t\u00a0]+$/u;
const RACE_AFTER = /^[ \t\u00a0]+(?:tự do|ếch|bướm|ngửa|hỗn hợp|vượt rào|chướng ngại vật|tiếp sức)(?![\p{L}\p{M}])/u;
const WEIGHT_CLASS_BEFORE = /(?<![\p{L}\p{M}])hạng(?:[ \t\u00a0]+cân)?[ \t\u00a0]+$/u;

/**
 * A payment after a month or a quarter: "2 tháng lương", "4 quý tiền điện", "3 tháng học phí" (engine 37). Only
 * named payments ("tiền bạc", "tiền tiết kiệm" are no payment), and only after a verb of paying, owing or granting
 * (PAY_VERB_BEFORE): "thử việc 2 tháng lương 85%", "Hơn 2 tháng tiền điện tăng gấp đôi" stay lengths of time.
 */
const PAY_AFTER_TIME_UNIT = /^[ \t\u00a0]+(lương|tiền[ \t\u00a0]+(?:lương|điện|nước|nhà|thuê(?:[ \t\u00a0]+(?:nhà|đất|mặt bằng))?|học|thuế|bảo hiểm(?:[ \t\u00a0]+(?:xã hội|y tế))?|công|ăn|trọ|lãi|trợ cấp|hỗ trợ)|học phí|trợ cấp|phụ cấp)(?![\p{L}\p{M}])/u;
/**
 * A verb of paying, owing or granting right before the months, as a whole word (a qualifier at most between):
 * "trả 2 tháng lương", "chậm trả 2 tháng lương", "nợ hơn 4 tháng lương", "thưởng Tết 2,5 tháng lương". Narrowed
 * after the second review: "chấp nhận làm thêm 3 tháng lương thấp", "nhận làm 3 tháng lương", "khoa cấp cứu 2 tháng
 * tiền ăn" are lengths of time (a compound's last syllable or a verb further back is no payer).
 */
function paidBefore(folded: string, sentenceStart: number, start: number): boolean {
  return PAY_VERB_BEFORE.test(folded.slice(Math.max(sentenceStart, start - 40), start));
}
const PAY_VERB_BEFORE =
  /(?<![\p{L}\p{M}])(?<!(?:chấp|tiếp|xác|thừa|ghi|ảnh|cao|kiêm|phong|nội)[ \t\u00a0]+)(?:trả|nợ|thưởng(?:[ \t\u00a0]+tết)?|lĩnh|nhận|hưởng|trợ cấp|hỗ trợ|miễn|bồi thường|tạm ứng|nộp|đóng|chi|cấp|tặng|truy thu|trừ|phạt)(?:[ \t\u00a0]+(?:hơn|gần|khoảng|chừng|đủ|được))?[ \t\u00a0]+$/u;
/** A time frame's word right before the number (with a qualifier at most): "sau 2 tháng", "trong gần 3 tháng". */
const FRAME_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:sau|trong|suốt|qua|từ|mất|kéo dài)(?:[ \t\u00a0]+(?:hơn|gần|khoảng|chừng|đúng|chỉ))?[ \t\u00a0]+$/u;
/** Averaging words that may stand between a change verb and its amount: "tăng bình quân 6%" (engine 37). */
const AVERAGE_WORDS: ReadonlySet<string> = new Set([
  'bình quân',
  'trung bình',
  // "Hai mã này tăng tương ứng 0,75% và 0,61%", "giảm lần lượt 2% và 3%": the word pairing amounts with the
  // things named stands between the verb and its first amount too (engine 72).
  'tương ứng',
  'lần lượt',
]);
const GAP = new Set(['gấp']);
const SO = new Set(['số']);
const TU = new Set(['từ']);
/** A price, then "từ" right before its amount (lower-cased): "giá khởi điểm từ", "giá vé từ", "có giá chỉ từ". */
const PRICE_FROM_BEFORE = /(?<![\p{L}\p{M}])giá(?:[ \t\u00a0]+(?:khởi[ \t\u00a0]+điểm|bán(?:[ \t\u00a0]+lẻ)?|niêm[ \t\u00a0]+yết|vé|thuê|chỉ))?[ \t\u00a0]+từ[ \t\u00a0]+$/u;
/** A word of movement or a range's end right after an amount: "từ 39.800 đồng lên 40.700 đồng". */
const MOVE_AFTER = /^[ \t\u00a0]*(?:(?:tăng|giảm|hạ|nâng|điều[ \t\u00a0]+chỉnh|mỗi[ \t\u00a0]+[\p{L}\p{M}]+)[ \t\u00a0]+)?(?:lên|xuống|về|còn|đến|tới|thành|-|–)(?![\p{L}\p{M}])/u;
const RANK_PREFIXES = new Set(['xếp hạng', 'hạng', 'vị trí', 'vị trí số', 'top', 'tốp', 'nhóm', 'tốp đầu', 'nhóm đầu']);
const DATE_WORDS = new Set(['ngày', 'hôm', 'dịp', 'lễ', 'tết', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rạng sáng', 'sáng sớm', 'chiều tối', 'từ ngày', 'đến ngày', 'tới ngày', 'vào ngày', 'mồng', 'mùng']);
const WEEKDAY_BEFORE = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,(]?\s*$/iu;
const PHONE_WORDS = new Set(['điện thoại', 'đt', 'sđt', 'hotline', 'tel', 'fax', 'đường dây nóng', 'zalo', 'số máy', 'di động', 'liên hệ', 'tổng đài']);
const TIME_WORDS = new Set([
  'năm', 'năm học', 'niên khóa', 'niên khoá', 'giai đoạn', 'thời kỳ', 'mùa', 'vụ', 'khóa', 'khoá', 'nhiệm kỳ', 'đầu', 'cuối',
  'giữa', 'từ', 'đến', 'tới', 'trước', 'sau', 'trong', 'hết', 'tháng', 'quý', 'dịp', 'hồi', 'vào',
]);
const YEAR_LIST_BEFORE = /\d{4}\s*(?:,|;|và|hoặc|-|–|—|đến|tới|\/)\s*$/iu;
const DOC_REFERENCE_BEFORE =
  /(?:[\p{L}\p{M}\d]+[/-]\p{Lu}[\p{L}\p{M}\-/]*|(?:số|nghị quyết|quyết định|thông tư|nghị định|chỉ thị|công văn|kế hoạch|đề án|luật|thông báo|công điện)\s+\d[\d/.-]*)\s*,?\s*(?:được\s+)?(?:ban hành|ký|thông qua)?\s*(?:vào\s+)?(?:ngày)?\s*$/iu;
const AS_OF_BEFORE = /(?<![\p{L}\p{M}])(?:tính đến|tính tới|tính từ|cho đến|cho tới|đến|tới|trước|hết|trong|sau|hạn|chậm nhất)\s+(?:hết\s+)?(?:ngày\s+)?$/iu;
/** "mỗi ngày ", "hằng ngày ", "ban ngày ": a rate or a time of day, no date after it. */
const EVERY_DAY_BEFORE = /(?<![\p{L}\p{M}])(?:mỗi|hằng|hàng|ban|cả)[ \t\u00a0]+(?:ngày|đêm)[ \t\u00a0]+$/u;
/** A scale, a percent or an hour after a dotted number: "12.5 triệu", "12.5 %", "10.5 giờ", "3.5 tiếng". */
const DOTTED_NOT_DAY_AFTER = /^[ \t\u00a0]*(?:%|nghìn|ngàn|triệu|tỷ|tỉ|trăm|chục|giờ|tiếng|phút|lần)(?![\p{L}\p{M}])/u;
/** A day word right before the number: "Ngày ", "sáng ", "hôm ". */
const DAY_WORD_RIGHT_BEFORE = /(?<![\p{L}\p{M}])(?:ngày|hôm|mồng|mùng|sáng|trưa|chiều|tối|đêm|khuya)[ \t\u00a0]+$/u;
/**
 * "trước ngày ", "chậm nhất là ", "hạn chót " right before a day — not after "tính đến" (an as-of time) nor
 * "so với / thời điểm / kể từ" (a comparison base, a start).
 */
const DEADLINE_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:tính|cho)\s+(?:đến|tới)\s+|(?:so\s+với|thời\s+điểm|kể\s+từ|từ)\s+)(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|hạn\s+chót(?:\s+là)?)\s+(?:ngày\s+)?$/iu;
/** Words that make a clause set a deadline: a duty, a request, a plan or a promise. */
const DEADLINE_MARKERS = /(?<![\p{L}\p{M}])(?:sẽ|phải|cần|muốn|đề\s+xuất|yêu\s+cầu|đề\s+nghị|để|buộc|hoàn\s+thành|hoàn\s+tất|kịp)(?![\p{L}\p{M}])/iu;

/**
 * A deadline lies ahead: the day is not before the date line's ("so với trước ngày 1/7/2013", "ông A bán căn
 * nhà trước ngày 12/3/2012", "hợp đồng ký trước ngày 1/7/2013" in a later article are a base, a past event,
 * a cut-off). With no date line, nothing says it is past.
 */
function notBeforeDateLine(published: string | null, date: CalendarDate): boolean {
  return published === null || toIsoDate(date) >= published.slice(0, 10);
}

/**
 * The day at `numberStart`, after "trước (ngày)", ends a deadline its sentence sets: a marker of a duty, a
 * request, a plan or a promise before it ("sẽ có văn bản …, hỗ trợ … trước ngày 30/11/2013", "trình … để
 * triển khai trước 16/11", "yêu cầu các doanh nghiệp đăng ký trước ngày …"); the caller checks that the day
 * lies ahead of the date line.
 */
function setsDeadline(text: string, sentenceStart: number, numberStart: number): boolean {
  return DEADLINE_MARKERS.test(text.slice(Math.max(sentenceStart, numberStart - 200), numberStart));
}
// "áp dụng từ 20 giờ 00 phút ngày 22/10/2013", "có hiệu lực từ 0h ngày 1/1/2024": the moment something takes
// effect from may name its hour ("phát hiện vào lúc 23h ngày 19.10.2013" is when an event was seen).
const EVENT_VERB_BEFORE = phraseBeforeRegex(
  EVENT_VERBS,
  String.raw`${SP}+(?:(?:kể từ|từ)${SP}+\d{1,2}${SP}*(?:giờ|h)(?:${SP}*\d{1,2}(?:${SP}*phút)?)?${SP}+|(?:vào|từ|kể từ|trong)${SP}+)?(?:(?:ngày|hôm)${SP}+)?$`,
);
/** "từ ngày 2/11", and the end of its span "… đến ngày 10/11" (an as-of "tính đến ngày" is read before). */
const FROM_DAY_BEFORE = /(?<![\p{L}\p{M}])(?:từ|kể từ|vào|(?<!tính\s)đến)\s+ngày\s+$/iu;
/** "Từ ngày 1/9, thuế xuất khẩu than giảm …": a change that takes effect on the day. */
const CHANGE_TAKES_EFFECT = /(?<![\p{L}\p{M}])(?:tăng|giảm|điều chỉnh|áp dụng)(?![\p{L}\p{M}])/iu;
/** "Ngày 30/10, tại Hà Nội đã diễn ra cuộc họp …": the day of the occasion reported, no milestone. */
const OCCASION_AFTER = /^\s*,?\s*(?:tại\s|(?:[^.,;]{0,60}\s)?(?:cuộc họp|hội nghị|hội thảo|buổi làm việc|tọa đàm|họp báo|phiên họp|buổi lễ)(?![\p{L}\p{M}]))/iu;
const EVENT_VERB_ANYWHERE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${EVENT_VERBS.map((v) => v.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}\p{M}])`,
  'iu',
);
/**
 * What may stand between "phát biểu" and an event verb for the speech to be the event: nothing ("phát biểu khai
 * mạc") or "tại lễ/buổi/phiên" ("phát biểu tại lễ khởi công"); never "rằng", "về", ":" ("phát biểu rằng dự án
 * khởi công …" is a saying).
 */
const SPEECH_EVENT_GAP = /^[ \t]+(?:tại[ \t]+(?:buổi[ \t]+lễ|lễ|buổi|phiên)[ \t]+)?$/iu;
/** A verb of reporting or saying: the day before it is when something was told, not what was done. */
const REPORTED_AFTER = /(?<![\p{L}\p{M}])(?:đưa tin|cho biết|dẫn lời|trích lời|trả lời|phát biểu|nhận định|bình luận|tiết lộ|khẳng định)(?![\p{L}\p{M}])/iu;
/**
 * "Theo báo cáo được phát hành (vào) ngày ", "Theo số liệu công bố hôm ": a source cited in an opening
 * "Theo …" clause (no comma yet between "Theo" and the day).
 */
const SOURCE_CITED_BEFORE = /(?:^|[,;:(]\s*|\s)[Tt]heo\s+(?:[^,.;:]{0,30}\s)?(?:báo cáo|thông báo|số liệu|thống kê|dữ liệu|bản tin|kết quả|khảo sát|công bố)[^,.;:]{0,40}\s(?:ngày|hôm)\s+$/u;
/** What may open a clause before its date: "Ngày …", "Từ ngày …", "Cụ thể ngày …", "Theo đó, từ ngày …". */
const CLAUSE_START_DATE_PREFIX = /^(?:(?:cụ\s+thể|theo\s+đó|trước\s+đó|sau\s+đó|tiếp\s+đó|đặc\s+biệt|riêng)\s*,?\s*)?(?:vào|từ|kể\s+từ)?\s*(?:ngày|hôm)?\s*$/iu;

/** A scale word after a number (not before a lower-case "phú": see PHU_AFTER). */
const SCALE_AFTER = new RegExp(
  String.raw`${SP}{0,3}(nghìn|ngàn|triệu|tỷ|tỉ|trăm|chục|vạn)((?:${SP}{0,3}(?:nghìn|ngàn|triệu|tỷ|tỉ)){0,3})(${SP}+rưỡi)?(?=đồng|usd|vnđ|vnd|đô|[^\p{L}\p{M}]|$)`,
  'uy',
);
const RATIO_AFTER = new RegExp(String.raw`${SP}?\/${SP}?(\d+(?:[.,]\d+)*)(?![\d/]|[.,]\d)`, 'uy');
const DATE_AFTER = /([/.-])(\d{1,2})(?:\1(\d{4}|\d{2})(?![\d]))?(?![\d/])/uy;
const WORD_DATE_AFTER = new RegExp(String.raw`${SP}+tháng${SP}+(\d{1,2})(?:${SP}*(?:,|\/|năm)${SP}*(\d{4}))?(?!\d)`, 'uy');
const RANGE_AFTER = new RegExp(String.raw`${SP}*(?:[-–—~]|đến|tới)${SP}*(\d+(?:[.,]\d+)*)`, 'uy');
const TIME_AFTER = /\s*[:hg]\s*(\d{2})(?!\d)|\s*h(?![\p{L}\p{M}])/uy;
const DOC_ID_AFTER = /(?:[/.-]\d{1,8}){0,3}[/-]\p{Lu}[\p{L}\p{M}\d\-/]{0,40}/uy;
const TWENTY_FOUR_SEVEN = /\/7(?!\d)/y;
const TRO_AFTER = new RegExp(String.raw`${SP}*(trở lên|trở xuống)(?![\p{L}\p{M}])`, 'uy');
const STREAK_AFTER = new RegExp(String.raw`${SP}+(liên tiếp|liền(?!${SP}*kề)|liên tục)(?![\p{L}\p{M}])`, 'uy');
const YEARS_AFTER = new RegExp(String.raw`${SP}{0,3}\(${SP}{0,3}((?:\d{4}${SP}{0,3}(?:,|;|và|-|–|—)${SP}{0,3}){1,15}\d{4})${SP}{0,3}\)`, 'uy');
const TIME_UNIT_AFTER = phraseAfterRegex(Object.keys(TIME_UNITS), String.raw`${SP}*`);
const PERIOD_AFTER_TIME_UNIT = phraseAfterRegex([
  'đầu', 'cuối', 'giữa', 'qua', 'gần đây', 'trở lại đây', 'tới', 'sắp tới', 'trước', 'vừa qua', 'kế tiếp', 'tiếp theo', 'năm',
  'năm nay', 'năm ngoái', 'của năm', 'liền trước', 'đã qua', 'trước đó', 'sau đó', 'sau', 'rưỡi qua', 'rưỡi vừa qua',
  'rưỡi gần đây',
]);
const CLOCK_AFTER_GIO = /[ \t]*(?:\d|phút|sáng|chiều|tối|trưa|đêm|kém|đúng)/uy;
/** After "giờ", the day itself: "22 giờ ngày 5/3", "17 giờ cùng ngày", "22 giờ hôm qua". */
const DAY_AFTER_GIO = /[ \t]+(?:(?:ngày|hôm)[ \t]+\d|cùng[ \t]+ngày(?![\p{L}\p{M}])|hôm[ \t]+(?:nay|qua|trước)(?![\p{L}\p{M}]))/uy;
/**
 * Before such hours, what makes them a time of day: the clause opens on them ("Khoảng 22 giờ hôm qua, …",
 * "Sau 17 giờ ngày 10/3 …") or an event happens at them ("xảy ra khoảng 9 giờ hôm qua"). Otherwise they are a
 * length ("phải chờ 6 giờ hôm qua", "làm việc 12 giờ ngày thường").
 */
const CLOCK_OPENING_BEFORE = /(?:^|[,;:(][ \t\u00a0]*|(?<![\p{L}\p{M}])(?:xảy ra|diễn ra|bắt đầu|kết thúc)[ \t\u00a0]+)(?:(?:sau|trước|khoảng|chừng|tầm|vào|lúc)[ \t\u00a0]+){0,2}$/u;
const CLOCK_WORDS = new Set(['lúc', 'vào lúc', 'vào', 'từ', 'đến', 'tới', 'đúng']);
const PER_UNIT_AFTER = new RegExp(String.raw`${SP}?\/${SP}?(người|tháng|năm|ngày|kg|lít|tấn|ha|m2|m²|lượt|căn|suất|giờ|km|chiếc|con|hộ|học sinh|cổ phiếu|cp|thùng|gói|sản phẩm|cái|tuần|ca|lần|m3|m³|đêm|phòng|khách|lượng|chỉ(?![ \t\u00a0]+tiêu)|kwh|tạ|usd|eur|euro|yên nhật|yên|jpy|nhân dân tệ|ndt|cny|bảng anh|gbp|đô la mỹ|đô la|đô(?!${SP}+(?:la|thị|vật|thành|hội|đốc|hộ)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])`, 'uy');
/** A currency per one unit of which a rate is given ("23.150 đồng/USD"): written as the code. */
const PER_CURRENCY: Readonly<Record<string, string>> = { usd: 'USD', eur: 'EUR', euro: 'EUR', 'yên nhật': 'JPY', yên: 'JPY', jpy: 'JPY', 'nhân dân tệ': 'CNY', ndt: 'CNY', cny: 'CNY', 'bảng anh': 'GBP', gbp: 'GBP', 'đô la mỹ': 'USD', 'đô la': 'USD', đô: 'USD' };
/** The currencies' codes among PER_CURRENCY's keys (folded): a bare "23.150/USD" is read as a rate in đồng. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(['usd', 'eur', 'jpy', 'cny', 'gbp']);
/** What DOC_ID_AFTER reads when the slash is followed by a currency's code alone ("23.150/USD"): no document. */
const CURRENCY_CODE_ID = new RegExp(`^[ \\t\\u00a0]*\\/[ \\t\\u00a0]*(?:${[...CURRENCY_CODES].map((c) => c.toUpperCase()).join('|')})$`, 'u');
/**
 * A currency other than the đồng named in a clause before "N/USD": the rate is that currency's ("đồng won", "rupiah",
 * "nhân dân tệ", "yên"). Folded text; "yên" of "Yên Bái" counts too (the rate is then left unread, as before engine 78).
 */
const FOREIGN_CURRENCY_BEFORE =
  /(?<![\p{L}\p{M}])(?:won|rupiah|kip|riel|baht|bạt|peso|ringgit|rúp|rupee|yên|yuan|nhân dân tệ|ndt|euro|bảng anh|franc|lira|dinar|rand|đô la (?:singapore|úc|canada|hồng kông|hong kong|đài loan|new zealand))(?![\p{L}\p{M}])/u;
/** The unit after the slash of a per-unit (see PER_UNIT_AFTER): a currency as its code, else the phrase. */
const perUnitOf = (per: string): string => PER_CURRENCY[per] ?? normalizePhrase(per);
/**
 * PER_UNIT_AFTER at `pos`, but not a currency word that opens a name ("đồng/Yên Bái", "đồng/đô la Úc", "đồng/đô la
 * Singapore": another dollar, no USD): after "yên", "đô la", "đô" a capitalised word says so (read in `text`, the
 * same offsets as `folded`). "đô thị", "đô vật" are kept out by the regex.
 */
function perUnitAt(text: string, folded: string, pos: number, limit: number): RegExpExecArray | null {
  const per = matchAt(PER_UNIT_AFTER, folded, pos, limit);
  if (per === null) return null;
  const word = per[1] ?? '';
  if ((word === 'yên' || word === 'đô la' || word === 'đô') && NAME_NEXT.test(text.slice(pos + per[0].length, Math.min(limit, pos + per[0].length + 3)))) return null;
  return per;
}
const NAME_NEXT = /^[ \t\u00a0]+\p{Lu}/u;
const TRONG_SO_AFTER = new RegExp(String.raw`${SP}+trong${SP}+(?:(?:tổng${SP}+)?số${SP}+)?(\d+(?:[.,]\d+)*)(?![\d/])`, 'uy');

// Gates of the regexes read after every number (see stickyGate): what each must find first.
const SCALE_GATE = stickyGate(SCALE_AFTER, 'sp', 0, 3, 'ntcv');
const RATIO_GATE = stickyGate(RATIO_AFTER, 'sp', 0, 1, '/');
const DATE_GATE = stickyGate(DATE_AFTER, 'sp', 0, 0, '/.-');
const WORD_DATE_GATE = stickyGate(WORD_DATE_AFTER, 'sp', 1, Infinity, 't');
const RANGE_GATE = stickyGate(RANGE_AFTER, 'sp', 0, Infinity, '-–—~đt');
const TIME_GATE = stickyGate(TIME_AFTER, 'ws', 0, Infinity, ':hg');
const DOC_ID_GATE = stickyGate(DOC_ID_AFTER, 'sp', 0, 0, '/.-');
const TRO_GATE = stickyGate(TRO_AFTER, 'sp', 0, Infinity, 't');
const TIME_UNIT_GATE = stickyGate(TIME_UNIT_AFTER, 'sp', 0, Infinity, firstUnitsOf(Object.keys(TIME_UNITS)));
const TRONG_SO_GATE = stickyGate(TRONG_SO_AFTER, 'sp', 1, Infinity, 't');

const MIXED_PART_AFTER = new RegExp(String.raw`${SP}{1,3}(\d{1,3})${SP}{0,3}(nghìn|ngàn|triệu|trăm)(?=đồng|[^\p{L}\p{M}]|$)`, 'uy');
const SCORE_AFTER = new RegExp(String.raw`${SP}{0,2}[-–]${SP}{0,2}(\d{1,2})(?![\d/]|[.,]\d)`, 'uy');
const SCORE_GATE = stickyGate(SCORE_AFTER, 'sp', 0, 2, '-–');
const SCORE_WORDS_BEFORE = phraseBeforeRegex(
  ['thắng', 'thua', 'hòa', 'hoà', 'tỷ số', 'tỉ số', 'cách biệt', 'chiến thắng', 'thất bại', 'đánh bại', 'vượt qua', 'hạ gục', 'gỡ hòa', 'dẫn', 'chung cuộc', 'kết quả', 'tỷ số là', 'thúc thủ', 'để thua', 'các tỷ số', 'các tỉ số'],
  // A team named between the word and the score may carry its age group ("thắng U-21 Myanmar 2-1").
  String.raw`(?:${SP}*:)?(?:${SP}+(?:[\p{L}\p{M}.]+|u[.-]?\d\d)){0,5}${SP}+$`,
);
/**
 * Words of a rally ("bỏ xa 6-1", "vượt lên 19-18", "ấn định tỷ số") that are everyday words too ("xử lý dứt
 * điểm 5-7 dự án", "ấn định 2-3 phiên"): a score only in a sentence about a match.
 */
const RALLY_WORDS_BEFORE = phraseBeforeRegex(['bỏ xa', 'vượt lên', 'san bằng', 'rút ngắn', 'dẫn trước', 'dứt điểm', 'ấn định', 'quân bình', 'điểm số'], String.raw`(?:${SP}+[\p{L}\p{M}.]+){0,3}${SP}+$`);
const RALLY_CONTEXT = /(?<![\p{L}\p{M}])(?:hiệp|trận|tỷ số|tỉ số|set|séc|game|ván|bàn thắng|đối thủ|tay vợt|cầu thủ|tie-?break|phút|lập công|thủ thành|thủ môn)(?![\p{L}\p{M}])/u;
/**
 * Right after another score of the same results line ("Chelsea 1 - 1 Steaua, Arsenal 2 - 0 Napoli"):
 * a score, then up to five capitalised name words (and a comma) before this one. Read on the text, not
 * the folded text: "19-22 độ C, cao nhất 25-28 độ C" is two ranges.
 */
const SCORE_BEFORE = new RegExp(String.raw`(?<![\d.,])\d{1,2}${SP}{0,2}[-–]${SP}{0,2}\d{1,2}(?:,?${SP}+\p{Lu}[\p{L}\p{M}.]*){1,5},?${SP}+$`, 'u');
/**
 * Right after another score in a run of scores: the sets of a match ("thúc thủ 2-6, 2-6, 2-6") or
 * its course ("dẫn 3-0, 4-1 rồi 5-2"). The run's first score needs its own cue; a range list
 * ("19-22, 25-28 độ C") has none.
 */
const SCORE_LIST_BEFORE = new RegExp(String.raw`(?<![\d.,])\d{1,2}${SP}{0,2}[-–/]${SP}{0,2}\d{1,2}(?:${SP}*,(?:${SP}+(?:rồi|và|lên|đến))?|${SP}+(?:rồi|và|lên|đến))${SP}+$`, 'u');
/**
 * A capitalised name right before a score ("Steaua 1 - 1"), not a label that numbers something. A club's name may end
 * in the year it was founded (engine 44): two digits "04", "05", "96", "98" (1880–1909) or four "1848", "1899"
 * ("Schalke 04 0 - 3 Chelsea", "Mainz 05 2 - 1 Hannover 96", "Bochum 1848"). Not a later year, a model or an ordinal
 * ("Toyota Camry 2025 2 - 3 Tuần", "Xiaomi 14 5 - 7 Tuần", "Covid 19 3 - 5 Tuần", "Đại Hội 14 5 - 7 Ủy Viên"; review of
 * engine 44).
 */
const TEAM_BEFORE = /(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}]*[ \t\u00a0]+){0,2}\p{Lu}[\p{L}\p{M}]+(?:[ \t\u00a0]+(?:0\d|[89]\d|18\d\d|190\d))?)[ \t\u00a0]$/u;
/** Capitalised words that number, bound or open something, never a team: "Điều 3 - 4", "Khoảng 3 - 4", "Top 10 - 20". */
const NOT_A_TEAM = new Set([
  'Điều', 'Khoản', 'Mục', 'Chương', 'Phần', 'Bài', 'Lớp', 'Tầng', 'Số', 'Tỉnh', 'Đường', 'Phường', 'Quận', 'Tập', 'Kỳ',
  'Khóa', 'Khoá', 'Giai', 'Vòng', 'Bảng', 'Nhóm', 'Ngày', 'Tháng', 'Năm', 'Từ', 'Hiệp', 'Set', 'Hơn', 'Khoảng', 'Gần', 'Chỉ', 'Các',
  'Top', 'Thứ', 'Tuyến', 'Line', 'Metro', 'Block', 'Tòa', 'Toà', 'Khu', 'Lô', 'Mẫu', 'Trên', 'Dưới', 'Tới', 'Đến',
  'Niên', 'Tuổi', 'Lần', 'Giờ', 'Ca', 'Cấp', 'Hạng', 'Nhà', 'Ô', 'Đợt', 'Gói',
]);
/**
 * After the score: a number word or a Title-Case word of a heading, not a team ("3 - 4 Nghìn", "18 - 25 Được"); a unit
 * of time or length of a Title-Case advert or heading ("Ga Cát Linh 15 - 20 Phút", "Trung Tâm 5 - 7 Km"; engine 45).
 */
const NOT_A_TEAM_AFTER = new Set([
  'Nghìn', 'Ngàn', 'Triệu', 'Tỷ', 'Tỉ', 'Được', 'Có', 'Là', 'Và', 'Của', 'Tại', 'Ở', 'Hàng', 'Năm', 'Tuổi', 'Người', 'Tháng', 'Ngày', 'Giờ',
  'Phút', 'Giây', 'Tiếng', 'Tuần', 'Km', 'Mét', 'Cây',
]);

/** "cách biệt 3 điểm (8-5 và 13-10)": the scores that show a lead, in parentheses after it. */
const POINTS_ASIDE_BEFORE = /\d[ \t\u00a0]+(?:điểm|bàn)[ \t\u00a0]*\([ \t\u00a0]*$/u;

/** "Schalke 0 – 3 Chelsea", "Steaua 1 - 1 Basel": a result line, a score between two names. */
function betweenTeams(text: string, sentenceStart: number, start: number, scoreEnd: number, sentenceEnd: number): string | null {
  const before = TEAM_BEFORE.exec(text.slice(Math.max(sentenceStart, start - 40), start));
  const name = before?.[1] ?? '';
  // The last word of the name, before a club's number ("Schalke 04"): "Theo Điều 12 3 - 4" is no team.
  const words = name.split(/[ \t\u00a0]+/u);
  const last = (isDigit(words.at(-1)?.[0]) ? words.at(-2) : words.at(-1)) ?? '';
  if (before === null || NOT_A_TEAM.has(last) || NOT_A_TEAM.has(words[0] ?? '')) return null;
  const after = /^[ \t\u00a0](\p{Lu}[\p{L}\p{M}]*)/u.exec(text.slice(scoreEnd, Math.min(sentenceEnd, scoreEnd + 24)));
  if (after === null || NOT_A_TEAM_AFTER.has(after[1] ?? '')) return null;
  // "Hơn 3 - 4 Bộ ngành", "10 - 20 Doanh Nghiệp": a counted noun in capitals ("Bình Dương" is a place).
  if (countedNounAt(text, scoreEnd, sentenceEnd) && !placeAt(text, scoreEnd, sentenceEnd)) return null;
  return name.replace(/[ \t\u00a0]+/gu, ' ');
}

/** A province or country (two or three words) right after `pos`. */
function placeAt(text: string, pos: number, limit: number): boolean {
  const words = /^[ \t\u00a0]+([\p{L}\p{M}]+)[ \t\u00a0]+([\p{L}\p{M}]+)(?:[ \t\u00a0]+([\p{L}\p{M}]+))?/u.exec(text.slice(pos, Math.min(limit, pos + 40)));
  if (words === null) return false;
  const two = `${words[1]} ${words[2]}`.toLowerCase();
  return PLACE_NAMES_LOWER.has(two) || (words[3] !== undefined && PLACE_NAMES_LOWER.has(`${two} ${words[3].toLowerCase()}`));
}

/** A counted noun of the lexicon (one or two syllables, any case) right after `pos`: "5-7 dự án", "3 - 4 Bộ ngành". */
function countedNounAt(text: string, pos: number, limit: number): boolean {
  const words = /^[ \t\u00a0]+([\p{L}\p{M}]+)(?:[ \t\u00a0]+([\p{L}\p{M}]+))?/u.exec(text.slice(pos, Math.min(limit, pos + 32)));
  if (words === null) return false;
  const first = (words[1] ?? '').toLowerCase();
  return ONE_SYLLABLE_NOUNS.has(first) || (words[2] !== undefined && TWO_SYLLABLE_NOUNS.has(`${first} ${words[2].toLowerCase()}`));
}

/** A score, then an opening bracket, right before a number: "thắng 2-0 (" of "thắng 2-0 (6-3, 6-4)". */
const SCORE_BRACKET_BEFORE = /(?<![\d.,])\d{1,2}[ \t\u00a0]{0,2}[-–][ \t\u00a0]{0,2}\d{1,2}[ \t\u00a0]*\([ \t\u00a0]*$/u;
/**
 * The scores of the sets or games in brackets after a match's score ("giành chiến thắng 2-0 (6-3, 6-4)", "thắng 2-1
 * (21-15, 18-21, 21-19)"): the score before the bracket has a score word before it (engine 61). The first set's
 * score is read here; the others as a run after it (scoreRunCued).
 */
function setScoresAside(folded: string, sentenceStart: number, pos: number): boolean {
  const window = folded.slice(Math.max(sentenceStart, pos - 16), pos);
  const m = SCORE_BRACKET_BEFORE.exec(window);
  return m !== null && phraseBefore(SCORE_WORDS_BEFORE, folded, sentenceStart, pos - window.length + m.index, 40) !== null;
}

/** The first score of a run before `pos` has a score cue before it ("dẫn 3-0, 4-1 rồi 5-2"). */
function scoreRunCued(folded: string, sentenceStart: number, pos: number, sentenceEnd: number): boolean {
  let at = pos;
  // Walk back over the run (each step one score and its separator), bounded.
  for (let k = 0; k < 8; k++) {
    const window = folded.slice(Math.max(sentenceStart, at - 16), at);
    const m = SCORE_LIST_BEFORE.exec(window);
    if (m === null) break;
    at = at - window.length + m.index;
  }
  return at < pos && (scoreWordBefore(folded, sentenceStart, at, sentenceEnd) || POINTS_ASIDE_BEFORE.test(folded.slice(Math.max(sentenceStart, at - 16), at)) || resultsLabelBefore(folded, sentenceStart, at) || setScoresAside(folded, sentenceStart, at));
}

/**
 * A score written with a slash ("khép lại set 1 với chiến thắng 6/1", "dẫn Del Potro từ 2/0, rồi 4/2",
 * "cân bằng tỷ số 19/19"): one or two digits each side, no spaces, after a score word, a rally word or
 * another score of the run, in a sentence about a set, a game, a tie-break or a score. A slash pair is a
 * day ("chiến thắng 30/4", "thắng các trận ngày 5/1, 8/1"), an address ("tổ 6/1"), a lot ("gói thầu 12/3")
 * or a share of matches ("thắng 7/10 trận") far more often: a day word in the clause before it, a counted
 * word after it or a year after it rules it out.
 */
function slashScore(text: string, folded: string, sentence: Span, start: number, end: number, ratio: RegExpExecArray): Reading | null {
  if (!/^\d{1,2}$/u.test(text.slice(start, end)) || !/^\/\d{1,2}$/u.test(ratio[0])) return null;
  const before = folded.slice(Math.max(sentence.start, start - 60), start);
  if (SLASH_LABEL_BEFORE.test(before.slice(-16)) || DATE_LIST_BEFORE.test(before)) return null;
  // An anniversary in the same clause ("kỷ niệm 38 năm ngày chiến thắng 30/4"): a day.
  if (ANNIVERSARY.test(folded.slice(lastClauseMark(folded, Math.max(sentence.start, start - 60), start) + 1, start))) return null;
  const scoreEnd = end + ratio[0].length;
  if (SLASH_NOT_SCORE_AFTER.test(folded.slice(scoreEnd, Math.min(sentence.end, scoreEnd + 16)))) return null;
  if (matchAt(UNIT_AFTER, folded, scoreEnd, sentence.end) || countedNounAt(text, scoreEnd, sentence.end)) return null;
  const first = Number(text.slice(start, end));
  const second = Number(ratio[0].slice(1));
  const strong = phraseBefore(SCORE_WORDS_BEFORE, folded, sentence.start, start, 40) !== null;
  const run = scoreRunCued(folded, sentence.start, start, sentence.end);
  // The set or game may be named in the sentence before ("… đưa ván đấu vào bàn tie break. … Djokovic đã
  // giành được chiến thắng 7/3 ở bàn đấu này"; engine 31): the window crosses the sentence's start.
  const match = SLASH_SCORE_CONTEXT.test(folded.slice(Math.max(0, start - 200), Math.min(sentence.end, end + 200)));
  // In a sentence about a set or a score: after a score word, a rally word or another score. Else only
  // the first of two or more set scores after a score word, the winner's first ("thắng 21/19, 21/15"),
  // and the scores of such a run.
  // Outside such a sentence only a pair no date can be ("21/19") or a sentence about players of a racket
  // sport ("… trước tay vợt Thái Lan") makes a score: "chiến thắng 30/4, 2/9", "thắng trận 5/1, 8/1" are days.
  const pairAfter = NEXT_PAIR_AFTER.test(folded.slice(scoreEnd, Math.min(sentence.end, scoreEnd + 12)));
  const noDate = !(first >= 1 && first <= 31 && second >= 1 && second <= 12) || racketSentence(folded, sentence.start, sentence.end);
  const ok = match ? strong || run || rallyWordBefore(folded, sentence.start, start, sentence.end) : noDate && ((strong && first > second && pairAfter) || run);
  if (!ok) return null;
  return {
    expression: { start, end: scoreEnd, kind: 'measure', value: first, total: second, upper: null, unit: 'tỷ số', qualifier: 'exact', years: null, date: null, numberStart: start },
    next: scoreEnd,
  };
}

/** A lead or a result word right before a slash pair: "dẫn trước ", "bị dẫn ", "thắng ", "thua ". */
const SCORE_RIGHT_BEFORE = /(?<![\p{L}\p{M}])(?:dẫn trước|dẫn|vượt lên|thắng|thua|tỷ số)[ \t\u00a0]+$/u;
const ANNIVERSARY = /(?<![\p{L}\p{M}])(?:kỷ niệm|dịp|lễ)(?![\p{L}\p{M}])/u;
/** Right before the pair: a day or time word ("ngày 6/1", "tối 23/10"), "vào 22/10", a label of an address or a lot ("tổ 6/1", "gói thầu 12/3", "số 6/1" — not "tỷ số 19/19"). */
const SLASH_LABEL_BEFORE = /(?<![\p{L}\p{M}])(?:ngày|mùng|mồng|hôm|sáng|trưa|chiều|tối|đêm|vào|tổ|gói thầu|(?<!(?:tỷ|điểm)[ \t\u00a0])số|khu|phố|ngõ|ngách|hẻm|điều|khoản)[ \t\u00a0]*$/u;
/** After a list of days: "ngày 5/1, 8/1 và …", "các ngày 25/12, 28/12 rồi …". */
const DATE_LIST_BEFORE = /(?<![\p{L}\p{M}])(?:ngày|mùng|mồng)[ \t\u00a0]+\d{1,2}[/-]\d{1,2}(?:(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+(?:và|rồi|đến)[ \t\u00a0]+)\d{1,2}[/-]\d{1,2}){0,6}(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+(?:và|rồi|đến)[ \t\u00a0]+)$/u;
/** Players of a racket sport: "tay vợt", "VĐV", "đơn nam". */
const RACKET_WORDS = /(?<![\p{L}\p{M}])(?:tay vợt|vđv|vận động viên|đơn nam|đơn nữ|đôi nam|đôi nữ|cầu lông|quần vợt|bóng bàn)(?![\p{L}\p{M}])/u;
/**
 * The last sentence asked whether it speaks of racket-sport players, and the answer: the slash pairs of one sentence
 * ask in turn, and reading the whole sentence for each made a long sentence of pairs quadratic.
 */
let racketMemo: { folded: string; start: number; end: number; racket: boolean } | null = null;
function racketSentence(folded: string, start: number, end: number): boolean {
  if (racketMemo !== null && racketMemo.start === start && racketMemo.end === end && racketMemo.folded === folded) {
    racketMemo.folded = folded; // an equal text of another extraction: compared once, not at every call (see spanHas)
    return racketMemo.racket;
  }
  const racket = RACKET_WORDS.test(folded.slice(start, end));
  racketMemo = { folded, start, end, racket };
  return racket;
}
/** Another set score right after: "21/19, 21/15", "6/3 và 6/4". */
const NEXT_PAIR_AFTER = /^[ \t\u00a0]*(?:,|và|rồi)[ \t\u00a0]*\d{1,2}\/\d{1,2}(?![\d/])/u;
/** After the pair: a year ("7/5/1954", "19/8 năm 1945") or a counted word ("7/10 trận", "3/5 trận đấu"). */
const SLASH_NOT_SCORE_AFTER = /^[ \t\u00a0]*(?:năm|trận|lần|ván|số|tr\.|[-–][ \t\u00a0]*\d)/u;
/** A sentence about a set, a game, a tie-break or a score: where a slash pair is a score. */
const SLASH_SCORE_CONTEXT = /(?<![\p{L}\p{M}])(?:set|séc|game|ván|tie-?break|tỷ số|loạt đấu)(?![\p{L}\p{M}])/u;

/** A results label whose colon follows its words: "kết quả các set:", "tỷ số chung cuộc:", "chung cuộc trận đấu:". */
const RESULTS_LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(?:kết quả|chung cuộc)(?:${SP}+[\p{L}\p{M}.]+){1,4}|(?:tỷ số|tỉ số)(?:${SP}+(?:chung cuộc|trận(?:${SP}+đấu)?|hiệp${SP}+\d|set${SP}+\d|ván${SP}+\d|cuối cùng))?)${SP}*:${SP}*$`, 'u');
/** What may follow a labelled score: the end of the clause or another score ("6-4, 3-6", "2-1."). */
const RESULTS_SCORE_ENDS = /^[ \t\u00a0]*(?:[,.;)]|$)/u;
/**
 * "Kết quả các set: 6-4, 3-6, 7-5", "Tỷ số chung cuộc: 2-1": a score after a results label that names what it is the
 * result of, the score ending its clause (engine 46; "Kết quả kiểm tra: 3-5 mẫu" is a range of a count).
 */
function resultsLabelled(folded: string, sentence: Span, start: number, scoreEnd: number): boolean {
  return RESULTS_SCORE_ENDS.test(folded.slice(scoreEnd, Math.min(sentence.end, scoreEnd + 4))) && resultsLabelBefore(folded, sentence.start, start);
}
/** A results label of a match right before `pos` ("Kết quả các set: ", "Kết quả trận chung kết: "; not "Kết quả thi đua: "). */
function resultsLabelBefore(folded: string, sentenceStart: number, pos: number): boolean {
  const label = RESULTS_LABEL_BEFORE.exec(folded.slice(Math.max(sentenceStart, pos - 48), pos));
  return label !== null && RALLY_CONTEXT.test(label[0]);
}

/** A score word before `pos` ("thắng", "tỷ số"), or a rally word in a sentence about a match. */
function scoreWordBefore(folded: string, sentenceStart: number, pos: number, sentenceEnd: number): boolean {
  return phraseBefore(SCORE_WORDS_BEFORE, folded, sentenceStart, pos, 40) !== null || rallyWordBefore(folded, sentenceStart, pos, sentenceEnd);
}

/** A rally word ("bỏ xa", "vượt lên") before `pos` in a sentence about a match. */
function rallyWordBefore(folded: string, sentenceStart: number, pos: number, sentenceEnd: number): boolean {
  return phraseBefore(RALLY_WORDS_BEFORE, folded, sentenceStart, pos, 40) !== null && RALLY_CONTEXT.test(folded.slice(Math.max(sentenceStart, pos - 200), Math.min(sentenceEnd, pos + 200)));
}

/** Labels after which "label: N" or "label (N)" is not a statistic (times, contacts, references). */
const NOT_STAT_LABELS = new Set([
  'ngày', 'tháng', 'năm', 'giờ', 'lúc', 'thời gian', 'thời điểm', 'điện thoại', 'đt', 'sđt', 'hotline', 'fax', 'tel', 'số', 'mã',
  'mã số', 'email', 'địa chỉ', 'trang', 'ảnh', 'nguồn', 'website', 'khoản', 'điều', 'mục', 'phụ lục', 'hình', 'bảng', 'biểu',
  'chương', 'phần', 'bài', 'kỳ', 'tập', 'câu', 'phương án', 'lần', 'phiên bản', 'version', 'quý', 'tuần', 'khóa', 'khoá',
  'phòng', 'tầng', 'lô', 'ô', 'xe', 'biển số', 'tài khoản', 'stk', 'zalo', 'liên hệ', 'giai đoạn', 'nhiệm kỳ', 'đợt', 'vòng',
]);

const UNIT_BY_FORM = new Map<string, UnitDef>(UNITS.map((u) => [u.form, u]));
const UNIT_AFTER = phraseAfterRegex(
  UNITS.map((u) => u.form).concat(['hạng']),
  String.raw`${SP}?`,
);
/** Symbols need no word boundary after them: "3,6%GDP" lost its space in a copy-paste. */
/** "12‰" (per mille: salinity, birth rates) is a measure (engine 37). */
const SYMBOL_UNIT_AFTER = new RegExp(String.raw`${SP}?(%|°c|‰)`, 'uy');
const UNIT_GATE = stickyGate(UNIT_AFTER, 'sp', 0, 1, firstUnitsOf(UNITS.map((u) => u.form).concat(['hạng'])));
const SYMBOL_UNIT_GATE = stickyGate(SYMBOL_UNIT_AFTER, 'sp', 0, 1, '%°‰');

/** The unit written at `pos` (a space allowed before it): its form and where it ends. */
function unitAt(folded: string, pos: number, limit: number): { form: string; end: number } | null {
  const m = matchGated(UNIT_GATE, folded, pos, limit) ?? matchGated(SYMBOL_UNIT_GATE, folded, pos, limit);
  return m === null ? null : { form: normalizePhrase(m[1] ?? ''), end: pos + m[0].length };
}
/** "tăng 12,5 điểm" is a change; "lên 1.250,3 điểm" is the level reached, a measure. */
const CHANGE_VERB_BEFORE = /(?:tăng|giảm|tụt|thăng|vượt|cải thiện|nâng|hạ|mất|cộng|trừ)(?:\s+(?:thêm|được|hơn|gần|khoảng))*\s+$/iu;
/**
 * An index that "tiến"/"lùi" N điểm gains or loses them: the verb in lower case as a word of its own (a name
 * — "Nguyễn Văn Tiến 29,5 điểm", "THPT Tân Tiến 33 điểm" — is capitalised; "cải tiến", "tiên tiến" are other
 * words), and not "tiến gần/sát" (approaching a level).
 */
const INDEX_MOVE_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:cải|tiên|xúc|thăng|cấp)[ \t\u00a0])(?:tiến|lùi)(?:[ \t\u00a0]+(?:thêm|được|hơn|khoảng))*[ \t\u00a0]+$/u;
const DONG_NOT_MONEY = new Set(['chí', 'bào', 'bằng', 'hồ', 'nghiệp', 'thời', 'ý', 'phục', 'đội', 'hành', 'loạt', 'minh', 'tâm', 'lòng', 'ruộng', 'cỏ', 'ca', 'sáng', 'chủ', 'hương', 'môn', 'khởi', 'tác', 'bộ', 'đều', 'thuận', 'nhất', 'dạng', 'bọn', 'phạm', 'đẳng', 'xu']);
const GROUP_NOUNS = new Set(['tỉnh', 'thành', 'nước', 'quốc', 'địa', 'doanh', 'trường', 'ngân', 'nền', 'đơn', 'đội', 'công', 'thương', 'đại', 'cơ', 'tập', 'nhà', 'thị', 'nền', 'quận', 'huyện', 'xã', 'bộ', 'sở', 'dự', 'sản', 'startup', 'nước,', 'ứng', 'điểm', 'trung', 'bệnh', 'đô', 'cảng', 'sân']);
/** Words of what is paid, a cue of money before an amount in both readings below: a price, a wage, money, a subsidy, an income, a cost. */
const PAID_WORDS: readonly string[] = ['giá', 'lương', 'tiền', 'hỗ trợ', 'thu nhập', 'chi phí'];
/** A verb of winning or holding right before a count of titles: "giành", "đoạt được", "sở hữu", "có". */
const WON_BEFORE = /(?<![\p{L}\p{M}])(?:giành|đoạt|giành được|đoạt được|sở hữu|có|thêm|vô địch|giật|ẵm|lên ngôi)[ \t\u00a0]+$/u;
/** A title or award counted by its capitalised name ("2 Grand Slam", "3 Oscar"), whole, as a word ends. */
const TITLE_WON_AFTER = /[ \t\u00a0]+(Grand Slam|Masters|Oscar|Grammy|Quả bóng Vàng|Chiếc giày Vàng|World Cup|Champions League|Cúp C1)(?![\p{L}\p{M}\d])(?![ \t\u00a0]+\d)/uy;
/**
 * A word of price in the clause before a bare amount per period ("học phí 2.500.000/năm"): what is paid, and the
 * fees and allowances "cước", "phí", "trợ cấp".
 */
const PRICE_CUE_BEFORE = new RegExp(`${anyWholeWord([...PAID_WORDS, 'cước', 'phí', 'trợ cấp'])}[^,;:.]*$`, 'u');
/**
 * A word of money before a scaled bare amount ("vốn 500 tỷ"): what is paid, and the words of business, budgets, trade
 * and credit. Not "cước", "phí", "trợ cấp" (never added here; adding them changes what is read, no tidy-up).
 */
const MONEY_CUE = new RegExp(
  anyWholeWord([
    ...PAID_WORDS,
    'vốn', 'doanh thu', 'lợi nhuận', 'kinh phí', 'ngân sách', 'giá trị', 'trị giá', 'tổng mức', 'nộp', 'lãi', 'lỗ', 'nợ', 'giải ngân', 'gdp', 'grdp',
    'kim ngạch', 'xuất khẩu', 'nhập khẩu', 'đầu tư', 'tài trợ', 'bồi thường', 'thuế', 'thu ngân sách', 'vay', 'tín dụng', 'huy động', 'quy mô',
    'mua', 'bán', 'chi', 'thu', 'quỹ', 'tài sản', 'doanh số', 'lnst', 'lntt', 'chuẩn nghèo', 'nguồn lực',
  ]),
  'iu',
);

/** A word of money right after a bare scaled amount: what the amount is ("100 tỷ đầu tư", "5 tỷ tiền thuế"). */
const MONEY_NOUN_AFTER = new RegExp(`^[ \\t\\u00a0]+(?:${MONEY_NOUNS.join('|')})(?![\\p{L}\\p{M}])`, 'u');

interface Scope {
  text: string;
  /** `text` lower-cased with the same offsets, for word lookups and sticky regexes. */
  folded: string;
  sentence: Span;
  /** The year of the article's date line, for a milestone dated without one ("bán ra từ ngày 31/10"). */
  year: number | null;
  /** The date line's day (ISO), when the article has one: a day after it is an announced schedule. */
  day: string | null;
}

interface Tail {
  end: number;
  kind: ClaimKind;
  unit: string | null;
  /** The figure's value when the tail changes it: "2 giờ 33 phút" is 153 minutes. */
  value?: number;
}

/** Reads the expression at `atom`; `next` says where scanning resumes. */
export function readExpression(text: string, folded: string, sentence: Span, atom: Atom, year: number | null = null, day: string | null = null): Reading {
  const scope: Scope = { text, folded, sentence, year, day };
  switch (atom.form) {
    case 'ordinal':
      return readWordOrdinal(scope, atom);
    case 'phrase':
      return readPhrase(scope, atom);
    case 'words':
      return readWordNumber(scope, atom);
    case 'digits':
      return readDigits(scope, atom);
  }
}

function readWordOrdinal(scope: Scope, atom: Atom): Reading {
  const words = atom.raw.toLowerCase().split(/[ \t\u00a0]+/);
  const value = ORDINAL_WORDS[words[1] ?? ''];
  if (value === undefined) return skip(atom.end);
  const rank = rankAfterThu(scope, atom.start, atom.start, atom.end, value);
  return rank ? { expression: rank, next: rank.end } : skip(atom.end);
}

const FRACTION_WORDS: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, nửa: 2 };
const AWARD_WORDS_BEFORE = /(?:huân chương|huy chương|huy hiệu|bằng khen|giải thưởng|vé|ghế|khoang)(?:\s+[\p{L}\p{M}]+){0,3}\s+$/iu;

/** "gấp đôi", "một phần tư", "một nửa", "hạng nhất", "vị trí nhất", "số một". */
function readPhrase(scope: Scope, atom: Atom): Reading {
  const { text, folded, sentence } = scope;
  const words = folded.slice(atom.start, atom.end).split(/[ \t\u00a0]+/);
  const [w0 = '', w1 = '', w2 = ''] = words;
  const build = (kind: ClaimKind, value: number, total: number | null, unit: string | null): Reading => {
    const qual = qualifierBefore(scope, atom.start);
    return {
      expression: { start: qual?.start ?? atom.start, end: atom.end, kind, value, total, upper: null, unit, qualifier: qual?.qualifier ?? 'exact', years: null, date: null, numberStart: atom.start },
      next: atom.end,
    };
  };
  if (w0 === 'gấp') return build('change', w1 === 'đôi' ? 2 : 1.5, null, 'lần');
  // "trận tranh giải ba", "tranh hạng ba": the name of the match for third place, not a place won.
  if ((w0 === 'hạng' || w0 === 'giải') && wordsBefore(folded, sentence.start, atom.start, 1)[0]?.word === 'tranh') return skip(atom.end);
  // "leo lên vị trí nhất bảng H".
  if (w0 === 'vị') return build('rank', ORDINAL_WORDS[w2] ?? 1, null, null);
  if (w0 === 'hạng') {
    if (AWARD_WORDS_BEFORE.test(text.slice(Math.max(sentence.start, atom.start - 40), atom.start))) return skip(atom.end);
    // "kỳ xếp hạng năm 2021": the year of a ranking, not fifth place.
    if (w1 === 'năm' && /^[ \t\u00a0]+\d{4}(?!\d)/.test(text.slice(atom.end, atom.end + 6))) return skip(atom.end);
    return build('rank', ORDINAL_WORDS[w1] ?? 1, null, null);
  }
  if (w0 === 'giải') {
    // "giành giải Ba", "đoạt giải nhất": a prize is a place; "giải Ba Lan mở rộng" is a name.
    const next = wordsAfter(text, atom.end, sentence.end);
    if (next && isUpper(next.first[0])) return skip(atom.end);
    return build('rank', ORDINAL_WORDS[w1] ?? 1, null, null);
  }
  if (w0 === 'số') {
    // "đứng số một", "là thị trường số một"; not "công dân số một cách toàn diện".
    const verb = wordsBefore(folded, sentence.start, atom.start, 2);
    const v1 = verb[verb.length - 1]?.word ?? '';
    const v2 = verb.length === 2 ? `${verb[0]?.word} ${v1}` : '';
    const nextWord = wordsAfter(folded, atom.end, sentence.end)?.first ?? '';
    // "tay vợt số một thế giới" in words, as "tay vợt số 1" in digits (engine 33).
    if (nextWord === 'cách' || !(RANK_VERBS.has(v1) || RANK_VERBS.has(v2) || SO_RANK_NOUNS.has(v1) || SO_RANK_NOUNS.has(v2) || v1 === 'trường' || v1 === 'tác')) return skip(atom.end);
    return build('rank', 1, null, null);
  }
  // "một phần tư" = 1/4, "hai phần ba" = 2/3, "một nửa" = 1/2.
  const part = FRACTION_WORDS[w0];
  const whole = w1 === 'nửa' ? 2 : FRACTION_WORDS[w2];
  if (part === undefined || whole === undefined || part >= whole) return skip(atom.end);
  return build('ratio', part, whole, null);
}

/** A number opening a list's item: a digit or a number word ("một", "hai", "4", "1.000"). */
const LIST_NUMBER = String.raw`(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|\d[\d.,]*)`;
/** An item of a list of things counted: a number, then words up to the next comma, "và" or the clause's end ("250.000 đồng" inside). */
const LIST_ITEM = String.raw`${LIST_NUMBER}[ \t\u00a0]+[\p{Ll}\p{M}](?:[^,;:.!?\n]|(?<=\d)[.,](?=\d))*?`;
/**
 * Things received, given, bought or seized, listed with a number each: "nhận được một cái màn tuyn, một lần tiền hỗ trợ
 * 250.000 đồng, 4 quý tiền điện", "được tặng một chiếc xe đạp, hai bộ quần áo và 500.000 đồng".
 */
const COUNTED_LIST = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:nhận(?:[ \t\u00a0]+được)?|được[ \t\u00a0]+(?:nhận|cấp|tặng|trao|hỗ trợ|phát)|tặng|trao|cấp|phát|mua|gồm(?:[ \t\u00a0]+có)?|thu giữ|tịch thu)[ \t\u00a0]+(${LIST_ITEM}(?:[ \t\u00a0]*(?:(?<!\d),|,(?!\d))[ \t\u00a0]*(?:và[ \t\u00a0]+)?${LIST_ITEM}|[ \t\u00a0]+và[ \t\u00a0]+${LIST_ITEM})+)(?=[ \t\u00a0]*(?:[;:!?\n]|[.,](?!\d)|$))`,
  'gu',
);
/** After "một" of a list's item, words of an amount, a few, a series or a quality: no one thing counted. */
const ONE_NOT_COUNTED_AFTER = /^[ \t\u00a0]+(?:số|ít|vài|lượng|khối[ \t\u00a0]+lượng|loạt|phần|nửa|chút|sự|mức|khoản|cách|lời|niềm|nỗi|tấm[ \t\u00a0]+lòng)(?![\p{L}\p{M}])/u;
/** The starts of the items opened by "một" in the last sentence's counted lists (found once per sentence). */
let countedListMemo: { folded: string; start: number; end: number; ones: ReadonlySet<number> } | null = null;
/**
 * "một" opens an item of a counted list (COUNTED_LIST) in which another item's number is not "một": "nhận được một màn
 * tuyn, một lần tiền hỗ trợ, 4 quý tiền điện" — not "nhận được một lời khen, một lời hứa" (articles all), nor "một"
 * outside such a list.
 */
function oneInCountedList(folded: string, sentence: Span, pos: number): boolean {
  if (countedListMemo === null || countedListMemo.folded !== folded || countedListMemo.start !== sentence.start || countedListMemo.end !== sentence.end) {
    const ones = new Set<number>();
    const body = folded.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(COUNTED_LIST)) {
      const list = m[1] ?? '';
      const listStart = sentence.start + (m.index ?? 0) + m[0].length - list.length;
      const starts: { at: number; one: boolean }[] = [];
      for (const item of list.matchAll(new RegExp(String.raw`(?:^|,[ \t\u00a0]*(?:và[ \t\u00a0]+)?|[ \t\u00a0]và[ \t\u00a0]+)(${LIST_NUMBER})(?=[ \t\u00a0])`, 'gu'))) {
        const one = item[1] === 'một';
        // "một lượng lớn ma túy", "một vài thiết bị", "một loạt tang vật", "một sự động viên": an amount, a few, a
        // series, a quality — no item counted one.
        if (one && ONE_NOT_COUNTED_AFTER.test(list.slice((item.index ?? 0) + item[0].length))) continue;
        starts.push({ at: listStart + (item.index ?? 0) + item[0].length - (item[1] ?? '').length, one });
      }
      if (starts.some((x) => !x.one)) for (const x of starts) if (x.one) ones.add(x.at);
    }
    countedListMemo = { folded, start: sentence.start, end: sentence.end, ones };
  }
  countedListMemo.folded = folded; // an equal text of another extraction: compared once, not at every call (see spanHas)
  return countedListMemo.ones.has(pos);
}

/** The qualifier phrase right before `pos` ("gần", "hơn", "tối thiểu"), unless comparative ("cao hơn"). */
function qualifierBefore(scope: Scope, pos: number): { start: number; qualifier: Qualifier } | null {
  const { folded, sentence } = scope;
  const qual = phraseEndingAt(folded, sentence.start, pos, QUALIFIER_PHRASES, 3);
  if (!qual || isComparative(folded, sentence.start, pos)) return null;
  const q = QUALIFIER_BY_PHRASE.get(qual.phrase);
  return q ? { start: qual.start, qualifier: q } : null;
}

function readWordNumber(scope: Scope, atom: Atom): Reading {
  const { text, folded, sentence } = scope;
  const wordRe = /[\p{L}\p{M}]+/gu;
  const words: { w: string; end: number }[] = [];
  for (let m = wordRe.exec(atom.raw); m !== null; m = wordRe.exec(atom.raw)) {
    words.push({ w: m[0].toLowerCase(), end: atom.start + m.index + m[0].length });
  }
  // "một tỷ lệ", "hai tỷ giá", "ba tỷ phú", "năm triệu phú", "hai triệu chứng": "tỷ"/"triệu" opens a noun here, it is
  // no scale.
  const lastWord = words[words.length - 1];
  const nounNext =
    lastWord !== undefined &&
    (((lastWord.w === 'tỷ' || lastWord.w === 'tỉ') && TY_COMPOUND_AFTER.test(folded.slice(lastWord.end, lastWord.end + 8))) ||
      ((lastWord.w === 'tỷ' || lastWord.w === 'tỉ' || lastWord.w === 'triệu') && PHU_AFTER.test(text.slice(lastWord.end, lastWord.end + 20))));
  if (lastWord !== undefined && nounNext) {
    words.pop();
    if (words.length === 0) return skip(atom.end);
  }
  // "rõ mười mươi" (plain as day): an idiom, no number.
  if (atom.raw.toLowerCase() === 'mười mươi') return skip(atom.end);
  // "năm lần bảy lượt" (again and again): an idiom, no seven (engine 45).
  if (words.length === 1 && (words[0]?.w === 'bảy' || words[0]?.w === 'bẩy') && IDIOM_TIMES_BEFORE.test(folded.slice(Math.max(sentence.start, atom.start - 12), atom.start)) && /^[ \t\u00a0]+lượt(?![\p{L}\p{M}])/u.test(folded.slice(atom.end, atom.end + 8))) return skip(atom.end);
  // "đòn bẩy vốn" (leverage), "cạy bẩy": a lever, no seven.
  if (words[0]?.w === 'bẩy' && /(?<![\p{L}\p{M}])(?:đòn|cạy|nạy)[ \t\u00a0]+$/u.test(folded.slice(Math.max(sentence.start, atom.start - 6), atom.start))) return skip(atom.end);
  const vague = phraseEndingAt(folded, sentence.start, atom.start, VAGUE_PHRASES, 2) ?? roughScaleBefore(scope, atom.start, words);
  if (vague) {
    const approximate = vagueAtScale(scope, vague, words);
    if (approximate) return approximate;
  }
  // "Vn-Index giảm một điểm", "tăng một bậc": after a change word and before its unit, "một" is 1, not "a".
  if (words.length === 1 && words[0]?.w === 'một' && ONE_UNIT_AFTER.test(folded.slice(atom.end, atom.end + 16)) && phraseEndingAt(folded, sentence.start, atom.start, CHANGE_WORDS, 2)) {
    return finishNumber(scope, atom.start, atom.end, 1, false);
  }
  // "cao nhất trong vòng một năm qua", "Lần đầu tiên trong một thập kỷ gần đây": in a record window, "một" before a
  // unit of time is one, a length to check as "trong 10 năm" is (engine 61; "trong một năm qua, …" with no record
  // word stays an article).
  // ("một năm" is one atom of two number words: its "năm" is the unit.)
  const oneEnd = words[0]?.w === 'một' && (words.length === 1 || (words.length === 2 && words[1]?.w === 'năm')) ? (words[0]?.end ?? atom.end) : -1;
  if (oneEnd >= 0 && ONE_TIME_UNIT_AFTER.test(folded.slice(oneEnd, oneEnd + 12)) && RECORD_WINDOW_BEFORE.test(folded.slice(Math.max(sentence.start, atom.start - 80), atom.start))) {
    return finishNumber(scope, atom.start, oneEnd, 1, false);
  }
  // "nhận được một màn tuyn, một lần tiền hỗ trợ, 4 quý tiền điện": "một" opening an item of a list of things received
  // or given whose other items are counted is one, like its neighbours (engine 46).
  if (words.length === 1 && words[0]?.w === 'một' && oneInCountedList(folded, sentence, atom.start)) {
    return finishNumber(scope, atom.start, atom.end, 1, false);
  }
  // "năm người bị thương", "Năm tỉnh dẫn đầu": a lone "năm" right before a noun that is counted is five (engine 44).
  // The word before decides, since most of these nouns may follow the year too: not after a word that makes it the
  // year ("mỗi năm người dân …", "cuối năm", "quanh năm", "sau năm", "hàng chục năm", "mùng năm"), nor after a
  // number. After "là" only when the noun ends the clause ("Số người chết là năm người."): "Năm 2024 là năm tỉnh thu
  // hút …", "Đó là năm doanh nghiệp gặp khó" name the year. Nor when the sentence goes on "… là năm" ("Năm dự án
  // khởi công cũng là năm giá đất tăng"): the year of one thing told as the year of another (review of engine 44).
  if (words.length === 1 && words[0]?.w === 'năm') {
    const next = FIVE_COUNTED_AFTER.exec(folded.slice(atom.end, Math.min(sentence.end, atom.end + 24)));
    const before2 = wordsBefore(folded, sentence.start, atom.start, 2);
    const before = before2[before2.length - 1]?.word ?? '';
    // "lên đến năm người", "lên tới năm ca": a count reached, not "until the year" (engine 45).
    const reached = (before === 'đến' || before === 'tới') && before2.length === 2 && before2[0]?.word === 'lên';
    if (
      next !== null &&
      (!YEAR_WORDS_BEFORE.has(before) || reached) &&
      !(before === 'là' && !CLAUSE_ENDS_AFTER.test(folded.slice(atom.end + next[0].length, sentence.end))) &&
      !LA_NAM_LATER.test(folded.slice(atom.end + next[0].length, sentence.end)) &&
      !/\d[ \t\u00a0]*$/u.test(folded.slice(Math.max(sentence.start, atom.start - 4), atom.start))
    ) {
      return finishNumber(scope, atom.start, atom.end, 5, false);
    }
  }
  // The words' lower-case forms ("hai", "mươi", "mốt"), pushed by a loop rather than mapped: a mapped array
  // took another elements kind once readWordNumber was optimized, and parseWordNumber's reads inlined here
  // ("words.length", "words[i]") then threw the optimized code back to the interpreter (issue 11).
  const lowered: string[] = [];
  for (const x of words) lowered.push(x.w);
  const parsed = parseWordNumber(lowered);
  if (!parsed) return skip(atom.start + (words[0]?.w.length ?? atom.raw.length));
  const end = words[parsed.used - 1]?.end ?? atom.end;
  const resume = end;
  // "Hai Bà Trưng", "Ba Đình", "Thứ Năm": capitalised number words in names.
  const first = text[atom.start];
  const atSentenceStart = atom.start === sentence.start || /["“‘(]\s*$/.test(text.slice(Math.max(sentence.start, atom.start - 3), atom.start));
  if (isUpper(first) && !atSentenceStart) return skip(resume);
  const after = wordsAfter(text, end, sentence.end);
  if (after && isUpper(after.first[0]) && !isAcronym(after.first)) return skip(resume);
  if (vague) return skip(resume);
  return finishNumber(scope, atom.start, end, parsed.value, false);
}

/**
 * Nouns counted after "năm" (five): "năm người", "năm phút", "năm bàn thắng" — not "người ta" (one, people: "hết năm
 * người ta …") nor "con" ("năm con Ngựa", a year of the zodiac). Most of them may also follow "năm" meaning the year
 * ("là năm người lao động …"), so the word before "năm" is checked too (YEAR_WORDS_BEFORE). The noun must be the
 * whole word, not the first syllable of another: "năm bàn giao" (the year of handover), "năm vụ mùa" (of the crop),
 * "năm xã hội …"; "năm lần bảy lượt" is an idiom (again and again). The parties of a court case ("năm bị cáo") are
 * not here: after a spelled-out number they stay unread (engine 37, countTail).
 */
const FIVE_COUNTED_AFTER = /^[ \t\u00a0]+(?:người(?![ \t\u00a0]+ta(?![\p{L}\p{M}]))|hộ|xã(?![ \t\u00a0]+hội(?![\p{L}\p{M}]))|huyện|tỉnh|phường|quận|thôn|vụ(?![ \t\u00a0]+(?:mùa|đông|xuân|hè|chiêm|lúa)(?![\p{L}\p{M}]))|ca|chiếc|cái|đội|trận|bàn(?![ \t\u00a0]+(?:giao|bạc|luận|thảo|tán)(?![\p{L}\p{M}]))|phút|giây|tiếng|lần(?![ \t\u00a0]+(?:b(?:ả|ẩ)y[ \t\u00a0]+lượt|lượt)(?![\p{L}\p{M}]))|cầu thủ|học sinh|sinh viên|bệnh nhân|nạn nhân|doanh nghiệp|dự án|công trình|trường hợp|đối tượng|quốc gia)(?![\p{L}\p{M}])/u;
/**
 * Words that make the "năm" after them the year: "mỗi/mọi năm", "hằng năm", "cả năm", "cuối năm", "trong năm", "quanh
 * năm", "sang năm", "trọn năm", "bao năm", "hàng chục năm", "lâu năm", "mùng năm" (a day's number), and number words.
 */
const YEAR_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'mỗi', 'mọi', 'hằng', 'hàng', 'cả', 'trong', 'các', 'những', 'cuối', 'đầu', 'giữa', 'nửa', 'suốt', 'quanh', 'qua', 'sau', 'trước',
  'sang', 'vào', 'hết', 'trọn', 'tròn', 'lâu', 'từ', 'đến', 'tới', 'cùng', 'kỳ', 'của', 'nhiều', 'mấy', 'vài', 'bao', 'nhiêu', 'mùng',
  'mồng', 'một', 'hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'chục', 'trăm', 'nghìn', 'ngàn',
]);
/** The end of a clause after the counted noun: "là năm người." (a count), not "là năm người lao động được …" (the year). */
const CLAUSE_ENDS_AFTER = /^[ \t\u00a0]*(?:[.,;:!?)]|$)/u;
/** "… cũng là năm …" later in the sentence: the "năm" before is the year too ("Năm dự án khởi công cũng là năm …"). */
const LA_NAM_LATER = /(?<![\p{L}\p{M}])là[ \t\u00a0]+năm(?![\p{L}\p{M}])/u;
/** Units of time a record window's "một" is counted in ("cao nhất trong một năm", "trong một thập kỷ gần đây"). */
const ONE_TIME_UNIT_AFTER = /^[ \t\u00a0]+(?:năm|tháng|tuần|ngày|thập kỷ|thập niên|thế kỷ)(?![\p{L}\p{M}])/u;
/** Units a change of one is counted in ("giảm một điểm", "tăng một bậc", "một điểm phần trăm"). */
const ONE_UNIT_AFTER = /^[ \t\u00a0]+(?:điểm|bậc|hạng|bước)(?![\p{L}\p{M}])(?![ \t\u00a0]+(?:nhấn|sáng|mạnh|yếu|nóng|đen|chung|riêng|mới|đến)(?![\p{L}\p{M}]))/u;

/** "năm lần " right before "bảy lượt": the idiom "năm lần bảy lượt" (again and again). */
const IDIOM_TIMES_BEFORE = /(?<![\p{L}\p{M}])năm[ \t\u00a0]+lần[ \t\u00a0]+$/u;

/** "tỷ lệ", "tỷ số", "tỷ giá", "tỷ trọng", "tỷ suất": nouns, not the scale "tỷ". */
const TY_COMPOUND_AFTER = /^[ \t\u00a0]+(?:lệ|số|giá|trọng|suất)(?![\p{L}\p{M}])/u;
/**
 * "tỷ phú", "triệu phú" (a billionaire, a millionaire), "triệu chứng" (a symptom: "hơn 19 triệu chứng"): a noun, not
 * the scale — read on the original text, lower case only: "100 tỷ Phú Yên" (a place after the amount) keeps its
 * scale, and so do "5 triệu chứng khoán", "2 triệu chứng từ" (securities, vouchers counted in millions; engine 54).
 */
const PHU_AFTER = /^[ \t\u00a0]+(?:phú|chứng(?![ \t\u00a0]+(?:khoán|từ|nhận|chỉ|minh|thư)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])/u;

/** Words that make a noun with "hàng": "ngân hàng", "mặt hàng", "khách hàng", "cửa hàng", "đơn hàng". */
const HANG_COMPOUNDS = new Set(['ngân', 'mặt', 'khách', 'cửa', 'đơn', 'nhà', 'bán', 'gian', 'món', 'lô', 'chuyến', 'đặt', 'giao', 'xếp', 'hàng']);

/** Vague words that, with scale words after them, make an approximate quantity at that scale. */
const VAGUE_AT_SCALE = new Set(['hàng', 'vài', 'mấy', 'hàng chục', 'hàng trăm', 'vài chục', 'cả']);
/** Scale words "cả" makes rough: "cả trăm hộ", "cả nghìn tỷ đồng", "cả chục ngàn người" (not "cả hai", "cả năm"). */
const ROUGH_SCALES = new Set(['chục', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ']);

/**
 * "cả trăm hộ dân", "vượt cả trăm ngàn tỷ", "cả chục nghìn người": "cả" right before scale words only is "as many
 * as some hundreds", a rough quantity at that scale like "hàng trăm" (engine 45). Not before a number that counts
 * ("cả hai đội", "cả 5 người", "cả năm"), which keep their readings.
 */
function roughScaleBefore(scope: Scope, start: number, words: readonly { w: string }[]): { start: number; phrase: string } | null {
  if (words.length === 0 || !words.every(({ w }) => ROUGH_SCALES.has(w))) return null;
  const ca = wordsBefore(scope.folded, scope.sentence.start, start, 1)[0];
  return ca?.word === 'cả' ? { start: ca.start, phrase: 'cả' } : null;
}

/**
 * "hàng nghìn người", "hàng chục ngàn doanh nghiệp", "vài chục nghìn cổ phiếu", "hàng chục tỷ đồng":
 * a vague word with only scale words after it is an approximate quantity at the product of the
 * scales (CLAIMS.md: "hàng nghìn" = approx 1000). "vài", "vài tháng", "hàng năm" stay no claim.
 */
function vagueAtScale(scope: Scope, vague: { start: number; phrase: string }, words: readonly { w: string; end: number }[]): Reading | null {
  if (!VAGUE_AT_SCALE.has(vague.phrase)) return null;
  // "mặt hàng triệu đô", "ngân hàng nghìn tỷ": "hàng" ends a noun here, it is no vague word.
  if (vague.phrase.startsWith('hàng') && HANG_COMPOUNDS.has(wordsBefore(scope.folded, scope.sentence.start, vague.start, 1)[0]?.word ?? '')) return null;
  let value = vague.phrase.endsWith('chục') ? 10 : vague.phrase.endsWith('trăm') ? 100 : 1;
  let used = 0;
  for (const { w } of words) {
    const scale = SCALE_WORDS[w];
    if (scale === undefined) break;
    value *= scale;
    used++;
  }
  const end = words[used - 1]?.end;
  if (used === 0 || end === undefined || used < words.length) return null;
  const reading = finishNumber(scope, vague.start, end, value, false);
  const expr = reading.expression;
  // "bán bún lãi được vài chục nghìn", "giá vé vài trăm nghìn": a vague amount with no currency right after a
  // money word is money in đồng, as "vốn 500 tỷ" is (engine 37); otherwise it stays unread ("thu hút hàng chục
  // nghìn").
  // A rough amount in billions ("Thu ngân sách … có năm vượt cả trăm ngàn tỷ", "thiệt hại hàng chục tỷ") is money in
  // đồng where its sentence speaks of money before it (MONEY_CUE, the cue a bare "vượt 100 nghìn tỷ" in digits is read
  // by; up to 200 characters back, as the subject of such a sentence often opens it), not only right after a money
  // word (engine 65): billions with nothing counted after them are money in the news, and the cue keeps "hàng tỷ" of
  // anything else unread; smaller rough amounts ("bán được hàng chục nghìn") stay as they were.
  const billions = words[used - 1]?.w === 'tỷ' || words[used - 1]?.w === 'tỉ';
  if (
    expr === null &&
    value >= 1000 &&
    (VAGUE_MONEY_BEFORE.test(scope.folded.slice(Math.max(scope.sentence.start, vague.start - 32), vague.start)) ||
      (billions && MONEY_CUE.test(scope.text.slice(Math.max(scope.sentence.start, vague.start - 200), vague.start))))
  ) {
    return {
      expression: { start: vague.start, end, kind: 'money', value, total: null, upper: null, unit: 'đồng', qualifier: 'approx', years: null, date: null, numberStart: vague.start },
      next: end,
    };
  }
  if (expr === null || expr.numberStart !== vague.start) return reading;
  return { ...reading, expression: { ...expr, start: Math.min(expr.start, vague.start), qualifier: 'approx' } };
}

function readDigits(scope: Scope, atom: Atom): Reading {
  const { text, folded, sentence } = scope;
  const { start, raw, end } = atom;
  const prev = text[start - 1];
  const next = text[end];
  // Glued to letters on the left: "H5N1", "U23", "COVID-19", "anh-bai-so-5", "Q.1" — unless a
  // qualifier or verb lost its space ("hơn30năm", "đạt2.450 tỷ").
  if ((isLetter(prev) && !gluedWordBefore(folded, sentence.start, start)) || ((prev === '-' || prev === '.' || prev === '_') && isLetter(text[start - 2]))) {
    return skip(consumeGlued(text, end));
  }
  // "sơ đồ 4-4-2 quen thuộc", "đội hình 4-2-3-1": the last of three or more one-digit numbers joined by dashes right
  // after a word of a team's formation ("sơ đồ", "đội hình", "(lối) chơi", "chiến thuật") is no count of the word after
  // it (engine 45). Without that word the chain is a list of values and its last keeps its unit ("lần lượt nhận
  // 5-3-2 triệu đồng", "tiêm lúc 2-3-4 tháng tuổi").
  if (end - start === 1 && !/^[ \t\u00a0]*[-–]?[ \t\u00a0]*\d/u.test(text.slice(end, end + 3))) {
    const before = text.slice(Math.max(sentence.start, start - 24), start);
    const chain = DASHED_CHAIN_BEFORE.exec(before);
    const chainStart = chain === null ? -1 : start - before.length + chain.index;
    if (chain !== null && FORMATION_BEFORE.test(folded.slice(Math.max(sentence.start, chainStart - 24), chainStart))) return skip(end);
  }
  if (phoneBefore(text, folded, sentence.start, start)) {
    return skip(consumePhone(text, end, sentence.end));
  }
  // Document identifiers: "111/NQ-TU", "52-NQ/TW", "749/QĐ-TTg", "15/2020/NĐ-CP".
  // (Not a currency's code after the slash: "23.150/USD" is a rate, read below — engine 78.)
  const doc = matchGated(DOC_ID_GATE, text, end, sentence.end);
  if (doc && !CURRENCY_CODE_ID.test(doc[0])) return skip(end + doc[0].length);
  if (raw === '24' && matchAt(TWENTY_FOUR_SEVEN, text, end, sentence.end)) return skip(end + 2);
  // "15,12x7,92x0,83cm": a size given as its dimensions is one measure, read by its first (the length).
  const dims = timesSignAt(text, end, Math.min(sentence.end, end + 40)) ? DIMENSIONS_AFTER.exec(text.slice(end, Math.min(sentence.end, end + 40))) : null;
  if (dims !== null) {
    const length = parseDigitNumber(raw);
    if (length !== null) {
      const dimsEnd = end + dims[0].length;
      const qual = qualifierBefore(scope, start);
      return {
        expression: { start: qual?.start ?? start, end: dimsEnd, kind: 'measure', value: length, total: null, upper: null, unit: dimensionUnit(dims[1] ?? ''), qualifier: qual?.qualifier ?? 'exact', years: null, date: null, numberStart: start },
        next: dimsEnd,
      };
    }
  }
  const isPlainInt = digitsOnly(raw, 0, raw.length);
  // Time of day: "07:05", "7h30", "20h".
  if (isPlainInt && raw.length <= 2 && Number(raw) <= 24) {
    const t = matchGated(TIME_GATE, folded, end, sentence.end);
    if (t) return skip(end + t[0].length);
  }
  if (isLetter(next)) {
    const glued = unitAt(folded, end, sentence.end);
    const def = glued && !(glued.form === 'g' && text[end] === 'G') ? UNIT_BY_FORM.get(glued.form) : undefined;
    // "312công trình", "hơn30năm", "2.450tỷđồng": a lost space before a Vietnamese word; "4G",
    // "5G", "3D", "4K" stay codes.
    const videoLines = isPlainInt && videoLinesAt(folded, end, Number(raw));
    if (!def && !videoLines && !gluedVietnameseWord(folded, end)) return skip(consumeGlued(text, end));
  }
  // A numbered row of a ranking: "1. Quảng Ninh", "dẫn đầu: 1. Quảng Ninh, 2. Hải Phòng".
  if (raw.length <= 2 && isPlainInt && text[end] === '.' && isEnumerationMarker(text, end)) {
    const name = rowName(text, end + 2, sentence.end);
    if (name !== null) {
      return {
        expression: { start, end: end + 1, kind: 'rank', value: Number(raw), total: null, upper: null, unit: null, qualifier: 'exact', years: null, date: null, numberStart: start, about: name },
        next: end + 1,
      };
    }
  }
  // Dotted dates "1.5", "1.5.2021" are read as dates only after a date word.
  // Engine 43: also both ends of a schedule's range written with dots, "khởi tranh từ 25.10 đến 3.11" (see dottedSchedule).
  if (!isPlainInt && /^\d{1,2}\.\d{1,2}(?:\.\d{4})?$/.test(raw) && (dateWordBefore(folded, sentence.start, start) || dottedSchedule(folded, sentence, start, end))) {
    // "1.5.2021": day 1, month 5, year 2021; "16.10": no year (-1). Read by dottedPart, not split/map/destructuring,
    // whose arrays of two kinds deoptimized readDigits (issue 11).
    const d = dottedPart(raw, 0);
    const m = dottedPart(raw, 1);
    const y = dottedPart(raw, 2);
    if (y >= 0) return readDate(scope, start, end, { day: d, month: m, year: y });
    // "Ngày 16.10, đội sẽ về …" (a day written with a dot, as some outlets do): the date line's year, and an
    // announced schedule when the day is still to come — read as "16/10" would be.
    // Not a measure after "mỗi/hằng/hàng/ban ngày" ("ban ngày 26.5 độ C", "Mỗi ngày 12.5 triệu đồng"), nor with a
    // unit, a scale, "%" or an hour after it; after the day word itself ("Ngày 25.4 đội tuyển sẽ …") a counted
    // noun may follow, as for "25/4".
    if (
      scope.year === null ||
      EVERY_DAY_BEFORE.test(folded.slice(Math.max(sentence.start, start - 16), start)) ||
      unitAt(folded, end, sentence.end) ||
      DOTTED_NOT_DAY_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 10))) ||
      (!DAY_WORD_RIGHT_BEFORE.test(folded.slice(Math.max(sentence.start, start - 8), start)) && countedNounAt(text, end, sentence.end))
    ) {
      return skip(end);
    }
    const upcoming = afterDay(scope.day, m, d) && !DONE_AFTER.test(text.slice(end, Math.min(sentence.end, end + 60)));
    return readDate(scope, start, end, { day: d, month: m, year: upcoming ? scope.year : yearOfDay(scope.year, scope.day, m) }, upcoming);
  }
  const value = parseDigitNumber(raw);
  if (value === null) return skip(consumeGlued(text, end));
  if (isPlainInt && raw.length <= 2) {
    const date = matchGated(DATE_GATE, folded, end, sentence.end);
    // "diễn ra từ 21 đến 27/10 tới": a schedule's first day written without its month, which the last
    // day gives — a date claim like that last day when both are still to come.
    if (!date && scope.year !== null && /(?<![\p{L}\p{M}])từ\s+(?:ngày\s+)?$/iu.test(text.slice(Math.max(sentence.start, start - 10), start)) && scheduled(folded, sentence.start, start)) {
      const last = DAY_RANGE_END_AFTER.exec(text.slice(end, Math.min(sentence.end, end + 24)));
      const month = Number(last?.[2]);
      const lastEnd = end + (last?.[0].length ?? 0);
      if (
        last !== null &&
        isValidDate(scope.year, month, value) &&
        Number(last[1]) > value &&
        afterDay(scope.day, month, value) &&
        !unitAt(folded, lastEnd, sentence.end) &&
        !countedNounAt(text, lastEnd, sentence.end) &&
        !DONE_AFTER.test(text.slice(lastEnd, Math.min(sentence.end, lastEnd + 60)))
      ) {
        return readDate(scope, start, end, { day: value, month, year: scope.year }, true);
      }
    }
    if (date) {
      const sep = date[1] ?? '/';
      const month = Number(date[2]);
      const year = date[3] === undefined ? null : Number(date[3].length === 2 ? `20${date[3]}` : date[3]);
      const dateEnd = end + date[0].length;
      if (year !== null && isValidDate(year, month, value)) return readDate(scope, start, dateEnd, { day: value, month, year });
      const dateWord = dateWordBefore(folded, sentence.start, start) || WEEKDAY_BEFORE.test(text.slice(Math.max(sentence.start, start - 20), start));
      // "Từ chỗ dẫn trước 13/10 rồi 14/12": right after a lead or a result word, in a sentence about a set or
      // a score, a slash pair that could be a day is a score ("trước 13/10" is no deadline there; engine 33).
      if (year === null && sep === '/' && !dateWord && SCORE_RIGHT_BEFORE.test(folded.slice(Math.max(sentence.start, start - 16), start))) {
        const score = slashScore(text, folded, sentence, start, end, date);
        if (score !== null) return score;
      }
      // "chiều 30/10", "ngày 3-5", "(1/10)", "tính đến 28/2": a day without a year is a time reference.
      const parenthesised = text[start - 1] === '(' && /^\s*\)/.test(text.slice(dateEnd, dateEnd + 2));
      // "sẽ tái đấu … hôm 15-11", "tập trung từ ngày 8-11", "đặt hàng trước từ 8/11": a day after the date
      // line, after a day word or "từ", is an announced schedule, dated like a milestone.
      // Only a slash date after a bare "từ" ("từ 6-12 tuổi" is a range); with "-" a day word right before
      // it ("hôm 15-11", "ngày 8-11"; not "đêm 10-12 độ C"); never with a unit or a counted noun after it.
      const from = sep === '/' && /(?<![\p{L}\p{M}])từ\s+$/iu.test(text.slice(Math.max(sentence.start, start - 6), start));
      const dayWordRight = /(?<![\p{L}\p{M}])(?:ngày|hôm|mồng|mùng)\s+$/iu.test(text.slice(Math.max(sentence.start, start - 8), start));
      // "từ 21 đến 27/10", "từ 21/10 đến ngày 27/10": the last day of an announced schedule.
      const rangeEnd = sep === '/' && SCHEDULE_END_BEFORE.test(text.slice(Math.max(sentence.start, start - 32), start)) && scheduled(folded, sentence.start, start);
      // "… để triển khai trước 16/11": a deadline the clause sets, written without "ngày".
      const deadline =
        sep === '/' &&
        DEADLINE_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start)) &&
        setsDeadline(text, sentence.start, start);
      const upcoming =
        year === null &&
        (sep === '/' ? dateWord || from || rangeEnd || deadline : dayWordRight) &&
        !unitAt(folded, dateEnd, sentence.end) &&
        !/^\s*%/u.test(text.slice(dateEnd, dateEnd + 3)) &&
        // After "ngày"/"hôm" it is a day whatever follows ("Ngày 15/11 học sinh được nghỉ"); after "từ" or
        // another day word a counted noun makes it a range ("từ 6/12 tuổi").
        (dayWordRight || !countedNounAt(text, dateEnd, sentence.end)) &&
        scope.year !== null &&
        isValidDate(scope.year, month, value) &&
        afterDay(scope.day, month, value) &&
        // "Ngày 30/10, tại Hà Nội đã diễn ra …": told as done, whatever the date line says.
        !DONE_AFTER.test(text.slice(dateEnd, Math.min(sentence.end, dateEnd + 60)));
      // Before a day still to come, "đến"/"trước"/"hết" end a schedule or set a deadline; only "tính đến"
      // reads figures as of it.
      if (upcoming && !/tính\s+(?:đến|tới|từ)\s+(?:hết\s+)?(?:ngày\s+)?$/iu.test(text.slice(Math.max(sentence.start, start - 24), start))) {
        return readDate(scope, start, dateEnd, { day: value, month, year: scope.year ?? 0 }, true);
      }
      // "từ 1/10" starts on a day; "từ 3-5 cơn bão" is a range.
      // "có tới 3/4 số hộ", "lên đến 2/3 số xã": as many as a share of a whole, no day (engine 46).
      const upToShare = sep === '/' && value < month && UP_TO_BEFORE.test(folded.slice(Math.max(sentence.start, start - 16), start)) && SHARE_OF_AFTER.test(folded.slice(dateEnd, Math.min(sentence.end, dateEnd + 16)));
      const asOf =
        sep === '/' &&
        !upToShare &&
        !endOfDayRange(text, sentence.start, start) &&
        (AS_OF_BEFORE.test(text.slice(Math.max(sentence.start, start - 16), start)) || /(?:hôm nay|hôm qua|nay|từ)\s+$/iu.test(text.slice(Math.max(sentence.start, start - 10), start)));
      // "bán ra từ ngày 31/10", "có hiệu lực từ ngày 1/9": a milestone dated without its year takes the
      // year of the date line and is a claim when it dates an event, like a full date.
      if (year === null && dateWord && !parenthesised && !asOf && scope.year !== null && isValidDate(scope.year, month, value)) {
        return readDate(scope, start, dateEnd, { day: value, month, year: yearOfDay(scope.year, scope.day, month) });
      }
      if (year === null && (dateWord || parenthesised || asOf) && month >= 1 && month <= 12 && value >= 1 && value <= 31) return skip(dateEnd);
      if (year === null && sep === '.' ) return skip(dateEnd);
    }
    // "ngày 11 tháng 6 năm 2021"
    const wordDate = matchGated(WORD_DATE_GATE, folded, end, sentence.end);
    if (wordDate && wordBefore(text, sentence.start, start)?.word === 'ngày') {
      const month = Number(wordDate[1]);
      const year = wordDate[2] === undefined ? null : Number(wordDate[2]);
      const dateEnd = end + wordDate[0].length;
      if (year !== null && isValidDate(year, month, value)) return readDate(scope, start, dateEnd, { day: value, month, year });
      return skip(dateEnd);
    }
  }
  // Month/year and quarter/year: "11/2022", "I/2021".
  if (isPlainInt && raw.length <= 2 && text.charCodeAt(end) === 0x2f && /^\/\d{4}(?!\d)/.test(text.slice(end, end + 6))) return skip(end + 5);
  if (text[start - 1] === '/' && raw.length === 4) return skip(end);
  if (isPlainInt && raw.length === 4 && value >= 1900 && value <= 2100) {
    const yearReading = readYearLike(scope, start, end);
    if (yearReading) return yearReading;
  }
  // Numbers after a label word are identifiers unless a unit follows ("Quốc lộ 45", "Đề án 06").
  return finishNumber(scope, start, end, value, true);
}

/** Words that lose their space before a number in copy-pasted text. */
const GLUED_BEFORE = new Set([...QUALIFIER_PHRASES].filter((p) => !p.includes(' ')).concat(['đạt', 'có', 'là', 'gồm', 'chiếm', 'tăng', 'giảm', 'lên', 'còn', 'với', 'được', 'mất', 'thu', 'tới', 'đến']));

function gluedWordBefore(folded: string, from: number, pos: number): boolean {
  // Only a word ending right at `pos` counts: after a blank or a sign (most numbers) there is none to read.
  if (pos <= from || !isWordCode(folded.charCodeAt(pos - 1))) return false;
  // That word, read back as wordsBefore(folded, from, pos, 1) would read it, without its array.
  let s = pos;
  while (s > from && isWordCode(folded.charCodeAt(s - 1))) s--;
  const w = { word: folded.slice(s, pos), end: pos };
  if (GLUED_BEFORE.has(w.word)) return true;
  // "dàiđến236m": two words lost their spaces; the last one is what counts.
  for (const g of GLUED_BEFORE_LONG) if (w.word.length > g.length && w.word.endsWith(g)) return true;
  return false;
}
/** The glued words long enough to be told at the end of a run of glued words. */
const GLUED_BEFORE_LONG = [...GLUED_BEFORE].filter((g) => g.length >= 3 && [...g].some((ch) => ch.charCodeAt(0) > 0x7f));

/**
 * A lower-case Vietnamese word right at `pos` (no space): at least two letters, one of them
 * outside ASCII ("công", "năm", "tỷ"), so codes such as "4g", "5g", "3d" are not taken.
 */
function gluedVietnameseWord(folded: string, pos: number): boolean {
  let e = pos;
  let nonAscii = false;
  while (e < folded.length && e - pos < 12 && isLetter(folded[e])) {
    if (folded.charCodeAt(e) > 0x7f) nonAscii = true;
    e++;
  }
  return e - pos >= 2 && nonAscii && folded[pos] !== undefined && folded[pos] === (folded[pos] ?? '').toLowerCase();
}

/** "Số ca đang điều trị: 734": a label, a colon, the number, then the end of the item. */
function labelledValue(scope: Scope, start: number, end: number): boolean {
  const { text, folded, sentence } = scope;
  let p = start;
  while (p > sentence.start && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  if (text[p - 1] !== ':' || !isLetter(text[p - 2])) return false;
  if (!itemEndsAt(text, end, sentence.end)) return false;
  const label = wordsBefore(folded, sentence.start, p - 1, 3);
  const last = label[label.length - 1]?.word ?? '';
  const before = label[label.length - 2]?.word ?? '';
  const pair = label.length >= 2 ? `${before} ${last}` : '';
  // "Số ca mắc mới trong ngày: 36", "Tổng số ca trong tuần: 120": the window of a statistic ends its label, the
  // label is not a date's (a statistic named before "trong"; "Ngày: 15", "Trong tháng: 5" stay out; engine 37).
  // The label must open on a statistic's head ("Số …", "Tổng số …", "Lượng …"): "Ngày chi lương trong tháng: 10",
  // "Giờ mở cửa trong ngày: 7" are a day and a time of day.
  if (before === 'trong' && label.length === 3 && WINDOW_LABEL_ENDS.has(last)) {
    const lineStart = Math.max(sentence.start, folded.lastIndexOf('\n', p - 1) + 1);
    return STAT_LABEL_HEAD.test(folded.slice(lineStart, p - 1));
  }
  return !NOT_STAT_LABELS.has(last) && !NOT_STAT_LABELS.has(pair);
}
const WINDOW_LABEL_ENDS: ReadonlySet<string> = new Set(['ngày', 'tuần', 'tháng', 'quý', 'năm']);
/** A statistic's head at the start of a label line (after a bullet). */
const STAT_LABEL_HEAD = /^[ \t\u00a0]*(?:[-–•*+][ \t\u00a0]*)?(?:tổng số|số|lượng)(?![\p{L}\p{M}])/u;

/**
 * "số việc làm được tạo ra là 148.000,", "Số ca mắc mới trong ngày là 1.250.": the clause opens with "số
 * <what counted>" and gives the number after "là", the number ending the item. The counted noun (up to
 * three words before "được", "mới", "là" …) is the unit. Not an identifier's label ("số điện thoại là
 * 0912…", "số hiệu", "số nhà", "số tài khoản", "số thứ tự"), not a year ("là 2013"), not "số phận", "số
 * đông", "số ít".
 */
function countedByLabel(scope: Scope, start: number, end: number, value: number): string | null {
  const { text, folded, sentence } = scope;
  if (!itemEndsAt(text, end, sentence.end)) return null;
  const raw = text.slice(start, end);
  if (/^\d{4}$/u.test(raw) && value >= 1900 && value <= 2100) return null;
  const clause = folded.slice(lastClauseMark(folded, Math.max(sentence.start, start - 130), start) + 1, start);
  const m = COUNT_LABEL.exec(clause);
  if (m === null) return null;
  const words = (m[1] ?? '').trim().split(/[ \t\u00a0]+/u);
  // A number in the label only as a time's ("trong tháng 10"), never first: "số 5 là …" names an item.
  if (words.some((w, i) => /^\d/u.test(w) && !LABEL_TIME_WORDS.has(words[i - 1] ?? ''))) return null;
  // "Số lượng người dự là 50": the label is "người dự"; a bare "Số lượng là 50" names nothing counted.
  if (words[0] === 'lượng') words.shift();
  if (words.length === 0 || NOT_COUNT_LABELS.has(words[0] ?? '') || NOT_COUNT_LABELS.has(words.slice(0, 2).join(' '))) return null;
  if (words.length === 1 && NOT_COUNT_ALONE.has(words[0] ?? '')) return null;
  const head: string[] = [];
  for (const w of words) {
    if (COUNT_LABEL_STOP.has(w) || head.length === 3) break;
    head.push(w);
  }
  // Three words cut by the cap, the phrase going on ("lượt khách quốc [tế]", "doanh nghiệp thành [lập]"):
  // the third is half of the next compound, so the noun is the first two — unless the three are one noun
  // ("vận động viên", "công nhân viên", "nghiên cứu sinh", "trẻ sơ sinh", "hộ gia đình").
  const next = words[3];
  if (head.length === 3 && next !== undefined && !COUNT_LABEL_STOP.has(next) && !/^\d/u.test(next) && !threeSyllableNoun(head.join(' '))) head.pop();
  return head.length === 0 ? null : head.join(' ');
}
/** A move with its amount and unit, then where it ends: "tăng 3,11 điểm lên ", "giảm 2 USD xuống còn ". */
const LEVEL_AFTER_MOVE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm|tụt|mất|cộng|nhích|lùi|rớt|hạ|sụt)(?:[ \t\u00a0]+(?:thêm|nhẹ|mạnh))?[ \t\u00a0]+\d[\d.,]*[ \t\u00a0]*([\p{L}\p{M}]+)[ \t\u00a0]+(?:lên|xuống|còn|xuống còn|về)(?:[ \t\u00a0]+mức)?[ \t\u00a0]+$/u;
/**
 * "số <up to twelve words> là " ending right before the number, at the clause's start or after a word; a
 * time's number may stand among the words ("Số doanh nghiệp thành lập mới trong tháng 10 là 2.345").
 */
const COUNT_LABEL = /(?:^|[ \t\u00a0])số(?:[ \t\u00a0]+lượng)?((?:[ \t\u00a0]+(?:[\p{L}\p{M}]+|\d{1,4}(?:\/\d{1,4})?)){1,12}?)[ \t\u00a0]+là[ \t\u00a0]+$/u;
/** Time words a number may follow inside a count's label ("trong tháng 10", "năm 2023", "quý 3/2024"). */
const LABEL_TIME_WORDS: ReadonlySet<string> = new Set(['tháng', 'năm', 'quý', 'tuần', 'ngày']);
const NOT_COUNT_LABELS = new Set([
  'điện', 'điện thoại', 'hiệu', 'nhà', 'thứ', 'thứ tự', 'tài', 'tài khoản', 'báo', 'báo danh', 'máy', 'chứng', 'căn', 'hợp', 'hồ', 'văn',
  'quyết', 'xe', 'phòng', 'seri', 'mã', 'định', 'danh', 'hóa', 'hoá', 'phận', 'đông', 'ít', 'khung', 'lô', 'trang', 'tầng', 'ghế', 'áo',
  'hóa đơn', 'đăng ký', 'lần',
  // Money ("Số tiền phạt là 50.000.000", "Số dư tài khoản là …", "Số vốn điều lệ là 500"), time and measures
  // ("Số năm kinh nghiệm là 5", "Số ngày nghỉ là 10", "Số tuổi nghỉ hưu là 60"): amounts, not things counted.
  // "thu", "chi" and "điểm" only in their money and score compounds: "Số chi nhánh/chi bộ/điểm bán lẻ là N" count.
  'tiền', 'vốn', 'dư', 'nợ', 'thuế', 'lãi', 'lỗ', 'phí', 'lương', 'giá', 'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút',
  'giây', 'tuổi', 'km', 'mét', 'tấn', 'kg', 'lít',
  'thu nhập', 'thu ngân', 'chi phí', 'chi tiêu', 'chi trả', 'điểm số', 'điểm thi', 'điểm chuẩn', 'điểm trung', 'điểm sàn',
]);
/** Counted nouns of three syllables that a label may give: the lexicon's whole nouns, agents and students, and these. */
const THREE_SYLLABLE_NOUNS: ReadonlySet<string> = new Set(['trẻ sơ sinh', 'hộ gia đình', 'công nhân viên', 'học sinh giỏi', 'người cao tuổi']);
function threeSyllableNoun(head: string): boolean {
  return THREE_SYLLABLE_NOUNS.has(head) || WHOLE_NOUN_SET.has(head) || /(?:^| )(?:viên|sinh)$/u.test(head);
}
/** Labels that are money or a score on their own ("Số điểm là 25", "Số chi là 50"), a count in a compound. */
const NOT_COUNT_ALONE = new Set(['thu', 'chi', 'điểm']);
const COUNT_LABEL_STOP = new Set(['được', 'mới', 'đã', 'là', 'của', 'trong', 'tại', 'ở', 'khi', 'đang', 'bị', 'cần', 'sẽ', 'vừa', 'này', 'đó', 'trên', 'đến', 'tháng', 'năm', 'quý', 'tuần']);

/** "dệt may (5), da giày (2)": a count in parentheses right after its label. */
function parenthesisedCount(scope: Scope, start: number, end: number): boolean {
  const { text, folded, sentence } = scope;
  let p = start;
  if (text[p - 1] === ' ') p--;
  if (text[p - 1] !== '(') return false;
  let q = end;
  if (text[q] === ' ') q++;
  if (text[q] !== ')') return false;
  let b = p - 1;
  while (b > sentence.start && text[b - 1] === ' ') b--;
  if (!isLetter(text[b - 1])) return false;
  const label = wordsBefore(folded, sentence.start, b, 2);
  const last = label[label.length - 1]?.word ?? '';
  const pair = label.length === 2 ? `${label[0]?.word} ${last}` : '';
  return label.length > 0 && !NOT_STAT_LABELS.has(last) && !NOT_STAT_LABELS.has(pair);
}

/** After a labelled value: the end of the sentence or line, or a separator before the next item. */
function itemEndsAt(text: string, pos: number, limit: number): boolean {
  let q = pos;
  while (q < limit && (text[q] === ' ' || text[q] === '\t')) q++;
  if (q >= limit) return true;
  const c = text[q];
  return c === ',' || c === ';' || c === '.' || c === '(' || c === ')' || c === '\n' || c === '-' || c === '–' || c === '|';
}

const ROW_NAME = /(?:\p{Lu}[\p{L}\p{M}]*\.?)(?:[ \t\u00a0]*(?:-|&)?[ \t\u00a0]*\p{Lu}[\p{L}\p{M}.]*){0,5}/uy;

/**
 * The name a ranking row starts with — two or more capitalised words ("Quảng Ninh", "Bà Rịa - Vũng
 * Tàu") or an acronym ("TP.HCM", "FPT") — or null when the row is a numbered heading ("1. Mục tiêu").
 */
function rowName(text: string, pos: number, limit: number): string | null {
  const m = matchAt(ROW_NAME, text, pos, limit);
  if (m === null) return null;
  const name = m[0].replace(/[ \t\u00a0.]+$/u, '');
  const words = name.split(/[ \t\u00a0]+/u).filter((w) => w.length > 0);
  const acronym = words.length === 1 && /^[\p{Lu}.]{2,}$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  return words.length >= 2 || acronym ? name : null;
}

/** With "hai"/"2": the two parties of a story ("hai bên", "cả hai đội", "hai sàn"), not a count to check. */
const GENERIC_SIDES = new Set(['bên', 'phía', 'chiều', 'vế', 'tay', 'mặt', 'đầu', 'đội', 'sàn', 'nước', 'cánh', 'cực']);
const GENERIC_PEOPLE_NEXT = new Set(['cùng', 'đều', 'này', 'ấy', 'đó', 'kia', 'nọ']);
/**
 * After "hai": the leaders or delegations of two sides, then what two sides do together at a meeting ("Hai nhà lãnh
 * đạo nhất trí …", "hai Bộ trưởng đã hội đàm", "hai phái đoàn Việt Nam và Nhật Bản đã ký …"): a pair of parties, no
 * count to check (engine 61). At most five words between (names, "của hai nước").
 */
const MEETING_SIDES_AFTER = /^[ \t\u00a0]+(?:nhà lãnh đạo|lãnh đạo|bộ trưởng|nguyên thủ|thủ tướng|tổng thống|ngoại trưởng|chủ tịch|người đứng đầu|phái đoàn|đoàn)(?:[ \t\u00a0]+[^\s\d,.;:]+){0,5}?[ \t\u00a0]+(?:(?:đã|đều|cùng|sẽ|cũng)[ \t\u00a0]+)?(?:nhất trí|thống nhất|hội đàm|hội kiến|điện đàm|trao đổi|ký kết|cam kết|bày tỏ|khẳng định|chia sẻ|thảo luận|đồng ý|hoan nghênh|nhấn mạnh)(?![\p{L}\p{M}])/u;
/**
 * Wind, a storm, waves or a quake, then at most five words of direction or strength and no number or
 * comma, right before "cấp": "Gió Bắc đến Tây Bắc cấp 2 - 3", "bão mạnh cấp 12, giật cấp 14" — not "Cơn bão
 * làm hư hại 12 trường cấp 2".
 */
const FORCE_BEFORE = /(?<![\p{L}\p{M}])(?:gió|bão|giật|áp thấp|sóng|động đất|lốc)(?:[ \t\u00a0]+[\p{L}\p{M}]+){0,5}[ \t\u00a0]+$/u;
/** Words right before "cấp" that make it a grade or a tier: "trường cấp 2", "tuyến cấp 2", "đạt chuẩn cấp 3". */
const NOT_FORCE_BEFORE_CAP = new Set(['trường', 'tuyến', 'chuẩn', 'viện', 'vị', 'quyền', 'học', 'lớp', 'độ', 'bậc', 'hạng', 'ngành', 'sở', 'đơn', 'huyện', 'tỉnh', 'xã']);

function forceBefore(folded: string, sentenceStart: number, capStart: number): boolean {
  // "Cơn bão số 10 mạnh cấp 12", "Bão Haiyan (bão số 14) mạnh cấp 16": a storm's number or aside is no figure between.
  const window = folded
    .slice(Math.max(sentenceStart, capStart - 64), capStart)
    .replace(/\([^()]{0,24}\)/gu, ' ')
    .replace(/(?<![\p{L}\p{M}])số[ \t\u00a0]+\d{1,2}(?!\d)/gu, 'số');
  const m = FORCE_BEFORE.exec(window);
  if (m === null || /[\d,;]/u.test(m[0])) return false;
  const words = m[0].trim().split(/[ \t\u00a0]+/u);
  return !NOT_FORCE_BEFORE_CAP.has(words[words.length - 1] ?? '') && !/phủ sóng/u.test(m[0]);
}

const PAIR_NOT_RESTATED = new Set(['người', 'ca', 'hộ', 'vụ', 'em', 'cháu', 'bệnh', 'nạn']);
/**
 * Nouns of kinds and ways a list is sorted into: "hai nhóm", "ba loại", "3 hướng". Not "trường hợp": in the news it
 * counts cases — people, incidents, violations ("làm rõ 3 trường hợp: …"; review of engine 43).
 */
const ENUMERATED_KINDS: ReadonlySet<string> = new Set(['loại', 'nhóm', 'dạng', 'kiểu', 'hướng', 'cách', 'ý', 'hình thức', 'vấn đề', 'nội dung']);
/** Up to the end of the list's sentence: the list a count of kinds opens. */
const LIST_SENTENCE = /^[^\n]*?(?:[.!?](?=[ \t\u00a0]+\p{Lu})|\n|$)/u;
/**
 * A figure counted in the list ("1 ca tử vong và 1 ca …", "gồm 5 đối tượng", "12 dự án"): a breakdown that adds up
 * is a sum an editor checks, so the count before it stays (review of engine 43). A share ("nhận 50%") is no such figure.
 */
const COUNTED_IN_LIST = /(?<![\p{L}\p{M}\d.,])(?:\d+(?:[.,]\d+)*|hai|ba|bốn|sáu|bảy|tám|chín|mười)[ \t\u00a0]+(?!(?:tỷ|triệu|nghìn|ngàn|đồng|phần trăm)(?![\p{L}\p{M}]))\p{Ll}/u;
/** A list whose items are the groups themselves: "nhóm thứ nhất …", "nhóm một …", "nhóm đầu tiên …". */
const GROUPS_NAMED_IN_LIST = /^[ \t\u00a0]*(?:nhóm|loại)[ \t\u00a0]+(?:thứ|một|đầu|\d)/u;
/** An enforcement verb before the count: groups broken up, people arrested or charged are a crime statistic. */
const ENFORCEMENT_BEFORE = /(?<![\p{L}\p{M}])(?:triệt phá|bóc gỡ|bắt(?![ \t\u00a0]+(?:đầu|buộc|nguồn|kịp))|bắt giữ|khởi tố|xử lý|xử phạt|phá|phá án|truy quét)(?![\p{L}\p{M}])[^,;:.]*$/u;
/** The count of kinds opening its list stays a claim when the list is a breakdown or the count an enforcement figure. */
function kindsListChecked(text: string, folded: string, sentenceStart: number, start: number, listAt: number): boolean {
  if (ENFORCEMENT_BEFORE.test(folded.slice(Math.max(sentenceStart, start - 48), start))) return true;
  const after = text.slice(listAt, Math.min(text.length, listAt + 400)).replace(/^[ \t\u00a0\n]*(?:Theo đó|Cụ thể)[ \t\u00a0]*,?/u, '');
  const list = LIST_SENTENCE.exec(after)?.[0] ?? after;
  return GROUPS_NAMED_IN_LIST.test(list.toLowerCase()) || COUNTED_IN_LIST.test(list);
}
/**
 * The list opened right after the counted noun (at most three more lower-case words): a colon, or a stop and "Theo đó" or
 * "Cụ thể"; or the counted noun closing its sentence ("Mức hỗ trợ có hai loại. Nếu …"): the list is the next sentence (engine 70).
 */
const ENUMERATION_AFTER = /^(?:(?:[ \t\u00a0]+[\p{Ll}\p{M}]+){0,3}[ \t\u00a0]*(?::|\.[ \t\u00a0\n]+(?:Theo đó|Cụ thể)(?![\p{L}\p{M}]))|\.[ \t\u00a0\n]+(?=\p{Lu}))/u;
/** Administrative units that a label and its number place ("Tổ 6 phường Láng Hạ"): all of them. */
const ADMIN_UNIT_SET: ReadonlySet<string> = new Set(ADMIN_UNITS);
/** Labels an address opens with before its number: "tổ", "khu phố", "thôn", "ấp", "xóm", "bản", "khóm", "khu", "cụm", "đội". */
const ADDRESS_LABELS: ReadonlySet<string> = new Set(['tổ', 'tổ dân phố', 'khu phố', 'thôn', 'ấp', 'xóm', 'bản', 'khóm', 'khu', 'cụm', 'đội', 'khối', 'phố']);
const PLACE_PREPOSITION_FIRST = /^(?:Tại|Ở|Trong|Từ|Với|Cho)[ \t\u00a0]/u;
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}\p{M}])(?:[Tt]ại|[Ởở]|[Tt]rong|[Tt]ừ|[Vv]ới|[Cc]ho)[ \t\u00a0]*$/u;
/** A formation's figures before its last one: "4-3-" of "4-3-3", "4 - 2 - " of "4 - 2 - 3". */
const FORMATION_LAST_BEFORE = /\d[ \t\u00a0]*[-–][ \t\u00a0]*$/u;
/** After "đầu": a time it is the start of ("đầu phiên", "đầu năm", "đầu tiên"). */
const TIME_START_AFTER = /^[ \t\u00a0]+(?:phiên|năm|quý|giờ|tiên|kỳ|buổi)(?![\p{L}\p{M}])/u;
/** Two names joined by "và", then a comma, right before a figure: "Mỹ và Trung Quốc, ". */
const PAIR_NAMED_BEFORE = /\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}[ \t]+và[ \t]+\p{Lu}[\p{L}\p{M}.]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}[ \t]*,[ \t]*$/u;
const FRAME_PREPOSITIONS = new Set(['trong', 'trong vòng', 'suốt', 'trong suốt', 'sau', 'qua']);
/**
 * Right after a count of two, the two models it counts, each named with its number: "hai sản phẩm Sony Xperia Z1 và
 * Galaxy Note 3", "2 ống kính QX10 lẫn QX100". A name is one to four capitalised or numbered words, right after the
 * counted noun (not "hai mẫu điện thoại Lumia …": letting lower-case words stand between lost real counts).
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}\d.\-]*(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}\p{M}\d.\-]*|\d[\p{L}\d.]*)){0,3}`;
/** Counted nouns of products, whose models are named with numbers ("điện thoại", "ống kính", "phiên bản" …). */
const MODEL_NOUNS = /^(?:sản phẩm|điện thoại|mẫu|phiên bản|máy|ống kính|thiết bị|dòng|smartphone|camera|chip|laptop)(?![\p{L}\p{M}])/u;
const MODELS_NAMED_AFTER = new RegExp(String.raw`^[ \t\u00a0]*(?:(?:là|gồm|:)[ \t\u00a0]*)?(${NAME_WORD})[ \t\u00a0]+(?:và|lẫn|cùng)[ \t\u00a0]+(${NAME_WORD})(?![\p{L}\p{M}\d])`, 'u');

/**
 * Words that may stand between a clause's start and the time frame opening it, besides the frame's own
 * preposition: a connective ("Tuy nhiên sau 1,5 năm, …", "Nhưng sau 2 năm, …"), a word of totalling or
 * singling out ("Tính chung 10 tháng, …", "Tổng cộng trong 5 năm, …", "Đến hết 10 tháng, …", "Chỉ trong 2
 * ngày, …") and a qualifier ("Sau hơn 1 năm, …"). Engine 36.
 */
/**
 * Qualifiers among FRAME_OPENERS: a frame only after a preposition or a connective ("Sau hơn 1 năm, …"); alone
 * ("Ông cho biết, hơn 10 năm, gia đình chưa được cấp sổ đỏ", "Hơn 10 năm, ông gắn bó …") the length is the fact.
 */
const FRAME_QUALIFIERS = new Set(['hơn', 'gần', 'khoảng', 'chừng', 'đúng', 'ngót', 'trên', 'xấp xỉ', 'ước']);
const FRAME_OPENERS = new Set([
  'tuy nhiên', 'tuy vậy', 'nhưng', 'thế nhưng', 'song', 'và', 'còn', 'mà', 'rồi', 'vậy mà', 'thế mà', 'như vậy', 'nhìn chung',
  'chỉ', 'riêng', 'tính riêng', 'chỉ tính riêng', 'chỉ tính', 'tính chung', 'tính cả', 'tổng cộng', 'cộng dồn', 'đến hết', 'tính đến hết',
  ...FRAME_QUALIFIERS,
]);

/** Only a time preposition, connectives and qualifiers (if anything) lie between the clause start and `pos`. */
function opensClause(scope: Scope, pos: number): boolean {
  const { text, folded, sentence } = scope;
  let p = pos;
  // The word or phrase furthest back: a qualifier there opens no frame.
  let first = '';
  // At most four words or phrases back ("Tuy nhiên, chỉ trong khoảng 2 ngày, …"): bounded, linear.
  for (let step = 0; step < 4; step++) {
    while (p > sentence.start && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
    const word = phraseEndingAt(folded, sentence.start, p, FRAME_PREPOSITIONS, 2) ?? phraseEndingAt(folded, sentence.start, p, FRAME_OPENERS, 3);
    if (word === null) break;
    p = word.start;
    first = word.phrase;
  }
  if (FRAME_QUALIFIERS.has(first)) return false;
  while (p > sentence.start && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  return p === sentence.start || ',;:('.includes(text[p - 1] ?? '');
}

/**
 * An earlier band of the same list, in parentheses after its rank word, then only names between the
 * bands: "(vị trí 401-600), Trường Đại học Tôn Đức Thắng (" — no figure, and a capitalised word right
 * before this band's parenthesis.
 */
const RANK_BAND_BEFORE = /\((?:[Vv]ị trí|[Hh]ạng|[Tt]hứ hạng|[Nn]hóm)\s+\d{1,4}\s*[-–]\s*\d{1,4}\)(?:[^.;!?\d()]{0,120}\(\d{1,4}\s*[-–]\s*\d{1,4}\))*[^.;!?\d()]{0,120}\p{Lu}[\p{L}\p{M}]*\s\($/u;

/** "bảng xếp hạng N …", "trong xếp hạng N …": the ranking named by its size. */
const RANKING_SIZE = /^(?:bảng|trong)\s/u;


/** After "top N": a superlative or a ranking's source in the clause. Run on a bounded slice. */
const TOP_RANKING_AFTER = /^[^,;:]*?(?<![\p{L}\p{M}])(?:nhất|theo[ \t\u00a0]+(?:qs|the|forbes|fortune|times|bảng xếp hạng)|bảng xếp hạng)(?![\p{L}\p{M}])/u;
/** Before "top N" in its clause: a target. Run on a bounded slice. */
const TOP_TARGET_BEFORE = /(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu)(?![\p{L}\p{M}])[^,;:]*$/u;
/** A contest's shortlist after "top N" (ứng viên, thí sinh, đề cử): a name, not a place. */
const SHORTLIST_NOUNS: ReadonlySet<string> = new Set(['ứng', 'thí', 'đề']);

/** Lower-case "top N" read as a place in a ranking (see finishNumber). */
function topIsRank(scope: Scope, topStart: number, numberEnd: number, nextWord: string): boolean {
  const { text, folded, sentence } = scope;
  if (text[topStart] === 'T' || SHORTLIST_NOUNS.has(nextWord)) return false;
  return TOP_RANKING_AFTER.test(folded.slice(numberEnd, Math.min(sentence.end, numberEnd + 80))) || TOP_TARGET_BEFORE.test(folded.slice(Math.max(sentence.start, topStart - 40), topStart));
}

/** Words of a size after a name's number (see countTail). */
const SIZE_WORDS: ReadonlySet<string> = new Set(['dài', 'rộng', 'nặng', 'cao', 'sâu']);
/** After "1" of a list numbered inline: ". " and a capital, then the list's "2. " and a capital. */
const INLINE_LIST_ITEM_AFTER = /^\.[ \t\u00a0]+\p{Lu}[^\n]{0,180}?[;,.][ \t\u00a0]+2\.[ \t\u00a0]+\p{Lu}/u;
/** A service line's number, "1900 6600", "1800.1234", "1900 54 54 36": both its groups are the number (engine 61). */
const SERVICE_LINE_AT = /^(?:18|19)00[ .]?\d{2,4}(?:[ .]\d{2,4}){0,2}(?![\d.,])/u;
const SERVICE_LINE_BEFORE = /(?<![\d.,])(?<!năm[ \t\u00a0])(?:18|19)00[ .](?:\d{2,4}[ .]){0,2}$/iu;
/** A group of a service line's number: two to four digits, no digit group of a figure after them ("1.200"). */
const SERVICE_LINE_GROUP = /^\d{2,4}(?![\d,]|\.\d)/u;

function phoneBefore(text: string, folded: string, from: number, pos: number): boolean {
  if (text[pos] === '1' && SERVICE_LINE_AT.test(text.slice(pos, pos + 20)) && !/năm[ \t\u00a0]+$/iu.test(text.slice(Math.max(from, pos - 5), pos))) return true;
  if (SERVICE_LINE_GROUP.test(text.slice(pos, pos + 6)) && SERVICE_LINE_BEFORE.test(text.slice(Math.max(from, pos - 20), pos))) return true;
  const lead = text[pos - 1] === '(' || text[pos - 1] === '+' ? 1 : 0;
  if (text[pos] === '0' || lead === 1) {
    const run = /^[\d .()+-]{9,}/.exec(text.slice(pos - lead, pos + 24));
    if (run && run[0].replace(/\D/g, '').length >= 9) return true;
  }
  // "ĐT: 0912…", "Hotline (024) …": a label, then punctuation, then the number.
  let p = pos;
  while (p > from && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  const mark = text[p - 1];
  if (mark !== ':' && mark !== '(' && mark !== '+' && mark !== '.') return false;
  while (p > from && ' \t.:(+'.includes(text[p - 1] ?? '')) p--;
  return phraseEndingAt(folded, from, p, PHONE_WORDS, 3) !== null;
}

function dateWordBefore(folded: string, from: number, pos: number): boolean {
  let p = pos;
  while (p > from && (folded[p - 1] === '(' || folded[p - 1] === ' ')) p--;
  return phraseEndingAt(folded, from, p, DATE_WORDS, 2) !== null;
}

function isComparative(folded: string, from: number, pos: number): boolean {
  const words = wordsBefore(folded, from, pos, 2);
  const last = words[words.length - 1]?.word;
  const prev = words[words.length - 2]?.word;
  return (last === 'hơn' || last === 'trên') && prev !== undefined && COMPARATIVE_ADJECTIVES.has(prev);
}

function consumePhone(text: string, end: number, limit: number): number {
  let e = end;
  while (e < limit && /[\d .()-]/.test(text[e] ?? '')) e++;
  return e;
}

function consumeGlued(text: string, end: number): number {
  // What the sticky /[\p{L}\p{M}\d\-/.]*\/uy matches at `end`, read by a loop (no match array).
  return gluedTokenEnd(text, end);
}

/** "SDG", "CPU", and their English plurals "SDGs", "CPUs". */
function isAcronym(word: string): boolean {
  // A lower-case ASCII letter first never stays the same in upper case (most words: no copies made).
  const first = word.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return false;
  const stem = word.length >= 3 && word.endsWith('s') ? word.slice(0, -1) : word;
  return stem.length >= 2 && stem.length <= 6 && stem === stem.toUpperCase() && /\p{Lu}/u.test(stem);
}

/** 4-digit numbers 1900–2100: years unless a unit or a counted noun makes them a quantity. */
function readYearLike(scope: Scope, start: number, end: number): Reading | null {
  const { text, folded, sentence } = scope;
  const range = /^\s*[-–—]\s*\d{4}(?!\d)/.exec(text.slice(end, end + 12));
  if (range) return skip(end + range[0].length);
  const timeWord = phraseEndingAt(folded, sentence.start, start, TIME_WORDS, 2) !== null;
  const inYearList = YEAR_LIST_BEFORE.test(text.slice(Math.max(sentence.start, start - 12), start));
  if (timeWord || inYearList) return skip(end);
  if (matchGated(SCALE_GATE, folded, end, sentence.end) || unitAt(folded, end, sentence.end)) return null;
  const after = wordsAfter(text, end, sentence.end);
  if (after && COUNT_NOUNS_AFTER_YEARLIKE.has(after.first.toLowerCase())) return null;
  return skip(end);
}

/** "x7,92x0,83cm", " x 7,9 x 0,8 mm": the other dimensions of a size and its unit. */
/**
 * DIMENSIONS_AFTER's necessary start, tested before the regex runs on its slice [end, limit): a times sign
 * ("x", "X", "×") at `end`, or after one space or tab there.
 */
function timesSignAt(text: string, end: number, limit: number): boolean {
  const c0 = text.charCodeAt(end);
  const at = c0 === 0x20 || c0 === 0x09 ? end + 1 : end;
  if (at >= limit) return false;
  const c = text.charCodeAt(at);
  return c === 0x78 || c === 0x58 || c === 0xd7 || (at > end && (c0 === 0x78 || c0 === 0x58 || c0 === 0xd7));
}
/** A foreign model name ending the slice before a number: "Lumia ", "Nexus ". */
const MODEL_BEFORE = /(?<![\p{L}\p{M}])([A-Z][a-z][A-Za-z]*)[ \t\u00a0]+$/u;
/** Whether [from, pos) ends on blanks (at least one) with an ASCII letter before them, as MODEL_BEFORE's match must. */
function asciiLetterBeforeBlanks(text: string, from: number, pos: number): boolean {
  let i = pos - 1;
  while (i >= from) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    i--;
  }
  if (i === pos - 1 || i < from) return false;
  const c = text.charCodeAt(i);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/**
 * After the first number, the other dimensions and their unit: "x7,92x0,83cm", "x40 mm", and a screen's or a photo's
 * resolution in pixels ("1920x1080 pixel", "2560 x 1440 điểm ảnh", "1080x2400px"; engine 45).
 */
const DIMENSIONS_AFTER = /^[ \t]?[x×][ \t]?\d{1,4}(?:[.,]\d{1,3})?(?:[ \t]?[x×][ \t]?\d{1,4}(?:[.,]\d{1,3})?)?[ \t]?(cm|mm|m|pixels?|px|điểm ảnh)(?![\p{L}\p{M}\d])/iu;
/** The unit of a size as DIMENSIONS_AFTER read it: lengths as written, a resolution's pixels as "pixel". */
function dimensionUnit(form: string): string {
  const lower = form.toLowerCase();
  return lower === 'cm' || lower === 'mm' || lower === 'm' ? lower : 'pixel';
}
/**
 * A range of days is a schedule when the clause says something takes place over it ("giải diễn ra từ 21
 * đến 27/10", "từ ngày 2-10/11") — "dao động từ 5 đến 8/10", "từ 1 đến 2/3 số hộ", "nghỉ từ 3 đến 5/7 ngày"
 * are no dates.
 */
function scheduled(folded: string, from: number, pos: number): boolean {
  const before = folded.slice(Math.max(from, pos - 48), pos);
  return SCHEDULE_WORDS.test(before) || /(?<![\p{L}\p{M}])từ\s+ngày\s+\S*$/u.test(before) || /(?<![\p{L}\p{M}])từ\s+ngày\s+\d{1,2}(?:\/\d{1,2})?\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?$/u.test(before);
}
const SCHEDULE_WORDS = /(?<![\p{L}\p{M}])(?:diễn ra|khởi tranh|tổ chức|kéo dài|khai mạc|bế mạc|mở cửa|mở bán|áp dụng|có hiệu lực|triển khai|thi đấu|tập trung|đăng ký|đặt hàng|thực hiện)(?![\p{L}\p{M}])/u;

/**
 * A day written with a dot at either end of a schedule's range, with no day word before it: "khởi tranh từ 25.10
 * đến 3.11", "diễn ra từ ngày 2.11 đến 8.11" — read as "từ 25/10 đến 3/11" would be (engine 43). Both ends must be
 * dotted days and the clause must say something takes place ("dao động từ 1.5 đến 2.5" is a range of decimals).
 */
function dottedSchedule(folded: string, sentence: { start: number; end: number }, start: number, end: number): boolean {
  // "từ 8.10 đến 11.10 sáng", "… 11.10 giờ", "hằng tuần": times of day, not days (review of engine 43).
  if (spanHas(EVERY_DAY_WORDS, folded, sentence.start, sentence.end)) return false;
  const endAfter = DOTTED_RANGE_END_AFTER.exec(folded.slice(end, Math.min(sentence.end, end + 20)));
  if (DOTTED_RANGE_START_BEFORE.test(folded.slice(Math.max(sentence.start, start - 10), start)) && endAfter !== null) {
    return !TIME_OF_DAY_AFTER.test(folded.slice(end + endAfter[0].length, Math.min(sentence.end, end + endAfter[0].length + 12))) && scheduled(folded, sentence.start, start);
  }
  const from = Math.max(sentence.start, start - 28);
  const last = DOTTED_RANGE_LAST_BEFORE.exec(folded.slice(from, start));
  return last !== null && !TIME_OF_DAY_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 12))) && scheduled(folded, sentence.start, from + last.index);
}
/** A part of the day or an hour after a dotted range's last end: "11.10 sáng", "11.30 giờ", "17.30h". */
const TIME_OF_DAY_AFTER = /^[ \t\u00a0]*(?:sáng|chiều|tối|trưa|đêm|khuya|giờ|h)(?![\p{L}\p{M}])/u;
/** A clause about what recurs every day or week: its dotted ranges are hours. */
const EVERY_DAY_WORDS = /(?<![\p{L}\p{M}])(?:hằng|hàng|mỗi)[ \t\u00a0]+(?:ngày|tuần|sáng|chiều|tối)(?![\p{L}\p{M}])/u;
const DOTTED_RANGE_START_BEFORE = /(?<![\p{L}\p{M}])từ[ \t\u00a0]+$/u;
const DOTTED_RANGE_END_AFTER = /^[ \t\u00a0]*(?:đến|tới|-|–)[ \t\u00a0]*(?:ngày[ \t\u00a0]+)?\d{1,2}\.\d{1,2}(?![\d.,]\d)/u;
const DOTTED_RANGE_LAST_BEFORE = /(?<![\p{L}\p{M}])từ[ \t\u00a0]+(?:ngày[ \t\u00a0]+)?\d{1,2}\.\d{1,2}[ \t\u00a0]*(?:đến|tới|-|–)[ \t\u00a0]*(?:ngày[ \t\u00a0]+)?$/u;

/** " đến 27/10": the last day of a range whose first day had no month of its own. */
const DAY_RANGE_END_AFTER = /^\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?![\d/])/iu;
/** "từ 21 đến ", "từ ngày 21/10 tới ngày ": what stands before the last day of a schedule. */
const SCHEDULE_END_BEFORE = /(?<![\p{L}\p{M}])từ\s+(?:ngày\s+)?\d{1,2}(?:\/\d{1,2})?\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?$/iu;
const DONE_AFTER = /^[^.;!?]*?(?<![\p{L}\p{M}])(?:đã|vừa)(?![\p{L}\p{M}])/u;

/** The day `day`/`month` of the date line's year comes after the date line's day, within six months. */
function afterDay(published: string | null, month: number, day: number): boolean {
  if (published === null) return false;
  const m = Number(published.slice(5, 7));
  const d = Number(published.slice(8, 10));
  // Within the next six months of the same year: a December day in a January article is last December's.
  return (month > m && month - m <= UPCOMING_MONTHS) || (month === m && day > d);
}
const UPCOMING_MONTHS = 6;

/**
 * The year of a day written without one, told as past or dated by its event: the date line's, but a month
 * more than six months after the date line's is last year's ("Ngày 28.12, Bộ … ban hành" in a January article).
 */
function yearOfDay(year: number, published: string | null, month: number): number {
  if (published === null) return year;
  return month - Number(published.slice(5, 7)) > UPCOMING_MONTHS ? year - 1 : year;
}

function readDate(scope: Scope, start: number, end: number, date: CalendarDate, upcoming = false): Reading {
  const { text, sentence } = scope;
  if (!isValidDate(date.year, date.month, date.day)) return skip(end);
  let quoteStart = start;
  const dayWord = wordBefore(text, sentence.start, start);
  if (dayWord && (dayWord.word === 'ngày' || dayWord.word === 'mồng' || dayWord.word === 'mùng')) quoteStart = dayWord.start;
  if (!upcoming && !isDatedEvent(scope, quoteStart, start, end, date)) return skip(end);
  return {
    expression: {
      start: quoteStart,
      end,
      kind: 'date',
      value: toDateNumber(date),
      total: null,
      upper: null,
      unit: null,
      qualifier: 'exact',
      years: null,
      date: toIsoDate(date),
      numberStart: start,
    },
    next: end,
  };
}

/**
 * A full date is a claim when it dates an event: "Ngày 11/6/2021, … ban hành Nghị quyết",
 * "công bố ngày 21/9/2023", "bắt đầu thực hiện từ ngày 1/6/2022". Dates that belong to a document
 * reference ("Nghị quyết số 52-NQ/TW, ngày 27/9/2019") or mark an as-of time ("tính đến ngày …")
 * are time references.
 */
function isDatedEvent(scope: Scope, quoteStart: number, numberStart: number, end: number, date: CalendarDate | null = null): boolean {
  const { text, sentence } = scope;
  const left = text.slice(Math.max(sentence.start, numberStart - 80), numberStart);
  if (DOC_REFERENCE_BEFORE.test(left)) return false;
  // "Theo báo cáo được phát hành ngày 22/10, …": the day of the cited source, not a milestone of the
  // article's facts (engine 33).
  if (SOURCE_CITED_BEFORE.test(left)) return false;
  // "từ ngày 2/11 đến ngày 10/11": the end of a span of days is dated like its start, not "as of".
  if (endOfDayRange(text, sentence.start, numberStart)) {
    const spanStart = text.lastIndexOf('từ', numberStart);
    return spanStart >= sentence.start && isDatedEvent(scope, spanStart, spanStart, numberStart);
  }
  // "hỗ trợ doanh nghiệp … trước ngày 30/11/2013", "trình … để triển khai trước 16/11": a deadline the clause
  // sets (a duty, a plan, a promise) is a date to check, not an as-of time.
  if (DEADLINE_BEFORE.test(left) && date !== null && notBeforeDateLine(scope.day, date) && setsDeadline(text, sentence.start, numberStart)) return true;
  if (AS_OF_BEFORE.test(left)) return false;
  // "giá cơ sở bình quân 30 ngày (từ ngày 21/9/2013 đến 20/10/2013)": an averaging window, in parentheses or not.
  if (/(?:\(|bình quân\s+\d+\s+ngày)\s*(?:từ|kể từ)\s+ngày\s+$/iu.test(left)) return false;
  const clauseStart = Math.max(sentence.start, lastClauseMark(text, Math.max(sentence.start, quoteStart - 200), quoteStart) + 1);
  const beforeInClause = text.slice(clauseStart, quoteStart);
  if (CLAUSE_START_DATE_PREFIX.test(beforeInClause.trim()) || beforeInClause.trim() === '') {
    const rest = text.slice(end, Math.min(sentence.end, end + 200));
    if (OCCASION_AFTER.test(rest)) return false;
    // "Ngày 18-10, tờ Yomiuri Shimbun đưa tin Trung Quốc … không bán …": the day something was reported or
    // said, when the reporting verb comes before any milestone verb (engine 33).
    const reported = REPORTED_AFTER.exec(rest);
    const event = EVENT_VERB_ANYWHERE.exec(rest);
    // "Thủ tướng phát biểu khai mạc kỳ họp": a speech that is itself the opening or closing is the event.
    const speechIsEvent = reported !== null && event !== null && reported[0].toLowerCase() === 'phát biểu' && SPEECH_EVENT_GAP.test(rest.slice(reported.index + reported[0].length, event.index));
    if (reported !== null && !speechIsEvent && (event === null || reported.index < event.index)) return false;
    if (event !== null) return true;
    if (/^(?:từ|kể từ)/iu.test(beforeInClause.trim()) && CHANGE_TAKES_EFFECT.test(rest)) return true;
  }
  if (phraseBefore(EVENT_VERB_BEFORE, text, sentence.start, numberStart, 60)) return true;
  if (FROM_DAY_BEFORE.test(left)) {
    const before = text.slice(Math.max(sentence.start, numberStart - 300), numberStart);
    return EVENT_VERB_ANYWHERE.test(before);
  }
  return false;
}

const DAY_RANGE_BEFORE = /(?<![\p{L}\p{M}])từ\s+ngày\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\s+(?:đến|tới)\s+(?:ngày\s+)?$/iu;

/** The day at `pos` ends a span that starts with "từ ngày …" in the same sentence. */
function endOfDayRange(text: string, sentenceStart: number, pos: number): boolean {
  return DAY_RANGE_BEFORE.test(text.slice(Math.max(sentenceStart, pos - 40), pos));
}

/** The last "," ";" or ":" in [from, to), else from - 1. */
function lastClauseMark(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return i;
  }
  return from - 1;
}

/**
 * The number's value is known and ends at `end`: read scales, ratio, range, unit, streak,
 * qualifier and rank context, and decide whether it is a claim.
 */
function finishNumber(scope: Scope, start: number, numberEnd: number, rawValue: number, digits: boolean, listAhead = true): Reading {
  const { text, folded, sentence } = scope;
  let end = numberEnd;
  let value = rawValue;
  // Where the amount stands whose metric an elided running total shares (see elidedMoneyBefore), else null.
  let metricAt: number | null = null;
  let scaled = false;
  if (digits) {
    const found = matchGated(SCALE_GATE, folded, end, sentence.end);
    // "6 tỷ phú", "300 triệu phú", "19 triệu chứng": billionaires, millionaires, symptoms — a noun, no scale ("100 tỷ
    // Phú Yên" keeps it).
    const scale = found && !PHU_AFTER.test(text.slice(end + found[0].length, Math.min(sentence.end, end + found[0].length + 20))) ? found : null;
    if (scale) {
      const factors = scaleFactors(scale);
      value = applyScales(value, factors, scale[3] !== undefined);
      end += scale[0].length;
      scaled = true;
      // "2 triệu 400 ngàn", "1 tỷ 200 triệu": a smaller scaled part adds to the larger one.
      let last = Math.min(...factors);
      for (let k = 0; k < 3; k++) {
        const part = matchAt(MIXED_PART_AFTER, folded, end, sentence.end);
        const factor = part ? (SCALE_WORDS[part[2] ?? ''] ?? 0) : 0;
        if (!part || factor >= last || factor < 100) break;
        value = roundFloat(value + Number(part[1]) * factor);
        end += part[0].length;
        last = factor;
      }
    }
  }
  let total: number | null = null;
  let upper: number | null = null;
  let kind: ClaimKind | null = null;
  let numberStart = start;
  let exprStart = start;
  let qualifier: Qualifier | null = null;

  // Ratio "209/209", "1.891/1.891"; "X trong (tổng) số Y".
  const ratio = digits ? matchGated(RATIO_GATE, folded, end, sentence.end) : null;
  const ratioUnit = ratio && !scaled ? unitAt(folded, end + ratio[0].length, sentence.end) : null;
  const ratioSecond = ratio ? parseDigitNumber(ratio[1] ?? '') : null;
  if (ratio && ratioUnit !== null && ratioSecond !== null && UNIT_BY_FORM.get(ratioUnit.form)?.kind === 'measure' && (ratioSecond < value || (value >= 2 && TWO_VALUE_UNITS.test(ratioUnit.form)))) {
    // "LTE 150/50 Mbps", "Wi-Fi (2,4/5 GHz)": two values of one measure (download/upload, two bands);
    // the first is read with the unit, not a part of a whole.
    end += ratio[0].length;
  } else if (ratio && !scaled) {
    // "chiến thắng 6/1", "dẫn … từ 2/0, rồi 4/2": a set or tie-break score written with a slash.
    const slash = slashScore(text, folded, sentence, start, end, ratio);
    if (slash !== null) return slash;
    const second = parseDigitNumber(ratio[1] ?? '');
    if (second === null) return skip(end + ratio[0].length);
    // A part never exceeds its whole: "30/4" is a day and month (Reunification Day), not a ratio.
    if (second < value) return skip(end + ratio[0].length);
    total = second;
    kind = 'ratio';
    end += ratio[0].length;
  } else if (digits) {
    const inTotal = matchGated(TRONG_SO_GATE, folded, end, sentence.end);
    const second = inTotal ? parseDigitNumber(inTotal[1] ?? '') : null;
    if (inTotal && second !== null && second > value) {
      total = second;
      kind = 'ratio';
      end += inTotal[0].length;
    }
  }

  // A score: "thắng 2-1", "hòa 1-1", "tỷ số 3 - 0".
  if (kind === null && digits && !scaled && end - start <= 2 && digitsOnly(text, start, end)) {
    const score = matchGated(SCORE_GATE, folded, end, sentence.end);
    const scoreEnd = score ? end + score[0].length : end;
    // "25-28 độ C", "20-25 Mbps": a range with its unit, never a score.
    const team = score ? betweenTeams(text, sentence.start, start, scoreEnd, sentence.end) : null;
    const strong = score !== null && phraseBefore(SCORE_WORDS_BEFORE, folded, sentence.start, start, 40) !== null;
    if (
      score &&
      (strong ||
        rallyWordBefore(folded, sentence.start, start, sentence.end) ||
        phraseBefore(SCORE_BEFORE, text, sentence.start, start, 48) ||
        team !== null ||
        POINTS_ASIDE_BEFORE.test(folded.slice(Math.max(sentence.start, start - 16), start)) ||
        scoreRunCued(folded, sentence.start, start, sentence.end) ||
        setScoresAside(folded, sentence.start, start) ||
        resultsLabelled(folded, sentence, start, scoreEnd)) &&
      !matchAt(UNIT_AFTER, folded, scoreEnd, sentence.end) &&
      // "5-7 dự án", "10-12 vụ việc": a range of a count (after a strong score word — "thắng 2-0 lượt đi" —
      // it is a score whatever follows); "27 điểm (9 - 9 - 9)": marks, not a score.
      (strong || !(countedNounAt(text, scoreEnd, sentence.end) && !placeAt(text, scoreEnd, sentence.end))) &&
      !/^[ \t\u00a0]*[-–][ \t\u00a0]*\d/u.test(text.slice(scoreEnd, scoreEnd + 4))
    ) {
      return {
        expression: {
          start,
          end: scoreEnd,
          kind: 'measure',
          value,
          total: Number(score[1]),
          upper: null,
          unit: 'tỷ số',
          qualifier: 'exact',
          years: null,
          date: null,
          numberStart: start,
          // "Steaua 1 - 1 Basel": the side whose goals come first.
          ...(team !== null ? { about: team } : {}),
        },
        next: scoreEnd,
      };
    }
  }

  // "nâng trần bội chi từ 4,8 lên 5,3% GDP": the level before "lên"/"xuống" shares the percent sign of
  // the level after it.
  if (kind === null && digits && !scaled && wordBefore(folded, sentence.start, start)?.word === 'từ' && matchAt(PERCENT_LEVEL_AFTER, folded, end, sentence.end)) {
    const qual = qualifierBefore(scope, start);
    return {
      expression: { start: qual?.start ?? start, end, kind: 'percent', value, total: null, upper: null, unit: '%', qualifier: qual?.qualifier ?? 'exact', years: null, date: null, numberStart: start },
      next: end,
    };
  }

  // Range "10–15%", "2,5-3%", "từ 10 đến 15 triệu".
  if (kind === null && digits) {
    const range = matchGated(RANGE_GATE, folded, end, sentence.end);
    if (range) {
      const secondRaw = parseDigitNumber(range[1] ?? '');
      let rangeEnd = end + range[0].length;
      let second = secondRaw;
      if (second !== null) {
        const scale2 = matchGated(SCALE_GATE, folded, rangeEnd, sentence.end);
        if (scale2) {
          const factors = scaleFactors(scale2);
          second = applyScales(second, factors, scale2[3] !== undefined);
          if (!scaled) value = applyScales(value, factors, false);
          rangeEnd += scale2[0].length;
        }
      }
      if (second !== null && second > value) {
        upper = second;
        end = rangeEnd;
      }
    }
    // A list of ranked names whose first band says what the bands are: "Đại học Quốc gia Hà Nội (vị trí
    // 401-600), Trường Đại học Tôn Đức Thắng (401-600), … (801-1000)" — each band is a rank.
    if (upper !== null && text[start - 1] === '(' && text[end] === ')' && RANK_BAND_BEFORE.test(text.slice(Math.max(sentence.start, start - 300), start))) {
      return {
        expression: { start, end, kind: 'rank', value, total: null, upper, unit: null, qualifier: 'exact', years: null, date: null, numberStart: start },
        next: end,
      };
    }
  }

  // Unit, time unit, or counted noun.
  const coreEnd = end;
  const tail = readTail(scope, start, end, value, kind !== null || upper !== null, scaled);
  if (tail === 'skip') return skip(end);
  if (tail !== null && 'skipTo' in tail) return skip(tail.skipTo);
  // "đá luân lưu 11m", "quả phạt đền 11 m": the name of the penalty kick, not a distance.
  if (tail !== null && tail.unit === 'm' && value === 11 && PENALTY_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start))) return skip(tail.end);
  let unit: string | null = null;
  let years: number[] | null = null;
  // "hơn 100 tỷ đầu tư", "1.265 tỷ tiền ngân sách", "300 triệu vốn": a bare scaled amount before a word of money is
  // money in đồng; the word says what the money is, it is nothing counted (engine 54).
  if (scaled && kind === null && tail !== null && tail.kind === 'count' && MONEY_NOUN_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 16)))) {
    kind = 'money';
    unit = 'đồng';
  } else if (tail !== null) {
    end = tail.end;
    unit = tail.unit;
    if (tail.value !== undefined) value = tail.value;
    if (kind === null) kind = tail.kind;
    if (tail.kind === 'streak') {
      const list = matchAt(YEARS_AFTER, folded, end, sentence.end);
      if (list) {
        years = parseYears(list[1] ?? '');
        end += list[0].length;
      }
    }
  }

  // Multiplicatives: "gấp 3 lần", "gần gấp 3", "gấp hai lần", "gấp gần 4 lần".
  let gap = phraseEndingAt(folded, sentence.start, start, GAP, 1);
  let innerQualifier: { start: number; qualifier: Qualifier } | null = null;
  if (gap === null && unit === 'lần') {
    innerQualifier = qualifierBefore(scope, start);
    gap = innerQualifier ? phraseEndingAt(folded, sentence.start, innerQualifier.start, GAP, 1) : null;
  }
  if (gap && total === null && (kind === null || unit === 'lần')) {
    const qual = qualifierBefore(scope, gap.start) ?? (innerQualifier ? { start: gap.start, qualifier: innerQualifier.qualifier } : null);
    const changeEnd = unit === 'lần' ? end : coreEnd;
    return {
      expression: { start: qual?.start ?? gap.start, end: changeEnd, kind: 'change', value: roundFloat(value), total: null, upper, unit: 'lần', qualifier: qual?.qualifier ?? 'exact', years: null, date: null, numberStart: start },
      next: changeEnd,
    };
  }
  // "đứng số 1", "xếp số 1 về …": a rank, not an identifier.
  const so = phraseEndingAt(folded, sentence.start, start, SO, 1);
  if (so && total === null && value <= 1000 && (kind === null || kind === 'count')) {
    const verb = wordsBefore(folded, sentence.start, so.start, 2);
    const w1 = verb[verb.length - 1]?.word ?? '';
    const w2 = verb.length === 2 ? `${verb[0]?.word} ${w1}` : '';
    if (RANK_VERBS.has(w1) || RANK_VERBS.has(w2) || SO_RANK_NOUNS.has(w1) || SO_RANK_NOUNS.has(w2)) {
      return {
        expression: { start: so.start, end: coreEnd, kind: 'rank', value, total: null, upper: null, unit: null, qualifier: 'exact', years: null, date: null, numberStart: start },
        next: coreEnd,
      };
    }
  }

  // Ranks: "xếp thứ 4/63", "đứng thứ 92", "top 10", "nhóm 10 tỉnh".
  const thu = phraseEndingAt(folded, sentence.start, start, THU, 1);
  if (thu) {
    const rank = rankAfterThu(scope, thu.start, start, end, value, total, coreEnd);
    if (rank === null) return skip(end);
    return { expression: { ...rank, unit: kind === 'ratio' ? null : rank.unit }, next: rank.end };
  }
  const rankPrefix = phraseEndingAt(folded, sentence.start, start, RANK_PREFIXES, 2);
  if (rankPrefix && (kind === null || kind === 'count' || kind === 'ratio')) {
    const isGroup = rankPrefix.phrase.startsWith('nhóm') || rankPrefix.phrase.startsWith('top') || rankPrefix.phrase.startsWith('tốp');
    const nextWord = wordsAfter(text, numberEnd, sentence.end)?.first.toLowerCase() ?? '';
    if (rankPrefix.phrase.startsWith('nhóm') && !GROUP_NOUNS.has(nextWord)) return skip(end);
    // "Top 10 Doanh nghiệp tiêu biểu", "lọt vào top 50 ứng viên", "một tay vợt trong tốp 10": "Top N" names a
    // list, a shortlist or a group (the guide's "Top 100" as the name of a list), and capitalised always does. In
    // lower case it is a place in a ranking (at most Nth) when a superlative or a ranking's source follows in its
    // clause ("top 10 quốc gia … nhanh nhất", "top 500 đại học … theo QS") or a target precedes ("phấn đấu nằm
    // trong top 3") — but not a contest's shortlist ("top 50 ứng viên có số phiếu cao nhất"). Engine 36.
    if ((rankPrefix.phrase === 'top' || rankPrefix.phrase === 'tốp') && !topIsRank(scope, rankPrefix.start, numberEnd, nextWord)) return skip(end);
    // "bảng xếp hạng 10 nền kinh tế lớn nhất thế giới": the size of the ranking, a list's name, not a place in it.
    if (rankPrefix.phrase === 'xếp hạng' && kind === 'count' && unit !== null && RANKING_SIZE.test(`${wordsBefore(folded, sentence.start, rankPrefix.start, 1)[0]?.word ?? ''} ${folded.slice(end, Math.min(sentence.end, end + 40))}`)) return skip(end);
    return {
      expression: {
        start: rankPrefix.start,
        end: coreEnd,
        kind: 'rank',
        value,
        total,
        upper,
        unit: null,
        qualifier: isGroup ? 'at_most' : 'exact',
        years: null,
        date: null,
        numberStart: start,
      },
      next: coreEnd,
    };
  }

  if ((kind === 'count' || kind === 'money' || kind === 'measure') && total === null && upper === null && !scaled) {
    const base = wordsBefore(folded, sentence.start, start, 2);
    const b1 = base[base.length - 1]?.word ?? '';
    // "cứ mỗi 100 đồng … chỉ thu hồi được 17 đồng", "Cứ 10 người thì có 3 người": the base of a proportion, not a
    // figure (the guide's per-base illustration; the part after it is the claim; engine 36).
    if (b1 === 'cứ' || (b1 === 'mỗi' && base[0]?.word === 'cứ')) return skip(end);
  }
  if (kind === 'count' && unit !== null && total === null && upper === null && !scaled) {
    // Small generic counts, in digits or words: a pair of parties ("2 bên", "cả hai đội"), people
    // together ("hai người cùng đi"); and a count that points back at a set already named ("hai cầu
    // thủ này", "4 cá nhân nói trên") states nothing new.
    // The unit's first word ("trận" of "trận đấu"), as unit.split(' ')[0] reads it, without the array.
    const unitHead = firstWordOf(unit);
    if (value <= 2 && GENERIC_SIDES.has(unitHead)) return skip(end);
    const before2 = value <= 2 ? wordsBefore(folded, sentence.start, start, 2) : [];
    const before1 = before2[before2.length - 1]?.word ?? '';
    // "kẹp giữa hai trung vệ", "giữa 2 kỳ họp": "between" names a pair, no count (engine 31).
    if (value === 2 && before1 === 'giữa') return skip(end);
    // "giống như 1 tai nghe Bluetooth", "như một cuộc cách mạng": a numeral as an article in a likeness.
    // Not "cũng như 1 xe ô tô" ("as well as one", a count; review of engine 31).
    if (value === 1 && before1 === 'như' && !(before2.length === 2 && before2[0]?.word === 'cũng')) return skip(end);
    // "tương đương 1 lớp ở trường công": one as an article in a comparison (engine 70).
    if (value === 1 && before2.length === 2 && before2[0]?.word === 'tương' && before1 === 'đương') return skip(end);
    // "lựa chọn 1 bộ SGK", "cùng tham gia 1 buổi trình diễn": one as an article after choosing or taking part;
    // "mỗi ngày nạp cho 1 xe 5000 đồng": one as the base of a rate, an amount right after it (engine 33).
    // Not when the text stresses the number ("chỉ tham gia 1 trận", "lựa chọn 1 nhà thầu duy nhất").
    const verbBefore = joinedWords(before2);
    const oneAfterVerb = ONE_AS_ARTICLE_AFTER.has(before1) || ONE_AS_ARTICLE_AFTER.has(verbBefore);
    if (value === 1 && ((oneAfterVerb && !oneStressed(folded, sentence, start, end)) || ((before1 === 'cho' || before1 === 'mỗi') && /^[ \t\u00a0]+\d/u.test(text.slice(end, end + 3))))) return skip(end);
    // "Valencia Open và Basel Open, hai giải đấu …": the pair just named, restated in apposition.
    // Not after "Tại/Ở A và B," (where two things happened), nor a count of people, cases or households.
    if (value === 2 && !PAIR_NOT_RESTATED.has(unitHead)) {
      const pair = PAIR_NAMED_BEFORE.exec(text.slice(Math.max(sentence.start, start - 64), start));
      const at = Math.max(sentence.start, start - 64) + (pair?.index ?? 0);
      if (pair !== null && !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, at - 12), at)) && !PLACE_PREPOSITION_FIRST.test(pair[0])) return skip(end);
    }
    // "hai sản phẩm Sony Xperia Z1 và Galaxy Note 3", "2 ống kính QX10 lẫn QX100": the two models named right after the
    // count, each by a name with its number — the names are the content, their count no figure (engine 70).
    // (Only products: "2 tàu QNg 90479 và QNg 95678", "2 chiếc Boeing 787 và Airbus A350" are counts of boats, planes.)
    if (value === 2 && !PAIR_NOT_RESTATED.has(unitHead) && MODEL_NOUNS.test(unit)) {
      const named = MODELS_NAMED_AFTER.exec(text.slice(end, Math.min(sentence.end, end + 120)));
      if (named !== null && /\d/u.test(named[1] ?? '') && /\d/u.test(named[2] ?? '')) return skip(end);
    }
    if (value <= 2 && unit === 'người' && GENERIC_PEOPLE_NEXT.has(wordsAfter(folded, end, sentence.end)?.first ?? '')) return skip(end);
    // "Hai nhà lãnh đạo nhất trí …", "hai bộ trưởng đã hội đàm": the two sides of a meeting, as "hai bên" (engine 61).
    if (value === 2 && MEETING_SIDES_AFTER.test(folded.slice(numberEnd, Math.min(sentence.end, numberEnd + 80)))) return skip(end);
    // "phân loại thành hai nhóm: …", "Tôi đề nghị 3 hướng giải quyết. Theo đó …": a small
    // count of kinds (groups, types, ways) that announces the list right after it — the items are what an
    // editor checks, the count of the writer's or the rule's categories is not (engine 43). Not "theo 3 bước: …",
    // "4 tùy chọn màu sắc" (steps and options a programme or a product has).
    // Not when the list is a breakdown with counts of its own, names its groups ("nhóm thứ nhất …"), or the count
    // follows an enforcement verb ("bóc gỡ 3 nhóm: …"; review of engine 43).
    if (value <= 5 && (ENUMERATED_KINDS.has(unitHead) || ENUMERATED_KINDS.has(unit))) {
      const opened = ENUMERATION_AFTER.exec(text.slice(end, Math.min(text.length, end + 48)));
      if (opened !== null && !kindsListChecked(text, folded, sentence.start, start, end + opened[0].length)) return skip(end);
    }
    // "Tổ 6 phường Láng Hạ", "thôn 3 xã Yên Lâm": after a label, a number and a named administrative unit are an
    // address, not a count of the unit (engine 43).
    if (ADMIN_UNIT_SET.has(unit) && isUpper(wordsAfter(text, end, sentence.end)?.first[0]) && phraseEndingAt(folded, sentence.start, start, ADDRESS_LABELS, 3)) return skip(end);
    if (matchGated(ANAPHORA_GATE, folded, end, sentence.end)) return skip(end);
    // "Hai vụ việc này", "4 cá nhân vi phạm nói trên": the counted noun read short, the pointer after one to four
    // more of its words (not a preposition opening another phrase: "3 người trong vụ này" stays; engine 43; four
    // words since engine 70: "2 dòng sản phẩm chủ lực này").
    if (value <= 20) {
      const longer = ANAPHORA_AFTER_LONGER_NOUN.exec(folded.slice(end, Math.min(sentence.end, end + 48)));
      if (longer !== null && !(longer[1] ?? '').split(/[ \t\u00a0]+/u).some((w) => NOT_NOUN_WORDS.has(w))) return skip(end);
    }
    // "4 cá nhân này không về làm việc … Sau 1,5 năm, 4 cá nhân chỉ trả được …": once the text has pointed back at a
    // set by its count ("N <noun> này / nói trên / kể trên / ấy / vừa nêu"), a later bare mention of the same count of
    // the same noun names that set again — the anaphoric restatement the guide leaves out — not a new figure
    // (engine 65). Only a pointer earlier in the text and near (POINTER_REACH: the figure before any pointer keeps its
    // claim, and so does a mention far on — "Lập mới 2 thị trấn tại …", a related headline 5,000 characters after
    // "hai thị trấn nói trên", is another set), and only a small whole count (at most 20, as for the pointers above).
    if (value <= 20 && Number.isInteger(value) && pointedSetBefore(folded, value, unit, start)) return skip(end);
    // "vòng 1 giải Đan Mạch mở rộng", "vòng 2 Paris Masters": the number of a round names it (engine 36).
    // Not "trong vòng 3 trận" (within three matches: a count).
    if (value <= 10) {
      const round = wordsBefore(folded, sentence.start, start, 2);
      if (round[round.length - 1]?.word === 'vòng' && !(round.length === 2 && round[0]?.word === 'trong')) return skip(end);
    }
    // "N nhân" of a processor ("CPU 8 nhân 1,9GHz/4 nhân 2.3GHz", "chip 4 nhân tốc độ 2,3GHz") is part of the chip's
    // name, as "VXL 4 nhân" and "lõi tứ" are (dev3, dev5; engine 36): in a sentence about a chip or its clock.
    // Looked for near the number only (a window, not the sentence: linear on a sentence of many counts).
    if (unitHead === 'nhân' && !CORE_NOT_AFTER.test(unit) && CHIP_WORDS.test(folded.slice(Math.max(sentence.start, start - 80), Math.min(sentence.end, end + 40)))) return skip(end);
    // "Sau 5 lượt đá", "sau 3 lượt trận", "sau 2 vòng đấu", "không thể kết thúc set đấu sau 12 game": the point in a
    // competition other figures are taken at, not a count.
    if ((ROUNDS.has(unitHead) || MATCHES_PLAYED.has(unit)) && wordsBefore(folded, sentence.start, start, 1)[0]?.word === 'sau') return skip(end);
    // "Cả 4 cơ sở … đều được xếp hạng", "Cả 3 khối lớp cũng chỉ có …": all of a set already counted, restated.
    // "Đây là hai thông tin đáng chú ý", "Đó là 3 quy định mới của luật": the things just told, counted again as the
    // predicate of a pointer (engine 70).
    // (Not "Đó là 3 ca tử vong đầu tiên của tỉnh": a first or a record is itself the claim.)
    if (value <= 5 && POINTER_IS_BEFORE.test(joinedWords(wordsBefore(folded, sentence.start, start, 2))) && !FIRST_OR_RECORD_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 40)))) return skip(end);
    if (value <= 20 && wordsBefore(folded, sentence.start, start, 1)[0]?.word === 'cả' && ALL_OF_THEM_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 80)))) return skip(end);
    // "Ngữ văn 6 tập 1, 2", "Toán 7 phần 2": a volume label after a book's grade, not a count of volumes.
    if (VOLUME_LABELS.has(unit) && /^[ \t\u00a0]*\d/u.test(folded.slice(end, end + 4))) return skip(end);
  }
  // "Phút 33, …", "mở tỷ số 1-0 phút 34": the minute of a match event.
  if (kind === null && digits && !scaled && upper === null && numberEnd - start <= 3 && digitsOnly(text, start, numberEnd) && value >= 1 && value <= 130) {
    const minute = wordsBefore(folded, sentence.start, start, 2);
    const last = minute[minute.length - 1];
    const beforeMinute = minute.length === 2 ? (minute[0]?.word ?? '') : '';
    if (last?.word === 'phút' && !/^\d/.test(beforeMinute) && beforeMinute !== 'giờ') {
      return {
        expression: { start: last.start, end, kind: 'measure', value, total: null, upper: null, unit: 'phút', qualifier: 'exact', years: null, date: null, numberStart: start },
        next: end,
      };
    }
  }
  // "Gió Đông Bắc cấp 2 - 3", "bão mạnh cấp 12, giật cấp 14": the force of a wind, a storm or a quake.
  if (kind === null && digits && !scaled && value <= 17 && (upper === null || upper <= 17)) {
    const level = wordsBefore(folded, sentence.start, start, 1)[0];
    if (level?.word === 'cấp' && forceBefore(folded, sentence.start, level.start)) {
      return {
        expression: { start: level.start, end, kind: 'measure', value, total: null, upper, unit: 'cấp', qualifier: 'exact', years: null, date: null, numberStart: start },
        next: end,
      };
    }
  }
  // "Nghị quyết nêu rõ: 1. Tăng lương; 2. Giảm thuế": the first number of a list numbered inline after a colon, not
  // a statistic's value (engine 61; a ranking's rows, "Kết quả: 1. Quảng Ninh, 2. …", are read as ranks before this).
  if (kind === null && value === 1 && text[start - 2] === ':' && INLINE_LIST_ITEM_AFTER.test(text.slice(end, Math.min(sentence.end, end + 200)))) return skip(end);
  if (kind === null && !scaled && upper === null && digits && (labelledValue(scope, start, end) || parenthesisedCount(scope, start, end))) {
    // "Số ca đang điều trị: 734", "dệt may (5)": a statistic with its label instead of a unit.
    kind = 'count';
  }
  if (kind === null && !scaled && upper === null && digits && total === null) {
    // "Kospi tăng 3,11 điểm lên 23.315,99": the level a move ends at, in the unit of the move (engine 33).
    const moved = LEVEL_AFTER_MOVE_BEFORE.exec(folded.slice(Math.max(sentence.start, start - 48), start));
    const def = moved === null ? undefined : UNIT_BY_FORM.get(normalizePhrase(moved[1] ?? ''));
    if (def !== undefined && (def.kind === 'measure' || def.kind === 'money') && itemEndsAt(text, end, sentence.end)) {
      kind = def.kind;
      unit = def.unit;
    }
  }
  let indexMark: { start: number; qualifier: Qualifier | null } | null = null;
  if (kind === null && !scaled && upper === null && digits && total === null && (itemEndsAt(text, end, sentence.end) || MARK_GOES_ON.test(folded.slice(end, Math.min(sentence.end, end + 16))))) {
    // "Vn-Index rung lắc mạnh ở mốc 500", "VN-Index vượt mốc 1.300 lần đầu tiên": a bare mark of a stock index named
    // in the mark's own clause is a level in points, as "mốc 500 điểm" is (engine 45). Not an index of another clause
    // ("VN-Index tăng 10 điểm trong khi tỷ giá vượt mốc 24.000"), nor a bare "chỉ số" (blood sugar, CPI).
    indexMark = indexMarkAt(folded, sentence.start, start);
    if (indexMark !== null) {
      kind = 'measure';
      unit = 'điểm';
    }
  }
  if (kind === null && !scaled && upper === null && digits && total === null && value <= 100 && WON_BEFORE.test(folded.slice(Math.max(sentence.start, start - 20), start))) {
    // "giành 2 Grand Slam", "đoạt 3 Oscar", "sở hữu 5 Quả bóng Vàng": titles and awards won, counted by their
    // capitalised name (engine 65). The name is no counted noun the tail reads (it starts with a capital, as names
    // holding numbers do: "Vinh 1"), so the count was dropped; "chức vô địch", "huy chương vàng" were read already.
    // Only after a verb of winning or holding, so "tại 2 Grand Slam" (where matches were played) stays unread.
    const title = matchAt(TITLE_WON_AFTER, text, end, sentence.end);
    if (title !== null) {
      kind = 'count';
      unit = normalizePhrase(title[1] ?? '');
      end += title[0].length;
    }
  }
  if (kind === null && !scaled && upper === null && digits && total === null && value >= 1000 && text[end] === '/') {
    // "gói cước khoảng 10.000/tháng", "học phí 2.500.000/năm": a price per period or per head with the currency
    // left out, after a word of price in its clause, is money in đồng (engine 43).
    // "Tỷ giá trung tâm 23.150/USD": per one unit of a currency written as its code, the amount is a rate in đồng with no
    // cue needed (engine 78) — unless the clause names another currency, whose rate it is ("Đồng won giảm xuống
    // 1.450/USD", "đồng rupiah … 16.200/USD"; review s79): then no claim, as before.
    const per = perUnitAt(text, folded, end, sentence.end);
    const perCurrency = per !== null && PER_CURRENCY[per[1] ?? ''] !== undefined;
    // (Read within the words just before, as the price word is: never back to the sentence's start, which would make a
    // long sentence of such rates quadratic.)
    const foreign = perCurrency && FOREIGN_CURRENCY_BEFORE.test(folded.slice(Math.max(sentence.start, start - 64), start));
    if (per !== null && !foreign && ((perCurrency && CURRENCY_CODES.has(per[1] ?? '')) || PRICE_CUE_BEFORE.test(folded.slice(Math.max(sentence.start, start - 48), start)))) {
      kind = 'money';
      unit = `đồng/${perUnitOf(per[1] ?? '')}`;
      end += per[0].length;
    }
  }
  if (kind === null && !scaled && upper === null && digits && total === null && itemEndsAt(text, end, sentence.end)) {
    // "Lợi nhuận quý 3 đạt 507,77 tỷ đồng, lũy kế 9 tháng đạt 1.520, bằng 127% kế hoạch": the running total after
    // "đạt", its unit left out, is in the scale and currency of the amount the sentence gave just before (session 47).
    const elided = elidedMoneyBefore(folded, sentence.start, start, end, value);
    if (elided !== null) {
      kind = 'money';
      unit = elided.unit;
      value = roundFloat(value * elided.factor);
      metricAt = elided.at;
    }
  }
  if (kind === null && !scaled && upper === null && digits && total === null) {
    // "số việc làm được tạo ra là 148.000,": a count told as "số <what> … là N" (engine 33).
    const counted = countedByLabel(scope, start, end, value);
    if (counted !== null) {
      kind = 'count';
      unit = counted;
    }
  }
  if (kind === null && listAhead && !scaled && upper === null && digits && total === null && tail === null && !(Number.isInteger(value) && value >= 1900 && value <= 2100)) {
    // "giá bán cho 2 ống kính lần lượt 249 và 499 USD", "lần lượt là 12 và 15 tỷ đồng", "120 và 150 nghìn hộ": a bare
    // number joined by "và" or "hoặc" to a figure with its scale and unit shares them — the unit is written once after
    // the last item (engine 72). Read one item ahead only (that item does not look further), and only when it is
    // money, a percent, a measure or a scaled count; not after a label ("Điều 5 và 7 triệu đồng") nor a capitalised
    // word (a name with a number: "môn Toán 6 và 45% …").
    const shared = NAME_WORD_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start)) ? null : unitOfNextItem(scope, end, rawValue);
    if (shared !== null && !isLabelled(scope, start, null)) {
      kind = shared.kind;
      unit = shared.unit;
      value = roundFloat(value * shared.factor);
    }
  }
  if (kind === null) {
    // A bare number with scale words is still a quantity ("dân số 1,4 triệu", "vốn 500 tỷ");
    // a bare range is not ("độ tuổi 25 - 54", "tuần từ 14-18/9").
    if (!scaled) return skip(end);
    // "LNST quý 3 đạt 56,6 tỷ đồng, tăng 28% cùng kỳ, 9 tháng đạt 180 tỷ": after an amount of money in the same
    // sentence, a bare scaled amount of a like size is in its currency (engine 52); else a money word before it
    // makes it money in đồng.
    const currency = currencyOfAmountBefore(folded, sentence.start, start, value);
    const cue = currency === null && MONEY_CUE.test(text.slice(Math.max(sentence.start, start - 80), start));
    kind = currency !== null || cue ? 'money' : 'count';
    if (currency !== null) unit = currency;
    else if (cue) unit = 'đồng';
  }

  // (Times counted in "lần" are never a label's number: "VN-Index 3 lần chạm mốc 500 điểm" — engine 43.)
  if ((kind === 'count' && unit !== 'lần') || kind === 'duration' || (kind === 'ratio' && digits)) {
    if (isLabelled(scope, start, kind === 'count' || kind === 'ratio' ? unit : null)) return skip(end);
  }
  // "Dịp 2/9 có…": with nothing counted after it, a small a/b that reads as day/month is a date.
  // "không quá 1/3", "chiếm gần 1/2": after a share or bound word, a proper fraction is a share.
  if (kind === 'ratio' && unit === null && total !== null && value >= 1 && value <= 31 && total >= 1 && total <= 12) {
    if (!(value < total && (FRACTION_CUE_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start)) || decimalOdds(folded, sentence.start, start, total) || shareOfAWhole(folded, sentence, start, end)))) return skip(end);
  }
  // "kỳ hạn 1 tháng", "có kỳ hạn từ 1 tháng đến dưới 6 tháng", "kỳ hạn qua đêm, 1 tuần và 1 tháng":
  // deposit terms name products, not figures (a bond's "thời hạn 5 năm" is a figure).
  if (kind === 'duration' && DEPOSIT_TERM_BEFORE.test(folded.slice(Math.max(sentence.start, start - 64), start))) return skip(end);

  // Qualifier before the number ("gần 80%", "tối thiểu 35%") or around it ("từ 98% trở lên").
  const tro = matchGated(TRO_GATE, folded, end, sentence.end);
  const qual = phraseEndingAt(folded, sentence.start, start, QUALIFIER_PHRASES, 4);
  if (tro) {
    qualifier = normalizePhrase(tro[1] ?? '') === 'trở lên' ? 'at_least' : 'at_most';
    end += tro[0].length;
    const tu = phraseEndingAt(folded, sentence.start, start, TU, 1);
    if (tu) exprStart = tu.start;
    else if (qual) exprStart = qual.start;
  } else if (qual && !isComparative(folded, sentence.start, start)) {
    const q = QUALIFIER_BY_PHRASE.get(qual.phrase) ?? null;
    // "trên 63 tỉnh, thành" means across all provinces, not more than 63.
    const acrossAll = qual.phrase === 'trên' && value === 63;
    if (q && !acrossAll) {
      qualifier = q;
      exprStart = qual.start;
    }
  } else if (upper !== null) {
    const tu = phraseEndingAt(folded, sentence.start, start, TU, 1);
    if (tu) exprStart = tu.start;
  }
  // "có giá khởi điểm từ 799 USD", "giá vé từ 150.000 đồng": a price "from" an amount, with no upper end, is its
  // least (the guide's "giá khởi điểm từ 1249 USD" → at_least; engine 72). A range ("từ 5 đến 7 triệu đồng") has
  // its upper end; a price moving "từ 39.800 đồng lên 40.700 đồng" is a level left (a word of movement follows).
  if (kind === 'money' && upper === null && qualifier === null && exprStart === start && PRICE_FROM_BEFORE.test(folded.slice(Math.max(sentence.start, start - 40), start)) && !MOVE_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 32)))) {
    qualifier = 'at_least';
    exprStart = folded.lastIndexOf('từ', start);
  }
  // An index's mark with no qualifier word before it is quoted with its mark word, and takes the word before that:
  // "quanh mốc 1.250" is about, "dưới mốc 1.200" below, "trên ngưỡng 1.300" above it.
  if (indexMark !== null && exprStart === start) {
    exprStart = indexMark.start;
    if (indexMark.qualifier !== null) qualifier = indexMark.qualifier;
  }
  numberStart = start;

  if (namesAClass(text, folded, sentence, start, end, kind, unit)) return skip(end);
  // "Trong số 10 cổ phiếu đạt giá trị giao dịch lớn nhất HSX sáng nay, …", "trong số 20 tỉnh có tỷ lệ hộ nghèo cao
  // nhất": the size of a group a ranking defines (the guide's "bảng xếp hạng 10 nền kinh tế lớn nhất", "nhóm 20 tay
  // vợt hàng đầu" name a list), not a count to check; what follows says something of its members (engine 74). Only
  // right after "trong số" (among) with a superlative in the count's clause; "trong số 5 doanh nghiệp được khảo sát"
  // stays a count.
  if (kind === 'count' && upper === null && total === null && AMONG_BEFORE.test(folded.slice(Math.max(sentence.start, exprStart - 12), exprStart)) && SUPERLATIVE_IN_CLAUSE.test(folded.slice(start, Math.min(sentence.end, end + 60)))) {
    return skip(end);
  }

  // "20% nhóm giàu", "nhóm 20% giàu nhất", "20% dân số nghèo nhất": the share that defines a group (a
  // quintile), not a figure ("20% hộ nghèo" is one).
  if (kind === 'percent' && upper === null && (INCOME_GROUP_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 40))) || (/nhóm[ \t\u00a0]+$/u.test(folded.slice(Math.max(sentence.start, start - 8), start)) && /^[ \t\u00a0]+(?:(?:dân số|hộ|người|dân)[ \t\u00a0]+)?(?:giàu|nghèo)/u.test(folded.slice(end, Math.min(sentence.end, end + 24)))))) {
    return skip(end);
  }
  // A signed cell of a results table ("-8%", "(+20 %)") is a change; "10-25%" is a range, not a sign.
  if (kind === 'percent' && exprStart === start && start - 1 > sentence.start && SIGNS.has(text[start - 1] ?? '') && /[\s(]/u.test(text[start - 2] ?? ' ')) {
    kind = 'change';
    exprStart = start - 1;
  }
  // "dòng tiền đầu tư âm gần 200 tỷ đồng", a results table's "-70.37": a level below zero. (Not "10 -25",
  // a range written loosely.)
  // Money and measures only: a count of cases or people is never below zero ("-25 ca mắc mới" is a bullet).
  if (kind === 'money' || (kind === 'measure' && unit !== 'lần' && unit !== 'tuổi')) {
    // (A measure after a colon is a list's bullet: "Kết quả ra quân: -5 km"; money after a label is signed.)
    if (exprStart === start && start - 1 > sentence.start && (text[start - 1] === '-' || text[start - 1] === '−') && /[\s(]/u.test(text[start - 2] ?? ' ') && !/[\d;]/u.test(text[start - 3] ?? '') && !(kind === 'measure' && text[start - 3] === ':')) {
      value = -value;
      exprStart = start - 1;
    } else {
      const sign = NEGATIVE_WORD_BEFORE.exec(folded.slice(Math.max(sentence.start, exprStart - 12), exprStart));
      if (sign !== null) {
        value = -value;
        exprStart -= sign[0].length;
      }
    }
  }
  // "tăng 7,6%", "giảm 100 đồng/lít", "tăng thêm 6 người": an amount right after a change word is a
  // change (a level reached — "tăng lên 20%", "giảm xuống 3%", "ở mức 6%" — is not).
  if (kind === 'percent' || kind === 'money' || kind === 'count' || kind === 'measure') {
    // "tăng bình quân 6%", "giảm trung bình 2 điểm": the averaging word between the verb and the amount (engine 37;
    // "tăng tương ứng 0,75%", engine 72).
    // Not across to "2 con số" ("double-digit" growth is no amount of 2; engine 36's reading stays).
    const averaged = unit === 'con số' ? null : phraseEndingAt(folded, sentence.start, exprStart, AVERAGE_WORDS, 2);
    const verb = phraseEndingAt(folded, sentence.start, averaged?.start ?? exprStart, CHANGE_WORDS, 2);
    const milestone = qual !== null && exprStart === qual.start && MILESTONE_QUALIFIERS.has(qual.phrase);
    const wordBeforeVerb = verb ? (wordsBefore(folded, sentence.start, verb.start, 1)[0]?.word ?? '') : '';
    if (
      verb &&
      !milestone &&
      !(verb.phrase === 'thêm' && EXTRA_NOT_CHANGE.has(wordBeforeVerb)) &&
      // "tổng cộng 1.200 căn hộ" is a total, not an addition (engine 37).
      !(verb.phrase === 'cộng' && wordBeforeVerb === 'tổng') &&
      !failedNotFell(folded, sentence.start, verb, kind, unit)
    ) {
      kind = 'change';
      exprStart = verb.start;
    }
  }

  // "Cổ phiếu này vượt trên tham chiếu 1,7%": how far a stock's price stands from the session's reference price (the
  // last close) is the day's move, a change (engine 75; "tăng 2% so với tham chiếu" already is one). Only a percentage
  // right after the reference price with a word of above or below before it: an amount of money there is as often the
  // reference itself ("vẫn đứng trên giá tham chiếu 12.500 đồng") as the gap from it, and stays money.
  if (kind === 'percent' && exprStart === start && upper === null && REFERENCE_GAP_BEFORE.test(folded.slice(Math.max(sentence.start, start - 32), start))) {
    kind = 'change';
  }
  const expression: Expression = {
    start: exprStart,
    end,
    kind,
    value: roundFloat(value),
    total,
    upper,
    unit,
    qualifier: qualifier ?? 'exact',
    years,
    date: null,
    numberStart,
  };
  if (metricAt !== null && kind === 'money') expression.metricAt = metricAt;
  return { expression, next: end };
}

/** Above or below the reference price, right before an amount: "vượt trên tham chiếu ", "dưới giá tham chiếu ". */
const REFERENCE_GAP_BEFORE = /(?<![\p{L}\p{M}])(?:vượt|vượt trên|cao hơn|thấp hơn|trên|dưới)[ \t\u00a0]+(?:giá[ \t\u00a0]+)?tham[ \t\u00a0]+chiếu[ \t\u00a0]+$/u;
/** "trong số" (among) right before a count. */
const AMONG_BEFORE = /(?<![\p{L}\p{M}])trong[ \t\u00a0]+số[ \t\u00a0]+$/u;
/** A superlative ("lớn nhất", "cao nhất", "hàng đầu"; not "duy nhất", "thống nhất") before the clause ends. */
const SUPERLATIVE_IN_CLAUSE = /^(?:\d[\d.,]*)?[^,;:.!?\d]*?(?<![\p{L}\p{M}])(?<!(?:duy|thống|thứ|hợp|đồng)[ \t\u00a0]+)(?:nhất(?![ \t\u00a0]+(?:trí|quyết|định|là)(?![\p{L}\p{M}]))|hàng đầu)(?![\p{L}\p{M}])/u;
/** " và " or " hoặc ", then a number in digits (not ", ": "môn Tự nhiên và Xã hội 2, 73,9% …" ends a name and a clause). */
const NEXT_ITEM_NUMBER = /[ \t\u00a0]+(?:và|hoặc)[ \t\u00a0]+(\d{1,3}(?:[.,]\d{1,3})*)(?![\d.,]?\d)/uy;
/** A capitalised word right before a number: the number is part of a name ("Giáo dục Thể chất 2", "Toán 6"). */
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}]*[ \t\u00a0]+$/u;
/** Scales an item may share: none, thousand, million, billion, trillion. */
const SHARED_FACTORS: ReadonlySet<number> = new Set([1, 1e3, 1e6, 1e9, 1e12]);

/**
 * The kind, unit and scale factor of the figure right after a bare number, joined to it as the next item of a list
 * (see finishNumber), or null. The item is read by finishNumber without looking further ahead, so a list costs one
 * extra reading per item.
 */
function unitOfNextItem(scope: Scope, end: number, rawValue: number): { kind: ClaimKind; unit: string | null; factor: number } | null {
  const m = matchAt(NEXT_ITEM_NUMBER, scope.folded, end, scope.sentence.end);
  if (m === null) return null;
  const raw = m[1] ?? '';
  const second = parseDigitNumber(raw);
  if (second === null || second <= 0 || rawValue < 0) return null;
  const at = end + m[0].length - raw.length;
  const reading = finishNumber(scope, at, at + raw.length, second, true, false);
  const e = reading.expression;
  if (e === null || e.numberStart !== at || e.total !== null || e.upper !== null) return null;
  const factor = roundFloat(e.value / second);
  if (!SHARED_FACTORS.has(factor)) return null;
  if (!(e.kind === 'money' || e.kind === 'percent' || e.kind === 'measure' || (e.kind === 'count' && factor > 1))) return null;
  return { kind: e.kind, unit: e.unit, factor };
}

function scaleFactors(m: RegExpExecArray): number[] {
  const words = [m[1] ?? '', ...(m[2] ?? '').trim().split(/[ \t\u00a0]+/)].filter((w) => w.length > 0);
  return words.map((w) => SCALE_WORDS[w.toLowerCase()] ?? 1);
}

function parseYears(list: string): number[] {
  const found = list.match(/\d{4}/g)?.map(Number) ?? [];
  if (found.length === 2 && /[-–—]/.test(list)) {
    const [a = 0, b = 0] = found;
    if (b > a && b - a <= 50) return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  return found;
}

/** Words before "lúc" that make "at once" of it: "cùng lúc", "một lúc". */
const AT_ONCE_BEFORE: ReadonlySet<string> = new Set(['cùng', 'một']);

/**
 * Labels that only ever name one of a series ("Mục 3", "Loại 1", "Phòng 2", "tầng 2"): before a noun read whole by
 * engine 41 ("Mục 3 thiết bị y tế", "Phòng 2 máy tính") the number stays a label, as it was before that noun was known.
 * A label of a round or batch ("đợt", "lớp", "phiên", "vòng", "ca", "khóa") stays one too after a preposition and
 * before one digit ("Sang đợt 2 thiết bị sẽ …", "Ở lớp 5 máy tính …"), while a group keeps its count ("Khối 4 ngân
 * hàng", "Lô 500 ô tô", "Đợt 2 ngân hàng …"). (Second review of engine 41.)
 */
const ORDINAL_ONLY_LABELS: ReadonlySet<string> = new Set(['tuyến', 'đường', 'ga', 'bến', 'cổng', 'cửa', 'sân', 'dòng', 'mẫu', 'loại', 'mã', 'phần', 'mục', 'kỳ', 'tòa', 'bảng', 'bài', 'tầng', 'phòng', 'căn', 'ấp', 'khóm', 'block', 'mùa', 'bn', 'f']);
const SEQUENCE_LABELS: ReadonlySet<string> = new Set(['đợt', 'lớp', 'phiên', 'vòng', 'ca', 'khóa']);
/** Labels of a floor or a room (see isLabelled), and the buildings they are part of. */
const FLOOR_LABELS: ReadonlySet<string> = new Set(['tầng', 'phòng', 'block']);
const BUILDING_NOUNS: ReadonlySet<string> = new Set([
  'bệnh viện', 'trung tâm', 'trường học', 'trường', 'chung cư', 'tòa', 'nhà', 'khu', 'khách sạn', 'siêu thị', 'cửa hàng',
  'ngôi nhà', 'cơ quan', 'trụ sở', 'tòa nhà', 'khu nhà', 'nhà máy', 'nhà ga', 'ga',
]);
const PREP_BEFORE_LABEL: ReadonlySet<string> = new Set(['sang', 'trong', 'ở', 'tại', 'đến', 'từ', 'vào', 'qua', 'sau']);
/** Period labels that "mỗi", "hằng", "hàng" before them make a rate's period ("mỗi ngày 20 chuyến"; see perPeriod). */
const PER_PERIOD_LABELS: ReadonlySet<string> = new Set(['ngày', 'tuần', 'tháng', 'quý', 'năm', 'đêm', 'giờ']);
/**
 * Words before "hàng" that make it a noun's end ("ngân hàng", "cửa hàng", "mặt hàng", "nhà hàng", "khách hàng", "đơn
 * hàng" …): "Ngân hàng ngày 20 …" is no rate. ("một" opens none either: "một năm 6 tháng tù" is a length.)
 */
const HANG_COMPOUND_HEADS: ReadonlySet<string> = new Set(['ngân', 'cửa', 'mặt', 'nhà', 'khách', 'đơn', 'chuyến', 'lô', 'kho', 'gian', 'quầy', 'món', 'bán', 'mua', 'xếp', 'đặt', 'giao', 'hết', 'trả', 'nhận', 'chở', 'tàu', 'xe', 'hãng']);
/**
 * After the number, what keeps the period word a day's or a month's label: another period of every month or year ("Mỗi
 * ngày 20 hàng tháng", "Mỗi tháng 12 hằng năm"), the calendar ("Mỗi tháng 8 âm lịch"), or a unit of time ("Mỗi ngày 6
 * giờ": an hour, or a length — left as it was).
 */
const PERIOD_LABEL_AFTER = /^[ \t\u00a0]*(?:(?:hàng|hằng|mỗi)[ \t\u00a0]+(?:ngày|tuần|tháng|quý|năm)|âm lịch|dương lịch|(?:giờ|phút|giây|ngày|tuần|tháng|quý|năm|đêm|buổi|tiếng)(?![\p{L}\p{M}]))/u;

/**
 * The period word at `labelStart` opens a rate ("mỗi / hằng / hàng ngày 20 chuyến tàu"), not a day or a month named by
 * the number at `start` (see isLabelled).
 */
function perPeriod(scope: Scope, labelStart: number, start: number): boolean {
  const { text, folded, sentence } = scope;
  const before = wordsBefore(folded, sentence.start, labelStart, 2);
  const word = before[before.length - 1]?.word ?? '';
  if (word !== 'mỗi' && word !== 'hằng' && word !== 'hàng') return false;
  // "Ngân hàng ngày 20 …", "Cửa hàng tháng 3 …": the end of a noun.
  if (word === 'hàng' && before.length === 2 && HANG_COMPOUND_HEADS.has(before[0]?.word ?? '')) return false;
  const numberEnd = gluedTokenEnd(text, start);
  return !PERIOD_LABEL_AFTER.test(folded.slice(numberEnd, Math.min(sentence.end, numberEnd + 24)));
}
/** A label or identifier word right before the number ("Quốc lộ 45", "Nghị quyết số 02", "SDG 4"). */
function isLabelled(scope: Scope, start: number, countedNoun: string | null): boolean {
  const { text, folded, sentence } = scope;
  const label = phraseEndingAt(folded, sentence.start, start, LABEL_BEFORE, 3);
  if (label) {
    // "con số 1.000": "số" names a figure here, not an identifier.
    // "dân số 652.572 người", "tổng số 500 hồ sơ": the size of a whole, not an identifier.
    if (label.phrase === 'số' && NUMBER_OF_BEFORE.has(wordsBefore(folded, sentence.start, label.start, 1)[0]?.word ?? '')) return false;
    // "tung ra cùng lúc 3 sản phẩm", "một lúc 2 việc": "at once", not a time of day (engine 31).
    if (label.phrase === 'lúc' && countedNoun !== null && AT_ONCE_BEFORE.has(wordsBefore(folded, sentence.start, label.start, 1)[0]?.word ?? '')) return false;
    // "Mỗi ngày 20 chuyến tàu", "hằng tuần 300 xe tải": a count per period, not a day or a week named by its number
    // (engine 79; "ngày 20 tháng 10", "tuần 3" alone stay labels). What follows the number decides as for any number
    // whether it is a count ("Mỗi tháng 3, hoa ban nở …" stays no claim).
    if (PER_PERIOD_LABELS.has(label.phrase) && perPeriod(scope, label.start, start)) return false;
    // "lập vành đai 2 lớp bảo vệ": in lower case, a cordon of layers or rings is counted ("Vành đai 3" names a road).
    if (label.phrase === 'vành đai' && text[label.start] === 'v' && (countedNoun === 'lớp' || countedNoun === 'vòng' || countedNoun === 'tầng')) return false;
    return true;
  }
  // "Lumia 1520 sở hữu …", "Nexus 5 sở hữu …": a number right after a foreign model name is part of
  // the name, whatever word follows (all-capitals names and places keep the counted-noun test below).
  // (Its regex ends on an ASCII letter and blanks: the unit before the blanks is tested first.)
  // A model takes digits, never a Vietnamese number word: "U21 Sydney hai lần sút hỏng" is Sydney twice (engine 43).
  const digitsHere = isDigit(text[start]);
  const model = digitsHere && asciiLetterBeforeBlanks(text, Math.max(sentence.start, start - 24), start) ? MODEL_BEFORE.exec(text.slice(Math.max(sentence.start, start - 24), start)) : null;
  if (model !== null && isForeignName(model[1] ?? '') && !PLACE_NAMES_LOWER.has((model[1] ?? '').toLowerCase())) return true;
  // Weak labels ("lớp 6", "tuyến 5") also end compounds ("trực tuyến 3.215 hồ sơ"): a known counted
  // noun after the number wins.
  const weak = phraseEndingAt(folded, sentence.start, start, WEAK_LABEL_BEFORE, 1);
  // "tầng 5 bệnh viện Bạch Mai", "phòng 3 bệnh viện huyện", "Tầng 3 trung tâm thương mại": a floor or a room of the
  // building named after it, not a count of buildings (engine 61; "có 5 bệnh viện" stays a count).
  if (weak && FLOOR_LABELS.has(weak.phrase) && countedNoun !== null && BUILDING_NOUNS.has(countedNoun)) return true;
  // The label word ends a compound here: "giải đáp trực tuyến 30 vướng mắc", "trong vòng 5 tháng" (a
  // window, not round 5).
  if (weak && COMPOUND_HEADS.has(`${wordsBefore(folded, sentence.start, weak.start, 1)[0]?.word ?? ''} ${weak.phrase}`)) return false;
  if (weak && !(countedNoun !== null && knownCounted(countedNoun))) return true;
  if (weak && countedNoun !== null && !ONE_SYLLABLE_NOUNS.has(countedNoun) && !TWO_SYLLABLE_NOUNS.has(countedNoun)) {
    if (ORDINAL_ONLY_LABELS.has(weak.phrase)) return true;
    if (SEQUENCE_LABELS.has(weak.phrase) && /^\d(?![\d.,])/u.test(text.slice(start, start + 3)) && PREP_BEFORE_LABEL.has(wordsBefore(folded, sentence.start, weak.start, 1)[0]?.word ?? '')) return true;
  }
  // A Latin product or index name: "Windows 10", "SDG 11", "Index 2022".
  if (countedNoun !== null && knownCounted(countedNoun)) return false;
  if (!digitsHere) return false;
  const prev = /(?<![\p{L}\p{M}])([A-Za-z][A-Za-z0-9]*)[ \t\u00a0]+$/u.exec(text.slice(Math.max(sentence.start, start - 24), start));
  return prev !== null && isForeignName(prev[1] ?? '');
}

/** A Latin word that cannot be Vietnamese ("SDG", "Index", "iPhone", "Windows", "Snapdragon", "Note"). */
function isForeignName(word: string): boolean {
  if (word.length >= 2 && word === word.toUpperCase()) return true;
  if (/[a-z][A-Z]/.test(word)) return true;
  return /^[A-Z]/.test(word) && !fitsVietnameseSyllable(word);
}


/** Verbs after which "1 <noun>" is an article, not a count: choosing one, taking part in one ("tham gia" as a phrase, not "quốc gia"). */
const ONE_AS_ARTICLE_AFTER: ReadonlySet<string> = new Set(['chọn', 'tham gia', 'tham dự']);
/** "chỉ tham gia 1 trận", "vỏn vẹn 1", "1 nhà thầu duy nhất": the number itself is stressed, so it is a count. */
function oneStressed(folded: string, sentence: { start: number; end: number }, start: number, end: number): boolean {
  // "không có địa phương nào chỉ chọn 1 bộ sách": a negated "only one" counts nothing — negated in its own clause,
  // not in one before a comma or "nhưng" ("Đội không thắng được, Hà chỉ tham gia 1 trận").
  const back = folded.slice(Math.max(sentence.start, start - 48), start);
  let clauseCut = 0;
  for (const m of back.matchAll(CLAUSE_BREAK)) clauseCut = m.index + m[0].length;
  if (NEGATION_BEFORE.test(back.slice(clauseCut))) return false;
  return ONE_STRESSED_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start)) || ONE_STRESSED_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 32)));
}
/** A clause break: a comma, semicolon or colon, or "nhưng/mà/còn/và". */
const CLAUSE_BREAK = /[,;:]|(?<![\p{L}\p{M}])(?:nhưng|mà|còn|và)(?![\p{L}\p{M}])/gu;
const NEGATION_BEFORE = /(?<![\p{L}\p{M}])(?:không|chưa|chẳng)(?![\p{L}\p{M}])/u;
const ONE_STRESSED_BEFORE = /(?<![\p{L}\p{M}])(?:chỉ|vỏn vẹn|đúng|duy nhất)(?![\p{L}\p{M}])/u;
const ONE_STRESSED_AFTER = /^(?:[ \t\u00a0]+[\p{L}\p{M}]+){0,4}?[ \t\u00a0]+duy nhất(?![\p{L}\p{M}])/u;
/** A scoring verb, then "liền"/"liên tiếp"/"liên tục", right before the number: "ghi liền ", "giành liên tiếp ". */
const RUN_BEFORE = /(?<![\p{L}\p{M}])(?:ghi|giành|thắng|ăn|có|để thua|thua|mất)[ \t\u00a0]+(?:liền|liên tiếp|liên tục)[ \t\u00a0]+$/u;

/** Before "N lần": a word of comparison or growth that makes it a multiple ("gấp", "tăng", "lớn hơn", "zoom"), a qualifier at most between. */
const MULTIPLE_BEFORE = /(?<![\p{L}\p{M}])(?:gấp|tăng|giảm|hơn|lớn|cao|thấp|nhanh|chậm|nhiều|ít|rẻ|đắt|nặng|nhẹ|mạnh|xa|zoom|phóng|nhân|bằng|lên|xuống|là|chênh|thu nhỏ|phóng to)(?:[ \t\u00a0]+(?:gần|khoảng|hơn|chừng|đến|tới|lên|xấp xỉ|trên|ước|tới gần|đến gần))*[ \t\u00a0]+$/u;
/** After "N lần": words that go on a multiple ("3 lần so với", "2 lần mức", "4 lần diện tích"). */
const MULTIPLE_NEXT: ReadonlySet<string> = new Set(['so', 'hơn', 'mức', 'tốc', 'trọng', 'diện', 'dân', 'quy', 'khối', 'con', 'của', 'giá', 'kích', 'chiều', 'độ', 'sức', 'lượng', 'thu', 'số', 'năng', 'tổng', 'bình', 'trung', 'thời', 'cùng', 'lên', 'xuống',
  // Connectors are no sign of an event counted ("zoom quang học 30 lần và pin …"; review of engine 43).
  'và', 'với', 'hoặc', 'nhưng', 'còn', 'cũng']);
/** "zoom quang học 30 lần", "phóng to kỹ thuật số 4 lần": up to two words between the lens word and the multiple. */
const ZOOM_BEFORE = /(?<![\p{L}\p{M}])(?:zoom|phóng to|phóng đại|thu phóng|thu nhỏ)(?:[ \t\u00a0]+[\p{Ll}\p{M}]+){0,2}[ \t\u00a0]+$/u;
/** "chia làm 10 lần", "chia thành 3 lần", "trả làm 2 lần": instalments. */
const SPLIT_INTO_BEFORE = /(?<![\p{L}\p{M}])(?:làm|thành)[ \t\u00a0]+$/u;
/**
 * The phrase after "N lần" that makes it a count of meetings: "13 lần đối đầu", "5 lần gặp", "3 lần chạm trán" —
 * not "đối với", "đối phương", "đối thủ" (a multiple: "cao hơn 2 lần đối với nông thôn") nor "chạm mốc".
 */
const MEETING_AFTER = /[ \t\u00a0]+(?:đối đầu|gặp|chạm trán|đụng độ|đương đầu)(?![\p{L}\p{M}])/uy;

/**
 * The smaller unit a length or weight goes on in ("3 km 500 m", "1 tấn 200 kg", "2 m 30 cm"), and how many of it make
 * one of the larger: written right after the larger unit, fewer than that many, and no more figure or unit after it.
 */
const SUB_UNITS: Readonly<Record<string, { after: RegExp; per: number }>> = {
  km: { after: new RegExp(String.raw`${SP}+(\d{1,3})${SP}*(?:m|mét)(?![\p{L}\p{M}\d²³/])`, 'uy'), per: 1000 },
  tấn: { after: new RegExp(String.raw`${SP}+(\d{1,3})${SP}*(?:kg|ký|cân|kilôgam)(?![\p{L}\p{M}\d/])`, 'uy'), per: 1000 },
  m: { after: new RegExp(String.raw`${SP}+(\d{1,2})${SP}*cm(?![\p{L}\p{M}\d²³/])`, 'uy'), per: 100 },
  kg: { after: new RegExp(String.raw`${SP}+(\d{1,3})${SP}*(?:g|gam|gram)(?![\p{L}\p{M}\d/])`, 'uy'), per: 1000 },
};

/**
 * What follows the number: a unit ("%", "tỷ đồng", "km²"), a time unit (duration, streak, or a
 * period reference to skip), or a counted noun. Null when nothing qualifies the number.
 */
function readTail(scope: Scope, start: number, end: number, value: number, structured: boolean, afterScale: boolean): Tail | SkipTo | null | 'skip' {
  const { text, folded, sentence } = scope;
  // "Full HD 1080p", "quay video 4K 2160p": a video resolution (a bare "p" is no unit otherwise).
  if (videoLinesAt(folded, end, value)) {
    return { end: end + 1, kind: 'measure', unit: 'p' };
  }
  const unitMatch = unitAt(folded, end, sentence.end);
  if (unitMatch) {
    const form = unitMatch.form;
    const unitEnd = unitMatch.end;
    const after = wordsAfter(text, unitEnd, sentence.end);
    const nextWord = after?.first.toLowerCase() ?? '';
    if (form === 'hạng' && nextWord !== 'mục' && nextWord !== 'cân') return { end: unitEnd, kind: 'change', unit: 'hạng' };
    // "Chuyển sang 4-3-3 tấn công": after a formation's last figure "tấn công" (to attack) is a verb, no tonnes
    // (engine 46). Elsewhere tonnes stay ("25 tấn công-ten-nơ", "2 tấn công cụ", "5.000 tấn công suất").
    if (form === 'tấn' && nextWord === 'công' && FORMATION_LAST_BEFORE.test(text.slice(Math.max(sentence.start, start - 8), start))) return null;
    const def = UNIT_BY_FORM.get(form);
    if (def) {
      const rejected =
        (form === 'đô' && nextWord === 'thị') ||
        (form === 'đồng' && !afterScale && DONG_NOT_MONEY.has(nextWord) && !(nextWord === 'phạm' && after?.second?.toLowerCase() === 'vi')) ||
        (form === 'hạng' && (nextWord === 'mục' || nextWord === 'cân')) ||
        (form === 'lần' && nextWord === 'lượt') ||
        (form === 'độ' && (nextWord === 'tuổi' || nextWord === 'dài')) ||
        (form === 'm' && isLetter(text[unitEnd])) ||
        // "g" is a gram in lower case only: "mạng 4 G" is no weight.
        (form === 'g' && text[unitEnd - 1] !== 'g');
      // "vượt mốc 1.300 lần đầu tiên", "… lần cuối cùng": "lần đầu/cuối" is the first or last time, no times counted —
      // only where the number cannot count times: a level of 100 or more right after a word of reaching or passing it.
      // "3 lần đầu tiên tổ chức", "2 lần cuối cùng" are the first or last N times, a count; not "3 lần đầu tư",
      // "2 lần đầu thú" (words "đầu" opens).
      if (form === 'lần' && value >= 100 && LEVEL_REACHED_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start)) && FIRST_TIME_AT.test(folded.slice(unitMatch.end, Math.min(sentence.end, unitMatch.end + 16)))) return null;
      if (!rejected) {
        if (form === 'điểm' && DIEM_PLACE_NEXT.has(nextWord)) {
          return countTail(text, end, sentence.end) ?? { end: unitEnd, kind: 'count', unit: 'điểm' };
        }
        // "Thanh Thúy ghi 28 điểm", "ghi được 2 điểm quan trọng": points a player scored are counted (engine 37;
        // "ghi thêm 139,41 điểm" of an index is a change, "giành được 1 điểm" a standing's points).
        if (form === 'điểm' && Number.isInteger(value) && SCORED_BEFORE.test(folded.slice(Math.max(sentence.start, start - 20), start)) && !INDEX_BEFORE.test(folded.slice(Math.max(sentence.start, start - 60), start)) && !matchAt(STREAK_AFTER, folded, unitEnd, sentence.end)) {
          return { end: unitEnd, kind: 'count', unit: 'điểm' };
        }
        let kind = def.kind;
        let unit = def.unit;
        let tailEnd = unitEnd;
        // "13 lần đối đầu", "trong 5 lần gặp nhau": meetings counted, not a multiple (engine 31).
        // Read as the two-word phrase: "2 lần đối với", "5 lần đối phương" stay multiples and "3 lần chạm mốc"
        // a count of touches (review of engine 31).
        if (form === 'lần' && matchAt(MEETING_AFTER, folded, unitEnd, sentence.end)) kind = 'count';
        // "đã 2 lần gửi văn bản", "hai lần sút hỏng", "một lần tiền hỗ trợ", "được chia làm 10 lần": times something
        // happened or was paid are counted; a multiple ("gấp 3 lần", "lớn hơn 2 lần", "zoom 2 lần", "3 lần so với")
        // stays a measure (engine 43).
        if (kind === 'measure' && form === 'lần' && Number.isInteger(value) && !MULTIPLE_BEFORE.test(folded.slice(Math.max(sentence.start, start - 32), start)) && !ZOOM_BEFORE.test(folded.slice(Math.max(sentence.start, start - 40), start))) {
          if ((nextWord !== '' && /^\p{Ll}/u.test(after?.first ?? '') && !MULTIPLE_NEXT.has(nextWord)) || SPLIT_INTO_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start))) kind = 'count';
        }
        if (kind === 'measure' && form === 'điểm' && (CHANGE_VERB_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start)) || INDEX_MOVE_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start)))) kind = 'change';
        // "3 lần liên tiếp", "ghi 3 điểm liên tiếp", "5 điểm liền": a run, not an amount.
        if (kind === 'measure' && (form === 'lần' || form === 'điểm') && matchAt(STREAK_AFTER, folded, unitEnd, sentence.end)) {
          const streak = matchAt(STREAK_AFTER, folded, unitEnd, sentence.end);
          return { end: unitEnd + (streak?.[0].length ?? 0), kind: 'streak', unit: form };
        }
        // "để đối phương ghi liền 5 điểm", "thắng liên tiếp 3 điểm": the run word before the number (engine 33).
        if (kind === 'measure' && form === 'điểm' && RUN_BEFORE.test(folded.slice(Math.max(sentence.start, start - 40), start))) {
          return { end: unitEnd, kind: 'streak', unit: form };
        }
        // "dài 3 km 500 m", "nặng 1 tấn 200 kg": one length or weight, in the larger unit (3,5 km), not two figures.
        // (A whole number of the larger unit only: "dài 3,5 km 200 m" is no such measure, and stays two figures.)
        if (kind === 'measure' && !structured && unit !== null && Number.isInteger(value)) {
          const sub = SUB_UNITS[unit];
          const part = sub === undefined ? null : matchAt(sub.after, folded, tailEnd, sentence.end);
          if (sub !== undefined && part !== null && Number(part[1]) < sub.per) return { end: tailEnd + part[0].length, kind, unit, value: value + Number(part[1]) / sub.per };
        }
        // A per-unit, and a second one whole in the quote and unit ("48,5 triệu đồng/người/năm": engine 77; the quote
        // stopped at "/người").
        for (let n = 0; n < 2 && (kind === 'money' || kind === 'percent'); n++) {
          const per = perUnitAt(text, folded, tailEnd, sentence.end);
          if (!per) break;
          unit = `${unit}/${perUnitOf(per[1] ?? '')}`;
          tailEnd += per[0].length;
        }
        return { end: tailEnd, kind, unit };
      }
    }
  }
  const timeUnit = matchGated(TIME_UNIT_GATE, folded, end, sentence.end);
  if (timeUnit) {
    const unit = TIME_UNITS[normalizePhrase(timeUnit[1] ?? '')] ?? null;
    const unitEnd = end + timeUnit[0].length;
    // "hỗ trợ 2 tháng lương", "nhận 4 quý tiền điện": payments counted in months or quarters, not a length of
    // time (not after a time frame: "sau 2 tháng lương đã tăng"; engine 37).
    if (unit === 'tháng' || unit === 'quý') {
      const pay = PAY_AFTER_TIME_UNIT.exec(folded.slice(unitEnd, Math.min(sentence.end, unitEnd + 24)));
      if (pay && !FRAME_WORD_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start)) && paidBefore(folded, sentence.start, start)) {
        return { end: unitEnd + pay[0].length, kind: 'count', unit: `${unit} ${normalizePhrase(pay[1] ?? '')}` };
      }
    }
    const streak = matchAt(STREAK_AFTER, folded, unitEnd, sentence.end);
    if (streak) return { end: unitEnd + streak[0].length, kind: 'streak', unit };
    // Not after a range ("3-4 phút 20 giây"): its bound would stay in minutes.
    const length =
      hoursAndMinutes(scope, start, unitEnd, value, normalizePhrase(timeUnit[1] ?? ''), structured) ??
      (structured ? null : minutesAndSeconds(scope, unitEnd, value, normalizePhrase(timeUnit[1] ?? '')));
    if (length) return length;
    if (structured) return { end: unitEnd, kind: 'duration', unit };
    const periodAfter = matchAt(PERIOD_AFTER_TIME_UNIT, folded, unitEnd, sentence.end);
    // "6 phút sau, … ấn định tỷ số": minutes between match events are a length, not a period.
    if ((unit === 'phút' || unit === 'giây') && periodAfter !== null && normalizePhrase(periodAfter[1] ?? '') === 'sau') {
      return { end: unitEnd, kind: 'duration', unit };
    }
    // "cao nhất trong vòng 5 tháng qua": a record window is itself a checkable figure.
    if (
      (periodAfter === null || RECORD_WINDOW_AFTER.test(normalizePhrase(periodAfter[1] ?? ''))) &&
      RECORD_WINDOW_BEFORE.test(folded.slice(Math.max(sentence.start, start - 80), start))
    ) {
      return { end: unitEnd, kind: 'duration', unit };
    }
    // "nếu … trong vòng 1 tháng sẽ khiến GDP … giảm", "giành được trong vòng đúng 1 tuần": a time frame
    // of a supposition (in the same clause) or of a feat, not a length to check ("vận hành thử trong
    // vòng 20 ngày", "xây xong trong vòng chỉ 6 tháng" stay).
    const frame = TIME_FRAME_BEFORE.exec(folded.slice(Math.max(sentence.start, start - 20), start));
    if (frame && (frame[1] !== undefined || SUPPOSITION_BEFORE.test(folded.slice(lastClauseMark(folded, Math.max(sentence.start, start - 200), start) + 1, start)))) return 'skip';
    // "6 tháng đầu năm 2021", "5 năm qua": the period of other figures, not a claim.
    if (periodAfter || /^[ \t]+\d{4}(?!\d)/.test(text.slice(unitEnd, unitEnd + 6))) return 'skip';
    if (AVERAGE_WINDOW_BEFORE.test(folded.slice(Math.max(sentence.start, start - 16), start))) return 'skip';
    // "Đánh giá về 3 năm (2011-2013)", "trong 4 năm (2009 - 2012)": a window whose years follow in brackets
    // is the period of other figures ("thời hạn 5 năm (2014-2019)", "kéo dài 3 năm (…)" stay lengths).
    // Only after a window word or at the clause's start: "ngồi tù 5 năm (2005-2010)", "sống ở Mỹ 20 năm
    // (1990-2010)", "lỗ 3 năm (2010-2012) liên tiếp" are the facts themselves (review of engine 31).
    if (unit === 'năm' && YEARS_IN_BRACKETS_AFTER.test(text.slice(unitEnd, unitEnd + 20))) {
      const lead = folded.slice(Math.max(sentence.start, start - 24), start);
      // "trong/sau/qua" only open a window at the clause's start ("Trong 4 năm (…), …", ", sau 5 năm (…)")
      // or with a comma after the bracket: "giữ chức Bí thư trong 10 năm (2001-2011)", "về hưu sau 35 năm
      // (1978-2013) công tác", "trải qua 3 năm (…)" are lengths (re-review of engine 31).
      const bracket = YEARS_IN_BRACKETS_AFTER.exec(text.slice(unitEnd, unitEnd + 20));
      const commaAfter = bracket !== null && /^[ \t\u00a0]*,/u.test(text.slice(unitEnd + bracket[0].length, unitEnd + bracket[0].length + 4));
      const openingWindow =
        (start - 24 <= sentence.start ? OPENING_WINDOW_WORD_AT_START : OPENING_WINDOW_WORD).test(lead) || (commaAfter && WINDOW_WORD_BEFORE.test(lead) && !PASSED_THROUGH_BEFORE.test(lead));
      if ((FAR_WINDOW_WORD_BEFORE.test(lead) || openingWindow || CLAUSE_START_BEFORE.test(lead) || start - sentence.start < 2) && !LENGTH_IS_FACT_BEFORE.test(lead)) return 'skip';
    }
    // "trước đó 1 ngày", "sau đó 2 năm": when, relative to an event told before — a time reference.
    if (/(?<![\p{L}\p{M}])(?:trước|sau)[ \t]+đó[ \t]+$/u.test(folded.slice(Math.max(sentence.start, start - 12), start))) return 'skip';
    // "cách đây 2 năm", "cách đây hơn 1 tuần": a point in the past, as "2 năm trước" is (engine 36).
    if (AGO_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start))) return 'skip';
    // "trong 2 ngày 20 và 21/10", "3 ngày (15-17/10)": the days are named right after, the number of them
    // only frames the event (engine 36). "kéo dài 3 ngày", with or without the days after, stays a length.
    if (unit === 'ngày' && DAYS_NAMED_AFTER.test(folded.slice(unitEnd, Math.min(sentence.end, unitEnd + 32))) && !LENGTH_IS_FACT_BEFORE.test(folded.slice(Math.max(sentence.start, start - 32), start))) return 'skip';
    // "Trong 2 ngày, …", "10 tháng, doanh thu …": a time frame opening its clause frames other figures.
    if (text[unitEnd] === ',' && opensClause(scope, start)) return 'skip';
    // "Trong 3 ngày nghỉ lễ, cả nước có 45 người …", "Trong suốt 6 tháng mùa khô, …": a window opening its clause with
    // the words that say what it is, then a figure after the comma — the period of that figure (engine 43). Only
    // "trong"/"suốt" (during): "Sau hơn 20 năm tranh chấp, …" is the guide's length that is itself the fact.
    // Only a calendar or event window ("nghỉ lễ", "Tết", "hội chợ", "diễn ra", "cao điểm", "qua"): "Trong 72 giờ cứu hộ
    // liên tục, …", "Trong 45 ngày thi công thần tốc, …" name an activity whose length is the fact (review of engine 43).
    if (DURING_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start)) && opensClause(scope, start)) {
      const window = WINDOW_WORDS_TO_COMMA.exec(folded.slice(unitEnd, Math.min(sentence.end, unitEnd + 48)));
      if (window !== null && CALENDAR_WINDOW_WORDS.test(window[0]) && !LENGTH_AS_FACT_WORDS.test(window[0]) && /\d/u.test(text.slice(unitEnd + window[0].length, sentence.end))) return 'skip';
    }
    if (unit === 'giờ' && (matchAt(CLOCK_AFTER_GIO, folded, unitEnd, sentence.end) || phraseEndingAt(folded, sentence.start, start, CLOCK_WORDS, 2))) return 'skip';
    if (unit === 'giờ' && value <= 24 && matchAt(DAY_AFTER_GIO, folded, unitEnd, sentence.end) && CLOCK_OPENING_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start))) return 'skip';
    if (unit === 'tháng' && /^[ \t]+\d/.test(text.slice(unitEnd, unitEnd + 3))) return 'skip'; // "3 tháng 4" is a date
    if (unit === 'tháng' && value <= 12 && reportingMonths(folded, sentence.start, start, unitEnd, sentence.end)) return 'skip';
    if (value > 1000 && unit !== 'giờ' && unit !== 'phút' && unit !== 'giây' && unit !== 'ngày') return 'skip';
    // "Hòa 1-1 sau 90 phút thi đấu chính thức", "trong suốt 45 phút của hiệp 1": the set length of a
    // match or a half, no checkable figure.
    if (unit === 'phút' && MATCH_LENGTHS.has(value) && spanHas(MATCH_WORDS, folded, sentence.start, sentence.end)) return 'skip';
    return { end: unitEnd, kind: 'duration', unit };
  }
  const counted = countTail(text, end, sentence.end, numberOfAName(text, start, end));
  // "2 chức vô địch liên tiếp", "5 trận thắng liên tiếp": a run of wins or events is a streak.
  // (Also with an event's name between: "3 kỳ SEA Games liên tiếp", "2 mùa Premier League liên tiếp"; engine 37.)
  const runNoun = counted !== null && RUN_NOUNS.has(counted.unit ?? '');
  const run = runNoun && counted !== null ? (matchAt(RUN_AFTER_COUNT, folded, counted.end, sentence.end) ?? matchAt(RUN_AFTER_NAMED_COUNT, text, counted.end, sentence.end)) : null;
  if (counted !== null && run !== null) return { ...counted, end: counted.end + run[0].length, kind: 'streak' };
  return counted;
}

/**
 * The scale and currency of the amount a bare number after "đạt" leaves out: the last figure before it in its
 * sentence is an amount in "tỷ/triệu đồng" or "tỷ/triệu USD" closing its clause, and the words between it and "đạt" only
 * name the running period ("đạt 507,77 tỷ đồng, lũy kế 9 tháng đạt 1.520", "…, cả năm dự kiến đạt 3.500"; not
 * "…, số khách hàng đạt 120", "…, hiệu suất đạt 95": another metric). Not a year ("đạt 2013"), nor a
 * number far from the amount's size (a hundredth to a hundred times it).
 */
function elidedMoneyBefore(folded: string, sentenceStart: number, start: number, end: number, value: number): { factor: number; unit: string; at: number } | null {
  // A year is written as four bare digits; "lũy kế 9 tháng đạt 2.000" is a total (last reading of session 47).
  if (/^(?:19|20)\d\d$/.test(folded.slice(start, end))) return null;
  const windowStart = Math.max(sentenceStart, start - 96);
  const m = ELIDED_MONEY_BEFORE.exec(folded.slice(windowStart, start));
  if (m === null) return null;
  const before = parseDigitNumber(m[1] ?? '');
  const factor = SCALE_WORDS[m[2] ?? ''];
  if (before === null || factor === undefined || before <= 0 || !likeSize(value, before)) return null;
  // A running total ("lũy kế", "cả năm", "tính chung", "9 tháng") is at least the part given before it: "9 tháng đạt
  // 3.500 tỷ đồng, ước cả năm đạt 92" is no 92 tỷ (an unstated percent; review of session 47).
  if (RUNNING_TOTAL_WORDS.test(m[4] ?? '') && value < before) return null;
  // The amount's digits: the first digit of the match (only letters and blanks stand before them in it).
  const at = windowStart + m.index + m[0].search(/\d/u);
  return { factor, unit: m[3] === 'usd' ? 'USD' : 'đồng', at };
}
// The amount before must itself be reached ("đạt 507,77 tỷ đồng, lũy kế 9 tháng đạt 1.520"): after "chi 15 tỷ đồng" or
// "tổng vốn 2.000 tỷ đồng" the bare number is patients or a percent (review of session 47).
const ELIDED_MONEY_BEFORE = /(?<![\p{L}\p{M}])đạt[ \t\u00a0]+(?:(?:khoảng|gần|hơn|trên|xấp xỉ|ước)[ \t\u00a0]+)?(\d[\d.,]*)[ \t\u00a0]+(tỷ|triệu)[ \t\u00a0]+(đồng|usd)(?![\p{L}\p{M}])[ \t\u00a0]*,((?:[ \t\u00a0]+(?:lũy|luỹ|kế|cả|năm|tháng|quý|tính|chung|cộng|dồn|dự|kiến|ước|đầu|nay|này|\d+|[ivx]+)(?![\p{L}\p{M}]))*)[ \t\u00a0]+đạt[ \t\u00a0]+$/u;
/**
 * The currency of the last amount of money written with its scale before `start` in the sentence ("56,6 tỷ đồng",
 * "2 triệu USD"), when `value` is of a like size (a hundredth to a hundred times it); else null.
 */
function currencyOfAmountBefore(folded: string, sentenceStart: number, start: number, value: number): string | null {
  const window = folded.slice(Math.max(sentenceStart, start - 120), start);
  // Only a running total ("…, 9 tháng đạt 180 tỷ", "lũy kế cả năm đạt …"): elsewhere a bare "tỷ" after money may be
  // doses, views or people ("… 5 tỷ đồng sản xuất MV, đến nay MV đã cán mốc 1 tỷ"; probe37's second review).
  if (!RUNNING_TOTAL_BEFORE.test(window)) return null;
  let last: RegExpExecArray | null = null;
  AMOUNT_WITH_CURRENCY.lastIndex = 0;
  for (let m = AMOUNT_WITH_CURRENCY.exec(window); m !== null; m = AMOUNT_WITH_CURRENCY.exec(window)) last = m;
  if (last === null) return null;
  const before = parseDigitNumber(last[1] ?? '');
  const factor = SCALE_WORDS[last[2] ?? ''];
  if (before === null || factor === undefined || before <= 0 || !likeSize(value, before * factor)) return null;
  return last[3] === 'usd' ? 'USD' : 'đồng';
}
/** A value of the size of an amount given before it: a hundredth to a hundred times it (an elided or bare total). */
function likeSize(value: number, amount: number): boolean {
  return value >= amount / 100 && value <= amount * 100;
}
const RUNNING_TOTAL_BEFORE =
  /(?<![\p{L}\p{M}])(?:(?:lũy|luỹ)[ \t\u00a0]+kế(?:[ \t\u00a0]+\d{1,2}[ \t\u00a0]+tháng)?|cả[ \t\u00a0]+năm|tính[ \t\u00a0]+chung|\d{1,2}[ \t\u00a0]+tháng(?:[ \t\u00a0]+đầu[ \t\u00a0]+năm)?)[ \t\u00a0]+(?:ước[ \t\u00a0]+)?đạt[ \t\u00a0]+(?:(?:khoảng|gần|hơn|trên|xấp xỉ)[ \t\u00a0]+)?$/u;
const AMOUNT_WITH_CURRENCY = /(?<![\p{L}\p{M}\d.,])(\d[\d.,]*)[ \t\u00a0]+(tỷ|triệu)[ \t\u00a0]+(đồng|usd)(?![\p{L}\p{M}])/gu;
/** Words of a running total between the amount and the bare number. */
const RUNNING_TOTAL_WORDS = /(?<![\p{L}\p{M}])(?:lũy|luỹ|cả|chung|cộng|dồn|\d+[ \t\u00a0]+tháng)(?![\p{L}\p{M}])/u;

/**
 * What a run is counted in: wins, titles, sessions, seasons, terms. "5 cơn bão liên tiếp", "3 ca mắc liên
 * tiếp" (one after another) stay counts: how many there were is the fact.
 */
const RUN_NOUNS: ReadonlySet<string> = new Set([
  'chức vô địch', 'trận thắng', 'trận bất bại', 'trận toàn thắng', 'trận hòa', 'trận thua', 'trận', 'danh hiệu',
  'phiên', 'phiên tăng', 'phiên giảm', 'mùa giải', 'mùa', 'kỳ', 'nhiệm kỳ', 'khóa', 'khoá', 'kỳ đại', 'vòng',
]);

/** "liên tiếp" right after what is counted ("liên tục" there says how they act: "5 doanh nghiệp liên tục vi phạm"). */
const RUN_AFTER_COUNT = new RegExp(String.raw`${SP}+liên tiếp(?![\p{L}\p{M}])`, 'uy');

/**
 * A money word right before a vague amount: "giá vài chục nghìn", "lãi được vài chục nghìn", "kiếm được vài triệu"
 * (not inside "đánh giá", "ước giá", "tìm kiếm"; "trị giá" is money).
 */
const VAGUE_MONEY_BEFORE = /(?<![\p{L}\p{M}])(?:(?<!(?:đánh|thẩm|định|phỏng|ước|đấu|tỷ|tỉ)[ \t\u00a0])giá|lãi|(?<!trả[ \t\u00a0])lời|lương|thu nhập|tiền|phí|chi phí|trả|tốn|(?<!tìm[ \t\u00a0])kiếm)(?:[ \t\u00a0]+(?:vé|bán|được|chỉ|có|là|mỗi ngày|mỗi tháng|khoảng|chừng|tầm))*[ \t\u00a0]+$/u;
/** After "lần": "đầu tiên", "cuối cùng", or "đầu"/"cuối" ending the clause or before "kể từ", "trong", "sau". */
const FIRST_TIME_AT = /^[ \t\u00a0]+(?:đầu[ \t\u00a0]+tiên|cuối[ \t\u00a0]+cùng|(?:đầu|cuối)(?=[ \t\u00a0]*(?:[,.;:!?)]|$)|[ \t\u00a0]+(?:kể từ|trong|sau)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])/u;
/** A word of reaching or passing a level right before its number: "vượt mốc ", "vượt ", "chạm ngưỡng ", "lên ". */
const LEVEL_REACHED_BEFORE = /(?<![\p{L}\p{M}])(?:vượt|vượt qua|chạm|đạt|lên|xuống|về|mốc|ngưỡng)[ \t\u00a0]+$/u;
/** After a mark's number, a clause going on without a unit: "vượt mốc 1.300 lần đầu tiên", "… mốc 500 trong phiên". */
const MARK_GOES_ON = /^[ \t\u00a0]+(?:lần[ \t\u00a0]+(?:đầu|cuối)|kể từ|trong|vào|sau|trước|khi|rồi|và|ngay|lúc|(?:đầu|cuối|giữa)[ \t\u00a0]+phiên)(?![\p{L}\p{M}])/u;
/** Stock market indexes by name, folded ("VN-Index", "HNX30", "Dow Jones"): MARKET_INDEX and INDEX_BEFORE. */
const INDEX_NAMES = String.raw`index|vn30|hnx30|upcom|dow jones|nasdaq|nikkei|kospi|hang seng|s&p|ftse|dax|cac|sensex|topix|stoxx|shanghai|shenzhen|asx|russell`;
/** A stock market's index by its name, or "chỉ số chứng khoán"; not a bare "chỉ số". */
const MARKET_INDEX = new RegExp(String.raw`(?:${INDEX_NAMES}|chỉ số chứng khoán)(?![\p{L}\p{M}])`, 'u');
/**
 * The end of a clause before a mark: a comma, a semicolon, a colon, "trong khi", "trong lúc", "nhưng", and "và"
 * before a rate, a price or a count that is another clause's subject ("VN-Index tăng 8 điểm và tỷ giá vượt mốc
 * 24.500"; not "còn": "VN-Index còn ở mốc …" is "still").
 */
const MARK_CLAUSE_BREAK = /[,;:]|(?<![\p{L}\p{M}])(?:trong khi|trong lúc|nhưng|và(?=[ \t\u00a0]+(?:tỷ giá|tỉ giá|giá|lãi suất|số)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])/gu;
/**
 * A mark ("mốc 500", "ngưỡng 1.180") right before `start` whose clause names a stock market's index before it: where
 * the quote starts (the mark, or the word placing the level about, below or above it) and that qualifier. The clause
 * is looked for in the 160 characters before the mark (each mark costs a window, not its sentence).
 */
function indexMarkAt(folded: string, sentenceStart: number, start: number): { start: number; qualifier: Qualifier | null } | null {
  const before = folded.slice(Math.max(sentenceStart, start - 24), start);
  const mark = MARK_WORD_BEFORE.exec(before);
  if (mark === null) return null;
  const markAt = start - before.length + mark.index;
  const clause = folded.slice(Math.max(sentenceStart, markAt - 160), markAt);
  let from = 0;
  for (const m of clause.matchAll(MARK_CLAUSE_BREAK)) from = m.index + m[0].length;
  if (!MARKET_INDEX.test(clause.slice(from))) return null;
  const qualifier: Qualifier | null = mark[1] !== undefined ? 'approx' : mark[2] !== undefined ? 'less_than' : mark[3] !== undefined ? 'more_than' : null;
  return { start: markAt, qualifier };
}
/** "mốc "/"ngưỡng " ending right before a number, with "quanh", "sát", "gần" (about), "dưới" (below), "trên" (above). */
const MARK_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:(?:(quanh|sát|gần)|(dưới)|(trên))[ \t\u00a0]+)?(?:mốc|ngưỡng)[ \t\u00a0]+$/u;
/** A stock index as the subject: its points are no player's ("VN-Index ghi được 12 điểm" keeps engine 36's reading). */
const INDEX_BEFORE = new RegExp(String.raw`(?:${INDEX_NAMES}|chỉ số)(?![\p{L}\p{M}])`, 'u');
/** A player's scoring verb right before the points: "ghi 28 điểm", "ghi được 31 điểm" (not "ghi nhận"). */
const SCORED_BEFORE = /(?<![\p{L}\p{M}])ghi(?:[ \t\u00a0]+(?:được|tới|đến|cả))?[ \t\u00a0]+$/u;
/** A finish before "sau": "về đích sau 4 giờ 32 phút", "cán đích sau …", "hoàn thành cuộc đua sau …" (engine 37). */
const FINISH_BEFORE_SAU = /(?<![\p{L}\p{M}])(?:về đích|cán đích|cán mốc|hoàn thành(?:[ \t\u00a0]+[\p{L}\p{M}]+){0,3})[ \t\u00a0]+sau(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ))*[ \t\u00a0]+$/u;
/** An event's name (capitalised words or a number) between the run's noun and "liên tiếp". */
const RUN_AFTER_NAMED_COUNT = new RegExp(String.raw`(?:${SP}+(?:\p{Lu}[\p{L}\p{M}\-]*|\d{1,4})){1,3}${SP}+liên tiếp(?![\p{L}\p{M}])`, 'uy');

/** "… 33 phút" right after the hours. */
const MINUTES_AFTER_HOURS = /[ \t\u00a0]+(\d{1,2})[ \t\u00a0]*phút(?![\p{L}\p{M}])/uy;
/** Before hours and minutes, what makes them a length: "kéo dài", "mất", "trong (vòng)", "suốt", "sau". */
const LENGTH_BEFORE_HOURS = /(?<![\p{L}\p{M}])(kéo dài|mất|trong|trong vòng|suốt|ròng rã|sau)(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ))*[ \t\u00a0]+$/u;
/**
 * After the minutes, what makes them a time of day or a window, not a length: a day or part of a day ("hết
 * 17 giờ 00 phút ngày 30/10", "mất 15 giờ 30 phút ngày 3/5" — died at), seconds (left as they were), "tới",
 * "qua", "nữa" ("Trong 2 giờ 30 phút tới").
 */
const NOT_LENGTH_AFTER_MINUTES = /^[ \t\u00a0]*(?:\d|(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya|cùng|giây|tới|qua|nữa|sắp tới|vừa qua|trước)(?![\p{L}\p{M}]))/u;
/** After "sau N giờ M phút", an activity that lasted them ("sau 2 giờ 33 phút thi đấu"), not a time of day. */
const ACTIVITY_AFTER_LENGTH = /^[ \t\u00a0]+(?:thi đấu|giằng co|chơi|đàm phán|làm việc|tìm kiếm|cứu hộ|di chuyển|phẫu thuật|tranh tài|so tài)(?![\p{L}\p{M}])/u;

/** "… 15 giây" (or "3,45 giây", "29,708 giây") right after the minutes. */
const SECONDS_AFTER_MINUTES = /[ \t\u00a0]+(\d{1,2}(?:,\d{1,3})?)[ \t\u00a0]*giây(?![\p{L}\p{M}])/uy;
/** The seconds read by SECONDS_AFTER_MINUTES, when under a minute. */
function secondsOf(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  const s = Number((m[1] ?? '').replace(',', '.'));
  return s < 60 ? s : null;
}
/**
 * Before hours, minutes and seconds, what makes them a time stamp: "thời điểm", "mốc", "đồng hồ chỉ",
 * "khoảng" opening the clause ("Khoảng 9 giờ 5 phút 30 giây, chiếc xe …", "Tại thời điểm 14 giờ 20 phút 5
 * giây"). Without such words (nor a clock word or a day) they are a length: a race time, a record.
 */
const STAMP_BEFORE = /(?<![\p{L}\p{M}])(?:thời điểm|mốc|đồng hồ chỉ|đồng hồ điểm|giờ khởi hành|giờ xuất phát)(?:[ \t\u00a0]+(?:là|lúc|vào))?[ \t\u00a0]*:?[ \t\u00a0]*$/u;
/** "Khoảng" (or "vào khoảng") opening its clause just before the hours. */
const ABOUT_OPENING_BEFORE = /(?:^|[,;:(]|\n)[ \t\u00a0]*(?:vào[ \t\u00a0]+)?khoảng[ \t\u00a0]+$/u;
/** "(giờ Hà Nội)", "giờ địa phương" right after: a time stamp in a time zone. */
const ZONE_AFTER = /^[ \t\u00a0]*\(?[ \t\u00a0]*giờ[ \t\u00a0]+(?:hà nội|việt nam|địa phương|gmt|utc|vn)/u;

/** Where a time unit's reading ends without a claim: "lúc 17 giờ 30 phút 15 giây" is a time of day, all of it. */
interface SkipTo {
  skipTo: number;
}

/**
 * "3 phút 43 giây" as one length, in seconds (223): a race time, the length of a song or a feat. The
 * seconds are never read alone after their minutes.
 */
function minutesAndSeconds(scope: Scope, unitEnd: number, minutes: number, form: string): Tail | null {
  if (form !== 'phút' || !Number.isInteger(minutes)) return null;
  const seconds = matchAt(SECONDS_AFTER_MINUTES, scope.folded, unitEnd, scope.sentence.end);
  const s = secondsOf(seconds);
  if (!seconds || s === null || minutes * 60 + s === 0) return null;
  return { end: unitEnd + seconds[0].length, kind: 'duration', unit: 'giây', value: minutes * 60 + s };
}

/**
 * "2 giờ 33 phút" as one length, in minutes (153): after "tiếng" (only ever a length) or after a word of
 * length ("kéo dài 2 giờ 33 phút", "sau 2 giờ 33 phút thi đấu"); "lúc 17 giờ 30 phút" stays a time of day.
 * With seconds, "2 giờ 8 phút 15 giây" is one length in seconds (7,695: a race time) unless it is told as a
 * time of day ("lúc 17 giờ 30 phút 15 giây", "… 15 giây ngày 3/5"), when none of it is a claim.
 */
function hoursAndMinutes(scope: Scope, start: number, unitEnd: number, hours: number, form: string, structured: boolean): Tail | SkipTo | null {
  const { folded, sentence } = scope;
  // Not after a range ("1-2 giờ 30 phút"): its bound would stay in hours.
  if ((form !== 'giờ' && form !== 'tiếng') || structured) return null;
  const minutes = matchAt(MINUTES_AFTER_HOURS, folded, unitEnd, sentence.end);
  if (!minutes) return null;
  const m = Number(minutes[1]);
  if (!Number.isInteger(hours) || hours > 99 || m >= 60 || hours * 60 + m === 0) return null;
  const end = unitEnd + minutes[0].length;
  const seconds = matchAt(SECONDS_AFTER_MINUTES, folded, end, sentence.end);
  const s = secondsOf(seconds);
  if (seconds && s !== null) {
    const secondsEnd = end + seconds[0].length;
    // A length (a race time, a record, how long something took) unless the text makes it a time stamp:
    // a clock word or a stamp's word before it, a day or a time zone after it, the clause opening on it
    // ("17 giờ 30 phút 15 giây, vụ nổ …", "Khoảng 9 giờ 5 phút 30 giây, …") — then none of it is a claim.
    // More than 24 hours is never a time of day; "tiếng" is only ever a length.
    const before = folded.slice(Math.max(sentence.start, start - 32), start);
    const after = folded.slice(secondsEnd, Math.min(sentence.end, secondsEnd + 24));
    const stamp =
      form === 'giờ' &&
      hours <= 24 &&
      (phraseEndingAt(folded, sentence.start, start, CLOCK_WORDS, 2) !== null ||
        STAMP_BEFORE.test(before) ||
        NOT_LENGTH_AFTER_MINUTES.test(after) ||
        ZONE_AFTER.test(after) ||
        (scope.text[secondsEnd] === ',' && !LENGTH_BEFORE_HOURS.test(before) && (opensClause(scope, start) || ABOUT_OPENING_BEFORE.test(folded.slice(Math.max(sentence.start, start - 16), start)))));
    if (stamp) return { skipTo: secondsEnd };
    return { end: secondsEnd, kind: 'duration', unit: 'giây', value: hours * 3600 + m * 60 + s };
  }
  if (NOT_LENGTH_AFTER_MINUTES.test(folded.slice(end, Math.min(sentence.end, end + 16)))) return null;
  if (form === 'giờ') {
    const cue = LENGTH_BEFORE_HOURS.exec(folded.slice(Math.max(sentence.start, start - 24), start));
    if (!cue) return null;
    if (cue[1] === 'sau' && !ACTIVITY_AFTER_LENGTH.test(folded.slice(end, Math.min(sentence.end, end + 16))) && !FINISH_BEFORE_SAU.test(folded.slice(Math.max(sentence.start, start - 48), start))) return null;
  }
  return { end, kind: 'duration', unit: 'phút', value: hours * 60 + m };
}

/**
 * A number that ends a name ("Khu công nghiệp Yên Phong 2", "cơ sở 2", "công nghiệp 4.0"): the word before it
 * is capitalised or "sở", or it is a version ("4.0"). A verb after such a number opens the clause.
 */
function numberOfAName(text: string, start: number, end: number): boolean {
  if (end - start >= 3 && text.charCodeAt(end - 1) === 0x30 && text.charCodeAt(end - 2) === 0x2e) return true;
  let k = start;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  let w = k;
  while (w > 0 && k - w < 12 && /[\p{L}\p{M}]/u.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, k);
  return word.length > 0 && (isUpper(word[0]) || word === 'sở');
}

/** Two or more one-digit numbers joined by dashes right before a number ("4-4-", "4 - 2 - 3 -"): a formation's lines. */
const DASHED_CHAIN_BEFORE = /(?<![\d.,])(?:\d[ \t\u00a0]*[-–][ \t\u00a0]*){2,}$/u;
/**
 * A word of a team's formation, then at most two words, before its lines: "sơ đồ", "đội hình (xuất phát)", "lối chơi",
 * "chơi", "chiến thuật" (not "người chơi", "trò chơi").
 */
const FORMATION_BEFORE = /(?<![\p{L}\p{M}])(?:sơ đồ|đội hình|(?<!(?:người|trò)[ \t\u00a0])chơi|chiến thuật)(?:[ \t\u00a0]+[\p{L}\p{M}]+){0,2}[ \t\u00a0]*$/u;

/** Line counts of video resolutions written "1080p". */
const VIDEO_LINES = new Set([240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/** "1080p" at `end`: a video resolution's "p" right after its line count, nothing glued after it. */
function videoLinesAt(folded: string, end: number, value: number): boolean {
  return folded.charCodeAt(end) === 0x70 /* p */ && VIDEO_LINES.has(value) && !isWordOrDigit(folded[end + 1] ?? '');
}

/** The set lengths of a football match, a half and extra time, in minutes. */
const MATCH_LENGTHS = new Set([45, 90, 120]);
const MATCH_WORDS = /(?<![\p{L}\p{M}])(?:hiệp|thi đấu|trận|tỷ số|tỉ số|hòa|hoà|luân lưu|bàn thắng)(?![\p{L}\p{M}])/u;
/** What `s.split(' ')[0]` is: the text before the first space, or all of it. */
function firstWordOf(s: string): string {
  const space = s.indexOf(' ');
  return space < 0 ? s : s.slice(0, space);
}
/** Rounds of a competition: "lượt", "vòng", "ván". */
const ROUNDS = new Set(['lượt', 'vòng', 'ván']);
/** The matches or sets played so far, exactly ("sau 3 trận đấu"; not "sau 3 trận thắng", "sau 3 trận động đất"). */
const MATCHES_PLAYED = new Set(['trận', 'trận đấu', 'set', 'set đấu', 'game', 'séc', 'séc đấu', 'hiệp', 'hiệp đấu']);
const PENALTY_BEFORE = /(?:luân lưu|phạt đền|chấm|loạt sút|loạt đá|cú sút)[ \t\u00a0]*$/u;
/**
 * "đều" after "cả N …" in its clause: the N are a set already named, all of them. (Not "cũng", "also": "cả 12 tỉnh miền
 * núi cũng ghi nhận mưa lớn" counts the provinces — engine 70 as merged took it too; the review of session 71.)
 */
const ALL_OF_THEM_AFTER = /^[^,.;:!?]*?(?<![\p{L}\p{M}])đều(?![\p{L}\p{M}])/u;
/** The two words right before a small count that is the predicate of a pointer: "Đây là hai thông tin …". */
const POINTER_IS_BEFORE = /^(?:đây|đó) là$/u;
/** "đầu tiên", "kỷ lục" in the clause after a count: a first or a record, a claim of its own. */
const FIRST_OR_RECORD_AFTER = /^[^,.;:!?]*?(?<![\p{L}\p{M}])(?:đầu tiên|kỷ lục)(?![\p{L}\p{M}])/u;

/** After a counted noun, words that point back at a set already named: "này", "nói trên", "kể trên". */
/**
 * "hai cầu thủ này", "4 cá nhân nói trên", "Bốn trường hợp trên đều …" (a bare "trên" before a verb, not "trên địa bàn");
 * a bare "trên" before a modal too: "4 trường trên sẽ …", "3 dự án trên đang …" (engine 70).
 */
const ANAPHORA_AFTER = /[ \t\u00a0]+(?:này|ấy|nói trên|kể trên|vừa nêu|đó(?![ \t\u00a0]+là)|trên(?=[ \t\u00a0]*(?:đều|đã|cũng|vẫn|là|bị|được|không|chưa|sẽ|đang|phải|cần|mới|thì|,)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])/uy;
/**
 * One to four lower-case words (captured), then "này", "ấy", "nói trên", "kể trên", "vừa nêu" (not "đó", "trên": "đó là",
 * "trên địa bàn"). Up to two words before engine 70, four since ("2 dòng sản phẩm chủ lực này").
 */
const ANAPHORA_AFTER_LONGER_NOUN = /^[ \t\u00a0]+([\p{Ll}\p{M}]+(?:[ \t\u00a0]+[\p{Ll}\p{M}]+){0,3}?)[ \t\u00a0]+(?:này|ấy|nói trên|kể trên|vừa nêu)(?![\p{L}\p{M}])/u;
/** Words that open another phrase after a counted noun, or a time: the pointer then belongs to that phrase. */
const NOT_NOUN_WORDS: ReadonlySet<string> = new Set([
  'trong', 'của', 'tại', 'ở', 'với', 'cho', 'từ', 'về', 'theo', 'trên', 'dưới', 'sau', 'trước', 'qua', 'và', 'hoặc', 'như',
  'năm', 'tháng', 'ngày', 'tuần', 'quý', 'lần', 'đợt', 'kỳ', 'dịp', 'giai', 'thời', 'vụ', 'trận', 'lớp', 'khu', 'tỉnh', 'huyện', 'xã', 'thành',
  'là', 'có', 'được', 'bị', 'đã', 'đang', 'sẽ', 'vào', 'ra', 'lên', 'xuống', 'đến', 'tới', 'bằng', 'nhất', 'nhưng',
  // A second noun the pointer can belong to ("7 học sinh khối này", "5 xe dịp này"; review of engine 43).
  'khối', 'phường', 'quận', 'thị', 'địa', 'công', 'trường', 'đơn', 'cơ', 'vùng', 'nhà', 'tổ', 'đội', 'nhóm', 'ngành',
  'mùa', 'hồi', 'buổi', 'sáng', 'chiều', 'tối', 'đêm', 'hôm', 'cấp', 'khoa', 'lô', 'ca', 'tàu', 'chuyến', 'dự', 'chương', 'giải', 'cuộc',
  'nước', 'quốc', 'làng', 'thôn', 'bản', 'ấp', 'phố', 'đường', 'tuyến', 'khóa', 'hệ', 'loại', 'dòng', 'mẫu', 'hãng', 'bệnh',
]);
const ANAPHORA_GATE = stickyGate(ANAPHORA_AFTER, 'sp', 1, Infinity, 'nấkvđt');

/**
 * The sets a text points back at by their count: "4 cá nhân này", "hai sự kiện nói trên", "3 bị cáo kể trên" — a
 * small count (digits or a number word), one to three lower-case words, then a pointer. Global; read by pointedSets.
 */
export const POINTED_SET = /(?<![\p{L}\p{M}\d.,])(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t\u00a0]+([\p{Ll}\p{M}]+(?:[ \t\u00a0]+[\p{Ll}\p{M}]+){0,2}?)[ \t\u00a0]+(?:này|ấy|nói trên|kể trên|vừa nêu)(?![\p{L}\p{M}])/gu;
const POINTED_NUMBER_WORDS: Readonly<Record<string, number>> = { hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** The last text's pointed sets: "<value>|<first one, two or three words>" → where such pointers start, in order. */
let pointedMemo: { folded: string; sets: Map<string, number[]> } | null = null;
/** How far (characters) a pointer reaches forward: a few paragraphs, about a screen of text. */
const POINTER_REACH = 2000;

/** POINTED_SET at one position (sticky), for nextPointedSet. */
const POINTED_SET_AT = new RegExp(POINTED_SET.source, 'uy');
/**
 * The match POINTED_SET (global) finds from `from`: the regex runs (sticky) only where a count can start — a digit,
 * or the first letter of one of its number words ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
 * not after a letter, a digit, "." or "," (its look-behind) — in order, so the first match is the global regex's.
 * Issue 11: led by its look-behind, the regex tried every position of the text ("… ở 4 cá nhân này": a try at each
 * letter), its large code run once per position.
 */
export function nextPointedSet(folded: string, from: number): RegExpExecArray | null {
  for (let p = from; p < folded.length; p++) {
    const c = folded.charCodeAt(p);
    if (!isDigitCode(c) && c !== 0x68 /* h */ && c !== 0x62 /* b */ && c !== 0x6e /* n */ && c !== 0x73 /* s */ && c !== 0x74 /* t */ && c !== 0x63 /* c */ && c !== 0x6d /* m */) continue;
    const before = folded.charCodeAt(p - 1);
    if (isDigitCode(before) || before === 0x2e || before === 0x2c || isLetterUnit(before)) continue;
    POINTED_SET_AT.lastIndex = p;
    const m = POINTED_SET_AT.exec(folded);
    if (m !== null) return m;
  }
  return null;
}

/** The pointed sets of a (folded) text, found in one pass over it and kept for the text's other figures. */
function pointedSets(folded: string): Map<string, number[]> {
  if (pointedMemo !== null && pointedMemo.folded === folded) {
    // The caller's string kept: an equal copy (the same article extracted again) is compared once, not per figure.
    pointedMemo.folded = folded;
    return pointedMemo.sets;
  }
  const sets = new Map<string, number[]>();
  for (let m = nextPointedSet(folded, 0); m !== null; m = nextPointedSet(folded, m.index + (m[1] ?? '').length)) {
    const value = POINTED_NUMBER_WORDS[m[1] ?? ''] ?? Number(m[1]);
    const words = (m[2] ?? '').split(/[ \t\u00a0]+/u);
    for (let k = 1; k <= words.length; k++) {
      const key = `${value}|${words.slice(0, k).join(' ')}`;
      const at = sets.get(key);
      if (at === undefined) sets.set(key, [m.index]);
      else at.push(m.index);
    }
    // (The next search starts right after the number, so that a pointer's own words do not hide a count inside them.)
  }
  pointedMemo = { folded, sets };
  return sets;
}

/**
 * Whether the text pointed back, in the POINTER_REACH characters before `start`, at a set of `value` of the counted
 * noun `unit` (its first three words).
 */
function pointedSetBefore(folded: string, value: number, unit: string, start: number): boolean {
  const at = pointedSets(folded).get(`${value}|${unit.split(' ').slice(0, 3).join(' ')}`);
  if (at === undefined) return false;
  // The last pointer before `start` (binary search: the positions are in text order).
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const last = at[lo - 1];
  return last !== undefined && start - last <= POINTER_REACH;
}

const SIGNS = new Set(['-', '+', '−']);
/**
 * "âm 500 tỷ đồng", "chi phí được ghi âm 67 tỷ đồng" (booked below zero): below zero — not the "âm" of "thu âm",
 * "siêu âm", "phát âm", "nguyên âm" (and counts, "ghi âm 2 cuộc", are never signed).
 */
const NEGATIVE_WORD_BEFORE = /(?<!(?:^|[^\p{L}\p{M}])(?:thu|siêu|phát|nguyên|phụ|thanh|bản|ngữ|đa|cao|trầm|hòa|hoà|tạp|khuếch|bát|ngũ)[ \t\u00a0])(?<![\p{L}\p{M}])âm[ \t\u00a0]+$/u;
/** Nouns that label a numbered part ("tập 1", "phần 2", "chương 3"). */
const VOLUME_LABELS = new Set(['tập', 'phần', 'chương', 'quyển', 'cuốn']);

/** Words before "số" that make "… số N" the size of a whole: "con số", "dân số", "tổng số". */
// "sĩ số 45 học sinh" (a class's size), "quân số 500 người" (a unit's strength): engine 61.
const NUMBER_OF_BEFORE = new Set(['con', 'dân', 'tổng', 'trong', 'sĩ', 'quân']);
/**
 * Nouns before "số N" that make it a place held: "vị thế số 1 ATP", "tay vợt số 1 thế giới". ("cựu số 1"
 * is an epithet; "ngôi số 1" mostly names the place in a race for it.)
 */
const SO_RANK_NOUNS = new Set(['vị thế', 'hạt giống', 'tay vợt']);
/** Compounds ending in a one-syllable label word ("trực tuyến", "văn phòng", "trong vòng"): no label before a number. */
// ("thời gian làm bài 90 phút": doing a test, not "Bài 90"; "thời tiết 2 ngày tới": "tiết" is a lesson only alone; engine 61.)
const COMPOUND_HEADS = new Set(['trực tuyến', 'ngoại tuyến', 'văn phòng', 'tiền đạo', 'hậu vệ', 'con đường', 'trong vòng', 'làm bài', 'thời tiết', 'chi tiết', 'tình tiết']);

/** "kỳ hạn" followed only by other terms: "kỳ hạn từ 1 tháng đến dưới ", "kỳ hạn qua đêm, 1 tuần và ". */
const DEPOSIT_TERM_BEFORE =
  /(?<![\p{L}\p{M}])kỳ hạn(?:[ \t,\-–]+(?:từ|dưới|trên|đến|tới|và|hoặc|qua đêm|\d+(?:[.,]\d+)?|tuần|tháng|năm|ngày))*[ \t,\-–]*$/u;
/**
 * A record window before a length of time: "cao nhất trong vòng hơn 1 tháng qua", "thấp nhất 10 năm",
 * "mức cao nhất kể từ ngày 20/9, tức là trong vòng ", "lần đầu tiên trong một thập kỷ".
 */
const RECORD_WINDOW_BEFORE = /(?:(?:cao|thấp|lớn|nhỏ|nhiều|ít|mạnh|sâu|tốt|kém|tệ|nhanh|chậm|đắt|rẻ|mạnh mẽ)[ \t]+nhất|kỷ lục|đầu tiên)(?:[^.;!?\n]{0,48}?(?:trong vòng|trong|vòng))?[ \t]+(?:(?:hơn|gần|khoảng|chưa đến)[ \t]+)?$/u;
/** "trong", "trong vòng", "trong suốt", "suốt", with a qualifier at most, right before a window's number. */
const DURING_BEFORE = /(?<![\p{L}\p{M}])(?:trong|suốt)(?:[ \t\u00a0]+(?:vòng|suốt))?(?:[ \t\u00a0]+(?:hơn|gần|khoảng|chừng|đúng|chỉ))?[ \t\u00a0]+$/u;
/** One to four lower-case words after the window's unit, then its clause's comma ("nghỉ lễ,", "đầu năm nay,"). */
const WINDOW_WORDS_TO_COMMA = /^(?:[ \t\u00a0]+[\p{Ll}\p{M}]+){1,4}[ \t\u00a0]*,/u;
/** Words of a calendar or event window: "nghỉ lễ", "Tết", "hội chợ", "lễ hội", "diễn ra", "cao điểm", "qua", "đầu năm". */
const CALENDAR_WINDOW_WORDS = /(?<![\p{L}\p{M}])(?:nghỉ|lễ|tết|hội chợ|lễ hội|diễn ra|cao điểm|qua|đầu năm|cuối năm|triển lãm|festival|đại hội)(?![\p{L}\p{M}])/u;
/** Words that make a window's length the fact itself: "liên tục", "thần tốc", "liền". */
const LENGTH_AS_FACT_WORDS = /(?<![\p{L}\p{M}])(?:liên tục|liên tiếp|thần tốc|liền|ròng rã|miệt mài|không nghỉ)(?![\p{L}\p{M}])/u;
/** "trong vòng (đúng|chỉ) " right before a length of time that is not a record window. */
const TIME_FRAME_BEFORE = /(?<![\p{L}\p{M}])trong vòng[ \t]+(?:(đúng)[ \t]+)?$/u;
/** "nhân viên", "nhân sự", "nhân công" … : people, not a processor's cores. */
const CORE_NOT_AFTER = /^nhân[ \t\u00a0]+(?:viên|sự|công|khẩu|lực|dân|tài|vật|chứng|tố|loại|văn|quyền|đạo|giống|bản|cách|danh|mạng|thọ|tạo|tâm|viện|nghĩa)(?![\p{L}\p{M}])/u;
/** A sentence about a processor: "CPU", "chip", "vi xử lý", "VXL", "lõi", a clock in GHz or MHz. */
const CHIP_WORDS = /(?<![\p{L}\p{M}])(?:cpu|chip|vi xử lý|bộ xử lý|vxl|lõi|snapdragon|exynos|\d[\d.,]{0,12}[ \t\u00a0]?[gm]hz)(?![\p{L}\p{M}])/u;
/** "cách đây", with a qualifier: a point in the past ("cách đây hơn 2 năm"). */
const AGO_BEFORE = /(?<![\p{L}\p{M}])cách[ \t\u00a0]+đây(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ|ngót|trên))?[ \t\u00a0]+$/u;
/**
 * Right after "N ngày": the days themselves, two day numbers joined by "và", ",", a dash or "đến", or a day and
 * month ("2 ngày 20 và 21/10", "3 ngày (15-17/10)", "2 ngày 20/10 và 21/10", "2 ngày từ 20 đến 21/10"). Bounded.
 */
const DAYS_NAMED_AFTER = /^[ \t\u00a0]*\(?[ \t\u00a0]*(?:(?:từ|là|vào)[ \t\u00a0]+)?(?:(?:ngày|hôm)[ \t\u00a0]+)?\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{4})?)?[ \t\u00a0]*(?:,|và|-|–|đến|tới)[ \t\u00a0]*(?:(?:ngày|hôm)[ \t\u00a0]+)?\d{1,2}(?![\d,.])|^[ \t\u00a0]*\(?[ \t\u00a0]*(?:(?:từ|là|vào)[ \t\u00a0]+)?(?:(?:ngày|hôm)[ \t\u00a0]+)?\d{1,2}\/\d{1,2}(?![\d,])/u;
/** "nếu" earlier in the clause: what follows is supposed. */
const SUPPOSITION_BEFORE = /(?<![\p{L}\p{M}])nếu(?![\p{L}\p{M}])/u;
/** What may follow a record window's length: "qua", "gần đây" — not a period such as "đầu năm". */
const RECORD_WINDOW_AFTER = /^(?:qua|gần đây|trở lại đây|vừa qua|đã qua)$/u;
/** Averaging windows: "giá cơ sở bình quân 30 ngày", "mức trung bình 3 tháng" frame other figures. */
const AVERAGE_WINDOW_BEFORE = /(?<![\p{L}\p{M}])(?:bình quân|trung bình)[ \t]+$/u;
/** "(2011-2013)", "( 2009 - 2012 )" right after a number of years: the years of the window. */
const YEARS_IN_BRACKETS_AFTER = /^[ \t\u00a0]*\([ \t\u00a0]*(?:19|20)\d\d[ \t\u00a0]*[-–][ \t\u00a0]*(?:19|20)\d\d[ \t\u00a0]*\)/u;
/** A window word right before a number of years: "Đánh giá về 3 năm", "trong 4 năm", "giai đoạn 5 năm". */
const WINDOW_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:về|trong|sau|qua|giai đoạn)(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ))*[ \t\u00a0]+$/u;
/**
 * "về", "giai đoạn", or "trong/sau/qua" after a plan's noun: a window wherever they stand ("Đánh giá về 3 năm
 * (2011-2013)", "Mục tiêu trong 4 năm (2009 - 2012) là …").
 */
const FAR_WINDOW_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:về|giai đoạn|(?:mục tiêu|kế hoạch|chương trình|chiến lược|kết quả)[ \t\u00a0]+(?:trong|sau|qua))(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ))*[ \t\u00a0]+$/u;
/** "trong/sau/qua" opening a clause: ", trong 4 năm", "; sau 5 năm". */
const OPENING_WINDOW_WORD = /[,;:(][ \t\u00a0"“]*(?:trong|sau|qua)(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ))*[ \t\u00a0]+$/u;
/** The same, or opening the sentence ("Trong 4 năm (2009 - 2012), …") when the lead starts with the sentence. */
const OPENING_WINDOW_WORD_AT_START = /(?:^|[,;:(])[ \t\u00a0"“]*(?:trong|sau|qua)(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ))*[ \t\u00a0]+$/u;
/** "trải qua 3 năm (…)": lived through, a length. */
const PASSED_THROUGH_BEFORE = /(?<![\p{L}\p{M}])trải[ \t\u00a0]+qua(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ))*[ \t\u00a0]+$/u;
/** The number opens its clause: ", 3 năm (…)". */
const CLAUSE_START_BEFORE = /[,;:][ \t\u00a0]*$/u;
/** Words that make a number of years the fact itself: a term, a length. */
const LENGTH_IS_FACT_BEFORE = /(?<![\p{L}\p{M}])(?:thời hạn|kỳ hạn|kéo dài|thời gian|mất|ròng rã)(?:[ \t\u00a0]+(?:khoảng|gần|hơn|chừng|đúng|chỉ|là|trong|suốt|trong suốt|ròng rã|liền))*[ \t\u00a0]+$/u;

/** A figure with its scale or unit in the words before a window ("… âm gần 200 tỷ đồng trong"). */
const FIGURE_BEFORE_WINDOW = /\d[\d.,]*[ \t]*(?:tỷ|triệu|nghìn|ngàn|%|đồng)/u;
// Engine 66: "hội nghị sơ kết 9 tháng" (a review of the year's first months) like "tổng kết".
const RESULTS_BEFORE = /(?:doanh thu|lợi nhuận|lãi|lỗ|kinh doanh|kết quả|sản lượng|tổng kết|sơ kết|lũy kế|luỹ kế)(?:[ \t]+[^\s\d,.;:]+){0,3}[ \t]+(?:\d[\d.,]*[ \t]+[^\s\d,.;:]+(?:[ \t]+[^\s\d,.;:]+)?[ \t]+)?$/u;
/** Results right after "N tháng": the months are the period of the figure that follows. */
// ("9 tháng tăng 7% cùng kỳ": a change with its figure after it; "sau 6 tháng tăng trưởng" stays a length.)
const RESULTS_AFTER = /^[ \t]+(?:(?:lãi|lỗ|doanh thu|lợi nhuận|ước đạt|ước tính|đạt|vượt)(?![\p{L}\p{M}])|(?:tăng|giảm)(?:[ \t]+(?:nhẹ|mạnh|thêm|hơn|gần|khoảng))?[ \t]+\d)/u;
const RECORD_NEAR = /(?:nhất|kỷ lục|vòng)[ \t]+(?:trong[ \t]+)?$/u;

/**
 * "N tháng" (N ≤ 12) naming the months a report covers, not a length that is itself the fact:
 * "lãi 60 tỷ đồng 9 tháng", "Lợi nhuận ngành than 9 tháng ước đạt", "EPS 7.381 đồng trong 9 tháng",
 * "Doanh thu chín tháng của …", "Sau 9 tháng, HPG hoàn thành …". A record window ("thấp nhất trong
 * 8 tháng") stays a duration.
 */
function reportingMonths(folded: string, sentenceStart: number, start: number, unitEnd: number, sentenceEnd: number): boolean {
  const before = folded.slice(Math.max(sentenceStart, start - 40), start);
  if (RECORD_NEAR.test(before)) return false;
  const after = folded.slice(unitEnd, Math.min(sentenceEnd, unitEnd + 6));
  if (/^[ \t]+của[ \t]/u.test(after)) return true;
  // "… trong 9 tháng nên …": the window closes its clause before "nên" too (not "và", "khi", "do": "chậm
  // trong 9 tháng và vẫn chưa xong" is a length).
  if (/(?:^|[^\p{L}\p{M}])(?:trong|sau)[ \t]+$/u.test(before)) {
    const next = folded.slice(unitEnd, Math.min(sentenceEnd, unitEnd + 8));
    if (/^[ \t]*(?:[,.;:)\n]|$)/u.test(next) || unitEnd >= sentenceEnd) return true;
    // "… âm 200 tỷ đồng trong 9 tháng nên …": after a figure the window closes its clause before "nên"
    // too ("chờ đợi trong 9 tháng nên rất bức xúc" is a length).
    if (/^[ \t]*nên(?![\p{L}\p{M}])/u.test(next) && FIGURE_BEFORE_WINDOW.test(before)) return true;
  }
  // "9 tháng lãi ròng 325 tỷ đồng", "trong 9 tháng ước đạt 68.630 tỷ đồng", "9 tháng vượt 27% kế hoạch".
  if (RESULTS_AFTER.test(folded.slice(unitEnd, Math.min(sentenceEnd, unitEnd + 16)))) return true;
  return RESULTS_BEFORE.test(before);
}

/** "74.278 hồ sơ": the counted noun (one or two syllables) becomes the unit. */
function countTail(text: string, end: number, limit: number, ofAName = false): Tail | null {
  const after = wordsAfter(text, end, limit);
  if (!after) return null;
  const first = after.first;
  const lower = first.toLowerCase();
  // A noun the syllable rules below would cut in two ("12 thiết bị", "ba ngân hàng", "5 cộng tác viên"; not "ba thiết").
  if (!isUpper(first[0])) {
    const whole = wholeNounAt(text, end, limit, lower);
    if (whole !== null) return whole;
  }
  // A capitalised pair starts a name ("thứ 10 Chỉ số ICT Index"), it is not what is counted.
  if (after.second !== null && after.secondEnd !== null && !isUpper(first[0])) {
    const pair = `${lower} ${after.second.toLowerCase()}`;
    // The parties of a court case after digits ("3 bị cáo", "46 bị hại"; engine 37). After a spelled-out number
    // they stay unread as before: "hai bị can Tường và Khánh", "khởi tố hai bị can về tội danh nêu trên" name the
    // pair or repeat it (dev4's gold), which the guide does not settle. "bị cáo buộc" is the passive "accused":
    // the word after the pair must be one that cannot continue it (PARTY_ENDS).
    const party = pair.startsWith('bị ');
    if (
      TWO_SYLLABLE_NOUNS.has(pair) &&
      !((pair === 'hội viên' || pair === 'đội viên') && /^[ \t\u00a0]+chức(?![\p{L}\p{M}])/u.test(text.slice(after.secondEnd, Math.min(limit, after.secondEnd + 8)))) &&
      !(party && !isDigit(text[end - 1])) &&
      !(party && !PARTY_ENDS.test(text.slice(after.secondEnd, Math.min(limit, after.secondEnd + 12))))
    ) {
      return { end: after.secondEnd, kind: 'count', unit: pair };
    }
    // "Yên Phong 2 thu hút …" (a name's number); "…, 7 khởi công trong quý I" counts the projects named before.
    if (ofAName && NOT_COUNTED_PAIRS.has(pair)) return null;
  }
  if (NOT_COUNTED_NOUN.has(lower) || (ofAName && NOT_COUNTED_AFTER_NAME.has(lower))) return null;
  // "Cầu Mỹ Thuận 2 dài 6,6 km", "đường dây 500 kV mạch 3 dài 519 km", "tòa B2 cao 120 m": a size of the thing named by
  // its number, no count of "dài" (engine 61). "cao"/"sâu" only before their figure ("2 cao tốc", "5 cao ốc" count).
  if (SIZE_WORDS.has(lower) && (lower === 'dài' || lower === 'rộng' || lower === 'nặng' || /^[ \t\u00a0]+\d/u.test(text.slice(after.firstEnd, after.firstEnd + 3)))) return null;
  // "mốc 1.300 đầu phiên", "1.000 đầu năm": the start of a time, not heads counted ("1.000 đầu lợn" stays; engine 46).
  if (lower === 'đầu' && TIME_START_AFTER.test(text.slice(after.firstEnd, Math.min(limit, after.firstEnd + 8)).toLowerCase())) return null;
  // A loanword written with hyphens ("500 ki-ốt", "20 công-ten-nơ", "30 ba-lô"): the whole word is what is counted.
  // Not two nouns joined by a dash ("63 tỉnh-thành", "2.000 lượt-người", "400 gian-hàng": a counted noun before the
  // dash, a noun after it): the first is counted, as before.
  if (text[after.firstEnd] === '-' && !isUpper(first[0])) {
    let wordEnd = after.firstEnd;
    let before = lower;
    while (text[wordEnd] === '-' && wordEnd + 1 < limit && !isUpper(text[wordEnd + 1] ?? '')) {
      const next = lettersEnd(text, wordEnd + 1);
      const syllable = text.slice(wordEnd + 1, next).toLowerCase();
      if (next === wordEnd + 1 || (isNounSyllable(before) && isNounSyllable(syllable)) || opensSpacedNoun(text, syllable, next, limit)) break;
      wordEnd = next;
      before = syllable;
    }
    if (wordEnd > after.firstEnd) return { end: wordEnd, kind: 'count', unit: text.slice(after.firstEnd - first.length, wordEnd).toLowerCase() };
  }
  // "hai sự thay đổi", "3 sự lựa chọn": "sự" makes a noun of the two syllables after it (engine 56; "2 sự kiện",
  // "3 sự cố" are nouns of two, in TWO_SYLLABLE_NOUNS, read above).
  if (lower === 'sự' && after.second !== null && after.secondEnd !== null && !isUpper(after.second[0])) {
    const third = wordsAfter(text, after.secondEnd, limit);
    if (third !== null && !isUpper(third.first[0]) && !NOT_A_SU_SYLLABLE.has(third.first.toLowerCase()) && !NOT_A_SU_SYLLABLE.has(after.second.toLowerCase())) {
      return { end: third.firstEnd, kind: 'count', unit: `sự ${after.second.toLowerCase()} ${third.first.toLowerCase()}` };
    }
  }
  const three = THREE_SYLLABLE_COUNTED.exec(text.slice(end, Math.min(limit, end + 24)));
  if (three) return { end: end + three[0].length, kind: 'count', unit: (three[1] ?? '').toLowerCase() };
  if (isUpper(first[0]) && !isAcronym(first) && !['Bộ', 'Sở', 'Ban'].includes(first)) return null;
  if (isAcronym(first)) return { end: after.firstEnd, kind: 'count', unit: first };
  if (!ONE_SYLLABLE_NOUNS.has(lower) && after.second !== null && after.secondEnd !== null) {
    const second = after.second.toLowerCase();
    if (!NOT_COUNTED_NOUN.has(second) && !isUpper(after.second[0])) return { end: after.secondEnd, kind: 'count', unit: `${lower} ${second}` };
  }
  return { end: after.firstEnd, kind: 'count', unit: lower };
}

/**
 * What may follow a party's word so that it is not the start of another word (after the second review): the end
 * of the sentence, a mark, or a word that cannot continue it ("3 bị cáo bị tuyên", "46 bị hại đã", "2 bị cáo khác";
 * not "bị cáo buộc", "bị hại nặng").
 */
const PARTY_ENDS = /^(?:[ \t\u00a0]*(?:[^\p{L}\p{M}\s]|$)|[ \t\u00a0]+(?:bị|được|đã|đang|sẽ|có|là|và|khác|trong|tại|này|gồm|còn|không|cùng|đều|kháng|xin|vắng|với|từ|ở)(?![\p{L}\p{M}]))/iu;

/** Words (besides the one-syllable counted nouns) that make a dashed pair of nouns, not a loanword: "tỉnh-thành", "lượt-khách", "nhà-xưởng". */
const DASHED_NOUN_PARTS = new Set(['thành', 'khách', 'ngày', 'đêm', 'người', 'công', 'xe', 'hàng', 'nhân', 'viên', 'nhà']);
const isNounSyllable = (w: string): boolean => ONE_SYLLABLE_NOUNS.has(w) || DASHED_NOUN_PARTS.has(w);
/**
 * Whether the syllable after a dash opens a noun written with a space ("50 y-bác sĩ", "30 hộ-gia đình", "200
 * lượt-phương tiện", "12 bình-ắc quy"): two words joined by a dash, not a loanword — the first is counted, as before.
 */
function opensSpacedNoun(text: string, syllable: string, end: number, limit: number): boolean {
  const after = wordsAfter(text, end, limit);
  if (after === null || end === blanksEnd(text, end)) return false;
  const pair = `${syllable} ${after.first.toLowerCase()}`;
  return TWO_SYLLABLE_NOUNS.has(pair) || SPACED_AFTER_DASH.has(pair);
}
/** Nouns of two words met after a dash that the counted-noun list does not hold. */
const SPACED_AFTER_DASH = new Set(['bác sĩ', 'ắc quy', 'y tá', 'dược sĩ', 'kỹ sư', 'nhân viên', 'học sinh', 'giáo viên']);

/**
 * Counted nouns that the syllable rules of `countTail` would cut in two: a first syllable that is no word alone
 * ("thiết bị", "địa điểm", "ngân hàng", "ô tô", "thuê bao") or a second one that reads as a function word elsewhere
 * ("máy tính", "việc làm", "chữ số", "nhà đầu tư").
 */
const WHOLE_NOUN_UNITS = [
  'thiết bị', 'địa điểm', 'ngân hàng', 'việc làm', 'máy tính', 'chữ số', 'mã số', 'ô tô', 'thuê bao', 'nhà đầu tư', 'trạm y tế', 'trạm thu phí', 'hợp tác xã', 'chiến đấu cơ',
  // Engine 56: "hai lý do" ("do" reads as "because" elsewhere), "hai nền kinh tế", "2 trận giao hữu", "5 phiên giao dịch",
  // "3 phiên đấu giá" were cut to "lý", "nền kinh", "trận giao", "phiên giao", "phiên đấu".
  'lý do', 'nền kinh tế', 'trận giao hữu', 'phiên giao dịch', 'phiên đấu giá', 'phiên đấu thầu',
];
const WHOLE_NOUN_SET = new Set(WHOLE_NOUN_UNITS);
const WHOLE_NOUNS = new RegExp(String.raw`^[ \t\u00a0]+(${WHOLE_NOUN_UNITS.join('|')})(?![\p{L}\p{M}])`, 'u');
/**
 * A person named by what they do and the suffix "viên" ("5 cộng tác viên", "12 hướng dẫn viên", "3 điều tra viên",
 * "200 tình nguyện viên") or a student by "sinh" after a verb of study ("40 nghiên cứu sinh", "15 thực tập sinh"): one
 * noun of three syllables. Not after a noun that stands alone ("12 cán bộ viên chức", "3 công nhân viên" — "công
 * nhân" is counted as before), not before "chức" ("viên chức" is the next noun), not after a one-syllable counted
 * noun ("30 người dân viên" is no word).
 */
const AGENT_NOUN = /^[ \t\u00a0]+(\p{Ll}[\p{L}\p{M}]*)[ \t\u00a0]+([\p{L}\p{M}]+)[ \t\u00a0]+viên(?![\p{L}\p{M}])(?![ \t\u00a0]+(?:chức|nén|sủi|nang|đạn|gạch|ngọc)(?![\p{L}\p{M}]))/u;
// Not "sinh" opening a field of study after "nghiên cứu" ("5 nghiên cứu sinh học phân tử", "12 nghiên cứu sinh thái");
// after "du học", "thực tập" the next words are what the students do ("30 du học sinh học tiếng Việt").
const STUDENT_NOUN =
  /^[ \t\u00a0]+((?:thực tập|du học|lưu học)[ \t\u00a0]+sinh(?![\p{L}\p{M}])|nghiên cứu[ \t\u00a0]+sinh(?![\p{L}\p{M}])(?![ \t\u00a0]+(?:học|thái|lý|hóa|hoá|vật|hoạt|kế|khối|trưởng|tồn)(?![\p{L}\p{M}])))/u;

/** Containers whose "viên" is the next noun's ("3 túi nilon viên thuốc lắc", "2 hũ nhựa viên ma túy"): no agent noun. */
const AGENT_CONTAINERS: ReadonlySet<string> = new Set(['túi', 'hũ', 'lọ', 'gói', 'vỉ', 'bịch', 'chai', 'khay', 'lốc']);
/** A counted noun of the lexicon, or one this file reads whole ("ngân hàng", "vận động viên", "nghiên cứu sinh"). */
function knownCounted(unit: string): boolean {
  return ONE_SYLLABLE_NOUNS.has(unit) || TWO_SYLLABLE_NOUNS.has(unit) || WHOLE_NOUN_SET.has(unit) || /^(?:nghiên cứu|thực tập|du học|lưu học) sinh$|^\S+ \S+ viên$/u.test(unit);
}

/** The whole counted noun at `end` when the syllable rules would cut it (see WHOLE_NOUNS, AGENT_NOUN), else null. */
function wholeNounAt(text: string, end: number, limit: number, first: string): Tail | null {
  const window = text.slice(end, Math.min(limit, end + 32));
  // (Run for every counted noun: the student and agent patterns only where their last word is in the window.)
  const whole = WHOLE_NOUNS.exec(window) ?? (window.includes('sinh') ? STUDENT_NOUN.exec(window) : null);
  if (whole) return { end: end + whole[0].length, kind: 'count', unit: (whole[1] ?? '').replace(/[ \t\u00a0]+/gu, ' ') };
  if (ONE_SYLLABLE_NOUNS.has(first) || AGENT_CONTAINERS.has(first) || !window.includes('viên')) return null;
  const agent = AGENT_NOUN.exec(window);
  if (agent === null) return null;
  const pair = `${(agent[1] ?? '').toLowerCase()} ${(agent[2] ?? '').toLowerCase()}`;
  if (TWO_SYLLABLE_NOUNS.has(pair) || NOT_COUNTED_NOUN.has(first) || agent[2] === 'thuốc') return null;
  return { end: end + agent[0].length, kind: 'count', unit: `${pair} viên` };
}

/**
 * Function words that end a "sự" noun (see countTail): "hai sự và …" is no noun. Not the verbs the counted-noun
 * stop list also holds ("thay", "tăng", "đồng"): "sự thay đổi", "sự tăng trưởng", "sự đồng thuận" are nouns.
 */
const NOT_A_SU_SYLLABLE: ReadonlySet<string> = new Set([
  'và', 'với', 'hoặc', 'hay', 'của', 'là', 'có', 'không', 'chưa', 'được', 'bị', 'đã', 'đang', 'sẽ', 'vẫn', 'cũng', 'đều', 'thì', 'mà', 'nên',
  'nhưng', 'nếu', 'khi', 'vì', 'do', 'để', 'cho', 'trong', 'tại', 'ở', 'từ', 'đến', 'này', 'đó', 'kia', 'ấy', 'nào', 'gì', 'rất', 'quá',
]);

/** Counted things of three syllables: "2 chức vô địch", "3 huy chương vàng". */
const THREE_SYLLABLE_COUNTED = /^[ \t\u00a0]+(chức vô địch|huy chương (?:vàng|bạc|đồng))(?![\p{L}\p{M}])/iu;

/** "… lên 5,3%", "… xuống mức 4%": the level a percentage moves to. */
const PERCENT_LEVEL_AFTER = new RegExp(String.raw`${SP}+(?:lên|xuống|còn)${SP}+(?:(?:mức|mốc)${SP}+)?\d+(?:[.,]\d+)?${SP}?%`, 'uy');
/**
 * Odds of an admission with a decimal total ("Tỷ lệ chọi vào lớp chuyên là 1/6,5"): a total with a decimal comma
 * can be no month, so the a/b is a ratio (engine 37). A local check of the 64 characters before the figure; the
 * wider share rules ("trong đó 1/4", "tỷ lệ … là 1/8") were removed after the second review.
 */
function decimalOdds(folded: string, sentenceStart: number, start: number, total: number): boolean {
  return !Number.isInteger(total) && ODDS_BEFORE.test(folded.slice(Math.max(sentenceStart, start - 64), start));
}
const ODDS_BEFORE = /(?<![\p{L}\p{M}])tỷ lệ chọi(?![\p{L}\p{M}])/u;
/** After a bare "a/b": "số <noun>" or "tổng (số) <noun>" — the whole it is a share of ("3/4 số hộ", "1/10 tổng kinh phí"). */
const SHARE_OF_AFTER = /^[ \t\u00a0]+(?:số|tổng(?:[ \t\u00a0]+số)?)[ \t\u00a0]+\p{Ll}/u;
/**
 * A day's or a holiday's word before a slash pair: "ngày 3/4 số ca mắc …", "từ 1/10 số xe …", "ngày mai 5/6 số học
 * sinh", "Quốc khánh 2/9 tổng số …", "nghỉ lễ 30/4", "Tết", "kỷ niệm" keep their dates; so does "nay"/"mai" before
 * a comma ("từ hôm nay, 1/7 số tiền …").
 */
const DAY_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:(?:ngày|hôm|mùng|mồng|sáng|trưa|chiều|tối|đêm|từ|đến|tới|trước|sau|vào|dịp|lúc|hạn|tháng|năm|qua|mai|nay|khánh|lễ|tết|niệm|nghỉ)[ \t\u00a0]+|(?:nay|mai)[ \t\u00a0]*,[ \t\u00a0]*)$/u;
/** "có tới 3/4 số hộ", "lên đến 2/3 số xã", "chiếm tới 1/2": "tới/đến" of as many as, not of a day (engine 46). */
const UP_TO_BEFORE = /(?<![\p{L}\p{M}])(?:có|lên|chiếm)[ \t\u00a0]+(?:tới|đến)[ \t\u00a0]+$/u;
/** A comma, and spaces only, between a day and a share. */
const COMMA_ONLY = /^[ \t\u00a0]*,[ \t\u00a0]*$/u;
/** The words of a tally's cut-off day before it: "tính đến (ngày)", "tính tới", "tính đến hết", "(đến) hết ngày" (engine 46). */
const CUTOFF_BEFORE = /(?<![\p{L}\p{M}])(?:tính[ \t\u00a0]+(?:đến|tới)(?:[ \t\u00a0]+hết)?|(?:đến|tới)[ \t\u00a0]+hết)(?:[ \t\u00a0]+ngày)?[ \t\u00a0]+$/u;
/** A day and month written "d/m" (or "ngày d tháng m") elsewhere in a sentence. */
const DAY_MONTH = /(?<![\d/.,])(\d{1,2})[ \t\u00a0]*\/[ \t\u00a0]*(\d{1,2})(?![\d.,]\d)|(?<![\p{L}\p{M}])ngày[ \t\u00a0]+\d{1,2}[ \t\u00a0]+tháng[ \t\u00a0]+\d/gu;
/**
 * "khoảng 3/4 số hộ được hỗ trợ", "mỗi lần trả tối thiểu 1/10 tổng kinh phí": a proper fraction followed by the whole
 * it is a share of is a share, not a day and month (engine 45) — unless a day's or a holiday's word is right before
 * it, the sentence holds another day and month within 160 characters of it ("nghỉ lễ 30/4 - 1/5 số khách", "Tính
 * đến 30/6, 2/3 số xã" stay unread; bounded, so that a long pasted sentence of many fractions costs each one a
 * window, not the sentence) or the fraction opens the sentence (dates open sentences: "3/4 số ca …" stays unread).
 */
function shareOfAWhole(folded: string, sentence: Span, start: number, end: number): boolean {
  if (start <= sentence.start || !SHARE_OF_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 16)))) return false;
  if (DAY_WORD_BEFORE.test(folded.slice(Math.max(sentence.start, start - 12), start)) && !UP_TO_BEFORE.test(folded.slice(Math.max(sentence.start, start - 16), start))) return false;
  const from = Math.max(sentence.start, start - 160);
  for (const m of folded.slice(from, Math.min(sentence.end, end + 160)).matchAll(DAY_MONTH)) {
    const at = from + m.index;
    if (at === start) continue;
    // "Tính đến 30/6, 2/3 số xã …": the day a tally is taken at, closed by a comma right before the share, frames it.
    if (m[1] !== undefined && COMMA_ONLY.test(folded.slice(at + m[0].length, start)) && CUTOFF_BEFORE.test(folded.slice(Math.max(sentence.start, at - 24), at))) continue;
    if (m[1] === undefined) return false;
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && !SHARE_OF_AFTER.test(folded.slice(at + m[0].length, Math.min(sentence.end, at + m[0].length + 16)))) return false;
  }
  return true;
}
/** Words before a bare "a/b" that make it a fraction, not a day and month. */
const FRACTION_CUE_BEFORE = /(?<![\p{L}\p{M}])(?:không(?:[ \t\u00a0]+vượt)?[ \t\u00a0]+quá|tối[ \t\u00a0]+đa|chiếm|hơn|gần|khoảng|xấp[ \t\u00a0]+xỉ|trên|dưới|bằng)[ \t\u00a0]+$/u;
/** A win right after "lần thứ N": "lên ngôi", "vô địch", "đăng quang", "giành …", "đoạt …". */
const WIN_AFTER = new RegExp(String.raw`${SP}+(?:lên${SP}+ngôi|vô${SP}+địch|đăng${SP}+quang|giành|đoạt|nâng${SP}+cúp)(?![\p{L}\p{M}])`, 'uy');
/** Nouns whose ordinal is a place in a record: "danh hiệu thứ 2 liên tiếp", "chiến thắng thứ 10". */
// (And a win or a medal: "trận thắng thứ 15 liên tiếp", "tấm HCV thứ 4"; engine 37.)
const RECORD_ORDINAL_NOUNS = new Set(['danh hiệu', 'chiến thắng', 'chức vô địch', 'vô địch', 'huy chương', 'bàn thắng', 'bàn thua', 'trận thắng', 'hcv', 'hcb', 'hcđ', 'chương vàng', 'chương bạc', 'chương đồng']);
/** A daily price limit reached, then "phiên" (read lower-cased): "kịch trần phiên", "trần sang phiên", "nằm sàn thêm phiên"; not "giá trần". */
const LIMIT_BEFORE_SESSION = /(?<![\p{L}\p{M}])(?<!giá[ \t\u00a0]+)(?:trần|sàn)(?:[ \t\u00a0]+(?:thêm|sang|tiếp))?[ \t\u00a0]+phiên[ \t\u00a0]*$/u;
/** After "phiên thứ 2..7", a word that makes it a weekday's session: "phiên thứ 2 đầu tuần", "phiên thứ 6 tuần trước", "phiên thứ 2 vừa qua", "phiên thứ 3 (22/10)". */
const WEEKDAY_SESSION_AFTER = /^[ \t\u00a0]*(?:(?:đầu|cuối|giữa)[ \t\u00a0]+tuần|tuần|vừa[ \t\u00a0]+qua|hôm|ngày|\(?\d{1,2}\/\d)/u;
/** "thứ Năm", "Thứ Bảy": a capitalised number word after "thứ" names a weekday. */
const WEEKDAY_CAPITAL = /^[Tt]hứ[ \t\u00a0]+\p{Lu}/u;
/** Meetings counted: "lần gặp mặt thứ 4", "lần gặp thứ 4", "lần đối đầu thứ 5" ("đối đầu thứ 7 tới" names a day). */
const MEETINGS_BEFORE_THU = /(?<![\p{L}\p{M}])[Ll]ần[ \t\u00a0]+(?:gặp(?:[ \t\u00a0]+(?:mặt|nhau))?|đối[ \t\u00a0]+đầu|chạm[ \t\u00a0]+trán)[ \t\u00a0]+$/u;
/**
 * A title named between its noun and "thứ N": "danh hiệu Masters 1.000 thứ 15", "chức vô địch Grand Slam thứ
 * 7" ("chiến thắng Arsenal" is the win over a side, not a named record).
 */
const NAMED_RECORD_BEFORE_THU = /(?<![\p{L}\p{M}])(?:[Dd]anh hiệu|[Cc]hức vô địch|[Hh]uy chương)(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}\p{M}]*|\d[\d.,]*)){1,3}[ \t\u00a0]+$/u;
/** Adjectives of size or degree before "thứ N": "lớn thứ 5 thế giới", "cao thứ hai", "đông dân thứ 3". */
const SUPERLATIVE_BEFORE_THU = new Set(['lớn', 'cao', 'nhiều', 'đông', 'thấp', 'nhỏ', 'giàu', 'nghèo', 'mạnh', 'dài', 'rộng', 'sâu', 'nhanh', 'đắt', 'rẻ', 'nặng', 'dân']);
/** "người (Việt Nam) thứ 2 …": "người", then at most three capitalised name words, right before "thứ". */
const PERSON_ORDINAL = /(?<![\p{L}\p{M}])người(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*){0,3}[ \t\u00a0]+$/u;

function personOrdinal(text: string, from: number, thuStart: number): boolean {
  return PERSON_ORDINAL.test(text.slice(from, thuStart)) && !insideQuote(text, thuStart);
}

/** Inside an open quotation on its line: the name of a contest or a work ("cuộc thi “Tìm người … thứ 2 …”"). */
function insideQuote(text: string, pos: number): boolean {
  const from = Math.max(0, pos - QUOTE_WINDOW);
  // The line's start is looked for in the window only: a search back to the text's start read a text with no
  // line break again for every figure (quadratic).
  const reach = text.slice(from, pos);
  const window = reach.slice(reach.lastIndexOf('\n') + 1);
  return window.lastIndexOf('“') > window.lastIndexOf('”');
}
const QUOTE_WINDOW = 120;

/**
 * "thứ N" (or "thứ nhất") after a ranking verb is a rank; after "lần"/"phiên họp"/"năm" it is the
 * ordinal of an event (a streak when followed by "liên tiếp"); a weekday otherwise is no claim.
 */
function rankAfterThu(scope: Scope, thuStart: number, numberStart: number, end: number, value: number, total: number | null = null, coreEnd: number = end): Expression | null {
  const { text, folded, sentence } = scope;
  const base = Math.max(sentence.start, thuStart - 30);
  const left = text.slice(base, thuStart).toLowerCase();
  const words = left.match(/[\p{L}\p{M}]+/gu) ?? [];
  const w1 = words[words.length - 1] ?? '';
  const w2 = words.length >= 2 ? `${words[words.length - 2]} ${w1}` : '';
  const adjacent = /[\p{L}\p{M}][ \t\u00a0]*$/u.test(left);
  const streak = matchAt(STREAK_AFTER, folded, end, sentence.end);
  const base_ = { total, upper: null, unit: null, years: null, date: null, numberStart } as const;
  if (adjacent && (EVENT_ORDINAL_NOUNS.has(w1) || EVENT_ORDINAL_NOUNS.has(w2))) {
    // "Djokovic lần thứ 2 lên ngôi": the how-many-th win is a checkable record, not an edition's name.
    if (w1 === 'lần' && !streak && total === null && matchAt(WIN_AFTER, folded, end, sentence.end)) {
      return { ...base_, start: base + left.lastIndexOf('lần'), end, kind: 'rank', value, qualifier: 'exact' };
    }
    // "KMR kịch trần phiên thứ 3", "TNT trần sang phiên thứ 6", "giảm sàn thêm phiên thứ 2": a stock at its daily
    // limit for the N-th session has been at the limit N sessions in a row — a streak, as "phiên thứ 7 liên tiếp"
    // (engine 72). Not a limit price ("giá trần phiên thứ 2" names the day's ceiling), nor "phiên thứ 3" after
    // anything else (it names a session).
    if (w1 === 'phiên' && !streak && total === null && value >= 2 && value <= 60 && LIMIT_BEFORE_SESSION.test(left) && !WEEKDAY_SESSION_AFTER.test(folded.slice(end, Math.min(sentence.end, end + 16)))) {
      return { ...base_, start: base + left.lastIndexOf('phiên'), end, kind: 'streak', value, qualifier: 'exact', unit: 'phiên' };
    }
    if (!streak) return null;
    const streakEnd = end + streak[0].length;
    return { ...base_, start: base + left.lastIndexOf(w1), end: streakEnd, kind: 'streak', value, qualifier: 'exact', unit: w1 };
  }
  // "phút thứ 65": the minute of a match event, as "phút 65".
  if (adjacent && w1 === 'phút' && total === null && value >= 1 && value <= 130) {
    return { ...base_, start: base + left.lastIndexOf('phút'), end, kind: 'measure', value, qualifier: 'exact', unit: 'phút' };
  }
  // "danh hiệu thứ 2 liên tiếp", "chiến thắng thứ 10": the ordinal of a title or a win is a place in a
  // record (a streak when "liên tiếp" follows).
  const record =
    ((adjacent && (RECORD_ORDINAL_NOUNS.has(w1) || RECORD_ORDINAL_NOUNS.has(w2))) ||
      NAMED_RECORD_BEFORE_THU.test(text.slice(base, thuStart)) ||
      MEETINGS_BEFORE_THU.test(text.slice(base, thuStart))) &&
    // "thứ Bảy", "thứ Năm": a weekday's name, capitalised, is no record's place.
    // (The capital is read after "thứ" too: a number word's start may be the ordinal's.)
    !(value >= 2 && value <= 7 && (isUpper(text[numberStart]) || WEEKDAY_CAPITAL.test(text.slice(thuStart, thuStart + 8))));
  if (record && streak) {
    const noun = RECORD_ORDINAL_NOUNS.has(w2) ? w2 : w1;
    return { ...base_, start: thuStart, end: end + streak[0].length, kind: 'streak', value, qualifier: 'exact', unit: noun };
  }
  const rankVerb = adjacent && (RANK_VERBS.has(w1) || RANK_VERBS.has(w2));
  if (!rankVerb && !record && total === null) {
    // "là tỉnh thứ 5 cả nước": an ordinal of a place or organisation ranks it too; so does a
    // superlative ("nền kinh tế lớn thứ 5 thế giới", "số ca nhiễm cao thứ hai") and the ordinal of a
    // person ("người Việt Nam thứ 2 bay vào vũ trụ"). A bare "thứ hai" is a weekday.
    const entityNoun = adjacent && ['tỉnh', 'nước', 'quốc', 'gia', 'địa', 'phương', 'thành', 'phố', 'trường', 'doanh', 'nghiệp', 'đơn', 'vị', 'ngân', 'hàng', 'đội'].includes(w1);
    const superlative = adjacent && SUPERLATIVE_BEFORE_THU.has(w1);
    if (!entityNoun && !(superlative || personOrdinal(text, base, thuStart))) return null;
    if (value > 1000) return null;
    // The words after the number are not counted by the ordinal ("người … thứ 2 bay vào vũ trụ").
    if (!entityNoun) return { ...base_, start: thuStart, end: coreEnd, kind: 'rank', value, qualifier: 'exact' };
  }
  // A record's noun comes before the ordinal: what follows is no part of it ("Bàn thua thứ 2 càng khiến …").
  return { ...base_, start: thuStart, end: record && !rankVerb ? coreEnd : end, kind: 'rank', value, qualifier: 'exact' };
}
