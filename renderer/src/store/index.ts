import { create } from 'zustand';
import { toClaimRow } from '../../../shared/claimRow';
import { type ArticleSummary, type ClaimFields, type ClaimRow, type ImportReport, type ReextractReport, type RemoteChange, type ReviewInput, type UndoOutcome } from '../../../shared/ipc/contract';
import type { Article, AuditEvent, Claim, Review, ReviewStatus, Settings } from '../../../shared/schema';
import { ok, type Result } from '../../../shared/result';
import { api, backgroundApi, isNoAnswer, noAnswerMessage, onDeskEvent, whenQuiet, writeFailure } from '../api';
import { emptyFilter, type ClaimFilter, type ClaimOrder } from '../features/claims/filter';
import { LIBRARY_WINDOW } from '../features/library/visibleArticles';
import { firstScreenCall } from '../firstScreen';
import type { Lang } from '../i18n';
import { MAX_PAGE } from '../../../shared/limits';
import { reviewAction } from '../../../shared/review';
import { visibleRows } from './visible';
import { draftCount, settleDrafts } from './drafts';
import { parseFailedKey } from './failedKey';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
/** Short lines for keys that had nothing to do (i18n message ids). */
export type KeyHintId = 'noUnreviewedLeft' | 'findingOpenKeys';
export type Theme = 'light' | 'dark';
export type ReviewRequest = Omit<ReviewInput, 'claimId'>;
export type LibrarySort = 'order' | 'date' | 'title' | 'progress';
export type LibraryShow = 'all' | 'unfinished' | 'flagged';
/** What the detail pane is asking the editor for, if anything. */
export type DetailMode = 'view' | 'correct' | 'flag' | 'edit' | 'add';

interface OpenArticle {
  article: Article;
  claims: Claim[];
}

/** An action that failed to save, waiting for its retry. */
export interface Failed {
  /** Which action: a later failure of the same key replaces it, a later success of it removes it. */
  describe: string;
  retry: () => Promise<void>;
}

/** What the last action, undo or redo did, for the live notice (and its link to the claim). */
export interface ActionNotice {
  /** Increases with every notice, so the same words twice are still announced. */
  seq: number;
  direction: 'done' | 'undo' | 'redo';
  /** The audited action code ("review.verified"); the notice shows it in words. */
  action: string;
  claimId: string | null;
  articleId: string | null;
  quote: string | null;
  /** What the figure is about (metric or subject), to tell nine "100%" apart. */
  context: string | null;
  /** False when the claim is gone (an added claim that was undone): no link then. */
  exists: boolean;
}

export interface DeskState {
  lang: Lang;
  theme: Theme;
  settings: Settings | null;
  loading: boolean;
  error: string | null;
  /** A read that got no answer (opening an article, the claim list): the banner's "Thử lại" for `error`. */
  errorRetry: { message: string; run: () => void } | null;
  notice: string | null;
  /** What re-extraction by a newer engine did when this workspace was opened. */
  upgraded: ReextractReport | null;
  /** The job re-extracting the workspace for a newer engine while the desk is open (followed by the transfer store). */
  upgrading: string | null;
  /**
   * The sample articles' import (at first start, or "open samples") when a failed save stopped it
   * partway: shown like an import's report (what came in, where it stopped, what did not).
   */
  samplesReport: ImportReport | null;
  workspacePath: string | null;
  saveState: SaveState;
  /** Every action that failed to save and waits for its retry, oldest first (one per key). */
  failed: Failed[];
  /** The top bar's "Thử lại" is sending the failed actions again. */
  retryingFailed: boolean;
  /** Calls that commit sent and not answered yet (see inFlightCommit). */
  pendingCommits: number;

  articles: ArticleSummary[];
  rows: ClaimRow[];
  /** False until every claim's row has arrived (the library is usable before). */
  rowsLoaded: boolean;
  /** While rows load in the background: how many arrived of how many (total null before the first page). */
  rowsProgress: { loaded: number; total: number | null } | null;
  /**
   * While the library is shown in part (its first screen, the rest coming by pages in the background):
   * how many articles have arrived of how many (they are put in place together, at the end); `stalled`
   * once reading the rest failed. Null once the desk holds them all.
   */
  libraryProgress: { received: number; total: number; stalled: boolean } | null;
  librarySearch: string;
  /** Ids matching the library search, null when there is no search. */
  librarySearchHits: Set<string> | null;
  librarySort: LibrarySort;
  libraryShow: LibraryShow;

  current: OpenArticle | null;
  reviews: Record<string, Review>;
  selectedClaimId: string | null;
  scope: 'article' | 'all';
  filter: ClaimFilter;
  order: ClaimOrder;
  detailMode: DetailMode;
  /** Text the editor selected in the reader, for adding a claim or moving a claim's span. */
  selection: { articleId: string; start: number; end: number } | null;
  history: { targetId: string; events: AuditEvent[] } | null;
  openFindingClaims: Set<string>;
  canUndo: boolean;
  canRedo: boolean;
  actionNotice: ActionNotice | null;
  /**
   * Another editor of the shared desk changed the status of the claim this editor reviewed last or
   * has selected (QA31 note f): "Minh đã đổi «…» thành Loại bỏ", shown in the status line until this
   * editor's next action.
   */
  remoteNotice: { seq: number; who: string; claimId: string; articleId: string; quote: string; status: ReviewStatus } | null;
  /**
   * The claim this desk's editor reviewed last, set at once (before the save answers): a row that this
   * review removes from a filtered list hands the focus on (ClaimList); a row another editor's review
   * removes does not move this editor's selection.
   */
  lastOwnReview: string | null;
  /** A short line for a key that had nothing to do ("n" with no unreviewed claim left), shown in the status bar until the next action. */
  keyHint: { seq: number; id: KeyHintId } | null;
  /** Shows a short line for a key that had nothing to do. */
  hintKey(id: KeyHintId): void;
  /** Text a finding points at without a claim ("Năm 20220"), outlined in the reader. */
  spotlight: { articleId: string; start: number; end: number } | null;
  /** Opens an article at a span of its text (a finding's span), outlined. */
  openSpan(articleId: string, start: number, end: number): Promise<void>;
  /** False when an article was opened without naming a claim: the reader starts at its title. */
  revealClaim: boolean;
  /** Bumped by jumpToClaim so the reader scrolls to the claim even when it was already selected. */
  jumpSeq: number;
  /** Opens the claim's article, selects the claim and brings it into view. */
  jumpToClaim(claimId: string, articleId: string): Promise<void>;
  shortcutsOpen: boolean;
  articleHistoryOpen: boolean;
  /** The workspace-wide history in the centre pane. */
  historyViewOpen: boolean;
  setHistoryViewOpen(open: boolean): void;
  /** Narrow windows: the library is a drawer over the desk. */
  drawerOpen: boolean;
  setDrawerOpen(open: boolean): void;

