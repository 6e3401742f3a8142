/**
 * Where a full analysis spends its time, phase by phase (shared/analysis/progress.ts), and how well the
 * progress share an import shows follows it: for each phase, its time, its share of the whole, and the
 * share told as it started beside the share of the time actually gone by then. The largest gap between
 * the two is the figure to watch when the phases' weights are measured again. Prints figures; asserts
 * nothing. Generated news (tests/bench/generate.ts, as the desk bench's imported workspaces), extracted
 * as an import does, analysed in steps as the service does (without its pauses).
 *   nice node --max-old-space-size=8192 --import tsx tests/bench/analysisPhases.ts [articles=1000,10000]
 */
import { buildDocument } from '../../shared/document';
import { FindingsAnalysis } from '../../shared/analysis';
import { AnalysisProgress, type AnalysisPhase } from '../../shared/analysis/progress';
import { generatedNews } from './generate';

const counts = (process.argv[2] ?? '1000,10000').split(',').map(Number);

/** The progress an import shows, with the time each phase started and the share told then. */
class Recorded extends AnalysisProgress {
  readonly starts: Array<{ phase: AnalysisPhase; at: number; share: number }> = [];
  constructor() {
    super(() => undefined);
  }
  override phase(phase: AnalysisPhase): void {
    super.phase(phase);
    this.starts.push({ phase, at: performance.now(), share: this.share });
  }
}

function drive<T>(stages: Generator<void, T>): T {
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

for (const count of counts) {
  const { articles, claims } = generatedNews(count, (raw, file, at) => buildDocument(raw, file, at));
  const progress = new Recorded();
  const t0 = performance.now();
  const analysis = drive(FindingsAnalysis.staged(articles, claims, progress));
  const findings = drive(analysis.findingsStaged([], { progress }));
  const end = performance.now();
  const total = end - t0;
  // The engine's part ends where the service's store phase starts: the shares told are read against it.
  progress.phase('store');
  const engine = progress.starts.pop()?.share ?? 1;
  console.log(`${articles.length} articles, ${claims.length} claims → ${findings.length} findings in ${(total / 1000).toFixed(1)} s`);
  console.log(`  phase            time   of all   share told at its start / time gone by then (of the engine's ${(100 * engine).toFixed(1)} %)`);
  let worst = 0;
  for (const [i, s] of progress.starts.entries()) {
    const next = progress.starts[i + 1]?.at ?? end;
    const gone = (s.at - t0) / total;
    const told = s.share / engine;
    worst = Math.max(worst, Math.abs(told - gone));
    console.log(
      `  ${s.phase.padEnd(14)} ${((next - s.at) / 1000).toFixed(2).padStart(7)} s ${((100 * (next - s.at)) / total).toFixed(1).padStart(6)} %   ${(100 * told).toFixed(1).padStart(5)} % / ${(100 * gone).toFixed(1).padStart(5)} %`,
    );
  }
  console.log(`  largest gap between the share told and the time gone: ${(100 * worst).toFixed(1)} points`);
}
