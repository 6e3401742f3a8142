/**
 * Where extraction spends its time: a CPU profile of the engine (taken in this process with node:inspector)
 * summed by function — self time, the time of the regexes apart — and the inclusive time of the pipeline's
 * stages (the document's index, reading each number, describing each claim). Prints figures; asserts nothing.
 *   nice npx tsx tests/bench/extractProfile.ts [corpus|articles|adversarial|pattern] [runs=4] [top=30]
 *   HEAD='Hà Nội, ngày 5/3/2020\n' PATTERN='Theo báo cáo ngày 5/3 có 5 người ' nice npx tsx tests/bench/extractProfile.ts pattern 1
 *   STAGES=phraseBefore,finishNumber nice npx tsx tests/bench/extractProfile.ts   (other functions broken down)
 * corpus: the real-news corpus (…/shared/corpus, else the seeds) repeated to about 2 MB, as one text (as
 * `npm run bench`); articles: the same articles one by one, as an import extracts them; adversarial: 5 MB of the bench's "Công ty X (AB0) có 5 người." pattern (one claim per
 * sentence); pattern: PATTERN after HEAD (a `\n` in HEAD is a line break) repeated to 5 MB. A profile samples every 0.5 ms and slows the run down: compare shares, not times, with the bench.
 * Function names are those of the engine's sources; time in the regex engine counts as its caller's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { extractClaims, extractMetadata } from '../../shared/extract';
import { normalizeText } from '../../shared/text';
import { sharedCorpusDir } from '../unit/extract/corpusDir';
import { textFiles } from './benchHelpers';

const mode = process.argv[2] ?? 'corpus';
const runs = Number(process.argv[3] ?? 4);
const top = Number(process.argv[4] ?? 30);
const MB = 1024 * 1024;

function corpusTexts(): string[] {
  const corpus = sharedCorpusDir();
  const dirs = corpus ? [join(corpus, 'vi-news'), join(corpus, 'clusters')].filter((d) => existsSync(d)) : [join(import.meta.dirname, '..', '..', 'seeds')];
  return dirs.flatMap(textFiles).map((f) => normalizeText(readFileSync(f, 'utf8')));
}

function input(): string {
  if (mode === 'pattern') {
    // PATTERN (and an optional HEAD said once before it, e.g. a date line) repeated to 5 MB, as `npm run bench`'s claim-heavy runs.
    const head = (process.env.HEAD ?? '').replace(/\\n/g, '\n');
    const unit = process.env.PATTERN ?? 'Theo báo cáo ngày 5/3 có 5 người ';
    return head + unit.repeat(Math.ceil((5 * MB - head.length) / unit.length));
  }
  if (mode === 'adversarial') {
    const codes: string[] = [];
    for (const a of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') for (const b of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') for (let d = 0; d < 10; d++) codes.push(`Công ty X (${a}${b}${d}) có 5 người. `);
    const unit = codes.join('');
    return unit.repeat(Math.ceil((5 * MB) / unit.length)).slice(0, 5 * MB);
  }
  const unit = corpusTexts().join('\n\n');
  return Array.from({ length: Math.max(1, Math.ceil((2 * MB) / Buffer.byteLength(unit))) }, () => unit).join('\n\n');
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// articles: the corpus article by article, as an import extracts them (each its own document), four times over.
const articles = mode === 'articles' ? corpusTexts() : null;
const text = articles === null ? input() : articles.join('\n\n');
const extractAll = (): number => (articles === null ? extractClaims(text, extractMetadata(text)).length : articles.reduce((n, a) => n + extractClaims(a, extractMetadata(a)).length, 0));
extractClaims(text.slice(0, 200_000), extractMetadata(text.slice(0, 200_000))); // warm up the JIT
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
let claims = 0;
for (let i = 0; i < runs * (articles === null ? 1 : 4); i++) claims = extractAll();
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
session.disconnect();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfById = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  selfById.set(id, (selfById.get(id) ?? 0) + dt);
  total += dt;
});
const nameOf = (n: ProfileNode): string => {
  const f = n.callFrame;
  if (f.functionName.startsWith('RegExp:')) return `RegExp: ${f.functionName.slice(7, 80)}`;
  const file = f.url.split('/').slice(-2).join('/');
  return `${f.functionName || '(anonymous)'} ${file}`;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
/** Per function: the time of each function it calls directly (their inclusive time under it). */
const children = new Map<string, Map<string, number>>();
for (const [id, t] of selfById) {
  const node = byId.get(id) as ProfileNode;
  self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + t);
  // Each function on the sample's stack once (recursion counted once).
  const seen = new Set<string>();
  let callee: string | null = null;
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const name = (byId.get(cur) as ProfileNode).callFrame.functionName;
    if (!seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + t);
      if (callee !== null) {
        const m = children.get(name) ?? new Map<string, number>();
        m.set(callee, (m.get(callee) ?? 0) + t);
        children.set(name, m);
      }
    }
    callee = name;
  }
}
const ms = (us: number): string => `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`${mode}: ${(Buffer.byteLength(text) / MB).toFixed(1)} MB × ${runs * (articles === null ? 1 : 4)} runs, ${claims} claims a run; ${(total / 1000).toFixed(0)} ms sampled`);
console.log('stages (inclusive), each with the functions it calls that take most:');
const stages = process.env.STAGES?.split(',') ?? ['splitSentences', 'indexDocument', 'indexEntities', 'readExpression', 'readDigits', 'describeClaim', 'readMetric', '(garbage collector)'];
for (const stage of stages) {
  console.log(`  ${ms(inclusive.get(stage) ?? 0)}  ${stage}`);
  const callees = children.get(stage);
  if (callees) for (const [name, t] of [...callees].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`      ${ms(t)}  ${name}`);
}
console.log(`self time, top ${top}:`);
for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(t)}  ${name}`);
