/**
 * Phrases found once over the whole text (places, organisations, periods, modality cues) and then
 * queried by range for each claim. Scanning once keeps extraction linear: per-claim windows
 * would re-read the same sentence for every figure in it.
 */

export interface Mention {
  start: number;
  end: number;
  /** The matched text. */
  text: string;
  /** Which group of the building regex matched (1-based), for regexes with alternatives by group. */
  group: number;
}

export class MentionIndex {
  private readonly items: Mention[];

  constructor(items: Mention[]) {
    this.items = items;
  }

  /** All mentions, in text order. */
  all(): readonly Mention[] {
    return this.items;
  }

  /** Mentions lying entirely within [from, to), in text order. */
  within(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.firstAtOrAfter(from); i < this.items.length; i++) {
      const m = this.items[i];
      if (!m || m.start >= to) break;
      if (m.end <= to) out.push(m);
    }
    return out;
  }

  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid]?.start ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Runs a global regex once over `text`. Word boundaries are checked here rather than with a
 * leading look-behind, which would stop the regex engine from skipping ahead on first letters.
 */
export function indexMentions(text: string, re: RegExp, wholeWords = true): MentionIndex {
  const items: Mention[] = [];
  const scan = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (wholeWords && (LETTER.test(text[start - 1] ?? '') || LETTER.test(text[end] ?? ''))) {
      scan.lastIndex = start + 1;
      continue;
    }
    let group = 0;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        group = g;
        break;
      }
    }
    items.push({ start, end, text: m[0], group });
  }
  return new MentionIndex(items);
}
