import { create } from 'zustand';
import type { DecideFinding, FindingDetail, WorkspaceSummary } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/schema';
import { api, backgroundApi, onDeskEvent, whenQuiet } from '../api';
import { FINDINGS_LIST_PAGE, firstScreenCall } from '../firstScreen';
import { appliedSaved, onReloadFindings, saving, useDesk } from './index';

export type FindingsShow = 'open' | 'all';

/** Findings arrive a page at a time: the panel shows the first page at once, more on request. */
export const FINDINGS_PAGE = 100;
/** Ids of claims in an open finding read per call (a page of some 250 kB). */
export const OPEN_CLAIMS_PAGE = 10000;

interface FindingsState {
  /** The pages loaded so far, for the current `show`. */
  findings: Finding[];
  /** How many findings match `show` in the whole workspace. */
  total: number;
  counts: WorkspaceSummary['findings'] | null;
  show: FindingsShow;
  /** The finding shown as a comparison in the centre pane. */
  detail: FindingDetail | null;
  /** The findings the selected claim stands in. */
  claimFindings: { claimId: string; findings: Finding[] } | null;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  setShow(show: FindingsShow): void;
  loadClaimFindings(claimId: string): Promise<void>;
  openFinding(findingId: string): Promise<void>;
  closeFinding(): void;
  decide(input: DecideFinding): Promise<boolean>;
}

/** The findings signature of the last page read: a pushed summary with another one means a re-read. */
let lastSignature: string | null = null;
/** The claim whose findings were asked for last: a slower answer for an earlier claim is dropped. */
let wantedClaim: string | null = null;
/** Bumped by each open and close of the comparison: only the latest request may set it. */
let detailTicket = 0;

/**
 * The ids of the claims standing in an open finding, page by page (a big workspace has hundreds of
 * thousands), each page asked only when no foreground call is waiting, so an article opened or a
 * claim's findings asked meanwhile go first. A total that moved between two pages (a finding
 * decided meanwhile) reads them again, at most three times. Null: overtaken (`stale`) or refused.
 */
export async function readOpenFindingClaims(stale: () => boolean, pageSize = OPEN_CLAIMS_PAGE): Promise<Set<string> | null> {
  let ids = new Set<string>();
  for (let attempt = 0; attempt < 3; attempt++) {
    ids = new Set<string>();
    let total: number | null = null;
    let moved = false;
    for (let offset = 0; ; offset += pageSize) {
      await whenQuiet();
      if (stale()) return null;
      const page = await backgroundApi.listOpenFindingClaims({ offset, limit: pageSize });
      if (stale() || !page.ok) return null;
      if (total !== null && page.value.total !== total) {
        // The offsets shifted: start over rather than read the rest.
        moved = true;
        break;
      }
      total = page.value.total;
      for (const id of page.value.ids) ids.add(id);
      if (page.value.ids.length === 0 || offset + pageSize >= total) break;
    }
    if (!moved) return ids;
  }
  return ids;
}

