import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AppError } from './errors';

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** Expands files and folders (recursively, hidden entries skipped) into a sorted list of files. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new AppError('unreadable_file', {
        vi: `Không tìm thấy tệp hoặc thư mục: ${input}`,
        en: `No such file or folder: ${input}`,
      });
    }
    if (info.isDirectory()) {
      const entries = await readdir(input, { withFileTypes: true });
      const children = entries
        .filter((e) => !e.name.startsWith('.'))
        .map((e) => join(input, e.name))
        .sort();
      out.push(...(await expandInputs(children)));
    } else {
      out.push(input);
    }
  }
  return out;
}

export function isSupportedTextFile(path: string): boolean {
  return TEXT_EXTENSIONS.has(extname(path).toLowerCase());
}

export async function readUtf8File(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new AppError('unreadable_file', {
      vi: `Không đọc được tệp: ${path}`,
      en: `Cannot read file: ${path}`,
    });
  }
}
