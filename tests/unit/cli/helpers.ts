import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundledEntry } from '../bundle';
import { repoRoot } from '../helpers';

// electron/cli.ts bundled once per test process, so each CLI run in a test is a plain `node`
// process: the same code `npm run cli` runs through tsx. One test still runs it via tsx.
const cliBundle = (): string => bundledEntry('electron/cli.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
}

function envOf(options: CliOptions): NodeJS.ProcessEnv {
  // A workspace or desk named by the suite's own environment must never leak into a test.
  const { CROSSCHECK_WORKSPACE: _ignored, CROSSCHECK_DATABASE_URL: _desk, ...base } = process.env;
  return { ...base, ...options.env };
}

/** Runs the CLI as a real process and waits for it. */
export function cli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliBundle(), ...args], { cwd: options.cwd ?? repoRoot, env: envOf(options), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The CLI exactly as `npm run cli --` starts it: tsx on the TypeScript entry. */
export function cliViaTsx(args: string[]): CliRun {
  const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli.ts', ...args], { cwd: repoRoot, env: envOf({}), encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
