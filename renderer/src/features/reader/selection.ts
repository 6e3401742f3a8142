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
