import { articleClaims } from '../../shared/document';
import { contentHash } from '../../shared/hash';
import { EXTRACTOR_VERSION, reanchorClaims } from '../../shared/extract';
import { findingFingerprint, findingId, type FindingRule } from '../../shared/analysis';
import type { ReextractReport } from '../../shared/ipc/contract';
import type { AuditEvent, Claim, Finding, Review } from '../../shared/schema';
import { META_ID, type DetachedClaim, type RecordChange } from '../store/port';
import { diffRecords, type ServiceContext } from './context';
import { analyzeUnlessClosed, decidedFindings, findingsNotice } from './findings';
import { analysisProgressOf, type JobControl } from './jobs';

/**
 * Extracts every article again with the current engine. Reviews move to the claim that covers
 * the same words; claims an editor added or reviewed stay (re-anchored) even when the engine no
 * longer extracts them; what cannot be found in the text any more is kept as a detached claim
 * with its review, never dropped. Findings are re-analysed, keeping decisions on findings whose
 * claims did not change. One commit (the records that changed), then the analysis. The undo and
 * redo steps are kept unless one of them names a record the re-extraction changed.
 */
/** The fields of a claim an editor may set (claim.edit): its span and its structured facts. */
const EDITABLE: readonly (keyof Claim)[] = ['start', 'end', 'quote', 'prefix', 'suffix', 'kind', 'value', 'total', 'upper', 'unit', 'qualifier', 'subject', 'metric', 'period', 'modality', 'years'];

/**
 * Per claim, the fields its claim.edit events changed whose edited value the claim still holds (an edit
 * undone, or set back by a later edit, is not one).
 */
function editsStanding(claims: readonly Claim[], events: readonly AuditEvent[]): Map<string, Set<keyof Claim>> {
  const lastAfter = new Map<string, Map<keyof Claim, unknown>>();
  for (const e of events) {
    if (e.action !== 'claim.edit' || e.before === null || typeof e.before !== 'object' || e.after === null || typeof e.after !== 'object') continue;
    const before = e.before as Record<string, unknown>;
    const after = e.after as Record<string, unknown>;
    const fields = lastAfter.get(e.target) ?? new Map<keyof Claim, unknown>();
    for (const f of EDITABLE) if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) fields.set(f, after[f]);
    lastAfter.set(e.target, fields);
  }
  const out = new Map<string, Set<keyof Claim>>();
  for (const c of claims) {
    const fields = lastAfter.get(c.id);
    if (!fields) continue;
    const standing = new Set([...fields].filter(([f, v]) => JSON.stringify(c[f]) === JSON.stringify(v)).map(([f]) => f));
    // A span is its offsets, its words and its context together.
    if (['start', 'end', 'quote'].some((f) => standing.has(f as keyof Claim))) for (const f of ['start', 'end', 'quote', 'prefix', 'suffix'] as const) standing.add(f);
    if (standing.size > 0) out.set(c.id, standing);
  }
  return out;
}

/** A re-extraction stopped by the workspace's close, before it wrote anything. */
export class ReextractStopped extends Error {
  constructor() {
    super('The re-extraction stopped: the workspace is being closed. Nothing was written.');
  }
}

export async function reextract(ctx: ServiceContext, control?: JobControl): Promise<ReextractReport> {
  // The re-extraction's records (the old and the new claims, reviews and findings of the whole
  // workspace) are let go of before the analysis runs: held through it, they ran a 10,000-article
  // workspace's worker out of memory (session 63).
  const report = await reextractAndCommit(ctx, control);
  const progress = analysisProgressOf(control, ctx.language, report.articles);
  // The re-extraction is saved: a failed analysis after it is said in the report, not thrown.
  const notice = await findingsNotice(ctx, () => analyzeUnlessClosed(ctx, progress ? { progress } : {}));
  if (notice !== undefined) report.findingsNotUpdated = notice;
  return report;
}

/** Claims moved to another id beyond which a re-extraction reads every finding instead of those of each claim. */
const MOVED_CLAIMS_READ_ONE_BY_ONE = 2000;

/**
 * The stored findings a re-extraction may change (see the remap in reextractAndCommit): those of a
 * claim that moved to another id, and those with a decision (their fingerprint follows the claims).
 * Every other finding keeps its id and content, so it is not read: at 10,000 articles the 450k stored
 * findings held 1.1 GB (issue 9). Every finding when many claims moved (one query each would cost more).
 */
