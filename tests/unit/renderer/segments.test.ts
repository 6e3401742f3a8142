import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import type { Claim } from '../../../shared/schema';
import { paragraphs, segmentParagraph } from '../../../renderer/src/features/reader/segments';

function claim(id: string, start: number, end: number): Claim {
  const base = buildDocument('Đạt 80% và 209/209 xã.', 'x', '').claims[0] as Claim;
  return { ...base, id, start, end };
}

describe('reader segments', () => {
  it('cuts a paragraph into plain text and highlights that cover the whole text once', () => {
    const text = 'Tỷ lệ đạt 80% và 209/209 xã.';
    const segs = segmentParagraph(0, text.length, [claim('a', 10, 13), claim('b', 17, 24)]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['Tỷ lệ đạt ', '80%', ' và ', '209/209', ' xã.']);
    expect(segs.map((s) => s.claimIds)).toEqual([[], ['a'], [], ['b'], []]);
  });

  it('keeps every claim reachable when claims overlap', () => {
    const segs = segmentParagraph(0, 30, [claim('outer', 5, 20), claim('inner', 8, 12)]);
    const inner = segs.find((s) => s.start === 8);
    expect(inner?.claimIds).toEqual(['outer', 'inner']);
    expect(segs.filter((s) => s.claimIds.includes('outer')).map((s) => [s.start, s.end])).toEqual([[5, 8], [8, 12], [12, 20]]);
  });

  it('splits text into non-empty paragraphs with their offsets', () => {
    const text = 'Tiêu đề\n\nĐoạn một.\nĐoạn hai.';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Tiêu đề', 'Đoạn một.', 'Đoạn hai.']);
  });
});