  /**
   * Reads the workspace: its info, the library, the claim rows (in the background). `firstScreen`:
   * the desk's start, where a big workspace's library comes first by its first LIBRARY_WINDOW
   * articles and the rest once the desk is interactive (a reload reads it whole).
   */
  init(options?: { firstScreen?: boolean }): Promise<void>;
  openArticle(articleId: string, claimId?: string): Promise<void>;
  selectClaim(claimId: string | null): void;
  selectRow(row: ClaimRow): void;
  moveSelection(step: 1 | -1): void;
  nextUnreviewed(): void;
  review(claimId: string, request: ReviewRequest): Promise<boolean>;
  addClaim(fields: ClaimFields): Promise<boolean>;
  editClaim(claimId: string, change: { start?: number; end?: number; fields?: ClaimFields }): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  loadHistory(claimId: string): Promise<void>;
  importSamples(): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
  setLibrarySearch(query: string): Promise<void>;
  setLibrarySort(sort: LibrarySort): void;
  setLibraryShow(show: LibraryShow): void;
  setScope(scope: 'article' | 'all'): void;
  setFilter(patch: Partial<ClaimFilter>): void;
  setOrder(order: ClaimOrder): void;
  setDetailMode(mode: DetailMode): void;
  setSelection(selection: DeskState['selection']): void;
  setShortcutsOpen(open: boolean): void;
  setArticleHistoryOpen(open: boolean): void;
  retryFailed(): Promise<void>;
  /**
   * Gives up on one failed action (the top bar's list, "Bỏ"): it is not sent again and no longer
   * counts as unsaved; what it touched is read back from the store (it may have landed unanswered).
   */
  dropFailed(describe: string): void;
  dismissError(): void;
  /** Says in the status bar what an action with no claim of its own did (a finding decided: "Xử lý phát hiện"). */
  announceAction(action: string): void;
  /** Re-reads the articles of these claims (after an action that changed their reviews elsewhere). */
  applyReviewChanges(claimIds: readonly string[]): Promise<void>;
  /** Re-reads the library and every claim row, a page at a time (after an import or a re-extraction). */
  reloadAll(): Promise<void>;
  /** Another editor's commit on a shared desk: re-reads what it touched, the open article included. */
  applyRemoteChange(change: RemoteChange): Promise<void>;
}

function applyDocumentPrefs(lang: Lang, theme: Theme): void {
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
}

/** Replaces the rows of the given claims, keeping every other row object as it is. */
/**
 * True when a review answer was not stored: resetting a claim that never had a review gives back an
 * empty unreviewed review the Node side did not save, so the claim still has no stored version.
 */
function storedNothing(seen: string | null | undefined, saved: Review): boolean {
  return (
    seen === null &&
    saved.status === 'unreviewed' &&
    !saved.verdict &&
    !saved.note &&
    (saved.evidence?.length ?? 0) === 0 &&
    saved.correctedValue == null &&
    !saved.correctedText
  );
}

function patchRows(rows: ClaimRow[], patch: Map<string, Partial<ClaimRow>>): ClaimRow[] {
  if (patch.size === 0) return rows;
  return rows.map((r) => {
    const p = patch.get(r.id);
    return p ? { ...r, ...p } : r;
  });
}

/** Rows per background page: small enough that a foreground call arriving meanwhile waits little. */
const ROWS_PAGE = MAX_PAGE;

/** Puts an article's rows in place of its old ones (where they stood, so workspace order holds). */
function replaceArticleRows(rows: ClaimRow[], articleId: string, fresh: ClaimRow[]): ClaimRow[] {
  const at = rows.findIndex((r) => r.articleId === articleId);
  const rest = rows.filter((r) => r.articleId !== articleId);
  if (at < 0) return [...rest, ...fresh];
  return [...rest.slice(0, at), ...fresh, ...rest.slice(at)];
}

/** An article's library counts after one claim's status changed. */
function recount(a: ArticleSummary, from: ReviewStatus, to: ReviewStatus): ArticleSummary {
  const reviewed = (s: ReviewStatus) => Number(s !== 'unreviewed');
  const flagged = (s: ReviewStatus) => Number(s === 'flagged');
  return { ...a, reviewedCount: a.reviewedCount - reviewed(from) + reviewed(to), flaggedCount: a.flaggedCount - flagged(from) + flagged(to) };
}

export function selectVisible(s: DeskState): ClaimRow[] {
  return visibleRows({
    rows: s.rows,
    scope: s.scope,
    currentArticleId: s.current?.article.id ?? null,
    filter: s.filter,
    order: s.order,
    openFindingClaims: s.openFindingClaims,
  });
}

/**
 * An action's result as the service saved it. When the findings could not be updated after it (its
 * re-analysis failed: `findingsNotUpdated`, already in the desk's language), the action still stands:
 * the result is applied as usual, never rolled back nor offered for a retry that would repeat it, and
 * the notice is shown apart from the save (the findings are analysed again at the next edit or open).
 */
export function appliedSaved<T extends { findingsNotUpdated?: string | undefined }>(value: T): T {
  if (value.findingsNotUpdated === undefined) return value;
  useDesk.setState({ error: value.findingsNotUpdated });
  const { findingsNotUpdated: _shown, ...rest } = value;
  return rest as T;
}

/** Articles a page of the library's background read holds (see loadRestOfLibrary). */
const LIBRARY_PAGE = MAX_PAGE;

