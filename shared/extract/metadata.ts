/** Article metadata from the page text: title, outlet, author and publication date. */
import { linkHost } from '../webLink';
import type { ArticleMeta } from '../schema';
import { isBoilerplateLine, isDateline } from './boilerplate';
import { findDateInLine, toIsoDate } from './dates';
import { placesIn } from './entities';
import { letterBefore } from './scan';

interface Line {
  text: string;
  index: number;
}

/** Outlets recognised when they only appear in a credit ("Ảnh: Thái Hùng/TTXVN"). */
const KNOWN_OUTLETS = [
  'TTXVN', 'VietnamPlus', 'VnExpress', 'Dân trí', 'Tuổi Trẻ', 'Thanh Niên', 'VOV', 'VTV', 'Nhân Dân', 'Lao Động',
  'Tiền Phong', 'Vietnamnet', 'VietNamNet', 'Zing', 'Znews', 'Người Lao Động', 'Chinhphu.vn', 'Báo Chính phủ',
  'VnEconomy', 'CafeF', 'Kinh tế & Đô thị', 'Sài Gòn Giải Phóng', 'SGGP', 'Pháp Luật', 'Quân đội nhân dân', 'QĐND',
  'Công an nhân dân', 'CAND', 'Vietnam News', 'VTC', 'Thời báo Tài chính', 'Đầu tư',
];

/**
 * A known outlet's name as a whole word. The regex has no leading look-behind (with one, the regex engine
 * tries every position of the text); the letter before a match is checked in code (firstKnownOutlet).
 */
const KNOWN_OUTLET_RE = new RegExp(String.raw`(?:${KNOWN_OUTLETS.map((o) => o.replace(/\./g, '\\.')).join('|')})(?![\p{L}\p{M}])`, 'gu');

/** The first known outlet's name with no letter right before it: what "(?<![\p{L}\p{M}])" + KNOWN_OUTLET_RE finds first. */
function firstKnownOutlet(text: string): RegExpExecArray | null {
  KNOWN_OUTLET_RE.lastIndex = 0;
  for (let m = KNOWN_OUTLET_RE.exec(text); m !== null; m = KNOWN_OUTLET_RE.exec(text)) {
    if (!letterBefore(text, m.index)) return m;
    KNOWN_OUTLET_RE.lastIndex = m.index + 1;
  }
  return null;
}

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?|\p{Lu}\.(?:\p{Lu}\.?)*)$/u;
const NOT_AUTHOR_FIRST_WORDS = new Set(['Theo', 'Nguồn', 'Ảnh', 'Bài', 'Video', 'Clip', 'Xem', 'Tin', 'Chia', 'Bộ', 'Sở', 'Ban', 'UBND', 'Tỉnh', 'Thành', 'Huyện', 'Xã', 'Trung', 'Tổng', 'Cục', 'Báo', 'Tạp', 'Đài', 'Phó', 'Chủ', 'Giám', 'Thứ', 'Ngày', 'Tháng', 'Năm']);

export function extractMetadata(text: string): ArticleMeta {
  const lines = nonEmptyLines(text);
  return {
    title: findTitle(lines),
    outlet: findOutlet(text, lines),
    author: findAuthor(lines),
    publishedAt: findPublishedAt(lines),
  };
}

function nonEmptyLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 0) out.push({ text: line, index: index++ });
    start = end + 1;
  }
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

/** The first headline-like line: several words, not a category label, widget or dateline. */
function findTitle(lines: Line[]): string | null {
  const head = lines.slice(0, 12);
  const candidates = head.filter(
    (l) => l.text.length <= 250 && wordCount(l.text) >= 4 && !isBoilerplateLine(l.text) && !isDateline(l.text) && !isWidgetLine(l.text),
  );
  const headline = candidates.find((l) => !/[.:]$/.test(l.text)) ?? candidates[0];
  return headline?.text ?? lines[0]?.text.slice(0, 250) ?? null;
}

