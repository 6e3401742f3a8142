import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/errors';
import { bundledEntry } from '../bundle';
import { repoRoot } from '../helpers';
import { cli, cliProcess, markOlder } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const FILES = 1500;

/** A folder of short distinct articles (written for this test), enough that an import takes some seconds. */
function articles(dir: string): string {
  const folder = join(dir, 'in');
  mkdirSync(folder);
  for (let i = 0; i < FILES; i++)
    writeFileSync(join(folder, `bai-${i}.txt`), `Xã số ${i} hoàn thành chuyển đổi số\nNăm 2024, xã số ${i} có ${100 + i} hộ dùng dịch vụ công trực tuyến, đạt ${(i % 90) + 10}%.\n`);
  return folder;
}

/** Articles committed so far: the journal's lines of "article.import" commits (none before the workspace is created). */
function importedSoFar(ws: string): number {
  const journal = join(ws, 'journal');
  if (!existsSync(journal)) return 0;
  let n = 0;
  // (One line per commit; the action's name is written in it more than once: the commit's and its audit event's.)
  for (const f of readdirSync(journal)) n += readFileSync(join(journal, f), 'utf8').split('\n').filter((line) => line.includes('"action":"article.import"')).length;
  return n;
}

/**
 * Runs `cli import` as a real process and sends it Ctrl-C (SIGINT) once some files are in; with `again`, a second
 * SIGINT that many ms after the first.
 */
function interruptedImport(folder: string, ws: string, again?: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const { CROSSCHECK_WORKSPACE: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, [bundledEntry('electron/cli.ts'), 'import', folder, '--workspace', ws], { cwd: repoRoot, env: { ...env, CROSSCHECK_REVIEWER: 'Lan' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    // Interrupted once the journal holds two articles' commits: the import is under way, far from its end.
    const poll = setInterval(() => {
      if (importedSoFar(ws) < 2) return;
      clearInterval(poll);
      child.kill('SIGINT');
      if (again !== undefined) setTimeout(() => child.kill('SIGINT'), again);
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stderr });
    });
  });
}

describe('Ctrl-C during `cli import`', () => {
  it('stops between two files, keeps those imported and lets the lock go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-int-'));
    dirs.push(dir);
    const ws = join(dir, 'ws');
    const run = await interruptedImport(articles(dir), ws);
    // Partly done (exit 4): the stop is named on stderr, with the count of what came in.
    expect(run.code).toBe(EXIT.partial);
    expect(run.stderr).toContain('đã dừng theo yêu cầu (Ctrl-C)');
    const imported = Number(/đã nhập ([\d.]+),/u.exec(run.stderr)?.[1]?.replace(/\./g, ''));
    expect(imported).toBeGreaterThanOrEqual(2);
    expect(imported).toBeLessThan(FILES);
    // Before: the process ended at the signal and its lock stayed; the next command took it over from a dead process.
    expect(existsSync(join(ws, 'lock'))).toBe(false);
    const list = await cliProcess(['list', '--workspace', ws], { env: { CROSSCHECK_REVIEWER: 'Lan' } });
    expect(list.stderr).toBe('');
    expect((JSON.parse(list.stdout) as { articles: unknown[] }).articles).toHaveLength(imported);
  });
});

describe('one Ctrl-C delivered twice', () => {
  // The terminal signals the whole process group, and a launcher in it (tsx's command line) may pass the same
  // press on again a few ms later: that is still one Ctrl-C, which stops the import between two files.
  it('takes a second SIGINT 10 ms after the first as the same press: the import stops, says so, lets the lock go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-int-'));
    dirs.push(dir);
    const ws = join(dir, 'ws');
    const run = await interruptedImport(articles(dir), ws, 10);
    expect(run.code).toBe(EXIT.partial);
    expect(run.stderr).toContain('đã dừng theo yêu cầu (Ctrl-C)');
    expect(existsSync(join(ws, 'lock'))).toBe(false);
  });
});

