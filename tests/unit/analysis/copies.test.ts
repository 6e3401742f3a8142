import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskFigures } from '../../../shared/analysis/copies';
import { seedsDir } from '../helpers';
import { sharedCorpusDir } from '../extract/corpusDir';

/** What the masking was written as: numbers '#', runs of white space one space. */
const reference = (s: string): string => s.replace(/\d+(?:[.,]\d+)*|\s+/g, (x) => (x.charCodeAt(0) <= 57 && x.charCodeAt(0) >= 48 ? '#' : ' '));

describe('maskFigures', () => {
  it('masks numbers and evens out spacing as the regex does, on the seeds, the corpus and edge cases', () => {
    const dirs = [seedsDir];
    const corpus = sharedCorpusDir();
    if (corpus) dirs.push(join(corpus, 'vi-news'));
    const texts = dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')) : []));
    expect(texts.length).toBeGreaterThan(0);
    const cases = [
      ...texts,
      ...texts.flatMap((t) => Array.from({ length: 40 }, (_, k) => t.slice((k * 97) % t.length, ((k * 97) % t.length) + 20 + k * 3))),
      '1.891,5 người, 4,86%.  2021-2022\u00a0\u2003 tỷ',
      '1.', '1,', '.5', '1..2', '1,.2', '12.34.56', ' \t\n 7 ', '', 'x\ufeffy\u3000z',
    ];
    for (const s of cases) expect(maskFigures(s)).toBe(reference(s));
  });
});
