/**
 * Page furniture that carries numbers but no claims: visit counters, datelines with view and
 * comment counts, share widgets, image file names and links.
 */
import { findDateInLine } from './dates';
import type { Span } from './sentences';

const COUNTER_LABEL = String.raw`(?:hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|tháng \d{1,2}|năm \d{4}|năm nay|năm trước|tổng(?: cộng| số)?(?: lượt)?(?: truy cập)?|tất cả|đang truy cập|đang online|đang trực tuyến|online|trực tuyến|lượt truy cập|truy cập|đã truy cập|khách|thành viên|today|yesterday|this week|this month|total|visitors?|online now)`;
const COUNTER_LINE = new RegExp(`^\\s*${COUNTER_LABEL}\\s*:\\s*[\\d.,\\s]+$`, 'iu');

/** "(0) Bình luận", "203 lượt xem", "Lượt xem: 203", "12 likes". */
const COUNTER_WORDS = /\(\s*\d+\s*\)\s*(?:bình luận|ý kiến|comments?)|(?:bình luận|ý kiến|lượt xem|lượt đọc)\s*[:(]?\s*\d|\d+\s*(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|views?|likes?|comments?|shares?)(?![\p{L}\p{M}])/iu;

const WIDGET_WORDS = /(?:chia sẻ|cỡ chữ|in bài|gửi bài|lưu bài|theo dõi|bình luận|facebook|twitter|zalo|tương phản|A-\s*A\s*A\+)/iu;

const METADATA_HINTS = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)\s*,|chủ nhật|cập nhật|đăng lúc|đăng ngày|ngày đăng|xuất bản|gmt|lượt xem|\d{1,2}\s*[:h]\s*\d{2})/iu;

/** Links and file names: digits inside them are never figures ("anh-bai-so-5.jpg"). */
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"”]+/giu;
/** Found by extension, then widened backwards: a leading pattern would be tried at every position. */
const FILE_EXTENSION_RE = /\.(?:jpe?g|png|gif|webp|svg|bmp|pdf|docx?|xlsx?|html?|php|aspx?)(?![\p{L}\d])/giu;
const FILE_NAME_CHAR = /[\p{L}\p{M}\d_\-.]/u;
const EMAIL_CHAR = /[\w.\-+]/;

/** Text ranges, sorted and disjoint, in which no claim is extracted. */
export function findBoilerplate(text: string, title: string | null = null, related: readonly Span[] = relatedSpans(text, title)): Span[] {
  const ranges: Span[] = [...related, ...linkRuns(text)];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd - lineStart <= 200 && !endsAsProse(text, lineStart, lineEnd) && isBoilerplateLine(text.slice(lineStart, lineEnd))) {
      ranges.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  for (const m of text.matchAll(URL_RE)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(FILE_EXTENSION_RE)) {
    let start = m.index;
    while (start > 0 && m.index - start < 120 && FILE_NAME_CHAR.test(text[start - 1] ?? '')) start--;
    if (start < m.index) ranges.push({ start, end: m.index + m[0].length });
  }
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    let end = at + 1;
    while (start > 0 && at - start < 64 && EMAIL_CHAR.test(text[start - 1] ?? '')) start--;
    while (end < text.length && end - at < 255 && EMAIL_CHAR.test(text[end] ?? '')) end++;
    if (start < at && end > at + 1) ranges.push({ start, end });
  }
  return mergeSpans(ranges);
}

/** The related headlines a page flattened into the text (after the byline, or headed inside the body): other stories. */
export function relatedSpans(text: string, title: string | null): Span[] {
  const out = relatedBlocks(text);
  const links = relatedLinks(text, title);
  if (links) out.push(links);
  return out.sort((a, b) => a.start - b.start);
}

/** A byline that closes an article's text: "… Minh Thư Theo Trí Thức Trẻ/HSX". */
const BYLINE_BEFORE = /(?:^|\s)Theo\s+\p{Lu}[^.!?\n]{0,40}$/u;
/** The repeated title must be this long to be told from a phrase the text happens to repeat. */
const MIN_TITLE_PREFIX = 15;

/**
 * The list of related articles a news site appends after the byline, flattened into the last line:
 * it opens with the article's own title ("… Theo Trí Thức Trẻ/HSX Nhu cầu vật liệu xây dựng giảm, KSB
 * lãi sau thuế 60 tỷ đồng 9 tháng Quỹ VF1 … Xem tiếp"), and its headlines' figures are other articles'.
 */
