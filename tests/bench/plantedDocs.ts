/**
 * What planted.bench.ts and plantedStages.ts read alike: the shared corpus's clusters (../shared/corpus,
 * never copied into the repository), the hand-written cluster gold, each article as a document with its
 * outlet, and the seed of each file's draw.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../../shared/document';
import type { Article, Claim } from '../../shared/schema';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', '..', 'shared', 'corpus')].find((p) => existsSync(join(p, 'clusters')));
export const GOLD = join(ROOT, 'tests', 'fixtures', 'cluster-gold');

export interface Doc {
  file: string;
  article: Article;
  claims: Claim[];
}

export function load(path: string, file: string): Doc {
  const raw = readFileSync(path, 'utf8');
  const doc = buildDocument(raw, path, '2026-01-01T00:00:00Z');
  const outlet = /Nguồn:\s*(\S+)\s*$/u.exec(raw.trim())?.[1] ?? null;
  return { file, article: { ...doc.article, outlet: doc.article.outlet ?? outlet }, claims: doc.claims };
}

export function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The hand-written cluster gold of a folder (tests/fixtures/cluster-gold, or its heldout/), by cluster. */
export function readGold<G extends { cluster: string }>(dir: string): Map<string, G> {
  const out = new Map<string, G>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as G;
    out.set(g.cluster, g);
  }
  return out;
}
