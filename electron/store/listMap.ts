import { ShardedMap } from './shardedMap';

/**
 * Lists by key (findings by claim, audit events by target…) held for as little heap as they can:
 * most keys have one or two members, and a list grown by `push` reserves room for 17 (152 bytes of
 * backing store each; 37 MB for the findings by claim of a 10,000-article workspace). One member is
 * held as itself, a few in an array of exactly their number (copied on each add), more in an array
 * grown by push. The members must not be arrays themselves.
 */
const COPY_UP_TO = 8;

export class ListMap<T> {
  private readonly map = new ShardedMap<T | T[]>();

  get size(): number {
    return this.map.size;
  }

  /**
   * The members of `key` in the order they were added, or undefined: always a fresh array, whatever
   * the number of members (held as itself, copied on add, or pushed), so a result kept by a caller
   * never changes with later adds and removes, and changing it changes nothing here. The callers
   * read a few members per key (findings of a claim or an article, audit events of a target): the
   * copy costs less than what they do with it.
   */
  get(key: string): T[] | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    return Array.isArray(v) ? v.slice() : [v];
  }

  add(key: string, value: T): void {
    const v = this.map.get(key);
    if (v === undefined) this.map.set(key, value);
    else if (!Array.isArray(v)) this.map.set(key, [v, value]);
    else if (v.length < COPY_UP_TO) this.map.set(key, [...v, value]);
    else v.push(value);
  }

  /** Removes the first occurrence of `value` under `key` (the key goes when its list is empty). */
  remove(key: string, value: T): void {
    const v = this.map.get(key);
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      if (v === value) this.map.delete(key);
      return;
    }
    const at = v.indexOf(value);
    if (at < 0) return;
    if (v.length === 2) this.map.set(key, v[1 - at] as T);
    else if (v.length <= COPY_UP_TO + 1) this.map.set(key, v.filter((_, i) => i !== at));
    else v.splice(at, 1);
  }

  clear(): void {
    this.map.clear();
  }
}
