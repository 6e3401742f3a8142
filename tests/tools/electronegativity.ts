/**
 * Doyensec Electronegativity over the app's own code (electron/, renderer/index.html, renderer/src,
 * package.json), compared with the checked-in list of explained findings
 * (docs/security/electronegativity.json). A finding that is not on the list fails; so does a list
 * entry that no longer matches anything (the list must stay true).
 *
 *   npx tsx tests/tools/electronegativity.ts          # report; exit 1 on an unexplained or stale entry
 *   npx tsx tests/tools/electronegativity.ts DIR      # scan another folder (as is) against the list
 *
 * The scan runs in a child process: the runner registers i18n globals and prints to the console.
 * The check that needs the network (AvailableSecurityFixesGlobalCheck: Electron's release list) is
 * left out; the Electron version is pinned by package.json and given to the scanner.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const acceptedListPath = join(repoRoot, 'docs/security/electronegativity.json');

export interface ScanFinding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  sample: string;
}

export interface AcceptedFinding {
  check: string;
  file: string;
  /** The code the finding points at (its first line, trimmed), or "N/A" for a global check without one. */
  sample: string;
  /** Why this finding stays. */
  why: string;
}

export interface ScanResult {
  findings: ScanFinding[];
  /** Files the scanner could not parse (they were not checked). */
  errors: Array<{ file: string; message: string }>;
}

const runnerScript = `
const [runnerPath, input, electronVersion, outFile] = process.argv.slice(1);
const run = require(runnerPath);
run({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'], customScan: [], parserPlugins: [] }, false)
  .then((r) => {
    const findings = r.issues.map((i) => ({ check: i.id, severity: i.severity.name, confidence: i.confidence.name, file: i.file, line: i.location.line, sample: String(i.sample ?? 'N/A') }));
    const errors = r.errors.filter((e) => !e.tolerable).map((e) => ({ file: String(e.file), message: String(e.message) }));
    require('node:fs').writeFileSync(outFile, JSON.stringify({ findings, errors }));
  })
  .catch((e) => { console.error(e && e.stack ? e.stack : String(e)); process.exit(1); });
`;

/** Runs Electronegativity on a folder as it is. */
export async function scanFolder(folder: string): Promise<ScanResult> {
  const require = createRequire(join(repoRoot, 'package.json'));
  const runnerPath = require.resolve('@doyensec/electronegativity');
  const electronVersion = (JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const work = await mkdtemp(join(tmpdir(), 'crosscheck-eng-'));
  const outFile = join(work, 'result.json');
  try {
    await new Promise<void>((done, fail) => {
      execFile(process.execPath, ['-e', runnerScript, runnerPath, folder, electronVersion, outFile], { cwd: work, env: { ...process.env, LANG: 'en-US' }, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
        if (error) fail(new Error(`electronegativity failed: ${stderr || error.message}`));
        else done();
      });
    });
    const result = JSON.parse(await readFile(outFile, 'utf8')) as ScanResult;
    result.findings = result.findings.map((f) => ({ ...f, file: f.file.replaceAll('\\', '/'), sample: firstLine(f.sample) }));
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function firstLine(sample: string): string {
  return (sample.split('\n')[0] ?? '').trim();
}

/** The app's own code, copied to a temp folder (the scanner takes one folder; node_modules stays out). */
export async function scanApp(): Promise<ScanResult> {
  const work = await mkdtemp(join(tmpdir(), 'crosscheck-eng-src-'));
  try {
    await cp(join(repoRoot, 'electron'), join(work, 'electron'), { recursive: true });
    await mkdir(join(work, 'renderer'));
    await cp(join(repoRoot, 'renderer/index.html'), join(work, 'renderer/index.html'));
    await cp(join(repoRoot, 'renderer/src'), join(work, 'renderer/src'), { recursive: true });
    await cp(join(repoRoot, 'package.json'), join(work, 'package.json'));
    return await scanFolder(work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function readAcceptedList(path = acceptedListPath): Promise<AcceptedFinding[]> {
  const list = JSON.parse(await readFile(path, 'utf8')) as { findings: AcceptedFinding[] };
  for (const entry of list.findings) {
    if (!entry.check || !entry.file || !entry.sample || !entry.why?.trim()) throw new Error(`${path}: every entry needs check, file, sample and why (${JSON.stringify(entry)})`);
  }
  return list.findings;
}

const keyOf = (f: { check: string; file: string; sample: string }): string => `${f.check}\u0000${f.file}\u0000${f.sample}`;

/**
 * Findings not explained by the list, and list entries that match no finding. An entry explains
 * every finding with its check, file and sample (line numbers move with unrelated edits).
 */
export function compareWithList(findings: readonly ScanFinding[], accepted: readonly AcceptedFinding[]): { unexplained: ScanFinding[]; stale: AcceptedFinding[] } {
  const explained = new Set(accepted.map(keyOf));
  const seen = new Set(findings.map(keyOf));
  return {
    unexplained: findings.filter((f) => !explained.has(keyOf(f))),
    stale: accepted.filter((a) => !seen.has(keyOf(a))),
  };
}

export function describeFinding(f: ScanFinding): string {
  return `${f.check} (${f.severity}/${f.confidence}) ${f.file}:${f.line} ${f.sample}`;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  const result = folder ? await scanFolder(resolve(folder)) : await scanApp();
  const { unexplained, stale } = compareWithList(result.findings, await readAcceptedList());
  console.log(`${result.findings.length} findings, ${unexplained.length} unexplained, ${stale.length} stale list entries, ${result.errors.length} unparsed files`);
  for (const f of unexplained) console.log(`NEW   ${describeFinding(f)}`);
  for (const a of stale) console.log(`STALE ${a.check} ${a.file} ${a.sample}`);
  for (const e of result.errors) console.log(`UNPARSED ${e.file}: ${e.message}`);
  if (unexplained.length > 0 || stale.length > 0 || result.errors.length > 0) process.exitCode = 1;
}

if (process.argv[1] && /electronegativity\.ts$/.test(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
