import { ANALYSIS_VERSION, explainStoredFinding, FindingsAnalysis, type FindingsDelta } from '../../shared/analysis';
import type { AnalysisProgress } from '../../shared/analysis/progress';
import { analysisProgressOf } from './jobs';
import type { DecideFinding, FindingDetail } from '../../shared/ipc/contract';
import { sentenceBounds } from '../../shared/document';
import { referencedSpans } from '../../shared/findingSpans';
import { notSameFactLabel } from '../../shared/i18n/labels';
import { nextReview } from '../../shared/review';
import type { Claim, Finding, Review } from '../../shared/schema';
import { sameRecord, StoreConflictError, type RecordChange, type WorkspaceMeta } from '../store/port';
import { backgroundSlice } from '../store/deskCalls';
import { conflictError } from './conflicts';
import { AppError } from './errors';
import { diffRecords, diffRecordsStaged, HISTORY_LIMIT, type MetaMark, type ServiceContext } from './context';

/**
 * The claims as the analysis should see them: rejected ones are not claims, and a corrected
 * value replaces the extracted one.
 */
function analysisClaims(claims: readonly Claim[], reviews: ReadonlyMap<string, Review>): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    const r = reviews.get(c.id);
    if (r?.status === 'rejected') continue;
    out.push(r?.status === 'corrected' && r.correctedValue !== null ? { ...c, value: r.correctedValue } : c);
  }
  return out;
}

/** Whether an action changes what the contradiction analysis sees (claims, rejections, corrections). */
function affectsAnalysis(changes: readonly RecordChange[]): boolean {
  const matters = (r: Review | null) => r !== null && (r.status === 'rejected' || r.status === 'corrected');
  return changes.some((c) => c.table === 'claims' || (c.table === 'reviews' && (matters(c.before) || matters(c.after))));
}

/**
 * The analysis kept in memory between actions, so that an edit re-examines only the claims it touched
 * and their candidate partners (FindingsAnalysis.updateClaims) instead of the whole workspace. Kept only
 * where this service is the one writer (the lowdb workspace, under its lock): on a shared desk another
 * editor's changes would leave it stale, so the full analysis runs there.
 */
interface AnalysisCache {
  store: ServiceContext['store'];
  analysis: FindingsAnalysis;
  articleIds: Set<string>;
  claims: number;
  articles: number;
}

interface AnalysisState {
  cache: AnalysisCache | null;
  /**
   * Claims changed since the cached analysis saw them (ids; a review's id is its claim's): noted when
   * their commit starts (ctx.beforeCommit, set in stateOf; taken back if it fails) and again when it
   * lands, so a claim changed but not yet analysed is always here.
   */
  dirty: Set<string>;
  /** Analyses run one at a time, in the order asked (see serialized). */
  queue: Promise<unknown>;
  /** Raised when the kept analysis is dropped: an analysis built before must not be kept. */
  generation: number;
  /** Analyses asked for and waiting for their turn (an edit waiting for the background build). */
  waiting: number;
  /**
   * Raised whenever `dirty` is noted or cleared by anyone: a failed commit takes back the claims it
   * noted only when nothing touched `dirty` since (another commit may have noted the same claim).
   */
  notes: number;
  /**
   * Raised by every commit changing what the analysis sees as it lands (an edit, an import, a merge,
   * a re-extraction): a re-assembly is sound only while the claims are those the analysis read.
   */
  landedCommits: number;
}

/** Quiet time (no call from the desk) the background build waits for before it starts. */
export const QUIET_BEFORE_BUILD_MS = 1500;
/** While calls keep arriving, the background build pauses this long between its slices. */
const PAUSE_WHILE_BUSY_MS = 40;

const states = new WeakMap<ServiceContext, AnalysisState>();

/**
 * Whether the stored findings answer the stored claims is kept durably in the workspace meta record
 * where this service is the one writer: every commit changing what the analysis sees raises
 * `claimsRevision` in that same commit, and every analysis stores the revision it read before reading
 * the claims as `findingsRevision` with its findings. So whatever stops an analysis from landing (a
 * crash, a kill, a failed save, analysis 'off'), even after a checkpoint compacted the journal, the
 * next open finds the findings behind and analyses everything again. Not on a shared desk (every edit
 * there is analysed in full, and a revision every editor writes would make their commits conflict).
 */
function tracksRevision(ctx: ServiceContext): boolean {
  return !ctx.store.readOnly && ctx.store.editor === undefined;
}

const claimsRevisionOf = (meta: WorkspaceMeta): number => meta.claimsRevision ?? 0;

/** A commit changing what the analysis sees: the claims revision moves in the same commit. */
const raiseClaimsRevision: MetaMark = (meta) => ({ ...meta, claimsRevision: claimsRevisionOf(meta) + 1 });

/** Whether the stored findings answer every claim change committed (see tracksRevision). */
export function findingsUpToDate(meta: WorkspaceMeta): boolean {
  return (meta.findingsRevision ?? 0) === claimsRevisionOf(meta);
}

/** The claims revision as an analysis starts reading (read BEFORE the claims it analyses), or null. */
async function revisionAtStart(ctx: ServiceContext): Promise<number | null> {
  return tracksRevision(ctx) ? claimsRevisionOf(await ctx.store.meta()) : null;
}

/** Starts noting the claims each commit changes (the service does it as it opens). */
export function trackAnalysis(ctx: ServiceContext): void {
  stateOf(ctx);
}

function stateOf(ctx: ServiceContext): AnalysisState {
  let st = states.get(ctx);
  if (!st) {
    const state: AnalysisState = (st = { cache: null, dirty: new Set(), queue: Promise.resolve(), generation: 0, waiting: 0, notes: 0, landedCommits: 0 });
    states.set(ctx, state);
    // Every commit of the service notes the claims it changes for the analysis before it is made;
    // one that fails takes them back (nothing changed: the kept analysis can still be trusted).
    ctx.beforeCommit = (changes) => {
      if (!affectsAnalysis(changes)) return null;
      const added = changes.flatMap((c) => (state.dirty.has(c.id) ? [] : [c.id]));
      for (const id of added) state.dirty.add(id);
      const note = ++state.notes;
      return {
        mark: tracksRevision(ctx) ? raiseClaimsRevision : null,
        failed: () => {
          if (state.notes === note) for (const id of added) state.dirty.delete(id);
        },
        // An analysis run while the commit was in flight took these ids and read them as they were:
        // noted again, the next analysis reads them as committed (whether or not the action asks one).
        landed: () => {
          state.notes++;
          state.landedCommits++;
          for (const c of changes) state.dirty.add(c.id);
        },
      };
    };
  }
  return st;
}

