import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Article, Claim, Finding } from '../../../shared/schema';

/**
 * Precision and recall of the findings on the seeds against what a fact-checker expects
 * (tests/fixtures/seeds-findings-gold.json, written from the articles, not from the tool's output).
 * Runs the real pipeline: extraction (buildDocument) then detectFindings.
 */

interface GoldRef {
  article: string;
  quote: string;
}
interface GoldFinding {
  id: string;
  type: Finding['type'];
  rule: string;
  claims: GoldRef[];
}
interface GoldConsistent {
  id: string;
  required: boolean;
  claims: GoldRef[];
}
interface Gold {
  expected: GoldFinding[];
  expectedConsistent: GoldConsistent[];
  mustNotFlag: { claims: GoldRef[]; why: string }[];
}

const ROOT = join(__dirname, '../../..');
const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seeds-findings-gold.json'), 'utf8')) as Gold;

function load(): { articles: Article[]; claims: Claim[]; key: Map<string, string> } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const key = new Map<string, string>();
  const dir = join(ROOT, 'seeds');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = buildDocument(readFileSync(join(dir, file), 'utf8'), `seeds/${file}`, '2024-06-01T00:00:00Z');
    articles.push(doc.article);
    claims.push(...doc.claims);
    key.set(doc.article.id, file.slice(0, 3));
  }
  return { articles, claims, key };
}

const { articles, claims, key } = load();
const findings = detectFindings(articles, claims);
const claimById = new Map(claims.map((c) => [c.id, c]));

/** What a finding points at, as (article key, quote) pairs: its claims and its text spans. */
function refsOf(f: Finding): GoldRef[] {
  const refs: GoldRef[] = [];
  for (const id of f.claimIds) {
    const c = claimById.get(id);
    if (c) refs.push({ article: key.get(c.articleId) ?? '?', quote: c.quote });
  }
  for (const s of f.spans ?? []) refs.push({ article: key.get(s.articleId) ?? '?', quote: s.quote });
  return refs;
}

const covers = (f: Finding, wanted: readonly GoldRef[]): boolean => {
  const refs = refsOf(f);
  return wanted.every((w) => refs.some((r) => r.article === w.article && r.quote === w.quote));
};

const describeFinding = (f: Finding): string => `${f.type}/${f.rule ?? '?'}: ${refsOf(f).map((r) => `${r.article} «${r.quote}»`).join(' ~ ')}`;

describe('seeds against the fact-checker gold', () => {
  it('has gold references that name real claims or text (so no check passes vacuously)', () => {
    const texts = new Map(articles.map((a) => [key.get(a.id) ?? '?', a]));
    const refs = [...gold.expected, ...gold.expectedConsistent, ...gold.mustNotFlag].flatMap((g) => g.claims);
    const missing = refs.filter((r) => {
      const article = texts.get(r.article);
      if (!article) return true;
      return !claims.some((c) => c.articleId === article.id && c.quote === r.quote) && !article.text.includes(r.quote);
    });
    expect(missing).toEqual([]);
  });

  it('reaches recall 1.0 and precision ≥ 0.8 on non-consistent findings, and flags no must-not pair', () => {
    const flagged = findings.filter((f) => f.type !== 'consistent');
    const truePositives = flagged.filter((f) => gold.expected.some((g) => g.type === f.type && covers(f, g.claims)));
    const found = gold.expected.filter((g) => flagged.some((f) => f.type === g.type && covers(f, g.claims)));
    const precision = flagged.length === 0 ? 1 : truePositives.length / flagged.length;
    const recall = gold.expected.length === 0 ? 1 : found.length / gold.expected.length;
    const consistent = findings.filter((f) => f.type === 'consistent');
    const genuine = consistent.filter((f) => gold.expectedConsistent.some((g) => covers(f, g.claims)));
    const violations = gold.mustNotFlag.filter((p) => findings.some((f) => covers(f, p.claims)));

    console.log(
      [
        `seeds: ${findings.length} findings, ${flagged.length} non-consistent`,
        `precision ${precision.toFixed(2)} (${truePositives.length}/${flagged.length}), recall ${recall.toFixed(2)} (${found.length}/${gold.expected.length})`,
        `consistent: ${consistent.length}, genuine ${genuine.length}`,
        `must-not pairs flagged: ${violations.length}/${gold.mustNotFlag.length}`,
        ...flagged.filter((f) => !truePositives.includes(f)).map((f) => `  FP ${describeFinding(f)}`),
        ...gold.expected.filter((g) => !found.includes(g)).map((g) => `  FN ${g.id}`),
        ...consistent.filter((f) => !genuine.includes(f)).map((f) => `  wrong consistent ${describeFinding(f)}`),
      ].join('\n'),
    );

    expect(gold.expected.filter((g) => !found.includes(g)).map((g) => g.id)).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(violations.map((p) => p.claims.map((c) => `${c.article} «${c.quote}»`).join(' ~ '))).toEqual([]);
  });

  it('keeps "consistent" only for one fact confirmed twice, and finds the required confirmations', () => {
    const consistent = findings.filter((f) => f.type === 'consistent');
    expect(consistent.filter((f) => !gold.expectedConsistent.some((g) => covers(f, g.claims))).map(describeFinding)).toEqual([]);
    const required = gold.expectedConsistent.filter((g) => g.required);
    expect(required.filter((g) => !consistent.some((f) => covers(f, g.claims))).map((g) => g.id)).toEqual([]);
  });

  it('keeps the gold findings open and explained with their quotes and dates', () => {
    const streak = findings.find((f) => f.type === 'update' && covers(f, gold.expected[0]?.claims ?? []));
    expect(streak?.status).toBe('open');
    expect(streak?.explanation).toContain('8/3/2024');
    expect(streak?.explanation).toContain('8/5/2024');
  });
});
