import { z } from 'zod';
import { claimKinds, modalities, qualifiers, reviewStatuses } from './enums';
import { idKeyed, RecordId } from './ids';
import { isWebUrl } from './webLink';

export { claimKinds, flagReasons, modalities, qualifiers, reviewStatuses, type FlagReason } from './enums';

/** Bumped whenever the stored workspace shape changes; older files are migrated on open. */
export const SCHEMA_VERSION = 1;

// The record-id pattern lives in shared/ids.ts (with the zod schema, null-prototype maps and the
// id-keyed record); re-exported here for code that already reads it from the schema.
export { isRecordId, RECORD_ID_PATTERN } from './ids';

export const ClaimKind = z.enum(claimKinds);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof Qualifier>;

export const Modality = z.enum(modalities);
export type Modality = z.infer<typeof Modality>;

export const ReviewStatus = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/**
 * What the extraction engine produces for one number expression. Offsets are UTF-16 code unit
 * offsets into the article's NFC text; `quote` always equals text.slice(start, end).
 */
export const ExtractedClaim = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  sentenceStart: z.number().int().nonnegative(),
  sentenceEnd: z.number().int().nonnegative(),
  kind: ClaimKind,
  value: z.number().nullable(),
  /** Second number of a ratio or rank ("209/209", "thứ 4/63"). */
  total: z.number().nullable(),
  /** Upper bound of a range ("10–15%"). */
  upper: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: Qualifier.nullable(),
  subject: z.string().nullable(),
  metric: z.string().nullable(),
  period: z.string().nullable(),
  modality: Modality.nullable(),
  /** Years listed with a streak: "3 năm liên tiếp (2020, 2021, 2022)". */
  years: z.array(z.number().int()).nullable(),
  checkworthiness: z.number().min(0).max(1),
});
export type ExtractedClaim = z.infer<typeof ExtractedClaim>;

/** A claim as stored in a workspace and printed by `extract`. */
export const Claim = ExtractedClaim.extend({
  id: RecordId,
  articleId: RecordId,
  /** Context around the quote so the anchor can be re-found when offsets move. */
  prefix: z.string(),
  suffix: z.string(),
  origin: z.enum(['extracted', 'manual']),
});
export type Claim = z.infer<typeof Claim>;

