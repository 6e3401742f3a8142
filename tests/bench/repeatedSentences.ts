/**
 * Two reports of one event that each repeat figure sentences N times (issue 10: a price list or a results table
 * must not stall the background analysis): the time of the analysis of the two together (detectFindings, as the
 * findings service runs it), then of the same-event matching alone (sameEvent.ts `eventMatches`), on this tree and
 * and, given another checkout as the first argument, on its `shared/` too (main's, say), alternated on the same load.
 *   npx tsx tests/bench/repeatedSentences.ts [otherRoot] [N…]   (default N: 32 128 512 1000)
 * Not part of the test suite: tests/unit/analysis/repeated73.test.ts holds the growth bound.
 */
import { buildDocument } from '../../shared/document';
import type { Article, Claim } from '../../shared/schema';
import { cpuMs as cpu } from '../unit/growth';
import { repeatedShapes } from './repeatedShapes';

type Detect = (articles: readonly Article[], claims: readonly Claim[]) => { length: number }[] | unknown[];
interface Matching {
  passagesOf(article: Article): unknown[];
  eventMatches(a: unknown[], b: unknown[], raised: unknown): unknown[];
  DecidedSentences: new () => unknown;
}

const args = process.argv.slice(2);
const otherRoot = args[0] !== undefined && !/^\d+$/.test(args[0]) ? (args.shift() as string) : null;
const sizes = args.length ? args.map(Number) : [32, 128, 512, 1000];

/** Each side's least time over `rounds` runs alternated (the other checkout first), and its count. */
function alternated(rounds: number, sides: (() => { ms: number; count: number })[]): { ms: number; count: number }[] {
  const best = sides.map(() => ({ ms: Infinity, count: 0 }));
  for (let r = 0; r < rounds; r++) {
    sides.forEach((run, i) => {
      const x = run();
      best[i] = { ms: Math.min((best[i] as { ms: number }).ms, x.ms), count: x.count };
    });
  }
  return best;
}
/** "other … ms (n …)  this … ms (n …)", or this tree's alone. */
const told = (got: { ms: number; count: number }[], what: string, digits: number): string =>
  got.map((g, i) => `${got.length > 1 && i === 0 ? 'other' : 'this'} ${g.ms.toFixed(digits).padStart(7)} ms (${g.count} ${what})`).join('  ');

async function main(): Promise<void> {
  const roots = [...(otherRoot === null ? [] : [otherRoot]), '../..'];
  const detects = await Promise.all(roots.map(async (root) => ((await import(`${root}/shared/analysis/index.ts`)) as { detectFindings: Detect }).detectFindings));
  const matchings = await Promise.all(roots.map(async (root) => ({ ...(await import(`${root}/shared/analysis/passages.ts`)), ...(await import(`${root}/shared/analysis/sameEvent.ts`)) }) as Matching));
  for (const shape of repeatedShapes) {
    for (const n of sizes) {
      const [ta, tb] = shape.texts(n);
      const a = buildDocument(ta, 'bench/a.txt', '2026-01-01T00:00:00Z');
      const b = buildDocument(tb, 'bench/b.txt', '2026-01-01T00:00:00Z');
      const run = (detect: Detect) => () => {
        // Fresh article objects: nothing kept by a previous run (passages, views) is read again.
        const articles = [
          { ...a.article, outlet: 'Báo A' },
          { ...b.article, outlet: 'Báo B' },
        ];
        const t0 = cpu();
        const findings = detect(articles, [...a.claims, ...b.claims]);
        return { ms: cpu() - t0, count: findings.length };
      };
      const got = alternated(n >= 512 ? 2 : 3, detects.map(run));
      console.log(`${shape.name.padEnd(14)} N=${String(n).padStart(4)}  claims ${String(a.claims.length + b.claims.length).padStart(5)}  ${told(got, 'findings', 0)}`);
    }
  }
  // The same-event matching alone, with no sentence decided by the passage rule (every figure compared).
  for (const shape of repeatedShapes) {
    for (const n of sizes) {
      const [ta, tb] = shape.texts(n);
      const run = (m: Matching) => () => {
        const a = m.passagesOf({ id: 'a', source: 'a.txt', text: ta, title: null, outlet: null, author: null, publishedAt: null, importedAt: '2026-01-01T00:00:00Z' });
        const b = m.passagesOf({ id: 'b', source: 'b.txt', text: tb, title: null, outlet: null, author: null, publishedAt: null, importedAt: '2026-01-01T00:00:00Z' });
        const t0 = cpu();
        const count = m.eventMatches(a, b, new m.DecidedSentences()).length;
        return { ms: cpu() - t0, count };
      };
      console.log(`eventMatches ${shape.name.padEnd(14)} N=${String(n).padStart(4)}  ${told(alternated(3, matchings.map(run)), 'matches', 1)}`);
    }
  }
}
void main();
