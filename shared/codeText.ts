/**
 * Code quoted as text in an article ("<script>alert(1)</script> là chuỗi văn bản…", QA31 note j):
 * the reader shows it as the article wrote it, but a figure inside markup is code, not a claim.
 * Spans (start, end) of literal script/style elements and of single markup tags in `text`.
 *
 * Only what is unmistakably markup counts: a known HTML element name (the list electron/import/html.ts
 * reads pasted HTML by) right after "<" or "</", then ">" / "/>" or attributes of the shape
 * name / name=value up to ">" on the same line. "<5%", "<Hà Nội>", "<<Ban hành 5 chính sách>>" and
 * "<VND 5 tỷ>" are prose. The scan is linear: every "<" is looked at once with bounded work, and the
 * closing tag of a script/style element is searched for at most once per position it could be at.
 */
const ELEMENTS = new Set([
  'html', 'head', 'body', 'p', 'div', 'span', 'b', 'i', 'u', 'em', 'strong', 'a', 'img', 'br', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'script', 'style', 'iframe',
  'article', 'section', 'blockquote', 'figure', 'figcaption', 'font', 'meta', 'link', 'title', 'svg',
]);
/** At most this many characters between a tag's name and its ">". */
const MAX_ATTRS = 300;
/** Attributes: name, name=value, name="…" or name='…', separated by spaces; at most MAX_ATTRS characters. */
const ATTRS = /^(?:\s+[a-z_:][\w:.-]*(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'=<>`]+))?)*\s*\/?$/i;
const NAME = /[a-z][a-z0-9]*/iy;

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9-]/i.test(ch);
}

/** End (after ">") of the tag starting at `lt`, or -1 when it is not a known element's tag. */
function tagEnd(text: string, lt: number): { end: number; name: string; closing: boolean } | null {
  let i = lt + 1;
  const closing = text[i] === '/';
  if (closing) i++;
  NAME.lastIndex = i;
  const m = NAME.exec(text);
  if (!m) return null;
  const name = m[0].toLowerCase();
  i += m[0].length;
  if (isNameChar(text[i]) || !ELEMENTS.has(name)) return null;
  // The attributes run to the next ">" within MAX_ATTRS characters, with no "<" or line break on the way.
  let j = i;
  const limit = Math.min(text.length, i + MAX_ATTRS + 1);
  while (j < limit && text[j] !== '>' && text[j] !== '<' && text[j] !== '\n') j++;
  if (text[j] !== '>') return null;
  const attrs = text.slice(i, j);
  if (attrs !== '' && attrs !== '/' && !ATTRS.test(attrs)) return null;
  if (closing && attrs.trim() !== '') return null;
  return { end: j + 1, name, closing };
}

export function codeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!text.includes('<')) return spans;
  // Per element name: the last search for its closing tag (from, found at or -1), so that many
  // unclosed "<script>" never search the rest of the text again and again.
  const closes = new Map<string, { from: number; at: number; end: number }>();
  const closeAfter = (name: string, from: number): { at: number; end: number } | null => {
    const known = closes.get(name);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at === -1 ? null : known;
    const re = new RegExp(`</${name}\\s*>`, 'gi');
    re.lastIndex = from;
    const m = re.exec(text);
    const found = { from, at: m ? m.index : -1, end: m ? m.index + m[0].length : -1 };
    closes.set(name, found);
    return m ? found : null;
  };
  // The next paragraph break after a position (tags are met in order, so each search starts past the last).
  let paragraphBreak = -1;
  const breakAfter = (from: number): number => {
    if (paragraphBreak !== Infinity && paragraphBreak < from) {
      const at = text.indexOf('\n\n', from);
      paragraphBreak = at === -1 ? Infinity : at;
    }
    return paragraphBreak;
  };
  let lt = text.indexOf('<');
  while (lt !== -1) {
    const tag = tagEnd(text, lt);
    let next = lt + 1;
    if (tag) {
      let end = tag.end;
      if (!tag.closing && (tag.name === 'script' || tag.name === 'style')) {
        // The element ends within its paragraph: an article about an attack that names "<script>" in one
        // paragraph and "</script>" in a later one keeps the figures in between.
        const close = closeAfter(tag.name, tag.end);
        if (close && close.at < breakAfter(tag.end)) end = close.end;
      }
      spans.push([lt, end]);
      next = end;
    }
    lt = text.indexOf('<', next);
  }
  return spans;
}

/** Leaves out the claims whose span lies (partly) inside quoted code. */
export function withoutClaimsInCode<T extends { start: number; end: number }>(text: string, claims: readonly T[]): T[] {
  const spans = codeSpans(text);
  if (spans.length === 0) return [...claims];
  return claims.filter((c) => {
    // Spans are disjoint and sorted: the first one ending after the claim's start is the only candidate.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.[1] ?? 0) <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const span = spans[lo];
    return !(span && c.start < span[1] && c.end > span[0]);
  });
}
