import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { StoreWriteError } from '../../../electron/store/port';
import { seedsDir, tempDir } from '../helpers';

afterEach(() => vi.restoreAllMocks());

/** The CLI in this process: its exit status, stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += `${t}\n`) });
  return { code, stdout, stderr };
}

/** The next findings commit ('analysis.run') of a workspace folder fails as a full disk does; how many failed so far. */
function failNextFindingsCommit(): () => number {
  const commit = LowdbFolderStore.prototype.commit;
  let failed = 0;
  vi.spyOn(LowdbFolderStore.prototype, 'commit').mockImplementation(function (this: LowdbFolderStore, request) {
    if (request.action === 'analysis.run' && failed === 0) {
      failed++;
      return Promise.reject(new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })));
    }
    return commit.call(this, request);
  });
  return () => failed;
}

describe('a CLI action saved whose findings could not be updated', { timeout: 120_000 }, () => {
  it("says the notice on stderr in the run's --lang, not the workspace's language", async () => {
    const ws = join(await tempDir(), 'ws');
    // A Vietnamese workspace (the default), run in English.
    expect((await run(['import', join(seedsDir, '000_1fe02d8b3e3b3513.txt'), '--workspace', ws])).code).toBe(0);
    const failed = failNextFindingsCommit();
    const result = await run(['import', join(seedsDir, '001_c58e276f43334ffa.txt'), '--workspace', ws, '--lang', 'en']);
    expect(failed()).toBe(1);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/The change is saved, but the findings could not be updated/);
    expect(result.stderr).not.toMatch(/Thay đổi đã được lưu/);
  });

  it('exits 0 with the action in its JSON and the notice on stderr', async () => {
    const ws = join(await tempDir(), 'ws');
    expect((await run(['import', join(seedsDir, '000_1fe02d8b3e3b3513.txt'), '--workspace', ws])).code).toBe(0);
    // The disk fills up as the findings are written after the next import (the article itself is written).
    const failed = failNextFindingsCommit();
    const result = await run(['import', join(seedsDir, '001_c58e276f43334ffa.txt'), '--workspace', ws]);
    expect(failed()).toBe(1);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { imported: unknown[]; findingsNotUpdated?: string };
    expect(report.imported).toHaveLength(1);
    expect(report.findingsNotUpdated).toMatch(/^Thay đổi đã được lưu, nhưng chưa cập nhật được các phát hiện/);
    expect(result.stderr).toContain(report.findingsNotUpdated);
    vi.restoreAllMocks();
    // Imported once: a second import of the file finds it there.
    const again = JSON.parse((await run(['import', join(seedsDir, '001_c58e276f43334ffa.txt'), '--workspace', ws])).stdout) as { imported: unknown[]; duplicates: unknown[] };
    expect(again).toMatchObject({ imported: [], duplicates: [expect.anything()] });
  });
});