/**
 * Analyses run one after another: full or incremental, after an edit or in the background after the
 * open. An edit's re-analysis asked while the kept analysis is being built waits for it, then brings
 * it up to date with every claim changed meanwhile.
 */
function serialized<T>(ctx: ServiceContext, run: () => Promise<T>): Promise<T> {
  const st = stateOf(ctx);
  st.waiting++;
  const start = () => {
    st.waiting--;
    return run();
  };
  const turn = st.queue.then(start, start);
  st.queue = turn.catch(() => undefined);
  return turn;
}

/** Resolves once no analysis is running or queued (the service waits for it as it closes). */
export async function analysesSettled(ctx: ServiceContext): Promise<void> {
  const st = stateOf(ctx);
  for (let queue = st.queue; ; queue = st.queue) {
    await queue;
    if (queue === st.queue) return;
  }
}

/**
 * Re-analysis after an action, when it changed what the analysis sees (its claims were noted as its
 * commit started): one run covers every change noted since the last.
 */
export async function reanalyzeAfter(ctx: ServiceContext, changes: readonly RecordChange[]): Promise<void> {
  if (!affectsAnalysis(changes)) return;
  const st = stateOf(ctx);
  st.notes++;
  for (const c of changes) st.dirty.add(c.id);
  await ctx.afterAction(() => analyzeUnlessClosed(ctx, { incremental: true }));
}

/**
 * What follows an action already committed (its re-analysis, the analysis after an import or a
 * re-extraction): once the commit is durable the action stands, so a failure here must not fail it
 * (the desk would take it back, or offer a retry that does it twice: an undo applied twice, an added
 * claim refused as one already there). The failure is logged and answered as the notice to show, in the user's language
 * (findingsNotUpdated); undefined when all went well. The analysis was dropped (analyzeOnce) and the
 * stored meta says the findings are behind the claims (the action's commit raised claimsRevision,
 * the failed findings commit did not move findingsRevision), so the next action's re-analysis, or
 * the next open, analyses everything again.
 */
export async function findingsNotice(ctx: ServiceContext, run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (e) {
    console.error('[crosscheck] analysis after an action failed (the action is saved):', e);
    // The analysis itself failing (a RangeError of a collection too big for an article too long to
    // compare) is said as such, not as a disk or a connection that may be fine.
    const ownFailure = e instanceof RangeError;
    return (ownFailure ? analysisFailed() : findingsNotUpdated(ctx.store.editor !== undefined)).messageIn(ctx.language);
  }
}

/** An action's result as saved, with the notice of findingsNotice when its findings could not be updated. */
export type Saved<T> = T & { findingsNotUpdated?: string };

export function withFindingsNotice<T extends object>(value: T, notice: string | undefined): Saved<T> {
  return notice === undefined ? value : { ...value, findingsNotUpdated: notice };
}

/** reanalyzeAfter for an action already committed: the notice to show when it failed (see findingsNotice). */
export function reanalysisNotice(ctx: ServiceContext, changes: readonly RecordChange[]): Promise<string | undefined> {
  return findingsNotice(ctx, () => reanalyzeAfter(ctx, changes));
}

/**
 * What the desk is told when an action was saved but the findings could not be updated after it.
 * `shared`: on a shared desk (the store has an editor) the findings are not analysed at opening
 * (prepareAnalysis), only by this editor's next change to a claim (the kept analysis was dropped, so
 * that one is a full analysis), and the usual cause is the desk going away, not a full disk.
 */
export function findingsNotUpdated(shared = false): AppError {
  if (shared) {
    return new AppError('save_failed', {
      vi: 'Thay đổi đã được lưu trên bàn chung, nhưng chưa cập nhật được các phát hiện theo thay đổi này (ví dụ mất kết nối tới bàn chung). Các phát hiện sẽ được phân tích lại khi bạn sửa nhận định lần sau; mở lại bàn chung không tự phân tích lại.',
      en: 'The change is saved on the shared desk, but the findings could not be updated after it (the desk could not be reached, for example). They will be analysed again at your next change to a claim; opening the desk again does not analyse them.',
    });
  }
  return new AppError('save_failed', {
    vi: 'Thay đổi đã được lưu, nhưng chưa cập nhật được các phát hiện theo thay đổi này (ví dụ ổ đĩa đầy). Các phát hiện sẽ được phân tích lại ở lần sửa sau hoặc khi mở lại không gian làm việc.',
    en: 'The change is saved, but the findings could not be updated after it (a full disk, for example). They will be analysed again at the next edit or when the workspace is opened again.',
  });
}

/** The notice when the analysis itself failed after a saved action (findingsNotice). */
export function analysisFailed(): AppError {
  return new AppError('internal', {
    vi: 'Thay đổi đã được lưu, nhưng phân tích phát hiện không hoàn tất (lỗi trong khi phân tích; một bài rất dài, hàng chục nghìn nhận định, có thể gây ra lỗi này — hãy tách bài). Các phát hiện sẽ được phân tích lại ở lần sửa sau hoặc khi mở lại không gian làm việc.',
    en: 'The change is saved, but the findings analysis did not complete (it failed while analysing; a very long article, tens of thousands of claims, can cause this — split the article). The findings will be analysed again at the next edit or when the workspace is opened again.',
  });
}

/**
 * An action's analysis (an edit, an import, a re-extraction) whose action is already durable: one
 * stopped by a close is no failure of the action (the next open analyses what it had not done: see
 * stopIfClosing).
 */
export async function analyzeUnlessClosed(ctx: ServiceContext, options: AnalyzeOptions = {}): Promise<void> {
  try {
    await analyze(ctx, options);
  } catch (e) {
    if (!(e instanceof AnalysisCancelled)) throw e;
  }
}

/** Whether the kept analysis is built and in use (tests, diagnostics). */
export function analysisKept(ctx: ServiceContext): boolean {
  return stateOf(ctx).cache?.store === ctx.store;
}

/** Drops the kept analysis (the workspace was replaced under it: a restore). The next one is full. */
export function forgetAnalysis(ctx: ServiceContext): void {
  const st = stateOf(ctx);
  st.cache = null;
  st.dirty.clear();
  st.notes++;
  st.generation++;
}