export const useDesk = create<DeskState>((set, get) => {
  const fail = (message: string) => set({ error: message });
  /** A failed result's message in the banner; a read that got no answer offers `retry` there. */
  const unwrap = <T>(result: Result<T>, retry?: () => void): T | null => {
    if (result.ok) return result.value;
    fail(result.error.message);
    if (retry && isNoAnswer(result.error)) set({ errorRetry: { message: result.error.message, run: retry } });
    return null;
  };
  /** An undo or redo that got no answer is not "could not load": said as a command not answered. */
  const unwrapStep = <T>(result: Result<T>): T | null => {
    if (!result.ok && isNoAnswer(result.error)) {
      fail(noAnswerMessage('noAnswerCommand'));
      return null;
    }
    return unwrap(result);
  };

  let openTicket = 0;
  let noticeSeq = 0;
  /**
   * Bumped whenever the library counts are read again from the Node side (a reload after a worker
   * restart, an import, an undo's refresh): a review on its way then was not in that read, so its
   * answer re-reads the counts instead of trusting the optimistic shift (QA31 note m: "0/31 đã xét"
   * next to a saved "✓ Đã xác minh" after a crash).
   */
  let countsEpoch = 0;
  /** Raised by every read of the whole library: only the latest one asked for is put in place. */
  let libraryGeneration = 0;
  /**
   * Raised by every change this desk makes to the library's counts without reading the whole library
   * (a review's shift, a claim added, an article read again): a read of the whole library under way
   * meanwhile may have been taken before it, so it is read again (readWholeLibrary).
   */
  let countChanges = 0;
  /** The whole library, read (up to three times) until no count changed here while it was read. */
  async function readWholeLibrary(via: typeof api): Promise<Result<ArticleSummary[]>> {
    for (let attempt = 1; ; attempt++) {
      const changes = countChanges;
      const listed = await via.listArticles({});
      if (!listed.ok || changes === countChanges || attempt === 3) return listed;
    }
  }
  async function relistCounts(): Promise<void> {
    const generation = ++libraryGeneration;
    const listed = await readWholeLibrary(api);
    if (generation !== libraryGeneration) return;
    if (listed.ok) putLibrary(listed.value);
    else if (get().libraryProgress !== null) {
      // It took over from the background read of a library shown in part: that read goes on.
      void readRestWhole(++libraryGeneration);
    }
  }

  /**
   * The library's articles past its first screen (`first`, of `total`), read by pages in the
   * background once the desk is interactive, each when no foreground call is on its way (10,000
   * summaries are megabytes: neither the first screen nor an article opened meanwhile waits for
   * them), and put in place at once. Read whole instead when a page fails, when articles came or
   * went meanwhile, or when a count changed here meanwhile (a page read before it would undo it).
   */
  async function loadRestOfLibrary(first: readonly ArticleSummary[], total: number, changes: number): Promise<void> {
    const generation = ++libraryGeneration;
    const all = [...first];
    set({ libraryProgress: { received: all.length, total, stalled: false } });
    while (all.length < total) {
      await whenQuiet();
      if (generation !== libraryGeneration) return;
      const page = await backgroundApi.articlePage({ offset: all.length, limit: LIBRARY_PAGE });
      if (generation !== libraryGeneration) return;
      if (!page.ok || page.value.total !== total || page.value.articles.length === 0) return readRestWhole(generation);
      all.push(...page.value.articles);
      set({ libraryProgress: { received: Math.min(all.length, total), total, stalled: false } });
    }
    if (changes !== countChanges) return readRestWhole(generation);
    putLibrary(all);
  }

  async function readRestWhole(generation: number): Promise<void> {
    await whenQuiet();
    if (generation !== libraryGeneration) return;
    const listed = unwrap(await readWholeLibrary(backgroundApi), () => void readRestWhole(++libraryGeneration));
    if (listed && generation === libraryGeneration) putLibrary(listed);
    // Nothing more is on its way: say the library stays in part, not that it is loading.
    else if (!listed && generation === libraryGeneration) set((s) => (s.libraryProgress ? { libraryProgress: { ...s.libraryProgress, stalled: true } } : {}));
  }

  /** The whole library from Node in place (counts shifted here since are in it: see readWholeLibrary). */
  function putLibrary(articles: ArticleSummary[]): void {
    countsEpoch++;
    set({ articles, libraryProgress: null });
    performance.mark('crosscheck:library-loaded');
  }
  const reviewTickets = new Map<string, number>();
  /**
   * The version (`updatedAt`, null: no review) of each claim's review as the Node side last gave it
   * to this desk: what the editor's screen is built on. Review actions send it as `seen`, so on a
   * shared desk a decision taken from a review another editor has replaced since is refused instead
   * of overwriting theirs. Absent: unknown, no check.
   */
  const shownVersions = new Map<string, string | null>();
  /** Saves of one claim's review go out one after another, each with the version the one before left. */
  const reviewChains = new Map<string, Promise<unknown>>();
  const noteShown = (claims: readonly Claim[], reviews: Record<string, Review>) => {
    for (const c of claims) shownVersions.set(c.id, reviews[c.id]?.updatedAt ?? null);
  };

  function announce(direction: ActionNotice['direction'], action: string, claimId: string | null, row: ClaimRow | undefined, exists: boolean): void {
    set({
      keyHint: null,
      remoteNotice: null,
      actionNotice: {
        seq: ++noticeSeq,
        direction,
        action,
        claimId,
        articleId: row?.articleId ?? null,
        quote: row?.quote ?? null,
        context: row?.metric ?? row?.subject ?? null,
        exists,
      },
    });
  }

  /**
   * Every claim row, read in the background after the desk is interactive: small pages, each sent
   * only when no foreground call (an article open, a findings page, a save) is waiting, so none of
   * those is ever queued behind a page of rows. If claims were added or removed meanwhile (the
   * total moved) the offsets shifted: read again (at most three times; ids are never doubled).
   */
  async function loadRows(generation: number): Promise<ClaimRow[] | null> {
    let all: ClaimRow[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      all = [];
      const seen = new Set<string>();
      let total: number | null = null;
      let moved = false;
      for (let offset = 0; ; offset += ROWS_PAGE) {
        await whenQuiet();
        // Overtaken by a later load (a reload, the library read again): that one reads the rows.
        if (generation !== rowsGeneration) return null;
        const page = unwrap(await backgroundApi.listClaims({ offset, limit: ROWS_PAGE }), () => void loadAllRows());
        if (!page || generation !== rowsGeneration) return null;
        if (total !== null && page.total !== total) moved = true;
        total = page.total;
        for (const row of page.rows) {
          if (seen.has(row.id)) continue;
          seen.add(row.id);
          all.push(row);
        }
        if (generation === rowsGeneration) set({ rowsProgress: { loaded: Math.min(all.length, total), total } });
        if (page.rows.length === 0 || offset + ROWS_PAGE >= page.total) break;
      }
      if (!moved && all.length === total) return all;
    }
    return all;
  }

  /** Articles the desk re-read (opened, refreshed) while every row was loading; null: not loading. */
  let rowsTouched: Set<string> | null = null;
  let rowsGeneration = 0;

  /**
   * Loads every row in the background, then puts them in place: the open article's rows (kept
   * current while loading) and the statuses of its reviews win over the pages, and the other
   * articles re-read meanwhile (an undo, a finding decided with reviews) are read once more.
   */
  async function loadAllRows(): Promise<void> {
    const generation = ++rowsGeneration;
    const touched = new Set<string>();
    rowsTouched = touched;
    set({ rowsProgress: { loaded: 0, total: null } });
    const all = await loadRows(generation);
    if (generation !== rowsGeneration) return;
    rowsTouched = null;
    set({ rowsProgress: null });
    if (!all) return;
    const s = get();
    const currentId = s.current?.article.id;
    let rows = all;
    if (currentId) rows = replaceArticleRows(rows, currentId, s.rows.filter((r) => r.articleId === currentId));
    const fresher = new Map(Object.values(s.reviews).map((r) => [r.claimId, { status: r.status }]));
    set({ rows: patchRows(rows, fresher), rowsLoaded: true });
    performance.mark('crosscheck:rows-loaded');
    if (currentId) touched.delete(currentId);
    if (touched.size > 0) await refreshArticlesOf(touched);
  }

  /**
   * Re-reads only the given articles (their claims and reviews) and puts them in place: their rows,
   * their library counts and, if one is open, the reader. Used after actions whose effect reaches
   * beyond one status (undo, redo, a finding resolved with reviews), instead of re-listing everything.
   */
  async function refreshArticlesOf(articleIds: Iterable<string>): Promise<void> {
    for (const articleId of new Set(articleIds)) {
      rowsTouched?.add(articleId);
      const result = await api.getArticle({ articleId });
      if (!result.ok) continue;
      const { article, claims } = result.value;
      const reviews: Record<string, Review> = {};
      for (const r of result.value.reviews) reviews[r.claimId] = r;
      noteShown(claims, reviews);
      const fresh = claims.map((c) => toClaimRow(c, reviews[c.id]?.status ?? 'unreviewed'));
      const reviewed = fresh.filter((r) => r.status !== 'unreviewed').length;
      const flagged = fresh.filter((r) => r.status === 'flagged').length;
      countsEpoch++;
      countChanges++;
      set((s) => ({
        rows: s.rowsLoaded || s.current?.article.id === articleId ? replaceArticleRows(s.rows, articleId, fresh) : s.rows,
        articles: s.articles.map((a) =>
          a.id === articleId ? { ...a, claimCount: fresh.length, reviewedCount: reviewed, flaggedCount: flagged } : a,
        ),
        ...(s.current?.article.id === articleId
          ? {
              current: { article, claims },
              reviews,
              selectedClaimId: s.selectedClaimId && claims.some((c) => c.id === s.selectedClaimId) ? s.selectedClaimId : (claims[0]?.id ?? null),
            }
          : {}),
      }));
    }
  }

  /**
   * After "Bỏ" on a failed action: what it touched is read back from the store. "No answer" is not "not
   * saved" (the answer can be lost after the commit): the screen must show what is stored, not the
   * rollback of the failure — nor a language or theme that was never saved.
   */
  async function readBackDropped(describe: string): Promise<void> {
    const { kind, id } = parseFailedKey(describe);
    // After the saves on their way (a flag pressed right after "Bỏ"), and again when one overtook the
    // read: what is shown is what the store holds once they landed.
    for (let tries = 0; tries < 10; tries++) {
      await whenQuiet();
      const sent = commitsSent;
      if (kind === 'review' || kind === 'editClaim') {
        const s = get();
        const articleId = s.current?.claims.find((c) => c.id === id)?.articleId ?? s.rows.find((r) => r.id === id)?.articleId;
        if (articleId) await refreshArticlesOf([articleId]);
      } else if (kind === 'addClaim') {
        await refreshArticlesOf([id]);
      } else if (kind === 'decideFinding') {
        await reloadFindings?.();
      } else if (kind === 'settings') {
        const info = await api.getWorkspaceInfo({});
        if (!info.ok) return;
        // Only what was dropped: a failed theme kept in the list stays as the editor set it.
        const keys = id.split(',');
        const { settings } = info.value;
        const lang = keys.includes('language') ? settings.language : get().lang;
        const theme = keys.includes('theme') ? settings.theme : get().theme;
        applyDocumentPrefs(lang, theme);
        set({ settings, lang, theme });
      }
      if (commitsSent === sent) return;
    }
  }

  /** Applies what an undo or redo touched: the articles of those claims, nothing else. */
  async function refreshAfterStep(outcome: UndoOutcome, direction: 'undo' | 'redo'): Promise<void> {
    const touched = new Set(outcome.claimIds);
    const first = outcome.claimIds[0] ?? null;
    const row = outcome.rows.find((r) => r.id === first) ?? get().rows.find((r) => r.id === first);
    if (outcome.action) announce(direction, outcome.action, first, row, outcome.rows.some((r) => r.id === first));
    const articleIds = new Set(outcome.rows.map((r) => r.articleId));
    for (const r of get().rows) if (touched.has(r.id)) articleIds.add(r.articleId);
    for (const c of get().current?.claims ?? []) if (touched.has(c.id)) articleIds.add(c.articleId);
    await refreshArticlesOf(articleIds);
  }

  async function reloadAll(): Promise<void> {
    await relistCounts();
    const current = get().current;
    if (current) await get().openArticle(current.article.id, get().selectedClaimId ?? undefined);
    void loadAllRows();
  }

  // The background service restarted after a crash: say so, then read everything again from it.
  onDeskEvent((event) => {
    if (event.type !== 'host') return;
    if (event.state === 'ready') {
      set({ notice: null });
      void reloadAll();
    } else set({ error: event.message, saveState: get().saveState === 'saving' ? 'failed' : get().saveState });
  });

  /**
   * Adds a claim on this span. Its retry sends the same span: the selection may be gone by then (a
   * click in the text) or be other words (review of s32-ui, finding 4).
   */
  async function addClaimAt(span: { articleId: string; start: number; end: number }, fields: ClaimFields): Promise<boolean> {
    const saved = await saving(
      () => api.addClaim({ ...span, fields }),
      `addClaim:${span.articleId}:${span.start}-${span.end}`,
      async () => void (await addClaimAt(span, fields)),
    );
    if (!saved) return false;
    const claim = appliedSaved(saved);
    const same = (sel: DeskState['selection']) => sel?.articleId === span.articleId && sel.start === span.start && sel.end === span.end;
    countChanges++;
    set((s) => ({
      rows: [...s.rows, toClaimRow(claim, 'unreviewed')],
      // Words selected since (the retry of an older add) stay selected.
      selection: same(s.selection) ? null : s.selection,
      articles: s.articles.map((a) => (a.id === claim.articleId ? { ...a, claimCount: a.claimCount + 1 } : a)),
    }));
    announce('done', 'claim.add', claim.id, toClaimRow(claim, 'unreviewed'), true);
    await get().openArticle(claim.articleId, claim.id);
    return true;
  }

  async function saveSettings(patch: { language?: Lang; theme?: Theme }): Promise<void> {
    // One failed entry per setting: a language change saved after a failed theme leaves the theme's.
    const key = `settings:${Object.keys(patch).sort().join(',')}`;
    const saved = await saving(() => api.updateSettings(patch), key, () => saveSettings(patch), { undoable: false });
    if (saved) set({ settings: saved });
  }

  return {
    lang: 'vi',
    theme: 'light',
    settings: null,
    loading: true,
    error: null,
    errorRetry: null,
    notice: null,
    upgraded: null,
    upgrading: null,
    samplesReport: null,
    workspacePath: null,
    saveState: 'idle',
    failed: [],
    retryingFailed: false,
    pendingCommits: 0,
    articles: [],
    rows: [],
    rowsLoaded: false,
    rowsProgress: null,
    libraryProgress: null,
    librarySearch: '',
    librarySearchHits: null,
    librarySort: 'order',
    libraryShow: 'all',
    current: null,
    reviews: {},
    selectedClaimId: null,
    scope: 'article',
    filter: emptyFilter,
    order: 'position',
    detailMode: 'view',
    selection: null,
    history: null,
    openFindingClaims: new Set(),
    canUndo: false,
    canRedo: false,
    actionNotice: null,
    remoteNotice: null,
    lastOwnReview: null,
    keyHint: null,
    hintKey: (id) => set({ keyHint: { seq: ++noticeSeq, id } }),
    spotlight: null,
    revealClaim: false,
    async openSpan(articleId, start, end) {
      await get().openArticle(articleId);
      set({ spotlight: { articleId, start, end } });
    },
    jumpSeq: 0,
    async jumpToClaim(claimId, articleId) {
      set({ drawerOpen: false, historyViewOpen: false });
      if (get().current?.article.id === articleId) set({ selectedClaimId: claimId, detailMode: 'view' });
      else await get().openArticle(articleId, claimId);
      // The row may be hidden by the filters: clear them so the claim shows in the list.
      if (!selectVisible(get()).some((r) => r.id === claimId)) set({ filter: emptyFilter });
      // The list scrolls the selected row into view; the reader scrolls its highlight.
      set({ jumpSeq: get().jumpSeq + 1 });
    },
    shortcutsOpen: false,
    articleHistoryOpen: false,
    historyViewOpen: false,
    setHistoryViewOpen: (historyViewOpen) => set({ historyViewOpen }),
    drawerOpen: false,
    setDrawerOpen: (drawerOpen) => set({ drawerOpen }),

    // The library first: the desk is usable as soon as the articles are listed. The rows of every
    // claim (tens of MB in a large workspace) follow in the background, after the first findings
    // and between foreground calls; until they arrive the open article's own claims stand in.
    async init(options) {
      const firstScreen = options?.firstScreen === true;
      // A read of the whole library asked for before this one is not put in place after it, and
      // this one not after a later one.
      const generation = ++libraryGeneration;
      const changes = countChanges;
      // (The first screen's answers the renderer's entry asked for ahead, when it did: firstScreen.ts.)
      const [info, library] = await Promise.all([
        firstScreen ? firstScreenCall('getWorkspaceInfo', {}) : api.getWorkspaceInfo({}),
        firstScreen
          ? firstScreenCall('articlePage', { offset: 0, limit: LIBRARY_WINDOW })
          : api.listArticles({}).then((r) => (r.ok ? ok({ articles: r.value, total: r.value.length }) : r)),
      ]);
      const i = unwrap(info);
      const page = unwrap(library);
      const listed = page?.articles ?? [];
      const lang = i?.settings.language ?? 'vi';
      const theme = i?.settings.theme ?? 'light';
      applyDocumentPrefs(lang, theme);
      set({
        loading: false,
        lang,
        theme,
        settings: i?.settings ?? null,
        workspacePath: i?.path ?? null,
        notice: i?.notice ? i.notice.movedTo : null,
        // Re-extracted by a newer engine as it opened: saved, perhaps with its findings not updated.
        upgraded: i?.upgraded ? appliedSaved(i.upgraded) : null,
        upgrading: i?.upgrading ?? null,
        samplesReport: i?.samples ? appliedSaved(i.samples) : null,
        canUndo: i?.canUndo ?? false,
        canRedo: i?.canRedo ?? false,
        ...(generation === libraryGeneration ? { articles: listed, libraryProgress: null } : {}),
      });
      // (The rows after the library: both are megabytes in a big workspace, read one after the other.)
      const more = generation === libraryGeneration && page !== null && page.total > listed.length;
      // (Unless another load of the rows started meanwhile: a reload, an import's re-reading.)
      const rowsAt = rowsGeneration;
      void (more ? loadRestOfLibrary(listed, page.total, changes) : Promise.resolve()).then(() => {
        if (rowsGeneration === rowsAt) return loadAllRows();
      });
    },

    async openArticle(articleId, claimId) {
      // Only the latest open wins: a slow answer for an earlier click must not replace it.
      const ticket = ++openTicket;
      const value = unwrap(await api.getArticle({ articleId }), () => void get().openArticle(articleId, claimId));
      if (!value || ticket !== openTicket) return;
      rowsTouched?.add(articleId);
      const reviews: Record<string, Review> = {};
      for (const r of value.reviews) reviews[r.claimId] = r;
      noteShown(value.claims, reviews);
      const keep = claimId && value.claims.some((c) => c.id === claimId) ? claimId : (value.claims[0]?.id ?? null);
      const fresh = () => value.claims.map((c) => toClaimRow(c, reviews[c.id]?.status ?? 'unreviewed'));
      if (!get().rowsLoaded) set({ rows: fresh() });
      // While every row is being read again (after an import), the open article's rows are taken from
      // the desk's, not from that read (loadAllRows): put this article's there, or a just-imported one
      // opens with an empty list.
      else if (rowsTouched) set((s) => ({ rows: replaceArticleRows(s.rows, articleId, fresh()) }));
      set((s) => ({
        current: { article: value.article, claims: value.claims },
        revealClaim: keep !== null && keep === claimId,
        spotlight: s.spotlight?.articleId === articleId ? s.spotlight : null,
        // Only the open article's reviews live here (the rows carry every status), and they are
        // replaced, not merged, so an undone review disappears.
        reviews,
        selectedClaimId: keep,
        detailMode: 'view',
        drawerOpen: false,
        historyViewOpen: false,
        selection: null,
        history: s.history && s.history.targetId === keep ? s.history : null,
      }));
      performance.mark('crosscheck:article-opened');
    },

    selectClaim(claimId) {
      set({ selectedClaimId: claimId, detailMode: 'view', revealClaim: true });
    },

    selectRow(row) {
      if (row.articleId === get().current?.article.id) set({ selectedClaimId: row.id, detailMode: 'view', revealClaim: true });
      else void get().openArticle(row.articleId, row.id);
    },

    // j/k and n walk the list as the editor sees it: filtered, ordered, this article or all.
    moveSelection(step) {
      const rows = selectVisible(get());
      if (rows.length === 0) return;
      const index = rows.findIndex((r) => r.id === get().selectedClaimId);
      const next = rows[index < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, index + step))];
      if (next) get().selectRow(next);
    },

    nextUnreviewed() {
      const rows = selectVisible(get());
      const from = rows.findIndex((r) => r.id === get().selectedClaimId);
      for (let k = 1; k <= rows.length; k++) {
        const row = rows[(from + k + rows.length) % rows.length];
        if (row && row.status === 'unreviewed') {
          set({ keyHint: null });
          get().selectRow(row);
          return;
        }
      }
      // Nothing to go to: say so rather than do nothing (QA: the key seemed broken).
      set({ keyHint: { seq: ++noticeSeq, id: 'noUnreviewedLeft' } });
    },

    // Optimistic: the desk shows the new status at once and the save runs behind it; a failed
    // save restores the previous state and says so loudly, with a retry.
    async review(claimId, request) {
      // A later review of the same claim (a verdict picked while "verify" is being saved) wins on
      // screen: an earlier answer arriving after it neither overwrites nor rolls it back.
      const ticket = (reviewTickets.get(claimId) ?? 0) + 1;
      reviewTickets.set(claimId, ticket);
      const latest = () => reviewTickets.get(claimId) === ticket;
      const previous = get().reviews[claimId];
      const previousRow = get().rows.find((r) => r.id === claimId);
      const optimistic: Review = {
        claimId,
        status: request.status,
        correctedValue: request.correctedValue ?? previous?.correctedValue ?? null,
        correctedText: request.correctedText ?? previous?.correctedText ?? null,
        note: request.note !== undefined ? request.note : (previous?.note ?? null),
        evidence: request.evidence ?? previous?.evidence ?? [],
        verdict: request.verdict !== undefined ? request.verdict : (previous?.verdict ?? null),
        flagReason: request.flagReason ?? previous?.flagReason ?? null,
        reviewer: previous?.reviewer ?? '',
        updatedAt: new Date().toISOString(),
      };
      const articleId = previousRow?.articleId ?? get().current?.article.id;
      const fromStatus = previousRow?.status ?? previous?.status ?? 'unreviewed';
      // The library counts follow the status here; the library is never re-listed after a review.
      const shiftCounts = (from: ReviewStatus, to: ReviewStatus) => {
        countChanges++;
        set((s) => ({ articles: s.articles.map((a) => (a.id === articleId ? recount(a, from, to) : a)) }));
      };
      const epoch = countsEpoch;
      set((s) => ({
        reviews: { ...s.reviews, [claimId]: optimistic },
        rows: patchRows(s.rows, new Map([[claimId, { status: request.status }]])),
        detailMode: 'view',
        lastOwnReview: claimId,
      }));
      shiftCounts(fromStatus, request.status);
      const send = async () => {
        const seen = shownVersions.get(claimId);
        const result = await api.reviewClaim({ claimId, ...request, ...(seen !== undefined ? { seen } : {}) });
        if (!result.ok) return result;
        // Saved, but perhaps with the findings not updated after it: the review stands (appliedSaved).
        const review = appliedSaved(result.value);
        shownVersions.set(claimId, storedNothing(seen, review) ? null : review.updatedAt);
        return { ok: true as const, value: review };
      };
      // After the claim's earlier reviews, and after an undo or redo waiting (the one commit chain).
      const before = reviewChains.get(claimId) ?? Promise.resolve();
      const call = inFlightCommit(() => before.then(send));
      const chained = call.catch(() => undefined);
      reviewChains.set(claimId, chained);
      void chained.then(() => {
        if (reviewChains.get(claimId) === chained) reviewChains.delete(claimId);
      });
      // One failed entry per claim and kind of change: "v" then "x" on it replace each other, but a
      // note, a correction or a link that failed is not hidden by a later status saved (review of
      // s32-ui, finding 5). A change that kept the status (a note, a link) keeps the status the claim
      // has when it is retried.
      //
      // Every change of the status (verify, reject, flag, correct, reset, a verdict that moves it)
      // decides the claim's review: they share one key, and any later review of the claim saved
      // that changes the status supersedes a failed one (its retry would overwrite that later decision;
      // review 2 of s32-ui, finding 2). A failed change that kept the status is superseded by a later
      // save that holds every field it changed.
      const changed = (Object.keys(request) as Array<keyof ReviewRequest>).filter((k) => k !== 'status' && request[k] !== undefined);
      const keepsStatus = request.status === fromStatus;
      const retry = async () =>
        void (await get().review(claimId, keepsStatus ? { ...request, status: get().reviews[claimId]?.status ?? request.status } : request));
      const keyPrefix = `review:${claimId}:`;
      const describe = keyPrefix + (keepsStatus ? changed.sort().join(',') : 'status');
      const supersedes = (other: string) => {
        if (!other.startsWith(keyPrefix)) return false;
        const rest = other.slice(keyPrefix.length);
        // Only a later save that itself decides the status replaces a failed decision (a note or a link
        // saved meanwhile does not: review 3 of s32-ui).
        if (rest === 'status') return !keepsStatus;
        return rest.split(',').every((field) => (changed as string[]).includes(field));
      };
      const saved = await saving(() => call, describe, retry, {
        supersedes,
        // Another editor decided first: show their review (the error names it), then retry reads it.
        onError: (code) => {
          if (code === 'conflict' && articleId) void refreshArticlesOf([articleId]);
        },
      });
      if (saved) {
        // Text typed in this claim's forms that this save holds is no draft any more (a retry too).
        settleDrafts(claimId, saved);
        if (latest()) set((s) => ({ reviews: { ...s.reviews, [claimId]: saved } }));
        announce('done', reviewAction(previous ?? null, saved), claimId, get().rows.find((r) => r.id === claimId), true);
        if (get().history?.targetId === claimId) void get().loadHistory(claimId);
        if (epoch !== countsEpoch) void relistCounts();
        else if (saved.status !== request.status) shiftCounts(request.status, saved.status);
        return true;
      }
      if (!latest()) return false;
      if (epoch !== countsEpoch) void relistCounts();
      else shiftCounts(request.status, fromStatus);
      set((s) => {
        const reviews = { ...s.reviews };
        if (previous) reviews[claimId] = previous;
        else delete reviews[claimId];
        const rows = previousRow ? patchRows(s.rows, new Map([[claimId, { status: previousRow.status }]])) : s.rows;
        return { reviews, rows };
      });
      return false;
    },

    async addClaim(fields) {
      const selection = get().selection;
      if (!selection) return false;
      return addClaimAt(selection, fields);
    },

    async editClaim(claimId, change) {
      const saved = await saving(
        () => api.editClaim({ claimId, ...change }),
        `editClaim:${claimId}`,
        async () => void (await get().editClaim(claimId, change)),
      );
      if (!saved) return false;
      const claim = appliedSaved(saved);
      announce('done', 'claim.edit', claim.id, toClaimRow(claim, 'unreviewed'), true);
      set((s) => ({
        rows: patchRows(s.rows, new Map([[claimId, toClaimRow(claim, s.reviews[claimId]?.status ?? 'unreviewed')]])),
        current: s.current
          ? { ...s.current, claims: s.current.claims.map((c) => (c.id === claimId ? claim : c)).sort((a, b) => a.start - b.start) }
          : null,
        detailMode: 'view',
        selection: null,
      }));
      return true;
    },

    async undo() {
      const answer = unwrapStep(await stepCommit(() => api.undo({})));
      if (!answer) return;
      const outcome = appliedSaved(answer);
      set({ canUndo: outcome.canUndo, canRedo: outcome.canRedo });
      if (outcome.action) await refreshAfterStep(outcome, 'undo');
    },

    async redo() {
      const answer = unwrapStep(await stepCommit(() => api.redo({})));
      if (!answer) return;
      const outcome = appliedSaved(answer);
      set({ canUndo: outcome.canUndo, canRedo: outcome.canRedo });
      if (outcome.action) await refreshAfterStep(outcome, 'redo');
    },

    async loadHistory(claimId) {
      const events = unwrap(await api.getHistory({ claimId }), () => void get().loadHistory(claimId));
      if (events) set({ history: { targetId: claimId, events } });
    },

    async importSamples() {
      const result = await inFlightCommit(() => api.importSamples({}));
      if (!result.ok) return fail(writeFailure(result.error));
      const report = result.value;
      const saved = appliedSaved(report);
      // Stopped partway by a failed save: the articles before are in, the rest are named.
      set({ samplesReport: saved.interrupted ? saved : null });
      await reloadAll();
    },

    async setLang(lang) {
      applyDocumentPrefs(lang, get().theme);
      set({ lang });
      await saveSettings({ language: lang });
    },

    async setTheme(theme) {
      applyDocumentPrefs(get().lang, theme);
      set({ theme });
      await saveSettings({ theme });
    },

    async setLibrarySearch(query) {
      set({ librarySearch: query });
      if (query.trim() === '') {
        set({ librarySearchHits: null });
        return;
      }
      const hits = await api.searchArticles({ query });
      // A slower answer to an older query must not replace a newer one.
      if (hits.ok && get().librarySearch === query) set({ librarySearchHits: new Set(hits.value) });
    },

    setLibrarySort: (librarySort) => set({ librarySort }),
    setLibraryShow: (libraryShow) => set({ libraryShow }),
    setScope: (scope) => set({ scope }),
    setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
    setOrder: (order) => set({ order }),
    setDetailMode: (detailMode) => set({ detailMode }),
    setSelection: (selection) => set({ selection }),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    setArticleHistoryOpen: (articleHistoryOpen) => set({ articleHistoryOpen }),

    async retryFailed() {
      // Each failed action is sent again by its own retry, in the order they failed; each one's
      // answer removes it from the list or keeps it there. Meanwhile no row can be dropped ("Bỏ"):
      // a retry failing after its drop would bring it back.
      set({ retryingFailed: true });
      try {
        for (const failed of get().failed) await failed.retry();
      } finally {
        set({ retryingFailed: false });
      }
    },

    dropFailed(describe) {
      const failed = get().failed.filter((f) => f.describe !== describe);
      if (failed.length === get().failed.length) return;
      // The banner spoke of the failed saves ("Hãy bấm Thử lại"): with none left it goes too (a failed
      // read's banner, with its own retry, stays).
      const quiet = failed.length === 0 && get().errorRetry === null ? { error: null } : {};
      set((s) => ({ failed, ...quiet, saveState: failed.length > 0 ? 'failed' : s.saveState === 'failed' ? 'idle' : s.saveState }));
      void readBackDropped(describe);
    },

    dismissError: () => set({ error: null, errorRetry: null }),

    announceAction: (action) => announce('done', action, null, undefined, false),

    async applyReviewChanges(claimIds) {
      const ids = new Set(claimIds);
      const articleIds = new Set<string>();
      for (const r of get().rows) if (ids.has(r.id)) articleIds.add(r.articleId);
      for (const c of get().current?.claims ?? []) if (ids.has(c.id)) articleIds.add(c.articleId);
      set({ canUndo: true, canRedo: false });
      await refreshArticlesOf(articleIds);
    },

    reloadAll,

    async applyRemoteChange(change) {
      // The claims this editor is on: the one reviewed last and the one selected. Their statuses
      // before the re-read tell whether the other editor's commit changed one of them.
      const s0 = get();
      const watched = new Set([s0.lastOwnReview, s0.actionNotice?.claimId, s0.selectedClaimId].filter((id): id is string => !!id && change.claimIds.includes(id)));
      const before = new Map(s0.rows.filter((r) => watched.has(r.id)).map((r) => [r.id, r.status]));
      // What this editor did meanwhile is theirs, not the other editor's (review BUG 4): a review of the
      // claim asked during the re-read (its ticket moves) or still on its way, or an undo or redo.
      const tickets = new Map([...before.keys()].map((id) => [id, reviewTickets.get(id) ?? 0]));
      const steps0 = stepsStarted;
      if (change.articlesChanged) {
        await reloadAll();
      } else if (change.articleIds.length > 0) {
        await refreshArticlesOf(change.articleIds);
      }
      const history = get().history;
      if (history && change.claimIds.includes(history.targetId)) await get().loadHistory(history.targetId);
      const ownSince = (id: string) => (reviewTickets.get(id) ?? 0) !== tickets.get(id) || reviewChains.has(id) || stepsStarted !== steps0 || step !== null;
      for (const [id, was] of before) {
        if (ownSince(id)) continue;
        const row = get().rows.find((r) => r.id === id);
        // The status as re-read: the open article's reviews come from the service, rows may lag behind.
        const s = get();
        const status = s.current?.claims.some((c) => c.id === id) ? (s.reviews[id]?.status ?? 'unreviewed') : row?.status;
        if (!row || !status || status === was) continue;
        set({ keyHint: null, remoteNotice: { seq: ++noticeSeq, who: change.who, claimId: id, articleId: row.articleId, quote: row.quote, status } });
        break;
      }
    },
  };
});

