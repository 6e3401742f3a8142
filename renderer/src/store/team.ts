import { create } from 'zustand';
import type { DeskLive, DeskStatus, RemoteChange } from '../../../shared/ipc/contract';
import { api, onDeskEvent } from '../api';
import { useDesk } from './index';
import { useFindings } from './findings';
import { clearDrafts } from './drafts';

/**
 * The shared desk as the window sees it: local workspace or a desk in PostgreSQL, its connection
 * state, the actions waiting for it and who else is working there. Everything here arrives from
 * the Node side (getDeskStatus, then pushed 'desk' events); other editors' commits arrive as
 * 'remote' events and are applied without a reload.
 */
export interface TeamState {
  status: DeskStatus | null;
  connecting: boolean;
  /**
   * Leaving the desk (a disconnect, or quitting the app) while actions still wait for it: the
   * window says how many are being sent and, after LEAVING_GIVE_UP_AFTER_MS, offers to give up.
   */
  leaving: 'disconnect' | 'quit' | null;
  canGiveUp: boolean;
  /** The last "Ở lại" on the quit sheet got no answer from main: the sheet says so. */
  stayFailed: boolean;
  /** "Thôi chờ" asked and not answered yet: leaving cannot be called off meanwhile. */
  givingUp: boolean;
  /** What the editor gave up on (shown until dismissed): never sent, and sent but not confirmed. */
  gaveUp: { notSent: number; unconfirmed: number } | null;
  load(): Promise<void>;
  /** Resolves with an error sentence (nothing changed), or null once on the desk. */
  connect(url: string, password: string, remember: boolean): Promise<string | null>;
  disconnect(forget?: boolean): Promise<string | null>;
  /** Stops waiting: the actions still pending are answered as not saved, and leaving goes on. */
  giveUp(): Promise<void>;
  dismissGaveUp(): void;
  /** The window was asked to close and the editor stayed (the leave warning): quitting is over. */
  stayed(): void;
  /**
   * The editor stays while the app waits to close (the quit sheet's "Ở lại", or Esc): the sheet
   * goes, the pending actions go on being sent, and main no longer closes the window when they land.
   * Not after "Thôi chờ" (see the method).
   */
  stay(): Promise<void>;
}

/** How long leaving waits for pending actions before it offers to give up on them. */
export const LEAVING_GIVE_UP_AFTER_MS = 3_000;

/** Which workspace the window shows: a change means everything is read again from the new one. */
const where = (live: Pick<DeskLive, 'mode' | 'url'> | null) => (live ? `${live.mode}:${live.url ?? ''}` : '');

/**
 * Reads the (other) workspace from scratch: library, rows, findings; nothing of the previous one
 * stays — except the editor's place: the filter, scope and order they set stay as they are, and the
 * article they had open (with its selected claim) opens again when the workspace has it. A reload
 * can come late (the Node side moving to the desk on its own right after the window started): it
 * must not undo what the editor has just done. An article the editor opened while the reload ran
 * stays open.
 */
async function reopenWorkspace(): Promise<void> {
  const before = useDesk.getState();
  const place = { articleId: before.current?.article.id ?? null, claimId: before.selectedClaimId };
  // Typed text belongs to claims of the workspace left behind.
  clearDrafts();
  useDesk.setState({
    current: null,
    reviews: {},
    selectedClaimId: null,
    history: null,
    rows: [],
    rowsLoaded: false,
    librarySearch: '',
    librarySearchHits: null,
    canUndo: false,
    canRedo: false,
    saveState: 'idle',
    failed: [],
    actionNotice: null,
    historyViewOpen: false,
  });
  await useDesk.getState().init();
  const now = useDesk.getState();
  if (place.articleId && now.current === null && now.articles.some((a) => a.id === place.articleId)) {
    await now.openArticle(place.articleId, place.claimId ?? undefined);
  }
  await useFindings.getState().load();
}