/**
 * Why an analysis stopped: the service was closed. The analyses of actions and the background one
 * swallow it; an explicit "analyze" (IPC, CLI) in flight at the close rejects with it, in the
 * user's language like every other service error.
 */
class AnalysisCancelled extends AppError {
  constructor() {
    super('internal', {
      vi: 'Phân tích đã dừng vì không gian làm việc được đóng; lần mở sau sẽ phân tích lại phần còn thiếu.',
      en: 'The analysis stopped because the workspace was closed; the next open analyses what is left.',
    });
    this.name = 'AnalysisCancelled';
  }
}

/**
 * Who runs an analysis: the background one after an open, or one after an edit, an import or a
 * re-extraction (foreground). Where this service is the one writer, both stop when the service
 * closes, before they store anything: the stored meta says what they have not done (see
 * tracksRevision) and the next open analyses it, so a quit or a workspace switch never waits for a
 * full analysis. On a shared desk (no revision kept) a foreground analysis runs to the end, and the
 * close waits for it.
 */
type Runner = 'background' | 'foreground';

function stopIfClosing(ctx: ServiceContext, runner: Runner): void {
  if (ctx.closing && (runner === 'background' || tracksRevision(ctx))) throw new AnalysisCancelled();
}

/** Longest synchronous slice of analysis work (ms) before the event loop turns (see inSlices). */
const SLICE_MS = 8;

/**
 * Runs a staged computation in slices of about `sliceMs` (the service's option, default SLICE_MS),
 * letting the event loop turn between them (the worker answers other calls meanwhile); it stops when
 * the service is closed (a foreground one only where this service keeps the revision: see
 * stopIfClosing). An edit's re-analysis runs so too: the kept analysis is
 * updated and its findings assembled in slices, while other actions and reads are answered (their
 * own analyses wait their turn: serialized; reads see the stored findings, which change only when
 * the re-analysis commits them). Exported for tests.
 */
