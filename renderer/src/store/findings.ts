import { create } from 'zustand';
import type { DecideFinding, FindingDetail } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/schema';
import { api } from '../api';
import { useDesk } from './index';

export type FindingsShow = 'open' | 'all';

interface FindingsState {
  findings: Finding[];
  show: FindingsShow;
  /** The finding shown as a comparison in the centre pane. */
  detail: FindingDetail | null;
  load(): Promise<void>;
  setShow(show: FindingsShow): void;
  openFinding(findingId: string): Promise<void>;
  closeFinding(): void;
  decide(input: DecideFinding): Promise<boolean>;
}

/** Claims that stand in an open finding (a "consistent" pair needs no attention). */
export function openFindingClaimIds(findings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  for (const f of findings) if (f.status === 'open' && f.type !== 'consistent') for (const id of f.claimIds) ids.add(id);
  return ids;
}

export const useFindings = create<FindingsState>((set, get) => {
  const fail = (message: string) => useDesk.setState({ error: message });
  return {
    findings: [],
    show: 'open',
    detail: null,

    async load() {
      const result = await api.listFindings({});
      if (!result.ok) return fail(result.error.message);
      set({ findings: result.value });
      useDesk.setState({ openFindingClaims: openFindingClaimIds(result.value) });
      const open = get().detail;
      if (open && !result.value.some((f) => f.id === open.finding.id)) set({ detail: null });
    },

    setShow: (show) => set({ show }),

    async openFinding(findingId) {
      const result = await api.getFinding({ findingId });
      if (!result.ok) return fail(result.error.message);
      set({ detail: result.value });
    },

    closeFinding: () => set({ detail: null }),

    async decide(input) {
      useDesk.setState({ saveState: 'saving' });
      const result = await api.decideFinding(input);
      if (!result.ok) {
        useDesk.setState({ saveState: 'failed' });
        fail(result.error.message);
        return false;
      }
      useDesk.setState({ saveState: 'saved' });
      if (input.applyReviews || input.flagOthers) {
        // The claims' reviews changed too: refresh the rows and the open article, and allow undo.
        const rows = await api.listClaims({});
        if (rows.ok) useDesk.setState({ rows: rows.value, canUndo: true, canRedo: false });
        const current = useDesk.getState().current;
        if (current) await useDesk.getState().openArticle(current.article.id, useDesk.getState().selectedClaimId ?? undefined);
        const articles = await api.listArticles({});
        if (articles.ok) useDesk.setState({ articles: articles.value });
      }
      await get().load();
      await get().openFinding(input.findingId).catch(() => undefined);
      return true;
    },
  };
});

// Opening an article (from the library, the keyboard or a claim row) leaves the comparison view.
useDesk.subscribe((state, previous) => {
  if (state.current !== previous.current && useFindings.getState().detail) useFindings.getState().closeFinding();
});
