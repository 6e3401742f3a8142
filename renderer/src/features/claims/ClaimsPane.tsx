import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { claimKinds, modalities, qualifiers, reviewStatuses } from '../../../../shared/enums';
import { formatClaimValue, formatNumber, kindLabels, modalityLabels, qualifierLabels, statusIcons, statusLabels, t, tCount } from '../../i18n';
import { selectVisible, useDesk } from '../../store';
import { EnumSelect } from '../../components/EnumSelect';
import type { ClaimRow } from '../../../../shared/ipc/contract';
import { isFilterActive, emptyFilter, foldRowsAhead, type ClaimOrder } from './filter';

/**
 * Folding 100,000 rows for the first search takes ~200 ms; do it in idle slices after the rows
 * arrive (and again, nearly free, for the few rows a review replaces) so no keystroke pays for it.
 */
function useFoldRowsWhenIdle(rows: readonly ClaimRow[]): void {
  useEffect(() => {
    const idle = typeof requestIdleCallback === 'function';
    let handle = 0;
    let next = 0;
    const slice = (deadline?: IdleDeadline) => {
      next = foldRowsAhead(rows, next, Math.max(2, (deadline?.timeRemaining() ?? 8) - 1));
      if (next < rows.length) schedule();
    };
    const schedule = () => {
      handle = idle ? requestIdleCallback(slice) : window.setTimeout(slice, 16);
    };
    schedule();
    return () => (idle ? cancelIdleCallback(handle) : window.clearTimeout(handle));
  }, [rows]);
}

