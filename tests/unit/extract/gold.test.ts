import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import type { ExtractedClaim } from '../../../shared/schema';
import { normalizeText } from '../../../shared/text';

interface GoldClaim {
  quote: string;
  occurrence?: number;
  kind: ExtractedClaim['kind'];
  value: number;
  qualifier?: ExtractedClaim['qualifier'];
  total?: number;
  upper?: number;
  years?: number[];
  modality?: ExtractedClaim['modality'];
}

interface GoldFile {
  articles: Record<string, GoldClaim[]>;
}

const root = join(__dirname, '..', '..', '..');
const gold = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seeds-gold.json'), 'utf8')) as GoldFile;

function spanOf(text: string, g: GoldClaim): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n <= (g.occurrence ?? 0); n++) {
    at = text.indexOf(g.quote, at + 1);
    if (at === -1) throw new Error(`gold quote not found: ${g.quote}`);
  }
  return { start: at, end: at + g.quote.length };
}

const sameValue = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

interface Score {
  gold: number;
  extracted: number;
  matched: number;
  qualifierAgrees: number;
  detailsAgree: number;
  detailsChecked: number;
  missed: string[];
  spurious: string[];
}

function scoreSeeds(): Score {
  const score: Score = { gold: 0, extracted: 0, matched: 0, qualifierAgrees: 0, detailsAgree: 0, detailsChecked: 0, missed: [], spurious: [] };
  for (const [file, goldClaims] of Object.entries(gold.articles)) {
    const text = normalizeText(readFileSync(join(root, 'seeds', file), 'utf8'));
    const claims = extractClaims(text, extractMetadata(text));
    const used = new Set<number>();
    score.gold += goldClaims.length;
    score.extracted += claims.length;
    for (const g of goldClaims) {
      const span = spanOf(text, g);
      const i = claims.findIndex(
        (c, k) => !used.has(k) && c.start < span.end && span.start < c.end && c.kind === g.kind && sameValue(c.value, g.value),
      );
      const c = claims[i];
      if (i === -1 || !c) {
        score.missed.push(`${file}: ${g.quote} [${g.kind} ${g.value}]`);
        continue;
      }
      used.add(i);
      score.matched++;
      if ((g.qualifier ?? 'exact') === c.qualifier) score.qualifierAgrees++;
      for (const [expected, actual] of [
        [g.total, c.total],
        [g.upper, c.upper],
        [g.modality, c.modality],
        [g.years?.join(','), c.years?.join(',')],
      ] as const) {
        if (expected === undefined) continue;
        score.detailsChecked++;
        if (expected === actual) score.detailsAgree++;
      }
    }
    claims.forEach((c, k) => {
      if (!used.has(k)) score.spurious.push(`${file}: ${c.quote} [${c.kind} ${c.value}]`);
    });
  }
  return score;
}

describe('seed gold (tests/fixtures/seeds-gold.json)', () => {
  const score = scoreSeeds();
  const recall = score.matched / score.gold;
  const precision = score.matched / Math.max(1, score.extracted);

  it('reports recall and precision of extractClaims on the five seeds', () => {
    console.log(
      `seed gold: recall ${recall.toFixed(3)} (${score.matched}/${score.gold}), precision ${precision.toFixed(3)} (${score.matched}/${score.extracted}), ` +
        `qualifier agreement ${(score.qualifierAgrees / Math.max(1, score.matched)).toFixed(3)}, ` +
        `total/upper/years/modality agreement ${score.detailsAgree}/${score.detailsChecked}`,
    );
    if (score.missed.length > 0) console.log(`missed:\n  ${score.missed.join('\n  ')}`);
    if (score.spurious.length > 0) console.log(`not in gold:\n  ${score.spurious.join('\n  ')}`);
    // The seeds are fully annotated and fully met: any miss or extra claim is a regression.
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });

  it('agrees with the gold qualifier, totals, years and modality of matched claims', () => {
    expect(score.qualifierAgrees / Math.max(1, score.matched)).toBeGreaterThanOrEqual(0.95);
    expect(score.detailsAgree / Math.max(1, score.detailsChecked)).toBeGreaterThanOrEqual(0.9);
  });
});
