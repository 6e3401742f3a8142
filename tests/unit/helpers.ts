import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
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

/** Every file and folder under `folder` with its content hash and mtime: equal only if nothing was touched. */
export async function folderFingerprint(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(folder, { recursive: true })).sort()) {
    const path = join(folder, name);
    const info = await stat(path);
    out[name] = info.isDirectory() ? `dir ${info.mtimeMs}` : `${createHash('sha256').update(await readFile(path)).digest('hex')} ${info.mtimeMs}`;
  }
  return out;
}
