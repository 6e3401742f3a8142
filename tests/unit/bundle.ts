import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const repoRoot = resolve(import.meta.dirname, '../..');
const built = new Map<string, string>();

/**
 * A TypeScript entry bundled once per process into one ESM file (packages left external, resolved
 * from the repo's node_modules), so a test can start it as a plain `node` process as often as it
 * needs: the same code, without paying tsx's start-up (1–2 s on a loaded 2-core machine) each time.
 */
export function bundledEntry(entry: string): string {
  const absolute = resolve(repoRoot, entry);
  const known = built.get(absolute);
  if (known) return known;
  const dir = join(repoRoot, 'node_modules', '.cache', 'crosscheck-test-bundles', String(process.pid));
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${basename(absolute).replace(/\.tsx?$/, '')}.mjs`);
  buildSync({ entryPoints: [absolute], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
  built.set(absolute, outfile);
  return outfile;
}
