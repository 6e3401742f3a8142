/**
 * Code quoted as text in an article ("<script>alert(1)</script> là chuỗi văn bản…", QA31 note j):
 * the reader shows it as the article wrote it, but a figure inside markup is code, not a claim.
 * Spans (start, end) of literal script/style elements and of single markup tags in `text`.
 * A tag name is ASCII letters and digits right after "<" (or "</"): "<5%", "< 10 lần" and
 * "<Hà Nội>" are prose, not tags.
 */
const CODE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-z][a-z0-9-]*(?:\s[^<>\n]{0,300})?\/?>/gi;

export function codeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!text.includes('<')) return spans;
  for (const m of text.matchAll(CODE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Leaves out the claims whose span lies (partly) inside quoted code; spans are sorted by start. */
export function withoutClaimsInCode<T extends { start: number; end: number }>(text: string, claims: readonly T[]): T[] {
  const spans = codeSpans(text);
  if (spans.length === 0) return [...claims];
  return claims.filter((c) => !spans.some(([s, e]) => c.start < e && c.end > s));
}
