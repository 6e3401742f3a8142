/**
 * The day of the reported event (engine 39): a figure the period readers leave without a period, in a text that
 * states the day of the event the figure belongs to, takes that day.
 *
 * - In its sentence: "Chiều 22/10, Bộ Tài chính …", "… thắng Philippines 3-0 tối 12/5", "bão số 3 đổ bộ ngày 7/9 đã
 *   làm 11 người chết", "Kết thúc phiên giao dịch 21/10, …", "rạng sáng nay", "tối qua" (read against the
 *   publication day the extractor is given). The last such day before the figure, else the first after it.
 * - In the paragraph it continues without a time frame of its own: "Thanh Thúy ghi 18 điểm, nhiều nhất trận."
 *   after "… thắng Philippines 3-0 tối 12/5 …"; "Trong đó, 9 người là trẻ em." A sentence that names another
 *   period, another time ("Trước đó", "năm ngoái", "hiện nay", "trong 10 năm qua") or a plan breaks the carry.
 * - A title figure repeated in the lede takes the day the lede gives it ("Cựu giám đốc sở lĩnh 8 năm tù …" then
 *   "Ngày 14/3, TAND … tuyên phạt … 8 năm tù").
 *
 * A figure in force from the day ("áp dụng từ ngày 1/11", "kể từ 15/10", a rate decided on the day) holds from it
 * on: the gold writes {"from": day, "to": null}, the engine the day itself (yyyy-mm-dd), which the analysis reads
 * as the day the state starts.
 *
 * Never: a date claim, a duration (but a prison term handed down on the day), an age, a rank in a standing
 * ranking, the level a shift starts from ("từ 300 đồng/lít xuống …"), a comparison base, a figure said as of now
 * in total ("tính đến nay", "lũy kế"), a plan or forecast ("dự kiến", "sẽ", "mục tiêu"), a sentence about another
 * time ("năm ngoái", "cùng kỳ", "trong 10 năm qua", a month, a quarter, a year); a day that is a deadline ("trước
 * ngày 30/10", "hạn chót", "đến ngày …" inside a sentence), the end of a span ("từ 2/11 đến 10/11"), the day of a
 * document only ("Quyết định số 12/QĐ-UBND ngày 5/10"), a birthday, or a day after the publication (a plan).
 */
import type { DocumentContext } from './context';
import { dayBefore, isValidDate, toIsoDate } from './dates';
import type { Expression } from './expression';
import { isDigit } from './scan';
import { CharBefore, spanHas } from './sentenceMemo';
import type { Span } from './sentences';

/**
 * A day of an event: a time word, then a day and month (year optional) — "chiều 22/10", "ngày 7/10", "tối 24-1",
 * "rạng sáng ngày 23/10", "phiên giao dịch 21/10", "ngày 14 tháng 3 năm 2024" — or a day relative to the
 * publication ("hôm qua", "rạng sáng nay", "tối qua"). Groups: 1-3 numeric day, month, year; 4-6 worded; 7 qua/nay.
 */
const DAY_RE =
  /(?<![\p{L}\p{M}])(?:(?:(?:rạng|sớm|muộn|cuối|đầu)[ \t]+)?(?:sáng|trưa|chiều|tối|đêm|khuya|hôm|ngày|phiên(?:[ \t]+giao[ \t]+dịch)?(?:[ \t]+(?:cuối|đầu)[ \t]+(?:tuần|năm))?)(?:[ \t]+(?:muộn|ngày|hôm))?[ \t]+(?:ngày[ \t]+)?(?:(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})(?:[ \t]*[/.-][ \t]*((?:19|20)\d\d))?(?![\d/-]|\.\d|[ \t]*[-–][ \t]*\d)|(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})(?:[ \t]*(?:,|năm)[ \t]*((?:19|20)\d\d))?(?!\d))|(?:rạng[ \t]+)?(?:hôm|sáng|trưa|chiều|tối|đêm|khuya)[ \t]+(qua|nay))(?![\p{L}\p{M}])/gu;

/** Before a day: a deadline, an end, an after ("trước ngày", "đến hết ngày", "hạn chót", "sau ngày"), a plan, a birth, a base ("So với ngày 7/10"). */
const NOT_EVENT_BEFORE =
  /(?<![\p{L}\p{M}])(?:trước|đến|tới|hết|chậm nhất|muộn nhất|hạn|hạn chót|thời hạn|sau|dự kiến|sẽ|kế hoạch|dự định|hẹn|lịch|sinh|sn|hiệu lực đến|kéo dài đến|so với|so|hơn|bằng|như)(?:[ \t]+(?:hết|vào|là|ngày|từ|cuối|đầu))*[ \t]+$/u;
