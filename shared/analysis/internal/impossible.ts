import type { Article, Claim } from '../../schema';
import { claimCovering, refOf, spanRef, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';
import { fold } from '../normalize';
import { MAX_YEAR, MIN_YEAR } from '../period';

/**
 * Values that cannot be: a year like "20220", a date "32/13/2023", a share over 100% of a whole,
 * a part larger than its total ("209/200"), a rank beyond the number ranked ("thứ 65/63").
 * Years are read from the text itself: the extractor rightly never makes a claim of "năm 2020".
 */

const YEAR_AFTER_NAM = /\b([Nn]ăm|NĂM)\s+(\d{5,6})(?![\d/]|[.,]\d)/gu;
const DMY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4,5})(?![\d/])/g;

function spanDraft(rule: 'impossible-year' | 'impossible-date', article: Article, start: number, end: number, ctx: AnalysisContext, year: string): FindingDraft {
  const claim = claimCovering(ctx, article.id, start, end);
  const quote = article.text.slice(start, end);
  const ref = claim ? refOf(claim, ctx) : spanRef(article.id, quote, ctx);
  return {
    type: 'internal',
    rule,
    claimIds: claim ? [claim.id] : [],
    articleIds: [article.id],
    spans: [{ articleId: article.id, start, end, quote }],
    facts: rule === 'impossible-year' ? { rule, claim: { ...ref, quote }, year } : { rule, claim: { ...ref, quote } },
  };
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function impossibleDatesInText(article: Article, ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const text = article.text;
  // Cheap guard: most articles have no 5-digit run after "năm" and no d/m/y date at all.
  if (/[Nn]ăm\s+\d{5}/u.test(text)) {
    for (const m of text.matchAll(YEAR_AFTER_NAM)) {
      drafts.push(spanDraft('impossible-year', article, m.index, m.index + m[0].length, ctx, m[2] ?? ''));
    }
  }
  if (text.includes('/')) {
    for (const m of text.matchAll(DMY)) {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      const y = Number(m[3]);
      const bad = y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysIn(mo, y);
      if (!bad) continue;
      const yearOnly = mo >= 1 && mo <= 12 && (y < MIN_YEAR || y > MAX_YEAR);
      drafts.push(spanDraft(yearOnly ? 'impossible-year' : 'impossible-date', article, m.index, m.index + m[0].length, ctx, m[3] ?? ''));
    }
  }
  return drafts;
}

// A share of a whole: "chiếm", "tỷ lệ", "tỷ trọng", "phủ sóng", "% dân số". Growth and plan completion
// ("tăng 150%", "đạt 120% kế hoạch") may exceed 100 and are left alone.
const SHARE_WORDS = /\b(?:chiem|ty le|ty trong|phu song|tren tong)\b/;
const NOT_SHARE = /\b(?:tang|giam|so voi|ke hoach|cung ky|vuot|gap|du toan|chi tieu|muc tieu|tang truong)\b/;

function isShare(claim: Claim, text: string): boolean {
  const lead = fold(text.slice(Math.max(claim.sentenceStart, claim.start - 60), claim.start));
  const tail = fold(text.slice(claim.end, Math.min(claim.sentenceEnd, claim.end + 30)));
  const metric = claim.metric ? fold(claim.metric) : '';
  if (NOT_SHARE.test(lead.split(/[,;]/).pop() ?? '') || NOT_SHARE.test(tail.split(/[,;]/)[0] ?? '') || NOT_SHARE.test(metric)) return false;
  return SHARE_WORDS.test(lead) || SHARE_WORDS.test(metric) || /^\s*(?:dan so|so ho|dien tich|so xa|co so|grdp)/.test(tail);
}

export function impossibleValues(claims: readonly Claim[], ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const c of claims) {
    if (c.value === null) continue;
    const base = { type: 'internal' as const, claimIds: [c.id], articleIds: [c.articleId], spans: [] };
    if (c.kind === 'percent' && Math.max(c.value, c.upper ?? 0) > 100) {
      const text = ctx.articles.get(c.articleId)?.text ?? '';
      if (isShare(c, text)) drafts.push({ ...base, rule: 'share-over-100', facts: { rule: 'share-over-100', claim: refOf(c, ctx), value: Math.max(c.value, c.upper ?? 0) } });
    } else if (c.kind === 'ratio' && c.total !== null && c.total > 0 && c.value > c.total) {
      drafts.push({ ...base, rule: 'part-over-total', facts: { rule: 'part-over-total', claim: refOf(c, ctx), value: c.value, total: c.total } });
    } else if (c.kind === 'rank' && c.total !== null && (c.value > c.total || c.value < 1)) {
      drafts.push({ ...base, rule: 'rank-beyond-total', facts: { rule: 'rank-beyond-total', claim: refOf(c, ctx), value: c.value, total: c.total } });
    } else if (c.years && c.years.some((y) => y < MIN_YEAR || y > MAX_YEAR)) {
      const year = c.years.find((y) => y < MIN_YEAR || y > MAX_YEAR) as number;
      drafts.push({ ...base, rule: 'impossible-year', facts: { rule: 'impossible-year', claim: refOf(c, ctx), year: String(year) } });
    }
  }
  return drafts;
}
