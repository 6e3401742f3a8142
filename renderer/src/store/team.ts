import { create } from 'zustand';
import type { DeskLive, DeskStatus, RemoteChange } from '../../../shared/ipc/contract';
import { api, onDeskEvent } from '../api';
import { useDesk } from './index';
import { useFindings } from './findings';

/**
 * The shared desk as the window sees it: local workspace or a desk in PostgreSQL, its connection
 * state, the actions waiting for it and who else is working there. Everything here arrives from
 * the Node side (getDeskStatus, then pushed 'desk' events); other editors' commits arrive as
 * 'remote' events and are applied without a reload.
 */
export interface TeamState {
  status: DeskStatus | null;
  connecting: boolean;
  load(): Promise<void>;
  /** Resolves with an error sentence (nothing changed), or null once on the desk. */
  connect(url: string, password: string, remember: boolean): Promise<string | null>;
  disconnect(forget?: boolean): Promise<string | null>;
}

/** Which workspace the window shows: a change means everything is read again from the new one. */
const where = (live: Pick<DeskLive, 'mode' | 'url'> | null) => (live ? `${live.mode}:${live.url ?? ''}` : '');

/** Reads the (other) workspace from scratch: library, rows, findings; nothing of the previous one stays. */
async function reopenWorkspace(): Promise<void> {
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
    failed: null,
    actionNotice: null,
    historyViewOpen: false,
  });
  await useDesk.getState().init();
  await useFindings.getState().load();
}

export const useTeam = create<TeamState>((set, get) => ({
  status: null,
  connecting: false,

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
    const answer = await api.disconnectDesk(forget ? { forget } : {});
    if (!answer.ok) return answer.error.message;
    set({ status: answer.value });
    if (where(answer.value) !== before) await reopenWorkspace();
    return null;
  },
}));

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
  }
});
