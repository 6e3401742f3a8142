import { create } from 'zustand';
import type { ExportRequest, ExportSummary, ImportConflict, ImportReport, JobStatus, ReextractReport } from '../../../shared/ipc/contract';
import { api } from '../api';
import { useDesk } from './index';

export type Dialog = 'none' | 'import' | 'paste' | 'export' | 'conflicts' | 'settings';

interface TransferState {
  dialog: Dialog;
  job: JobStatus | null;
  report: ImportReport | null;
  reextractReport: ReextractReport | null;
  reextract(): Promise<void>;
  exportSummary: ExportSummary | null;
  conflicts: ImportConflict[];
  dragging: boolean;
  open(dialog: Dialog): void;
  startImport(mode: 'files' | 'folder'): Promise<void>;
  importDropped(files: File[]): Promise<void>;
  importText(title: string, text: string): Promise<boolean>;
  cancelJob(): Promise<void>;
  dismissReport(): void;
  exportData(request: ExportRequest): Promise<void>;
  loadConflicts(): Promise<void>;
  resolveConflict(key: string, choice: 'current' | 'incoming'): Promise<void>;
  setDragging(dragging: boolean): void;
}

const POLL_MS = 150;

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** After an import the desk's lists change: re-read them once. */
async function refreshDesk(): Promise<void> {
  const [articles, rows] = await Promise.all([api.listArticles({}), api.listClaims({})]);
  useDesk.setState({
    ...(articles.ok ? { articles: articles.value } : {}),
    ...(rows.ok ? { rows: rows.value } : {}),
  });
}

export const useTransfer = create<TransferState>((set, get) => {
  const fail = (message: string) => useDesk.setState({ error: message });

  async function follow(jobId: string): Promise<void> {
    for (;;) {
      const status = await api.jobStatus({ jobId });
      if (!status.ok) return fail(status.error.message);
      set({ job: status.value });
      if (status.value.state !== 'running') break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const job = get().job;
    if (job?.state === 'failed') fail(job.error ?? '');
    const result = job?.result ?? null;
    if (result && 'imported' in result) set({ report: result });
    else if (result) set({ reextractReport: result });
    set({ job: null, dialog: 'none' });
    await refreshDesk();
    const current = useDesk.getState().current;
    if (current) await useDesk.getState().openArticle(current.article.id, useDesk.getState().selectedClaimId ?? undefined);
    if (result && 'merged' in result && (result.merged?.conflicts ?? 0) > 0) await get().loadConflicts();
  }

  return {
    dialog: 'none',
    job: null,
    report: null,
    reextractReport: null,
    exportSummary: null,
    conflicts: [],
    dragging: false,

    open: (dialog) => set({ dialog, ...(dialog === 'export' ? { exportSummary: null } : {}) }),

    async startImport(mode) {
      const started = await api.startImport({ mode });
      if (!started.ok) return fail(started.error.message);
      if (!started.value.jobId) return;
      // The dialog steps aside; progress and the cancel button stay in the top bar.
      set({ dialog: 'none' });
      await follow(started.value.jobId);
    },

    async importDropped(files) {
      set({ dragging: false });
      if (files.length === 0) return;
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: toBase64(await f.arrayBuffer()) })));
      const started = await api.importDropped({ files: payload });
      if (!started.ok) return fail(started.error.message);
      await follow(started.value.jobId);
    },

    async importText(title, text) {
      const report = await api.importText({ title, text });
      if (!report.ok) {
        fail(report.error.message);
        return false;
      }
      set({ report: report.value, dialog: 'none' });
      await refreshDesk();
      const imported = report.value.imported[0];
      if (imported) await useDesk.getState().openArticle(imported.articleId);
      return true;
    },

    async cancelJob() {
      const job = get().job;
      if (job) await api.cancelJob({ jobId: job.id });
    },

    dismissReport: () => set({ report: null, reextractReport: null }),

    async reextract() {
      const started = await api.reextract({});
      if (!started.ok) return fail(started.error.message);
      set({ dialog: 'none' });
      await follow(started.value.jobId);
    },

    async exportData(request) {
      const summary = await api.exportData(request);
      if (!summary.ok) return fail(summary.error.message);
      set({ exportSummary: summary.value });
    },

    async loadConflicts() {
      const conflicts = await api.listImportConflicts({});
      if (!conflicts.ok) return fail(conflicts.error.message);
      set({ conflicts: conflicts.value, dialog: conflicts.value.length > 0 ? 'conflicts' : get().dialog });
    },

    async resolveConflict(key, choice) {
      const left = await api.resolveImportConflict({ key, choice });
      if (!left.ok) return fail(left.error.message);
      set((s) => ({ conflicts: s.conflicts.filter((c) => c.key !== key), dialog: left.value === 0 ? 'none' : s.dialog }));
      await refreshDesk();
    },

    setDragging: (dragging) => set({ dragging }),
  };
});