// "No unreviewed claim left in this list" speaks of one list at one moment: another selection, article,
// filter or scope makes it stale, and it goes, giving the status bar back to the last action's notice.
useDesk.subscribe((s, prev) => {
  if (!s.keyHint || s.keyHint !== prev.keyHint) return;
  if (s.selectedClaimId !== prev.selectedClaimId || s.current?.article.id !== prev.current?.article.id || s.filter !== prev.filter || s.scope !== prev.scope) {
    useDesk.setState({ keyHint: null });
  }
});

/**
 * Commits on their way, in one chain. The desk shows an action at once and saves it behind; an undo
 * or redo is sent once every call that commits asked before it has answered (a review, a claim added
 * or edited, a finding decided, settings, an import, a restore, another undo), so that it steps back
 * the action the editor saw last — pressed right after "flag", or "resolve and mark the right claim
 * verified", an undo sent before that save reached the service undid the action before it, and the
 * later one then landed on top. A call that commits asked while an undo or redo waits is sent after
 * it (pressed "flag B" after Ctrl+Z, the undo must not step back B).
 */
const inFlight = new Set<Promise<unknown>>();
/** The undo or redo waiting or on its way (settled, never rejected), if any: commits asked meanwhile wait for it. */
let step: Promise<void> | null = null;
/** How many undos and redos this window has asked for: one asked during a re-read is this editor's change. */
let stepsStarted = 0;

