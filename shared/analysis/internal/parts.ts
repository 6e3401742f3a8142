import type { Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';
import { fold } from '../normalize';
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

/** "gồm"/"bao gồm" right after a total (its noun may come between), opening the list of its parts: ", gồm", " (bao gồm", ", gồm:". */
const LIST_OPENING = /^[^\d.;:!?]{0,40}?[,(]\s*(?:bao gom|gom)(?:\s|:\s*)/;
/** Words that leave a list open or nest a subset in it: its parts need not add up to the total. */
const OPEN_LIST = /\b(?:khac|con lai|v\.?v|nhu|trong do|trong so|rieng|chua ke|mot so|nhieu|cac)\b|\.\.\.|…/;
/** A money list that prices items ("30 suất trị giá 10 triệu đồng", "mỗi hộ 50 triệu đồng"): its amounts are no parts. */
const PRICED_ITEMS = /\b(?:moi|tri gia|tung)\b/;
/** A part given exactly: no qualifier, no range ("30-35 bệnh nhân"). */
const isExact = (c: Claim): boolean => (c.qualifier === null || c.qualifier === 'exact') && c.upper === null;

/**
 * "120 ca mắc, gồm 45 ca ở A, 50 ca ở B và 15 ca ở C": a total followed by the whole list of its parts,
 * counted in the same noun (or money in the same unit), is flagged when the parts leave some of it
 * unaccounted (110 of 120). Parts adding up to MORE are left alone: "gồm" often lists groups that overlap
 * ("150 xã, gồm 120 xã đạt chuẩn … và 60 xã có đường nhựa") or runs on into a comparison or a second
 * total. Only a closed list: every figure exact, nothing like "khác", "một số", "trong đó", "còn lại" in the
 * rest of the sentence or at the start of the next one, cut at ";" or its closing bracket; a count of
 * another noun or a change inside the list, or a money list pricing items, leaves it alone.
 */
function inclusiveList(total: Claim, mates: Claim[], text: string, ctx: AnalysisContext): FindingDraft | null {
  if (total.value === null || !isExact(total) || (total.kind !== 'count' && total.kind !== 'money')) return null;
  const ahead = fold(text.slice(total.end, Math.min(total.sentenceEnd, total.end + 64)));
  const opening = LIST_OPENING.exec(ahead);
  if (!opening) return null;
  const from = total.end + opening[0].length;
  let to = total.sentenceEnd;
  const semicolon = text.indexOf(';', from);
  if (semicolon !== -1 && semicolon < to) to = semicolon;
  if (opening[0].includes('(')) {
    const close = text.indexOf(')', from);
    if (close !== -1 && close < to) to = close;
  }
  // "…; còn lại là …", "… . Số còn lại …": the rest of the sentence and the next one's opening words.
  const rest = fold(text.slice(from, Math.min(text.length, total.sentenceEnd + 40)));
  if (OPEN_LIST.test(rest)) return null;
  const inList = mates.filter((c) => c.start >= from && c.end <= to);
  if (total.kind === 'money' && (inList.some((c) => c.kind === 'count') || PRICED_ITEMS.test(fold(text.slice(from, to))))) return null;
  const noun = countedNoun(total, text);
  const parts: Claim[] = [];
  for (const c of inList) {
    if (c.kind === 'change') return null;
    if (total.kind === 'count' && c.kind === 'count') {
      if (!sameNoun(countedNoun(c, text), noun)) return null;
      parts.push(c);
    } else if (total.kind === 'money' && c.kind === 'money') {
      if (c.unit !== total.unit) return null;
      parts.push(c);
    }
  }
  if (parts.length < 2 || !parts.every(isExact) || parts.some((c) => c.value === null)) return null;
  const sum = parts.reduce((s, c) => s + (c.value ?? 0), 0);
  if (sum >= total.value - 1e-9 * Math.max(1, Math.abs(total.value))) return null;
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
