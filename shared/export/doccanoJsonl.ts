import { reviewStatusOf, type ExportSelection } from './select';

/**
 * Claim offsets are UTF-16 code units (JavaScript strings); doccano and other Python tools count
 * code points. They differ only after a character outside the BMP (an emoji in a quoted post), but
 * then every later span would be shifted, so offsets are converted.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const astralBefore: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) astralBefore.push(i + 2);
    }
  }
  return (offset) => {
    let count = 0;
    for (const end of astralBefore) {
      if (end > offset) break;
      count++;
    }
    return offset - count;
  };
}

export interface DoccanoLine {
  id: string;
  text: string;
  /** [start, end, kind] in code points, the span shape doccano imports. */
  label: Array<[number, number, string]>;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Per-span details a labelling project may want beside the bare label. */
  claims: Array<{ id: string; start: number; end: number; kind: string; value: number | null; unit: string | null; status: string; verdict: string | null; flagReason: string | null }>;
}

export function toDoccanoLines(selection: ExportSelection): DoccanoLine[] {
  return selection.articles.map((article) => {
    const toCodePoints = codePointOffsets(article.text);
    const claims = selection.claims.filter((c) => c.articleId === article.id);
    return {
      id: article.id,
      text: article.text,
      label: claims.map((c): [number, number, string] => [toCodePoints(c.start), toCodePoints(c.end), c.kind]),
      title: article.title,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      url: article.url ?? null,
      claims: claims.map((c) => ({
        id: c.id,
        start: toCodePoints(c.start),
        end: toCodePoints(c.end),
        kind: c.kind,
        value: c.value,
        unit: c.unit,
        status: reviewStatusOf(selection.reviews, c.id),
        verdict: selection.reviews[c.id]?.verdict ?? null,
        // The reason's id (needs_source, …) as in the workspace JSON; only while the claim is flagged.
        flagReason: selection.reviews[c.id]?.status === 'flagged' ? (selection.reviews[c.id]?.flagReason ?? null) : null,
      })),
    };
  });
}

/** One JSON object per line, one line per article, newline-terminated. */
export function toDoccanoJsonl(selection: ExportSelection): string {
  return toDoccanoLines(selection)
    .map((line) => JSON.stringify(line) + '\n')
    .join('');
}
