import type { ArticleSummary } from '../../../../shared/ipc/contract';
import type { LibraryShow, LibrarySort } from '../../store';

/** Articles of the library read first at the desk's start (more than any window shows). */
export const LIBRARY_WINDOW = 200;

/** The library as shown: search hits only, the chosen subset, in the chosen order. */
export function visibleArticles(
  articles: readonly ArticleSummary[],
  hits: ReadonlySet<string> | null,
  show: LibraryShow,
  sort: LibrarySort,
): ArticleSummary[] {
  const out = articles.filter(
    (a) =>
      (hits === null || hits.has(a.id)) &&
      (show === 'all' || (show === 'unfinished' ? a.reviewedCount < a.claimCount : a.flaggedCount > 0)),
  );
  switch (sort) {
    case 'order':
      return out;
    case 'date':
      return out.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
    case 'title':
      return out.sort((a, b) => (a.title ?? a.source).localeCompare(b.title ?? b.source, 'vi'));
    case 'progress':
      return out.sort((a, b) => b.claimCount - b.reviewedCount - (a.claimCount - a.reviewedCount));
  }
}