function relatedLinks(text: string, title: string | null): Span | null {
  if (title === null) return null;
  // The title up to its first punctuation, without the spaces a page puts before it ("giảm , KSB").
  const head = title.replace(/\s+([,:;.?!])/gu, '$1').trim().split(/[,:;.?!]/u)[0]?.trim() ?? '';
  if (head.length < MIN_TITLE_PREFIX) return null;
  const bodyStart = text.indexOf('\n');
  if (bodyStart < 0) return null;
  for (let at = text.indexOf(head, bodyStart); at !== -1; at = text.indexOf(head, at + 1)) {
    if (!BYLINE_BEFORE.test(text.slice(Math.max(bodyStart, at - 60), at).trimEnd())) continue;
    const lineEnd = text.indexOf('\n', at);
    return { start: at, end: lineEnd === -1 ? text.length : lineEnd };
  }
  return null;
}

/** Headings of a list of other articles' headlines that a page flattens into the text. */
const RELATED_MARKER_RE = /(?:Dòng sự kiện|Tin liên quan|Bài liên quan|Tin cùng chuyên mục|Tin mới|Xem thêm »)(?![\p{L}\p{M}])/gu;
/** "Tin mới từ Sở Y tế cho biết …": the heading word used in a sentence, no list ("Tin liên quan:" and "Tin mới nhất" head lists). */
const MARKER_IN_PROSE = /^[ \t]*(?:[,(]|từ|cho|về|của|là|được|chưa|đã|này|đó)(?![\p{L}\p{M}])/u;
/**
 * The story that goes on after the headlines: a company's or a bank's full name after a headline's last
 * word, then its ticker in brackets or a verb of reporting ("Công ty cổ phần Tập đoàn Hòa Phát (HPG) công
 * bố …", "Ngân hàng TMCP Á Châu thông báo …").
 */
const BODY_OPENING_RE = /[\p{Ll}\p{M}\d][ \t]+((?:Công ty|Tập đoàn|Tổng công ty|Ngân hàng|Quỹ)[ \t]+\p{L}[^.;:()\n]{0,80}?(?:\([ \t]*[A-Z][A-Z0-9]{1,4}[ \t]*\)|(?<![\p{L}\p{M}])(?:công bố|thông báo|vừa công bố|đã công bố|báo cáo)(?![\p{L}\p{M}])))/u;
/** How far a flattened list of headlines may run before the story's first full stop. */
const RELATED_SPAN = 1500;

/**
 * Lists of related headlines flattened into the body ("Tin liên quan HPG: 6 tháng đầu năm … bán 26,7 triệu
 * cổ phần công ty con Công ty cổ phần Tập đoàn Hòa Phát (HPG) công bố …"): from the heading to the story
 * that goes on after them — the FIRST company opening, with its ticker or a verb of reporting, before the
 * first full stop. The headlines' figures and names are other articles'. A heading used in a sentence
 * ("Tin mới từ Sở Y tế …") or with no such opening drops nothing. Each part of the text is read once: the
 * next heading is looked for after the stop (or the span) of this one.
 */
function relatedBlocks(text: string): Span[] {
  const out: Span[] = [];
  RELATED_MARKER_RE.lastIndex = 0;
  for (let m = RELATED_MARKER_RE.exec(text); m !== null; m = RELATED_MARKER_RE.exec(text)) {
    const start = m.index;
    const limit = Math.min(text.length, start + RELATED_SPAN);
    let stop = start + m[0].length;
    while (stop < limit && !(text.charCodeAt(stop) === 0x2e /* . */ && /\s/u.test(text[stop + 1] ?? ' ')) && text.charCodeAt(stop) !== 0x0a) stop++;
    RELATED_MARKER_RE.lastIndex = Math.max(RELATED_MARKER_RE.lastIndex, stop);
    // Engine 66: "… Ảnh: Ngọc Hà. Tin liên quan: EVN lỗ 2.000 tỷ đồng năm 2012 Giá điện tăng 5% từ 1/8" — a heading
    // with its colon whose headlines run to the end of the line (or of the text) with no full stop: the list closes
    // the page, and all of it is other articles'.
    if (LIST_HEADING.test(text.slice(start + m[0].length, start + m[0].length + 3)) && (stop === text.length || text.charCodeAt(stop) === 0x0a) && stop - start <= RELATED_SPAN) {
      out.push({ start, end: stop });
      continue;
    }
    if (stop >= limit || MARKER_IN_PROSE.test(text.slice(start + m[0].length, start + m[0].length + 8))) continue;
    const body = BODY_OPENING_RE.exec(text.slice(start + m[0].length, stop));
    if (body === null || body.index < MIN_HEADLINES) continue;
    out.push({ start, end: start + m[0].length + body.index + body[0].length - (body[1]?.length ?? 0) });
  }
  return out;
}
/** A list heading's colon right after the marker. */
const LIST_HEADING = /^[ \t]*:/u;
/** Headlines before the story's opening: at least one of some length. */
const MIN_HEADLINES = 20;

/** How far a separator of a run of links may stand after the one before it. */
const LINK_ITEM_SPAN = 160;
/** How far the last headline of a run of links may run before the text it was flattened against. */
const LINK_LAST_ITEM = 90;

/**
 * Runs of links to other articles that a page flattens into the text, each headline opened by ">>" (or, after the
 * first, by a spaced " / "): ">> U.23 Việt Nam thắng trận đầu tiên >> Văn Thắng tỏa sáng, U.23 Việt Nam thắng Santos
 * 3-1 U.23 Việt Nam ra sân …", ">> Tường thuật lễ ra mắt … / Sony ra Xperia Z1 - smartphone chống nước, camera khủng
 * 20.7MP Bữa tiệc …" (engine 61). The headlines' figures are other articles' (the guide's site boilerplate). Only a
 * run of two headlines or more: a single ">>" may be a "read more" link into the story. The last headline has no end
 * mark: it is whole when it closes its line within LINK_LAST_ITEM characters, else it ends after a figure followed by
 * a capital (see lastHeadlineEnd), else nothing of it is dropped. A ">>" must stand between blanks (not "a>>b").
 * Linear: each part of the text is read once.
 */
function linkRuns(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('>>'); at !== -1; at = text.indexOf('>>', at + 2)) {
    if (at > 0 && !/\s/u.test(text[at - 1] ?? '')) continue;
    if (!/\s/u.test(text[at + 2] ?? ' ')) continue;
    let item = at + 2;
    let end = item;
    let headlines = 0;
    for (;;) {
      headlines++;
      const limit = Math.min(text.length, item + LINK_ITEM_SPAN);
      let p = item;
      let next = -1;
      while (p < limit) {
        const c = text.charCodeAt(p);
        if (c === 0x0a || (c === 0x2e /* . */ && /\s/u.test(text[p + 1] ?? ' '))) break;
        if ((c === 0x3e /* > */ && text.charCodeAt(p + 1) === 0x3e) || (c === 0x2f /* / */ && text[p - 1] === ' ' && text[p + 1] === ' ')) {
          next = p;
          break;
        }
        p++;
      }
      if (next === -1) {
        // A last headline closing its line (or the text) within a headline's length is whole.
        const lineEnds = p - item <= LINK_LAST_ITEM && (p === text.length || text.charCodeAt(p) === 0x0a);
        end = lineEnds ? p : lastHeadlineEnd(text, item, Math.min(p, item + LINK_LAST_ITEM));
        break;
      }
      item = next + (text[next] === '>' ? 2 : 1);
      end = item;
    }
    if (headlines >= 2) out.push({ start: at, end });
    at = Math.max(at, end - 2);
  }
  return out;
}

