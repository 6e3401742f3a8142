import { create } from 'zustand';
import type { ExportRequest, ExportSummary, ImportConflict, ImportReport, JobStatus, ReextractReport } from '../../../shared/ipc/contract';
import type { AppErrorValue } from '../../../shared/result';
import { api, onDeskEvent, writeFailure } from '../api';
import { appliedSaved, inFlightCommit, useDesk } from './index';

export type Dialog = 'none' | 'import' | 'paste' | 'export' | 'conflicts' | 'settings';

interface TransferState {
  dialog: Dialog;
  job: JobStatus | null;
  report: ImportReport | null;
  reextractReport: ReextractReport | null;
  reextract(): Promise<void>;
  /** The last export's summary, with the format it was written in (what its count counts). */
  exportSummary: (ExportSummary & { format: ExportRequest['format'] }) | null;
  /** Why the last export was refused (a filter that matches nothing, a file that could not be written). */
  exportError: string | null;
  conflicts: ImportConflict[];
  dragging: boolean;
  open(dialog: Dialog): void;
  startImport(mode: 'files' | 'folder'): Promise<void>;
  importDropped(files: File[]): Promise<void>;
  importText(title: string, text: string, meta?: { outlet?: string; publishedAt?: string }): Promise<boolean>;
  cancelJob(): Promise<void>;
  dismissReport(): void;
  exportData(request: ExportRequest): Promise<void>;
  loadConflicts(): Promise<void>;
  resolveConflict(key: string, choice: 'current' | 'incoming'): Promise<void>;
  setDragging(dragging: boolean): void;
}

/**
 * Job progress is pushed ('job' events), never polled. The latest status of each job is kept here
 * from the moment it arrives, so a job that ends before its starter is listening is not missed.
 */
const latestJobs = new Map<string, JobStatus>();
const jobWaiters = new Map<string, (status: JobStatus) => void>();
const ended = (status: JobStatus) => status.state !== 'running';

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** After an import the desk's lists change: re-read them once (by page). */
async function refreshDesk(): Promise<void> {
  await useDesk.getState().reloadAll();
}

/** Follows a background analysis job the desk did not start (set by the store). */
let followAnalysis: (jobId: string) => void = () => undefined;

