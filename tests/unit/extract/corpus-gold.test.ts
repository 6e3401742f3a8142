import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { findCorpus, loadGold, type LoadedGold, type Split } from '../../tools/extract-gold';
import { emptyGoldScore, goldFigures, scoreGoldText, type GoldScore } from './helpers';

/**
 * The extractor against the hand-written corpus gold (tests/fixtures/extract-gold, issue 11), scored
 * separately on tuned/, on heldout/ and heldout2/ (never tuned on: only their figures are printed, no claim
 * of them, even with GOLD_DETAILS=1), on dev2/ … dev11/ (second to eleventh development sets annotated before
 * tuning: their first figures are out-of-sample).
 *
 * Matching, lenient but honest:
 * - a gold claim is found when an extracted claim's span overlaps the gold surface (n-th occurrence in
 *   the NFC text); each extracted claim matches at most one gold claim (largest overlap first).
 *   Recall = found / gold claims; precision = found / extracted claims (every extracted claim that
 *   matches no gold claim counts against it, non-claims or not).
 * - kind, qualifier, value: equal (value within 1e-6 relative) among found claims.
 * - subject: both null, or both folded (lower case, no diacritics, "đ" → "d", punctuation dropped, a
 *   leading "tỉnh/thành phố/tp/huyện/xã" dropped, the other names of one country or city written one way:
 *   "Hoa Kỳ" = "Mỹ", "VN" = "Việt Nam", "Thành phố Hồ Chí Minh" = "TP.HCM") and one contains the other word
 *   by word ("Bắc Giang" ⊂ "Tỉnh Bắc Giang", "Mỹ" ⊂ "Chứng khoán Hoa Kỳ", but "Vina" ⊄ "Vinacomin": session 37,
 *   which also reads "TP.HCM" as "TPHCM" before dropping a leading "tp"; no figure moved); a gold name ending in a bracketed gloss is
 *   also compared without it, word by word, when that core has two words or more ("Hòa Phát (HPG)" ~ "Tập
 *   đoàn Hòa Phát", but "Úc (Australia)" ≁ "Đức", "Lào (CHDCND Lào)" ≁ "Lào Cai"; session 35, on every split
 *   alike). The whole gold name, gloss included, is still compared as before, so a gloss can match on its
 *   own ("HPG" ~ "Hòa Phát (HPG)"). See tests/tools/gold-match.ts and its unit test.
 * - period: both null, or the same range of months. The extractor's period text is read by the
 *   analysis' period reader (shared/analysis/period.ts); a relative or year-less wording ("năm nay",
 *   "năm ngoái", "9 tháng đầu năm", "tháng 8") takes its year from the article's date line, as the gold
 *   does. Gold {"year": Y} is January–December Y; {"from","to"} at month precision (a day is its month;
 *   an open end matches any end, and an open start — "đến năm 2012" = {"from": null, "to": "2012"} — any
 *   start: session 35, on every split alike; before, such a gold period was scored as no period at all).
 */
const corpus = findCorpus();
const gold = loadGold();
if (!corpus) console.log('corpus gold test skipped: ../shared/corpus not found (the shared real-news corpus is not checked out here)');

