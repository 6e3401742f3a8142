/**
 * News articles for benchmarks, written as files to import: the seed articles' real sentences with
 * every figure redrawn (years stay years, percentages stay percentages, separators are kept), mixed
 * paragraph by paragraph across seeds, each with its own title and date. Deterministic per seed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article, Claim } from '../../shared/schema';

const seedsDir = resolve(import.meta.dirname, '../../seeds');

interface SeedArticle {
  outlet: string;
  title: string;
  paragraphs: string[];
}

function readSeeds(): SeedArticle[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const blocks = readFileSync(join(seedsDir, f), 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
      const [outlet = '', title = '', , ...rest] = blocks;
      // Keep the prose: paragraphs with a sentence end, not captions or file names.
      return { outlet, title, paragraphs: rest.filter((p) => /[.!?…]$/.test(p) && p.length > 60) };
    });
}

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
    s ^= s >>> 13;
    return (s >>> 0) / 4294967296;
  };
}

/** Redraws every digit run: a year stays a plausible year, other numbers keep their length. */
function redraw(text: string, rand: () => number): string {
  return text.replace(/\d+/g, (run) => {
    if (run.length === 4 && /^(19|20)/.test(run)) return String(2016 + Math.floor(rand() * 9));
    let out = '';
    for (let i = 0; i < run.length; i++) {
      const first = i === 0 && run.length > 1;
      out += String(first ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10));
    }
    return out;
  });
}

const PLACES = ['Bắc Giang', 'Thái Bình', 'Nam Định', 'Nghệ An', 'Quảng Ninh', 'Đồng Nai', 'Cần Thơ', 'Lâm Đồng', 'Hà Tĩnh', 'Bình Dương', 'Phú Thọ', 'Long An'];

/** Writes `count` articles as .txt files into `dir` (created); returns the folder. */
export function writeGeneratedArticles(dir: string, count: number, seed = 20240308): string {
  const seeds = readSeeds();
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const base = seeds[i % seeds.length] as SeedArticle;
    const other = pick(seeds);
    const place = pick(PLACES);
    const paragraphs = [...base.paragraphs, ...other.paragraphs.filter(() => rand() < 0.3)].map((p) => redraw(p, rand));
    const day = `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/${2020 + Math.floor(rand() * 5)}`;
    const title = `${base.title} — ${place} (${i + 1})`;
    const text = [base.outlet, title, `PV ${day} - 0${Math.floor(rand() * 9)}:${10 + Math.floor(rand() * 49)}`, ...paragraphs].join('\n\n') + '\n';
    writeFileSync(join(dir, `bai-${String(i).padStart(5, '0')}.txt`), text);
  }
  return dir;
}

/**
 * `count` generated articles (as writeGeneratedArticles writes them, in a temporary folder removed after)
 * read by `build` (shared/document.ts buildDocument, of this checkout or of another one for an A/B): the
 * articles and their claims, in file order.
 */
export function generatedNews(count: number, build: (raw: string, file: string, at: string) => { article: Article; claims: Claim[] }): { articles: Article[]; claims: Claim[] } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-news-'));
  try {
    const folder = writeGeneratedArticles(join(dir, 'articles'), count);
    const articles: Article[] = [];
    const claims: Claim[] = [];
    for (const f of readdirSync(folder).sort()) {
      const doc = build(readFileSync(join(folder, f), 'utf8'), f, '2026-01-01T00:00:00Z');
      articles.push(doc.article);
      claims.push(...doc.claims);
    }
    return { articles, claims };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One very long article of about `bytes` UTF-8 bytes (QA31 bug 2: a 1 MB paste of sentences with
 * figures): the seeds' sentences that hold a figure, figures redrawn, five to a paragraph, drawn
 * again and again until the size is reached. `variety` keeps only that many distinct sentences
 * (the densest in percentages; QA's file repeated one sentence: the same subject and metric thousands of
 * times). Deterministic.
 */
export function generateLongArticle(bytes: number, options: { seed?: number; variety?: number } = {}): { title: string; text: string } {
  const { seed = 20261130, variety = Infinity } = options;
  const seeds = readSeeds();
  const rand = rng(seed);
  const sentences = seeds
    .flatMap((s) => s.paragraphs.flatMap((p) => p.split(/(?<=[.!?…])\s+(?=\p{Lu})/u)))
    .filter((s) => /\d/.test(s) && s.length < 400)
    // The densest in shares first (percentages per character), as a statistics digest reads.
    .map((s) => ({ s, density: (s.match(/\d+(?:[.,]\d+)*\s?%/g)?.length ?? 0) / s.length }))
    .sort((a, b) => b.density - a.density)
    .slice(0, variety)
    .map(({ s }) => s);
  const title = `Bài rất dài: ${seeds[0]?.title ?? 'tổng hợp'}`;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph: string[] = [];
    for (let i = 0; i < 5; i++) paragraph.push(redraw(sentences[Math.floor(rand() * sentences.length)] as string, rand));
    const p = paragraph.join(' ');
    parts.push(p);
    size += Buffer.byteLength(p, 'utf8') + 2;
  }
  return { title, text: parts.join('\n\n') + '\n' };
}

/**
 * One very long article of about `bytes` UTF-8 bytes, as a statistics digest or a pasted archive: the
 * first `variety` sentences of the seeds that give a province's figures (no date, brackets or quotes),
 * again and again, five to a paragraph — one template restated thousands of times with other numbers:
 * same subject, same metric, same year, a new value each time (the worst case for the comparison within
 * one article, as the QA's 1 MB paste). Years are kept; every other number is a new one (a count goes
 * up by one each time, a percentage is redrawn with one decimal). Deterministic per seed; the text is
 * generated, not copied from any corpus.
 */
export function generatedLongArticle(bytes: number, variety = 1, seed = 20240308): string {
  const seeds = readSeeds();
  const rand = rng(seed);
  const sentences = seeds
    .flatMap((s) => s.paragraphs.flatMap((p) => p.split(/(?<=[.!?…])\s+/u)))
    .filter((c) => /tỉnh/u.test(c) && /\d/.test(c) && !/\d\/\d+\/\d|[()"“”\n]/u.test(c) && c.length >= 60 && c.length <= 220)
    .slice(0, Math.max(1, variety));
  let next = 1000;
  const renumbered = (c: string): string =>
    c.replace(/\d+(?:[.,]\d+)*(?=(\s?%)?)/g, (run, percent?: string) =>
      /^(19|20)\d\d$/.test(run) ? run : percent ? `${1 + Math.floor(rand() * 98)},${Math.floor(rand() * 10)}` : String(next++),
    );
  const parts = [seeds[0]?.outlet ?? 'Báo', `Tổng hợp số liệu (${bytes} byte)`, 'PV 8/3/2024 - 09:30'];
  let size = parts.reduce((n, p) => n + Buffer.byteLength(p) + 2, 0);
  for (let i = 0; size < bytes; i += 5) {
    const p = Array.from({ length: 5 }, (_, k) => renumbered(sentences[(i + k) % sentences.length] as string)).join(' ');
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n') + '\n';
}
