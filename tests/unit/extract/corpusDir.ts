import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The shared real-news corpus (…/shared/corpus), looked up from the repository upwards so that it is
 * found from the main checkout (../shared) and from a worktree (../../shared) alike;
 * CROSSCHECK_CORPUS overrides. Null where it is absent (a clean clone): tests skip, saying so.
 */
export function sharedCorpusDir(): string | null {
  const override = process.env.CROSSCHECK_CORPUS;
  if (override) return existsSync(override) ? override : null;
  let dir = join(import.meta.dirname, '..', '..', '..');
  for (let i = 0; i < 3; i++) {
    const candidate = join(dirname(dir), 'shared', 'corpus');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}

/** The text of every seed and, where the shared corpus is present, every vi-news and cluster article. */
export function seedAndCorpusTexts(seedsDir: string): string[] {
  const dirs = [seedsDir];
  const corpus = sharedCorpusDir();
  if (corpus) {
    dirs.push(join(corpus, 'vi-news'));
    const clusters = join(corpus, 'clusters');
    if (existsSync(clusters)) for (const c of readdirSync(clusters)) if (c.startsWith('cluster_')) dirs.push(join(clusters, c));
  }
  return dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')) : []));
}