function isWidgetLine(line: string): boolean {
  return /(?:chia sẻ bài viết|A-\s*A\s*A\+|cỡ chữ|tương phản|in bài viết)/iu.test(line);
}

function findPublishedAt(lines: Line[]): string | null {
  const head = lines.slice(0, 20);
  const tail = lines.slice(-10);
  for (const l of [...head, ...tail]) {
    if (l.text.length > 200 || !isDateline(l.text)) continue;
    const found = findDateInLine(l.text);
    if (found) return toIsoDate(found.date);
  }
  return null;
}

/** A source line that gives one word ("Nguồn: www.vietnamplus.vn", "Theo nld.com.vn", an article's address). */
const SOURCE_WORD = /^(?:Theo|Nguồn\s*:?)\s+(\S{2,2048}?)[.)]?$/u;

/**
 * An outlet's host written as its source ("Nguồn: www.vietnamplus.vn", "Theo nld.com.vn", or the article's address,
 * "Nguồn: https://vnexpress.net/gia-xang-giam-4712345.html"): the host the address goes to, without "www.". A dotted
 * host with a label of letters and a top-level domain of letters, so that a file's id ("Nguồn: 12278559.epi") is none.
 */
function sourceHost(line: string): string | null {
  const word = SOURCE_WORD.exec(line)?.[1];
  if (word === undefined) return null;
  const host = linkHost(/^https?:\/\//i.test(word) ? word : `https://${word}`);
  if (host === null) return null;
  const name = host.toLowerCase().replace(/^www\./, '').replace(/:\d+$/, '');
  return /^(?:[a-z0-9-]*[a-z][a-z0-9-]*\.)+[a-z]{2,6}$/.test(name) ? name : null;
}

function findOutlet(text: string, lines: Line[]): string | null {
  for (const l of lines.slice(-15).reverse()) {
    const m = /^(?:Theo|Nguồn\s*:?)\s+(.{2,60}?)\s*[.)]?$/u.exec(l.text);
    if (m?.[1] && /^\p{Lu}/u.test(m[1])) return m[1];
    // (Before any outlet's name the text mentions: "giải U21 Báo Thanh Niên" in a report of another outlet.)
    const host = sourceHost(l.text);
    if (host !== null) return host;
  }
  for (const l of lines.slice(0, 30)) {
    const m = /^\(([\p{Lu}][\p{L}\p{M}.\d ]{1,25})\)/u.exec(l.text);
    if (m?.[1] && !/^\d/.test(m[1]) && !/^Ảnh/u.test(m[1])) return m[1].trim();
  }
  const credit = /Ảnh(?:\s+minh\s+họa)?\s*:\s*[^\n/()]{1,40}\/\s*([\p{L}\p{M}.]{2,20})/u.exec(text);
  if (credit?.[1]) return credit[1];
  const known = firstKnownOutlet(text);
  return known ? (KNOWN_OUTLETS.find((o) => o.toLowerCase() === (known[0] ?? '').toLowerCase()) ?? known[0]) : null;
}

/**
 * A by-line: initials before the dateline ("L.Đ 08/03/2024 - 07:05"), or the first line in the
 * second half of the page that is only a person's name ("Biện Luân", "Đỗ Huyền").
 */
function findAuthor(lines: Line[]): string | null {
  for (const l of lines.slice(0, 12)) {
    if (l.text.length > 200 || !isDateline(l.text)) continue;
    const found = findDateInLine(l.text);
    if (!found) continue;
    const before = l.text.slice(0, found.index).trim();
    if (before.length > 0 && isNameLike(before, 1)) return before;
  }
  const secondHalf = lines.slice(Math.floor(lines.length / 2));
  const byline = secondHalf.find((l) => isNameLike(l.text, 2) && placesIn(l.text).length === 0);
  return byline?.text ?? null;
}

function isNameLike(s: string, minWords: number): boolean {
  if (s.length > 40 || /\d/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < minWords || words.length > 5) return false;
  if (NOT_AUTHOR_FIRST_WORDS.has(words[0] ?? '')) return false;
  return words.every((w) => NAME_WORD.test(w));
}