export const ArticleMeta = z.object({
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO date (yyyy-mm-dd) or date-time when the page gives a time. */
  publishedAt: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = ArticleMeta.extend({
  id: RecordId,
  /** File path or URL the article came from. */
  source: z.string(),
  /** NFC text every claim offset refers to. */
  text: z.string(),
  importedAt: z.string(),
  /**
   * Public web address of the article (an HTML page's canonical/og:url), kept apart from `source`
   * because `source` is often a local path that must never be published (ClaimReview `appearance`).
   * Optional so records written before it existed still parse.
   */
  url: z.string().nullable().optional(),
});
export type Article = z.infer<typeof Article>;

/** A source for a review. Only http(s) addresses are stored (checked here, so a merged file cannot bring others). */
export const Evidence = z.object({ url: z.string().refine(isWebUrl, { message: 'evidence must be an http(s) address' }), note: z.string() });
export type Evidence = z.infer<typeof Evidence>;

export const Review = z.object({
  claimId: RecordId,
  status: ReviewStatus,
  /** Corrected value; the claim's extracted value stays untouched as the original. */
  correctedValue: z.number().nullable(),
  correctedText: z.string().nullable(),
  note: z.string().nullable(),
  evidence: z.array(Evidence),
  reviewer: z.string(),
  updatedAt: z.string(),
  /**
   * Id of a verdict in Settings.verdicts (the published rating), separate from `status`, which is
   * the desk's workflow state. Optional so reviews written before verdicts existed (and code that
   * builds reviews without one) stay valid; absent means no verdict yet, like null.
   */
  verdict: z.string().nullable().optional(),
  /** Why a claim was flagged; set only while status is 'flagged'. */
  flagReason: z.enum(['contradiction', 'unsupported', 'needs_source', 'typo', 'other']).nullable().optional(),
});
export type Review = z.infer<typeof Review>;

/**
 * One undoable action: the state of every record it touched, before and after. Kept in the
 * workspace so the session's last actions can still be undone after a restart.
 */
export const HistoryChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('review'), claimId: RecordId, before: Review.nullable(), after: Review.nullable() }),
  z.object({ type: z.literal('claim'), claimId: RecordId, before: Claim.nullable(), after: Claim.nullable() }),
]);
export type HistoryChange = z.infer<typeof HistoryChange>;
export const HistoryEntry = z.object({
  action: z.string(),
  at: z.string(),
  changes: z.array(HistoryChange),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export const UndoHistory = z.object({ undo: z.array(HistoryEntry), redo: z.array(HistoryEntry) });
export type UndoHistory = z.infer<typeof UndoHistory>;

/**
 * What a finding rests on, as the analysis found it: the rule, the claims or aligned passages (with
 * offsets and sentences), values, dates, outlets. The explanation is rendered from this in the UI
 * language when shown (shared/analysis explainStoredFinding). Loosely validated here — each rule has
 * its own shape (shared/analysis/model.ts FindingFacts) — and optional: findings stored before facts
 * existed keep their stored explanation until the next analysis adds facts (no migration step needed).
 */
export const FindingFactsRecord = z.looseObject({ rule: z.string() });
export type FindingFactsRecord = z.infer<typeof FindingFactsRecord>;

export const Finding = z.object({
  id: RecordId,
  type: z.enum(['conflict', 'update', 'consistent', 'internal']),
  claimIds: z.array(RecordId),
  /** The explanation in the language of the last analysis (exports, CLI); the UI renders `facts`. */
  explanation: z.string(),
  facts: FindingFactsRecord.optional(),
  /** high: a figure at odds; low: a rounding or qualifier difference, or two bounds — worth a note. */
  severity: z.enum(['high', 'low']).optional(),
  /** How sure the engine is that the two figures are one fact (0–1). */
  confidence: z.number().min(0).max(1).optional(),
  status: z.enum(['open', 'resolved', 'dismissed']),
  resolution: z.string().nullable(),
  /** Which analysis rule found it ("cross-source", "streak-count", …): lets the UI group and filter. */
  rule: z.string().optional(),
  /** Articles involved, so a finding can be listed under each without loading its claims. */
  articleIds: z.array(RecordId).optional(),
  /** Text a finding points at when no claim covers it (an impossible year such as "Năm 20220"). */
  spans: z
    .array(z.object({ articleId: RecordId, start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), quote: z.string() }))
    .optional(),
  /**
   * Hash of what the finding was computed from (its claims' quote, value, kind, period…). Re-analysis
   * keeps a dismissed or resolved status only while this stays the same.
   */
  fingerprint: z.string().optional(),
  /** The editor's decision, kept with the finding: which claim is right (null = both), or why dismissed. */
  decision: z
    .object({
      kind: z.enum(['resolved', 'dismissed']),
      /**
       * Why dismissed: 'not-same-fact' (the two figures are about different things) makes the engine
       * never raise that pair again, whatever later edits do to the values. Absent: another reason.
       */
      reason: z.enum(['not-same-fact', 'other']).optional(),
      rightClaimId: RecordId.nullable(),
      note: z.string(),
      by: z.string(),
      at: z.string(),
    })
    .nullable()
    .optional(),
});
export type Finding = z.infer<typeof Finding>;

export const AuditEvent = z.object({
  seq: z.number().int().nonnegative(),
  who: z.string(),
  when: z.string(),
  action: z.string(),
  target: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** Hash of the previous event, so an edited or removed event breaks the chain. */
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/** One step of the newsroom's rating scale; `rating` null means the verdict has no place on it. */
export const Verdict = z.object({
  id: z.string().min(1),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
  /** Position on the numeric scale (higher = truer), or null for e.g. "cannot be verified". */
  rating: z.number().int().min(1).nullable(),
});
export type Verdict = z.infer<typeof Verdict>;

export const Newsroom = z.object({ name: z.string(), url: z.string() });
export type Newsroom = z.infer<typeof Newsroom>;

export const Settings = z.object({
  reviewerName: z.string(),
  language: z.enum(['vi', 'en']),
  theme: z.enum(['light', 'dark']),
  // The fields below came after the first schema. They are optional so older workspace files and
  // existing Settings literals stay valid; read them through shared/settings.ts (verdictScaleOf,
  // newsroomOf, claimReviewUrlPatternOf), which supplies the defaults.
  verdicts: z.array(Verdict).optional(),
  /** Who publishes the fact checks (ClaimReview `author`). */
  newsroom: Newsroom.optional(),
  /** Address of a published fact check; `{claimId}` and `{articleId}` are replaced per claim. */
  claimReviewUrlPattern: z.string().optional(),
  /** After v, x or a flag, the desk moves on to the next claim (off by default). */
  autoAdvance: z.boolean().optional(),
});
export type Settings = z.infer<typeof Settings>;

export const Workspace = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(Article),
  claims: z.array(Claim),
  reviews: idKeyed(Review),
  findings: z.array(Finding),
  auditLog: z.array(AuditEvent),
  settings: Settings,
  /** Undo/redo stacks of the latest actions (capped); absent in files written before undo existed. */
  history: UndoHistory.optional(),
  /** Version of the extraction engine that produced the claims (absent: the first one). */
  extractorVersion: z.number().int().optional(),
  /**
   * Claims an editor had worked on whose words could no longer be found when the text was
   * re-extracted: kept here, with their reviews, for the editor to see, never dropped.
   */
  detached: z.array(z.object({ claim: Claim, review: Review.nullable(), at: z.string() })).optional(),
});
export type Workspace = z.infer<typeof Workspace>;

/** Shape printed by the CLI's `extract`: each article with its claims. */
export const ExtractOutput = z.object({
  articles: z.array(Article.omit({ importedAt: true }).extend({ claims: z.array(Claim) })),
});
export type ExtractOutput = z.infer<typeof ExtractOutput>;
