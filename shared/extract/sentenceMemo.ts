/**
 * Whether a regex matches anywhere in a sentence, asked for each figure of the sentence and answered once per sentence
 * (issue 11): a reader that tests a regex on the whole sentence for every figure in it is quadratic in a sentence of
 * many figures (a flattened table, a pasted list with no full stop). The answer for the last sentence asked is kept
 * per regex; the regex must have neither the g nor the y flag (its test() would then depend on lastIndex).
 */
interface Memo {
  text: string;
  start: number;
  end: number;
  found: boolean;
}
const memos = new WeakMap<RegExp, Memo>();

/** `re.test(text.slice(start, end))`, read once for the same text and span. */
export function spanHas(re: RegExp, text: string, start: number, end: number): boolean {
  const memo = memos.get(re);
  if (memo !== undefined && memo.start === start && memo.end === end && memo.text === text) {
    // The caller's string kept: an equal text of another extraction (the same article extracted again) is compared
    // character by character, once, not at every call — which made each figure of a long sentence cost its length.
    memo.text = text;
    return memo.found;
  }
  const found = re.test(text.slice(start, end));
  memos.set(re, { text, start, end, found });
  return found;
}

/**
 * Whether a character occurs in text[from, to), asked with the same `from` and a growing `to` (each figure of a
 * sentence, from the sentence's start): the text is scanned once from `from`, not once per figure. One instance per
 * caller, so that two callers do not take turns resetting it.
 */
export class CharBefore {
  private text = '';
  private from = -1;
  /** text[from, scanned) holds no `code` when `at` < 0. */
  private scanned = -1;
  /** The first `code` at or after `from`, or -1 while none is found. */
  private at = -1;

  constructor(private readonly code: number) {}

  within(text: string, from: number, to: number): boolean {
    if (this.text !== text || this.from !== from) {
      this.text = text;
      this.from = from;
      this.scanned = from;
      this.at = -1;
    }
    this.text = text; // an equal text of another extraction: compared once, not at every call (see spanHas)
    if (this.at >= 0) return this.at < to;
    for (let i = this.scanned; i < to; i++) {
      if (text.charCodeAt(i) === this.code) {
        this.at = i;
        this.scanned = i + 1;
        return true;
      }
    }
    if (to > this.scanned) this.scanned = to;
    return false;
  }
}