export async function inSlices<T>(ctx: ServiceContext, runner: Runner, stages: Generator<void, T>, options: { yieldToCalls?: boolean } = {}): Promise<T> {
  const st = stateOf(ctx);
  const sliceMs = ctx.options.sliceMs ?? SLICE_MS;
  for (;;) {
    stopIfClosing(ctx, runner);
    // In the background, the desk's calls go first (unless an analysis is waiting for this one).
    while (options.yieldToCalls && st.waiting === 0 && performance.now() - ctx.lastCallAt < PAUSE_WHILE_BUSY_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve, PAUSE_WHILE_BUSY_MS));
      stopIfClosing(ctx, runner);
    }
    // In the background, shorter while a call of the desk is in flight (see store/deskCalls.ts).
    const until = performance.now() + (runner === 'background' ? backgroundSlice(sliceMs) : sliceMs);
    let step = stages.next();
    while (!step.done && performance.now() < until) step = stages.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * Makes the kept analysis ready in the background right after a workspace is opened (or restored),
 * so the first edit re-examines only what it touched instead of analysing everything. Findings
 * stored by this analysis engine (the workspace meta's `analysisVersion`) that answer every claim
 * change committed (`findingsRevision`, see tracksRevision) are trusted: the analysis is built from
 * the stored claims and nothing is written. Findings from another engine version (or none recorded),
 * or behind the claims, are analysed again in full and stored with the version. Built in slices; an
 * edit's re-analysis asked meanwhile waits for it (serialized). Stops as the service closes. Only
 * where this service is the one writer.
 */
export function prepareAnalysis(ctx: ServiceContext): Promise<void> {
  if (ctx.store.readOnly || ctx.store.editor !== undefined || ctx.options.analysis === 'off') return Promise.resolve();
  return serialized(ctx, async () => {
    const st = stateOf(ctx);
    stopIfClosing(ctx, 'background');
    if (st.cache?.store === ctx.store) return;
    // After the store's own background parse of a big workspace (the library, the findings panel
    // and the first article are asked for meanwhile): the claims are then in memory. A close does
    // not wait for that parse.
    const warmedUp = (ctx.store as { warmedUp?: () => Promise<void> }).warmedUp?.();
    if (warmedUp) await Promise.race([warmedUp, ctx.whenClosing]);
    // ...and once the desk has been quiet a moment (it loads its claim rows and findings after the
    // open), unless an edit is already waiting for the analysis.
    while (st.waiting === 0 && !ctx.closing && performance.now() - ctx.lastCallAt < QUIET_BEFORE_BUILD_MS) {
      const quiet = new Promise<void>((resolve) => setTimeout(resolve, Math.max(10, QUIET_BEFORE_BUILD_MS - (performance.now() - ctx.lastCallAt))));
      await Promise.race([quiet, ctx.whenClosing]);
    }
    stopIfClosing(ctx, 'background');
    const meta = await ctx.store.meta();
    stopIfClosing(ctx, 'background');
    if (meta.analysisVersion === ANALYSIS_VERSION && findingsUpToDate(meta) && (await buildTrusted(ctx, st))) return;
    // Another engine's findings, claims changed that no stored analysis has seen (a crash, a close
    // before it landed), or changed in this session before the build: the full analysis — minutes at
    // a newsroom's size, so the desk sees it as a job with its progress (where handlers serve one).
    const full = (progress?: AnalysisProgress) => analyzeWithRetries(ctx, false, 'background', progress);
    // (Where the host serves jobs, once its handlers are built: see ServiceOptions.jobsServed.)
    const runJob = await ctx.jobRunner();
    stopIfClosing(ctx, 'background');
    if (runJob) await runJob('analysis', (control) => full(analysisProgressOf(control, ctx.language)));
    else await full();
  }).catch((e: unknown) => {
    if (e instanceof AnalysisCancelled) return;
    console.error('[crosscheck] background analysis failed:', e);
  });
}

/**
 * The kept analysis built from the stored claims, which the stored findings answer (same engine, no
 * claim change behind them: see prepareAnalysis). False when that cannot be assumed: a claim changed
 * in this session whose re-analysis has not been stored yet, or changed while the claims were read.
 */
async function buildTrusted(ctx: ServiceContext, st: AnalysisState): Promise<boolean> {
  if (st.dirty.size > 0) return false;
  const generation = st.generation;
  const [articles, claims, reviews] = await Promise.all([ctx.store.articles(), ctx.store.claims(), ctx.store.reviews()]);
  // A commit changing claims started while they were read: what was read may be half of it.
  if (st.dirty.size > 0) return false;
  const seen = analysisClaims(claims, new Map(reviews.map((r) => [r.claimId, r])));
  const analysis = await inSlices(ctx, 'background', FindingsAnalysis.staged(articles, seen), { yieldToCalls: true });
  if (generation !== st.generation) return true;
  // The decided findings kept by their decision alone (no comparison raises them): an edit of their
  // articles re-examines them, as after a full analysis.
  // (In slices: some 55 µs a finding, seconds for a newsroom's thousands of decisions.)
  const decided = (await ctx.store.findings({ statuses: ['resolved', 'dismissed'] })).items;
  await inSlices(ctx, 'background', analysis.noteDecidedStaged(decided), { yieldToCalls: true });
  if (generation !== st.generation) return true;
  // Claims changed from here on are in `dirty`: the next incremental run applies them.
  st.cache = { store: ctx.store, analysis, articleIds: new Set(articles.map((a) => a.id)), claims: claims.length, articles: articles.length };
  return true;
}

/**
 * The kept analysis brought up to date with the claims changed since, when it can be: same store, same
 * articles, a claim count that moved no more than the changed claims explain, every changed claim in
 * an article it knows. Null when a full analysis is needed.
 */
async function updatedAnalysis(ctx: ServiceContext, st: AnalysisState, runner: Runner): Promise<{ analysis: FindingsAnalysis; revision: number | null } | null> {
  // No kept analysis on a shared desk (see computeFindings); a store reopened is another workspace.
  if (!st.cache || st.cache.store !== ctx.store) return null;
  // Read before the changed claims are taken: every change it counts is in `dirty` by then.
  const revision = await revisionAtStart(ctx);
  const cache = st.cache;
  if (!cache || cache.store !== ctx.store) return null;
  const ids = [...st.dirty];
  st.dirty.clear();
  st.notes++;
  const [claims, reviews, counts] = await Promise.all([ctx.store.claims(ids), ctx.store.reviews(ids), ctx.store.counts()]);
  // An import or a removal behind the kept analysis's back: more changed than these claims.
  if (counts.articles !== cache.articles || Math.abs(counts.claims - cache.claims) > ids.length) return null;
  if (claims.some((c) => !cache.articleIds.has(c.articleId))) return null;
  const seen = analysisClaims(claims, new Map(reviews.map((r) => [r.claimId, r])));
  const kept = new Set(seen.map((c) => c.id));
  // A claim removed, or now rejected, leaves the analysis. In slices: a stop midway (a close) throws,
  // and the half-updated analysis is dropped (analyzeOnce).
  await inSlices(ctx, runner, cache.analysis.updateClaimsStaged(seen, ids.filter((id) => !kept.has(id))));
  cache.claims = counts.claims;
  return { analysis: cache.analysis, revision };
}

/** What an analysis stores: the findings it changes, and the claims revision they answer (see tracksRevision). */
interface AnalysisResult {
  before: Finding[];
  after: Finding[];
  revision: number | null;
  /**
   * The findings assembled again from the analysis already built and the findings as stored now
   * (read by it), explained in the language the settings say now (a switch's settings commit may land
   * during the analysis; its re-explanation of the stored findings cannot: it is queued behind this
   * analysis, see reexplainFindings): every finding after a full analysis, only those the edit
   * re-examined after an incremental one. Null when that analysis no longer answers the workspace (a restore dropped it,
   * or a commit changing claims landed since it read them: a merge brings findings it knows nothing
   * of). Absent on a shared desk (another editor's commit may have changed the claims too: everything
   * is read again).
   */
  reassemble?: () => Promise<{ before: Finding[]; after: Finding[]; delta: boolean; inStore?: true } | null>;
  /**
   * A full analysis whose `before` holds the decided findings only: the store compares `after` with
   * every finding it holds (StoreReader.findingChanges).
   */
  inStore?: true;
  /** False once the analysis no longer answers the workspace (a restore dropped it): nothing is stored. */
  current?: () => boolean;
}

/**
 * What `reassemble` does for an analysis built in generation `generation`, which read the claims when
 * `landed` commits had landed: the engine's own rules apply to what is stored now (decisions carried
 * over by fingerprint, a finding whose claims changed open again, a "not the same fact" dismissal kept
 * for its pair). Only where this service is the one writer, and only while no commit changing claims
 * landed since the read (a decision does not count): the claims it read are then the claims. Otherwise
 * null, and the analysis runs again from fresh reads.
 */
function reassembler(
  ctx: ServiceContext,
  runner: Runner,
  st: AnalysisState,
  analysis: FindingsAnalysis,
  generation: number,
  landed: number,
  touchedIds: readonly string[] | null,
): AnalysisResult['reassemble'] {
  if (ctx.store.editor !== undefined) return undefined;
  const current = () => generation === st.generation && landed === st.landedCommits;
  return async () => {
    if (!current()) return null;
    if (touchedIds !== null) {
      // After an edit: only the findings it re-examined, read again (in proportion to the edit).
      const previous = await touchedFindings(ctx, touchedIds);
      const { language } = await ctx.settings();
      if (!current()) return null;
      const delta = await inSlices(ctx, runner, analysis.changedFindingsAgainStaged(previous, { language }));
      // Assembled in slices: a commit changing claims may have landed meanwhile.
      if (!current()) return null;
      if (delta !== null) return { ...deltaResult(previous, delta), delta: true };
    }
    // The language as set now: a switch's settings commit may have landed during this analysis. Its
    // re-explanation of the stored findings does not run meanwhile (it is queued behind this analysis
    // and re-explains what this one stores: see reexplainFindings), so this only saves it work; it
    // must stay queued, not awaited by the switch, or the desk's edits would wait for this analysis.
    const all = await previousFindings(ctx);
    const { language } = await ctx.settings();
    if (!current()) return null;
    const after = await inSlices(ctx, runner, analysis.findingsStaged(all, { language }));
    return current() ? { before: all, after, delta: false, ...storeCompares(ctx) } : null;
  };
}

/**
 * Computes every finding from the store's claims and their reviews (imports, re-extraction, the first
 * analysis after opening, a shared desk) and keeps the analysis for later edits where this service is
 * the one writer. Decisions carry over by fingerprint, and 'not the same fact' dismissals keep their
 * pair out for good (shared/analysis).
 */
export async function computeFindings(ctx: ServiceContext, runner: Runner = 'foreground', progress?: AnalysisProgress): Promise<AnalysisResult> {
  const st = stateOf(ctx);
  const generation = ++st.generation;
  // Read before the claims: every change it counts is in what is read below.
  const revision = await revisionAtStart(ctx);
  // A close asked meanwhile stops a background analysis before its full read.
  stopIfClosing(ctx, runner);
  if (generation !== st.generation) throw workspaceChanged();
  st.dirty.clear();
  st.notes++;
  const landed = st.landedCommits;
  const [findings, settings, articles, claims, reviews] = await Promise.all([
    previousFindings(ctx),
    ctx.settings(),
    ctx.store.articles(),
    ctx.store.claims(),
    ctx.store.reviews(),
  ]);
  const byClaim = new Map(reviews.map((r) => [r.claimId, r]));
  // Built in slices: an import's or a re-extraction's analysis does not hold up the other calls.
  const analysis = await inSlices(ctx, runner, FindingsAnalysis.staged(articles, analysisClaims(claims, byClaim), progress));
  // Assembled in slices too (ids, decisions carried over, explanations of every finding).
  const after = await inSlices(ctx, runner, analysis.findingsStaged(findings, { language: settings.language, ...(progress ? { progress } : {}) }));
  // Dropped meanwhile (a restore): what was read is not the workspace any more; nothing is kept.
  if (generation !== st.generation) throw workspaceChanged();
  st.cache =
    ctx.store.editor === undefined
      ? { store: ctx.store, analysis, articleIds: new Set(articles.map((a) => a.id)), claims: claims.length, articles: articles.length }
      : null;
  return { before: findings, after, revision, reassemble: reassembler(ctx, runner, st, analysis, generation, landed, null), ...storeCompares(ctx), current: () => generation === st.generation };
}

/** Whether the store compares a full analysis's findings with those it holds (see StoreReader.findingChanges). */
function storeCompares(ctx: ServiceContext): { inStore?: true } {
  return ctx.store.findingChanges ? { inStore: true } : {};
}

/**
 * The stored findings a full analysis starts from: every one, or, where the store compares the result
 * with what it holds itself, the decided ones (resolved, dismissed) only — an open finding carries
 * nothing over (no status, resolution or decision of its own), so the analysis gives the same findings
 * either way (tests/unit/analysis/decidedPrevious.test.ts), and 450k stored findings are not all read.
 */
async function previousFindings(ctx: ServiceContext): Promise<Finding[]> {
  return ctx.store.findingChanges ? decidedFindings(ctx) : (await ctx.store.findings()).items;
}

/** The decided findings (resolved, dismissed), read in place where the store can (StoreReader.decidedFindings). */
export async function decidedFindings(ctx: ServiceContext): Promise<Finding[]> {
  return ctx.store.decidedFindings ? ctx.store.decidedFindings() : (await ctx.store.findings({ statuses: ['resolved', 'dismissed'] })).items;
}

const NEEDS_EDITOR: Finding['type'][] = ['conflict', 'internal', 'update'];

/** The kept analysis was dropped while an analysis ran (a restore): what it read is not the workspace any more. */
function workspaceChanged(): AppError {
  return new AppError('conflict', { vi: 'Không gian làm việc đã thay đổi trong khi phân tích.', en: 'The workspace changed during the analysis.' });
}

/**
 * The findings an edit changed, from the kept analysis: only the findings it re-examined are read
 * from the store (and the "not the same fact" dismissals), not every finding. Null when the kept
 * analysis cannot be brought up to date (then everything is analysed).
 */
async function changedFindings(ctx: ServiceContext, runner: Runner): Promise<AnalysisResult | null> {
  const st = stateOf(ctx);
  const generation = st.generation;
  const landed = st.landedCommits;
  const updated = await updatedAnalysis(ctx, st, runner);
  if (!updated) return null;
  const { analysis, revision } = updated;
  const ids = await inSlices(ctx, runner, analysis.touchedFindingIdsStaged());
  const [previous, settings] = await Promise.all([touchedFindings(ctx, ids), ctx.settings()]);
  const delta = await inSlices(ctx, runner, analysis.changedFindingsStaged(previous, { language: settings.language }));
  // Computed over several turns of the event loop: a restore meanwhile dropped the kept analysis.
  if (generation !== st.generation) throw workspaceChanged();
  return { ...deltaResult(previous, delta), revision, reassemble: reassembler(ctx, runner, st, analysis, generation, landed, ids) };
}

/** The stored findings an edit's analysis re-examined (`ids`), and the "not the same fact" dismissals. */
async function touchedFindings(ctx: ServiceContext, ids: readonly string[]): Promise<Finding[]> {
  // The "not the same fact" dismissals: an adapter indexing the decision's reason reads just those.
  const notSameFact = ctx.store.notSameFactDismissals
    ? ctx.store.notSameFactDismissals()
    : ctx.store.findings({ statuses: ['dismissed'] }).then((page) => page.items);
  const [touched, dismissed] = await Promise.all([ctx.store.getFindings([...ids]), notSameFact]);
  const previous = new Map(touched.map((f) => [f.id, f]));
  for (const f of dismissed) if (f.decision?.kind === 'dismissed' && f.decision.reason === 'not-same-fact') previous.set(f.id, f);
  return [...previous.values()];
}

/** What an edit's delta stores: the previous versions of the findings it changes or removes, and theirs now. */
function deltaResult(previous: readonly Finding[], delta: FindingsDelta): { before: Finding[]; after: Finding[] } {
  const involved = new Set([...delta.removedIds, ...delta.findings.map((f) => f.id)]);
  return { before: previous.filter((f) => involved.has(f.id)), after: delta.findings };
}

/**
 * Re-runs the contradiction analysis and stores what changed; decisions stay on unchanged findings.
 * On a shared desk another editor's analysis (or finding decision) can land between the read and the
 * commit: the findings are then computed again from what is stored now, a few times at most.
 */
export function analyze(ctx: ServiceContext, options: AnalyzeOptions = {}): Promise<{ findings: number; open: number }> {
  return serialized(ctx, () => analyzeWithRetries(ctx, options.incremental === true, 'foreground', options.progress));
}

/** What an analysis is asked to do: only what changed since the last (an edit's), and whom to tell how far a full one is. */
export interface AnalyzeOptions {
  incremental?: boolean;
  /** Told how far a full analysis is, up to its findings stored (an import's and a re-extraction's progress line). */
  progress?: AnalysisProgress;
}

/** Not queued: callers run it in their turn (serialized). */
async function analyzeWithRetries(ctx: ServiceContext, incremental: boolean, runner: Runner, progress?: AnalysisProgress): Promise<{ findings: number; open: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      // A retry after a conflict reads everything again.
      const result = await analyzeOnce(ctx, incremental && attempt === 1, runner, progress);
      // Imports and re-extractions end with an analysis: one place to compact after big writes.
      ctx.compactInBackground();
      return result;
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'conflict') || attempt >= 5) throw e;
    }
  }
}

