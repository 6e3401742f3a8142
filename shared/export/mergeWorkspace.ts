import { findingFingerprint, findingId } from '../analysis';
import type { FindingDraft } from '../analysis/model';
import { reanchorClaims } from '../extract/anchor';
import { contentHash } from '../hash';
import { manualClaimId } from '../document';
import { quotedSpansOf } from '../findingSpans';
import type { AuditEvent, Claim, Finding, Review, Verdict, Workspace } from '../schema';
import { idRecord, ownValue } from '../ids';
import { FIELD_LIMITS } from '../limits';
import { verdictScaleOf } from '../settings';
import type { WorkspaceExport } from './workspaceJson';

const REVIEW_DECISION_FIELDS = ['status', 'verdict', 'flagReason', 'correctedValue', 'correctedText', 'note', 'evidence'] as const;
export type ReviewDecisionField = (typeof REVIEW_DECISION_FIELDS)[number];
// Only what an editor decided: type, claims and explanation are recomputed by the analysis (and the
// explanation depends on corrections and the UI language), so differences there are no conflict.
const FINDING_DECISION_FIELDS = ['status', 'resolution', 'decision'] as const;
export type FindingDecisionField = (typeof FINDING_DECISION_FIELDS)[number];

/** Two different decisions about the same thing; the workspace keeps `current` until the user picks. */
export type MergeConflict =
  | {
      kind: 'review';
      claimId: string;
      fields: ReviewDecisionField[];
      current: Review;
      incoming: Review;
      /** The claim's words here, for the editor to find it. */
      quote?: string;
      /** About a claim this desk keeps apart (its words gone from the text): settled beside it, never as a live review. */
      apart?: true;
    }
  | { kind: 'finding'; findingId: string; fields: FindingDecisionField[]; current: Finding; incoming: Finding };

export interface MergeResult {
  workspace: Workspace;
  conflicts: MergeConflict[];
  added: { articles: number; claims: number; reviews: number; findings: number; auditEvents: number; verdicts: string[] };
  /**
   * Decided findings (resolved or dismissed) of the file that could not be carried onto the text kept
   * here (a claim of theirs has no counterpart with the same reading, or a quoted span is not found
   * once): their decision is not applied, and the editor is told how many.
   */
  decisionsNotCarried: number;
  /** Findings nobody here had decided that the file's decision filled (their ids, for the audit trail). */
  findingsFilled: string[];
  /**
   * Audit events from the file that cannot join this workspace's hash chain (it already has its own
   * history, or the file is a partial export). They are returned untouched so the caller can keep
   * them, e.g. inside the single audit event that records the import.
   */
  foreignAuditEvents: AuditEvent[];
}

// JSON values only (what a workspace holds), so a structural comparison is exact.
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function differingFields<T, K extends keyof T>(fields: readonly K[], a: T, b: T): K[] {
  return fields.filter((f) => !sameValue(a[f], b[f]));
}

/** A review row that records no decision yet: filling it is not overwriting anyone's work. */
function isBlankReview(review: Review): boolean {
  return (
    review.status === 'unreviewed' &&
    (review.verdict ?? null) === null &&
    review.correctedValue === null &&
    review.correctedText === null &&
    !review.note &&
    review.evidence.length === 0
  );
}

/** A finding nobody decided yet: filling it with a colleague's decision is not overwriting anyone's work. */
function isUndecided(f: Finding): boolean {
  return f.status === 'open' && (f.resolution ?? null) === null && !f.decision;
}

/**
 * Findings someone decided on a desk at some time, by its audit trail: resolved, dismissed, reopened,
 * or a colleague's decision refused ("Giữ bản hiện tại"). Their targets are finding ids.
 */
function decidedFindings(log: readonly AuditEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of log) if (e.action.startsWith('finding.') || e.action === 'merge.keep_current') ids.add(e.target);
  return ids;
}

/**
 * Findings whose last decision in `log` that this desk does not already hold (by hash: a trail restored
 * from our own export holds ours) is a reopening. A decision undone there is not one: nothing to offer.
 */
function reopenedFindings(log: readonly AuditEvent[], known: ReadonlySet<string>): Set<string> {
  const last = new Map<string, string>();
  for (const e of log) {
    if (known.has(e.hash)) continue;
    // A redone step is that step again; an undone one is not (its record is as before it).
    const action = e.action.startsWith('redo.') ? e.action.slice('redo.'.length) : e.action;
    if (action.startsWith('finding.') || action.startsWith('undo.finding.')) last.set(e.target, action);
  }
  return new Set([...last].filter(([, action]) => action === 'finding.reopen').map(([id]) => id));
}

