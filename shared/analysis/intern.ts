/**
 * Numbers for lists of integers by content, for the passage alignment: equal lists (a sentence's
 * masked tokens and years, in every copy of it) get one number, in the order they are first seen, so
 * the alignment groups 100k passages by comparing small integers instead of building and hashing a
 * key string per passage. Held by one alignment run only (dropped with it): at most one entry per
 * list it was given, so its memory is that of the lists (bounded by the passages aligned).
 * The integers must be whole and fit in an Int32 (token ids, years 1900–2100 do): they are stored in an
 * Int32Array, so 2019.5 and 2019 would get one number (review of s33-alignperf, note 2).
 */
export class IntListIds {
  /** Open addressing: each slot holds a list's number + 1 (0: empty). Its size is a power of two. */
  private slots = new Int32Array(1024);
  /** The lists' integers one after another; list n is values[starts[n], starts[n + 1]). */
  private values = new Int32Array(1024);
  /** Where each list starts in `values` (entry n + 1: where list n ends). */
  private starts = new Int32Array(256);
  private hashes = new Int32Array(256);
  private count = 0;

  /** Lists numbered so far. */
  get size(): number {
    return this.count;
  }

  /**
   * The number of the list `a[from, to)` followed, when `tail` is given, by a separator and
   * `tail[0, tailLength)`: one list, told apart from any list without that tail or with another one.
   */
  idOf(a: Int32Array, from = 0, to = a.length, tail?: readonly number[], tailLength = 0): number {
    const hasTail = tail !== undefined;
    const length = to - from + (hasTail ? 1 + tailLength : 0);
    let h = Math.imul(length, 0x9e3779b1) ^ 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ (a[i] as number), 0x01000193);
    if (hasTail) {
      // The separator stands for no integer of a list: lists of integers ≥ 0 before it never collide
      // with another split of the same integers (the length is part of the hash and of the check).
      h = Math.imul(h ^ 0x7fffffff, 0x01000193);
      for (let i = 0; i < tailLength; i++) h = Math.imul(h ^ (tail[i] as number), 0x01000193);
    }
    h = h ^ (h >>> 15);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s] as number;
      if (at === 0) break;
      const n = at - 1;
      if (this.hashes[n] === h && this.same(n, a, from, to, hasTail ? tail : undefined, tailLength)) return n;
    }
    // New: stored, then placed (the table grows at half full).
    const n = this.count;
    const start = this.starts[n] as number;
    if (this.values.length < start + length) {
      const grown = new Int32Array(Math.max(this.values.length * 2, start + length));
      grown.set(this.values.subarray(0, start));
      this.values = grown;
    }
    let k = start;
    for (let i = from; i < to; i++) this.values[k++] = a[i] as number;
    if (hasTail) {
      this.values[k++] = -1;
      for (let i = 0; i < tailLength; i++) this.values[k++] = tail[i] as number;
    }
    if (n + 2 > this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.starts[n + 1] = start + length;
    this.hashes[n] = h;
    this.count = n + 1;
    if (2 * (n + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(n, h);
    return n;
  }

  private same(n: number, a: Int32Array, from: number, to: number, tail: readonly number[] | undefined, tailLength: number): boolean {
    const start = this.starts[n] as number;
    const end = this.starts[n + 1] as number;
    const length = to - from + (tail !== undefined ? 1 + tailLength : 0);
    if (end - start !== length) return false;
    let k = start;
    for (let i = from; i < to; i++) if (this.values[k++] !== a[i]) return false;
    if (tail !== undefined) {
      if (this.values[k++] !== -1) return false;
      for (let i = 0; i < tailLength; i++) if (this.values[k++] !== tail[i]) return false;
    }
    return true;
  }

  private place(n: number, h: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = n + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let n = 0; n < this.count; n++) this.place(n, this.hashes[n] as number);
  }
}