/**
 * Where the last headline of a run of links ends, when it ends on a figure (a word starting with a digit) and the
 * text it was flattened against opens right after with a capital ("… thắng Santos 3-1 U.23 Việt Nam ra sân …", "… camera khủng 20.7MP Bữa tiệc
 * …"): after that figure's word. Otherwise `start` — nothing of it is dropped, since the story may open with a figure
 * within a headline's length (">> … >> Giá vàng lao dốc Sáng nay, giá vàng giảm 200.000 đồng").
 */
function lastHeadlineEnd(text: string, start: number, limit: number): number {
  let wordStart = start;
  // Whether the word read starts with a digit (a figure, not a name with one: "U.23 Việt Nam").
  let digit = false;
  for (let p = start; p < limit; p++) {
    const c = text[p] ?? '';
    if (c === ' ' || c === '\t') {
      if (digit && p > wordStart && /\p{Lu}/u.test(text[p + 1] ?? '')) return p;
      wordStart = p + 1;
      digit = false;
    } else if (p === wordStart) digit = c >= '0' && c <= '9';
  }
  return start;
}

/** Cheap pre-check: a line ending with a stop is prose, never furniture. */
function endsAsProse(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  while (e > start && '"”’)'.includes(text[e - 1] ?? '')) e--;
  const last = text[e - 1] ?? '';
  return last === '.' || last === '!' || last === '?' || last === '…';
}

/** A short line that is page furniture rather than prose. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || !/\d/.test(trimmed)) return false;
  if (COUNTER_LINE.test(trimmed)) return true;
  const prose = /[.!?…]["”’)]*$/u.test(trimmed);
  if (prose) return false;
  if (trimmed.length <= 120 && COUNTER_WORDS.test(trimmed)) return true;
  if (trimmed.length <= 160 && isDateline(trimmed)) return true;
  return trimmed.length <= 160 && WIDGET_WORDS.test(trimmed) && !/[,;]\s+\p{Ll}/u.test(trimmed);
}

/** "L.Đ 08/03/2024 - 07:05", "Thứ Tư, 8 Tháng Năm, 2024 203 lượt xem". */
export function isDateline(line: string): boolean {
  const found = findDateInLine(line);
  if (!found) return false;
  if (found.date.hour !== undefined || METADATA_HINTS.test(line)) return true;
  return line.split(/\s+/).length <= 8;
}

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