/** The export minus its envelope: what a workspace file would hold. */
function workspaceFieldsOf(data: WorkspaceExport): Workspace {
  const { format: _format, version: _version, exportedAt: _exportedAt, partial: _partial, scope: _scope, ...workspace } = data;
  return workspace;
}

function isEmptyWorkspace(ws: Workspace): boolean {
  return ws.articles.length === 0 && ws.claims.length === 0 && Object.keys(ws.reviews).length === 0 && ws.findings.length === 0 && ws.auditLog.length === 0;
}

/**
 * The file's claims of articles this workspace already has under the same id but with other text
 * (ids fold whitespace and case: one wire story pasted from a web page and from a .docx), moved onto
 * the text kept here — the file's offsets point into its own text. An extracted claim that lands on a
 * claim of this workspace becomes it (`ids`: its review follows); one found elsewhere, and every claim
 * added by hand, is added re-anchored (`claims`); one whose words are not in the kept text is `lost`
 * (kept apart with its review, as after a re-extraction).
 */
function movedOntoKeptText(target: Workspace, incoming: WorkspaceExport): { articles: Map<string, string>; handled: Set<string>; ids: Map<string, string>; claims: Claim[]; lost: Map<string, Claim> } {
  const moved = { articles: new Map<string, string>(), handled: new Set<string>(), ids: new Map<string, string>(), claims: [] as Claim[], lost: new Map<string, Claim>() };
  const keptText = new Map(target.articles.map((a) => [a.id, a.text]));
  for (const a of incoming.articles) {
    const text = keptText.get(a.id);
    if (text !== undefined && text !== a.text) moved.articles.set(a.id, text);
  }
  if (moved.articles.size === 0) return moved;
  const byArticle = <T extends { articleId: string }>(list: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      if (!moved.articles.has(item.articleId)) continue;
      const group = map.get(item.articleId) ?? [];
      group.push(item);
      map.set(item.articleId, group);
    }
    return map;
  };
  // An extracted claim's id comes from its article, words, kind and occurrence, not its offsets: a file
  // claim whose id is here already is that claim (its review merges as any other); only the rest move.
  // A claim added by hand takes its id from offsets into its desk's own copy, so the same id can name
  // other words here: only one reading the same words the same way is that claim.
  const localById = new Map(target.claims.map((c) => [c.id, c]));
  const isCounterpart = (c: Claim): boolean => {
    const here = localById.get(c.id);
    return here !== undefined && (c.origin !== 'manual' || sameClaim(here, c));
  };
  const counterparts = new Set(incoming.claims.filter(isCounterpart).map((c) => c.id));
  const fileIds = new Set(incoming.claims.map((c) => c.id));
  /** Ids given in this merge to the file's hand claims whose own id names other words here. */
  const given = new Set<string>();
  // A claim the file holds too (by id) is already its own counterpart: no other file claim lands on it.
  const local = byArticle(target.claims.filter((c) => !counterparts.has(c.id)));
  const fromFile = byArticle(incoming.claims.filter((c) => !counterparts.has(c.id)));
  for (const [articleId, text] of moved.articles) {
    const fileClaims = fromFile.get(articleId) ?? [];
    if (fileClaims.length === 0) continue;
    // Only the engine's claims here are targets: a claim someone added by hand is not the engine's reading.
    const result = reanchorClaims(text, fileClaims, (local.get(articleId) ?? []).filter((c) => c.origin !== 'manual'));
    for (const c of fileClaims) moved.handled.add(c.id);
    for (const m of result.mapped) moved.ids.set(m.oldId, m.newId);
    // A claim added by hand stays one, as a re-extraction keeps it, even over a figure the engine reads.
    // This desk's hand claims by their words' span, for "someone here marked the same words".
    const handHere = new Map((local.get(articleId) ?? []).filter((c) => c.origin === 'manual').map((c) => [`${c.start}:${c.end}`, c]));
    for (const { claim } of result.manual) {
      // Someone here marked the same words as the same figure: it is that claim (its review merges as any other).
      const twin = handHere.get(`${claim.start}:${claim.end}`);
      if (twin && sameClaim(twin, claim)) {
        if (twin.id !== claim.id) moved.ids.set(claim.id, twin.id);
        continue;
      }
      if (!localById.has(claim.id)) {
        moved.claims.push(claim);
        continue;
      }
      // Its id names other words here: it takes the id a hand claim on its words here would have — unless
      // that id is in use (a claim here, another claim of the file, one given in this merge), then one
      // derived from its own id too (the same on every merge of the file).
      let id = manualClaimId(articleId, claim.start, claim.end);
      for (let n = 0; localById.has(id) || fileIds.has(id) || given.has(id); n++) {
        id = 'c_' + contentHash(`${articleId}\u0000manual\u0000${claim.start}\u0000${claim.end}\u0000${claim.id}\u0000${n}`);
      }
      given.add(id);
      moved.ids.set(claim.id, id);
      moved.claims.push({ ...claim, id });
    }
    for (const o of result.orphaned) moved.claims.push(o.claim);
    for (const c of result.unanchored) moved.lost.set(c.id, c);
  }
  return moved;
}

