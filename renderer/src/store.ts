import { create } from 'zustand';
import type { ArticleSummary } from '../../shared/ipc/contract';
import type { Article, Claim, Review, ReviewStatus } from '../../shared/schema';
import type { Result } from '../../shared/result';
import { api } from './api';
import type { Lang } from './i18n';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface OpenArticle {
  article: Article;
  claims: Claim[];
}

export interface ReviewRequest {
  status: ReviewStatus;
  correctedValue?: number | null;
  correctedText?: string | null;
  note?: string | null;
}

interface DeskState {
  lang: Lang;
  loading: boolean;
  error: string | null;
  notice: string | null;
  workspacePath: string | null;
  articles: ArticleSummary[];
  current: OpenArticle | null;
  reviews: Record<string, Review>;
  selectedClaimId: string | null;
  saveState: SaveState;
  /** The last review that failed to save, so the user can retry it. */
  pendingRetry: { claimId: string; request: ReviewRequest } | null;

  init(): Promise<void>;
  openArticle(articleId: string): Promise<void>;
  selectClaim(claimId: string | null): void;
  moveSelection(step: 1 | -1): void;
  review(claimId: string, request: ReviewRequest): Promise<void>;
  retrySave(): Promise<void>;
  importSamples(): Promise<void>;
  theme: 'light' | 'dark';
  setLang(lang: Lang): Promise<void>;
  setTheme(theme: 'light' | 'dark'): Promise<void>;
  dismissError(): void;
}

function applyDocumentPrefs(lang: Lang, theme: 'light' | 'dark'): void {
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
}

function unwrap<T>(result: Result<T>, onError: (message: string) => void): T | null {
  if (result.ok) return result.value;
  onError(result.error.message);
  return null;
}

export const useDesk = create<DeskState>((set, get) => ({
  lang: 'vi',
  theme: 'light',
  loading: true,
  error: null,
  notice: null,
  workspacePath: null,
  articles: [],
  current: null,
  reviews: {},
  selectedClaimId: null,
  saveState: 'idle',
  pendingRetry: null,

  async init() {
    const fail = (message: string) => set({ error: message });
    const info = unwrap(await api.getWorkspaceInfo({}), fail);
    const articles = unwrap(await api.listArticles({}), fail);
    const lang = info?.settings.language ?? 'vi';
    const theme = info?.settings.theme ?? 'light';
    applyDocumentPrefs(lang, theme);
    set({
      loading: false,
      lang,
      theme,
      workspacePath: info?.path ?? null,
      notice: info?.notice ? info.notice.movedTo : null,
      articles: articles ?? [],
    });
  },

  async openArticle(articleId) {
    const value = unwrap(await api.getArticle({ articleId }), (message) => set({ error: message }));
    if (!value) return;
    const reviews: Record<string, Review> = {};
    for (const r of value.reviews) reviews[r.claimId] = r;
    set((s) => ({
      current: { article: value.article, claims: value.claims },
      reviews: { ...s.reviews, ...reviews },
      selectedClaimId: value.claims[0]?.id ?? null,
    }));
  },

  selectClaim(claimId) {
    set({ selectedClaimId: claimId });
  },

  moveSelection(step) {
    const { current, selectedClaimId } = get();
    if (!current || current.claims.length === 0) return;
    const index = current.claims.findIndex((c) => c.id === selectedClaimId);
    const next = index < 0 ? 0 : Math.min(current.claims.length - 1, Math.max(0, index + step));
    set({ selectedClaimId: current.claims[next]?.id ?? null });
  },

  // Optimistic: the desk shows the new status at once and the save runs behind it; a failed save
  // restores the previous status and says so loudly with a retry.
  async review(claimId, request) {
    const previous = get().reviews[claimId];
    const optimistic: Review = {
      claimId,
      status: request.status,
      correctedValue: request.correctedValue ?? null,
      correctedText: request.correctedText ?? null,
      note: request.note ?? previous?.note ?? null,
      evidence: previous?.evidence ?? [],
      verdict: previous?.verdict ?? null,
      reviewer: previous?.reviewer ?? '',
      updatedAt: new Date().toISOString(),
    };
    set((s) => ({ reviews: { ...s.reviews, [claimId]: optimistic }, saveState: 'saving' }));
    const result = await api.reviewClaim({ claimId, ...request });
    if (result.ok) {
      const saved = result.value;
      set((s) => ({ reviews: { ...s.reviews, [claimId]: saved }, saveState: 'saved', pendingRetry: null }));
      const articles = await api.listArticles({});
      if (articles.ok) set({ articles: articles.value });
      return;
    }
    set((s) => {
      const reviews = { ...s.reviews };
      if (previous) reviews[claimId] = previous;
      else delete reviews[claimId];
      return { reviews, saveState: 'failed', error: result.error.message, pendingRetry: { claimId, request } };
    });
  },

  async retrySave() {
    const pending = get().pendingRetry;
    if (pending) await get().review(pending.claimId, pending.request);
  },

  async importSamples() {
    const report = unwrap(await api.importSamples({}), (message) => set({ error: message }));
    if (!report) return;
    const articles = await api.listArticles({});
    if (articles.ok) set({ articles: articles.value });
  },

  async setLang(lang) {
    applyDocumentPrefs(lang, get().theme);
    set({ lang });
    const saved = await api.updateSettings({ language: lang });
    if (!saved.ok) set({ error: saved.error.message });
  },

  async setTheme(theme) {
    applyDocumentPrefs(get().lang, theme);
    set({ theme });
    const saved = await api.updateSettings({ theme });
    if (!saved.ok) set({ error: saved.error.message });
  },

  dismissError() {
    set({ error: null });
  },
}));
