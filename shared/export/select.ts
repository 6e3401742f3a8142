import { z } from 'zod';
import { idRecord, ownValue } from '../ids';
import { ReviewStatus, type Article, type AuditEvent, type Claim, type Finding, type Review, type Settings, type Workspace } from '../schema';

/** Statuses exported when the editor does not choose: the claims the desk stands behind. */
export const DEFAULT_EXPORT_STATUSES: readonly ReviewStatus[] = ['verified', 'corrected'];

export const ExportScope = z.object({
  /** Only these articles; all when absent. */
  articleIds: z.array(z.string()).optional(),
  /** Review statuses to include; a claim nobody reviewed counts as "unreviewed". */
  statuses: z.array(ReviewStatus).optional(),
  /** Inclusive date range, compared on the yyyy-mm-dd part. */
  from: z.string().optional(),
  to: z.string().optional(),
  /**
   * Which date the range applies to: the article's publication date (default; an article without
   * one is left out when a range is set) or the date the claim was last reviewed.
   */
  dateBasis: z.enum(['published', 'reviewed']).optional(),
});
export type ExportScope = z.infer<typeof ExportScope>;

/** A consistent slice of a workspace: every claim's article, review and whole findings are in it. */
export interface ExportSelection {
  articles: Article[];
  /** Grouped by article in workspace order, then by position in the text. */
  claims: Claim[];
  reviews: Record<string, Review>;
  /** Findings whose claims are all in the selection (a half finding cannot be read). */
  findings: Finding[];
  settings: Settings;
  /** The scope with its defaults filled in, for the export's own record. */
  scope: ExportScope;
  /** Articles dropped by a date range because they have no date on the chosen basis. */
  undatedArticleIds: string[];
}

export function reviewStatusOf(reviews: Record<string, Review>, claimId: string): ReviewStatus {
  return reviews[claimId]?.status ?? 'unreviewed';
}

function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  return day ? day[0] : null;
}

function inRange(day: string, from: string | null, to: string | null): boolean {
  return (from === null || day >= from) && (to === null || day <= to);
}

export function selectForExport(ws: Workspace, scope: ExportScope = {}): ExportSelection {
  const statuses = new Set(scope.statuses ?? DEFAULT_EXPORT_STATUSES);
  const from = dayOf(scope.from);
  const to = dayOf(scope.to);
  const hasRange = from !== null || to !== null;
  const dateBasis = scope.dateBasis ?? 'published';
  const wantedArticles = scope.articleIds ? new Set(scope.articleIds) : null;

  const undatedArticleIds: string[] = [];
  const articleOrder = new Map<string, number>();
  const candidateArticles = ws.articles.filter((a) => {
    if (wantedArticles && !wantedArticles.has(a.id)) return false;
    if (hasRange && dateBasis === 'published') {
      const day = dayOf(a.publishedAt);
      if (day === null) {
        undatedArticleIds.push(a.id);
        return false;
      }
      if (!inRange(day, from, to)) return false;
    }
    return true;
  });
  candidateArticles.forEach((a, i) => articleOrder.set(a.id, i));

  const claims = ws.claims
    .filter((c) => {
      if (!articleOrder.has(c.articleId)) return false;
      if (!statuses.has(reviewStatusOf(ws.reviews, c.id))) return false;
      if (hasRange && dateBasis === 'reviewed') {
        const day = dayOf(ws.reviews[c.id]?.updatedAt);
        if (day === null || !inRange(day, from, to)) return false;
      }
      return true;
    })
    .sort((a, b) => (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0) || a.start - b.start || a.end - b.end);

  const claimIds = new Set(claims.map((c) => c.id));
  const articleIdsWithClaims = new Set(claims.map((c) => c.articleId));
  const reviews: Record<string, Review> = idRecord();
  for (const c of claims) {
    const review = ownValue(ws.reviews, c.id);
    if (review) reviews[c.id] = review;
  }
  return {
    articles: candidateArticles.filter((a) => articleIdsWithClaims.has(a.id)),
    claims,
    reviews,
    findings: ws.findings.filter((f) => f.claimIds.length > 0 && f.claimIds.every((id) => claimIds.has(id))),
    settings: ws.settings,
    scope: { ...scope, statuses: [...statuses], dateBasis },
    undatedArticleIds,
  };
}

/** Audit events about what a selection holds; the hash chain of such a subset cannot be verified. */
export function auditEventsFor(selection: ExportSelection, log: readonly AuditEvent[]): AuditEvent[] {
  const ids = new Set<string>([
    ...selection.articles.map((a) => a.id),
    ...selection.claims.map((c) => c.id),
    ...selection.findings.map((f) => f.id),
  ]);
  return log.filter((e) => ids.has(e.target));
}
