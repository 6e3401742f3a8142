import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openForWriting } from '../../../../electron/services/open';
import { FINDING_CHUNK, setFindingChunkForNewWorkspaces } from '../../../../electron/store/lowdb/folderStore';
import { writeGeneratedArticles } from '../../../bench/generate';
import { seedsDir, tempDir } from '../../helpers';

/**
 * A workspace of the 5 seeds and `count` generated articles, with findings, closed (checkpointed).
 * `findingChunk`: findings per chunk of this workspace (a small one makes a few hundred findings span
 * many chunks); the default for new workspaces is put back after. `decided`: some findings decided too
 * (six of the open ones dismissed, four resolved), so that queries by status have answers in each group.
 */
export async function buildGeneratedWorkspace(count = 25, options: { findingChunk?: number; decided?: boolean } = {}): Promise<string> {
  const dir = await tempDir();
  const folder = join(dir, 'ws');
  if (options.findingChunk !== undefined) setFindingChunkForNewWorkspaces(options.findingChunk);
  try {
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), count)]);
    if (options.decided) {
      const open = (await service.listFindings()).filter((f) => f.type !== 'consistent');
      for (const f of open.slice(3, 9)) await service.decideFinding({ findingId: f.id, decision: 'dismiss', note: 'khác số liệu' });
      for (const f of open.slice(12, 16)) await service.decideFinding({ findingId: f.id, decision: 'resolve', note: '' });
    }
    await service.close();
  } finally {
    if (options.findingChunk !== undefined) setFindingChunkForNewWorkspaces(FINDING_CHUNK);
  }
  await rm(join(dir, 'articles'), { recursive: true, force: true });
  return folder;
}
