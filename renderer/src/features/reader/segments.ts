import type { Claim } from '../../../../shared/schema';

export interface Segment {
  start: number;
  end: number;
  /** Claims covering this piece of text, outermost first; empty for plain text. */
  claimIds: string[];
}

/**
 * Cuts one paragraph [from, to) of the article into plain and highlighted pieces. Claims may
 * overlap or share a sentence, so pieces are cut at every claim boundary and each piece knows
 * every claim over it: each claim stays reachable.
 */
export function segmentParagraph(from: number, to: number, claims: readonly Claim[]): Segment[] {
  const inside = claims.filter((c) => c.end > from && c.start < to);
  const cuts = new Set<number>([from, to]);
  for (const c of inside) {
    cuts.add(Math.max(from, c.start));
    cuts.add(Math.min(to, c.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const claimIds = inside
      .filter((c) => c.start <= start && c.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start))
      .map((c) => c.id);
    segments.push({ start, end, claimIds });
  }
  return segments;
}

/** Paragraph spans of the text (split on line breaks), offsets preserved. */
export function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim() !== '') out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}
