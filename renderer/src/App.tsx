import { useEffect, useRef, useState } from 'react';
import { ClaimDetail } from './features/claims/ClaimDetail';
import { ClaimsPane } from './features/claims/ClaimsPane';
import { Library } from './features/library/Library';
import { visibleArticles } from './features/library/visibleArticles';
import { Reader } from './features/reader/Reader';
import { formatNumber, t, type MessageId } from './i18n';
import { chordStart, commandForKey, shortcutSheet, type DeskCommand, type PendingChord } from './keyboard';
import { verdictScaleOf } from '../../shared/settings';
import { HistoryView } from './features/history/HistoryView';
import { unsavedCount, unsavedDraftCount, useDesk } from './store';
import { findingNoteDraftCount } from './store/drafts';
import { useTransfer } from './store/transfer';
import { useFindings } from './store/findings';
import { FindingsPanel } from './features/findings/FindingsPanel';
import { FindingView } from './features/findings/FindingView';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { DeskLeaving, DeskPresenceLine, DeskStateBadge } from './features/desk/DeskBar';
import { useTeam } from './store/team';
import { ActionNotice } from './features/notice/ActionNotice';
import { failedLabel, numberedLabels } from './features/notice/failedLabel';
import { Modal } from './components/Modal';
import { preloadExtraction } from './features/claims/extraction';
import { endFirstScreen } from './firstScreen';
import { warmDeskEvents } from './api';
import { ConflictsDialog, ExportDialog, ImportDialog, ImportSummary, JobProgress, PasteDialog, ReextractSummary } from './features/transfer/Transfer';

/**
 * What failed to save, one line each, with its own "Thử lại" and "Bỏ" (drop: not sent again). The
 * top bar's "Thử lại" retries them all.
 */
