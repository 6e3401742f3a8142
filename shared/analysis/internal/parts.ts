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

function draft(total: Claim, totalValue: number, parts: Claim[], sum: number, ctx: AnalysisContext): FindingDraft {
  return {
    type: 'internal',
    rule: 'parts-exceed-total',
    claimIds: [total.id, ...parts.map((p) => p.id)],
    articleIds: [total.articleId],
    spans: [],
    facts: { rule: 'parts-exceed-total', total: refOf(total, ctx), totalValue, parts: parts.map((p) => refOf(p, ctx)), sum },
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
  return draft(ratio, ratio.total, parts, sum, ctx);
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
  return draft(total, total.value, parts, sum, ctx);
}

export function partsDrafts(claims: readonly Claim[], ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const matesOf = sentenceMates(claims);
  for (const c of claims) {
    if (!isQuantity(c)) continue;
    const text = ctx.articles.get(c.articleId)?.text;
    if (!text) continue;
    const mates = matesOf(c);
    if (mates.length === 0) continue;
    const d = c.kind === 'ratio' ? ratioPartition(c, mates, text, ctx) : subsetParts(c, mates, text, ctx);
    if (d) drafts.push(d);
  }
  return drafts;
}
