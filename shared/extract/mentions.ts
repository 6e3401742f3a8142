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

  /**
   * within(from, to)[0] without the array (issue 11): asked for each figure from the sentence's start, within() would
   * collect every mention of the sentence before it.
   */
  firstWithin(from: number, to: number): Mention | undefined {
    for (let i = this.firstAtOrAfter(from); i < this.items.length; i++) {
      const m = this.items[i];
      if (!m || m.start >= to) break;
      if (m.end <= to) return m;
    }
    return undefined;
  }

  /** The answer of the last search (figures are read in text order: the next search mostly lands there or just after it). */
  private hint = 0;
  /** Whether the starts never decrease (checked once, on the first search): only then is the hint used. */
  private ordered: boolean | null = null;

  /**
   * The index `within(pos, …)` starts its walk at (the first mention starting at or after `pos` when the starts
   * are ordered): with all(), a caller walks what within() would return without the array.
   */
  firstAtOrAfter(pos: number): number {
    const items = this.items;
    this.ordered ??= startsOrdered(items);
    if (this.ordered) {
      // In ordered starts, the first index whose start is >= pos is the one index i with
      // start(i - 1) < pos <= start(i): found from the hint when it lies within a few steps.
      let i = this.hint;
      for (let step = 0; step < 4; step++) {
        if (i > 0 && (items[i - 1] as Mention).start >= pos) i--;
        else if (i < items.length && (items[i] as Mention).start < pos) i++;
        else {
          this.hint = i;
          return i;
        }
      }
    }
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((items[mid]?.start ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    this.hint = lo;
    return lo;
  }
}

/** Whether the starts of `items` never decrease. */
function startsOrdered(items: readonly Mention[]): boolean {
  for (let i = 1; i < items.length; i++) if ((items[i - 1] as Mention).start > (items[i] as Mention).start) return false;
  return true;
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * The regex a scan runs, made once per building regex and kind (global, sticky, candidates) and
 * reused: a new RegExp per text would start cold (interpreted, or compiled again) every time, which
 * costs more than the scan on a short text. Scans run one at a time, from lastIndex 0.
 */
const scanners = new WeakMap<RegExp, Map<string, RegExp>>();

function scanner(re: RegExp, flags: string, source = re.source): RegExp {
  let byKind = scanners.get(re);
  if (byKind === undefined) {
    byKind = new Map();
    scanners.set(re, byKind);
  }
  const key = `${flags} ${source === re.source ? '' : source}`;
  let scan = byKind.get(key);
  if (scan === undefined) {
    scan = new RegExp(source, flags);
    byKind.set(key, scan);
  }
  scan.lastIndex = 0;
  return scan;
}

/**
 * Runs a global regex once over `text`. Word boundaries are checked here rather than with a
 * leading look-behind, which would stop the regex engine from skipping ahead on first letters.
 */
/**
 * Where matches of a list of names can start, as the regex "[capitals]|word|word" would find them: a
 * unit marked 1 (a capital), or a unit marked 2 where one of `words` (the first words of the names that
 * start in lower case) starts. Found by a loop over the text, several times faster than the regex engine
 * testing a large character class at every position.
 */
export interface FirstUnits {
  units: Uint8Array;
  words: readonly string[];
}

export function firstUnits(capitals: Iterable<string>, words: Iterable<string>): FirstUnits {
  const units = new Uint8Array(65536);
  for (const c of capitals) units[c.charCodeAt(0)] = 1;
  const list = [...words];
  for (const w of list) if (units[w.charCodeAt(0)] === 0) units[w.charCodeAt(0)] = 2;
  return { units, words: list };
}

export function indexMentions(text: string, re: RegExp, wholeWords = true, starts?: string | FirstUnits, byUnit?: ReadonlyMap<number, RegExp>): MentionIndex {
  if (wholeWords && starts !== undefined) return indexWordMentions(text, re, starts, byUnit);
  const items: Mention[] = [];
  const scan = scanner(re, re.flags.includes('g') ? re.flags : `${re.flags}g`);
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
    items.push({ start, end, text: m[0], group: firstGroup(m) });
  }
  return new MentionIndex(items);
}

/**
 * An alternation of names (`names` in the order of preference, each turned into a regex source by
 * `source`) split by the first UTF-16 unit of the names, as sticky regexes: at a position only the names
 * starting with its unit can match, and the first of them that matches is the one the whole alternation
 * takes there. Each position then tries a few alternatives instead of all (for indexMentions' `byUnit`;
 * every name must start with a literal unit its source starts with).
 */
export function alternationByFirstUnit(names: readonly string[], source: (name: string) => string, flags: string): ReadonlyMap<number, RegExp> {
  const sources = new Map<number, string[]>();
  for (const name of names) {
    const unit = name.charCodeAt(0);
    const list = sources.get(unit) ?? [];
    list.push(source(name));
    sources.set(unit, list);
  }
  const out = new Map<number, RegExp>();
  for (const [unit, list] of sources) out.set(unit, new RegExp(`(?:${list.join('|')})`, `${flags.replace(/[gy]/g, '')}y`));
  return out;
}

/** Per UTF-16 unit: 0 not yet known, 1 not a letter, 2 a letter or mark (as LETTER tests one unit). */
const letterUnits = new Uint8Array(65536);

/** `LETTER.test` of the single code unit `c` (NaN past the text's end: not a letter), memoised. */
export function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (Number.isNaN(c)) return false;
  let known = letterUnits[c];
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    letterUnits[c] = known;
  }
  return known === 2;
}