async function analyzeOnce(ctx: ServiceContext, incremental: boolean, runner: Runner, progress?: AnalysisProgress): Promise<{ findings: number; open: number }> {
  try {
    const delta = incremental ? await changedFindings(ctx, runner) : null;
    const result = delta ?? (await computeFindings(ctx, runner, progress));
    progress?.phase('store');
    const stored = await storeFindings(ctx, result, delta !== null, runner, progress && new StoreProgress(progress, result.after.length));
    progress?.done();
    return stored;
  } catch (e) {
    // The kept analysis has moved on from what is stored: the next analysis starts from the store.
    forgetAnalysis(ctx);
    throw e;
  }
}

/** A commit of findings refused because a finding it changes was changed since it was read. */
class FindingsMoved extends AppError {}

/**
 * Stores what an analysis computed. When a finding it changes was changed meanwhile (a decision made
 * while a full analysis was built, which takes seconds at newsroom scale; a restore; a merge), the
 * `before` checks refuse the commit: the findings are then assembled again from the analysis already
 * built and the findings as stored now (reassemble), not built again, and stored with the same checks.
 */
async function storeFindings(
  ctx: ServiceContext,
  result: AnalysisResult,
  delta: boolean,
  runner: Runner,
  progress?: StoreProgress,
): Promise<{ findings: number; open: number }> {
  let { before, after } = result;
  let inStore = result.inStore === true;
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeFindingsOnce(ctx, before, after, result.revision, delta ? 'delta' : inStore ? 'in-store' : 'full', runner, result.current, progress);
    } catch (e) {
      if (!(e instanceof FindingsMoved) || !result.reassemble || attempt >= 5) throw e;
      const again = await result.reassemble();
      if (again === null) throw e;
      ({ before, after, delta } = again);
      inStore = again.inStore === true;
    }
  }
}

