import type { Article, Claim, Finding } from '../schema';
import { contentHash } from '../hash';
import { alignedPassageDrafts, articlePairKey } from './aligned';
import { buildContext, type AnalysisContext } from './context';
import { crossSourceDrafts } from './cross';
import { explainFinding } from './explain';
import { factOf, type FactView } from './facts';
import type { Language } from './format';
import { countDrafts } from './internal/counts';
import { elapsedYearsDrafts } from './internal/elapsed';
import { impossibleDatesInText, impossibleValues } from './internal/impossible';
import { partsDrafts } from './internal/parts';
import { percentDrafts } from './internal/percent';
import type { FindingDraft } from './model';

export { explainFinding } from './explain';
export type { Language } from './format';
export type { FindingDraft, FindingFacts, FindingRule } from './model';
export { findingRules } from './model';

export interface AnalysisOptions {
  /** Language of the explanations; the UI's default is Vietnamese. */
  language?: Language;
}

const TYPE_ORDER: Record<Finding['type'], number> = { conflict: 0, internal: 1, update: 2, consistent: 3 };

/** Id from type, rule and claims (or spans), so re-analysis gives an unchanged finding the same id. */
export function findingId(draft: Pick<FindingDraft, 'type' | 'rule' | 'claimIds' | 'spans'>): string {
  const claims = [...draft.claimIds].sort().join(',');
  const spans = draft.spans.map((s) => `${s.articleId}:${s.start}:${s.quote}`).join(',');
  return 'f_' + contentHash(`${draft.type}\u0000${draft.rule}\u0000${claims}\u0000${spans}`);
}

/** What a finding rests on: the fields of its claims that an edit or a re-extraction can change. */
export function findingFingerprint(draft: Pick<FindingDraft, 'claimIds' | 'spans'>, claimsById: ReadonlyMap<string, Claim>): string {
  const parts = [...draft.claimIds].sort().map((id) => {
    const c = claimsById.get(id);
    if (!c) return id;
    return [c.id, c.quote, c.kind, c.value, c.total, c.upper, c.unit, c.qualifier, c.subject, c.metric, c.period, c.modality, c.years?.join(',')].join('\u0001');
  });
  for (const s of draft.spans) parts.push(`${s.articleId}:${s.quote}`);
  return contentHash(parts.join('\u0000'));
}

function internalDrafts(ctx: AnalysisContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const [articleId, claims] of ctx.claimsByArticle) {
    if (!ctx.articles.has(articleId)) continue;
    drafts.push(...countDrafts(claims, ctx), ...partsDrafts(claims, ctx), ...percentDrafts(claims, ctx), ...impossibleValues(claims, ctx));
  }
  for (const article of ctx.articles.values()) {
    drafts.push(...impossibleDatesInText(article, ctx), ...elapsedYearsDrafts(article, ctx));
  }
  return drafts;
}

/** Every finding a workspace's claims give rise to, before ids and statuses. */
export function findingDrafts(articles: readonly Article[], claims: readonly Claim[]): FindingDraft[] {
  const ctx = buildContext(articles, claims);
  const facts: FactView[] = [];
  for (const c of claims) {
    const f = factOf(c, ctx);
    if (f) facts.push(f);
  }
  const key = (d: FindingDraft): string => [...d.claimIds].sort().join('\u0000');
  const crossAll = crossSourceDrafts(facts, ctx);
  // A pair of claims the fact matcher already found at odds keeps that finding; a pair it calls
  // consistent but whose passages show a changed figure ("khoảng 450" → "hơn 450") is the passage's.
  const passages = alignedPassageDrafts(ctx);
  // Between articles that copy each other, figures compare counterpart to counterpart (the passages).
  const betweenCopies = (d: FindingDraft): boolean =>
    d.articleIds.length === 2 && passages.copies.has(articlePairKey(d.articleIds[0] as string, d.articleIds[1] as string));
  const crossKept = crossAll.filter((d) => d.type === 'consistent' || !betweenCopies(d));
  const raised = new Set(crossKept.filter((d) => d.type !== 'consistent').map(key));
  const aligned = passages.drafts.filter((d) => d.claimIds.length < 2 || !raised.has(key(d)));
  const overruled = new Set(aligned.filter((d) => d.claimIds.length === 2).map(key));
  const cross = crossKept.filter((d) => d.type !== 'consistent' || !overruled.has(key(d)));
  return [...cross, ...aligned, ...internalDrafts(ctx)];
}

/**
 * Cross-source contradictions, updates, confirmations and internal inconsistencies. Pure and
 * deterministic: the same input gives the same findings with the same ids in the same order. A previous
 * finding's status and resolution carry over while what it rests on is unchanged (same fingerprint);
 * a finding whose claims changed is open again, because the editor's decision was about other words.
 */
export function detectFindings(
  articles: readonly Article[],
  claims: readonly Claim[],
  previous: readonly Finding[] = [],
  options: AnalysisOptions = {},
): Finding[] {
  const language = options.language ?? 'vi';
  const claimsById = new Map<string, Claim>();
  for (const c of claims) claimsById.set(c.id, c);
  const before = new Map<string, Finding>();
  for (const f of previous) before.set(f.id, f);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const draft of findingDrafts(articles, claims)) {
    const id = findingId(draft);
    if (seen.has(id)) continue;
    seen.add(id);
    const fingerprint = findingFingerprint(draft, claimsById);
    const old = before.get(id);
    // A finding stored before fingerprints existed has nothing to compare: keep the editor's decision.
    const keep = old !== undefined && (old.fingerprint === undefined || old.fingerprint === fingerprint);
    findings.push({
      id,
      type: draft.type,
      claimIds: draft.claimIds,
      explanation: explainFinding(draft, language),
      status: keep ? old.status : 'open',
      resolution: keep ? old.resolution : null,
      ...(keep && old.decision ? { decision: old.decision } : {}),
      rule: draft.rule,
      articleIds: draft.articleIds,
      ...(draft.spans.length > 0 ? { spans: draft.spans } : {}),
      fingerprint,
    });
  }
  return findings.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