/**
 * Two claims that are the same claim: the same article, words, kind and value. A hand-made claim's id comes from
 * offsets into each desk's own copy, so an id alone can name other words (or, in an edited file, another article's).
 */
function sameClaim(a: Claim, b: Claim): boolean {
  return a.articleId === b.articleId && a.quote === b.quote && a.kind === b.kind && a.value === b.value;
}

/** What an editor's decision on a finding rests on in one claim: its reading, not its id or offsets. */
function readingOf(c: Claim): string {
  return JSON.stringify([c.quote, c.kind, c.value, c.total ?? null, c.upper ?? null, c.unit, c.qualifier, c.subject, c.metric, c.period, c.modality ?? null, c.years ?? null]);
}

/**
 * A decided file finding about an article held here with other whitespace, moved onto the text kept:
 * its claims through the re-anchoring (only where the claim here reads the same figure the same way),
 * its quoted spans to the one place their words stand in the kept text. Its id and fingerprint are
 * those the analysis gives the same finding over this text, so the decision carries over when the
 * analysis raises it again. Its facts (offsets into the file's text) are left out: the analysis that
 * follows every merge writes them anew. Null when any part cannot be moved for certain.
 */
function carriedOntoKeptText(
  f: Finding,
  moved: ReturnType<typeof movedOntoKeptText>,
  fileClaims: ReadonlyMap<string, Claim>,
  mergedClaims: ReadonlyMap<string, Claim>,
): Finding | null {
  const claimIds: string[] = [];
  for (const id of f.claimIds) {
    if (moved.lost.has(id)) return null;
    const to = moved.ids.get(id) ?? id;
    const here = mergedClaims.get(to);
    const there = fileClaims.get(id);
    if (!here || !there || readingOf(here) !== readingOf(there)) return null;
    claimIds.push(to);
  }
  const spans: NonNullable<Finding['spans']> = [];
  for (const s of f.spans ?? []) {
    const text = moved.articles.get(s.articleId);
    if (text === undefined) {
      spans.push(s);
      continue;
    }
    // Within one of its claims ("2,3 tỷ" of "2,3 tỷ USD"): where that claim stands here; else the one place the words stand.
    const within = f.claimIds.map((id, i) => ({ there: fileClaims.get(id), here: mergedClaims.get(claimIds[i] ?? '') }))
      .find(({ there }) => there?.articleId === s.articleId && there.start <= s.start && s.end <= there.end);
    let at = within?.here ? within.here.start + (s.start - (within.there?.start ?? 0)) : -1;
    if (at === -1 || text.slice(at, at + s.quote.length) !== s.quote) {
      at = s.quote.length > 0 ? text.indexOf(s.quote) : -1;
      if (at === -1 || text.indexOf(s.quote, at + 1) !== -1) return null;
    }
    spans.push({ ...s, start: at, end: at + s.quote.length });
  }
  const rightClaimId = f.decision?.rightClaimId;
  const decision = f.decision && rightClaimId ? { ...f.decision, rightClaimId: moved.ids.get(rightClaimId) ?? rightClaimId } : f.decision;
  if (f.rule === undefined) return null; // stored before rules were named: no id to give it here
  const draft = { type: f.type, rule: f.rule as FindingDraft['rule'], claimIds, spans };
  const { facts: _facts, ...rest } = f;
  return {
    ...rest,
    id: findingId(draft),
    claimIds,
    ...(spans.length > 0 ? { spans } : {}),
    ...(decision !== undefined ? { decision } : {}),
    fingerprint: findingFingerprint(draft, mergedClaims),
  };
}

