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

function stripInline(line: string): string {
  return (
    line
      // Images before links: ![alt](src) → alt
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      // [text](url "title") and [text][ref] → text
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      // <https://…> autolinks → the address
      .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
      // Inline HTML tags (a "<" followed by a letter or "/", so "< 5%" survives)
      .replace(/<\/?[a-z][^<>]*>/gi, '')
      // `code` → code
      .replace(/`+([^`]+)`+/g, '$1')
      // **bold**, __bold__, *em*, _em_, ~~strike~~ — underscores only at word edges so snake_case stays
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      // Backslash escapes: \* → *
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
  );
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
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      line = heading[2] ?? '';
      if (title === null && heading[1] === '#') title = stripInline(line).trim();
    }
    line = line.replace(/^\s{0,3}(>\s?)+/, ''); // blockquote
    line = line.replace(/^(\s*)[-*+]\s+(\[[ xX]\]\s+)?/, '$1'); // bullets and task boxes
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join(' | ');
    out.push(stripInline(line).replace(/\s+$/, ''));
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, title };
}
