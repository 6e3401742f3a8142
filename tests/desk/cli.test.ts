// The command line against a shared desk: import, review, list, check and export with --database
// (or CROSSCHECK_DATABASE_URL), as real processes against the run's real PostgreSQL server.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, type CliRun } from '../unit/cli/helpers';
import { freshDatabase } from './helpers';

const seeds = resolve(__dirname, '../../seeds');
const osUser = userInfo().username;

// Each test starts several CLI processes (tsx): on a loaded 2-core machine one took 17 s, a test over 120 s.
describe('CLI with --database (real server)', { timeout: 300_000 }, () => {
  let url: string;
  let password: string;
  let dir: string;
  const runs: CliRun[] = [];

  const run = async (args: string[], env: Record<string, string | undefined> = {}) => {
    const r = await cli(args, { env: { CROSSCHECK_REVIEWER: 'Lan', ...env } });
    runs.push(r);
    return r;
  };
  const json = (r: CliRun) => {
    expect(r.stderr.split('\n').filter((l) => l.startsWith('crosscheck:'))).toEqual([]);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };

  beforeAll(async () => {
    url = await freshDatabase('cli');
    password = decodeURIComponent(new URL(url).password);
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-desk-cli-'));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('import, list, review (two editors), check and export — through --database and the environment variable', async () => {
    const imported = json(await run(['import', seeds, '--database', url]));
    expect((imported.imported as unknown[]).length).toBe(5);

    const listed = json(await run(['list'], { CROSSCHECK_DATABASE_URL: url })) as { articles: { claims: { id: string; status: string }[] }[] };
    const claims = listed.articles.flatMap((a) => a.claims);
    expect(listed.articles).toHaveLength(5);
    expect(claims).toHaveLength(120);
    expect(claims.every((c) => c.status === 'unreviewed')).toBe(true);

    const first = json(await run(['review', claims[0]!.id, '--status', 'verified', '--note', 'Khớp báo cáo', '--database', url]));
    expect(first.reviewer).toBe(`Lan (${osUser})`);
    const second = json(await run(['review', claims[1]!.id, '--status', 'corrected', '--value', '1300', '--database', url], { CROSSCHECK_REVIEWER: 'Minh' }));
    expect(second.reviewer).toBe(`Minh (${osUser})`);
    expect(second.correctedValue).toBe(1300);

    const after = json(await run(['list', '--database', url])) as typeof listed;
    const status = new Map(after.articles.flatMap((a) => a.claims).map((c) => [c.id, c.status]));
    expect(status.get(claims[0]!.id)).toBe('verified');
    expect(status.get(claims[1]!.id)).toBe('corrected');

    const checked = json(await run(['check', '--database', url])) as { articles: unknown[]; findings: { id: string }[] };
    expect(checked.articles).toHaveLength(5);
    expect(checked.findings.length).toBeGreaterThan(0);

    const out = join(dir, 'claims.csv');
    const exported = json(await run(['export', '--format', 'csv', '--out', out, '--database', url]));
    expect(exported.count).toBe(2);
    const csv = await readFile(out, 'utf8');
    expect(csv).toContain('Khớp báo cáo');
    expect(csv).toContain(`Minh (${osUser})`);

    // Nothing printed by any of these runs carries the password.
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(password);
    expect(csv).not.toContain(password);
  });

  it("import, list, review, check (the desk's findings, no files) and export — with CROSSCHECK_DATABASE_URL alone", async () => {
    const other = await freshDatabase('cli_env');
    const env = { CROSSCHECK_DATABASE_URL: other, CROSSCHECK_REVIEWER: 'Hà' };
    const imported = json(await run(['import', join(seeds, '000_1fe02d8b3e3b3513.txt')], env));
    expect((imported.imported as unknown[]).length).toBe(1);
    const listed = json(await run(['list'], env)) as { articles: { claims: { id: string }[] }[] };
    expect(listed.articles).toHaveLength(1);
    const target = listed.articles[0]!.claims[0]!.id;
    const reviewed = json(await run(['review', target, '--status', 'flagged', '--note', 'Cần nguồn'], env));
    expect(reviewed.reviewer).toBe(`Hà (${osUser})`);
    const checked = json(await run(['check'], env)) as { articles: unknown[]; findings: unknown[] };
    expect(checked.articles).toHaveLength(1);
    const out = join(dir, 'env.json');
    const exported = json(await run(['export', '--format', 'json', '--out', out], env));
    expect(exported.count).toBeGreaterThan(0);
    const backup = JSON.parse(await readFile(out, 'utf8')) as { reviews: Record<string, { claimId: string; status: string }> };
    expect(Object.values(backup.reviews)).toEqual([expect.objectContaining({ claimId: target, status: 'flagged', note: 'Cần nguồn' })]);
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(password);
  });

  it('refuses clearly: an unreachable desk (password not shown), a database without a desk, two targets at once', async () => {
    // Messages follow --lang (without it: the desk's language, else Vietnamese); an unusable desk exits 3.
    const dead = await run(['list', '--database', 'postgres://lan:s3cr3t-pw@127.0.0.1:1/nowhere', '--lang', 'en']);
    expect(dead.code).toBe(3);
    expect(dead.stderr).toContain('Cannot open the shared desk postgres://lan@127.0.0.1:1/nowhere');
    expect(dead.stderr + dead.stdout).not.toContain('s3cr3t-pw');

    const empty = await freshDatabase('cli_empty');
    const none = await run(['list', '--database', empty, '--lang', 'en']);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/holds no Crosscheck desk yet/);
    expect(none.stderr).not.toContain(password);

    const both = await run(['list', '--database', url, '--workspace', join(dir, 'ws'), '--lang', 'en']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --workspace or --database');

    const envBoth = await run(['list', '--lang', 'en'], { CROSSCHECK_DATABASE_URL: url, CROSSCHECK_WORKSPACE: join(dir, 'ws') });
    expect(envBoth.code).toBe(2);
    expect(envBoth.stderr).toContain('CROSSCHECK_WORKSPACE and CROSSCHECK_DATABASE_URL');
  });
});
