// `npm run desk -- …` end to end, as a user runs it: a private server with `local` (what
// `npm run desk:local` does), publish a workspace file, verify, export it back, stop.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../shared/schema';
import { bundledEntry } from '../unit/bundle';

const run = promisify(execFile);
// Bundled once for the file (tests/unit/bundle.ts): the same code `npm run desk` starts through tsx, without tsx's
// start-up in each of the commands.
const CLI = bundledEntry('electron/store/postgres/deskCli.ts');

async function desk(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run desk', () => {
  it('local → publish → verify → export → stop, and the password is printed only where the user needs it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crosscheck-desk-local-'));
    try {
      const started = await desk(['local', folder]);
      expect(started.stderr).toBe('');
      expect(started.code).toBe(0);
      const url = /CROSSCHECK_DATABASE_URL='([^']+)'/.exec(started.stdout)?.[1];
      expect(url).toMatch(/^postgres:\/\/crosscheck:[^@]+@127\.0\.0\.1:\d+\/crosscheck$/);
      const password = decodeURIComponent(new URL(url!).password);
      // Durable commits (fsync on), grouped when several editors commit at once (commit_delay).
      const settings = new pg.Client({ connectionString: url });
      await settings.connect();
      try {
        const show = async (name: string) => (await settings.query(`SHOW ${name}`)).rows[0]?.[name];
        expect([await show('fsync'), await show('synchronous_commit'), await show('commit_delay'), await show('commit_siblings')]).toEqual(['on', 'on', '1000', '1']);
      } finally {
        await settings.end();
      }

      const fixture = join(process.cwd(), 'tests/fixtures/workspace-v1.json');
      const published = await desk(['publish', fixture, '--name', 'Lan'], { CROSSCHECK_DATABASE_URL: url! });
      expect(published.code).toBe(0);
      expect(published.stdout).toMatch(/Published .*: 5 articles, 121 claims, 5 reviews, 4 findings, 18 audit events\./);
      expect(published.stdout + published.stderr).not.toContain(password);

      const verified = await desk(['verify', '--database', url!]);
      expect(verified.code).toBe(0);
      expect(verified.stdout).toMatch(/verifies: 18 events/);
      expect(verified.stdout).not.toContain(password);
      expect(verified.stdout).toContain('postgres://crosscheck@127.0.0.1');

      const out = join(folder, 'home.json');
      const exported = await desk(['export', '--out', out, '--database', url!, '--name', 'Lan']);
      expect(exported.code).toBe(0);
      const original = Workspace.parse(JSON.parse(await readFile(fixture, 'utf8')));
      expect(Workspace.parse(JSON.parse(await readFile(out, 'utf8')))).toEqual(original);

      const stopped = await desk(['stop', folder]);
      expect(stopped.code).toBe(0);
    } finally {
      await desk(['stop', folder]);
      await rm(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
