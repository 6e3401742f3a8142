/**
 * What findings cost in memory, per finding, on generated news (issue 9: 10,000 generated articles must
 * import within the default heap). Prints the heap after gc once the analysis is built, once the
 * findings are assembled and with their JSON, then what each part of the kept analysis holds (dropped
 * one by one), and where the copied-passage findings fall (distinct passage wordings × figure positions).
 *   node --expose-gc --import tsx tests/bench/findingsMemory.bench.ts [articles=1000]
 * Figures only, no assertion. Reads the analysis's private fields to drop them: a measurement, not an API.
 *
 * Read the totals, not the split, to compare versions: the net cost is "analysis + findings" per finding
 * (1,000 articles, this script: 5.35 kB on f9370aa, 4.22 kB after the findmem change, i.e. 343 -> 270 MB,
 * a fifth less; it includes the per-claim caches the analysis fills). The split moves with the design:
 * the explanation text used to be held by the analysis and is now held by each finding (about 470 B per
 * finding moved, not saved), and an object reachable from two parts is counted where it is dropped
 * first (the shared passage sides are held by the drafts and by the analysis context's caches, so they
 * show under "analysis context", not under "aligned-passage drafts").
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FindingsAnalysis } from '../../shared/analysis';
import { buildDocument } from '../../shared/document';
import type { Article, Claim, Finding } from '../../shared/schema';
import { writeGeneratedArticles } from './generate';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx');
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const mb = (x: number): string => `${x.toFixed(0)} MB`;

const count = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-findmem-'));
let input: { articles: Article[]; claims: Claim[] } = { articles: [], claims: [] };
try {
  writeGeneratedArticles(dir, count);
  for (const f of readdirSync(dir).sort()) {
    const doc = buildDocument(readFileSync(join(dir, f), 'utf8'), f, '2026-01-01T00:00:00Z');
    input.articles.push(doc.article);
    input.claims.push(...doc.claims);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const h0 = heap();
console.log(`${count} generated articles, ${input.claims.length} claims: heap ${mb(h0)}`);
let t = performance.now();
const analysis = new FindingsAnalysis(input.articles, input.claims) as unknown as FindingsAnalysis & Record<string, unknown>;
const h1 = heap();
console.log(`analysis built in ${((performance.now() - t) / 1000).toFixed(1)} s: heap ${mb(h1)} (+${mb(h1 - h0)})`);
t = performance.now();
let findings: Finding[] | null = analysis.findings();
const n = findings.length;
const h2 = heap();
console.log(`${n} findings assembled in ${((performance.now() - t) / 1000).toFixed(1)} s: heap ${mb(h2)} (+${mb(h2 - h1)}); net, analysis + findings ${((h2 - h0) * 1e3 / n).toFixed(2)} kB per finding`);
const byRule = new Map<string, number>();
for (const f of findings) byRule.set(f.rule ?? '?', (byRule.get(f.rule ?? '?') ?? 0) + 1);
console.log(`  by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([r, k]) => `${r} ${k}`).join(', ')}`);

// Copied-passage findings by (sentence wording with numbers masked, figure position): one finding per
// such place listing its values would be what the pairs below describe.
const places = new Map<string, number>();
let copied = 0;
for (const f of findings) {
  const facts = f.facts as { rule?: string; basis?: string; a?: { sentence: { start: number; text: string }; figure: { start: number } } } | undefined;
  if (f.rule !== 'aligned-passage' || facts?.basis === 'same-event' || !facts?.a) continue;
  copied++;
  const { sentence, figure } = facts.a;
  const position = (sentence.text.slice(0, figure.start - sentence.start).match(/\d+/g) ?? []).length;
  const key = `${sentence.text.replace(/\d+/g, '#')}|${position}`;
  places.set(key, (places.get(key) ?? 0) + 1);
}
const sizes = [...places.values()].sort((a, b) => b - a);
console.log(`  copied-passage findings ${copied} at ${places.size} (wording, figure position) places: max ${sizes[0] ?? 0}, median ${sizes[Math.floor(sizes.length / 2)] ?? 0} per place`);

let json: string | null = JSON.stringify(findings);
const h3 = heap();
console.log(`findings as JSON: ${(json.length / 1e6).toFixed(0)} M chars (${(json.length / n).toFixed(0)} per finding), heap ${mb(h3)}`);
json = null;

let before = heap();
const drop = (label: string, fn: () => void): void => {
  fn();
  const h = heap();
  console.log(`  ${label.padEnd(44)} ${mb(before - h).padStart(7)}  ${(((before - h) * 1e6) / n).toFixed(0).padStart(5)} B per finding`);
  before = h;
};
console.log('held, dropped one by one:');
drop('findings (the assembled records)', () => (findings = null));
drop('ids and fingerprints', () => (analysis['assembled'] = new WeakMap()));
const passages = analysis['passages'] as { drafts: unknown[]; pairs: unknown[]; copies: unknown };
drop('aligned-passage drafts', () => (passages.drafts = []));
drop('analysis context (shared sides, sentences)', () => (analysis['ctx'] = { articles: new Map(), claimsByArticle: new Map() }));
drop('aligned pairs', () => ((passages.pairs = []), (analysis['pairsByArticle'] = new Map())));
drop('copies (which articles copy each other)', () => (passages.copies = new Set()));
drop('claim pairs of aligned / same-event drafts', () => ((analysis['alignedClaimPairs'] = new Map()), (analysis['eventClaimPairs'] = new Map())));
drop('cross-source drafts', () => ((analysis['crossByBlock'] = new Map()), (analysis['clustersByBlock'] = new Map()), (analysis['crossPairs'] = new Map())));
drop('internal drafts', () => (analysis['internalByArticle'] = new Map()));
drop('facts and blocks', () => ((analysis['factsByClaim'] = new Map()), (analysis['blocks'] = new Map())));
console.log(`left: heap ${mb(before)} against ${mb(h0)} for the articles and claims alone (caches kept per claim and sentence)`);
input = { articles: [], claims: [] };