/**
 * How far the store phase of a full analysis is (AnalysisProgress's last phase): the stored findings
 * compared with the analysis's (where the store compares them), then the changes committed. A record
 * takes about as long in each (an import's analysis of 1,000 generated articles: 57 µs a stored
 * finding compared, 60 µs a finding committed), so each part weighs its records; until the
 * comparison ends, every finding of the analysis is counted as a change to commit.
 */
class StoreProgress {
  #stored = 0;
  /** The part of the phase told by the comparison. */
  #compared = 0;

  constructor(
    private readonly progress: AnalysisProgress,
    private readonly found: number,
  ) {}

  /** `done` of the `stored` findings were compared. */
  readonly compared = (done: number, stored: number): void => {
    this.#stored = stored;
    this.#compared = stored + this.found > 0 ? done / (stored + this.found) : 0;
    this.progress.at(done, stored + this.found);
  };

  /**
   * Told the share of a commit of `changes` records: the rest of the phase after the comparison's part (more changes
   * than the analysis's findings — deletions — would otherwise start it below where the comparison left the bar).
   */
  committing(changes: number): (share: number) => void {
    const start = Math.max(this.#compared, this.#stored + changes > 0 ? this.#stored / (this.#stored + changes) : 0);
    return (share) => this.progress.at(start + (1 - start) * share, 1);
  }
}

/**
 * How `before` relates to `after`: 'delta', an edit's (the findings it re-examined); 'full', every
 * stored finding; 'in-store', the decided ones only, the store comparing `after` with what it holds.
 */
type StoredAgainst = 'delta' | 'full' | 'in-store';

async function storeFindingsOnce(
  ctx: ServiceContext,
  before: Finding[],
  after: Finding[],
  revision: number | null,
  against: StoredAgainst,
  runner: Runner,
  current: (() => boolean) | undefined,
  progress?: StoreProgress,
): Promise<{ findings: number; open: number }> {
  const delta = against === 'delta';
  // Every finding compared after a full analysis: in slices, the worker answers other calls meanwhile.
  // ('in-store' is only chosen where the store compares: `before` then holds the decided findings
  // alone, and a diff against it would insert every open finding again and delete none.)
  if (against === 'in-store' && !ctx.store.findingChanges) throw new Error('in-store comparison asked of a store without findingChanges');
  const changes =
    against === 'delta'
      ? diffRecords('findings', before, after, (f) => f.id)
      : against === 'in-store' && ctx.store.findingChanges
        ? await ctx.store.findingChanges(after, progress?.compared)
        : await inSlices(ctx, runner, diffRecordsStaged('findings', before, after, (f) => f.id));
  if (against === 'in-store') {
    // (Comparing in the store takes seconds at newsroom scale: a close meanwhile stops before the commit.)
    stopIfClosing(ctx, runner);
    // A restore meanwhile: the store's records are the restored ones, which this analysis never read.
    if (current && !current()) throw workspaceChanged();
    // The store's records are the changes' `before`, read just now: the commit's before checks no
    // longer see a decision taken since the analysis read the decided findings. Seen here instead:
    // the findings are then assembled again from what is stored (as a refused commit would be).
    const moved = decisionMovedSince(before, changes);
    if (moved !== null) throw new FindingsMoved('conflict', conflictError(new StoreConflictError('findings', moved)).messages, { table: 'findings', id: moved });
  }
  const countBefore = against === 'full' ? before.length : (await ctx.store.findings({ limit: 0 })).total;
  const removed = changes.filter((c) => c.after === null).length;
  const added = changes.filter((c) => c.before === null).length;
  const total = delta ? countBefore - removed + added : after.length;
  let open = delta ? -1 : after.filter((f) => f.status === 'open' && f.type !== 'consistent').length;
  // Where this service is the one writer, the findings are stored with the claims revision they answer
  // and, from a full analysis, the engine version that made them (see prepareAnalysis).
  const mark: MetaMark | undefined =
    revision === null
      ? undefined
      : (meta) => ({ ...meta, findingsRevision: revision, ...(delta ? {} : { analysisVersion: ANALYSIS_VERSION }) });
  const marks = mark !== undefined && (changes.length > 0 || !sameMeta(await ctx.store.meta(), mark));
  if (changes.length > 0 && ctx.store.readOnly && delta) {
    // Nothing can be stored: the kept analysis must not stay ahead of the store.
    forgetAnalysis(ctx);
  } else if ((changes.length > 0 || marks) && !ctx.store.readOnly) {
    const listChanged = against === 'full' ? before.length !== after.length || before.some((f, i) => f.id !== after[i]?.id) : removed + added > 0;
    const at = ctx.now().toISOString();
    const who = await ctx.reviewer();
    if (open < 0) open = await openAfter(ctx, changes);
    await ctx.commit(
      {
        action: 'analysis.run',
        who,
        at,
        changes,
        audit: listChanged
          ? [{ who, when: at, action: 'analysis.run', target: 'findings', before: { count: countBefore }, after: { count: total, open } }]
          : [],
        ...(progress ? { progress: progress.committing(changes.length) } : {}),
      },
      (e) => (e.table === 'findings' ? new FindingsMoved('conflict', conflictError(e).messages, { table: e.table, id: e.id }) : conflictError(e)),
      marks ? mark : undefined,
    );
  }
  if (open < 0) open = (await ctx.store.findings({ statuses: ['open'], types: NEEDS_EDITOR, limit: 0 })).total;
  return { findings: total, open };
}

/**
 * A finding among `changes` whose decision moved since `decided` (the decided findings a full analysis
 * read) was read: one decided now that was not read so (decided meanwhile, or brought by a merge), or
 * one read decided that is stored otherwise now (reopened, decided again). Null when none did.
 */
function decisionMovedSince(decided: readonly Finding[], changes: readonly RecordChange[]): string | null {
  const read = new Map(decided.map((f) => [f.id, f]));
  for (const c of changes) {
    if (c.table !== 'findings' || c.before === null) continue;
    const stored = c.before as Finding;
    const seen = read.get(c.id);
    if (seen !== undefined ? !sameRecord(seen, stored) : stored.status !== 'open' || Boolean(stored.decision)) return c.id;
  }
  return null;
}

/** Whether `mark` leaves the meta record as it is. */
function sameMeta(meta: WorkspaceMeta, mark: MetaMark): boolean {
  const after = mark(meta);
  return after.findingsRevision === meta.findingsRevision && after.analysisVersion === meta.analysisVersion;
}

/** Findings needing the editor once `changes` are stored: the stored count moved by the changes. */
async function openAfter(ctx: ServiceContext, changes: readonly RecordChange[]): Promise<number> {
  const needs = (f: Finding | null): number => (f !== null && f.status === 'open' && NEEDS_EDITOR.includes(f.type) ? 1 : 0);
  let open = (await ctx.store.findings({ statuses: ['open'], types: NEEDS_EDITOR, limit: 0 })).total;
  for (const c of changes) if (c.table === 'findings') open += needs(c.after as Finding | null) - needs(c.before as Finding | null);
  return open;
}

export async function listFindings(ctx: ServiceContext): Promise<Finding[]> {
  return (await ctx.store.findings()).items;
}

async function findFinding(ctx: ServiceContext, findingId: string): Promise<Finding> {
  const [finding] = await ctx.store.getFindings([findingId]);
  if (!finding) {
    throw ctx.notFound('Không còn phát hiện này (có thể đã được phân tích lại).', 'This finding no longer exists (the analysis may have been re-run).');
  }
  return finding;
}

export async function getFinding(ctx: ServiceContext, findingId: string): Promise<FindingDetail> {
  const finding = await findFinding(ctx, findingId);
  const claims = await ctx.store.claims(finding.claimIds);
  const articleIds = [...new Set([...claims.map((c) => c.articleId), ...(finding.spans ?? []).map((s) => s.articleId)])];
  const articles = new Map((await ctx.store.articles(articleIds)).map((a) => [a.id, a]));
  const reviews = new Map((await ctx.store.reviews(finding.claimIds)).map((r) => [r.claimId, r]));
  const sides = claims.flatMap((claim) => {
    const article = articles.get(claim.articleId);
    if (!article) return [];
    return [
      {
        claim,
        article: { id: article.id, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt },
        sentence: article.text.slice(claim.sentenceStart, claim.sentenceEnd),
        status: reviews.get(claim.id)?.status ?? ('unreviewed' as const),
      },
    ];
  });
  const spans = [...(finding.spans ?? []), ...referencedSpans(finding, articles)].flatMap((sp) => {
    const article = articles.get(sp.articleId);
    if (!article) return [];
    const { sentenceStart, sentenceEnd } = sentenceBounds(article.text, sp.start, sp.end);
    return [{ ...sp, articleTitle: article.title, outlet: article.outlet, publishedAt: article.publishedAt, sentence: article.text.slice(sentenceStart, sentenceEnd) }];
  });
  return { finding, sides, spans };
}

/** Resolves, dismisses or reopens a finding; resolving can set the claims' reviews in the same step. */
export async function decideFinding(ctx: ServiceContext, input: DecideFinding): Promise<Saved<Finding>> {
  const finding = await findFinding(ctx, input.findingId);
  const at = ctx.now().toISOString();
  const who = await ctx.reviewer();
  const vi = ctx.language === 'vi';
  const note = input.note?.trim() ?? '';
  // "Not the same fact" is its own reason: a note beside it is optional (the label is not saved as a note, QA62).
  if (input.decision === 'dismiss' && note === '' && input.reason !== 'not-same-fact') {
    throw new AppError('invalid_input', { vi: 'Hãy ghi lý do bỏ qua phát hiện này.', en: 'Give a reason for dismissing this finding.' });
  }
  if (input.decision === 'resolve' && input.rightClaimId && !finding.claimIds.includes(input.rightClaimId)) {
    throw new AppError('invalid_input', { vi: 'Nhận định được chọn không thuộc phát hiện này.', en: 'That claim is not part of this finding.' });
  }
  if (input.decision === 'resolve' && input.flagOthers && (finding.type === 'update' || finding.type === 'consistent' || !input.rightClaimId)) {
    // An update's earlier figure was true when it was published: it is never flagged as wrong.
    throw new AppError('invalid_input', {
      vi: 'Chỉ gắn cờ nhận định kia khi hai số mâu thuẫn và đã chọn một số đúng.',
      en: 'Flag the other claim only for a conflict, after choosing the right one.',
    });
  }
  const claims = new Map((await ctx.store.claims(finding.claimIds)).map((c) => [c.id, c]));
  const quoteOf = (id: string) => claims.get(id)?.quote ?? id;
  let decided: Finding;
  if (input.decision === 'reopen') {
    decided = { ...finding, status: 'open', resolution: null, decision: null };
  } else if (input.decision === 'dismiss') {
    decided = {
      ...finding,
      status: 'dismissed',
      resolution: (vi ? 'Bỏ qua: ' : 'Dismissed: ') + (note || notSameFactLabel[ctx.language]),
      decision: { kind: 'dismissed', rightClaimId: null, note, by: who, at, ...(input.reason ? { reason: input.reason } : {}) },
    };
  } else {
    const right = input.rightClaimId ?? null;
    const headline = right ? (vi ? `Đúng: «${quoteOf(right)}»` : `Right: «${quoteOf(right)}»`) : vi ? 'Cả hai đều đúng' : 'Both stand';
    decided = {
      ...finding,
      status: 'resolved',
      resolution: note ? `${headline} — ${note}` : headline,
      decision: { kind: 'resolved', rightClaimId: right, note, by: who, at },
    };
  }
  const view = (f: Finding) => ({ status: f.status, resolution: f.resolution, decision: f.decision ?? null });
  // Already decided so by this editor (the Retry of a decision): the decision stands as first saved, only
  // the reviews asked with it are left to save.
  const decides = !sameDecision(finding, decided);
  if (!decides) decided = finding;
  // Only what the editor asked for: `applyReviews` verifies the claim chosen as right (both when both
  // stand), `flagOthers` flags the others; claims already so are left alone.
  let reviewChanges: RecordChange[] = [];
  if (input.decision === 'resolve' && (input.applyReviews || input.flagOthers)) {
    const reviews = new Map((await ctx.store.reviews(finding.claimIds)).map((r) => [r.claimId, r]));
    const right = input.rightClaimId ?? null;
    reviewChanges = finding.claimIds.flatMap((id) => {
      if (!claims.has(id)) return [];
      const isRight = right === null || right === id;
      const wanted = isRight ? (input.applyReviews ? 'verified' : null) : input.flagOthers ? 'flagged' : null;
      const prev = reviews.get(id) ?? null;
      if (wanted === null || prev?.status === wanted) return [];
      const next = nextReview(prev, wanted === 'verified' ? { claimId: id, status: 'verified' } : { claimId: id, status: 'flagged', flagReason: 'contradiction' }, who, at);
      return [{ table: 'reviews' as const, id, before: prev, after: next }];
    });
  }
  const findingChanges: RecordChange[] = decides ? [{ table: 'findings', id: finding.id, before: finding, after: decided }] : [];
  if (findingChanges.length + reviewChanges.length === 0) return decided;
  // The decision and its reviews in one commit and one undo step: Ctrl+Z puts the finding back as it was
  // (open, or its earlier decision) together with the reviews it applied.
  await ctx.commit({
    action: `finding.${input.decision}`,
    who,
    at,
    changes: [...findingChanges, ...reviewChanges],
    audit: [
      ...(decides ? [{ who, when: at, action: `finding.${input.decision}`, target: finding.id, before: view(finding), after: view(decided) }] : []),
      ...reviewChanges.map((c) => ({ who, when: at, action: `finding.${input.decision}`, target: c.id, before: c.before, after: c.after })),
    ],
    undo: { kind: 'push', limit: HISTORY_LIMIT },
  });
  // A corrected or rejected claim marked verified changes what the analysis sees; the decision and its
  // reviews stand whatever the re-analysis does.
  if (reviewChanges.length > 0) return withFindingsNotice(decided, await reanalysisNotice(ctx, reviewChanges));
  return decided;
}

/**
 * Whether `decided` is the decision `stored` already has, made by the same editor (the time aside):
 * the Retry of this editor's own decision. Another editor's identical decision (a stale view, or one
 * the analysis carried onto a new finding) is theirs to record, audited under their name.
 */
function sameDecision(stored: Finding, decided: Finding): boolean {
  const a = stored.decision ?? null;
  const b = decided.decision ?? null;
  if (stored.status !== decided.status) return false;
  if (a === null || b === null) return a === b;
  return a.by === b.by && a.kind === b.kind && (a.rightClaimId ?? null) === (b.rightClaimId ?? null) && (a.note ?? '') === (b.note ?? '') && (a.reason ?? null) === (b.reason ?? null);
}

/**
 * Findings keep their facts: a language switch re-renders the stored explanations (used by exports and
 * the CLI) from them, without re-running the analysis. Not an undoable step. Queued in the analysis
 * queue (serialized) and not awaited by the switch (updateSettings): an analysis in flight read the
 * old language, and an edit's delta that only adds findings passes its commit's checks, so the
 * re-explanation runs after that commit and covers what it added; an analysis queued behind reads the
 * new language. The switch, and every edit the desk sends after it, is answered at once, not after a
 * background build in flight (findings reads show the old language until the re-explanation lands;
 * analysesSettled, and so a close, waits for it). Never rejects: a failure is logged and the kept
 * analysis dropped, so the next analysis is a full one that explains every finding again in the
 * language then set.
 */
export function reexplainFindings(ctx: ServiceContext, language: 'vi' | 'en'): Promise<void> {
  if (ctx.store.readOnly) return Promise.resolve();
  return serialized(ctx, async () => {
    try {
      await reexplainStored(ctx, language);
    } catch (e) {
      console.error('[crosscheck] re-explaining the findings after a language switch failed:', e);
      forgetAnalysis(ctx);
    }
  });
}

async function reexplainStored(ctx: ServiceContext, language: 'vi' | 'en'): Promise<void> {
  const before = (await ctx.store.findings()).items;
  const after = before.map((f) => ({ ...f, explanation: explainStoredFinding(f, language) }));
  const changes = diffRecords('findings', before, after, (f) => f.id);
  if (changes.length === 0) return;
  const at = ctx.now().toISOString();
  const who = await ctx.reviewer();
  await ctx.commit({ action: 'findings.explain', who, at, changes, audit: [] });
}
