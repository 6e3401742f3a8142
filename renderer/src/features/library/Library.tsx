import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate, formatNumber, t } from '../../i18n';
import { useDesk, type LibraryShow, type LibrarySort } from '../../store';
import { visibleArticles } from './visibleArticles';

export function Library() {
  const articles = useDesk((s) => s.articles);
  const lang = useDesk((s) => s.lang);
  const currentId = useDesk((s) => s.current?.article.id);
  const openArticle = useDesk((s) => s.openArticle);
  const importSamples = useDesk((s) => s.importSamples);
  const search = useDesk((s) => s.librarySearch);
  const hits = useDesk((s) => s.librarySearchHits);
  const sort = useDesk((s) => s.librarySort);
  const show = useDesk((s) => s.libraryShow);
  const progress = useDesk((s) => s.libraryProgress);
  const setSearch = useDesk((s) => s.setLibrarySearch);
  const setSort = useDesk((s) => s.setLibrarySort);
  const setShow = useDesk((s) => s.setLibraryShow);
  const scroller = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => visibleArticles(articles, hits, show, sort), [articles, hits, show, sort]);
  // Stable while the list is: a new key function makes the virtualizer re-measure every row.
  const itemKey = useCallback((index: number) => visible[index]?.id ?? index, [visible]);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 84,
    overscan: 8,
    // Sizes are measured per article, not per position: after an import inserts rows above, a row
    // must not inherit the height measured for whichever article sat at its index before.
    getItemKey: itemKey,
  });

  // Once an article opens, focus leaves the library for the reader: Enter then opens the selected
  // claim's detail and j / k walk its claims, instead of Enter re-opening the article.
  // The focus moves in the commit that shows the article (a layout effect), not a frame later: a key
  // pressed as soon as the article is on screen must reach the claims, not walk the library.
  // Each open owns its request (an object, not the id): a second click on the same article while the
  // first is on its way must not have its request cleared by the first one's return.
  const focusReaderFor = useRef<{ id: string } | null>(null);
  const focusReader = () => document.querySelector<HTMLElement>('#reader')?.focus({ preventScroll: true });
  useLayoutEffect(() => {
    if (!currentId || focusReaderFor.current?.id !== currentId) return;
    focusReaderFor.current = null;
    focusReader();
  }, [currentId]);
  const openAndRead = async (articleId: string) => {
    const request = { id: articleId };
    focusReaderFor.current = request;
    await openArticle(articleId);
    // Still pending: the article was open already (its id did not change), or this open lost.
    if (focusReaderFor.current !== request) return;
    focusReaderFor.current = null;
    if (useDesk.getState().current?.article.id === articleId) focusReader();
  };

  // One Tab stop for the whole list (roving tabindex, as the claim list): the article the focus was
  // last on, else the open one, else the first shown. ArrowDown / ArrowUp, j / k, Home / End walk
  // the list like a menu without opening anything (reached with "g l"); Enter opens the article.
  const [focusIndex, setFocusIndex] = useState(-1);
  const rendered = virtualizer.getVirtualItems();
  const openIndex = visible.findIndex((a) => a.id === currentId);
  const tabStop = [focusIndex, openIndex].find((i) => i >= 0 && i < visible.length && rendered.some((r) => r.index === i)) ?? rendered[0]?.index ?? -1;
  const steps: Record<string, (index: number) => number> = {
    ArrowDown: (i) => i + 1,
    j: (i) => i + 1,
    ArrowUp: (i) => i - 1,
    k: (i) => i - 1,
    Home: () => 0,
    End: () => visible.length - 1,
  };
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = steps[e.key];
    const target = e.target as HTMLElement;
    if (!step || e.ctrlKey || e.metaKey || e.altKey || !target.matches('.library-item')) return;
    const index = Number(target.dataset.index ?? -1);
    const next = Math.max(0, Math.min(visible.length - 1, step(index)));
    // Not the desk's j / k (they walk the claims): here they walk the library.
    e.preventDefault();
    e.stopPropagation();
    setFocusIndex(next);
    virtualizer.scrollToIndex(next);
    // The row may be rendered only after the scroll: wait a frame (the <li> carries data-index too).
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`.library-item[data-index="${next}"]`)?.focus());
  };

  if (articles.length === 0) {
    return (
      <div className="empty">
        <p>{t(lang, 'noArticles')}</p>
        <button type="button" onClick={() => void importSamples()}>
          {t(lang, 'openSamples')}
        </button>
      </div>
    );
  }
  return (
    <div className="library">
      <div className="library-tools">
        <input
          id="library-search"
          type="search"
          placeholder={t(lang, 'search')}
          aria-label={t(lang, 'search')}
          value={search}
          onChange={(e) => void setSearch(e.target.value)}
        />
        <div className="library-selects">
          <select aria-label={t(lang, 'librarySort')} value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)}>
            <option value="order">{t(lang, 'sortOrder')}</option>
            <option value="date">{t(lang, 'sortDate')}</option>
            <option value="title">{t(lang, 'sortTitle')}</option>
            <option value="progress">{t(lang, 'sortProgress')}</option>
          </select>
          <select aria-label={t(lang, 'libraryShow')} value={show} onChange={(e) => setShow(e.target.value as LibraryShow)}>
            <option value="all">{t(lang, 'showAll')}</option>
            <option value="unfinished">{t(lang, 'showUnfinished')}</option>
            <option value="flagged">{t(lang, 'showFlagged')}</option>
          </select>
        </div>
      </div>
      {progress ? (
        // The first screen is shown, the rest of the library is on its way (background pages).
        <p className="count library-loading" role="status" data-testid="library-loading">
          {t(lang, progress.stalled ? 'libraryStalled' : 'libraryLoading')
            .replace('{received}', formatNumber(progress.received, lang))
            .replace('{total}', formatNumber(progress.total, lang))
            .replace('{shown}', formatNumber(articles.length, lang))}
        </p>
      ) : null}
      {visible.length === 0 ? <p className="empty">{t(lang, 'noSearchMatch')}</p> : null}
      <div className="library-scroll" ref={scroller} onKeyDown={onListKey}>
        <ul className="library-list" aria-label={t(lang, 'library')} style={{ height: virtualizer.getTotalSize() }}>
          {rendered.map((item) => {
            const a = visible[item.index];
            if (!a) return null;
            return (
              <li key={a.id} ref={virtualizer.measureElement} data-index={item.index} style={{ transform: `translateY(${item.start}px)` }}>
                <button
                  type="button"
                  data-index={item.index}
                  className={`library-item${a.id === currentId ? ' selected' : ''}`}
                  aria-current={a.id === currentId}
                  tabIndex={item.index === tabStop ? 0 : -1}
                  onFocus={() => setFocusIndex(item.index)}
                  onClick={() => void openAndRead(a.id)}
                >
                  <span className="library-title">{a.title ?? a.source}</span>
                  <span className="library-meta">{[a.outlet, formatDate(a.publishedAt, lang)].filter((x) => x && x !== '—').join(' · ')}</span>
                  <span className="library-progress">
                    <progress max={Math.max(1, a.claimCount)} value={a.reviewedCount} />
                    {formatNumber(a.reviewedCount, lang)}/{formatNumber(a.claimCount, lang)} {t(lang, 'reviewed')}
                    {a.flaggedCount > 0 ? ` · ⚑ ${formatNumber(a.flaggedCount, lang)} ${t(lang, 'flaggedCount')}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