/** Whether the text a finding holds at offsets (its spans, aligned sentences) is words of the text kept for its articles. */
function pointsIntoKeptText(f: Finding, moved: ReadonlyMap<string, string>): boolean {
  return quotedSpansOf(f).every((s) => {
    const text = moved.get(s.articleId);
    return text === undefined || text.slice(s.start, s.end) === s.words;
  });
}

/**
 * Brings an export into a workspace without losing anyone's work. Articles and claims are keyed by
 * their content-derived ids, so the same text is never doubled and the target's copy stays.
 * A review or finding that disagrees with the target's is reported as a conflict and NOT applied.
 * Into an empty workspace a complete export is restored as it was, settings and audit log
 * included. Pure: `target` is not modified.
 */
export function mergeWorkspace(target: Workspace, incoming: WorkspaceExport): MergeResult {
  const restoring = isEmptyWorkspace(target) && !incoming.partial;
  const added: MergeResult['added'] = { articles: 0, claims: 0, reviews: 0, findings: 0, auditEvents: 0, verdicts: [] };
  const conflicts: MergeConflict[] = [];

  const articleIds = new Set(target.articles.map((a) => a.id));
  const articles = [...target.articles];
  for (const a of incoming.articles) {
    if (articleIds.has(a.id)) continue;
    articles.push(a);
    articleIds.add(a.id);
    added.articles++;
  }

  const claimIds = new Set(target.claims.map((c) => c.id));
  const claims = [...target.claims];
  const moved = movedOntoKeptText(target, incoming);
  for (const c of [...moved.claims, ...incoming.claims.filter((c) => !moved.handled.has(c.id))]) {
    if (claimIds.has(c.id)) continue;
    claims.push(c);
    claimIds.add(c.id);
    added.claims++;
  }
  const detached = [...(target.detached ?? [])];
  const detachedIds = new Set(detached.map((d) => d.claim.id));

  // No prototype: a key can only ever find a review stored under it.
  const reviews: Record<string, Review> = idRecord(target.reviews);
  let quotes: Map<string, string> | null = null;
  for (const [fileClaimId, fileReview] of Object.entries(incoming.reviews)) {
    if (moved.lost.has(fileClaimId)) continue; // kept apart with the claim, below
    const claimId = moved.ids.get(fileClaimId) ?? fileClaimId;
    const review = claimId === fileClaimId ? fileReview : { ...fileReview, claimId };
    const current = ownValue(reviews, claimId);
    if (!current || isBlankReview(current)) {
      reviews[claimId] = review;
      added.reviews++;
      continue;
    }
    const fields = differingFields(REVIEW_DECISION_FIELDS, current, review);
    if (fields.length > 0 && !isBlankReview(review)) {
      quotes ??= new Map(claims.map((c) => [c.id, c.quote]));
      const quote = quotes.get(claimId);
      conflicts.push({ kind: 'review', claimId, fields, current, incoming: review, ...(quote !== undefined ? { quote } : {}) });
    }
  }

  const findingIndex = new Map(target.findings.map((f, i) => [f.id, i]));
  const findings = [...target.findings];
  let decisionsNotCarried = 0;
  const findingsFilled: string[] = [];
  // The hashes of this desk's audit events, read once (a newsroom's trail holds many).
  let hashesHere: Set<string> | null = null;
  const ourHashes = (): Set<string> => (hashesHere ??= new Set(target.auditLog.map((e) => e.hash)));
  let reopenedThere: Set<string> | null = null;
  let decidedHere: Set<string> | null = null;
  let fileClaims: Map<string, Claim> | null = null;
  let mergedClaims: Map<string, Claim> | null = null;
  for (const fileFinding of incoming.findings) {
    let f = fileFinding;
    // A finding about an article whose text here differs, pointing at the file's offsets or at claims that
    // moved: the analysis raises it again over this text; an editor's decision on it is carried there.
    if (f.claimIds.some((id) => moved.handled.has(id)) || !pointsIntoKeptText(f, moved.articles)) {
      if (f.status === 'open' && !f.decision) continue;
      fileClaims ??= new Map(incoming.claims.map((c) => [c.id, c]));
      mergedClaims ??= new Map(claims.map((c) => [c.id, c]));
      const carried = carriedOntoKeptText(f, moved, fileClaims, mergedClaims);
      if (!carried) {
        decisionsNotCarried++;
        continue;
      }
      f = carried;
    }
    const i = findingIndex.get(f.id);
    const current = i === undefined ? undefined : findings[i];
    if (!current) {
      findingIndex.set(f.id, findings.length);
      findings.push(f);
      added.findings++;
      continue;
    }
    const fields = differingFields(FINDING_DECISION_FIELDS, current, f);
    // A finding the other desk holds undecided is no decision against ours (as a blank review is none),
    // unless its editor reopened it there (its own trail's last word on it): that is offered, as before.
    reopenedThere ??= reopenedFindings(incoming.auditLog, ourHashes());
    if (fields.length === 0 || (isUndecided(f) && !reopenedThere.has(f.id))) continue;
    decidedHere ??= decidedFindings(target.auditLog);
    // Decided on the claims as they read here (same fingerprint): else the analysis would reopen it unseen.
    const sameGround = f.fingerprint !== undefined && f.fingerprint === current.fingerprint;
    if (isUndecided(current) && !decidedHere.has(current.id) && sameGround && i !== undefined) {
      // Nobody ever decided it here (not reopened, no "keep current" given), and it rests on the same
      // claims as there: the file's decision fills it, as a review fills a blank one.
      const { decision: _none, ...here } = current;
      findings[i] = { ...here, status: f.status, resolution: f.resolution, ...(f.decision ? { decision: f.decision } : {}) };
      added.findings++;
      findingsFilled.push(f.id);
      continue;
    }
    conflicts.push({ kind: 'finding', findingId: f.id, fields, current, incoming: f });
  }

  // A file claim whose words are not in the text kept here is kept apart with its review, as after a
  // re-extraction, when it holds work: added by hand, or reviewed.
  const fileReviews = moved.lost.size > 0 ? idRecord(incoming.reviews) : {};
  /**
   * The id a claim kept apart goes by here: the one it is kept apart under already (its own, or one an
   * earlier merge gave it); else its own, unless a live claim or another claim kept apart uses it; else
   * one derived from it (the same on every merge of the file, so a later merge finds it again).
   */
  const apartId = (lost: Claim): string => {
    let id = lost.id;
    for (let n = 0; ; n++) {
      const kept = detached.find((d) => d.claim.id === id);
      if (kept ? sameClaim(kept.claim, lost) : !claimIds.has(id)) return id;
      id = 'c_' + contentHash(`${lost.id}\u0000${lost.articleId}\u0000apart\u0000${lost.quote}\u0000${lost.kind}\u0000${String(lost.value)}\u0000${n}`);
    }
  };
  for (const [fileId, fileClaim] of moved.lost) {
    const fileReview = ownValue(fileReviews, fileId) ?? null;
    const worked = fileReview !== null && !isBlankReview(fileReview);
    const id = apartId(fileClaim);
    const lost = id === fileId ? fileClaim : { ...fileClaim, id };
    const review = fileReview && id !== fileId ? { ...fileReview, claimId: id } : fileReview;
    if (!detachedIds.has(id)) {
      if (lost.origin === 'manual' || worked) {
        detached.push({ claim: lost, review: worked ? review : null, at: incoming.exportedAt });
        detachedIds.add(id);
      }
      continue;
    }
    // Kept apart here already (an earlier merge): the file's review fills an unreviewed one, and one
    // that differs from ours is offered as a conflict, as for a claim in the text.
    if (!worked || review === null) continue;
    const i = detached.findIndex((d) => d.claim.id === id);
    const kept = detached[i];
    if (!kept || !sameClaim(kept.claim, lost)) continue;
    if (!kept.review || isBlankReview(kept.review)) {
      detached[i] = { ...kept, review };
      added.reviews++;
      continue;
    }
    const fields = differingFields(REVIEW_DECISION_FIELDS, kept.review, review);
    if (fields.length > 0) conflicts.push({ kind: 'review', claimId: id, fields, current: kept.review, incoming: review, quote: kept.claim.quote, apart: true });
  }

  let settings = target.settings;
  if (restoring) {
    settings = incoming.settings;
  } else {
    // Keep the target's preferences, but learn verdicts the imported reviews use so they still have labels.
    const scale = verdictScaleOf(target.settings);
    const known = new Set(scale.map((v) => v.id));
    const learned: Verdict[] = [];
    // Reviews kept beside claims kept apart too. (Not a conflict's offer: the editor may refuse it.)
    for (const r of [...Object.values(reviews), ...detached.flatMap((d) => (d.review ? [d.review] : []))]) {
      const id = r.verdict ?? null;
      if (id === null || known.has(id)) continue;
      const verdict = verdictScaleOf(incoming.settings).find((v) => v.id === id);
      // Past the bound the settings could no longer be saved: a review keeps its verdict id, shown as is.
      if (verdict && scale.length + learned.length < FIELD_LIMITS.settings.verdicts) {
        learned.push(verdict);
        known.add(id);
      }
    }
    if (learned.length > 0) {
      settings = { ...target.settings, verdicts: [...scale, ...learned] };
      added.verdicts = learned.map((v) => v.id);
    }
  }

  let auditLog = target.auditLog;
  let foreignAuditEvents: AuditEvent[] = [];
  if (restoring) {
    auditLog = incoming.auditLog;
    added.auditEvents = incoming.auditLog.length;
  } else {
    const known = ourHashes();
    foreignAuditEvents = incoming.auditLog.filter((e) => !known.has(e.hash));
  }

  // Fields this merge does not manage (the undo history, anything added later) stay the target's,
  // or, when restoring, come back from the file so a backup restores whole.
  const base: Workspace = restoring ? workspaceFieldsOf(incoming) : target;
  return {
    workspace: { ...base, schemaVersion: target.schemaVersion, articles, claims, reviews, findings, auditLog, settings, ...(detached.length > 0 ? { detached } : {}) },
    conflicts,
    added,
    decisionsNotCarried,
    findingsFilled,
    foreignAuditEvents,
  };
}

