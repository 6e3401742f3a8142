import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openForWriting } from '../../../../electron/services/open';
import { FINDING_CHUNK, setFindingChunkForNewWorkspaces } from '../../../../electron/store/lowdb/folderStore';
import { writeGeneratedArticles } from '../../../bench/generate';
import { seedsDir, tempDir } from '../../helpers';

/**
 * A workspace of the 5 seeds and `count` generated articles, with findings, closed (checkpointed).
 * `findingChunk`: findings per chunk of this workspace (a small one makes a few hundred findings span
 * many chunks); the default for new workspaces is put back after.
 */
export async function buildGeneratedWorkspace(count = 25, options: { findingChunk?: number } = {}): Promise<string> {
  const dir = await tempDir();
  const folder = join(dir, 'ws');
  if (options.findingChunk !== undefined) setFindingChunkForNewWorkspaces(options.findingChunk);
  try {
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), count)]);
    await service.close();
  } finally {
    if (options.findingChunk !== undefined) setFindingChunkForNewWorkspaces(FINDING_CHUNK);
  }
  await rm(join(dir, 'articles'), { recursive: true, force: true });
  return folder;
}