export const useTransfer = create<TransferState>((set, get) => {
  const fail = (message: string) => useDesk.setState({ error: message });
  const failWrite = (error: AppErrorValue) => fail(writeFailure(error));

  async function follow(jobId: string, kind: 'import' | 'reextract' | 'upgrade' | 'analysis'): Promise<void> {
    // The article the editor was on when the job started: an import opens what it brought in, as a
    // paste does, unless the editor went on to another article while it ran.
    const openedAtStart = useDesk.getState().current?.article.id ?? null;
    const known = latestJobs.get(jobId);
    set({ job: known ?? { id: jobId, kind, state: 'running', done: 0, total: 0, current: null, analysis: null, result: null, error: null } });
    // (Its own end, not whatever job is on show by then: an import started during the open's
    // analysis takes the line from it, and the analysis ends first.)
    const job = known && ended(known) ? known : await new Promise<JobStatus>((resolve) => jobWaiters.set(jobId, resolve));
    jobWaiters.delete(jobId);
    latestJobs.delete(jobId);
    const onShow = get().job?.id === jobId;
    // The analysis's end changed the findings only: the host pushes the new counts and the findings
    // panel reads them again (store/findings.ts); the library and the article stay as they are. (Its
    // failing, or its stop by a switch to another workspace, was only logged before it showed as a
    // job: the next open analyses again.)
    if (kind === 'analysis') {
      if (onShow) set({ job: null });
      return;
    }
    if (job.state === 'failed') fail(job.error ?? '');
    const result = job.result ? appliedSaved(job.result) : null;
    if (result && 'imported' in result) set({ report: result });
    // A newer engine's re-extraction: told as at an open that ran it ("Bộ máy trích xuất mới đã chạy lại…").
    else if (result && kind === 'upgrade') useDesk.setState({ upgraded: result });
    else if (result) set({ reextractReport: result });
    if (kind === 'upgrade') useDesk.setState({ upgrading: null });
    set({ ...(onShow ? { job: null } : {}), dialog: 'none' });
    await refreshDesk();
    const first = result && 'imported' in result ? result.imported[0] : undefined;
    if (first && (useDesk.getState().current?.article.id ?? null) === openedAtStart) await useDesk.getState().openArticle(first.articleId);
    if (result && 'merged' in result && (result.merged?.conflicts ?? 0) > 0) await get().loadConflicts();
  }

  // The workspace opened from an older engine is being re-extracted (getWorkspaceInfo named the job):
  // its progress shows in the top bar as an import's does, then its report.
  useDesk.subscribe((s, prev) => {
    if (s.upgrading !== null && s.upgrading !== prev.upgrading && get()?.job?.id !== s.upgrading) void follow(s.upgrading, 'upgrade');
  });
  // The open's full analysis in the background (another engine's findings): shown from its first
  // event, unless another job is on show (an import the editor started comes first).
  followAnalysis = (jobId) => {
    if (get().job === null) void follow(jobId, 'analysis');
  };

  return {
    dialog: 'none',
    job: null,
    report: null,
    reextractReport: null,
    exportSummary: null,
    exportError: null,
    conflicts: [],
    dragging: false,

    open: (dialog) => set({ dialog, ...(dialog === 'export' ? { exportSummary: null, exportError: null } : {}) }),

    async startImport(mode) {
      const started = await inFlightCommit(() => api.startImport({ mode }));
      if (!started.ok) return failWrite(started.error);
      if (!started.value.jobId) return;
      // The dialog steps aside; progress and the cancel button stay in the top bar.
      set({ dialog: 'none' });
      await follow(started.value.jobId, 'import');
    },

    async importDropped(files) {
      set({ dragging: false });
      if (files.length === 0) return;
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: toBase64(await f.arrayBuffer()) })));
      const started = await inFlightCommit(() => api.importDropped({ files: payload }));
      if (!started.ok) return failWrite(started.error);
      await follow(started.value.jobId, 'import');
    },

    async importText(title, text, meta = {}) {
      const report = await inFlightCommit(() =>
        api.importText({
        title,
        text,
        ...(meta.outlet?.trim() ? { outlet: meta.outlet.trim() } : {}),
        ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
        }),
      );
      if (!report.ok) {
        failWrite(report.error);
        return false;
      }
      set({ report: appliedSaved(report.value), dialog: 'none' });
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
      const started = await inFlightCommit(() => api.reextract({}));
      if (!started.ok) return failWrite(started.error);
      set({ dialog: 'none' });
      await follow(started.value.jobId, 'reextract');
    },

    async exportData(request) {
      set({ exportError: null });
      const summary = await api.exportData(request);
      // Said inside the export dialog, next to the filter the editor is about to change.
      if (!summary.ok) return set({ exportError: summary.error.message, exportSummary: null });
      set({ exportSummary: { ...summary.value, format: request.format } });
    },

    async loadConflicts() {
      const conflicts = await api.listImportConflicts({});
      if (!conflicts.ok) return fail(conflicts.error.message);
      set({ conflicts: conflicts.value, dialog: conflicts.value.length > 0 ? 'conflicts' : get().dialog });
    },

    async resolveConflict(key, choice) {
      const settled = await inFlightCommit(() => api.resolveImportConflict({ key, choice }));
      if (!settled.ok) return failWrite(settled.error);
      const { remaining } = appliedSaved(settled.value);
      set((s) => ({ conflicts: s.conflicts.filter((c) => c.key !== key), dialog: remaining === 0 ? 'none' : s.dialog }));
      await refreshDesk();
    },

    setDragging: (dragging) => set({ dragging }),
  };
});

onDeskEvent((event) => {
  if (event.type === 'job') {
    const status = event.job;
    latestJobs.set(status.id, status);
    if (status.kind === 'analysis' && !ended(status) && !jobWaiters.has(status.id)) followAnalysis(status.id);
    if (latestJobs.size > 50) for (const id of latestJobs.keys()) if (!jobWaiters.has(id) && id !== status.id) latestJobs.delete(id);
    if (useTransfer.getState().job?.id === status.id) useTransfer.setState({ job: status });
    if (ended(status)) jobWaiters.get(status.id)?.(status);
    return;
  }
  // A crash of the background service ends its jobs: the ones followed here end as failed.
  if (event.type === 'host' && event.state !== 'ready') {
    for (const [id, resolve] of jobWaiters) {
      const job = useTransfer.getState().job;
      const failed: JobStatus = { ...(job ?? { id, kind: 'import', done: 0, total: 0, current: null, analysis: null, result: null }), id, state: 'failed', error: event.message };
      if (job?.id === id) useTransfer.setState({ job: failed });
      resolve(failed);
    }
  }
});