/** Runs a CLI command as a real process and sends it Ctrl-C (SIGINT) once its stderr says `cue`. */
function interruptedAt(args: string[], cue: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const { CROSSCHECK_WORKSPACE: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, [bundledEntry('electron/cli.ts'), ...args], { cwd: repoRoot, env: { ...env, CROSSCHECK_REVIEWER: 'Lan' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      if (!sent && stderr.includes(cue)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Commits in a workspace's journal with this action (one line each; the action is written more than once in it). */
function commitsOf(ws: string, action: string): number {
  const journal = join(ws, 'journal');
  let n = 0;
  for (const f of readdirSync(journal)) n += readFileSync(join(journal, f), 'utf8').split('\n').filter((line) => line.includes(`"action":"${action}"`)).length;
  return n;
}

describe('Ctrl-C during `cli reextract`', () => {
  it('stops before the re-extraction writes anything, says so and lets the lock go', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-int-'));
    dirs.push(dir);
    const ws = join(dir, 'ws');
    const imported = await cli(['import', articles(dir), '--workspace', ws, '--silent'], { env: { CROSSCHECK_REVIEWER: 'Lan' } });
    expect(imported.code).toBe(EXIT.ok);
    const before = await cli(['list', '--workspace', ws], { env: { CROSSCHECK_REVIEWER: 'Lan' } });

    // Interrupted as soon as it says so: the workspace is open and the articles are being extracted again.
    const run = await interruptedAt(['reextract', '--workspace', ws], 'đang trích xuất lại');
    // Partly done (exit 4): the stop is named, and that nothing was re-extracted.
    expect(run.code).toBe(EXIT.partial);
    expect(run.stderr).toContain('đã dừng theo yêu cầu (Ctrl-C): chưa trích xuất lại bài nào');
    expect(existsSync(join(ws, 'lock'))).toBe(false);
    expect(commitsOf(ws, 'workspace.reextract')).toBe(0);
    const after = await cli(['list', '--workspace', ws], { env: { CROSSCHECK_REVIEWER: 'Lan' } });
    expect(after.stderr).toBe('');
    expect(after.stdout).toBe(before.stdout);
  });
});

describe('Ctrl-C during the re-extraction a workspace of an older engine gets before a command', () => {
  it('says it re-extracts, stops before it writes anything, runs no command and lets the lock go', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-int-'));
    dirs.push(dir);
    const ws = join(dir, 'ws');
    const imported = await cli(['import', articles(dir), '--workspace', ws, '--silent'], { env: { CROSSCHECK_REVIEWER: 'Lan' } });
    expect(imported.code).toBe(EXIT.ok);
    await markOlder(ws);
    const before = await cli(['list', '--workspace', ws], { env: { CROSSCHECK_REVIEWER: 'Lan' } });
    const extra = join(dir, 'extra.txt');
    writeFileSync(extra, 'Huyện mới hoàn thành chuyển đổi số\nNăm 2024, huyện có 4.321 hộ dùng dịch vụ công trực tuyến.\n');

    // An import into it: the workspace is extracted again first, which the run says before it starts.
    const run = await interruptedAt(['import', extra, '--workspace', ws], 'đang trích xuất lại');
    expect(run.stderr).toContain(`đang trích xuất lại 1.500 bài trước khi chạy lệnh (Ctrl-C để dừng)`);
    // Partly done (exit 4): the stop is named, nothing was re-extracted and the import did not run.
    expect(run.code).toBe(EXIT.partial);
    expect(run.stderr).toContain('đã dừng theo yêu cầu (Ctrl-C): chưa trích xuất lại bài nào, không gian làm việc giữ nguyên, lệnh chưa chạy');
    expect(existsSync(join(ws, 'lock'))).toBe(false);
    expect(commitsOf(ws, 'workspace.reextract')).toBe(0);
    const after = await cli(['list', '--workspace', ws], { env: { CROSSCHECK_REVIEWER: 'Lan' } });
    expect(after.stderr).toBe('');
    expect(after.stdout).toBe(before.stdout);
  });
});

