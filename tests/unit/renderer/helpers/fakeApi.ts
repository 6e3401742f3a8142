// An in-memory window.api for component tests: every contract method, with the contract's own zod
// schemas checking what the renderer sends (as the main process does) and what the fake answers.
import type { BuiltDocument } from '../../../../shared/document';
import { toClaimRow } from '../../../../shared/claimRow';
import { manualClaim, withSpan } from '../../../../shared/document';
import { contract, type Api, type ArticleSummary, type ClaimRow, type MethodOutput, type ParsedInput } from '../../../../shared/ipc/contract';
import type { MethodName } from '../../../../shared/ipc/methods';
import { nextReview, reviewAction } from '../../../../shared/review';
import { listHistory } from '../../../../electron/services/historyView';
import { err, ok, type ErrorCode, type Result } from '../../../../shared/result';
import type { Article, AuditEvent, Claim, Finding, HistoryChange, Review, Settings, Workspace } from '../../../../shared/schema';
import { defaultSettings, verdictScaleOf } from '../../../../shared/settings';
import { foldForSearch } from '../../../../shared/text';

export interface FakeCall {
  method: MethodName;
  input: unknown;
}

interface Entry {
  action: string;
  changes: HistoryChange[];
}

export interface FakeWorkspace {
  articles: Article[];
  claims: Claim[];
  reviews: Map<string, Review>;
  findings: Finding[];
  audit: AuditEvent[];
  settings: Settings;
  undo: Entry[];
  redo: Entry[];
}

export interface FakeApi {
  api: Api;
  ws: FakeWorkspace;
  calls: FakeCall[];
  /** Inputs of every call to one method, oldest first. */
  callsTo<K extends MethodName>(method: K): ParsedInput<K>[];
  /** The stored status of a claim ('unreviewed' when it has no review). */
  statusOf(claimId: string): Review['status'];
  /** Makes the next call to `method` fail with this error (a failed save, a missing article…). */
  failNext(method: MethodName, code?: ErrorCode, message?: string): void;
}

class FakeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface FakeOptions {
  reviewer?: string;
  findings?: Finding[];
  reviews?: Review[];
  settings?: Partial<Settings>;
}