async function findingsToRemap(ctx: ServiceContext, idMap: ReadonlyMap<string, string>): Promise<Finding[]> {
  const moved = [...idMap].filter(([from, to]) => from !== to).map(([from]) => from);
  if (moved.length > MOVED_CLAIMS_READ_ONE_BY_ONE) return (await ctx.store.findings()).items;
  const byId = new Map<string, Finding>();
  for (const f of await decidedFindings(ctx)) if (f.decision) byId.set(f.id, f);
  for (const id of moved) for (const f of (await ctx.store.findings({ claimId: id })).items) byId.set(f.id, f);
  return [...byId.values()];
}

/** Extracts every article again and commits what changed (one commit); the analysis is the caller's. */
async function reextractAndCommit(ctx: ServiceContext, control?: JobControl): Promise<ReextractReport> {
  const at = ctx.now().toISOString();
  const [articles, oldClaims, oldReviewList, oldDetached, meta] = await Promise.all([
    ctx.store.articles(),
    ctx.store.claims(),
    ctx.store.reviews(),
    ctx.store.detached(),
    ctx.store.meta(),
  ]);
  const oldReviews = new Map(oldReviewList.map((r) => [r.claimId, r]));
  const report: ReextractReport = { articles: articles.length, before: oldClaims.length, after: 0, reviewsMoved: 0, kept: 0, detached: [] };
  const byArticle = new Map<string, Claim[]>();
  for (const c of oldClaims) {
    const list = byArticle.get(c.articleId) ?? [];
    list.push(c);
    byArticle.set(c.articleId, list);
  }
  // What editors set with "Chỉnh thông tin" (claim.edit) and still stands: carried onto the claim the
  // engine reads again, like a review, and such a claim is kept when the engine no longer extracts it.
  const edits = editsStanding(oldClaims, await ctx.store.history(oldClaims.map((c) => c.id)));
  const worked = (id: string) => (oldReviews.get(id)?.status ?? 'unreviewed') !== 'unreviewed' || oldReviews.get(id)?.note || edits.has(id);
  const oldById = new Map(oldClaims.map((c) => [c.id, c]));
  const carried: { id: string; before: Claim; after: Claim }[] = [];
  const claims: Claim[] = [];
  const reviews: Review[] = [];
  const idMap = new Map<string, string>();
  const detached: DetachedClaim[] = [...oldDetached];
  control?.report({ total: articles.length, done: 0 });
  for (const [index, article] of articles.entries()) {
    control?.report({ done: index, current: article.title ?? article.source });
    // Let the event loop breathe between articles (IPC, progress, the desk's reads meanwhile).
    if (index % 50 === 49) await new Promise((r) => setImmediate(r));
    // The workspace is being closed (the app quits): stop before anything is written; the next open
    // finds the older engine's claims and re-extracts again.
    if (ctx.closing) throw new ReextractStopped();
    const old = byArticle.get(article.id) ?? [];
    const extracted = articleClaims(article.id, article.text, article);
    const result = reanchorClaims(article.text, old, extracted);
    // A claim kept as it was (added by hand, or no longer extracted but worked on — a span an editor
    // moved away from the words the engine reads) keeps its id: a fresh claim given the same id (the
    // engine's reading of those words) takes another, or one would overwrite the other.
    const keptIds = new Set([...result.manual.map((m) => m.claim.id), ...result.orphaned.filter((o) => worked(o.claim.id)).map((o) => o.claim.id)]);
    const renamed = new Map<string, string>();
    const extractedIds = new Set(extracted.map((c) => c.id));
    const fresh = extracted.map((c) => {
      if (!keptIds.has(c.id)) return c;
      let id = c.id;
      for (let n = 1; keptIds.has(id) || extractedIds.has(id); n++) id = 'c_' + contentHash(`${c.id}\u0000kept\u0000${n}`);
      renamed.set(c.id, id);
      return { ...c, id };
    });
    const freshAt = new Map(fresh.map((c, i) => [c.id, claims.length + i]));
    claims.push(...fresh);
    const moveReview = (oldId: string, newId: string) => {
      idMap.set(oldId, newId);
      const r = oldReviews.get(oldId);
      if (!r) return;
      reviews.push({ ...r, claimId: newId });
      report.reviewsKept = (report.reviewsKept ?? 0) + 1;
      if (oldId !== newId) report.reviewsMoved++;
    };
    for (const m of result.mapped) {
      const newId = renamed.get(m.newId) ?? m.newId;
      moveReview(m.oldId, newId);
      const fields = edits.get(m.oldId);
      const at = freshAt.get(newId);
      const before = oldById.get(m.oldId);
      if (fields && at !== undefined && before) {
        const engine = claims[at] as Claim;
        const merged = { ...engine, ...Object.fromEntries([...fields].map((f) => [f, before[f]])) };
        claims[at] = merged;
        report.editsKept = (report.editsKept ?? 0) + 1;
        // Under a new id the edit is recorded again, so that it is found by that id next time (and
        // the claim's history shows it).
        if (newId !== m.oldId) carried.push({ id: newId, before: engine, after: merged });
      }
    }
    for (const m of result.manual) {
      claims.push(m.claim);
      moveReview(m.claim.id, m.claim.id);
    }
    for (const o of result.orphaned) {
      if (!worked(o.claim.id)) continue;
      claims.push(o.claim);
      moveReview(o.claim.id, o.claim.id);
      report.kept++;
    }
    for (const lost of result.unanchored) {
      if (lost.origin !== 'manual' && !worked(lost.id)) continue;
      const review = oldReviews.get(lost.id) ?? null;
      detached.push({ id: lost.id, claim: lost, review, at });
      report.detached.push({ claimId: lost.id, articleId: lost.articleId, quote: lost.quote, status: review?.status ?? 'unreviewed' });
    }
  }
  // Findings point at claim ids: carry the editors' decisions over to the new ids. A decision was
  // about words and figures: when every claim of a finding keeps its words and its figure (only the
  // engine's reading of subject, metric or period changed), the decision stays with the finding
  // (its fingerprint is brought up to date); otherwise the analysis opens the finding again.
  const newById = new Map(claims.map((c) => [c.id, c]));
  const figure = (c: Claim | undefined) => c && JSON.stringify([c.articleId, c.start, c.end, c.quote, c.kind, c.value, c.total, c.upper, c.unit, c.qualifier]);
  const sameFigure = (oldId: string) => {
    const before = figure(oldById.get(oldId));
    return before !== undefined && before === figure(newById.get(idMap.get(oldId) ?? oldId));
  };
  const remap = (list: readonly Finding[]): Finding[] =>
    list.map((f) => {
      const claimIds = f.claimIds.map((id) => idMap.get(id) ?? id);
      const moved = { ...f, claimIds, id: findingId({ type: f.type, rule: (f.rule ?? 'cross-source') as FindingRule, claimIds, spans: f.spans ?? [] }) };
      if (f.decision && f.fingerprint !== undefined && f.claimIds.every(sameFigure)) moved.fingerprint = findingFingerprint({ claimIds, spans: f.spans ?? [] }, newById);
      return moved;
    });
  let oldFindings = await findingsToRemap(ctx, idMap);
  let remapped = remap(oldFindings);
  // A finding moved onto the id of one not read (the same comparison of the same claims, raised
  // before under both): what the whole list gives, as before the reads were narrowed.
  const read = new Set(oldFindings.map((f) => f.id));
  const landsOnUnread = remapped.filter((f) => !read.has(f.id)).map((f) => f.id);
  if (landsOnUnread.length > 0 && (await ctx.store.getFindings(landsOnUnread)).length > 0) {
    oldFindings = (await ctx.store.findings()).items;
    remapped = remap(oldFindings);
  }
  report.after = claims.length;
  // A claim detached twice keeps its latest record.
  const detachedById = new Map(detached.map((d) => [d.id, d]));
  const changes: RecordChange[] = [
    ...diffRecords('claims', oldClaims, claims, (c) => c.id),
    ...diffRecords('reviews', oldReviewList, reviews, (r) => r.claimId),
    ...diffRecords('detached', oldDetached, [...detachedById.values()], (d) => d.id),
    ...diffRecords('findings', oldFindings, [...new Map(remapped.map((f) => [f.id, f])).values()], (f) => f.id),
  ];
  // The undo/redo entries stay when none of them names a record this re-extraction changes (an
  // engine that only refines metric or period keeps every claim id): they still apply as recorded.
  // Otherwise both stacks are cleared, since their before-states no longer hold.
  const touched = new Set(changes.map((c) => `${c.table}\u0000${c.id}`));
  const stacks = [...(await ctx.store.undoEntries('undo')), ...(await ctx.store.undoEntries('redo'))];
  const stale = stacks.some((entry) => entry.changes.some((c) => touched.has(`${c.table}\u0000${c.id}`)));
  if (meta.extractorVersion !== EXTRACTOR_VERSION) changes.push({ table: 'meta', id: META_ID, before: meta, after: { ...meta, extractorVersion: EXTRACTOR_VERSION } });
  const who = await ctx.reviewer();
  await ctx.commit({
    action: 'workspace.reextract',
    who,
    at,
    changes,
    audit: [
      { who, when: at, action: 'workspace.reextract', target: 'claims', before: { claims: report.before }, after: { ...report, extractorVersion: EXTRACTOR_VERSION } },
      ...carried.map((c) => ({ who, when: at, action: 'claim.edit', target: c.id, before: c.before, after: c.after })),
    ],
    ...(stale ? { undo: { kind: 'clear' } as const } : {}),
  });
  return report;
}
