import type { Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';
import { fold } from '../normalize';
import { roundingTolerance, scaleOf } from '../values';
import { between, countedNoun, isQuantity, sameNoun, sentenceMates, SUBSET_MARKER } from './nouns';

/**
 * Parts that should add up to a stated whole. Two shapes newsrooms use:
 * - "9/14 chỉ tiêu hoàn thành …; 5 chỉ tiêu đang thực hiện": the ratio's part plus the other counts
 *   of the same noun should give its total (9 + 5 = 14);
 * - "tiếp nhận 74.278 hồ sơ, trong đó tiếp nhận trực tuyến 3.215 …; tiếp nhận trực tiếp … 62.883":
 *   parts after "trong đó" may not exceed the whole (they may fall short: carried-over files).
 */

/** `whole`: the total is only the whole, not one of the parts added up (as the "9" of "9/14 …; 5 …" is). */
function draft(total: Claim, totalValue: number, parts: Claim[], sum: number, ctx: AnalysisContext, whole: boolean): FindingDraft {
  return {
    type: 'internal',
    rule: 'parts-exceed-total',
    claimIds: [total.id, ...parts.map((p) => p.id)],
    articleIds: [total.articleId],
    spans: [],
    facts: { rule: 'parts-exceed-total', total: refOf(total, ctx), totalValue, parts: parts.map((p) => refOf(p, ctx)), sum, ...(whole ? { whole: true as const } : {}) },
  };
}

function ratioPartition(ratio: Claim, mates: Claim[], text: string, ctx: AnalysisContext): FindingDraft | null {
  if (ratio.total === null || ratio.value === null || ratio.value > ratio.total) return null;
  const noun = countedNoun(ratio, text);
  const parts = mates.filter(
    (c) => c.kind === 'count' && c.start > ratio.end && sameNoun(countedNoun(c, text), noun) && !SUBSET_MARKER.test(between(text, ratio.end, c.start)),
  );
  if (parts.length === 0) return null;
  const sum = ratio.value + parts.reduce((s, c) => s + (c.value ?? 0), 0);
  if (Math.abs(sum - ratio.total) < 1e-9) return null;
  return draft(ratio, ratio.total, parts, sum, ctx, false);
}

/** Content syllables of the words leading to a number, for telling "tiếp nhận …" from "đã giải quyết …". */
function leadWords(text: string, claim: Claim, from: number): Set<string> {
  const lead = fold(text.slice(Math.max(from, claim.start - 60), claim.start)).split(/[,;:]/).pop() ?? '';
  return new Set(lead.split(/[^a-z]+/).filter((w) => w.length > 1 && !['trong', 'do', 'da', 'so', 'va', 'qua', 'cac', 'toan', 'tinh', 'duoc', 'co'].includes(w)));
}

function subsetParts(total: Claim, mates: Claim[], text: string, ctx: AnalysisContext): FindingDraft | null {
  if (total.value === null || total.kind !== 'count') return null;
  const after = fold(text.slice(total.end, total.end + 80));
  const marker = /^[^;.]*?\btrong do\b/.exec(after);
  if (!marker) return null;
  const noun = countedNoun(total, text);
  const totalLead = leadWords(text, total, total.sentenceStart);
  const parts = mates.filter((c) => {
    if (c.start <= total.end || c.kind !== 'count' || !sameNoun(countedNoun(c, text), noun)) return false;
    const lead = leadWords(text, c, total.end);
    return [...lead].some((w) => totalLead.has(w));
  });
  if (parts.length === 0) return null;
  const sum = parts.reduce((s, c) => s + (c.value ?? 0), 0);
  if (sum <= total.value + 1e-9) return null;
  return draft(total, total.value, parts, sum, ctx, true);
}

/**
 * "gồm"/"bao gồm" right after a total (its noun may come between, with digits that are no figure: "học sinh lớp 10",
 * "bệnh nhân Covid-19", or a figure of another kind: "800 tỷ đồng cho 2.000 khách hàng"), opening the list of its parts: ", gồm", " (bao gồm", ", gồm:" — not "gồm cả" ("including also").
 */
const LIST_OPENING = /^(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,40}?[,(]\s*(?:bao gom|gom)(?:\s*:\s*|\s)(?!ca\b)/;
/** Words inside a list that leave it open or nest a subset in it: its parts need not add up to the total. */
const OPEN_LIST = /\b(?:khac|con lai|v\.?v|nhu|trong do|trong so|rieng|chua ke|mot so|nhieu|cac)\b|\.\.\.|…/;
/** The rest given after the list ("…; còn lại là …", "… . Ngoài ra có 4 ca …", "Sáu nạn nhân khác …"): the list was not the whole. */
const REST_AFTER = /\b(?:con lai|ngoai ra|khac)\b/;
/** A money list that prices items ("30 suất trị giá 10 triệu đồng", "mỗi hộ 50 triệu đồng"): its amounts are no parts. */
const PRICED_ITEMS = /\b(?:moi|tri gia|tung)\b/;
/** Where one item of a list ends: a comma that is no decimal comma, ";", "và", "cùng", "với". */
const ITEM_BREAK = /(?<!\d),|,(?!\d)|;|\s(?:và|cùng|với)\s/gu;
/** A part given exactly: no qualifier, no range ("30-35 bệnh nhân"). */
const isExact = (c: Claim): boolean => (c.qualifier === null || c.qualifier === 'exact') && c.upper === null;
/** A breakdown covers most of its total; listed parts far below it ("500 đại biểu, gồm 151 đại biểu nữ và 68 …") are highlights. */
const BREAKDOWN_SHARE = 2 / 3;

/** How far a figure may be from what it was rounded to: half its last written unit with a scale word ("1,2 triệu": 50.000), none for a count in digits. */
const roundingOf = (c: Claim): number => (scaleOf(c.quote) === null ? 0 : roundingTolerance(c.quote));

/** A figure that could be one more part of the total: a count in its noun, or money in its unit. */
function samePart(c: Claim, total: Claim, noun: string | null, text: string): boolean {
  if (total.kind === 'count') return c.kind === 'count' && sameNoun(countedNoun(c, text), noun);
  return c.kind === 'money' && c.unit === total.unit;
}

/**
 * "120 ca mắc, gồm 45 ca ở A, 50 ca ở B và 15 ca ở C": a total followed by the whole list of its parts,
 * counted in the same noun (or money in the same unit), is flagged when the parts leave some of it
 * unaccounted (110 of 120). Only a closed breakdown is read: every item of the list carries exactly one
 * exact figure (an item without one — "… và dân quân tự vệ" — names the rest without counting it), the
 * parts cover most of the total (a few highlighted groups are no breakdown), the sum misses the total by
 * more than the rounding of the total and its parts ("1,2 triệu" against 1.195.000 agrees), nothing like
 * "khác", "một số", "trong đó" in the list and no "còn lại" / "ngoài ra" / "khác" after it; cut at ";" (not after "gồm:")
 * or its closing bracket. Parts adding
 * up to MORE are left alone: "gồm" often lists groups that overlap, or the sentence runs on into a
 * comparison or a second total. A count of another noun or a change inside the list, or a money list
 * pricing items, leaves it alone.
 */
function inclusiveList(total: Claim, mates: Claim[], text: string, ctx: AnalysisContext): FindingDraft | null {
  if (total.value === null || !isExact(total) || (total.kind !== 'count' && total.kind !== 'money')) return null;
  const ahead = fold(text.slice(total.end, Math.min(total.sentenceEnd, total.end + 64)));
  const opening = LIST_OPENING.exec(ahead);
  if (!opening) return null;
  const from = total.end + opening[0].length;
  // Another figure of the total's kind between the total and "gồm" ("120 ca mắc, 30 ca tử vong, gồm …"): the list is
  // not the total's (a duration, a rank, or a count after an amount — "trong 2 tuần", "đứng thứ 2", "800 tỷ đồng cho
  // 2.000 khách hàng, gồm …" — is not what the list breaks down).
  // A change there ("đạt 9.500 tỷ đồng, tăng 6.500 tỷ đồng, gồm …") may be what the list breaks down: left alone too.
  if (mates.some((c) => c.start >= total.end && c.start < from && (c.kind === total.kind || c.kind === 'change'))) return null;
  let to = total.sentenceEnd;
  // A list opened by "gồm:" may give one item per ";" ("gồm: 10 xã; 3 phường; 2 thị trấn"); otherwise ";" ends it.
  const semicolon = opening[0].includes(':') ? -1 : text.indexOf(';', from);
  // "…, gồm 5 dự án ở A và 4 dự án ở B; 3 dự án ở C …": a figure in the total's noun right after the ";" may be the
  // list's last item; when it makes the parts add up, the list is not read as short of its total (below).
  let afterSemicolon: Claim | undefined;
  if (semicolon !== -1 && semicolon < to) {
    const next = text.slice(semicolon + 1, Math.min(to, semicolon + 4)).search(/\S/u);
    if (next !== -1) afterSemicolon = mates.find((c) => c.start === semicolon + 1 + next);
    to = semicolon;
  }
  if (opening[0].includes('(')) {
    const close = text.indexOf(')', from);
    if (close !== -1 && close < to) to = close;
  }
  if (OPEN_LIST.test(fold(text.slice(from, to))) || REST_AFTER.test(fold(text.slice(to, Math.min(text.length, total.sentenceEnd + 40))))) return null;
  const inList = mates.filter((c) => c.start >= from && c.end <= to);
  if (total.kind === 'money' && (inList.some((c) => c.kind === 'count') || PRICED_ITEMS.test(fold(text.slice(from, to))))) return null;
  const noun = countedNoun(total, text);
  const parts: Claim[] = [];
  for (const c of inList) {
    if (c.kind === 'change') return null;
    if (c.kind !== total.kind) continue;
    if (!samePart(c, total, noun, text)) return null;
    parts.push(c);
  }
  if (parts.length < 2 || !parts.every(isExact) || parts.some((c) => c.value === null)) return null;
  // One figure per item: the list's items, split at its commas, ";" and "và", each hold exactly one part.
  const list = text.slice(from, to);
  let itemStart = from;
  const itemEnds = [...list.matchAll(ITEM_BREAK)].map((m) => from + (m.index ?? 0)).concat(to);
  for (const itemEnd of itemEnds) {
    const inItem = parts.filter((c) => c.start >= itemStart && c.end <= itemEnd).length;
    if (inItem !== 1 && text.slice(itemStart, itemEnd).trim().length > 0) return null;
    itemStart = itemEnd + 1;
  }
  const sum = parts.reduce((s, c) => s + (c.value ?? 0), 0);
  // Within the rounding of the total and of every part ("52,4 triệu" against 19,5 + 32,8 triệu) the sum agrees.
  const rounding = [total, ...parts].reduce((r, c) => r + roundingOf(c), 0);
  if (sum < total.value * BREAKDOWN_SHARE || total.value - sum <= rounding) return null;
  if (afterSemicolon && afterSemicolon.value !== null && isExact(afterSemicolon) && samePart(afterSemicolon, total, noun, text)) {
    if (Math.abs(total.value - sum - afterSemicolon.value) <= rounding + roundingOf(afterSemicolon)) return null;
  }
  return draft(total, total.value, parts, sum, ctx, true);
}

export function partsDrafts(claims: readonly Claim[], ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const matesOf = sentenceMates(claims);
  for (const c of claims) {
    if (!isQuantity(c) && !(c.kind === 'money' && c.value !== null)) continue;
    const text = ctx.articles.get(c.articleId)?.text;
    if (!text) continue;
    const mates = matesOf(c);
    if (mates.length === 0) continue;
    const d = c.kind === 'ratio' ? ratioPartition(c, mates, text, ctx) : (inclusiveList(c, mates, text, ctx) ?? (c.kind === 'money' ? null : subsetParts(c, mates, text, ctx)));
    if (d) drafts.push(d);
  }
  return drafts;
}
