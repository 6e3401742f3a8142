import type { Claim } from '../../schema';
import { refOf, type AnalysisContext } from '../context';
import { streakYears } from '../facts';
import type { FindingDraft } from '../model';
import { MAX_YEAR, MIN_YEAR } from '../period';

/**
 * A stated count against the items the sentence lists: "3 năm liên tiếp (2020, 2021, 2022)" agrees,
 * "4 năm (2020, 2021, 2022)" does not, nor "3 trụ cột: chính quyền số, kinh tế số" .
 */

// An open list ("như …", "…", "v.v.") names examples, not all items: nothing to count.
const OPEN_LIST = /\.\.\.|…|\bv\.v\b|\bnhư\b|\bchẳng hạn\b|\bví dụ\b|\btrong đó\b/iu;

function splitItems(list: string): string[][] {
  const trimmed = list.trim().replace(/[.;,\s]+$/u, '');
  if (trimmed.includes(';')) return [trimmed.split(';').map((s) => s.trim()).filter((s) => s.length > 0)];
  const commas = trimmed.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  // "A, B và C" has three items, but "tài nguyên và môi trường" is one: accept either reading.
  const last = commas[commas.length - 1] ?? '';
  const withAnd = [...commas.slice(0, -1), ...last.split(/\s+(?:và|hoặc)\s+/u)].filter((s) => s.length > 0);
  return withAnd.length === commas.length ? [commas] : [commas, withAnd];
}

/** The list that follows a counted noun: "(…)" or ": …" / "là …" / "gồm …" up to the sentence end. */
export function listAfter(text: string, end: number, sentenceEnd: number): string | null {
  const tail = text.slice(end, Math.max(end, sentenceEnd));
  const paren = /^[^\d().;:\n]{0,40}?\(([^()]{2,200})\)/u.exec(tail);
  if (paren) return paren[1] ?? null;
  // (After "đó", "đây", "ấy" or "này", "là" says what that is: "trong 3 khối học, đó là khó khăn nhất, …" lists nothing.)
  const colon = /^[^\d().;:\n“”"]{0,32}?(?::|(?<![\s,](?:đó|đây|ấy|này))\s(?:là|gồm|gồm có|bao gồm))\s+([^\n]{3,400})$/u.exec(tail);
  return colon ? (colon[1] ?? null) : null;
}

function consecutive(years: readonly number[]): boolean {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.every((y, i) => i === 0 || y === (sorted[i - 1] as number) + 1);
}

function streakDraft(claim: Claim, ctx: AnalysisContext): FindingDraft | null {
  const years = streakYears(claim, ctx);
  if (!years || claim.value === null) return null;
  const valid = years.filter((y) => y >= MIN_YEAR && y <= MAX_YEAR);
  // An impossible year in the list is reported by its own rule; do not count it twice.
  if (valid.length !== years.length) return null;
  const isConsecutive = consecutive(years);
  if (years.length === claim.value && isConsecutive) return null;
  return {
    type: 'internal',
    rule: 'streak-count',
    claimIds: [claim.id],
    articleIds: [claim.articleId],
    spans: [],
    facts: { rule: 'streak-count', claim: refOf(claim, ctx), stated: claim.value, listed: years, consecutive: isConsecutive },
  };
}

function listDraft(claim: Claim, ctx: AnalysisContext): FindingDraft | null {
  const text = ctx.articles.get(claim.articleId)?.text;
  const value = claim.value;
  if (!text || value === null || !Number.isInteger(value) || value < 2 || value > 30) return null;
  const list = listAfter(text, claim.end, claim.sentenceEnd);
  if (!list || OPEN_LIST.test(list)) return null;
  const readings = splitItems(list);
  const first = readings[0] ?? [];
  if (first.length < 2 || readings.some((items) => items.length === value)) return null;
  const yearItems = first.every((s) => /^\d{4,5}$/.test(s));
  // Items with numbers of their own ("(1,39%)", "70 triệu đồng/năm", "24 huyện khác") are values or
  // groups, not the listed things the count counts.
  if (!yearItems && readings.some((items) => items.some((s) => /\d|^(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s/iu.test(s)))) return null;
  // A parenthesised list of years after a duration is a streak in all but name: same rule, same words.
  if (yearItems) {
    const years = first.map(Number);
    return {
      type: 'internal',
      rule: 'streak-count',
      claimIds: [claim.id],
      articleIds: [claim.articleId],
      spans: [],
      facts: { rule: 'streak-count', claim: refOf(claim, ctx), stated: value, listed: years, consecutive: consecutive(years) },
    };
  }
  const items = readings[readings.length - 1] ?? first;
  return {
    type: 'internal',
    rule: 'list-count',
    claimIds: [claim.id],
    articleIds: [claim.articleId],
    spans: [],
    facts: { rule: 'list-count', claim: refOf(claim, ctx), stated: value, items },
  };
}

export function countDrafts(claims: readonly Claim[], ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const c of claims) {
    if (c.kind === 'streak') {
      const d = streakDraft(c, ctx);
      if (d) drafts.push(d);
    } else if (c.kind === 'count' || c.kind === 'duration') {
      const d = listDraft(c, ctx);
      if (d) drafts.push(d);
    }
  }
  return drafts;
}
