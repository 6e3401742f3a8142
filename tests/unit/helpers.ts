import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const seedsDir = join(repoRoot, 'seeds');

const made: string[] = [];

/** A temp folder removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-test-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  while (made.length > 0) {
    const dir = made.pop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
});
