/**
 * Light Markdown stripping: the editor wants the article's words, and claim offsets are computed
 * on whatever text comes out, so markup only has to go, not be rendered. Paragraphs and line
 * breaks stay where they were; ordered-list numbers stay because they are part of what was said.
 */
export interface MarkdownText {
  text: string;
  /** Front-matter `title:` or the first level-1 heading. */
  title: string | null;
}

/**
 * Each pattern's body excludes its own closing delimiter (and a link's text excludes "["), so a
 * match attempt stops at the next delimiter instead of rescanning the rest of the line: a line of
 * 50,000 unclosed "**" or "[a](" openers is read in linear time (the old lazy "[\s\S]*?" bodies
 * took 32 s on 200 KB, hours on a 10 MB file).
 */
function stripInline(line: string): string {
  return (
    line
      // Images before links: ![alt](src) → alt
      .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/!\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
      // [text](url "title") and [text][ref] → text (one level of parentheses inside the address)
      .replace(/\[([^[\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
      // <https://…> autolinks → the address
      .replace(/<((?:https?|mailto):[^<>\s]+)>/gi, '$1')
      // Inline HTML tags (a "<" followed by a letter or "/", so "< 5%" survives)
      .replace(/<\/?[a-z][^<>]*>/gi, '')
      // `code` → code (a run of backticks opens only at its start)
      .replace(/(?<!`)`+([^`]+)`+/g, '$1')
      // **bold**, __bold__, *em*, _em_, ~~strike~~ — underscores only at word edges so snake_case stays
      .replace(/\*\*(?=[^\s*])((?:[^*]|\*(?!\*))*?[^\s*])\*\*/g, '$1')
      .replace(/__(?=[^\s_])((?:[^_]|_(?!_))*?[^\s_])__/g, '$1')
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/~~(?=[^\s~])((?:[^~]|~(?!~))*?[^\s~])~~/g, '$1')
      // Backslash escapes: \* → *
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
  );
}

/** A heading's text without its closing hashes ("## Tin ##" → "Tin"), by hand: "\s*#*\s*$" rescans. */
function headingText(rest: string): string {
  const trimmed = rest.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  return trimmed.slice(0, end).trimEnd();
}

export function markdownToText(markdown: string): MarkdownText {
  let source = markdown.replace(/\r\n?/g, '\n');
  let title: string | null = null;

  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (frontMatter) {
    const titleLine = /^title:\s*["']?(.*?)["']?\s*$/m.exec(frontMatter[1] ?? '');
    if (titleLine?.[1]) title = titleLine[1];
    source = source.slice(frontMatter[0].length);
  }

  const out: string[] = [];
  let inFence = false;
  for (const raw of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    // Reference definitions "[id]: https://…" carry no text.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(raw)) continue;
    // Horizontal rules and setext underlines become paragraph breaks.
    if (/^\s{0,3}([-*_=])(\s*\1){2,}\s*$/.test(raw)) {
      out.push('');
      continue;
    }
    // Table separator rows "|---|:--:|".
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(raw)) continue;
    let line = raw;
    const heading = /^\s{0,3}(#{1,6})\s+/.exec(line);
    if (heading) {
      line = headingText(line.slice(heading[0].length));
      if (title === null && heading[1] === '#') title = stripInline(line).trim();
    }
    line = line.replace(/^\s{0,3}(>\s?)+/, ''); // blockquote
    line = line.replace(/^(\s*)[-*+]\s+(\[[ xX]\]\s+)?/, '$1'); // bullets and task boxes
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join(' | ');
    out.push(stripInline(line).trimEnd());
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, title };
}
