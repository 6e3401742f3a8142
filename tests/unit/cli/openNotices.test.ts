import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { seedsDir, tempDir } from '../helpers';

/** The CLI in this process: its exit status, stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += `${t}\n`) });
  return { code, stdout, stderr };
}

/** A workspace of the seeds whose first stored audit event was altered after the fact. */
async function tamperedWorkspace(): Promise<string> {
  const ws = join(await tempDir(), 'ws');
  expect((await run(['import', seedsDir, '--workspace', ws])).code).toBe(0);
  const data = join(ws, 'data');
  const audit = (await readdir(data)).filter((n) => n.startsWith('audit-')).sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1]))[0] as string;
  const doc = JSON.parse(await readFile(join(data, audit), 'utf8')) as { events: { who: string }[] };
  (doc.events[0] as { who: string }).who = 'someone else';
  await writeFile(join(data, audit), JSON.stringify(doc));
  return ws;
}

describe("a read-only command says what opening the workspace found, in the run's language", { timeout: 120_000 }, () => {
  // The language is read from the workspace by the opening that the read-only command then reuses: its notices
  // were never said unless --lang spared that first opening.
  it('names a broken audit chain on stderr for list, check and history without --lang, and still answers', async () => {
    const ws = await tamperedWorkspace();
    for (const args of [['list'], ['check'], ['history']]) {
      const result = await run([...args, '--workspace', ws]);
      expect(result.code, args[0]).toBe(0);
      expect(result.stderr, args[0]).toMatch(/^crosscheck: Chuỗi băm của nhật ký kiểm toán bị đứt ở sự kiện \d+/m);
      // Once, not once per opening.
      expect(result.stderr.match(/Chuỗi băm/g), args[0]).toHaveLength(1);
      expect(result.stdout.length, args[0]).toBeGreaterThan(0);
    }
    const english = await run(['list', '--workspace', ws, '--lang', 'en']);
    expect(english.stderr).toMatch(/^crosscheck: The audit trail's hash chain is broken at event \d+/m);
    expect(english.stderr).not.toMatch(/Chuỗi băm/);
  });

  it('says nothing on a sound workspace', async () => {
    const ws = join(await tempDir(), 'ws');
    expect((await run(['import', seedsDir, '--workspace', ws])).code).toBe(0);
    const result = await run(['list', '--workspace', ws]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