/**
 * The conflicts the editor has not settled already. "Giữ bản hiện tại" is recorded in the audit trail as
 * `merge.keep_current` with `before` = the version refused and `after` = the one kept: the same offer
 * merged again (the same export, or a later one still carrying that decision) is not asked again while
 * the kept decision stands. A different offer, or a current decision changed since, is asked again.
 * Only decision fields are compared, as for the conflict itself.
 */
export function unsettledConflicts(conflicts: MergeConflict[], log: readonly AuditEvent[]): MergeConflict[] {
  const refusals = new Map<string, Array<{ refused: unknown; kept: unknown }>>();
  for (const e of log) {
    if (e.action !== 'merge.keep_current') continue;
    const list = refusals.get(e.target) ?? [];
    list.push({ refused: e.before, kept: e.after });
    refusals.set(e.target, list);
  }
  if (refusals.size === 0) return conflicts;
  const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined);
  const sameDecision = (fields: readonly string[], a: unknown, b: unknown) =>
    a !== null && b !== null && fields.every((f) => sameValue(field(a, f), field(b, f)));
  return conflicts.filter((c) => {
    const fields = c.kind === 'review' ? REVIEW_DECISION_FIELDS : FINDING_DECISION_FIELDS;
    const past = refusals.get(c.kind === 'review' ? c.claimId : c.findingId) ?? [];
    return !past.some((p) => sameDecision(fields, p.refused, c.incoming) && sameDecision(fields, p.kept, c.current));
  });
}