export function createFakeApi(docs: BuiltDocument[], options: FakeOptions = {}): FakeApi {
  const ws: FakeWorkspace = {
    articles: docs.map((d) => d.article),
    claims: docs.flatMap((d) => d.claims),
    reviews: new Map((options.reviews ?? []).map((r) => [r.claimId, r])),
    findings: options.findings ?? [],
    audit: [],
    settings: { ...defaultSettings(), reviewerName: options.reviewer ?? 'Biên tập viên', ...options.settings },
    undo: [],
    redo: [],
  };
  const calls: FakeCall[] = [];
  const failures = new Map<MethodName, { code: ErrorCode; message: string }>();
  // A clock that moves a minute per action, so history entries have distinct, stable times.
  let tick = 0;
  const now = () => new Date(Date.UTC(2024, 2, 8, 8, tick++)).toISOString();

  const article = (id: string): Article => {
    const a = ws.articles.find((x) => x.id === id);
    if (!a) throw new FakeError('not_found', 'Không tìm thấy bài viết này trong không gian làm việc.');
    return a;
  };
  const claim = (id: string): Claim => {
    const c = ws.claims.find((x) => x.id === id);
    if (!c) throw new FakeError('not_found', `Không tìm thấy nhận định ${id}.`);
    return c;
  };
  const statusOf = (claimId: string) => ws.reviews.get(claimId)?.status ?? 'unreviewed';

  function apply(changes: HistoryChange[], side: 'before' | 'after', action: string): void {
    const at = now();
    for (const change of changes) {
      const from = side === 'after' ? change.before : change.after;
      const to = side === 'after' ? change.after : change.before;
      if (change.type === 'review') {
        if (to) ws.reviews.set(change.claimId, to as Review);
        else ws.reviews.delete(change.claimId);
      } else {
        const index = ws.claims.findIndex((c) => c.id === change.claimId);
        if (to && index >= 0) ws.claims[index] = to as Claim;
        else if (to) ws.claims.push(to as Claim);
        else if (index >= 0) ws.claims.splice(index, 1);
      }
      const seq = ws.audit.length;
      ws.audit.push({ seq, who: ws.settings.reviewerName, when: at, action, target: change.claimId, before: from, after: to, prevHash: String(seq), hash: String(seq + 1) });
    }
  }
  function commit(action: string, changes: HistoryChange[]): void {
    apply(changes, 'after', action);
    ws.undo.push({ action, changes });
    ws.redo = [];
  }
  function step(direction: 'undo' | 'redo'): MethodOutput<'undo'> {
    const entry = (direction === 'undo' ? ws.undo : ws.redo).pop();
    if (entry) {
      apply(entry.changes, direction === 'undo' ? 'before' : 'after', `${direction}.${entry.action}`);
      (direction === 'undo' ? ws.redo : ws.undo).push(entry);
    }
    const claimIds = entry?.changes.map((c) => c.claimId) ?? [];
    const rows = ws.claims.filter((c) => claimIds.includes(c.id)).map(rowOf);
    return { action: entry?.action ?? null, claimIds, rows, canUndo: ws.undo.length > 0, canRedo: ws.redo.length > 0 };
  }
  const rowOf = (c: Claim): ClaimRow => toClaimRow(c, statusOf(c.id));
  const summary = (a: Article): ArticleSummary => {
    const mine = ws.claims.filter((c) => c.articleId === a.id);
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
      source: a.source,
      claimCount: mine.length,
      reviewedCount: mine.filter((c) => statusOf(c.id) !== 'unreviewed').length,
      flaggedCount: mine.filter((c) => statusOf(c.id) === 'flagged').length,
    };
  };
  const emptyReport = (): MethodOutput<'importSamples'> => ({ imported: [], duplicates: [], refused: [], merged: null, cancelled: false });

  const methods: { [K in MethodName]: (input: ParsedInput<K>) => MethodOutput<K> } = {
    getWorkspaceInfo: () => ({
      path: '/tmp/crosscheck-fake/workspace.json',
      articleCount: ws.articles.length,
      claimCount: ws.claims.length,
      notice: null,
      upgraded: null,
      settings: ws.settings,
      canUndo: ws.undo.length > 0,
      canRedo: ws.redo.length > 0,
    }),
    listArticles: () => ws.articles.map(summary),
    getArticle: ({ articleId }) => {
      const a = article(articleId);
      const claims = ws.claims.filter((c) => c.articleId === articleId).sort((x, y) => x.start - y.start);
      return { article: a, claims, reviews: claims.flatMap((c) => ws.reviews.get(c.id) ?? []) };
    },
    reviewClaim: (input) => {
      const c = claim(input.claimId);
      const before = ws.reviews.get(c.id) ?? null;
      const review = nextReview(before, input, ws.settings.reviewerName, now());
      if (review.status === 'corrected' && review.correctedValue === null && !review.correctedText) {
        throw new FakeError('invalid_input', 'Hãy nhập giá trị hoặc nội dung đúng khi sửa một nhận định.');
      }
      if (review.verdict && !verdictScaleOf(ws.settings).some((v) => v.id === review.verdict)) {
        throw new FakeError('invalid_input', 'Kết luận này không có trong thang kết luận của tòa soạn.');
      }
      commit(reviewAction(before, review), [{ type: 'review', claimId: c.id, before, after: review }]);
      return review;
    },
    listClaims: ({ offset, limit }) => ({ rows: ws.claims.slice(offset, offset + limit).map(rowOf), total: ws.claims.length }),
    addClaim: ({ articleId, start, end, fields }) => {
      const c = manualClaim(article(articleId), start, end, fields ?? {});
      if (ws.claims.some((x) => x.id === c.id)) throw new FakeError('invalid_input', 'Đoạn này đã là một nhận định.');
      commit('claim.add', [{ type: 'claim', claimId: c.id, before: null, after: c }]);
      return c;
    },
    editClaim: ({ claimId, start, end, fields }) => {
      const before = claim(claimId);
      const after = withSpan({ ...before, ...(fields ?? {}) }, article(before.articleId).text, start ?? before.start, end ?? before.end);
      commit('claim.edit', [{ type: 'claim', claimId, before, after }]);
      return after;
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    searchArticles: ({ query }) => {
      const words = foldForSearch(query).split(/\s+/).filter(Boolean);
      return ws.articles.filter((a) => words.every((w) => foldForSearch(`${a.title ?? ''}\n${a.text}`).includes(w))).map((a) => a.id);
    },
    getHistory: (target) => {
      if ('claimId' in target) return ws.audit.filter((e) => e.target === target.claimId);
      const ids = new Set([target.articleId, ...ws.claims.filter((c) => c.articleId === target.articleId).map((c) => c.id)]);
      return ws.audit.filter((e) => ids.has(e.target));
    },
    listHistory: (query) => {
      const claimsById = new Map(ws.claims.map((c) => [c.id, c]));
      const shape = { auditLog: ws.audit, claims: ws.claims, findings: ws.findings, articles: ws.articles, detached: [] } as unknown as Workspace;
      return listHistory(shape, claimsById, query);
    },
    importSamples: emptyReport,
    startImport: () => ({ jobId: null }),
    importDropped: () => ({ jobId: 'job-1' }),
    importText: emptyReport,
    cancelJob: () => true,
    listImportConflicts: () => [],
    resolveImportConflict: () => 0,
    exportData: () => ({ path: null, count: 0, bytes: 0, problems: [] }),
    listFindings: ({ show, claimId, offset, limit }) => {
      const open = (f: Finding) => f.status === 'open' && f.type !== 'consistent';
      const all = ws.findings.filter((f) => (show === 'all' || open(f)) && (claimId === undefined || f.claimIds.includes(claimId)));
      return { findings: all.slice(offset, offset + limit), total: all.length };
    },
    listOpenFindingClaims: () => [
      ...new Set(ws.findings.filter((f) => f.status === 'open' && f.type !== 'consistent').flatMap((f) => f.claimIds)),
    ],
    getSummary: () => {
      const counts = { open: 0, resolved: 0, dismissed: 0 };
      for (const f of ws.findings) if (f.type !== 'consistent' || f.status !== 'open') counts[f.status]++;
      const signature = ws.findings.map((f) => `${f.id}:${f.status}`).join(',');
      return { articleCount: ws.articles.length, claimCount: ws.claims.length, findings: { ...counts, signature } };
    },
    reextract: () => ({ jobId: 'job-reextract' }),
    getFinding: ({ findingId }) => {
      const finding = ws.findings.find((f) => f.id === findingId);
      if (!finding) throw new FakeError('not_found', 'Không tìm thấy phát hiện này.');
      const sides = finding.claimIds.map((id) => {
        const c = claim(id);
        const a = article(c.articleId);
        return {
          claim: c,
          article: { id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt },
          sentence: a.text.slice(c.sentenceStart, c.sentenceEnd),
          status: statusOf(c.id),
        };
      });
      return { finding, sides, spans: [] };
    },
    decideFinding: ({ findingId, decision }) => {
      const finding = ws.findings.find((f) => f.id === findingId);
      if (!finding) throw new FakeError('not_found', 'Không tìm thấy phát hiện này.');
      finding.status = decision === 'reopen' ? 'open' : decision === 'resolve' ? 'resolved' : 'dismissed';
      return finding;
    },
    analyze: () => ({ findings: ws.findings.length, open: ws.findings.filter((f) => f.status === 'open').length }),
    updateSettings: (patch) => {
      ws.settings = { ...ws.settings, ...patch };
      return ws.settings;
    },
    openExternal: () => null,
  };

  const api = Object.fromEntries(
    (Object.keys(methods) as MethodName[]).map((name) => [
      name,
      async (input: unknown): Promise<Result<unknown>> => {
        calls.push({ method: name, input });
        // Answer on a later task, like IPC: the renderer must cope with the wait.
        await Promise.resolve();
        const failure = failures.get(name);
        if (failure) {
          failures.delete(name);
          return err(failure.code, failure.message);
        }
        const parsed = contract[name].input.safeParse(input ?? {});
        if (!parsed.success) return err('invalid_input', `Dữ liệu gửi lên không hợp lệ (${name}).`);
        try {
          const value = (methods[name] as (i: unknown) => unknown)(parsed.data);
          return ok(contract[name].output.parse(value));
        } catch (e) {
          if (e instanceof FakeError) return err(e.code, e.message);
          throw e;
        }
      },
    ]),
  ) as unknown as Api;

  return {
    api,
    ws,
    calls,
    callsTo: <K extends MethodName>(method: K) => calls.filter((c) => c.method === method).map((c) => c.input as ParsedInput<K>),
    statusOf,
    failNext: (method, code = 'save_failed', message = 'Chưa lưu được thay đổi: hãy thử lại.') => failures.set(method, { code, message }),
  };
}
