import type { HistoryPage, HistoryQuery } from '../../shared/ipc/contract';
import type { Article, AuditEvent, Claim, ClaimKind, Finding, Workspace } from '../../shared/schema';
import type { WorkspaceStore } from '../store/port';

/** A claim as an audit event carries it (claim.add / claim.edit), when the claim is no longer stored. */
function claimIn(value: unknown): Pick<Claim, 'id' | 'quote' | 'kind' | 'articleId'> | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<Claim>;
  return typeof v.id === 'string' && typeof v.quote === 'string' && typeof v.articleId === 'string' && typeof v.kind === 'string'
    ? { id: v.id, quote: v.quote, kind: v.kind, articleId: v.articleId }
    : null;
}

/**
 * An action's yyyy-mm-dd day: in `timeZone` (the desk's, which shows the actions at their local time:
 * 06:30 in Hà Nội is the day before in UTC), or the UTC day when none is given or it is not known here.
 */
function dayReader(timeZone: string | undefined): (when: string) => string {
  const utc = (when: string) => when.slice(0, 10);
  if (!timeZone) return utc;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return utc;
  }
  return (when) => {
    const d = new Date(when);
    if (Number.isNaN(d.getTime())) return utc(when);
    const parts = Object.fromEntries(format.formatToParts(d).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
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
  const dayOf = dayReader(query.timeZone);
  const inDay = (e: AuditEvent) => {
    // (No day asked: no event's day is read.)
    if (!query.from && !query.to) return true;
    const day = dayOf(e.when);
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
  const editors = sortEditors(ws.auditLog.map((e) => e.who));
  return { events, labels, kinds, articles, editors, truncated: matching.length > events.length };
}

function sortEditors(names: readonly string[]): string[] {
  return [...new Set(names.filter((w) => w !== ''))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * The page `listHistory` gives for an article or a claim, read from what it names instead of a
 * snapshot of the whole workspace: on stores that find an article's audit targets and the trail's
 * editors themselves (a shared desk, where a snapshot reads every table). Null when the store
 * cannot, or the query is the whole trail's.
 */
export async function targetedHistory(store: WorkspaceStore, query: HistoryQuery): Promise<HistoryPage | null> {
  if (!(query.claimId || query.articleId) || !store.articleAuditTargets || !store.auditEditors) return null;
  // Every id whose events the page may name: the targets, and claims shown in findings' labels.
  const named = new Set<string>();
  let claims: Claim[] = [];
  let findings: Finding[] = [];
  let articles: Article[] = [];
  if (query.claimId) {
    named.add(query.claimId);
    claims = await store.claims([query.claimId]);
  } else {
    const articleId = query.articleId as string;
    const found = await store.articleWithClaims(articleId);
    const [targets, listed] = await Promise.all([store.articleAuditTargets(articleId), store.findings({ articleId })]);
    if (found) {
      articles = [found.article];
      claims = found.claims;
    }
    findings = listed.items;
    named.add(articleId);
    for (const c of claims) named.add(c.id);
    for (const id of targets) named.add(id);
    for (const f of findings) named.add(f.id);
  }
  // Claims a finding or a decision names beyond these (another article's, or since removed).
  const have = new Set(claims.map((c) => c.id));
  const more = new Set<string>();
  for (const f of findings) for (const id of f.claimIds) if (!have.has(id)) more.add(id);
  let auditLog = await store.history([...named, ...more]);
  let added = false;
  for (const e of auditLog) {
    const right = (e.after as { decision?: { rightClaimId?: unknown } } | null)?.decision?.rightClaimId;
    if (typeof right === 'string' && !have.has(right) && !more.has(right)) {
      more.add(right);
      added = true;
    }
  }
  if (added) auditLog = await store.history([...named, ...more]);
  if (more.size > 0) claims = [...claims, ...(await store.claims([...more]))];
  const partial = { auditLog, claims, findings, articles, detached: await store.detached() } as unknown as Workspace;
  const page = listHistory(partial, new Map(claims.map((c) => [c.id, c])), query);
  return { ...page, editors: sortEditors(await store.auditEditors()) };
}