function FailedList() {
  const lang = useDesk((s) => s.lang);
  const failed = useDesk((s) => s.failed);
  const drop = useDesk((s) => s.dropFailed);
  const retryingAll = useDesk((s) => s.retryingFailed);
  // Subscribed: a row shown before the library has loaded gets its article's title once it has.
  const articles = useDesk((s) => s.articles);
  const ref = useRef<HTMLDetailsElement>(null);
  // Rows whose retry is on its way: a second click does not send it twice, "Bỏ" waits for its answer.
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  if (failed.length === 0) return null;
  const lookup = {
    quoteOf: (claimId: string) => {
      const s = useDesk.getState();
      return s.current?.claims.find((c) => c.id === claimId)?.quote ?? s.rows.find((r) => r.id === claimId)?.quote;
    },
    articleText: (articleId: string) => {
      const current = useDesk.getState().current;
      return current?.article.id === articleId ? current.article.text : undefined;
    },
    articleTitle: (articleId: string) => articles.find((a) => a.id === articleId)?.title ?? undefined,
    claimsOfFinding: (findingId: string) => useFindings.getState().findings.find((f) => f.id === findingId)?.claimIds,
  };
  const mark = (key: string, on: boolean) =>
    setBusy((was) => {
      const next = new Set(was);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  // Focus stays in the list (the next row, else its toggle) when a row leaves it; with the list gone,
  // it goes to the reader (not lost on the page).
  const refocus = () =>
    requestAnimationFrame(() => {
      const root = ref.current;
      if (root?.isConnected) {
        if (!root.contains(document.activeElement)) (root.querySelector<HTMLElement>('li button') ?? root.querySelector('summary'))?.focus();
      } else if (document.activeElement === document.body || document.activeElement === null) {
        document.getElementById('reader')?.focus({ preventScroll: true });
      }
    });
  const labels = numberedLabels(failed.map((f) => failedLabel(f.describe, lookup, lang)));
  return (
    <details className="failed-list" data-testid="failed-list" ref={ref}>
      {/* A small toggle: the top bar has no room for words beside the failure's own (its name is for screen readers and the tooltip). */}
      <summary aria-label={t(lang, 'failedDetails')} title={t(lang, 'failedDetails')} />
      <div className="failed-list-body">
        <p className="hint">{t(lang, 'failedDropHint')}</p>
        <ul>
          {failed.map((f, i) => {
            const label = labels[i] ?? '';
            // A row on its way again (its own retry, or the top bar's) can be neither resent nor dropped.
            const sending = busy.has(f.describe) || retryingAll;
            return (
              <li key={f.describe}>
                <span>{label}</span>{' '}
                <button
                  type="button"
                  disabled={sending}
                  aria-label={`${t(lang, 'retry')}: ${label}`}
                  onClick={() => {
                    mark(f.describe, true);
                    void f.retry().finally(() => {
                      mark(f.describe, false);
                      refocus();
                    });
                  }}
                >
                  {t(lang, 'retry')}
                </button>{' '}
                <button
                  type="button"
                  disabled={sending}
                  aria-label={`${t(lang, 'failedDrop')}: ${label}`}
                  onClick={() => {
                    drop(f.describe);
                    refocus();
                  }}
                >
                  {t(lang, 'failedDrop')}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}

function SaveIndicator() {
  const lang = useDesk((s) => s.lang);
  const saveState = useDesk((s) => s.saveState);
  const retry = useDesk((s) => s.retryFailed);
  const unsaved = useDesk((s) => unsavedCount(s));
  if (saveState === 'idle') return null;
  if (saveState === 'failed') {
    return (
      <span className="save save-failed" role="alert" data-testid="save-state">
        {t(lang, 'saveFailed')}{' '}
        {unsaved > 0 ? (
          <span className="save-unsaved" data-testid="unsaved-count">
            · {t(lang, 'unsavedCount').replace('{n}', formatNumber(unsaved, lang))}{' '}
          </span>
        ) : null}
        <button type="button" onClick={() => void retry()}>
          {t(lang, 'retry')}
        </button>
      </span>
    );
  }
  return (
    <span className="save" data-testid="save-state">
      {t(lang, saveState === 'saving' ? 'saving' : 'saved')}
    </span>
  );
}

/**
 * Closing the app while actions still wait for the shared desk (see DeskLeaving). "Ở lại" (or Esc)
 * keeps the app open: the actions go on being sent.
 */
function QuitSheet() {
  const lang = useDesk((s) => s.lang);
  const stay = useTeam((s) => s.stay);
  const stayFailed = useTeam((s) => s.stayFailed);
  // After "Thôi chờ" the app closes: the shared desk saves nothing more (see useTeam.stay).
  const canStay = useTeam((s) => s.gaveUp === null && !s.givingUp);
  return (
    <Modal label={t(lang, 'sharedDesk')} testId="desk-quit">
      <h2>{t(lang, 'sharedDesk')}</h2>
      <DeskLeaving onDismiss={() => window.close()} />
      {stayFailed ? <p role="alert">{t(lang, 'deskStayFailed')}</p> : null}
      {canStay ? (
        <button type="button" onClick={() => void stay()}>
          {t(lang, 'deskStayOpen')} <kbd>Esc</kbd>
        </button>
      ) : null}
    </Modal>
  );
}

function ShortcutSheet() {
  const lang = useDesk((s) => s.lang);
  const close = useDesk((s) => s.setShortcutsOpen);
  const ref = useRef<HTMLButtonElement>(null);
  // Focus goes to "Đóng" at the bottom, but the sheet opens at its top: heading and first keys in view.
  return (
    <Modal label={t(lang, 'shortcuts')} initial={ref}>
      <h2>{t(lang, 'shortcuts')}</h2>
      <table>
        <tbody>
          {shortcutSheet.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{t(lang, s.action as MessageId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" ref={ref} onClick={() => close(false)}>
        {t(lang, 'close')} <kbd>Esc</kbd>
      </button>
    </Modal>
  );
}

/** Focuses the first element matching `selector`; false when there is none. */
function focusFirst(selector: string): boolean {
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus();
  return el !== null;
}

/** The narrow desk of styles.css (1100 px and less): there the library is a drawer over the desk. */
const NARROW = '(max-width: 1100px)';
function isNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;
}

/** Whether the window is narrow now, following resizes. */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(isNarrow);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(NARROW);
    const change = () => setNarrow(query.matches);
    change();
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return narrow;
}

/**
 * Focuses something in the library column. In a narrow window a closed drawer is inert (nothing in it
 * takes the focus), so it is opened first and the focus waits for it to render.
 */
function focusInLibrary(focus: () => boolean): void {
  const s = useDesk.getState();
  if (!isNarrow() || s.drawerOpen) return void focus();
  s.setDrawerOpen(true);
  requestAnimationFrame(() => void focus());
}

/** Keys that act on the claims pane's selection (and the reader's text, for "a"). */
const CLAIM_KEYS: ReadonlySet<DeskCommand['type']> = new Set(['move', 'nextUnreviewed', 'review', 'verdict', 'mode']);

function run(command: DeskCommand): void {
  const s = useDesk.getState();
  const claimId = s.selectedClaimId;
  // A finding open in the centre: the claims pane still holds the article opened before, which the
  // editor is not looking at — a "v" must not verify a claim of another article (QA31 note g).
  if (useFindings.getState().detail && CLAIM_KEYS.has(command.type)) return s.hintKey('findingOpenKeys');
  switch (command.type) {
    case 'move':
      return s.moveSelection(command.step);
    case 'nextUnreviewed':
      return s.nextUnreviewed();
    case 'review':
      if (claimId) {
        void s.review(claimId, { status: command.status });
        // Optional (Cài đặt): v and x move on to the next claim, as a checker works down a list.
        if (s.settings?.autoAdvance && command.status !== 'unreviewed') s.moveSelection(1);
      }
      return;
    case 'verdict': {
      const verdict = s.settings ? verdictScaleOf(s.settings)[command.index] : undefined;
      if (!claimId || !verdict) return;
      const status = s.reviews[claimId]?.status ?? 'unreviewed';
      // A verdict is a review: an unreviewed claim becomes verified (checked) with it.
      void s.review(claimId, { status: status === 'unreviewed' ? 'verified' : status, verdict: verdict.id });
      return;
    }
    case 'goHistory':
      return s.setHistoryViewOpen(true);
    case 'mode':
      if (command.mode === 'add' || claimId) s.setDetailMode(command.mode);
      return;
    case 'undo':
      return void s.undo();
    case 'redo':
      return void s.redo();
    case 'search':
      return focusInLibrary(() => focusFirst('#library-search'));
    case 'goLibrary':
      return focusInLibrary(() => focusFirst('.library-item.selected') || focusFirst('.library-item'));
    case 'goClaims':
      return void focusFirst('#claim-filter-text');
    case 'goFindings':
      // The findings panel sits in the library column: in a narrow window, in the drawer.
      return focusInLibrary(() => focusFirst('.finding-item.selected') || focusFirst('.finding-item') || focusFirst('#findings'));
    case 'article': {
      const list = visibleArticles(s.articles, s.librarySearchHits, s.libraryShow, s.librarySort);
      const index = list.findIndex((a) => a.id === s.current?.article.id);
      const next = list[Math.max(0, Math.min(list.length - 1, index + command.step))];
      if (next) void s.openArticle(next.id);
      return;
    }
    case 'openDetail':
      return void focusFirst('#claim-detail');
    case 'shortcuts':
      return s.setShortcutsOpen(true);
    case 'dialog':
      return useTransfer.getState().open(command.dialog);
    case 'escape':
      // The quit sheet is on top of everything: Esc keeps the app open.
      if (useTeam.getState().leaving === 'quit') return void useTeam.getState().stay();
      if (useTransfer.getState().dialog !== 'none') return useTransfer.getState().open('none');
      if (s.shortcutsOpen) return s.setShortcutsOpen(false);
      // The top bar's open list of failed saves closes before the panes' own steps back.
      {
        const list = document.querySelector<HTMLDetailsElement>('details.failed-list[open]');
        if (list) {
          list.open = false;
          return void list.querySelector('summary')?.focus();
        }
      }
      if (s.historyViewOpen && s.detailMode === 'view') return s.setHistoryViewOpen(false);
      if (useFindings.getState().detail && s.detailMode === 'view') return useFindings.getState().closeFinding();
      if (s.drawerOpen) return s.setDrawerOpen(false);
      if (s.detailMode !== 'view') return s.setDetailMode('view');
      {
        const active = document.activeElement as HTMLElement | null;
        active?.blur();
        // Esc in a field (the search given up): the reader takes the focus, not <body> (out of the Tab order).
        if (active?.matches('input, textarea, select')) focusFirst('#reader');
      }
      return;
  }
}

export function App() {
  const quitting = useTeam((s) => s.leaving === 'quit');
  const init = useDesk((s) => s.init);
  const lang = useDesk((s) => s.lang);
  const loading = useDesk((s) => s.loading);
  const error = useDesk((s) => s.error);
  const notice = useDesk((s) => s.notice);
  const setLang = useDesk((s) => s.setLang);
  const theme = useDesk((s) => s.theme);
  const setTheme = useDesk((s) => s.setTheme);
  const dismissError = useDesk((s) => s.dismissError);
  const errorRetry = useDesk((s) => (s.errorRetry && s.errorRetry.message === s.error ? s.errorRetry.run : null));
  const canUndo = useDesk((s) => s.canUndo);
  const canRedo = useDesk((s) => s.canRedo);
  const undo = useDesk((s) => s.undo);
  const redo = useDesk((s) => s.redo);
  const shortcutsOpen = useDesk((s) => s.shortcutsOpen);
  const setShortcutsOpen = useDesk((s) => s.setShortcutsOpen);
  const dialog = useTransfer((s) => s.dialog);
  const openDialog = useTransfer((s) => s.open);
  const dragging = useTransfer((s) => s.dragging);
  const drawerOpen = useDesk((s) => s.drawerOpen);
  const setDrawerOpen = useDesk((s) => s.setDrawerOpen);
  const historyViewOpen = useDesk((s) => s.historyViewOpen);
  const detailMode = useDesk((s) => s.detailMode);
  const [menuOpen, setMenuOpen] = useState(false);
  const setHistoryViewOpen = useDesk((s) => s.setHistoryViewOpen);
  const narrow = useNarrow();
  // A drawer that closes with the focus inside it (an article opened from it, Esc) hands the focus to
  // its ☰ button: a closed drawer is inert, and the focus must not stay on something nobody sees.
  const drawerWasOpen = useRef(drawerOpen);
  useEffect(() => {
    const closed = drawerWasOpen.current && !drawerOpen;
    drawerWasOpen.current = drawerOpen;
    if (!closed || !narrow) return;
    const active = document.activeElement;
    if (!active || active === document.body || document.querySelector('.pane-library')?.contains(active)) focusFirst('#drawer-toggle');
  }, [drawerOpen, narrow]);

  // Files dropped anywhere on the window are imported (their bytes; nothing is opened or run).
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      useTransfer.getState().setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) useTransfer.getState().setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      void useTransfer.getState().importDropped(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const findingDetail = useFindings((s) => s.detail);
  useEffect(() => {
    const ready = init({ firstScreen: true });
    // The findings panel's first page is asked for right behind the library's first window (init has
    // sent its calls by now, and the service answers in the order asked): the panel comes up with the
    // desk instead of a round trip after it, while the service is not yet busy reading the rest.
    void useFindings.getState().load();
    let stopPreload: (() => void) | null = null;
    let unmounted = false;
    void ready.then(() => {
      performance.mark('crosscheck:interactive');
      // Answers sent ahead and not taken are never used later (see firstScreen.ts).
      endFirstScreen();
      warmDeskEvents();
      // Local workspace or shared desk: the status line and Settings show which.
      void useTeam.getState().load();
      // The add form's extraction engine, once the editor pauses after the first screen (see extraction.ts).
      if (!unmounted) stopPreload = preloadExtraction();
    });
    return () => {
      unmounted = true;
      stopPreload?.();
    };
  }, [init]);

  // Reload or quit with an action pending or failed: the browser (or Electron's main, see
  // electron/leaveGuard.ts) asks first, instead of losing the work without a word (QA31 bug 3).
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      // Typed text left in a note, correction, flag or evidence form is lost too (QA31: the note), and a
      // note typed on a finding and not used by a decision (QA62).
      const unsaved = unsavedCount() + unsavedDraftCount() + findingNoteDraftCount();
      if (unsaved === 0) return;
      e.preventDefault();
      // Still here once the question is answered: the editor stayed, so a quit under way (the shared
      // desk's quit sheet) is over and the desk is theirs again (review of s32-ui, note 8).
      setTimeout(() => useTeam.getState().stayed(), 0);
      // Older Chromium (and Electron) read returnValue to decide whether to ask.
      e.returnValue = t(useDesk.getState().lang, 'unsavedCount').replace('{n}', String(unsaved));
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, []);

  // Findings are re-read when the Node side pushes a summary saying they changed (store/findings.ts),
  // not after every save.

  useEffect(() => {
    let pending: PendingChord = null;
    const onKey = (e: KeyboardEvent) => {
      // Ctrl+Enter saves the form the focus is in, whichever form it is.
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) {
        const form = (e.target as HTMLElement | null)?.closest?.('form');
        if (form) {
          e.preventDefault();
          form.requestSubmit();
          return;
        }
      }
      const command = commandForKey(e, pending);
      const wasPending = pending;
      pending = null;
      if (!command) {
        if (!wasPending) pending = chordStart(e);
        return;
      }
      // While a dialog is open only Esc reaches the desk: a key meant for the dialog must never
      // verify a claim behind it.
      const modal = useTransfer.getState().dialog !== 'none' || useDesk.getState().shortcutsOpen || useTeam.getState().leaving === 'quit';
      if (modal && command.type !== 'escape') return;
      // Let Enter and arrows keep their native meaning on buttons and lists.
      const onControl = (e.target as HTMLElement | null)?.closest?.('button, a, summary, .library-scroll');
      if (onControl && (command.type === 'openDetail' || (command.type === 'move' && e.key.startsWith('Arrow')))) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <button type="button" id="drawer-toggle" className="narrow-only" aria-expanded={drawerOpen} onClick={() => setDrawerOpen(!drawerOpen)}>
          ☰ {t(lang, 'library')}
        </button>
        <strong className="app-title">{t(lang, 'appTitle')}</strong>
        <span className="spacer" />
        <JobProgress />
        <DeskStateBadge />
        <SaveIndicator />
        <FailedList />
        <button type="button" disabled={!canUndo} onClick={() => void undo()} title="Ctrl+Z" aria-label={t(lang, 'undo')}>
          ↶ <span className="label">{t(lang, 'undo')}</span>
        </button>
        <button type="button" disabled={!canRedo} onClick={() => void redo()} title="Ctrl+Shift+Z" aria-label={t(lang, 'redo')}>
          ↷ <span className="label">{t(lang, 'redo')}</span>
        </button>
        {/* In a narrow window these fold into one menu instead of wrapping the bar. */}
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="topbar-menu" onClick={() => setMenuOpen(!menuOpen)}>
          ⋯ {t(lang, 'menu')}
        </button>
        <div id="topbar-menu" className={`topbar-menu${menuOpen ? ' open' : ''}`} onClick={() => setMenuOpen(false)}>
          <button type="button" onClick={() => openDialog('import')} title="Ctrl+O">
            {t(lang, 'importArticles')}
          </button>
          <button type="button" onClick={() => openDialog('export')} title="Ctrl+E">
            {t(lang, 'exportData')}
          </button>
          <button type="button" aria-pressed={historyViewOpen} onClick={() => setHistoryViewOpen(!historyViewOpen)} title="g h">
            {t(lang, 'history')}
          </button>
          <button type="button" className="theme-switch" onClick={() => void setTheme(theme === 'light' ? 'dark' : 'light')}>
            {t(lang, theme === 'light' ? 'darkTheme' : 'lightTheme')}
          </button>
          <button type="button" className="lang-switch" onClick={() => void setLang(lang === 'vi' ? 'en' : 'vi')}>
            {t(lang, 'language')}
          </button>
          <button type="button" onClick={() => openDialog('settings')} title="Ctrl+,">
            {t(lang, 'settings')}
          </button>
          <button type="button" aria-label={t(lang, 'shortcuts')} onClick={() => setShortcutsOpen(true)}>
            ?
          </button>
        </div>
      </header>
      {notice ? (
        <div className="banner" role="status">
          {t(lang, 'recovered')}
          <code>{notice}</code>
        </div>
      ) : null}
      {error ? (
        <div className="banner banner-error" role="alert">
          {error}{' '}
          {errorRetry ? (
            <button
              type="button"
              onClick={() => {
                dismissError();
                errorRetry();
              }}
            >
              {t(lang, 'retry')}
            </button>
          ) : null}{' '}
          <button type="button" onClick={dismissError}>
            {t(lang, 'dismiss')}
          </button>
        </div>
      ) : null}
      {/* Summaries float over the desk's corner (styles.css .toasts) instead of pushing it down. */}
      <div className="toasts">
        <ImportSummary />
        <ReextractSummary />
      </div>
      {loading ? (
        <p className="empty">{t(lang, 'loading')}</p>
      ) : (
        <main className="desk">
          <nav
            className={`pane pane-library${drawerOpen ? ' open' : ''}`}
            aria-label={t(lang, 'library')}
            // A closed drawer is only moved off-screen: out of the Tab order and hidden from screen readers.
            inert={narrow && !drawerOpen}
          >
            <h2>{t(lang, 'library')}</h2>
            <Library />
            <FindingsPanel />
          </nav>
          <section className="pane pane-reader">
            {historyViewOpen ? <HistoryView /> : findingDetail ? <FindingView key={findingDetail.finding.id} detail={findingDetail} /> : <Reader />}
          </section>
          <aside className={`pane pane-claims${detailMode === 'view' ? '' : ' form-open'}`} aria-label={t(lang, 'claims')}>
            <h2>{t(lang, 'claims')}</h2>
            <ClaimsPane />
            <ClaimDetail />
          </aside>
        </main>
      )}
      <footer className="statusbar">
        <DeskPresenceLine />
        <ActionNotice />
      </footer>
      {shortcutsOpen ? <ShortcutSheet /> : null}
      {dialog === 'import' ? <ImportDialog /> : null}
      {dialog === 'paste' ? <PasteDialog /> : null}
      {dialog === 'export' ? <ExportDialog /> : null}
      {dialog === 'conflicts' ? <ConflictsDialog /> : null}
      {dialog === 'settings' ? <SettingsDialog /> : null}
      {quitting ? <QuitSheet /> : null}
      {dragging ? (
        <div className="overlay drop" aria-hidden="true">
          <p>{t(lang, 'dropHere')}</p>
        </div>
      ) : null}
    </div>
  );
}
