import { z } from 'zod';
import { exportFormatNames } from '../enums';
import type { Result } from '../result';

export { exportFormatNames } from '../enums';
import { Article, AuditEvent, Claim, ClaimKind, Evidence, Finding, Modality, Qualifier, Review, ReviewStatus, Settings, Verdict, flagReasons } from '../schema';
import type { MethodName } from './methods';
import { isRecordId, RecordId } from '../ids';
import { isSafeFileName } from '../fileName';
import { MAX_TEXT_BYTES } from '../textSize';
import { FIELD_LIMITS, MAX_ID_PAGE, MAX_PAGE } from '../limits';

const Empty = z.object({}).strict();
/** Article, claim and finding ids: one pattern (shared/ids.ts) wherever an id comes in. */
const Id = RecordId;
/** Jobs are named by the main process (a UUID); the renderer only echoes one back. */
const JobId = z.string().regex(/^[0-9a-f-]{1,64}$/i);
/** A dropped file's name: no control character and no path separator. */
const DroppedName = z.string().refine(isSafeFileName, { message: 'not an acceptable file name' });
/** A merge conflict: "review:<claim id>", "review-apart:<id of a claim kept apart>" or "finding:<finding id>". */
const ConflictKey = z.string().refine((key) => /^(review|review-apart|finding):/.test(key) && isRecordId(key.slice(key.indexOf(':') + 1)), {
  message: 'not a valid conflict key',
});

