import type { Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import type { DenominatorCheck, FindingDraft } from '../model';
import { roundingTolerance } from '../values';
import { between, countedNoun, sameNoun, sentenceMates } from './nouns';

/**
 * "tiếp nhận trực tuyến 3.215 hồ sơ, chiếm tỷ lệ 4,86% …": a share stated next to its count must follow
 * from the counts the sentence gives. The whole is not always named, so every plausible denominator is
 * tried — another count of the same noun (a stated total) or the count plus its sibling parts — and only
 * a share that none of them reproduces is reported.
 */

const SHARE_LEAD = /^[\s,]*(?:chiem|chiem ty le|bang|tuong duong|dat ty le)\b/;

function checksFor(numerator: Claim, mates: Claim[], text: string): DenominatorCheck[] {
  const noun = countedNoun(numerator, text);
  const n = numerator.value as number;
  const same = mates.filter((c) => c.kind === 'count' && c.value !== null && c.id !== numerator.id && sameNoun(countedNoun(c, text), noun));
  const checks: DenominatorCheck[] = [];
  for (const t of same) {
    const d = t.value as number;
    if (d > n) checks.push({ numerator: n, denominator: d, parts: [t.quote], percent: (n / d) * 100 });
  }
  const siblings = same.filter((c) => c.start > numerator.end);
  for (const s of siblings) {
    const d = n + (s.value as number);
    checks.push({ numerator: n, denominator: d, parts: [numerator.quote, s.quote], percent: (n / d) * 100 });
  }
  if (siblings.length > 1) {
    const d = n + siblings.reduce((sum, s) => sum + (s.value as number), 0);
    checks.push({ numerator: n, denominator: d, parts: [numerator.quote, ...siblings.map((s) => s.quote)], percent: (n / d) * 100 });
  }
  return checks;
}

export function percentDrafts(claims: readonly Claim[], ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const matesOf = sentenceMates(claims);
  claims.forEach((p, i) => {
    if (p.kind !== 'percent' || p.value === null) return;
    const text = ctx.articles.get(p.articleId)?.text;
    if (!text) return;
    // The count the share is of: the claim right before it, in the same sentence, with "chiếm" between.
    const prev = claims[i - 1];
    if (!prev || prev.kind !== 'count' || prev.value === null || prev.sentenceStart !== p.sentenceStart) return;
    const gap = between(text, prev.end, p.start);
    const noun = countedNoun(prev, text) ?? '';
    if (!SHARE_LEAD.test(gap.slice(gap.indexOf(noun) >= 0 ? gap.indexOf(noun) + noun.length : 0))) return;
    const checks = checksFor(prev, matesOf(prev), text);
    if (checks.length === 0) return;
    // Writers round or cut off: allow the last written digit to be off by one either way.
    const tolerance = 2 * roundingTolerance(p.quote) + 1e-9;
    if (checks.some((c) => Math.abs(c.percent - (p.value as number)) <= tolerance)) return;
    drafts.push({
      type: 'internal',
      rule: 'percent-from-counts',
      claimIds: [p.id, prev.id],
      articleIds: [p.articleId],
      spans: [],
      facts: { rule: 'percent-from-counts', claim: refOf(p, ctx), stated: p.value, checks },
    });
  });
  return drafts;
}
