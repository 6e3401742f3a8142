import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWord, tokenizeSentence } from '../../../shared/analysis/figures';
import { splitSentences } from '../../../shared/extract/sentences';
import { sharedCorpusDir } from '../extract/corpusDir';
import { seedsDir } from '../helpers';

/** The tokens as the tokenizer's regex reads them (numbers '#', folded words, signs), with the numbers' spans. */
function reference(text: string, start: number, end: number): { tokens: string[]; numbers: Array<[number, number]> } {
  const tokens: string[] = [];
  const numbers: Array<[number, number]> = [];
  for (const m of text.slice(start, end).matchAll(/(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|([-–/%:])/gu)) {
    if (m[1] !== undefined) {
      tokens.push('#');
      numbers.push([start + (m.index as number), start + (m.index as number) + m[0].length]);
    } else if (m[2] !== undefined) tokens.push(foldWord(m[2]));
    else tokens.push(m[0] === '–' ? '-' : m[0]);
  }
  return { tokens, numbers };
}

function check(text: string, start: number, end: number): void {
  const got = tokenizeSentence(text, start, end);
  const want = reference(text, start, end);
  expect(got.tokens).toEqual(want.tokens);
  // Every figure stands on a number the regex found, at the same offsets and token index.
  for (const f of got.figures) {
    expect(want.tokens[f.token]).toBe('#');
    expect(want.numbers.some(([s, e]) => s === f.start && e === f.end)).toBe(true);
  }
}

describe('tokenizeSentence', () => {
  it('reads the tokens the regex reads, sentence by sentence, on the seeds and the corpus', () => {
    const dirs = [seedsDir];
    const corpus = sharedCorpusDir();
    if (corpus) dirs.push(join(corpus, 'vi-news'));
    const texts = dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')) : []));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) for (const s of splitSentences(t)) check(t, s.start, s.end);
  });

  it('reads the same on marks, signs, numbers cut at the sentence end and letters outside the BMP', () => {
    const cases = [
      'Tha\u0300nh pho\u0302\u0301 đạt 1.891,5 tỷ – tăng 4,86%: 21/19, U21, 3-4 tuần; ª µ º.',
      'Giá 1.234.',
      'số 𝐀𝐁 12,5 và 𝒳 ghi 7', // mathematical letters: astral \p{L}
      'lỗi \ud800 đơn lẻ 5', // a lone surrogate
      '',
      '1,2,3.4.5 ,6 .7',
    ];
    for (const t of cases) {
      check(t, 0, t.length);
      if (t.length > 4) check(t, 2, t.length - 2);
    }
  });
});