export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  source: z.string(),
  claimCount: z.number().int(),
  reviewedCount: z.number().int(),
  flaggedCount: z.number().int(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const WorkspaceNotice = z.object({
  kind: z.literal('recovered'),
  /** Where the unreadable workspace file was moved. */
  movedTo: z.string(),
});

/**
 * Set on the result of an action that was saved (committed to disk) when what follows it failed: the
 * re-analysis after an edit, an undo, a redo, a finding decision, the analysis after an import or a
 * re-extraction (a full disk as the findings were written). One sentence in the user's language
 * saying so. The action stands (the desk neither takes it back nor offers to repeat it); the findings
 * are marked behind the claims and analysed again at the next edit or open.
 */
export const FindingsNotUpdated = z.string().max(2000).optional();
const saved = { findingsNotUpdated: FindingsNotUpdated };

export const ImportReport = z.object({
  imported: z.array(
    z.object({
      articleId: z.string(),
      source: z.string(),
      title: z.string().nullable(),
      claimCount: z.number().int(),
      format: z.string(),
      /** The encoding that was assumed, so the editor can check it ("windows-1258"). */
      encoding: z.string(),
      notes: z.array(z.string()),
    }),
  ),
  duplicates: z.array(z.object({ source: z.string(), articleId: z.string() })),
  refused: z.array(z.object({ source: z.string(), code: z.string(), reason: z.string() })),
  /** Set when a Crosscheck JSON export was merged in. */
  merged: z
    .object({
      source: z.string(),
      articles: z.number().int(),
      claims: z.number().int(),
      reviews: z.number().int(),
      findings: z.number().int(),
      auditEvents: z.number().int(),
      conflicts: z.number().int(),
      /** Decisions on findings of articles held here with other whitespace that could not be carried over. */
      decisionsNotCarried: z.number().int().optional(),
      /** Findings nobody here had decided that took the file's decision (named in the audit trail's merge entry). */
      findingsFilled: z.number().int().optional(),
    })
    .nullable(),
  cancelled: z.boolean(),
  /** Files a folder import left out as not articles ("anh.jpg", a hidden ".an.txt"), by path. */
  skipped: z.array(z.string()).optional(),
  /**
   * Set when a save failed partway (a full disk, the shared desk unreachable): the files before it are
   * saved and listed above; this one and the rest (`notImported`, by name) were not imported.
   */
  interrupted: z.object({ source: z.string(), reason: z.string().max(2000), notImported: z.array(z.string()) }).optional(),
  ...saved,
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ReviewInput = z
  .object({
    claimId: Id,
    status: ReviewStatus,
    correctedValue: z.number().finite().nullable().optional(),
    correctedText: z.string().max(FIELD_LIMITS.review.correctedText).nullable().optional(),
    note: z.string().max(FIELD_LIMITS.review.note).nullable().optional(),
    flagReason: z.enum(flagReasons).nullable().optional(),
    verdict: z.string().max(FIELD_LIMITS.review.verdict).nullable().optional(),
    evidence: z
      .array(
        Evidence.extend({
          url: z.string().url().max(FIELD_LIMITS.review.evidenceUrl).regex(/^https?:\/\//i),
          note: z.string().max(FIELD_LIMITS.review.evidenceNote),
        }),
      )
      .max(FIELD_LIMITS.review.evidence)
      .optional(),
    /**
     * The `updatedAt` of the review the editor decided from (null: it was unreviewed). On a shared
     * desk, when another editor changed the review since, the action is refused with a conflict
     * naming their decision instead of overwriting it. Absent: no such check.
     */
    seen: z.string().max(64).nullable().optional(),
  })
  .strict();
export type ReviewInput = z.infer<typeof ReviewInput>;

/** The editable facts of a claim (the quote follows from the span). */
export const ClaimFields = z
  .object({
    kind: ClaimKind,
    value: z.number().finite().nullable(),
    total: z.number().finite().nullable(),
    upper: z.number().finite().nullable(),
    unit: z.string().max(FIELD_LIMITS.claim.unit).nullable(),
    qualifier: Qualifier.nullable(),
    subject: z.string().max(FIELD_LIMITS.claim.subject).nullable(),
    metric: z.string().max(FIELD_LIMITS.claim.metric).nullable(),
    period: z.string().max(FIELD_LIMITS.claim.period).nullable(),
    modality: Modality.nullable(),
  })
  .partial()
  .strict();
export type ClaimFields = z.infer<typeof ClaimFields>;

const Span = { start: z.number().int().nonnegative(), end: z.number().int().positive() };

/** A compact row per claim, for filtering across the whole workspace. */
export const ClaimRow = z.object({
  id: z.string(),
  articleId: z.string(),
  start: z.number().int(),
  quote: z.string(),
  kind: ClaimKind,
  value: z.number().nullable(),
  total: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: Qualifier.nullable(),
  modality: Modality.nullable(),
  subject: z.string().nullable(),
  metric: z.string().nullable(),
  status: ReviewStatus,
  checkworthiness: z.number(),
  origin: z.enum(['extracted', 'manual']),
});
export type ClaimRow = z.infer<typeof ClaimRow>;

export const UndoOutcome = z.object({
  /** What was undone or redone, null when there was nothing to do. */
  action: z.string().nullable(),
  claimIds: z.array(z.string()),
  /** The rows of the touched claims as they are now; a touched id without a row was removed. */
  rows: z.array(ClaimRow),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  ...saved,
});
export type UndoOutcome = z.infer<typeof UndoOutcome>;

export const ReextractReport = z.object({
  articles: z.number().int(),
  before: z.number().int(),
  after: z.number().int(),
  /** Reviews moved onto the re-extracted claim covering the same words. */
  reviewsMoved: z.number().int(),
  /** Every review carried through, on the same claim or moved (optional: older reports lack it). */
  reviewsKept: z.number().int().optional(),
  /** Claims the new engine no longer extracts, kept because an editor reviewed or added them. */
  kept: z.number().int(),
  /** Claims whose facts an editor set ("Chỉnh thông tin"), carried onto the claim read again (optional: older reports lack it). */
  editsKept: z.number().int().optional(),
  /** Claims whose words are gone: listed for the editor (workspace.detached), with their reviews. */
  detached: z.array(z.object({ claimId: z.string(), articleId: z.string(), quote: z.string(), status: ReviewStatus })),
  ...saved,
});
export type ReextractReport = z.infer<typeof ReextractReport>;

export const JobStatus = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'finished', 'cancelled', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  current: z.string().nullable(),
  /** How far the contradiction analysis after the files is (0 to 1) while it runs, else null. */
  analysis: z.number().min(0).max(1).nullable(),
  result: z.union([ImportReport, ReextractReport]).nullable(),
  error: z.string().nullable(),
});
export type JobStatus = z.infer<typeof JobStatus>;

/** Counts shown apart from the paged listings (the findings panel header, the library footer). */
export const WorkspaceSummary = z.object({
  articleCount: z.number().int(),
  claimCount: z.number().int(),
  findings: z.object({
    open: z.number().int(),
    resolved: z.number().int(),
    dismissed: z.number().int(),
    /** Changes whenever a finding appears, goes or changes status: the renderer re-reads its page then. */
    signature: z.string(),
  }),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

/**
 * What the Node side pushes to the renderer without being asked: job progress and results, the
 * workspace's counts after a change, and the state of the service host (the worker thread that runs
 * the services) when it crashed and was restarted.
 */
/**
 * Connection state of a shared desk: connected; the database went away and actions are kept and
 * retried; gave up; a newer Crosscheck upgraded the desk (this app must be updated: its writes are
 * refused and it no longer follows the desk).
 */
export const DeskConnectionState = z.enum(['online', 'reconnecting', 'offline', 'outdated']);
export type DeskConnectionState = z.infer<typeof DeskConnectionState>;

/** Another editor on the shared desk, and the article they have open. */
export const DeskPresence = z.object({ editor: z.string(), articleId: z.string().nullable(), articleTitle: z.string().nullable() });
export type DeskPresence = z.infer<typeof DeskPresence>;

/** What the service host knows of the shared desk it runs on (pushed as a 'desk' event when it changes). */
export const DeskLive = z.object({
  /** 'local': the workspace on this computer; 'desk': a shared desk in PostgreSQL. */
  mode: z.enum(['local', 'desk']),
  /** The desk's address WITHOUT its password (null on the local workspace). */
  url: z.string().nullable(),
  state: DeskConnectionState.nullable(),
  /** This editor as the desk names them: "Lan (lan)". */
  editor: z.string().nullable(),
  /** The other editors working on the desk now. */
  others: z.array(DeskPresence),
  /** Editor actions waiting for the desk (kept and retried while it cannot be reached). */
  pending: z.number().int().nonnegative(),
});
export type DeskLive = z.infer<typeof DeskLive>;

/** The desk as Settings shows it: the live side plus the app's own saved connection (never a password). */
export const DeskStatus = DeskLive.extend({
  /** The desk last connected to, without its password (the app's config, not the workspace). */
  savedUrl: z.string().nullable(),
  /** A password is remembered for savedUrl, encrypted by the operating system. */
  remembered: z.boolean(),
  /** The operating system can keep a password encrypted (else it is asked at every connect). */
  canRemember: z.boolean(),
});
export type DeskStatus = z.infer<typeof DeskStatus>;

/** Another editor's commit on the shared desk, as the renderer needs it to refresh what it shows. */
export const RemoteChange = z.object({
  action: z.string(),
  who: z.string(),
  articleIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  /** Articles were added or removed (an import): the library is re-listed. */
  articlesChanged: z.boolean(),
});
export type RemoteChange = z.infer<typeof RemoteChange>;

export const DeskEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), job: JobStatus }),
  z.object({ type: z.literal('summary'), summary: WorkspaceSummary }),
  z.object({ type: z.literal('host'), state: z.enum(['restarting', 'ready', 'failed']), message: z.string() }),
  /** The shared desk's connection state, presence or pending actions changed. */
  z.object({ type: z.literal('desk'), live: DeskLive }),
  /** Another editor changed the shared desk: what to read again. */
  z.object({ type: z.literal('remote'), change: RemoteChange }),
  /**
   * The app is being closed while actions still wait for the shared desk: the window shows them
   * being sent and offers to give up (abandonDeskActions) or to stay (stayOpen); it closes once none
   * is pending, unless the editor stayed.
   */
  z.object({ type: z.literal('quitting') }),
]);
export type DeskEvent = z.infer<typeof DeskEvent>;

