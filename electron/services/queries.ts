import { toClaimRow } from '../../shared/claimRow';
import type { ArticleSummary, ClaimRow } from '../../shared/ipc/contract';
import type { Article, Claim, Review } from '../../shared/schema';
import { foldForSearch } from '../../shared/text';
import type { ServiceContext } from './context';

export function listArticles(ctx: ServiceContext): Promise<ArticleSummary[]> {
  return ctx.store.articleSummaries();
}

/** A page of the library (only its articles' counts computed) and how many articles there are. */
export async function articlePage(ctx: ServiceContext, offset: number, limit: number): Promise<{ articles: ArticleSummary[]; total: number }> {
  const page = await ctx.store.articleSummaryPage({ offset, limit });
  return { articles: page.items, total: page.total };
}

export async function getArticle(ctx: ServiceContext, articleId: string): Promise<{ article: Article; claims: Claim[]; reviews: Review[] }> {
  const found = await ctx.store.articleWithClaims(articleId);
  if (!found) throw ctx.notFound('Không tìm thấy bài viết này trong không gian làm việc.', 'This article is not in the workspace.');
  return found;
}

export async function listClaims(ctx: ServiceContext): Promise<ClaimRow[]> {
  const page = await ctx.store.claimPage({ offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return page.items.map(({ claim, review }) => toClaimRow(claim, review?.status ?? 'unreviewed'));
}

/** Ids of the articles whose title or text contains every word of the query, accents optional. */
export async function searchArticles(ctx: ServiceContext, query: string): Promise<string[]> {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const articles = await ctx.store.articles();
  if (words.length === 0) return articles.map((a) => a.id);
  return articles
    .filter((a) => {
      let hay = ctx.folded.get(a.id);
      if (hay === undefined) {
        hay = foldForSearch(`${a.title ?? ''}\n${a.outlet ?? ''}\n${a.text}`);
        ctx.folded.set(a.id, hay);
      }
      return words.every((w) => (hay as string).includes(w));
    })
    .map((a) => a.id);
}
