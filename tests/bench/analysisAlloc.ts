/**
 * Where the first analysis of the benchmark workspace allocates: V8's sampling heap profiler with the
 * objects already collected counted too (what the garbage collector has to sweep, not what stays), summed
 * by function (self) and by function with its callees (inclusive):
 *   [CALLERS=next,sort] npx tsx tests/bench/analysisAlloc.ts [claims=100000] [top=25]
 * Not part of the test suite.
 */
import { Session } from 'node:inspector';
import { detectFindings } from '../../shared/analysis';
import { generateWorkspace } from './analysisWorkspace';

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SampleNode[];
}

const size = Number(process.argv[2] ?? 100_000);
const top = Number(process.argv[3] ?? 25);
const session = new Session();
session.connect();
const post = (method: string, params?: object): Promise<unknown> =>
  new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));

const { articles, claims } = generateWorkspace(size);
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const t0 = performance.now();
const n = detectFindings(articles, claims).length;
const ms = performance.now() - t0;
const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: SampleNode } };

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const nameOf = (f: SampleNode['callFrame']) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(shared|electron|tests)\//, '$1/')}:${f.lineNumber + 1}`;
function walk(node: SampleNode, onStack: Set<string>): number {
  const name = nameOf(node.callFrame);
  self.set(name, (self.get(name) ?? 0) + node.selfSize);
  const fresh = !onStack.has(name);
  if (fresh) onStack.add(name);
  let total = node.selfSize;
  for (const child of node.children) total += walk(child, onStack);
  if (fresh) {
    inclusive.set(name, (inclusive.get(name) ?? 0) + total);
    onStack.delete(name);
  }
  return total;
}
const all = walk(profile.head, new Set());
// CALLERS=next,sort: which functions call these (their self allocation summed by caller).
const callersOf = new Set((process.env.CALLERS ?? '').split(',').filter(Boolean));
const byCaller = new Map<string, number>();
function callers(node: SampleNode, parent: string): void {
  const fn = node.callFrame.functionName;
  if (callersOf.has(fn)) byCaller.set(`${fn} <- ${parent}`, (byCaller.get(`${fn} <- ${parent}`) ?? 0) + node.selfSize);
  for (const child of node.children) callers(child, callersOf.has(fn) ? parent : nameOf(node.callFrame));
}
callers(profile.head, '(root)');
const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
console.log(`${size.toLocaleString('en-US')} claims: ${ms.toFixed(0)} ms, ${n} findings, ~${mb(all)} allocated (sampled)`);
console.log('\nself:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${mb(v).padStart(7)}  ${k}`);
if (callersOf.size > 0) {
  console.log('\ncallers:');
  for (const [k, v] of [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${mb(v).padStart(7)}  ${k}`);
}
console.log('\ninclusive:');
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${mb(v).padStart(7)}  ${k}`);