/**
 * indexMentions with whole words, when `starts` (a regex source) matches wherever a match of `re` can
 * start: a simple regex finds the next such place (a fast scan), and `re` runs (sticky) only there and
 * only at a word start, instead of the regex engine trying its alternatives at every position. Same
 * mentions: a match right after a letter is dropped there anyway, a dropped match moves on one
 * position and a kept one past its end, as there.
 */
function indexWordMentions(text: string, re: RegExp, starts: string | FirstUnits, byUnit?: ReadonlyMap<number, RegExp>): MentionIndex {
  if (typeof starts !== 'string') return indexWordMentionsAtUnits(text, re, starts, byUnit);
  const items: Mention[] = [];
  const candidates = scanner(re, 'g', starts);
  const whole = scanner(re, re.flags.replace('g', '') + 'y');
  for (let c = candidates.exec(text); c !== null; c = candidates.exec(text)) {
    const p = c.index;
    candidates.lastIndex = p + 1;
    if (isLetterUnit(text.charCodeAt(p - 1))) continue;
    const scan = byUnit === undefined ? whole : byUnit.get(text.charCodeAt(p));
    if (scan === undefined) continue;
    scan.lastIndex = p;
    const m = scan.exec(text);
    if (m === null || m[0].length === 0) continue;
    const end = p + m[0].length;
    if (isLetterUnit(text.charCodeAt(end))) continue;
    items.push({ start: p, end, text: m[0], group: firstGroup(m) });
    candidates.lastIndex = end;
  }
  return new MentionIndex(items);
}

/** indexWordMentions with the starts found by a loop over the units (see FirstUnits): the same candidates, in the same order. */
function indexWordMentionsAtUnits(text: string, re: RegExp, starts: FirstUnits, byUnit?: ReadonlyMap<number, RegExp>): MentionIndex {
  const items: Mention[] = [];
  const whole = scanner(re, re.flags.replace('g', '') + 'y');
  const { units, words } = starts;
  let p = 0;
  while (p < text.length) {
    const unit = text.charCodeAt(p);
    const kind = units[unit];
    if (kind === 0) {
      p++;
      continue;
    }
    if (kind === 2 && !startsOneOf(text, p, words)) {
      p++;
      continue;
    }
    // A candidate: the next one is looked for after it, or after the mention kept here.
    const next = p + 1;
    if (isLetterUnit(text.charCodeAt(p - 1))) {
      p = next;
      continue;
    }
    const scan = byUnit === undefined ? whole : byUnit.get(unit);
    if (scan === undefined) {
      p = next;
      continue;
    }
    scan.lastIndex = p;
    const m = scan.exec(text);
    if (m === null || m[0].length === 0) {
      p = next;
      continue;
    }
    const end = p + m[0].length;
    if (isLetterUnit(text.charCodeAt(end))) {
      p = next;
      continue;
    }
    items.push({ start: p, end, text: m[0], group: firstGroup(m) });
    p = end;
  }
  return new MentionIndex(items);
}

/** The first capture group that took part in the match (0 when none did). */
function firstGroup(m: RegExpExecArray): number {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return g;
  return 0;
}

function startsOneOf(text: string, p: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, p)) return true;
  return false;
}

/**
 * The mentions that do not start inside any of `spans` (both in text order, the spans disjoint): one walk
 * over the spans, not a scan of them per mention.
 */
export function outsideSpans(mentions: readonly Mention[], spans: readonly { start: number; end: number }[]): Mention[] {
  if (spans.length === 0) return [...mentions];
  const out: Mention[] = [];
  let f = 0;
  for (const m of mentions) {
    while (f < spans.length && (spans[f]?.end ?? 0) <= m.start) f++;
    const span = spans[f];
    if (span === undefined || m.start < span.start) out.push(m);
  }
  return out;
}

/**
 * The match a global regex of `sticky`'s source finds from `from`, when all its matches start where the
 * global regex `candidates` finds a match (its first literal words, without `sticky`'s leading
 * look-behind): `sticky` runs only there. The regex engine skips ahead on literal first words, but a
 * leading look-behind makes it try every position of the text.
 */
export function execAtCandidates(candidates: RegExp, sticky: RegExp, text: string, from: number): RegExpExecArray | null {
  candidates.lastIndex = from;
  for (let c = candidates.exec(text); c !== null; c = candidates.exec(text)) {
    const p = c.index;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m !== null) return m;
    candidates.lastIndex = p + 1;
  }
  return null;
}

/**
 * The match a global regex of `sticky`'s source finds from `from`, when all its matches start at a UTF-16
 * unit marked 1 in `firstUnits` (none of them a surrogate): the units are found by a loop over the text,
 * which is several times faster than the regex engine testing a large character class at every position.
 */
export function execAtUnits(firstUnits: Uint8Array, sticky: RegExp, text: string, from: number, maybeAt?: (text: string, p: number) => boolean): RegExpExecArray | null {
  for (let p = from; p < text.length; p++) {
    if (firstUnits[text.charCodeAt(p)] !== 1) continue;
    // A cheap test every match passes (when given) rules most units out before the regex runs.
    if (maybeAt !== undefined && !maybeAt(text, p)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  return null;
}
