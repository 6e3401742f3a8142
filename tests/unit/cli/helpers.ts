import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { runCli } from '../../../electron/cli/run';
import { DATABASE_URL_ENV } from '../../../electron/services/desk';
import { openForWriting } from '../../../electron/services/open';
import { META_ID } from '../../../electron/store/port';
import { EXTRACTOR_VERSION } from '../../../shared/extract';
import { bundledEntry } from '../bundle';
import { repoRoot } from '../helpers';

// electron/cli.ts bundled once per test process, so each CLI run in a test is a plain `node`
// process: the same code `npm run cli` runs with tsx's loader. One test still runs it as package.json's script does.
const cliBundle = (): string => bundledEntry('electron/cli.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /**
   * Run it as a real `node` process (the bundled entry), not in this test process. Needed where the
   * test itself holds the workspace open (a writer of this process is closed by the next opening in
   * the same process, the e2e bridge's "restart"; another process is refused by the lock), and kept
   * for the suites that prove the entry itself: exit statuses, output streams, start-up.
   */
  process?: boolean;
}

/** The environment of a CLI run: the suite's, except a workspace or desk it names (never leaked into a test). */
function envOf(options: CliOptions): NodeJS.ProcessEnv {
  const { CROSSCHECK_WORKSPACE: _ignored, [DATABASE_URL_ENV]: _desk, ...base } = process.env;
  return { ...base, ...options.env };
}

/**
 * Runs the CLI and waits for it: by default in this process — `runCli`, the function the entry
 * (electron/cli.ts) calls, with the lines it writes to stdout and stderr and anything the services
 * print to the console captured as the process's streams would have them — and as a real process
 * with `options.process`. In this process, runs are taken one at a time (each sets the environment
 * it is given and restores it after): a test that needs two at once runs them as processes. A
 * process costs 0.3 s of start-up on a quiet machine and about 1 s on a loaded 2-core CI runner
 * (the 1.4 MB bundle compiled and evaluated each time); most CLI tests run a dozen commands.
 */
export function cli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  // Relative paths are read from the working folder: a run anywhere but this process's own is a process.
  if (options.process || (options.cwd ?? repoRoot) !== process.cwd()) return cliProcess(args, options);
  const run = queue.then(() => inThisProcess(args, options));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function inThisProcess(args: string[], options: CliOptions): Promise<CliRun> {
  const env = envOf(options);
  const saved = { ...process.env };
  const console_ = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  let stdout = '';
  let stderr = '';
  // As the console writes them (an error with its stack, which a test of one clean line must see).
  const toErr = (...parts: unknown[]) => void (stderr += `${format(...parts)}\n`);
  for (const key of Object.keys(process.env)) if (!(key in env) || env[key] === undefined) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value;
  Object.assign(console, { log: (...parts: unknown[]) => void (stdout += `${format(...parts)}\n`), info: toErr, warn: toErr, error: toErr });
  try {
    const code = await runCli(args, { out: (text) => void (stdout += `${text}\n`), err: (text) => void (stderr += `${text}\n`) });
    return { code, stdout, stderr };
  } finally {
    Object.assign(console, console_);
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** Runs the CLI as a real process (the bundled entry) and waits for it. */
export function cliProcess(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliBundle(), ...args], { cwd: options.cwd ?? repoRoot, env: envOf(options), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The CLI exactly as `npm run cli --` starts it: package.json's "cli" script (node with tsx's loader on the TypeScript entry). */
export function cliViaTsx(args: string[]): CliRun {
  const script = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: { cli: string } }).scripts.cli.split(/\s+/);
  if (script[0] !== 'node') throw new Error(`package.json's cli script no longer starts with node: ${script.join(' ')}`);
  const run = spawnSync(process.execPath, [...script.slice(1), ...args], { cwd: repoRoot, env: envOf({}), encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Marks a workspace as written by the extraction engine before this one (as an update of Crosscheck finds it). */
export async function markOlder(ws: string): Promise<void> {
  const service = await openForWriting(ws, { seedsDir: null, defaultReviewer: 'Lan' });
  const meta = await service.ctx.store.meta();
  await service.ctx.store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'meta', id: META_ID, before: meta, after: { ...meta, extractorVersion: EXTRACTOR_VERSION - 1 } }], audit: [] });
  await service.close();
}
