import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openForWriting } from '../../../../electron/services/open';
import { writeGeneratedArticles } from '../../../bench/generate';
import { seedsDir, tempDir } from '../../helpers';

/** A workspace of the 5 seeds and `count` generated articles, with findings, closed (checkpointed). */
export async function buildGeneratedWorkspace(count = 25): Promise<string> {
  const dir = await tempDir();
  const folder = join(dir, 'ws');
  const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), count)]);
  await service.close();
  await rm(join(dir, 'articles'), { recursive: true, force: true });
  return folder;
}