/**
 * The entry kept apart that a review conflict about a claim kept apart speaks of (same id, and the same words
 * when the conflict names them), or -1: where that review is settled and read back.
 */
export function apartEntryIndex(detached: readonly { claim: { id: string; quote: string } }[], conflict: Extract<MergeConflict, { kind: 'review' }>): number {
  return detached.findIndex((d) => d.claim.id === conflict.claimId && (conflict.quote === undefined || d.claim.quote === conflict.quote));
}

/** The workspace after the user settles one conflict; recording the choice in the audit log is the caller's. */
export function resolveMergeConflict(ws: Workspace, conflict: MergeConflict, choice: 'current' | 'incoming'): Workspace {
  if (choice === 'current') return ws;
  switch (conflict.kind) {
    case 'review': {
      if (!conflict.apart) return { ...ws, reviews: { ...ws.reviews, [conflict.claimId]: conflict.incoming } };
      // A claim kept apart (its words gone from the text) holds its review beside it; gone since, nothing changes.
      const apart = apartEntryIndex(ws.detached ?? [], conflict);
      const kept = ws.detached?.[apart];
      if (!kept) return ws;
      return { ...ws, detached: (ws.detached ?? []).map((d, i) => (i === apart ? { ...kept, review: conflict.incoming } : d)) };
    }
    case 'finding': {
      // The editor chose the other desk's decision about this finding as it stands here: only the decision
      // is taken. What it rests on (claims, spans, fingerprint, facts) stays this desk's, or the next
      // analysis would see claims "changed since the decision" and open it again.
      const { status, resolution, decision } = conflict.incoming;
      return {
        ...ws,
        findings: ws.findings.map((f) => {
          if (f.id !== conflict.findingId) return f;
          const { decision: _replaced, ...here } = f;
          return { ...here, status, resolution, ...(decision ? { decision } : {}) };
        }),
      };
    }
  }
}
