import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { importFormatOf } from './readArticleFile';

export interface ListImportableOptions {
  /** Called for a sub-folder that cannot be listed; the walk goes on without it. */
  onUnreadableFolder?: (path: string, cause: string) => void;
  /**
   * Called for a file left out that someone may have meant to import: not an article format
   * ("anh.jpg") or hidden (".an.txt"). System clutter (.DS_Store, Thumbs.db, desktop.ini, Office
   * "~$" lock files) and the files inside hidden or saved-page asset folders are not reported.
   */
  onSkippedFile?: (path: string) => void;
}

/** Files every folder collects that nobody means as an article: never reported as skipped. */
const CLUTTER = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '.localized']);
const isClutter = (name: string): boolean => CLUTTER.has(name.toLowerCase()) || name.startsWith('~$') || name.startsWith('._');

/** The order an editor expects: "bai-2" before "bai-10", "Đ" right after "D" (code-unit order ties). */
const BY_NAME = new Intl.Collator('vi', { numeric: true, sensitivity: 'variant' });

/** A browser's "save page, complete" puts images and scripts in "<page>_files" beside "<page>.html". */
function isSavedPageAssets(name: string, siblings: ReadonlySet<string>): boolean {
  const match = /^(.*)_files$/.exec(name);
  if (!match) return false;
  const page = match[1] ?? '';
  return ['.html', '.htm', '.xhtml'].some((ext) => siblings.has(page + ext));
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

/**
 * Every file with an importable extension under `dir`, recursively, each folder's entries sorted
 * by name (Vietnamese collation, numbers by value), depth first.
 * Hidden files and folders are skipped (".git", ".DS_Store", Office "~$" lock files too), symlinked
 * folders are not followed (no cycles), a symlinked file is imported only when it points inside the
 * chosen folder (a folder from an archive may hold a link to any file the editor can read: "bai-3.txt →
 * ~/.ssh/id_rsa"; such a link is left out and reported as skipped), and other files are left out rather than refused: a
 * folder of articles usually also holds pictures nobody meant to import. Throws only when `dir`
 * itself cannot be read.
 */
export async function listImportableFiles(dir: string, options: ListImportableOptions = {}): Promise<string[]> {
  const found: string[] = [];
  const root = await realpath(dir);
  const walk = async (folder: string, isRoot: boolean): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (isRoot) throw error;
      options.onUnreadableFolder?.(folder, errorCode(error));
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    if (options.onSkippedFile) {
      const hiddenFiles = entries.filter((e) => e.name.startsWith('.') && !isClutter(e.name) && (e.isFile() || e.isSymbolicLink()));
      for (const entry of hiddenFiles) options.onSkippedFile(join(folder, entry.name));
    }
    const visible = entries.filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$'));
    visible.sort((a, b) => BY_NAME.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of visible) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!isSavedPageAssets(entry.name, names)) await walk(path, false);
      } else if (entry.isFile() || (entry.isSymbolicLink() && (await isFileTarget(path)))) {
        if (importFormatOf(path) !== null && (entry.isFile() || (await pointsInside(path, root)))) found.push(path);
        else if (!isClutter(entry.name)) options.onSkippedFile?.(path);
      }
    }
  };
  await walk(dir, true);
  return found;
}

async function isFileTarget(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Whether a link's target lies inside the folder the editor chose (its real path). */
async function pointsInside(path: string, root: string): Promise<boolean> {
  try {
    const rel = relative(root, await realpath(path));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    return false;
  }
}
