// What ran in each event-loop block of a bench run: `npx tsx tests/tools/profile-blocks.ts PROFILE SPANS`
// with PROFILE a .cpuprofile (node --cpu-prof) and SPANS the BENCH_BLOCKS file of the same run
// (tests/bench/blockSpans.ts). For each block: its wall time and the profile's samples in it by step
// (GC, or the first store/service step found up the sample's stack; else the innermost frames).
import { existsSync, readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const [profileFile, spansFile, steps = ''] = process.argv.slice(2);
if (!profileFile || !spansFile) throw new Error('usage: profile-blocks.ts PROFILE SPANS [step,step…]');
const p = JSON.parse(readFileSync(profileFile, 'utf8')) as { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
const STEPS = new Set([
  ...steps.split(',').filter(Boolean),
  'captureStaged', 'stringifyPieces', 'stringify', 'writeFileDurably', 'parseJsonStaged', 'collectGarbage', 'journalLine', 'findexEntry',
  'loadAuditStaged', 'verifyAuditChainStaged', 'replayJournal', 'applyStaged', 'parseBucket', 'parseFindingChunk', 'prepareStaged',
]);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const frame = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber + 1}`;
function stepOf(id: number): string {
  const chain: Node[] = [];
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) chain.push(byId.get(x)!);
  const self = chain[0]!.callFrame.functionName;
  if (self === '(garbage collector)' || self === '(program)' || self === '(idle)') return self;
  const hit = chain.find((n) => STEPS.has(n.callFrame.functionName));
  return hit ? hit.callFrame.functionName : chain.slice(0, 3).map(frame).join(' < ');
}
const at: number[] = [];
let t = p.startTime;
for (let i = 0; i < p.samples.length; i++) at.push((t += p.timeDeltas[i] ?? 0));
const spans = existsSync(spansFile) ? readFileSync(spansFile, 'utf8').trim().split('\n').map((l) => l.split(' ')) : [];
if (spans.length === 0) console.log('no block over 16 ms');
for (const [from, to, label] of spans) {
  const a = Number(from);
  const b = Number(to);
  const m = new Map<string, number>();
  for (let i = 0; i < at.length; i++) {
    if (at[i]! < a || at[i]! > b) continue;
    const s = stepOf(p.samples[i]!);
    m.set(s, (m.get(s) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const parts = [...m].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(1)}`);
  console.log(`${((b - a) / 1000).toFixed(1)} ms ${label ?? ''}: ${parts.join('; ')}`);
}
