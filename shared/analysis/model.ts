import type { Finding } from '../schema';

export type FindingType = Finding['type'];

/** Which rule produced a finding; stored on the finding so the UI can filter and re-explain. */
export const findingRules = [
  'cross-source',
  'same-fact-values',
  'streak-count',
  'list-count',
  'parts-exceed-total',
  'percent-from-counts',
  'impossible-year',
  'impossible-date',
  'share-over-100',
  'part-over-total',
  'rank-beyond-total',
  'elapsed-years',
  'aligned-passage',
  'rank-vs-list',
  'step-arithmetic',
  'draw-score',
  'repeated-passage',
  'headline-body',
] as const;
export type FindingRule = (typeof findingRules)[number];

/** A claim as an explanation names it: its words, where and when it was published. */
export interface ClaimRef {
  claimId: string | null;
  articleId: string;
  quote: string;
  date: string | null;
  outlet: string | null;
}

/** A piece of article text a finding points at when no claim covers it ("Năm 20220"). */
export interface TextSpan {
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

export type CrossReason =
  | 'same-value'
  | 'within-qualifiers'
  | 'sum-of-parts'
  | 'streak-extended'
  | 'streak-differs'
  | 'cumulative-later'
  | 'estimate-revised'
  | 'undated-later'
  | 'values-differ';

export interface DenominatorCheck {
  /** Which counts the share was computed against, already formatted-free: numbers only. */
  numerator: number;
  denominator: number;
  /** Claims / words the denominator came from, for the explanation. */
  parts: string[];
  percent: number;
}

export type FindingFacts =
  | {
      rule: 'cross-source';
      relation: 'conflict' | 'update' | 'consistent';
      reason: CrossReason;
      a: ClaimRef;
      b: ClaimRef;
      /** For a sum-of-parts match: the parts of `b` and their sum. */
      parts?: ClaimRef[];
      sum?: number;
      addedYears?: number[];
      /** "Tháng 4/2024 … công bố kết quả … năm 2023" found in the later article (month index). */
      announcedMonth?: number;
    }
  | { rule: 'same-fact-values'; a: ClaimRef; b: ClaimRef }
  | { rule: 'streak-count'; claim: ClaimRef; stated: number; listed: number[]; consecutive: boolean }
  | { rule: 'list-count'; claim: ClaimRef; stated: number; items: string[] }
  /** `whole`: the total is only the whole ("120 ca, gồm …"), not one of the parts added up (as "9" of "9/14 …; 5 …" is). */
  | { rule: 'parts-exceed-total'; total: ClaimRef; totalValue: number; parts: ClaimRef[]; sum: number; whole?: true }
  | { rule: 'percent-from-counts'; claim: ClaimRef; stated: number; checks: DenominatorCheck[] }
  | { rule: 'impossible-year'; claim: ClaimRef; year: string }
  | { rule: 'impossible-date'; claim: ClaimRef }
  | { rule: 'share-over-100'; claim: ClaimRef; value: number }
  | { rule: 'part-over-total'; claim: ClaimRef; value: number; total: number }
  | { rule: 'rank-beyond-total'; claim: ClaimRef; value: number; total: number }
  /** A draw ("hòa") given an uneven score: `home`-`away` as written. */
  | { rule: 'draw-score'; claim: ClaimRef; home: number; away: number }
  /**
   * One sentence given again by an article, word for word but for one figure: `a` and `b` in the article's order (the
   * odd mention and one of the others); `mentions`: how many times the sentence is given.
   */
  | { rule: 'repeated-passage'; a: ClaimRef; b: ClaimRef; mentions: number }
  /** A headline figure (`a`) the body never gives, and the body's figure of the same fact with another value (`b`); `context`: the words they share, as the headline writes them. */
  | { rule: 'headline-body'; a: ClaimRef; b: ClaimRef; context: string[] }
  /** A rank said in the prose (`claim`, `stated`) against the article's numbered ranking (`item`, `listed`). */
  | { rule: 'rank-vs-list'; claim: ClaimRef; item: ClaimRef; name: string; stated: number; listed: number }
  | {
      rule: 'aligned-passage';
      relation: 'conflict' | 'update';
      /** value: the number differs; qualifier: only "hơn/gần/khoảng…" differs; rounding: one is the other rounded. */
      change: 'value' | 'qualifier' | 'rounding';
      severity: Severity;
      a: PassageSide;
      b: PassageSide;
      /** Word-bigram similarity of the two sentences with numbers masked (0–1). */
      similarity: number;
      /** Other figures of the passage that agree (what anchors the alignment). */
      anchors: number;
      /**
       * 'same-event': the sentences do not align (two outlets re-word one event); the figures are one
       * fact by their unit and the words around them (`context`), the articles by the passages they share.
       */
      basis?: 'same-event';
      /** The words around both figures that make them one fact ("pin", "dung lượng"), folded. */
      context?: string[];
      /** Why the later figure reads as newer ("hiện", "tính đến", a later time of day), for an update. */
      cue?: string;
      /**
       * A count that grows as an event goes on (a toll, cases) given higher by the later report, which
       * does not say it is newer: maybe an update, maybe a mistake (a low-severity conflict).
       */
      growing?: true;
    }
  /**
   * A step written with both ends ("từ 300 xuống còn 200") that does not hold together: the end on the wrong side of
   * the direction word, the start given again as the end, or the change stated before it ("giảm 100 đồng/lít")
   * not the difference (or, `relative`, the percent) between the ends.
   */
  | {
      rule: 'step-arithmetic';
      problem: 'direction' | 'no-move' | 'difference';
      direction: 'up' | 'down';
      from: ClaimRef;
      to: ClaimRef;
      fromValue: number;
      toValue: number;
      change?: ClaimRef;
      changeValue?: number;
      relative?: boolean;
    }
  | {
      rule: 'elapsed-years';
      claim: ClaimRef;
      stated: number;
      fromQuote: string;
      /** Day numbers (days since 1970-01-01). */
      fromDay: number;
      toDay: number;
      toLabel: 'published' | 'stated';
      calendarYears: number;
    };

/** One side of an aligned passage: the sentence as published and the figure inside it. */
export interface PassageSide extends ClaimRef {
  sentence: { start: number; end: number; text: string };
  /** The figure with its qualifier and scale words ("hơn 3,4 triệu"), offsets into the article. */
  figure: { start: number; end: number; quote: string; value: number };
}

/** How much a finding matters: a changed figure, or a rounding / qualifier difference worth a note. */
export type Severity = 'high' | 'low';

/** What a rule hands to the assembler before ids, fingerprints and statuses are added. */
export interface FindingDraft {
  type: FindingType;
  rule: FindingRule;
  claimIds: string[];
  articleIds: string[];
  spans: TextSpan[];
  facts: FindingFacts;
}
