import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempDir } from '../helpers';
import { cli, type CliRun } from './helpers';

export const ARTICLE = [
  'Bắc Giang đẩy mạnh chuyển đổi số',
  '',
  'Toàn tỉnh đã thành lập 1.891 tổ công nghệ số cộng đồng.',
  'Tỷ lệ hồ sơ trực tuyến đạt 42,13% trong năm qua.',
  '',
].join('\n');

export interface ListedClaim {
  id: string;
  quote: string;
  kind: string;
  value: number | null;
  status: string;
  verdict: string | null;
}

/** A workspace holding one small article, made by the CLI itself. */
export async function workspaceWithArticle(): Promise<{ dir: string; ws: string; claims: ListedClaim[] }> {
  const dir = await tempDir();
  const ws = join(dir, 'ws');
  await writeFile(join(dir, 'bai.txt'), ARTICLE);
  const imported = await cli(['import', join(dir, 'bai.txt'), '--workspace', ws, '--silent']);
  expect(imported.code, imported.stderr).toBe(0);
  return { dir, ws, claims: await listClaims(ws) };
}

export async function listClaims(ws: string): Promise<ListedClaim[]> {
  const run = await cli(['list', '--workspace', ws, '--silent']);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { articles: Array<{ claims: ListedClaim[] }> }).articles.flatMap((a) => a.claims);
}

export function claimByQuote(claims: readonly ListedClaim[], quote: string): ListedClaim {
  const found = claims.find((c) => c.quote.includes(quote));
  if (!found) throw new Error(`no claim quoting ${quote} in ${claims.map((c) => c.quote).join(' | ')}`);
  return found;
}

/** Exactly one line on stderr, no stack trace. */
export function oneErrorLine(run: CliRun): string {
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(lines[0]).toMatch(/^crosscheck: /);
  return lines[0] ?? '';
}

/** Every file of a workspace folder with its bytes, to prove a refused command changed nothing. */
export async function folderContents(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name !== 'lock') out[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}
