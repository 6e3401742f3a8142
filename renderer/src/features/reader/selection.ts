/**
 * Turns the browser's text selection into article offsets. Every rendered piece of the article
 * carries data-offset (where its text starts in the article), so a DOM position maps back to a
 * character offset without re-reading the text.
 */
function offsetOf(node: Node | null, offsetInNode: number, root: HTMLElement): number | null {
  if (!node || !root.contains(node)) return null;
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  const piece = el?.closest<HTMLElement>('[data-offset]');
  if (!piece || !root.contains(piece)) return null;
  const base = Number(piece.dataset.offset);
  if (node.nodeType !== Node.TEXT_NODE) return base;
  return base + offsetInNode;
}

export function selectionOffsets(root: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const a = offsetOf(range.startContainer, range.startOffset, root);
  const b = offsetOf(range.endContainer, range.endOffset, root);
  if (a === null || b === null) return null;
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  return end > start ? { start, end } : null;
}

/** Trims white space off both ends of a span of `text`. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** True when the boundary between text[i - 1] and text[i] falls inside a word or a number ("42,|13"). */
function inside(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i] ?? '';
  if (WORD.test(before) && WORD.test(after)) return true;
  // A number's separators ("42,13", "1.891", "11/6/2021") and its percent sign belong to it.
  if (/[,./]/.test(after) && DIGIT.test(before) && DIGIT.test(text[i + 1] ?? '')) return true;
  if (/[,./]/.test(before) && DIGIT.test(after) && DIGIT.test(text[i - 2] ?? '')) return true;
  if (after === '%' && DIGIT.test(before)) return true;
  return false;
}

/**
 * Widens a span to whole words: a selection starting in the middle of "Ngày" starts at "N", one
 * ending in "42,1" ends after "42,13%" (QA31 note a: a claim quoted «ày 11/6/2021 … Đồ»).
 */
export function snapToWords(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start > 0 && inside(text, start)) start--;
  while (end < text.length && inside(text, end)) end++;
  return { start, end };
}

/** True when a span runs over a line break: from one paragraph of the article into another. */
export function crossesParagraph(text: string, span: { start: number; end: number }): boolean {
  return /[\n\r]/.test(text.slice(span.start, span.end));
}