/** The findings panel's re-read, registered by store/findings.ts (which imports this module). */
let reloadFindings: (() => Promise<void>) | null = null;
export function onReloadFindings(reload: () => Promise<void>): void {
  reloadFindings = reload;
}

/** How many commits this window has sent: a read back that a commit overtook is read again. */
let commitsSent = 0;

function register<T>(pending: Promise<T>): Promise<T> {
  commitsSent++;
  inFlight.add(pending);
  useDesk.setState({ pendingCommits: inFlight.size });
  const done = () => {
    inFlight.delete(pending);
    useDesk.setState({ pendingCommits: inFlight.size });
  };
  pending.then(done, done);
  return pending;
}

/**
 * Actions a reload or quit now would lose: those sent and not answered yet, and the one that failed
 * and waits for its retry. Shown beside "Chưa lưu được" and asked about before the window unloads.
 */
export function unsavedCount(s: Pick<DeskState, 'pendingCommits' | 'failed'> = useDesk.getState()): number {
  return s.pendingCommits + s.failed.length;
}

/**
 * Forms holding typed text not saved, of claims the open workspace has (a claim an undo removed, or
 * one of the workspace left behind, has no form to show it in).
 */
export function unsavedDraftCount(s: Pick<DeskState, 'current' | 'rows' | 'reviews'> = useDesk.getState()): number {
  const open = new Set<string>((s.current?.claims ?? []).map((c) => c.id));
  const ids = new Set<string>([...open, ...s.rows.map((r) => r.id)]);
  return draftCount(
    (id) => ids.has(id),
    (id) => ({ known: open.has(id), review: s.reviews[id] }),
  );
}

