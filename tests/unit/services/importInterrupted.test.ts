import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { StoreWriteError } from '../../../electron/store/port';
import { ImportReport } from '../../../shared/ipc/contract';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach } from './keptAnalysis';

/**
 * A multi-file import that a failed save stops partway (a full disk at the second article): the first
 * article is on disk and in the report, and the report names the file it stopped at and the files not
 * imported, in the user's language — the report is not lost behind an error.
 */

const opened = closedAfterEach();

async function openAt(path: string): Promise<WorkspaceService> {
  const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir: null, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(s);
  return s;
}

it('a save failing at the second of three files keeps the first, reports it, and names the two not imported', async () => {
  const dir = await tempDir();
  const inbox = join(dir, 'inbox');
  await mkdir(inbox);
  const names = ['bac-giang.txt', 'bac-ninh.txt', 'ha-giang.txt'];
  const seeds = ['000_1fe02d8b3e3b3513.txt', '001_c58e276f43334ffa.txt', '002_c0e95b3289b6d0cb.txt'];
  const files: string[] = [];
  for (const [i, name] of names.entries()) {
    const path = join(inbox, name);
    await copyFile(join(seedsDir, seeds[i] as string), path);
    files.push(path);
  }
  const path = join(dir, 'ws.json');
  const s = await openAt(path);
  const store = s.ctx.store;
  const commit = store.commit.bind(store);
  let imports = 0;
  vi.spyOn(store, 'commit').mockImplementation(async (req) => {
    if (req.action === 'article.import' && ++imports === 2) {
      throw new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    }
    return commit(req);
  });
  const report = ImportReport.parse(await s.importPaths(files));
  expect(report.imported.map((i) => i.source)).toEqual([files[0]]);
  expect(report.interrupted?.source).toBe(files[1]);
  expect(report.interrupted?.notImported).toEqual([files[1], files[2]]);
  expect(report.interrupted?.reason).toMatch(/^Chưa lưu được thay đổi vào đĩa/);
  // On disk: the first article, not the other two.
  await s.close();
  vi.restoreAllMocks();
  const again = await openAt(path);
  const articles = await again.ctx.store.articles();
  expect(articles.map((a) => a.source)).toEqual([files[0]]);
});

it('a save failing at the first file is the error itself: nothing came in, nothing to report', async () => {
  const dir = await tempDir();
  const file = join(dir, 'bac-ninh.txt');
  await copyFile(join(seedsDir, '001_c58e276f43334ffa.txt'), file);
  const s = await openAt(join(dir, 'ws.json'));
  vi.spyOn(s.ctx.store, 'commit').mockRejectedValue(new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })));
  await expect(s.importPaths([file])).rejects.toMatchObject({ code: 'save_failed' });
});

it('the shared desk gone under the duplicate check of the second file (a store read, not a commit) still keeps the report', async () => {
  const dir = await tempDir();
  const files: string[] = [];
  for (const [i, seed] of ['000_1fe02d8b3e3b3513.txt', '001_c58e276f43334ffa.txt', '002_c0e95b3289b6d0cb.txt'].entries()) {
    const path = join(dir, `bai-${i}.txt`);
    await copyFile(join(seedsDir, seed), path);
    files.push(path);
  }
  const s = await openAt(join(dir, 'ws.json'));
  const store = s.ctx.store;
  const articles = store.articles.bind(store);
  let reads = 0;
  // As the PostgreSQL store's reads fail when the desk cannot be reached: a StoreWriteError marked deskUnreachable.
  vi.spyOn(store, 'articles').mockImplementation(async (ids) => {
    if (ids !== undefined && ids.length === 1 && ++reads === 2) throw Object.assign(new StoreWriteError('The shared desk cannot be reached'), { deskUnreachable: true });
    return articles(ids);
  });
  const report = ImportReport.parse(await s.importPaths(files));
  expect(report.imported.map((i) => i.source)).toEqual([files[0]]);
  expect(report.interrupted?.source).toBe(files[1]);
  expect(report.interrupted?.notImported).toEqual([files[1], files[2]]);
  expect(report.interrupted?.reason.length).toBeGreaterThan(0);
});