export const useFindings = create<FindingsState>((set, get) => {
  const fail = (message: string) => useDesk.setState({ error: message });
  let loadTicket = 0;
  return {
    findings: [],
    total: 0,
    counts: null,
    show: 'open',
    detail: null,
    claimFindings: null,

    // The first page and the counts, then (in the background) which claims stand in an open
    // finding, for the claims filter and order.
    async load() {
      const ticket = ++loadTicket;
      const show = get().show;
      // (On the first screen, the answers the renderer's entry asked for ahead: see firstScreen.ts.)
      const [page, summary] = await Promise.all([firstScreenCall('listFindings', { show, offset: 0, limit: FINDINGS_LIST_PAGE }), firstScreenCall('getSummary', {})]);
      if (ticket !== loadTicket) return;
      if (!page.ok) return fail(page.error.message);
      if (summary.ok) lastSignature = summary.value.findings.signature;
      set({ findings: page.value.findings, total: page.value.total, ...(summary.ok ? { counts: summary.value.findings } : {}) });
      performance.mark('crosscheck:findings-loaded');
      const open = get().detail;
      if (open && show === 'all' && !page.value.findings.some((f) => f.id === open.finding.id)) {
        // Not on the first page is not gone: ask for it.
        void get().openFinding(open.finding.id).catch(() => undefined);
      }
      const claimId = get().claimFindings?.claimId;
      if (claimId) void get().loadClaimFindings(claimId);
      const ids = await readOpenFindingClaims(() => ticket !== loadTicket);
      if (ids && ticket === loadTicket) useDesk.setState({ openFindingClaims: ids });
    },

    async loadMore() {
      const { findings, total, show } = get();
      if (findings.length >= total) return;
      const ticket = loadTicket;
      const page = await api.listFindings({ show, offset: findings.length, limit: FINDINGS_LIST_PAGE });
      if (ticket !== loadTicket || get().show !== show) return;
      if (!page.ok) return fail(page.error.message);
      const known = new Set(get().findings.map((f) => f.id));
      set((s) => ({ findings: [...s.findings, ...page.value.findings.filter((f) => !known.has(f.id))], total: page.value.total }));
    },

    setShow: (show) => {
      set({ show });
      void get().load();
    },

    async loadClaimFindings(claimId) {
      wantedClaim = claimId;
      const result = await api.listFindings({ show: 'all', claimId, offset: 0, limit: FINDINGS_PAGE });
      if (wantedClaim !== claimId) return;
      if (!result.ok) return fail(result.error.message);
      set({ claimFindings: { claimId, findings: result.value.findings } });
    },

    async openFinding(findingId) {
      const ticket = ++detailTicket;
      const result = await api.getFinding({ findingId });
      // Closed, or another finding opened, while this one was on its way: drop it.
      if (ticket !== detailTicket) return;
      if (!result.ok) {
        if (get().detail?.finding.id === findingId) set({ detail: null });
        return fail(result.error.message);
      }
      set({ detail: result.value });
    },

    closeFinding: () => {
      detailTicket++;
      set({ detail: null });
    },

    async decide(input) {
      // Its decision, or the reviews asked with it, could not be saved (a decision saved whose
      // re-analysis failed comes back as saved, with a notice): the retry sends this decision
      // again (deciding a finding as it already stands changes nothing but the time), never an
      // older failed action.
      // A decision is one undo step with the reviews asked with it (Ctrl+Z reopens the finding).
      const saved = await saving(() => api.decideFinding(input), `decideFinding:${input.findingId}`, async () => void (await get().decide(input)));
      if (!saved) return false;
      // The decided finding changes in place; the list and counts follow the pushed summary.
      const decided = appliedSaved(saved);
      // The status bar says what was done, as after a review, and as the undo of it says "Đã hoàn tác: …" (QA59).
      useDesk.getState().announceAction(`finding.${input.decision}`);
      const leaves = get().show === 'open' && decided.status !== 'open';
      set((s) => ({
        findings: leaves ? s.findings.filter((f) => f.id !== decided.id) : s.findings.map((f) => (f.id === decided.id ? decided : f)),
        total: leaves ? Math.max(0, s.total - 1) : s.total,
        detail: s.detail && s.detail.finding.id === decided.id ? { ...s.detail, finding: decided } : s.detail,
      }));
      if (input.applyReviews || input.flagOthers) await useDesk.getState().applyReviewChanges(decided.claimIds);
      // The sides' statuses may have changed too: read the comparison again if it is still open.
      if (get().detail?.finding.id === input.findingId) await get().openFinding(input.findingId).catch(() => undefined);
      return true;
    },
  };
});

// "Bỏ" on a failed finding decision reads the findings back (store/index.ts readBackDropped).
onReloadFindings(() => useFindings.getState().load());

// Changes are pushed: when the findings changed (an analysis after a correction, an import, a
// decision), the first page is read again; nothing is re-listed after actions that left them alone.
onDeskEvent((event) => {
  if (event.type !== 'summary') return;
  useFindings.setState({ counts: event.summary.findings });
  if (event.summary.findings.signature !== lastSignature) {
    lastSignature = event.summary.findings.signature;
    void useFindings.getState().load();
  }
});

// Opening an article (from the library, the keyboard or a claim row) leaves the comparison view.
useDesk.subscribe((state, previous) => {
  if (state.current !== previous.current && useFindings.getState().detail) useFindings.getState().closeFinding();
  // An undo or redo may have put a decided finding back (or decided it again): the comparison open is read
  // again, and so is the list (a finding back to "open" returns to the open list).
  const step = state.actionNotice;
  if (step !== previous.actionNotice && step !== null && step.direction !== 'done' && step.action.startsWith('finding.')) {
    const open = useFindings.getState().detail;
    if (open) void useFindings.getState().openFinding(open.finding.id).catch(() => undefined);
    void useFindings.getState().load();
  }
});

// "A finding is open: press Esc first" speaks of the comparison view: once it closes (Esc, another
// article), the hint is stale and goes, giving the status bar back to the last action's notice (QA59).
useFindings.subscribe((state, previous) => {
  if (previous.detail && !state.detail && useDesk.getState().keyHint?.id === 'findingOpenKeys') useDesk.setState({ keyHint: null });
});
