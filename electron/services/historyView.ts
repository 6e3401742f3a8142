import type { HistoryPage, HistoryQuery } from '../../shared/ipc/contract';
import type { AuditEvent, Claim, ClaimKind, Workspace } from '../../shared/schema';

/** A claim as an audit event carries it (claim.add / claim.edit), when the claim is no longer stored. */
function claimIn(value: unknown): Pick<Claim, 'id' | 'quote' | 'kind' | 'articleId'> | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<Claim>;
  return typeof v.id === 'string' && typeof v.quote === 'string' && typeof v.articleId === 'string' && typeof v.kind === 'string'
    ? { id: v.id, quote: v.quote, kind: v.kind, articleId: v.articleId }
    : null;
}

/**
 * The audit trail filtered by claim, article, editor and day, newest `limit` events, with the quote,
 * kind and article of every target so the renderer can put each event in words (shared/i18n).
 */
export function listHistory(ws: Workspace, claimsById: ReadonlyMap<string, Claim>, query: HistoryQuery): HistoryPage {
  const limit = query.limit ?? 1000;
  // Claims that were added and later undone, or detached, still name their quote and article.
  const known = new Map<string, Pick<Claim, 'id' | 'quote' | 'kind' | 'articleId'>>();
  for (const e of ws.auditLog) {
    const c = claimIn(e.after) ?? claimIn(e.before);
    if (c && c.id === e.target) known.set(c.id, c);
  }
  for (const d of ws.detached ?? []) known.set(d.claim.id, d.claim);
  const claimOf = (id: string) => claimsById.get(id) ?? known.get(id) ?? null;

  let targets: Set<string> | null = null;
  if (query.claimId) targets = new Set([query.claimId]);
  else if (query.articleId) {
    const articleId = query.articleId;
    targets = new Set([articleId]);
    for (const c of ws.claims) if (c.articleId === articleId) targets.add(c.id);
    for (const c of known.values()) if (c.articleId === articleId) targets.add(c.id);
    for (const f of ws.findings) if (f.claimIds.some((id) => targets?.has(id))) targets.add(f.id);
  }
  const inDay = (e: AuditEvent) => {
    const day = e.when.slice(0, 10);
    return (!query.from || day >= query.from) && (!query.to || day <= query.to);
  };
  const matching = ws.auditLog.filter((e) => (!targets || targets.has(e.target)) && (!query.who || e.who === query.who) && inDay(e));
  const events = matching.slice(-limit);

  const labels: Record<string, string> = {};
  const kinds: Record<string, ClaimKind> = {};
  const articles: Record<string, string> = {};
  const findings = new Map(ws.findings.map((f) => [f.id, f]));
  const titles = new Map(ws.articles.map((a) => [a.id, a.title ?? a.source]));
  const remember = (id: string) => {
    if (id in labels) return;
    const claim = claimOf(id);
    if (claim) {
      labels[id] = claim.quote;
      kinds[id] = claim.kind;
      articles[id] = claim.articleId;
      return;
    }
    const finding = findings.get(id);
    if (finding) {
      labels[id] = finding.claimIds.map((c) => `«${claimOf(c)?.quote ?? '…'}»`).join(' ⟷ ');
      return;
    }
    const title = titles.get(id);
    if (title) labels[id] = title;
  };
  for (const e of events) {
    remember(e.target);
    const decision = (e.after as { decision?: { rightClaimId?: unknown } } | null)?.decision;
    if (decision && typeof decision.rightClaimId === 'string') remember(decision.rightClaimId);
  }
  const editors = [...new Set(ws.auditLog.map((e) => e.who).filter((w) => w !== ''))].sort((a, b) => a.localeCompare(b, 'vi'));
  return { events, labels, kinds, articles, editors, truncated: matching.length > events.length };
}