function FilterBar() {
  const lang = useDesk((s) => s.lang);
  const filter = useDesk((s) => s.filter);
  const setFilter = useDesk((s) => s.setFilter);
  const scope = useDesk((s) => s.scope);
  const setScope = useDesk((s) => s.setScope);
  const order = useDesk((s) => s.order);
  const setOrder = useDesk((s) => s.setOrder);
  const rows = useDesk((s) => s.rows);
  const subjects = useMemo(() => [...new Set(rows.map((r) => r.subject).filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'vi')), [rows]);

  // In a narrow window the kind / qualifier / modality / subject / order fields fold behind one button,
  // so the list keeps its rows; the button counts the folded filters that are set.
  const [moreOpen, setMoreOpen] = useState(false);
  const folded = [filter.kind, filter.qualifier, filter.modality, filter.subject].filter((x) => x !== null).length + (order === 'position' ? 0 : 1);
  return (
    <div className={`filters${moreOpen ? ' more-open' : ''}`} id="claim-filters">
      <div className="filter-row">
        <div className="segmented" role="group" aria-label={t(lang, 'claimScope')}>
          <button type="button" aria-pressed={scope === 'article'} onClick={() => setScope('article')}>
            {t(lang, 'scopeArticle')}
          </button>
          <button type="button" aria-pressed={scope === 'all'} onClick={() => setScope('all')}>
            {t(lang, 'scopeAll')}
          </button>
        </div>
        <input
          id="claim-filter-text"
          type="search"
          placeholder={t(lang, 'filterClaims')}
          aria-label={t(lang, 'filterClaims')}
          value={filter.text}
          onChange={(e) => setFilter({ text: e.target.value })}
        />
      </div>
      <div className="filter-row chips" role="group" aria-label={t(lang, 'status')}>
        {reviewStatuses.map((st) => {
          const on = filter.statuses.includes(st);
          return (
            <button
              key={st}
              type="button"
              className={`chip status-${st}`}
              aria-pressed={on}
              onClick={() => setFilter({ statuses: on ? filter.statuses.filter((x) => x !== st) : [...filter.statuses, st] })}
            >
              {statusIcons[st]} {statusLabels[st][lang]}
            </button>
          );
        })}
      </div>
      <div className="narrow-only">
        <button type="button" className="link more-filters" aria-expanded={moreOpen} aria-controls="claim-filter-grid" onClick={() => setMoreOpen(!moreOpen)}>
          {t(lang, 'moreFilters')}
          {folded > 0 ? ` (${folded})` : ''} {moreOpen ? '▴' : '▾'}
        </button>
      </div>
      <div className="filter-grid" id="claim-filter-grid">
        <label className="filter-field">
          {t(lang, 'kind')}
          <EnumSelect name="filterKind" emptyLabel={t(lang, 'anyKind')} options={claimKinds} labels={kindLabels} lang={lang} value={filter.kind} onChange={(kind) => setFilter({ kind })} />
        </label>
        <label className="filter-field">
          {t(lang, 'qualifier')}
          <EnumSelect name="filterQualifier" emptyLabel={t(lang, 'anyQualifier')} options={qualifiers} labels={qualifierLabels} lang={lang} value={filter.qualifier} onChange={(qualifier) => setFilter({ qualifier })} />
        </label>
        <label className="filter-field">
          {t(lang, 'modality')}
          <EnumSelect name="filterModality" emptyLabel={t(lang, 'anyModality')} options={modalities} labels={modalityLabels} lang={lang} value={filter.modality} onChange={(modality) => setFilter({ modality })} />
        </label>
        <label className="filter-field wide">
          {t(lang, 'subject')}
          <select name="filterSubject" value={filter.subject ?? ''} title={filter.subject ?? undefined} onChange={(e) => setFilter({ subject: e.target.value || null })}>
            <option value="">{t(lang, 'anySubject')}</option>
            {subjects.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field wide">
          {t(lang, 'sortBy')}
          <select name="filterOrder" value={order} onChange={(e) => setOrder(e.target.value as ClaimOrder)}>
            <option value="position">{t(lang, 'orderPosition')}</option>
            <option value="checkworthiness">{t(lang, 'orderWorth')}</option>
            <option value="findings">{t(lang, 'orderFindings')}</option>
          </select>
        </label>
      </div>
      <div className="filter-row">
        {isFilterActive(filter) ? (
          <button type="button" className="link" onClick={() => setFilter(emptyFilter)}>
            {t(lang, 'clearFilters')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function ClaimList() {
  const lang = useDesk((s) => s.lang);
  const visible = useDesk(selectVisible);
  const selectedClaimId = useDesk((s) => s.selectedClaimId);
  const selectRow = useDesk((s) => s.selectRow);
  const scope = useDesk((s) => s.scope);
  const current = useDesk((s) => s.current);
  const openFindingClaims = useDesk((s) => s.openFindingClaims);
  const rowsProgress = useDesk((s) => s.rowsProgress);
  const scroller = useRef<HTMLDivElement>(null);
  // Stable while the list is: a new key function makes the virtualizer re-measure every row.
  const itemKey = useCallback((index: number) => visible[index]?.id ?? index, [visible]);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 10,
    // Sizes follow the claim, not its position: adding or undoing a claim shifts every row below it,
    // and a row must not keep the height measured for the claim that sat at its index before.
    getItemKey: itemKey,
  });

  const selectedIndex = useMemo(() => visible.findIndex((r) => r.id === selectedClaimId), [visible, selectedClaimId]);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  // One Tab stop for the whole list (roving tabindex): the selected claim, else the first one shown.
  // Arrow keys, Home / End, and j / k (App) move the selection, and the focus follows it.
  const rendered = virtualizer.getVirtualItems();
  const tabStop = selectedIndex >= 0 && rendered.some((i) => i.index === selectedIndex) ? selectedIndex : (rendered[0]?.index ?? -1);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const focused = document.activeElement;
    if (!list || !selectedClaimId || !(focused instanceof HTMLElement) || !focused.matches('.claim-item') || !list.contains(focused)) return;
    if (focused.dataset.listClaim === selectedClaimId) return;
    // The row may be rendered only after the scroll above: wait a frame for it.
    const id = requestAnimationFrame(() => [...list.querySelectorAll<HTMLElement>('.claim-item')].find((b) => b.dataset.listClaim === selectedClaimId)?.focus());
    return () => cancelAnimationFrame(id);
  }, [selectedClaimId, rendered.length]);
  // A focused row that leaves the list (v on an unreviewed claim under the "Chưa xét" chip) would drop
  // the focus to <body>, where j / k no longer move it. Which row held the focus is read while
  // rendering, before React removes it; after the commit the focus and the selection go to the row
  // that took its place (the next one, else the one before).
  const shownIds = useRef<{ id: string; articleId: string }[]>([]);
  const focusedRow = useRef<string | null>(null);
  const active = typeof document === 'undefined' ? null : document.activeElement;
  focusedRow.current =
    active instanceof HTMLElement && active.matches('.claim-item') && listRef.current?.contains(active) ? (active.dataset.listClaim ?? null) : null;
  useLayoutEffect(() => {
    const lost = focusedRow.current;
    const shownBefore = shownIds.current;
    shownIds.current = visible.map((r) => ({ id: r.id, articleId: r.articleId }));
    const list = listRef.current;
    if (!lost || !list || visible.some((r) => r.id === lost)) return;
    // Only a row this editor's own review removed: another editor's review of the claim being read
    // must not move the selection to a claim this editor has not looked at (review 2 of s31-ui).
    if (useDesk.getState().lastOwnReview !== lost) return;
    const now = document.activeElement;
    if (now && now !== document.body && now.isConnected) return;
    const before = shownBefore.map((r) => r.id);
    const lostArticle = shownBefore.find((r) => r.id === lost)?.articleId;
    const still = new Set(shownIds.current.map((r) => r.id));
    const at = before.indexOf(lost);
    const nextId = before.slice(at + 1).find((id) => still.has(id)) ?? before.slice(0, Math.max(0, at)).reverse().find((id) => still.has(id)) ?? visible[0]?.id;
    const next = visible.find((r) => r.id === nextId);
    // Never into another article ("Mọi bài"): that would open it by itself.
    if (!next || next.articleId !== lostArticle) return;
    if (lost === useDesk.getState().selectedClaimId) selectRow(next);
    list.querySelector<HTMLElement>(`[data-list-claim="${CSS.escape(next.id)}"]`)?.focus();
  }, [visible, selectRow]);
  const onListKey = (e: ReactKeyboardEvent<HTMLOListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = (() => {
      if (e.key === 'ArrowDown') return Math.min(visible.length - 1, Math.max(0, selectedIndex + 1));
      if (e.key === 'ArrowUp') return Math.max(0, selectedIndex - 1);
      if (e.key === 'Home') return 0;
      if (e.key === 'End') return visible.length - 1;
      return null;
    })();
    if (target === null) return;
    e.preventDefault();
    e.stopPropagation();
    const row = visible[target];
    if (row) selectRow(row);
  };

  if (scope === 'article' && !current) return null;
  return (
    <div className="claim-list-wrap">
      <p className="count" data-testid="claim-count">
        {tCount(lang, visible.length, 'claimsCount')}
      </p>
      {scope === 'all' && rowsProgress ? (
        // Every article's claims are still arriving in the background: the list is not whole yet.
        <p className="count rows-loading" role="status" data-testid="rows-loading">
          {t(lang, 'rowsLoading')}
          {rowsProgress.total !== null ? ` ${formatNumber(rowsProgress.loaded, lang)}/${formatNumber(rowsProgress.total, lang)}` : ''}
        </p>
      ) : null}
      {visible.length === 0 ? <p className="empty">{current && current.claims.length === 0 && scope === 'article' ? t(lang, 'noClaims') : t(lang, 'noMatch')}</p> : null}
      <div className="claim-scroll" ref={scroller}>
        <ol ref={listRef} className="claim-list" aria-label={t(lang, 'claims')} style={{ height: virtualizer.getTotalSize() }} onKeyDown={onListKey}>
          {rendered.map((item) => {
            const r = visible[item.index];
            if (!r) return null;
            const selected = r.id === selectedClaimId;
            return (
              <li key={r.id} ref={virtualizer.measureElement} data-index={item.index} style={{ transform: `translateY(${item.start}px)` }}>
                <button
                  type="button"
                  data-list-claim={r.id}
                  className={`claim-item status-${r.status}${selected ? ' selected' : ''}`}
                  aria-pressed={selected}
                  tabIndex={item.index === tabStop ? 0 : -1}
                  onClick={() => selectRow(r)}
                >
                  <span className="status-icon" aria-label={statusLabels[r.status][lang]} title={statusLabels[r.status][lang]}>
                    {statusIcons[r.status]}
                  </span>
                  <span className="claim-quote">{r.quote}</span>
                  {openFindingClaims.has(r.id) ? <span className="finding-badge" title="⟷">⟷</span> : null}
                  <span className="claim-sub">
                    {kindLabels[r.kind][lang]}
                    {r.value !== null ? ` · ${formatClaimValue(r.value, r.kind, lang)}${r.total !== null ? '/' + formatNumber(r.total, lang) : ''}` : ''}
                    {r.subject ? ` · ${r.subject}` : ''}
                    {r.metric ? ` · ${r.metric}` : ''}
                    {r.origin === 'manual' ? ` · ${t(lang, 'manual')}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}

export function ClaimsPane() {
  useFoldRowsWhenIdle(useDesk((s) => s.rows));
  return (
    <>
      <FilterBar />
      <ClaimList />
    </>
  );
}
