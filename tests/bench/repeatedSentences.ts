/**
 * Two reports of one event that each repeat figure sentences N times (issue 10: a price list or a results table
 * must not stall the background analysis): the time of the analysis of the two together (detectFindings, as the
 * findings service runs it), then of the same-event matching alone (sameEvent.ts `eventMatches`), on this tree and
 * on another checkout's `shared/` (main's, given as the first argument or /work/main), alternated on the same load.
 *   npx tsx tests/bench/repeatedSentences.ts [otherRoot] [N…]   (default N: 32 128 512 1000)
 * Not part of the test suite: tests/unit/analysis/repeated73.test.ts holds the growth bound.
 */
import { buildDocument } from '../../shared/document';
import type { Article, Claim } from '../../shared/schema';
import { repeatedShapes } from './repeatedShapes';

type Detect = (articles: readonly Article[], claims: readonly Claim[]) => { length: number }[] | unknown[];
interface Matching {
  passagesOf(article: Article): unknown[];
  eventMatches(a: unknown[], b: unknown[], raised: unknown): unknown[];
  DecidedSentences: new () => unknown;
}

const args = process.argv.slice(2);
const otherRoot = args[0] !== undefined && !/^\d+$/.test(args[0]) ? (args.shift() as string) : '/work/main';
const sizes = args.length ? args.map(Number) : [32, 128, 512, 1000];

async function main(): Promise<void> {
  const here = (await import('../../shared/analysis')) as { detectFindings: Detect };
  const there = (await import(`${otherRoot}/shared/analysis/index.ts`)) as { detectFindings: Detect };
  const matching = async (root: string): Promise<Matching> => ({ ...(await import(`${root}/shared/analysis/passages.ts`)), ...(await import(`${root}/shared/analysis/sameEvent.ts`)) }) as Matching;
  const [matchHere, matchThere] = [await matching('../..'), await matching(otherRoot)];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (const shape of repeatedShapes) {
    for (const n of sizes) {
      const [ta, tb] = shape.texts(n);
      const a = buildDocument(ta, 'bench/a.txt', '2026-01-01T00:00:00Z');
      const b = buildDocument(tb, 'bench/b.txt', '2026-01-01T00:00:00Z');
      const run = (detect: Detect): { ms: number; findings: number } => {
        // Fresh article objects: nothing kept by a previous run (passages, views) is read again.
        const articles = [
          { ...a.article, outlet: 'Báo A' },
          { ...b.article, outlet: 'Báo B' },
        ];
        const t0 = cpu();
        const findings = detect(articles, [...a.claims, ...b.claims]);
        return { ms: cpu() - t0, findings: findings.length };
      };
      const times = { here: Infinity, there: Infinity };
      let found = { here: 0, there: 0 };
      const rounds = n >= 512 ? 2 : 3;
      for (let r = 0; r < rounds; r++) {
        const x = run(there.detectFindings);
        const y = run(here.detectFindings);
        times.there = Math.min(times.there, x.ms);
        times.here = Math.min(times.here, y.ms);
        found = { there: x.findings, here: y.findings };
      }
      console.log(`${shape.name.padEnd(14)} N=${String(n).padStart(4)}  claims ${String(a.claims.length + b.claims.length).padStart(5)}  other ${times.there.toFixed(0).padStart(7)} ms (${found.there} findings)  this ${times.here.toFixed(0).padStart(6)} ms (${found.here} findings)`);
    }
  }
  // The same-event matching alone, with no sentence decided by the passage rule (every figure compared).
  for (const shape of repeatedShapes) {
    for (const n of sizes) {
      const [ta, tb] = shape.texts(n);
      const run = (m: Matching): { ms: number; matches: number } => {
        const a = m.passagesOf({ id: 'a', source: 'a.txt', text: ta, title: null, outlet: null, author: null, publishedAt: null, importedAt: '2026-01-01T00:00:00Z' });
        const b = m.passagesOf({ id: 'b', source: 'b.txt', text: tb, title: null, outlet: null, author: null, publishedAt: null, importedAt: '2026-01-01T00:00:00Z' });
        const t0 = cpu();
        const matches = m.eventMatches(a, b, new m.DecidedSentences()).length;
        return { ms: cpu() - t0, matches };
      };
      const times = { here: Infinity, there: Infinity };
      let found = { here: 0, there: 0 };
      for (let r = 0; r < 3; r++) {
        const x = run(matchThere);
        const y = run(matchHere);
        times.there = Math.min(times.there, x.ms);
        times.here = Math.min(times.here, y.ms);
        found = { there: x.matches, here: y.matches };
      }
      console.log(`eventMatches ${shape.name.padEnd(14)} N=${String(n).padStart(4)}  other ${times.there.toFixed(1).padStart(8)} ms (${found.there} matches)  this ${times.here.toFixed(1).padStart(7)} ms (${found.here} matches)`);
    }
  }
}
void main();
