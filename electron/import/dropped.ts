import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isSafeFileName } from '../../shared/fileName';

export interface StagedFiles {
  /** The private temp folder holding the plaintext copies. */
  dir: string;
  paths: string[];
  /** Temp path → the name the editor dropped, for reports. */
  names: Map<string, string>;
  /** Removes the folder and every copy in it; safe to call twice. */
  cleanup: () => Promise<void>;
}

/**
 * Writes dropped files (bytes from a sandboxed page, which has no paths) into a private temp folder
 * so the importer can read them. If any write fails, the copies already written are removed before
 * the error goes on: a plaintext article never stays behind in the temp folder.
 */
export async function stageDroppedFiles(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, root: string = tmpdir()): Promise<StagedFiles> {
  const dir = await mkdtemp(join(root, 'crosscheck-drop-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const names = new Map<string, string>();
  const paths: string[] = [];
  try {
    for (const [i, f] of files.entries()) {
      if (!isSafeFileName(f.name)) throw new Error(`refused dropped file name ${JSON.stringify(f.name)}`);
      // Each in its own numbered folder, under its own name: two drops of one name never meet, and a name
      // as long as a disk allows stays legal (a prefix on it would not).
      const sub = join(dir, String(i));
      await mkdir(sub, { mode: 0o700 });
      const path = join(sub, basename(f.name));
      await writeFile(path, f.bytes, { mode: 0o600 });
      names.set(path, f.name);
      paths.push(path);
    }
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { dir, paths, names, cleanup };
}
