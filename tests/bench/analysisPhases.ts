/**
 * Where a full analysis spends its time, phase by phase (shared/analysis/progress.ts), and how well the
 * progress share an import shows follows it: for each phase, its time, its share of the whole, and the
 * share told as it started beside the share of the time actually gone by then. The largest gap between
 * the two is the figure to watch when the phases' weights are measured again. Prints figures; asserts
 * nothing. Generated news (tests/bench/generate.ts, as the desk bench's imported workspaces):
 *  - by default, extracted as an import does and analysed in steps by the engine alone (no store phase);
 *  - with --service, imported through the real service into a temporary workspace: the analysis after the
 *    files, with the service's pauses and its store phase (the findings compared and committed), timed
 *    from the share 0 it pushes. The phases' weights (MEASURED in progress.ts) come from this mode.
 *   nice node --max-old-space-size=8192 --import tsx tests/bench/analysisPhases.ts [articles=1000,10000] [--service]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceService } from '../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../electron/store/lowdbRepository';
import { buildDocument } from '../../shared/document';
import { FindingsAnalysis } from '../../shared/analysis';
import { AnalysisProgress, type AnalysisPhase } from '../../shared/analysis/progress';
import { generatedNews, writeGeneratedArticles } from './generate';

const counts = (process.argv.find((a, i) => i >= 2 && !a.startsWith('--')) ?? '1000,10000').split(',').map(Number);
const SERVICE = process.argv.includes('--service');

interface Start {
  phase: AnalysisPhase;
  at: number;
  share: number;
}

/** Every analysis's phase starts, with the time and the share told then (the service builds its own progress). */
const starts: Start[] = [];
const phase = AnalysisProgress.prototype.phase;
AnalysisProgress.prototype.phase = function (this: AnalysisProgress, p: AnalysisPhase): void {
  phase.call(this, p);
  starts.push({ phase: p, at: performance.now(), share: this.share });
};

function drive<T>(stages: Generator<void, T>): T {
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/** The engine alone: the time from the first phase to the findings, and the share where the store phase would start. */
function engineRun(count: number): { t0: number; end: number; scale: number; label: string } {
  const { articles, claims } = generatedNews(count, (raw, file, at) => buildDocument(raw, file, at));
  const progress = new AnalysisProgress(() => undefined);
  const t0 = performance.now();
  const analysis = drive(FindingsAnalysis.staged(articles, claims, progress));
  const findings = drive(analysis.findingsStaged([], { progress }));
  const end = performance.now();
  // The engine's part ends where the service's store phase starts: the shares told are read against it.
  progress.phase('store');
  const scale = starts.pop()?.share ?? 1;
  return { t0, end, scale, label: `${articles.length} articles, ${claims.length} claims → ${findings.length} findings (engine alone)` };
}

/** An import through the service: the time from the analysis's share 0 to the import's end. */
async function serviceRun(count: number): Promise<{ t0: number; end: number; scale: number; label: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-phases-'));
  try {
    const folder = writeGeneratedArticles(join(dir, 'articles'), count);
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(dir, 'ws')), seedsDir: null, defaultReviewer: 'Lan' });
    let t0 = 0;
    try {
      const report = await service.importPaths([folder], {
        cancelled: false,
        report: (p) => {
          if (p.analysis === 0 && t0 === 0) t0 = performance.now();
        },
      });
      const end = performance.now();
      const { claims } = await service.ctx.store.counts();
      const { total: findings } = await service.ctx.store.findings({ limit: 0 });
      return { t0, end, scale: 1, label: `${report.imported.length} articles, ${claims} claims → ${findings} findings (through the service, analysis after the files)` };
    } finally {
      await service.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const count of counts) {
  starts.length = 0;
  const { t0, end, scale, label } = SERVICE ? await serviceRun(count) : engineRun(count);
  const total = end - t0;
  console.log(`${label} in ${(total / 1000).toFixed(1)} s`);
  console.log('  phase            time   of all   share told at its start / time gone by then');
  let worst = 0;
  for (const [i, s] of starts.entries()) {
    const next = starts[i + 1]?.at ?? end;
    const gone = (s.at - t0) / total;
    const told = s.share / scale;
    worst = Math.max(worst, Math.abs(told - gone));
    console.log(
      `  ${s.phase.padEnd(14)} ${((next - s.at) / 1000).toFixed(2).padStart(7)} s ${((100 * (next - s.at)) / total).toFixed(1).padStart(6)} %   ${(100 * told).toFixed(1).padStart(5)} % / ${(100 * gone).toFixed(1).padStart(5)} %`,
    );
  }
  console.log(`  largest gap between the share told and the time gone at a phase's start: ${(100 * worst).toFixed(1)} points`);
}
