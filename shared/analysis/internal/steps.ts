import type { Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';
import { fold } from '../normalize';
import { roundingTolerance } from '../values';
import { between } from './nouns';

/**
 * A step written out with both ends — "giảm 100 đồng/lít (từ 300 đồng/lít xuống còn 200 đồng/lít)", "tăng 20%,
 * từ 100 tỷ đồng lên 120 tỷ đồng" — must hold together: the end lies on the side the step's word says ("xuống",
 * "lên"), it is not the start again ("từ 300 xuống còn 300"), and the change stated right before it is the
 * difference of the ends (in their unit) or its share of the start (in percent). Two outlets that copy one
 * figure of such a sentence wrongly write a step that does not add up; this is where the editor sees it without
 * the other outlet (analysis 37).
 */

/** "từ" (or "từ mức") right before the start of the step, folded. */
const FROM_BEFORE = /(?:^|[^a-z])tu(?:\s+muc)?\s*$/;
/** Between the two ends: the direction word and the words that may follow it ("xuống còn", "lên mức"), folded. */
const TO_BETWEEN = /^\s*(len|xuong)(?:\s+(?:con|muc|toi|den|thanh))*\s*$/;
/** Between a stated change and the step that spells it out: a comma or a bracket, then "từ", folded. */
const CHANGE_THEN_FROM = /^\s*[,(:;–-]?\s*(?:tuc la\s+|tuong duong\s+)?tu(?:\s+muc)?\s*$/;

/** A verb of change before an amount, folded: "tăng", "giảm", "điều chỉnh". */
const CHANGE_VERB = /(?:^|[^a-z])(?:tang|giam|dieu chinh)(?![a-z])/;

/** The longest text between a step's two ends ("xuống còn mức", "lên đến"), in characters. */
const MAX_BETWEEN = 24;

const LEVELS = new Set<Claim['kind']>(['money', 'percent', 'count', 'measure']);

/** The unit a figure is in, folded, "" when it has none. */
const unitOf = (c: Claim): string => fold(c.unit ?? '').trim();

/** The step's ends differ in the direction word's sense by more than their rounding. */
function wrongWay(direction: 'up' | 'down', from: Claim, to: Claim): boolean {
  const slack = roundingTolerance(from.quote) + roundingTolerance(to.quote);
  const a = from.value as number;
  const b = to.value as number;
  return direction === 'up' ? b < a - slack : b > a + slack;
}

/** The stated change agrees with the step: its difference in the ends' unit, or its share of the start in percent. */
function changeFits(change: Claim, from: Claim, to: Claim): boolean {
  const c = Math.abs(change.value as number);
  const a = from.value as number;
  const b = to.value as number;
  const ta = roundingTolerance(from.quote);
  const tb = roundingTolerance(to.quote);
  const tc = 2 * roundingTolerance(change.quote);
  const sameUnit = unitOf(change) === unitOf(from);
  // The difference, each end anywhere in its rounding.
  const lowDiff = Math.max(0, Math.abs(b - a) - ta - tb);
  const highDiff = Math.abs(b - a) + ta + tb;
  const byDifference = c >= lowDiff - tc && c <= highDiff + tc;
  if (sameUnit && unitOf(change) !== '%') return byDifference;
  if (unitOf(change) !== '%') return true; // another unit: nothing to check
  // A percent change of a level: its share of the start ("tăng 20%, từ 100 lên 120"); of a percentage, either that
  // or the points between the ends ("tăng 2%, từ 5% lên 7%" is loosely written for points).
  if (a - ta <= 0) return true;
  const ratios = [(b - tb - (a + ta)) / (a + ta), (b + tb - (a - ta)) / (a - ta), (b - tb - (a - ta)) / (a - ta), (b + tb - (a + ta)) / (a + ta)].map((r) => Math.abs(r) * 100);
  const byShare = c >= Math.min(...ratios) - tc && c <= Math.max(...ratios) + tc;
  return byShare || (sameUnit && byDifference);
}

export function stepDrafts(claims: readonly Claim[], ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (let i = 0; i + 1 < claims.length; i++) {
    const from = claims[i] as Claim;
    const to = claims[i + 1] as Claim;
    if (from.sentenceStart !== to.sentenceStart || from.value === null || to.value === null) continue;
    if (!LEVELS.has(from.kind) || from.kind !== to.kind || from.upper !== null || to.upper !== null) continue;
    // (Only "lên"/"xuống" and a few words stand between the ends: most neighbours are not read further.)
    if (to.start - from.end > MAX_BETWEEN) continue;
    if (unitOf(from) !== '' && unitOf(to) !== '' && unitOf(from) !== unitOf(to)) continue;
    const text = ctx.articles.get(from.articleId)?.text;
    if (!text) continue;
    const step = TO_BETWEEN.exec(between(text, from.end, to.start));
    if (!step || !FROM_BEFORE.test(between(text, Math.max(from.sentenceStart, from.start - 12), from.start))) continue;
    const direction = step[1] === 'len' ? 'up' : 'down';
    // The change stated right before the step, when there is one.
    const before = i > 0 ? (claims[i - 1] as Claim) : null;
    // (The extractor reads "Giảm mức sử dụng Quỹ 100 đồng/lít (từ …)" as a change, or as an amount when the verb stands
    // far before it: an amount in the ends' unit after a verb of change is the change as well.)
    const stated =
      before !== null &&
      before.value !== null &&
      before.upper === null &&
      before.sentenceStart === from.sentenceStart &&
      (before.kind === 'change' || (before.kind === from.kind && unitOf(before) === unitOf(from) && CHANGE_VERB.test(between(text, from.sentenceStart, before.start)))) &&
      CHANGE_THEN_FROM.test(between(text, before.end, from.start));
    const change = stated ? before : null;
    let problem: 'direction' | 'no-move' | 'difference' | null = null;
    if (from.value === to.value && from.quote.replace(/\D/g, '') === to.quote.replace(/\D/g, '')) problem = 'no-move';
    else if (wrongWay(direction, from, to)) problem = 'direction';
    else if (change !== null && !changeFits(change, from, to)) problem = 'difference';
    if (problem === null) continue;
    drafts.push({
      type: 'internal',
      rule: 'step-arithmetic',
      claimIds: change ? [change.id, from.id, to.id] : [from.id, to.id],
      articleIds: [from.articleId],
      spans: [],
      facts: {
        rule: 'step-arithmetic',
        problem,
        direction,
        from: refOf(from, ctx),
        to: refOf(to, ctx),
        fromValue: from.value,
        toValue: to.value,
        ...(change ? { change: refOf(change, ctx), changeValue: Math.abs(change.value as number), relative: unitOf(change) === '%' && unitOf(from) !== '%' } : {}),
      },
    });
  }
  return drafts;
}