export const useTeam = create<TeamState>((set, get) => ({
  status: null,
  connecting: false,
  leaving: null,
  canGiveUp: false,
  stayFailed: false,
  givingUp: false,
  gaveUp: null,

  async load() {
    const status = await api.getDeskStatus({});
    if (status.ok) set({ status: status.value });
  },

  async connect(url, password, remember) {
    set({ connecting: true });
    try {
      const before = where(get().status);
      const answer = await api.connectDesk({ url, ...(password ? { password } : {}), remember });
      if (!answer.ok) return answer.error.message;
      set({ status: answer.value });
      if (where(answer.value) !== before) await reopenWorkspace();
      return null;
    } finally {
      set({ connecting: false });
    }
  },

  async disconnect(forget) {
    const before = where(get().status);
    // Actions still waiting for the desk are sent first: the window says so, and after a short
    // while offers to give up on them instead of waiting out their retry window.
    set({ leaving: 'disconnect', canGiveUp: false, gaveUp: null });
    const offer = setTimeout(() => set({ canGiveUp: true }), LEAVING_GIVE_UP_AFTER_MS);
    try {
      const answer = await api.disconnectDesk(forget ? { forget } : {});
      if (!answer.ok) return answer.error.message;
      set({ status: answer.value });
      if (where(answer.value) !== before) await reopenWorkspace();
      return null;
    } finally {
      clearTimeout(offer);
      set({ leaving: null, canGiveUp: false });
    }
  },

  async giveUp() {
    set({ givingUp: true });
    const answer = await api.abandonDeskActions({}).finally(() => set({ givingUp: false }));
    if (answer.ok && answer.value.notSent + answer.value.unconfirmed > 0) set({ gaveUp: answer.value });
    // Quitting, and everything had landed meanwhile: nothing to report, the app closes.
    else if (get().leaving === 'quit') window.close();
  },

  dismissGaveUp() {
    set({ gaveUp: null });
  },

  stayed() {
    // After "Thôi chờ" the quit goes on (main keeps it): its sheet stays, with what was not sent.
    if (get().leaving !== 'quit' || get().gaveUp !== null) return;
    clearTimeout(quitOffer);
    set({ leaving: null, canGiveUp: false, stayFailed: false, gaveUp: null });
  },

  async stay() {
    // Once the editor gave up (or while it is being asked), the quit goes on: the shared desk refuses
    // every later action after a give-up, so staying would leave a desk that saves nothing.
    if (get().leaving !== 'quit' || get().gaveUp !== null || get().givingUp) return;
    const answer = await api.stayOpen({});
    // Main did not hear it: the window would still close when the actions land. The sheet stays, and says so.
    if (answer.ok) get().stayed();
    else set({ stayFailed: true });
  },
}));

/** The quit sheet's offer to give up, a moment after it opens (cleared when the editor stays). */
let quitOffer: ReturnType<typeof setTimeout> | undefined;

/** Another editor's commit: read again what it touched (the library after an import). */
async function applyRemote(change: RemoteChange): Promise<void> {
  await useDesk.getState().applyRemoteChange(change);
}

onDeskEvent((event) => {
  if (event.type === 'desk') {
    const previous = useTeam.getState().status;
    const base = previous ?? { savedUrl: null, remembered: false, canRemember: false };
    useTeam.setState({ status: { ...base, ...event.live } });
    // The Node side moved to another workspace on its own (the app resumed the desk at start).
    // The app always starts on the local workspace, so an unknown previous state is that one.
    const before = previous ? where(previous) : 'local:';
    if (before !== where(event.live) && !useTeam.getState().connecting) void reopenWorkspace();
  } else if (event.type === 'remote') {
    void applyRemote(event.change);
  } else if (event.type === 'quitting' && useTeam.getState().leaving !== 'quit') {
    useTeam.setState({ leaving: 'quit', canGiveUp: false, stayFailed: false, gaveUp: null });
    clearTimeout(quitOffer);
    quitOffer = setTimeout(() => useTeam.setState({ canGiveUp: true }), LEAVING_GIVE_UP_AFTER_MS);
  }
});
