import { describe, expect, it } from 'vitest';
import { passagesOf, passageWords, tokenWords } from '../../../shared/analysis/passages';
import { eventKeys, figureContexts } from '../../../shared/analysis/sameEvent';
import { makeArticle } from './helpers';

/**
 * What session 47 reads once per sentence text instead of once per passage (speed, the same findings):
 * the passage's token words and its event value keys; and which sentences are passages at all (a digit
 * in them, read without slicing the sentence out).
 */

const SENTENCE = 'Tổng kim ngạch xuất khẩu của tỉnh đạt 1.245 triệu USD, tăng 12,5% so với cùng kỳ.';

describe('token words shared by the passages of one sentence text', () => {
  // (A sentence followed by the same character: the tokenizer reads one past the sentence.)
  it('gives the tokens as words, one array for every copy of the sentence, read by figureContexts', () => {
    const a = makeArticle('a', `Mở đầu bài viết. ${SENTENCE} Hết.`, '2024-05-01T08:00:00Z');
    const b = makeArticle('b', `${SENTENCE} Kết thúc bài viết.`, '2024-05-01T09:00:00Z');
    const [pa] = passagesOf(a);
    const [pb] = passagesOf(b);
    expect(pa).toBeDefined();
    expect(pb).toBeDefined();
    if (!pa || !pb) return;
    const wa = passageWords(pa);
    expect(wa).toEqual(tokenWords(pa.tokens));
    expect(wa).toContain('#');
    expect(passageWords(pb)).toBe(wa);
    // The contexts are the passage's own (its figures), read from the shared words.
    const ca = figureContexts(pa);
    const cb = figureContexts(pb);
    expect(ca.map((c) => c.figure)).toEqual(expect.arrayContaining([pa.figures[0]]));
    expect(cb.every((c) => pb.figures.includes(c.figure))).toBe(true);
    expect(ca.map((c) => [c.unit, c.words])).toEqual(cb.map((c) => [c.unit, c.words]));
  });
});

describe('event value keys shared by the passages of one sentence text', () => {
  it('gives the same value keys for two articles carrying one sentence, one array for both', () => {
    const a = makeArticle('c', `Tin nhanh. ${SENTENCE} Hết.`, '2024-05-02T08:00:00Z');
    const b = makeArticle('d', `${SENTENCE} Tin khác.`, '2024-05-02T09:00:00Z');
    const values = (x: string[]): string[] => x.filter((k) => k.startsWith('v:'));
    const ka = values(eventKeys(a));
    const kb = values(eventKeys(b));
    // 1.245 and 12,5 are distinctive figures: two value keys.
    expect(ka).toHaveLength(2);
    expect(kb).toEqual(ka);
    const [pa] = passagesOf(a);
    const [pb] = passagesOf(b);
    expect(pa?.common.valueKeys).toBeDefined();
    expect(pb?.common.valueKeys).toBe(pa?.common.valueKeys);
    expect([...(pa?.common.valueKeys ?? [])].sort()).toEqual(ka);
  });
});

describe('sentences without a digit', () => {
  it('are not passages, whatever numbers they spell out in words', () => {
    const article = makeArticle('e', 'Giá xăng tăng ba phần trăm. Giá dầu tăng 3% trong tuần. Không có gì mới.', '2024-05-03T08:00:00Z');
    const list = passagesOf(article);
    expect(list).toHaveLength(1);
    expect(list[0]?.index).toBe(2);
    expect(article.text.slice(list[0]?.start, list[0]?.end)).toContain('3%');
  });
});