function scoreSplit(split: Split): GoldScore {
  const score = emptyGoldScore();
  for (const { doc } of gold.filter((g: LoadedGold) => g.split === split)) {
    const path = join(corpus ?? '', doc.file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8').normalize('NFC');
    const meta = extractMetadata(text);
    const year = meta.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : null;
    scoreGoldText(score, doc.file, text, extractClaims(text, meta), doc.claims, year);
  }
  return score;
}

function report(split: Split, s: GoldScore): Record<string, number> {
  const f = goldFigures(s);
  const line = Object.entries(f)
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join(', ');
  console.log(`corpus gold ${split}: ${s.texts} articles, ${s.gold} gold claims, ${s.extracted} extracted, ${s.found} found — ${line}`);
  return f;
}

/** Held-out splits: their details are never printed, whatever GOLD_DETAILS says. */
const HELD_OUT_SPLITS: readonly Split[] = ['heldout', 'heldout2'];

/** With GOLD_DETAILS=1: every miss, every claim not in the gold and every disagreement of a split tuned on. */
function printDetails(split: Split, s: GoldScore): void {
  if (!process.env.GOLD_DETAILS || HELD_OUT_SPLITS.includes(split)) return;
  console.log(`missed:\n  ${s.missed.join('\n  ')}`);
  console.log(`not in gold:\n  ${s.spurious.join('\n  ')}`);
  console.log(`disagreements:\n  ${s.wrong.join('\n  ')}`);
}

/** Floors slightly below the figures reached on tuned/ (session 30; period raised in session 35, precision in session 37, subject in session 40), so that a regression fails. */
const TUNED_FLOORS = { recall: 0.96, precision: 0.98, kind: 0.93, qualifier: 0.98, value: 0.98, subject: 0.83, period: 0.85 };
/** Held-out figures are printed; only a generous floor is asserted (it is never tuned on). */
const HELDOUT_FLOORS = { recall: 0.6, precision: 0.6, kind: 0.7, qualifier: 0.7, value: 0.6, subject: 0.3, period: 0.3 };
/**
 * heldout2/ (session 42: eight cluster articles picked by tests/tools/pick-heldout2.ts, annotated blind, never
 * tuned on): figures printed, details never. Its floors are its first score (engine 41: recall 0.932, precision
 * 0.948, kind 0.927, qualifier 1.000, value 0.994, subject 0.640, period 0.963; in the gold README) minus a margin
 * of 0.10, rounded down to two decimals — generous like heldout's, so that only a large regression fails and
 * nothing invites tuning to the figure.
 */
const HELDOUT2_FLOORS = { recall: 0.83, precision: 0.84, kind: 0.82, qualifier: 0.9, value: 0.89, subject: 0.54, period: 0.86 };
/**
 * The development sets, each annotated by hand before any extraction run on it (its first score is in the
 * gold README), then tuned on: dev2 (session 24) since engine 15, dev3 (session 27) since engine 23, dev4
 * and dev5 (session 28) since engine 25, dev6 (session 29) since engine 26, dev7 (session 33) since engine 31, dev8 (session 34) since engine 33, dev9 (session 38) since engine 37. Their floors sit slightly below
 * the figures reached, as tuned/'s do, so that a regression fails (precision floors raised in session 37, engine 36; subject floors of dev2, dev3, dev6 and dev8 in session 38, engine 37; subject floors of dev2, dev3 and dev8 and the period floor of dev2 in session 39, engine 38; dev9's period floor back to 0.68 and dev2's to 0.82 when engine 38's age rule was narrowed after review; period floors of dev4 and dev8 in session 39, engine 39, and dev2's to 0.81: engine 39 dates two of its claims the gold leaves undated; dev4's subject floor in session 40, engine 40; subject floors of dev4, dev5 and dev9 in session 41, engine 41).
 */
const DEV_SETS: readonly { split: Split; session: number; floors: Record<string, number> }[] = [
  { split: 'dev2', session: 24, floors: { recall: 0.96, precision: 0.96, kind: 0.95, qualifier: 0.98, value: 0.97, subject: 0.82, period: 0.81 } },
  { split: 'dev3', session: 27, floors: { recall: 0.94, precision: 0.99, kind: 0.93, qualifier: 0.98, value: 0.98, subject: 0.84, period: 0.92 } },
  { split: 'dev4', session: 28, floors: { recall: 0.95, precision: 0.96, kind: 0.94, qualifier: 0.98, value: 0.95, subject: 0.92, period: 0.86 } },
  { split: 'dev5', session: 28, floors: { recall: 0.91, precision: 0.98, kind: 0.92, qualifier: 0.98, value: 0.95, subject: 0.54, period: 0.92 } },
  { split: 'dev6', session: 29, floors: { recall: 0.93, precision: 0.98, kind: 0.93, qualifier: 0.98, value: 0.97, subject: 0.83, period: 0.8 } },
  { split: 'dev7', session: 33, floors: { recall: 0.93, precision: 0.93, kind: 0.96, qualifier: 0.98, value: 0.99, subject: 0.75, period: 0.96 } },
  { split: 'dev8', session: 34, floors: { recall: 0.95, precision: 0.97, kind: 0.93, qualifier: 0.98, value: 0.98, subject: 0.74, period: 0.88 } },
  { split: 'dev9', session: 38, floors: { recall: 0.93, precision: 0.93, kind: 0.9, qualifier: 0.98, value: 0.98, subject: 0.5, period: 0.68 } },
  /** dev10 (session 66, tests/tools/pick-dev10.ts): floors at its first score (engine 65) minus 0.10, rounded down, as heldout2's. */
  { split: 'dev10', session: 66, floors: { recall: 0.85, precision: 0.83, kind: 0.86, qualifier: 0.88, value: 0.89, subject: 0.74, period: 0.74 } },
  /** dev11 (session 72: the two corpus articles no set covered, outside the cross-source held-out clusters): floors at its first score (engine 71) minus 0.10, rounded down. */
  { split: 'dev11', session: 72, floors: { recall: 0.83, precision: 0.88, kind: 0.82, qualifier: 0.84, value: 0.9, subject: 0.65, period: 0.9 } },
];

describe.skipIf(!corpus)('corpus gold (tests/fixtures/extract-gold)', () => {
  it('has gold articles in every split', () => {
    expect(gold.filter((g) => g.split === 'tuned').length).toBeGreaterThan(0);
    expect(gold.filter((g) => g.split === 'heldout').length).toBeGreaterThan(0);
    expect(gold.filter((g) => g.split === 'heldout2').length).toBe(8);
    for (const { split } of DEV_SETS) expect(gold.filter((g) => g.split === split).length, split).toBeGreaterThan(0);
  });

  it('tuned: recall, precision, kind, qualifier, value, subject and period accuracy', () => {
    const s = scoreSplit('tuned');
    const f = report('tuned', s);
    printDetails('tuned', s);
    for (const [key, floor] of Object.entries(TUNED_FLOORS)) expect(f[key], key).toBeGreaterThanOrEqual(floor);
  });

  it('heldout: the same figures, printed (never tuned on)', () => {
    const f = report('heldout', scoreSplit('heldout'));
    for (const [key, floor] of Object.entries(HELDOUT_FLOORS)) expect(f[key], key).toBeGreaterThanOrEqual(floor);
  });

  it('heldout2: the same figures, printed (a second held-out set, never tuned on; details never printed)', () => {
    const s = scoreSplit('heldout2');
    const f = report('heldout2', s);
    expect(s.texts).toBe(8);
    for (const [key, floor] of Object.entries(HELDOUT2_FLOORS)) expect(f[key], key).toBeGreaterThanOrEqual(floor);
  });

  it.each(DEV_SETS)('$split: the same figures (development set of session $session)', ({ split, floors }) => {
    const s = scoreSplit(split);
    const f = report(split, s);
    printDetails(split, s);
    expect(s.texts).toBe(gold.filter((g) => g.split === split).length);
    for (const [key, floor] of Object.entries(floors)) expect(f[key], key).toBeGreaterThanOrEqual(floor);
  });
});