/** A deadline named, then a few words of what is due, then "là" / "vào" right before its day: "Hạn chót nộp hồ sơ là ngày 8/7". */
const DEADLINE_NAMED = /(?<![\p{L}\p{M}])(?:hạn chót|hạn cuối|thời hạn|hạn nộp|hạn đăng ký)(?:[ \t]+[\p{L}\p{M}]+){0,6}?[ \t]+(?:là|vào)(?:[ \t]+(?:hết|cuối|ngày))*[ \t]+$/u;
/** "Đến chiều 14/10, đã có 70 bệnh nhân xuất viện": an as-of day opening the sentence is the figure's day. */
const AS_OF_OPENING = /^[ \t"“]*(?:tính[ \t]+)?(?:đến|tới)[ \t]+$/u;
/** The day of a document only: "Quyết định số 1234/QĐ-UBND ngày 5/10", "công văn ngày 12/10", "văn bản số 15 ngày". */
const DOCUMENT_BEFORE =
  /(?:(?<![\p{L}\p{M}])(?:quyết định|công văn|văn bản|thông tư|nghị định|nghị quyết|tờ trình|thông báo|chỉ thị|công điện|kết luận|hợp đồng|giấy phép|đơn)(?:[ \t]+số)?(?:[ \t]+[^\s,.;:()]+){0,2}|\d{1,5}\/[\p{L}\p{M}\d/-]+)[ \t]*,?[ \t]*(?:(?:ban hành|ký|gửi)[ \t]+)?(?:vào[ \t]+)?$/u;
/**
 * Right before a day: the state that follows holds from it — "áp dụng từ ngày", "có hiệu lực (kể) từ", "thi hành từ"
 * (not "tập trung từ ngày 8/11 để chuẩn bị …", the start of a plan, nor "Từ ngày 1/9, … đã xuất khẩu …", a total since).
 */
const IN_FORCE_FROM_BEFORE = /(?<![\p{L}\p{M}])(?:áp dụng|hiệu lực|thi hành)(?:[ \t]+kể)?[ \t]+từ[ \t]+$/u;
/** "từ ", "kể từ " right before a day. */
const SINCE_BEFORE = /(?<![\p{L}\p{M}])từ[ \t]+$/u;
/** After a day: it starts a span ("từ 2/11 đến 10/11", "22-25/10" is no day). */
const SPAN_AFTER = /^[ \t]*,?[ \t]*(?:(?:đến|tới)(?![\p{L}\p{M}])|[-–][ \t]*\d)/u;

/** A count noun right after "ngày 2-3": a range per day ("ngày 2-3 lần", "ngày 5-6 bát", "ngày 2-3 ca"). */
const COUNT_AFTER =
  /^[ \t]+(?:lần|viên|chén|bát|ca|lít|cốc|ly|gói|giờ|tiếng|bữa|suất|cữ|liều|ml|g|kg|muỗng|thìa|tách|bao|điếu|lượt|buổi|km|chuyến|đợt|phiên|trận)(?![\p{L}\p{M}])/u;
/** The figure speaks of the standing of a ranking, not of the day. */
const RANKING = /(?<![\p{L}\p{M}])(?:xếp hạng|bxh|bảng xếp|thế giới|hạt giống|đứng thứ|đứng đầu|top)(?![\p{L}\p{M}])/u;
/** In the figure's sentence: a plan, a forecast, a target. */
const PLAN = /(?<![\p{L}\p{M}])(?:dự kiến|dự báo|sẽ|kế hoạch|mục tiêu|chỉ tiêu|kỳ vọng|phấn đấu|dự định)(?![\p{L}\p{M}])/u;
/** Right before the figure in its clause: a running total ("nâng tổng số lên 25 điểm"), an earlier time ("từng thua 0-4", "trước đó"). */
const NOT_THE_DAYS_BEFORE =
  /(?<![\p{L}\p{M}])(?:tính đến nay|đến nay|tới nay|lũy kế|luỹ kế|tổng cộng từ|từ trước đến nay|trước đó|trước đây|từng|tổng số|nâng tổng|tổng điểm)(?![\p{L}\p{M}])/u;
/** A standing attribute right before the figure: "dài gần 150m", "cao 30 tầng", "công suất 1,15 triệu tấn/năm", "(tổng) vốn đầu tư 1 tỷ USD". */
const ATTRIBUTE_BEFORE =
  /(?<![\p{L}\p{M}])(?:dài|cao|rộng|sâu|nặng|diện tích|công suất|sức chứa|quy mô|dung tích|chiều dài|chiều cao|(?:tổng[ \t]+)?vốn(?:[ \t]+đầu[ \t]+tư)?|tổng[ \t]+mức[ \t]+đầu[ \t]+tư)(?:[ \t]+(?:khoảng|hơn|gần|trên|chừng|tới|đến|là))*[ \t]+$/u;
/**
 * What a building, a vehicle or a road is ("chung cư mini 9 tầng", "xe khách 45 chỗ", "bệnh viện 500 giường", "Khách
 * sạn Mường Thanh 25 tầng"): a unit of size right after its noun is an attribute, not the day's figure. Between the
 * noun and the figure only words that name it: a known modifier, or capitalised words (a name, read on the original
 * text). Any other word is read as the event's verb ("khách sạn kín hết 200 phòng", "bệnh viện trưng dụng 100
 * giường", "trường sử dụng 20 phòng"); a noun ending a compound is none ("nhà trường", "thị trường", "yêu cầu"); a
 * change ("tăng thêm 300 chỗ") is never an attribute.
 */
const SIZE_UNIT = /^(?:tầng|chỗ|chỗ ngồi|giường|giường bệnh|làn|làn xe|phòng)$/u;
const SIZED_NOUN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?<!(?:nhà|thị|hiện|công|quảng|môi|chiến|yêu|nhu|toàn|địa|bến|đầu)[ \t]+)` +
    String.raw`(?:[Nn]hà|[Cc]hung cư|[Tt]òa nhà|[Tt]oà nhà|[Tt]òa|[Tt]oà|[Cc]ao ốc|[Kk]hách sạn|[Bb]ệnh viện|[Xx]e|[Tt]àu|[Tt]huyền|[Đđ]ường|[Cc]ầu|[Bb]iệt thự|[Qq]uán|[Tt]rụ sở|[Kk]ý túc xá|[Tt]rường)` +
    String.raw`(?:[ \t]+(?:mini|dân|khách|buýt|giường nằm|cao tốc|cao tầng|karaoke|xưởng|cá|dã chiến|đa khoa|mầm non|tiểu học|trọ|ở|hát|\p{Lu}[\p{L}\p{M}]*)){0,3}[ \t]+$`,
  'u',
);
/** A day said with its source: "Theo báo cáo … chiều 23/10, …", "… báo cáo được phát hành ngày 22/10", "VCCI ngày 2/2 công bố". */
const SOURCE_OPENING_HEAD = /^[ \t"“]*theo(?![\p{L}\p{M}])/u;
const COMMA_FROM_SOURCE = new CharBefore(0x2c);
/**
 * /^[ \t"“]*theo(?![\p{L}\p{M}])[^,]*$/u on folded[sentenceStart, at): the opening read first, then the comma looked
 * for once per sentence — the whole regex read the sentence up to each day, once per day and figure (issue 11).
 */
function sourceOpening(folded: string, sentenceStart: number, at: number): boolean {
  return SOURCE_OPENING_HEAD.test(folded.slice(sentenceStart, at)) && !COMMA_FROM_SOURCE.within(folded, sentenceStart, at);
}
const REPORTED_BEFORE = /(?<![\p{L}\p{M}])(?:báo cáo|thông cáo|họp báo|phát hành|công bố|cho biết|thông báo|cho hay)(?:[ \t]+[^\s,.;]+){0,3}?[ \t]+(?:vào[ \t]+)?$/u;
const REPORTED_AFTER = /^[ \t,]*(?:[^\s,.;]+[ \t]+){0,2}?(?:cho biết|công bố|thông báo|cho hay|báo cáo|phát hành|tuyên bố|thông tin|công khai)(?![\p{L}\p{M}])/u;
/** A verb of saying or reporting: what follows it is said on the day, not done on it. */
const SAYS =
  /(?<![\p{L}\p{M}])(?:cho biết|cho hay|công bố|thông báo|thông tin|phát biểu|khẳng định|nhấn mạnh|cho rằng|đánh giá|nhận định|báo cáo|trình bày|tuyên bố|nói|chia sẻ|dự báo|ước tính|nêu rõ|nhận xét)(?![\p{L}\p{M}])/u;
/** A standing count in a carried clause: "Tòa nhà có 45 căn hộ với khoảng 150 người" (not "đã có"). */
const HAS_IN_CLAUSE = /(?<![\p{L}\p{M}])(?<!đã[ \t]+)có(?![\p{L}\p{M}])/u;
/**
 * Engine 66: what happened to the things counted, right after the count — "Toàn sàn có 72 mã tăng, 140 mã giảm …",
 * "Toàn tỉnh có 12 người bị thương, 300 ngôi nhà bị tốc mái": a count of the day's event, not a standing one, so "có"
 * keeps no figure of the list from the day (the items after the first took it already). At most two words of the
 * counted thing between ("2.000 ha lúa bị ngập").
 */
const EVENT_AFTER_COUNT =
  /^[ \t\u00a0]+(?:[\p{L}\p{M}]+[ \t\u00a0]+){0,2}?(?:bị|tăng|giảm|đứng giá|chết|tử vong|thiệt mạng|mất tích|nhập viện)(?![\p{L}\p{M}])/u;
/** The level a shift starts from, or a comparison base, right before the figure: "từ (mức) ", "so với (mức) ". */
const SOURCE_OR_BASE_BEFORE = /(?<![\p{L}\p{M}])(?:từ|so với|so|hơn|bằng)[ \t]+(?:mức[ \t]+|cùng kỳ[ \t]+)?$/u;
/**
 * Another time said in the sentence: the year before, the same period of another year, a horizon, a habit ("mỗi
 * ngày", "hằng năm"; an average is read in the figure's clause only, see AVERAGE_OVER_TIME), a window of days or years
 * the figure sums up ("trong 10 năm qua"; a record's "cao nhất trong 22 năm" is no window of the figure).
 */
const OTHER_TIME =
  /(?<![\p{L}\p{M}])(?:năm ngoái|năm trước|cùng kỳ|năm tới|năm sau|sang năm|tháng trước|tuần trước|trước đây|hồi|mỗi (?:ngày|tuần|tháng|năm)|hằng (?:ngày|tuần|tháng|năm)|hàng (?:ngày|tuần|tháng|năm)|(?<!nhất[ \t]+)trong[ \t]+(?:vòng[ \t]+)?(?:gần[ \t]+|hơn[ \t]+)?(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|vài|mấy)[ \t]+(?:ngày|tuần|tháng|quý|năm)|(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài)[ \t]+(?:tuần|tháng|năm)[ \t]+qua|(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy)[ \t]+(?:ngày|hôm|tuần|tháng|năm)[ \t]+(?:sau|trước|tới|nữa)|(?:ngày[ \t]+)?hôm[ \t]+(?:sau|trước))(?![\p{L}\p{M}])/u;
/** A sentence that opens on another time or a contrast does not continue the day before it. */
const BREAK_OPENING =
  /^[ \t"“]*(?:trước đó|trước khi|trước đây|năm ngoái|năm trước|trong khi đó|trong khi|hiện|hiện nay|hiện tại|tính đến|tính từ|tính chung|kể từ|lũy kế|luỹ kế|từ đầu|dự kiến|theo kế hoạch|sắp tới|thời gian tới|sau đây|tới đây|về lâu dài|(?:ở|trong|tại)[ \t]+(?:lần|trận|mùa)[ \t]+(?:gặp|trước|đối đầu|gần nhất))(?![\p{L}\p{M}])/u;
/** A carried sentence citing results or a programme: not the day's figures (as context.ts's NOT_THE_DAY for a live report). */
const RESULTS_OR_PROGRAMME = /(?<![\p{L}\p{M}])(?:doanh thu|doanh số|lợi nhuận|kết quả kinh doanh|báo cáo|chương trình|kế hoạch)(?![\p{L}\p{M}])/u;
/** An average in the figure's clause. */
const AVERAGE = /(?<![\p{L}\p{M}])(?:bình quân|trung bình)(?![\p{L}\p{M}])/u;
/**
 * In the figure's clause: an average over time, per session or per head, a wage or an income ("bình quân mỗi ngày",
 * "trung bình mỗi phiên", "bình quân đầu người", "trung bình một người dân", "bình quân cứ 3 phút", "mức lương bình
 * quân") — another time than the event's day. An average over items ("giá điện bán lẻ bình quân tăng 4,5%", "lượng mưa
 * trung bình") is no other time; nor an average in another clause of the sentence ("thu hút 12.000 lượt khách, trung
 * bình mỗi người chi …": the 12.000 keeps the day).
 */
const AVERAGE_OVER_TIME =
  /(?<![\p{L}\p{M}])(?:(?:bình quân|trung bình)(?:[ \t]+(?:(?:mỗi|một|1|hàng|hằng|cả|trong|của)[ \t]+)?(?:ngày|tuần|tháng|quý|năm|giờ|phiên|đầu người|giai đoạn|thời kỳ)|[ \t]+(?:mỗi|một|1)[ \t]+(?:người|người dân|lao động)|[ \t]*\/[ \t]*(?:ngày|tuần|tháng|quý|năm|người)|[ \t]+cứ)|(?:thu nhập|lương|tiền lương|mức lương|chi tiêu)[ \t]+(?:bình quân|trung bình))(?![\p{L}\p{M}])/u;
/**
 * A regex without its look-arounds ("(?<![\p{L}\p{M}])", "(?![\p{L}\p{M}])", "(?<!nhất[ \t]+)"): it matches in
 * any text where the regex matches in a part of that text (a window cut from a sentence sees no letter before its
 * start or after its end, which the look-arounds would read in the whole sentence), so when it finds nothing in a
 * sentence, the regex finds nothing in any window of it.
 */
export function bare(re: RegExp): RegExp {
  const source = re.source.replace(/\(\?<?!(?:\[\\p\{L\}\\p\{M\}\]|nhất\[ \\t\]\+)\)/gu, '');
  if (/\(\?<?[!=]/u.test(source)) throw new Error(`bare(): a look-around left in ${source}`);
  return new RegExp(source, re.flags.replace(/[gy]/gu, ''));
}
const OTHER_TIME_BARE = bare(OTHER_TIME);
const PLAN_BARE = bare(PLAN);
const AVERAGE_BARE = bare(AVERAGE);
/** Whether `bareRe` matches in the sentence (answered once per sentence and regex). */
function mayMatch(bareRe: RegExp, folded: string, sentence: Span): boolean {
  return !shortcuts || spanHas(bareRe, folded, sentence.start, sentence.end);
}
/** Where a clause ends: a comma, ";", ":" or a bracket. */
const CLAUSE_MARK = /[,;:()]/u;
/** A unit per span of time: "USD/tháng", "tấn/năm", "lượt/ngày". */
const PER_TIME_UNIT = /\/(?:ngày|tuần|tháng|quý|năm)$/u;
/** A prison term handed down: "8 năm tù", "từ 3 đến 5 năm tù", "18 tháng tù treo". */
const PRISON_AFTER = /^[ \t]+tù(?![\p{L}\p{M}])/u;

/** How far back in its paragraph a sentence looks for the day it continues. */
const CARRY_REACH = 400;
/** How many sentences may stand between the day's sentence and the one that continues it. */
const CARRY_SENTENCES = 2;
/** How far into the lede a title figure is looked for. */
const LEDE_REACH = 400;

/** The day (yyyy-mm-dd) of the event a figure with no period belongs to, or null. */
export function eventDay(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  // Bounded like every reader: a sentence of any length costs at most the window per figure.
  const near = window(sentence, expr);
  // No day can be read for the figure when neither its window, nor the paragraph before its sentence, names a
  // time word of DAY_RE, and it is not a title figure (whose lede is read): the tests of the figure are spared.
  const onTitleLine = doc.firstNewline >= sentence.start && doc.firstNewline <= sentence.end + 2;
  if (!onTitleLine) {
    const words = dayWordsOf(doc);
    if (!words.within(near.start, near.end) && !words.within(Math.max(0, sentence.start - CARRY_REACH), sentence.start)) return null;
  }
  if (!figureOfTheDay(text, doc, sentence, expr)) return null;
  const folded = doc.folded;
  const own = dayInSentence(text, doc, near.start, near.end, expr.start, expr.end);
  if (own !== undefined) return own;
  const title = titleLede(text, doc, sentence, expr);
  if (title !== null) return title;
  // The sentence continues the day its paragraph stated: no time of its own, no opening on another time.
  if (BREAK_OPENING.test(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 24)))) return null;
  const head = folded.slice(Math.max(sentence.start, expr.start - 80), expr.start);
  if (HAS_IN_CLAUSE.test(head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1)) && !EVENT_AFTER_COUNT.test(text.slice(expr.end, Math.min(sentence.end, expr.end + 32)))) return null;
  // "Doanh thu của 138 công ty đã báo cáo tăng 5,5%": results of a season or a programme cited in a day's report.
  if (RESULTS_OR_PROGRAMME.test(folded.slice(near.start, near.end))) return null;
  // "FED duy trì chương trình … 85 tỷ USD/tháng": a rate per month or year is a standing programme, not the day's.
  if (expr.unit !== null && PER_TIME_UNIT.test(expr.unit)) return null;
  return carriedDay(text, doc, sentence.start);
}

/**
 * The words every DAY_RE match contains one of (its time words: "rạng", "sớm", "cuối" … only come before one of
 * them). A span holding none of them whole holds no day.
 */
const DAY_WORDS = ['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'ngày', 'phiên'];

/** Where a document's time words stand (see DAY_WORDS), found once per document. */
class DayWords {
  /** Starts of the words' occurrences, in increasing order. */
  private readonly starts: Int32Array;
  /** For each occurrence (in the order of `starts`), the least end of it and of those after it. */
  private readonly leastEndFrom: Int32Array;

  constructor(folded: string) {
    const found: Array<[number, number]> = [];
    for (const w of DAY_WORDS) for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) found.push([at, at + w.length]);
    found.sort((a, b) => a[0] - b[0]);
    this.starts = Int32Array.from(found, (f) => f[0]);
    this.leastEndFrom = new Int32Array(found.length);
    let least = Number.MAX_SAFE_INTEGER;
    for (let i = found.length - 1; i >= 0; i--) {
      least = Math.min(least, (found[i] as [number, number])[1]);
      this.leastEndFrom[i] = least;
    }
  }

  /** Whether one of the words lies whole within [from, to). */
  within(from: number, to: number): boolean {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && (this.leastEndFrom[lo] as number) <= to;
  }
}
const dayWords = new WeakMap<DocumentContext, DayWords>();
function dayWordsOf(doc: DocumentContext): DayWords {
  let words = dayWords.get(doc);
  if (words === undefined) {
    words = new DayWords(doc.folded);
    dayWords.set(doc, words);
  }
  return words;
}

/** The figure's clause within its window: from the last clause mark before it to the first after it. */
function ownClause(folded: string, near: Span, expr: Expression): string {
  // A mark at `i`, not a decimal comma ("8,5 triệu").
  const markAt = (i: number): boolean =>
    CLAUSE_MARK.test(folded[i] ?? '') && !(folded[i] === ',' && isDigit(folded[i - 1]) && isDigit(folded[i + 1]));
  let from = expr.start;
  while (from > near.start && !markAt(from - 1)) from--;
  let to = expr.end;
  while (to < near.end && !markAt(to)) to++;
  return folded.slice(from, to);
}

/** Whether the figure may be the day's: its kind, its words and its sentence's times (see the module comment). */
function figureOfTheDay(text: string, doc: DocumentContext, sentence: Span, expr: Expression): boolean {
  if (expr.kind === 'date') return false;
  if (expr.kind === 'duration' && !PRISON_AFTER.test(text.slice(expr.end, Math.min(sentence.end, expr.end + 8)))) return false;
  if (expr.unit === 'tuổi') return false;
  const folded = doc.folded;
  const near = window(sentence, expr);
  const s = folded.slice(near.start, near.end);
  if (expr.kind === 'rank' && RANKING.test(s)) return false;
  // Each regex is asked of the figure's window only when its bare form (no look-around: see bare()) matches
  // somewhere in the sentence, an answer kept per sentence: most sentences name no other time, no plan and no
  // average, and the window of every figure of a long sentence was read again for each (issue 11).
  if (mayMatch(OTHER_TIME_BARE, folded, sentence) && OTHER_TIME.test(s)) return false;
  if (mayMatch(PLAN_BARE, folded, sentence) && PLAN.test(s)) return false;
  // The figure's own clause: an average over time or per head there ("trung bình mỗi phiên đạt 15.000 tỷ đồng"), or a
  // rate per span of time beside an average ("thu nhập bình quân … 8 triệu đồng/tháng"): not the day's.
  // (Both need an average word, which the window is asked for first: most figures have none near them.)
  if (mayMatch(AVERAGE_BARE, folded, sentence) && AVERAGE.test(s)) {
    const own = ownClause(folded, near, expr);
    if (AVERAGE_OVER_TIME.test(own) || (expr.unit !== null && PER_TIME_UNIT.test(expr.unit) && AVERAGE.test(own))) return false;
  }
  // "(nhận 12.000 USD)", "(SN 1974)": a bracketed aside gives background, not the event's figures.
  const aside = folded.slice(Math.max(sentence.start, expr.start - 60), expr.start);
  if (aside.lastIndexOf('(') > aside.lastIndexOf(')')) return false;
  // A period of its own the readers set aside (a base, a record window, a horizon, a cited document's year): another time.
  if (doc.periods.firstWithin(near.start, near.end) !== undefined) return false;
  // The figure's clause: from the last ";" or ":" before it.
  const before = folded.slice(Math.max(sentence.start, expr.start - 80), expr.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (NOT_THE_DAYS_BEFORE.test(clause)) return false;
  if (SOURCE_OR_BASE_BEFORE.test(clause) || ATTRIBUTE_BEFORE.test(clause)) return false;
  if (expr.kind !== 'change' && expr.unit !== null && SIZE_UNIT.test(expr.unit) && SIZED_NOUN_BEFORE.test(text.slice(expr.start - clause.length, expr.start))) {
    return false;
  }
  return true;
}

/**
 * The event's day named in [start, end): the last valid one before the figure, else the first after it; undefined
 * when the span names no day at all, null when it names only days that are not the event's (a deadline, a
 * document's day: the sentence then carries no day either).
 */
function dayInSentence(text: string, doc: DocumentContext, start: number, end: number, figureStart: number, figureEnd: number): string | null | undefined {
  const folded = doc.folded;
  const span = folded.slice(start, end);
  // The days named in the span, in order (a day inside the figure itself, "… 22/10", is not its event).
  const before: RegExpExecArray[] = [];
  let named = false;
  const after: RegExpExecArray[] = [];
  DAY_RE.lastIndex = 0;
  for (let m = DAY_RE.exec(span); m !== null; m = DAY_RE.exec(span)) {
    const at = start + m.index;
    const stop = at + m[0].length;
    if (at < figureEnd && stop > figureStart) continue;
    named = true;
    if (stop <= figureStart) before.push(m);
    else after.push(m);
  }
  if (!named) return undefined;
  // The last event's day before the figure, read backwards from it. "Chiều 23/10, tại buổi họp báo, ông X cho biết
  // … 500 tỷ đồng": the day of a saying, not of what is said — and a saying between a day and the figure also lies
  // between any earlier day and the figure, so the first day read that has one ends the search.
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as RegExpExecArray;
    const at = start + m.index;
    const stop = at + m[0].length;
    const day = readDay(text, doc, start, m, at, stop);
    if (day === null) continue;
    if (SAYS.test(folded.slice(stop, figureStart))) break;
    return day;
  }
  // Else the first event's day after it.
  for (const m of after) {
    const at = start + m.index;
    const day = readDay(text, doc, start, m, at, at + m[0].length);
    if (day !== null) return day;
  }
  return null;
}

/**
 * The ISO day of a DAY_RE match at [at, stop), or null when it is no event's day. Read from the sentence's start when
 * it is near; a day at least PREFIX_REACH past the start of what is read has every test but two the same whatever
 * that start (each reads at most PREFIX_REACH back), so those are read once per match and kept (DayReadings): a
 * sentence of many days and figures read the same days again for each figure's window (issue 11).
 */
function readDay(text: string, doc: DocumentContext, sentenceStart: number, m: RegExpExecArray, at: number, stop: number): string | null {
  if (at - sentenceStart < PREFIX_REACH || !shortcuts) return readDayFrom(text, doc, sentenceStart, m, at, stop);
  const reading = dayReadingsOf(doc).of(text, doc, m, at, stop);
  const folded = doc.folded;
  // The two tests that read from the sentence's start: an as-of opening ("Đến chiều 14/10, …") and a source opening.
  if (reading.notEvent && !AS_OF_OPENING.test(folded.slice(sentenceStart, at))) return null;
  if (reading.day !== null && sourceOpening(folded, sentenceStart, at)) return null;
  return reading.day;
}
/** How far before a day its prefix tests read. */
const PREFIX_REACH = 48;

/** readDay from a sentence start of its own (the tests in order, the first that refuses ends the reading). */
function readDayFrom(text: string, doc: DocumentContext, sentenceStart: number, m: RegExpExecArray, at: number, stop: number): string | null {
  const folded = doc.folded;
  const prefix = folded.slice(Math.max(sentenceStart, at - PREFIX_REACH), at);
  if (NOT_EVENT_BEFORE.test(prefix) && !AS_OF_OPENING.test(folded.slice(sentenceStart, at))) return null;
  if (refusedByPrefix(folded, prefix, stop)) return null;
  if (sourceOpening(folded, sentenceStart, at)) return null;
  return dayOf(doc, sentenceStart, m, at);
}

/** The tests of a day's prefix (its PREFIX_REACH characters before) and of what follows it that refuse it, NOT_EVENT_BEFORE apart. */
function refusedByPrefix(folded: string, prefix: string, stop: number): boolean {
  // "Hạn chót nộp hồ sơ là ngày 8/7": a deadline named a few words before its day ("hạn chót" right before is above).
  if (DEADLINE_NAMED.test(prefix)) return true;
  // "Từ ngày 1/9, tập đoàn đã xuất khẩu 2,1 triệu tấn": a total since the day, not the day's (a change said from a
  // day is newStateInForce's); only "áp dụng / có hiệu lực / thi hành từ ngày …" names the day a state holds from.
  if (SINCE_BEFORE.test(prefix) && !IN_FORCE_FROM_BEFORE.test(prefix)) return true;
  if (DOCUMENT_BEFORE.test(prefix) || REPORTED_BEFORE.test(prefix)) return true;
  if (REPORTED_AFTER.test(folded.slice(stop, stop + 40))) return true;
  if (SPAN_AFTER.test(folded.slice(stop, stop + 12))) return true;
  // "uống ngày 2-3 lần", "ngày 1-2 viên": a range of a count per day, no day.
  return COUNT_AFTER.test(folded.slice(stop, stop + 12));
}

/** The ISO day a DAY_RE match names, or null (no valid day, a day to come, an older day in a match report). */
function dayOf(doc: DocumentContext, sentenceStart: number, m: RegExpExecArray, at: number): string | null {
  const folded = doc.folded;
  const published = doc.publishedDay;
  const report = doc.matchReport;
  if (m[7] !== undefined) {
    if (published === null) return null;
    return m[7] === 'nay' ? published : dayBefore(published);
  }
  const d = Number(m[1] ?? m[4]);
  const mo = Number(m[2] ?? m[5]);
  const given = m[3] ?? m[6];
  let y = given !== undefined ? Number(given) : (published !== null ? Number(published.slice(0, 4)) : doc.year);
  if (y === null || !isValidDate(y, mo, d)) return null;
  let day = toIsoDate({ year: y, month: mo, day: d });
  // "Từ ngày 1/4, phí … áp dụng mức 120.000 đồng/tháng": a state in force from a day, even one to come.
  if (published !== null && day > published && !IN_FORCE_FROM_BEFORE.test(folded.slice(Math.max(sentenceStart, at - 24), at))) {
    // "Tối 30/12" in a text of 3/1: the year before; a day to come is a plan, not the event reported.
    if (given !== undefined || Number(published.slice(5, 7)) > 2 || mo < 11) return null;
    y--;
    day = toIsoDate({ year: y, month: mo, day: d });
  }
  // A match report's match is the date line's day or the day before (context.ts's dayOfMatch): an older day named
  // in it ("Trong trận đấu tối 16/10" in a report of 18/10) may be another meeting.
  if (report && published !== null && day !== published && day !== dayBefore(published)) return null;
  return day;
}

/** What readDay reads of a day at least PREFIX_REACH past the start of what is read: the same whatever that start. */
interface DayReading {
  /** The match it was read for (its text and groups: a window's edge may cut a match differently at the same place). */
  match: readonly (string | undefined)[];
  /** NOT_EVENT_BEFORE holds on the prefix (refuses the day unless the sentence opens as of it). */
  notEvent: boolean;
  /** The day when no other prefix test refuses it, else null. */
  day: string | null;
}
/** The readings of a document's days, by the match's start. */
class DayReadings {
  private readonly byAt = new Map<number, DayReading>();
  of(text: string, doc: DocumentContext, m: RegExpExecArray, at: number, stop: number): DayReading {
    const known = this.byAt.get(at);
    if (known !== undefined && sameMatch(known.match, m)) return known;
    const folded = doc.folded;
    const prefix = folded.slice(at - PREFIX_REACH, at);
    const reading: DayReading = {
      match: Array.from(m),
      notEvent: NOT_EVENT_BEFORE.test(prefix),
      day: refusedByPrefix(folded, prefix, stop) ? null : dayOf(doc, at - PREFIX_REACH, m, at),
    };
    this.byAt.set(at, reading);
    return reading;
  }
}
function sameMatch(a: readonly (string | undefined)[], m: RegExpExecArray): boolean {
  if (a.length !== m.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== m[i]) return false;
  return true;
}
const dayReadings = new WeakMap<DocumentContext, DayReadings>();
function dayReadingsOf(doc: DocumentContext): DayReadings {
  let readings = dayReadings.get(doc);
  if (readings === undefined) {
    readings = new DayReadings();
    dayReadings.set(doc, readings);
  }
  return readings;
}
/** Off only in the tests that compare the shortcuts (kept readings, the sentence's gates) with the direct readings. */
let shortcuts = true;
/** For tests: whether readDay keeps its readings (DayReadings) and figureOfTheDay asks the sentence first (mayMatch). */
export function useDayShortcuts(on: boolean): void {
  shortcuts = on;
}

/** The day a sentence with no day of its own continues: the last day stated before it in its paragraph, if no sentence between breaks it. */
function carriedDay(text: string, doc: DocumentContext, sentenceStart: number): string | null {
  const folded = doc.folded;
  let from = sentenceStart;
  while (from > 0 && from > sentenceStart - CARRY_REACH && text.charCodeAt(from - 1) !== 0x0a) from--;
  if (from === sentenceStart) return null;
  const window = folded.slice(from, sentenceStart);
  let last: RegExpExecArray | null = null;
  DAY_RE.lastIndex = 0;
  for (let m = DAY_RE.exec(window); m !== null; m = DAY_RE.exec(window)) last = m;
  if (last === null) return null;
  const at = from + last.index;
  const stop = at + last[0].length;
  // The sentences between the day's and this one: no other period, no other time, no opening on another time.
  const next = nextSentenceStart(folded, stop, sentenceStart);
  let sentences = 0;
  for (let s = next; s < sentenceStart; s = nextSentenceStart(folded, s + 1, sentenceStart)) {
    if (BREAK_OPENING.test(folded.slice(s, Math.min(sentenceStart, s + 24))) || ++sentences >= CARRY_SENTENCES) return null;
  }
  // "Thị thực có hiệu lực từ ngày 15/8. Lượng khách … giảm …": a day a state holds from dates its own sentence only.
  if (SINCE_BEFORE.test(folded.slice(Math.max(from, at - 8), at))) return null;
  // The day's own sentence start, for its prefix checks.
  let dayStart = at;
  while (dayStart > from && !sentenceStop(folded, dayStart - 1)) dayStart--;
  // From the day's sentence on: no plan ("… sẽ diễn ra tối 24/10"); from the day on: no other period or time.
  if (PLAN.test(folded.slice(dayStart, sentenceStart))) return null;
  if (OTHER_TIME.test(folded.slice(stop, sentenceStart)) || doc.periods.firstWithin(stop, sentenceStart) !== undefined) return null;
  return readDay(text, doc, dayStart, last, at, stop);
}

/** Where the next sentence starts after `pos` (a stop followed by a space), or `limit`. */
function nextSentenceStart(folded: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) if (sentenceStop(folded, i) && /\s/u.test(folded[i + 1] ?? '')) return i + 2;
  return limit;
}
function sentenceStop(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  return c === 0x2e /* . */ || c === 0x21 /* ! */ || c === 0x3f /* ? */ || c === 0x0a;
}

/**
 * A figure of the title (the first line) repeated in the lede: the day the lede's sentence states for it
 * ("Cựu giám đốc sở lĩnh 8 năm tù vì nhận hối lộ" ⟶ "Ngày 14/3, TAND … tuyên phạt … 8 năm tù").
 */
function titleLede(text: string, doc: DocumentContext, sentence: Span, expr: Expression): string | null {
  // Only a sentence on the first line (the title) has a lede: its line ends at the text's first newline, found
  // once per text (searching for it from each figure read a text with no line break again per figure: quadratic).
  const lineEnd = doc.firstNewline;
  if (lineEnd < sentence.start) return null;
  if (lineEnd > sentence.end + 2) return null;
  const figure = text.slice(expr.numberStart, expr.end);
  if (!/\d/u.test(figure)) return null;
  const lede = text.slice(lineEnd + 1, Math.min(text.length, lineEnd + 1 + LEDE_REACH));
  const found = lede.indexOf(figure);
  if (found < 0) return null;
  const pos = lineEnd + 1 + found;
  let start = pos;
  while (start > lineEnd + 1 && !sentenceStop(doc.folded, start - 1)) start--;
  let end = pos + figure.length;
  const limit = Math.min(text.length, pos + LEDE_REACH);
  while (end < limit && !(sentenceStop(doc.folded, end) && /\s/u.test(doc.folded[end + 1] ?? ''))) end++;
  return dayInSentence(text, doc, start, end, pos, pos + figure.length) ?? null;
}

/** The part of a sentence read around a figure. */
function window(sentence: Span, expr: Expression): Span {
  return { start: Math.max(sentence.start, expr.start - WINDOW_BEFORE), end: Math.min(sentence.end, expr.end + WINDOW_AFTER) };
}
const WINDOW_BEFORE = 320;
const WINDOW_AFTER = 160;
