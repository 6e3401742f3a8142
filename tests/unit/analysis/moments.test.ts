import { describe, expect, it } from 'vitest';
import { readSpot, type Spot } from '../../../shared/analysis/moments';
import { splitSentences } from '../../../shared/extract/sentences';
import { seedAndCorpusTexts } from '../extract/corpusDir';
import { seedsDir } from '../helpers';

// The board codes as they were read before the two-capitals pre-test (moments.ts: CODE, CODE_AFTER).
const CODE = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}\d*(?=-?Index)|HOSE|HSX|UPCOM|UPCoM|HNX\d*|VN\d+)(?![\p{L}\p{N}])/gu;
const CODE_AFTER = /^\s*(\p{Lu}{2,}[\p{Lu}\d]*)(?![\p{L}\p{N}])/u;

function check(spot: Spot): void {
  const r = readSpot(spot);
  expect([...r.codes].sort()).toEqual([...new Set([...r.sentence.matchAll(CODE)].map((m) => m[0].toLowerCase().replace(/\s+/g, '')))].sort());
  expect(r.after).toBe(CODE_AFTER.exec(spot.text.slice(spot.end, spot.end + 16))?.[1] ?? null);
}

describe('readSpot board codes', () => {
  it('finds the codes the regexes find, on every number of the seeds and the corpus and on edge cases', () => {
    const texts = seedAndCorpusTexts(seedsDir);
    texts.push('Chỉ số HNX30-Index giảm 2 điểm, VN30 tăng 5 điểm; UPCoM 3 điểm. Điện thoại có 8GB RAM, 𝐀𝐁 12 và ĐẮK LẮK 7 lần.');
    expect(texts.length).toBeGreaterThan(1);
    let numbers = 0;
    for (const text of texts) {
      for (const s of splitSentences(text)) {
        for (const m of text.slice(s.start, s.end).matchAll(/\d+(?:[.,]\d+)*/g)) {
          const start = s.start + (m.index as number);
          check({ text, sentenceStart: s.start, sentenceEnd: s.end, start, end: start + m[0].length, unit: null });
          numbers++;
        }
      }
    }
    expect(numbers).toBeGreaterThan(100);
  });
});
