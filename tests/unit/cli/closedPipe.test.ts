import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledEntry } from '../bundle';
import { repoRoot, seedsDir } from '../helpers';
import { cliProcess } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/**
 * The CLI as a real process whose stdout (and stderr) reader is gone before it writes a line, as `cli … | head -1`
 * leaves it once head has its line: resolves with the exit status.
 */
function withClosedPipes(args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const { CROSSCHECK_WORKSPACE: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, [bundledEntry('electron/cli.ts'), ...args], {
      cwd: repoRoot,
      env: { ...env, CROSSCHECK_REVIEWER: 'Lan' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    child.stderr.destroy();
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

describe('a CLI command whose output pipe is closed (`cli … | head -1`)', () => {
  it('still finishes: the import is saved, the workspace closed and its lock let go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-pipe-'));
    dirs.push(dir);
    const ws = join(dir, 'ws');
    expect(await withClosedPipes(['import', seedsDir, '--workspace', ws])).toBe(0);
    // Before: the process exited at the first failed write, its lock left behind; the next command took the lock
    // over from a dead process and said so on stderr.
    expect(existsSync(join(ws, 'lock'))).toBe(false);
    const list = await cliProcess(['list', '--workspace', ws], { env: { CROSSCHECK_REVIEWER: 'Lan' } });
    expect(list.code).toBe(0);
    expect(list.stderr).toBe('');
    expect((JSON.parse(list.stdout) as { articles: unknown[] }).articles).toHaveLength(5);
  });
});
