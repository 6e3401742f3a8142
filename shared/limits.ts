/**
 * How much an editor may write into each field, in UTF-16 code units (string length). The IPC inputs
 * refuse more (shared/ipc/contract.ts), and an imported export holding more is refused too
 * (`limitProblems` in shared/export/workspaceJson.ts): a crafted file must not store what the app itself
 * would never accept — a megabyte "note" the review panel then renders, a verdict label no form shows.
 */
export const FIELD_LIMITS = {
  review: {
    correctedText: 2000,
    note: 10_000,
    verdict: 100,
    evidence: 50,
    evidenceUrl: 4000,
    evidenceNote: 2000,
  },
  /** `context`: the words kept on each side of a claim for re-anchoring (the app keeps 32). */
  claim: { unit: 100, subject: 300, metric: 300, period: 100, context: 1000 },
  /** What a file may declare about its article (a page's <title>, its author tag); the paste form takes a 500-character title. */
  article: { title: 500, outlet: 200, author: 200 },
  /** Who did it: a reviewer's name, a desk identity ('Lan (lan@may-3)'). */
  person: 1000,
  findingNote: 5000,
  settings: {
    reviewerName: 120,
    newsroomName: 200,
    newsroomUrl: 500,
    claimReviewUrlPattern: 500,
    /** The settings accept this many; a merge learns the verdicts of the reviews it brings up to it. */
    verdicts: 100,
    verdictId: 60,
    verdictLabel: 100,
  },
} as const;

/**
 * The largest page a listing returns (claim rows, findings): one message stays small on every hop
 * (worker → main → window), and so does each step's work on it: the worker's JSON of the page, the
 * window's reading of it (shared/ipc/packed.ts), and, before listings crossed main as bytes, main's
 * own receiving and re-sending of its objects — with 5,000-row pages that held main's event loop up
 * to 36 ms (tests/bench/mainloop.bench.ts on main 4330dc6). The window pages its claim rows at this size.
 */
export const MAX_PAGE = 1000;
/** At most this many ids in one page of a list of ids (the claims standing in an open finding). */
export const MAX_ID_PAGE = 20000;
