/**
 * How far a full analysis is, as a share of its work (0 to 1), for the progress line of an import or a
 * re-extraction: a newsroom's 10,000 articles take minutes to analyse, and "Phân tích mâu thuẫn…" alone
 * for that long reads as a program that hangs.
 *
 * The analysis runs in phases, always in this order (some may be skipped: a text side kept from an
 * earlier analysis skips the alignment). Each phase's cost was measured at two sizes, and inside a
 * phase its loop says how far it is (done of total): the share is the phases before it plus that part
 * of its own. The phases do not grow alike with the workspace (the same-event pairing of articles grows
 * faster than the articles, the per-article rules as they do), so each phase's cost at the workspace's
 * size is read off the power law through its two measures. The share is an estimate that never goes
 * back, not a promise of the time left.
 */
export type AnalysisPhase = (typeof PHASES)[number];

/** The phases in the order they run. */
const PHASES = [
  /** Claims filed by article (buildContextStaged). */
  'context',
  /** Facts read and blocked (FindingsAnalysis.addFact). */
  'facts',
  /** Cross-source clusters, block by block. */
  'cross',
  /** Per-article rules. */
  'internal',
  /** Passage alignment of every article (alignmentStaged). */
  'alignment',
  /** Findings of the aligned passages. */
  'pairDrafts',
  /** Same-event pairing of articles (their names, figures, times). */
  'eventPairing',
  /** Same-event matching of the paired articles, sentence by sentence. */
  'eventMatching',
  /** Findings of the same-event matches, and the drafts that cannot stand left out. */
  'eventDrafts',
  /** Findings assembled (decisions carried over, explanations written) and sorted. */
  'assemble',
  /** The findings compared with the stored ones and committed (the service's part). */
  'store',
] as const;

/**
 * Seconds each phase took in an import of generated news through the service (`tests/bench/analysisPhases.ts
 * --service`, session 70: 1,000 articles, 30k claims, load about 4; 10,000 articles, 298k claims, load about 9 —
 * two helpers' jobs beside it). Only each size's ratios between phases matter: a load that slows a whole run
 * slows every phase of it alike and leaves the shares as they are. Garbage collection moves seconds from one
 * phase to the next between runs; below 1,000 articles the power law is extrapolated, and the share runs
 * ahead of the time (23 points at 300 articles).
 */
const MEASURED: Record<AnalysisPhase, readonly [number, number]> = {
  context: [0.13, 1.5],
  facts: [0.65, 5.7],
  cross: [2.4, 110],
  internal: [1.07, 11.3],
  alignment: [2.67, 43],
  pairDrafts: [2.81, 59],
  eventPairing: [2.18, 108],
  eventMatching: [2.36, 241],
  eventDrafts: [0.44, 129],
  assemble: [1.34, 216],
  store: [2.17, 238],
};

/** Each phase's share of the work for a workspace of `articles` articles (see MEASURED). */
function sharesAt(articles: number): Map<AnalysisPhase, { start: number; share: number }> {
  const size = Math.max(1, articles) / 1000;
  const cost = PHASES.map((p) => {
    const [small, large] = MEASURED[p];
    return small * size ** Math.log10(large / small);
  });
  const total = cost.reduce((sum, c) => sum + c, 0);
  const out = new Map<AnalysisPhase, { start: number; share: number }>();
  let at = 0;
  for (const [i, p] of PHASES.entries()) {
    const c = cost[i] as number;
    out.set(p, { start: at / total, share: c / total });
    at += c;
  }
  return out;
}

/** A share that moved less than this since the last one told is not told (a push per percent at most). */
const STEP = 0.01;

/**
 * The progress of one analysis: the analysis says which phase it is in and how far inside it; the
 * listener hears a share that only grows, at most once per percent.
 */
export class AnalysisProgress {
  #weights = sharesAt(1000);
  #phaseStart = 0;
  #phaseShare = 0;
  #told = -1;
  #last = 0;
  readonly #listener: (share: number) => void;

  constructor(listener: (share: number) => void) {
    this.#listener = listener;
  }

  /** The analysis's size (its articles), told as it starts: the phases' shares depend on it. */
  size(articles: number): void {
    this.#weights = sharesAt(articles);
  }

  /** The analysis entered `phase` (its loops then say how far with `at`). */
  phase(phase: AnalysisPhase): void {
    const { start, share } = this.#weights.get(phase) ?? { start: 0, share: 0 };
    this.#phaseStart = start;
    this.#phaseShare = share;
    this.#tell(start);
  }

  /** `done` of the current phase's `total` items are done. */
  at(done: number, total: number): void {
    if (total <= 0) return;
    this.#tell(this.#phaseStart + this.#phaseShare * Math.min(1, Math.max(0, done / total)));
  }

  /** The analysis is over (its findings stored). */
  done(): void {
    this.#tell(1);
  }

  /** The share told last (0 before anything). */
  get share(): number {
    return this.#last;
  }

  #tell(share: number): void {
    if (share <= this.#last && this.#told >= 0) return;
    this.#last = Math.max(this.#last, share);
    if (this.#told >= 0 && this.#last - this.#told < STEP && this.#last < 1) return;
    this.#told = this.#last;
    this.#listener(this.#last);
  }
}