export { MAX_PAGE };
const Page = {
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(MAX_PAGE).default(200),
};

export const FindingsQuery = z
  .object({
    /** 'open': open findings that need attention (no "consistent" pairs); 'all': every finding. */
    show: z.enum(['open', 'all']).default('open'),
    /** Only the findings a claim stands in. */
    claimId: Id.optional(),
    ...Page,
  })
  .strict();
export type FindingsQuery = z.input<typeof FindingsQuery>;

export const ImportConflict = z.object({
  key: z.string(),
  kind: z.enum(['review', 'finding']),
  fields: z.array(z.string()),
  current: z.record(z.string(), z.unknown()),
  incoming: z.record(z.string(), z.unknown()),
  /** A review conflict: the claim's words, and whether the claim is kept apart (its words gone from the text). */
  quote: z.string().optional(),
  apart: z.boolean().optional(),
});
export type ImportConflict = z.infer<typeof ImportConflict>;

export const ExportRequest = z
  .object({
    format: z.enum(exportFormatNames),
    scope: z
      .object({
        articleIds: z.array(Id).max(100_000).optional(),
        statuses: z.array(ReviewStatus).optional(),
        from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
        to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
        dateBasis: z.enum(['published', 'reviewed']).optional(),
      })
      .strict(),
    /** CSV: write 42,13 (decimal comma) or 42.13; default follows the workspace language. */
    decimalComma: z.boolean().optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportSummary = z.object({
  /** null when the user closed the save dialog. */
  path: z.string().nullable(),
  count: z.number().int(),
  bytes: z.number().int(),
  problems: z.array(z.object({ claimId: z.string(), quote: z.string(), missing: z.array(z.string()), invalid: z.array(z.string()) })),
});
export type ExportSummary = z.infer<typeof ExportSummary>;

export const FindingSide = z.object({
  claim: Claim,
  article: z.object({ id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), publishedAt: z.string().nullable() }),
  sentence: z.string(),
  status: ReviewStatus,
});
export const FindingDetail = z.object({
  finding: Finding,
  sides: z.array(FindingSide),
  /** Text spans a finding points at without a claim ("Năm 20220"), with their article (title, outlet and date, as a side shows them). */
  spans: z.array(
    z.object({
      articleId: z.string(),
      articleTitle: z.string().nullable(),
      outlet: z.string().nullable(),
      publishedAt: z.string().nullable(),
      start: z.number().int(),
      end: z.number().int(),
      quote: z.string(),
      sentence: z.string(),
    }),
  ),
});
export type FindingDetail = z.infer<typeof FindingDetail>;

export const DecideFinding = z
  .object({
    findingId: Id,
    decision: z.enum(['resolve', 'dismiss', 'reopen']),
    /** resolve: the claim that is right, or null when both stand (an update, a consistent pair). */
    rightClaimId: Id.nullable().optional(),
    note: z.string().max(FIELD_LIMITS.findingNote).optional(),
    /**
     * resolve: also verify the claim chosen as right (both when both stand). Off unless the editor
     * ticks it: a decision on a finding leaves claim reviews alone otherwise.
     */
    applyReviews: z.boolean().optional(),
    /** resolve, a conflict with a chosen side: also flag the other claim(s) as contradicting. Refused for an update. */
    flagOthers: z.boolean().optional(),
    /** dismiss: 'not-same-fact' — the figures are about different things; the pair is never raised again. */
    reason: z.enum(['not-same-fact', 'other']).optional(),
  })
  .strict();
export type DecideFinding = z.infer<typeof DecideFinding>;

export const HistoryQuery = z
  .object({
    claimId: Id.optional(),
    articleId: Id.optional(),
    /** Only this editor's actions. */
    who: z.string().max(200).optional(),
    /** Inclusive yyyy-mm-dd range of the action's day (UTC, or in `timeZone`). */
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /**
     * The time zone (IANA name, e.g. Asia/Ho_Chi_Minh) `from` and `to` are days of: the desk's, which shows
     * each action at its local time. Absent (or unknown here): UTC days.
     */
    timeZone: z.string().max(64).optional(),
    /** The newest events up to this many (default 1000). */
    limit: z.number().int().min(1).max(10_000).optional(),
  })
  .strict();
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const HistoryPage = z.object({
  /** Oldest first, the newest `limit` events matching the query. */
  events: z.array(AuditEvent),
  /** What a person recognises each target by: a claim's quote, a finding's quotes, an article's title. */
  labels: z.record(z.string(), z.string()),
  /** The kind of each claim target, so corrected dates read as dates. */
  kinds: z.record(z.string(), ClaimKind),
  /** The article of each claim target, for links that jump to the claim. */
  articles: z.record(z.string(), z.string()),
  /** Everyone who appears in the whole trail, for the editor filter. */
  editors: z.array(z.string()),
  /** More events matched than were returned. */
  truncated: z.boolean(),
});
export type HistoryPage = z.infer<typeof HistoryPage>;

/** A restorable backup of the workspace (a past checkpoint), newest first in listings. */
export const BackupInfo = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  /** When the checkpoint was taken (ISO). */
  at: z.string(),
  /** The actions it holds: every commit up to this sequence number. */
  seq: z.number().int(),
  articles: z.number().int(),
  claims: z.number().int(),
  /** Size on disk. */
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** A review as saved (see FindingsNotUpdated). */
export const ReviewOutcome = Review.extend(saved);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;
/** A claim as added or edited (see FindingsNotUpdated). */
export const ClaimOutcome = Claim.extend(saved);
export type ClaimOutcome = z.infer<typeof ClaimOutcome>;
/** A finding as decided (see FindingsNotUpdated). */
export const FindingOutcome = Finding.extend(saved);
export type FindingOutcome = z.infer<typeof FindingOutcome>;

/** Every method the renderer may call: a zod schema for what goes in and for what comes out. */
export const contract = {
  getWorkspaceInfo: {
    input: Empty,
    output: z.object({
      path: z.string(),
      articleCount: z.number().int(),
      claimCount: z.number().int(),
      notice: WorkspaceNotice.nullable(),
      /** Set when the workspace was re-extracted by a newer engine on opening. */
      upgraded: ReextractReport.nullable(),
      /** The job re-extracting it for a newer engine while the desk is open (its 'job' events say how far), until it ends. */
      upgrading: z.string().nullable(),
      /** Set when the first start's import of the sample articles was stopped partway (its report says what came in). */
      samples: ImportReport.nullable(),
      settings: Settings,
      canUndo: z.boolean(),
      canRedo: z.boolean(),
    }),
  },
  /** Every article of the library, in workspace order. */
  listArticles: { input: Empty, output: z.array(ArticleSummary) },
  /**
   * The library a page at a time, in workspace order (the desk's first screen of a big workspace
   * comes by itself, the rest by pages once the desk is interactive), with how many articles there are.
   */
  articlePage: {
    input: z.object(Page).strict(),
    output: z.object({ articles: z.array(ArticleSummary), total: z.number().int() }),
  },
  getArticle: {
    input: z.object({ articleId: Id }).strict(),
    output: z.object({ article: Article, claims: z.array(Claim), reviews: z.array(Review) }),
  },
  reviewClaim: { input: ReviewInput, output: ReviewOutcome },
  /** The claim rows of the whole workspace, a page at a time, in workspace order. */
  listClaims: {
    input: z.object(Page).strict(),
    output: z.object({ rows: z.array(ClaimRow), total: z.number().int() }),
  },
  addClaim: {
    input: z.object({ articleId: Id, ...Span, fields: ClaimFields.optional() }).strict(),
    output: ClaimOutcome,
  },
  editClaim: {
    input: z.object({ claimId: Id, start: Span.start.optional(), end: Span.end.optional(), fields: ClaimFields.optional() }).strict(),
    output: ClaimOutcome,
  },
  undo: { input: Empty, output: UndoOutcome },
  redo: { input: Empty, output: UndoOutcome },
  searchArticles: {
    input: z.object({ query: z.string().max(500) }).strict(),
    output: z.array(z.string()),
  },
  getHistory: {
    input: z.union([z.object({ claimId: Id }).strict(), z.object({ articleId: Id }).strict()]),
    output: z.array(AuditEvent),
  },
  /** The audit trail for people: filtered, with what the renderer needs to put it in words. */
  listHistory: { input: HistoryQuery, output: HistoryPage },
  importSamples: { input: Empty, output: ImportReport },
  startImport: {
    input: z.object({ mode: z.enum(['files', 'folder']) }).strict(),
    output: z.object({ jobId: z.string().nullable() }),
  },
  importDropped: {
    input: z
      .object({
        files: z
          .array(z.object({ name: DroppedName, base64: z.string().max(28_000_000) }).strict())
          .min(1)
          .max(200),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
  importText: {
    input: z
      .object({
        title: z.string().trim().min(1).max(500),
        /** UTF-16 units never outnumber UTF-8 bytes: the byte limit itself is checked by the service. */
        text: z.string().max(MAX_TEXT_BYTES),
        /** What the editor typed (or the dialog read from the dateline); empty: read from the text. */
        outlet: z.string().trim().max(200).optional(),
        publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      })
      .strict(),
    output: ImportReport,
  },
  cancelJob: { input: z.object({ jobId: JobId }).strict(), output: z.boolean() },
  listImportConflicts: { input: Empty, output: z.array(ImportConflict) },
  resolveImportConflict: {
    input: z.object({ key: ConflictKey, choice: z.enum(['current', 'incoming']) }).strict(),
    /** How many conflicts are left to settle. */
    output: z.object({ remaining: z.number().int(), ...saved }),
  },
  exportData: { input: ExportRequest, output: ExportSummary },
  /** A page of findings; the counts come with getSummary. */
  listFindings: { input: FindingsQuery, output: z.object({ findings: z.array(Finding), total: z.number().int() }) },
  /**
   * A page of the ids of the claims that stand in an open finding (for the "in a finding" order and
   * badge), and their total: a big workspace has hundreds of thousands, read page by page.
   */
  listOpenFindingClaims: {
    input: z
      .object({ offset: z.number().int().nonnegative().default(0), limit: z.number().int().min(1).max(MAX_ID_PAGE).default(MAX_ID_PAGE) })
      .strict(),
    output: z.object({ ids: z.array(Id), total: z.number().int() }),
  },
  getSummary: { input: Empty, output: WorkspaceSummary },
  reextract: { input: Empty, output: z.object({ jobId: z.string() }) },
  getFinding: { input: z.object({ findingId: Id }).strict(), output: FindingDetail },
  decideFinding: { input: DecideFinding, output: FindingOutcome },
  analyze: { input: Empty, output: z.object({ findings: z.number().int(), open: z.number().int() }) },
  updateSettings: {
    input: z
      .object({
        language: z.enum(['vi', 'en']).optional(),
        theme: z.enum(['light', 'dark']).optional(),
        autoAdvance: z.boolean().optional(),
        reviewerName: z.string().trim().min(1).max(FIELD_LIMITS.settings.reviewerName).optional(),
        newsroom: z
          .object({
            name: z.string().trim().max(FIELD_LIMITS.settings.newsroomName),
            url: z.union([z.literal(''), z.string().url().max(FIELD_LIMITS.settings.newsroomUrl).regex(/^https?:\/\//i)]),
          })
          .strict()
          .optional(),
        claimReviewUrlPattern: z.union([z.literal(''), z.string().max(FIELD_LIMITS.settings.claimReviewUrlPattern).regex(/^https?:\/\/\S+$/i)]).optional(),
        verdicts: z
          .array(
            Verdict.extend({
              id: z.string().trim().min(1).max(FIELD_LIMITS.settings.verdictId),
              label_vi: z.string().trim().min(1).max(FIELD_LIMITS.settings.verdictLabel),
              label_en: z.string().trim().min(1).max(FIELD_LIMITS.settings.verdictLabel),
            }),
          )
          .min(1)
          .max(FIELD_LIMITS.settings.verdicts)
          .refine((list) => new Set(list.map((v) => v.id)).size === list.length, { message: 'duplicate verdict id' })
          .optional(),
      })
      .strict(),
    output: Settings,
  },
  /** The workspace's backups, newest first (none for a shared desk: its database has its own). */
  listBackups: { input: Empty, output: z.array(BackupInfo) },
  /** Restores a backup; the current state is kept as a backup first, undo history is cleared. */
  restoreBackup: { input: z.object({ backupId: BackupInfo.shape.id }).strict(), output: z.null() },
  openExternal: {
    input: z.object({ url: z.string().url().max(4000).regex(/^https?:\/\//i) }).strict(),
    output: z.null(),
  },
  /** The shared desk this app is on (or the local workspace), its connection state and who else is there. */
  getDeskStatus: { input: Empty, output: DeskStatus },
  /**
   * Opens a shared desk in PostgreSQL instead of the local workspace (answered by the main process).
   * The password is used to connect and never stored in the clear: not in the app's config, the
   * workspace, the logs or the audit trail; `remember` keeps it encrypted by the OS when it can.
   */
  connectDesk: {
    input: z
      .object({
        url: z.string().trim().min(1).max(2000).regex(/^postgres(ql)?:\/\//i),
        password: z.string().max(1000).optional(),
        remember: z.boolean().optional(),
      })
      .strict(),
    output: DeskStatus,
  },
  /** Back to the local workspace on this computer. `forget`: also drop the remembered password. */
  disconnectDesk: { input: z.object({ forget: z.boolean().optional() }).strict(), output: DeskStatus },
  /**
   * Stops waiting for the shared desk (a disconnect or a quit while it cannot be reached): the
   * actions still waiting are given up on and answered as not saved, never dropped silently.
   * `notSent`: never reached the desk; `unconfirmed`: sent when the connection broke, not confirmed.
   */
  abandonDeskActions: {
    input: Empty,
    output: z.object({ notSent: z.number().int().nonnegative(), unconfirmed: z.number().int().nonnegative() }).strict(),
  },
  /**
   * The editor stays after closing the app while actions still wait for the shared desk (the quit
   * sheet's "Ở lại", or Esc): the app no longer closes when they land; they go on being sent.
   */
  stayOpen: { input: Empty, output: z.null() },
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

// Compile-time guard: the contract has no method the names list lacks.
type Extra = Exclude<keyof typeof contract, MethodName>;
const _noExtraMethods: Extra extends never ? true : never = true;
void _noExtraMethods;

export type Contract = typeof contract;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = z.output<Contract[K]['output']>;

/** The methods of `window.api`, derived from the contract. */
export type Api = { [K in MethodName]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>> };
/**
 * `window.api` as the preload (or the e2e bridge) exposes it: the methods plus one subscription to
 * pushed events. Payloads are unchecked there; renderer/src/api.ts parses each with DeskEvent.
 */
export type WindowApi = Api & { subscribe(listener: (payload: unknown) => void): () => void };