/**
 * Sends a call that commits (at once, or after the undo or redo waiting) and registers it until it
 * answers; every such call goes through here (or stepCommit).
 */
export function inFlightCommit<T>(call: () => Promise<T>): Promise<T> {
  const waiting = step;
  return register(waiting ? waiting.then(call) : call());
}

/** An undo or redo: sent once every commit asked before it has answered; commits asked meanwhile wait for it. */
function stepCommit<T>(call: () => Promise<T>): Promise<T> {
  stepsStarted++;
  const pending = register(Promise.allSettled([...inFlight]).then(call));
  const mark = pending.then(
    () => undefined,
    () => undefined,
  );
  step = mark;
  void mark.then(() => {
    if (step === mark) step = null;
  });
  return pending;
}

/**
 * The desk's one path for an action that commits and reports in the top bar: registered in flight,
 * 'saving' until it answers, then 'saved' (an undoable action makes undo available and clears redo)
 * or 'failed' with its message and a retry of this very action.
 */
export async function saving<T>(
  run: () => Promise<Result<T>>,
  describe: string,
  retry: () => Promise<void>,
  options: { onError?: (code: string) => void; undoable?: boolean; supersedes?: (describe: string) => boolean } = {},
): Promise<T | null> {
  const prior = useDesk.getState().saveState;
  useDesk.setState({ saveState: 'saving' });
  const result = await inFlightCommit(run);
  if (result.ok) {
    // Earlier actions that failed (another claim, another kind of action) are still not saved: the
    // top bar stays loud with their retry until each is retried or superseded by the same action
    // (or one that decides the same thing later: `supersedes`).
    const stillFailed = useDesk.getState().failed.filter((f) => f.describe !== describe && !options.supersedes?.(f.describe));
    useDesk.setState({
      saveState: stillFailed.length > 0 ? 'failed' : 'saved',
      failed: stillFailed,
      ...(options.undoable === false ? {} : { canUndo: true, canRedo: false }),
    });
    return result.value;
  }
  if (result.error.code === 'invalid_input' || result.error.code === 'not_found') {
    // Refused for what was asked ("Đoạn này đã là một nhận định.", a value that does not fit its kind,
    // a claim deleted meanwhile): nothing is left unsaved, and the same request would be refused again —
    // no "failed" state, no retry. A retry refused so (its first attempt landed after all, its claim went)
    // settles its entry: it leaves the list, or it would ask at every leave for the rest of the session
    // (review 2 of s32-ui, finding 1).
    const stillFailed = useDesk.getState().failed.filter((f) => f.describe !== describe);
    const state: SaveState = stillFailed.length > 0 ? 'failed' : prior === 'saving' || prior === 'failed' ? 'idle' : prior;
    useDesk.setState({ saveState: state, failed: stillFailed, error: result.error.message });
    options.onError?.(result.error.code);
    return null;
  }
  // No answer at all: say it is not saved and to press "Thử lại" (a read that got none says otherwise).
  const message = isNoAnswer(result.error) ? noAnswerMessage('noAnswer') : result.error.message;
  useDesk.setState((s) => ({
    saveState: 'failed',
    error: message,
    failed: [...s.failed.filter((f) => f.describe !== describe), { describe, retry }],
  }));
  options.onError?.(result.error.code);
  return null;
}
