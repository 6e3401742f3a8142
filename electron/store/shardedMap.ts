/**
 * A Map of string keys that never holds more than a fraction of its entries in one V8 table (issue 9: "event loop
 * never blocked > 16 ms").
 *
 * A V8 Map grows by rehashing every entry into a table twice the size, in one step: at 10,000 articles the maps of
 * claims and findings pass 131,072 entries, and the one `set` that crosses such a size blocks the event loop for
 * 26–85 ms (`tests/bench/shardedMap.bench.ts`: the longest `set` while a Map grows to 300,000 keys against this one).
 * Here the entries are dealt into SHARDS Maps by a hash of the key's last characters (the store's ids end in the
 * digits of a content hash or a sequence number), so each rehash moves about a SHARDS-th of them; a lookup costs one
 * Map lookup and four character codes.
 *
 * Iteration visits the shards in turn, each in its own insertion order: deterministic for the same sequence of
 * changes, but NOT a Map's insertion order. Use it where the order of iteration is not part of the result (the
 * store's maps by id: listings sort by stored order).
 */
const SHARDS = 32;
const SHARD_SHIFT = 32 - Math.log2(SHARDS);

/**
 * The shard of a key, from its last four characters mixed (a missing one reads NaN, which `| 0` makes 0): 160,000
 * ids deal into 32 shards of 4,608–5,648 whether they end in a sequence number ("f_bench00000001"), hex or base-64
 * digits of a hash, or base 36. Keys that differ only before their last four characters share a shard.
 */
function shardOf(key: string): number {
  const n = key.length;
  let x =
    Math.imul(key.charCodeAt(n - 1) | 0, 0x9e3779b1) ^
    Math.imul(key.charCodeAt(n - 2) | 0, 0x85ebca77) ^
    Math.imul(key.charCodeAt(n - 3) | 0, 0xc2b2ae3d) ^
    Math.imul(key.charCodeAt(n - 4) | 0, 0x27d4eb2f);
  x ^= x >>> 15;
  return Math.imul(x, 0x2c1b3c6d) >>> SHARD_SHIFT;
}

export class ShardedMap<V> implements Map<string, V> {
  private readonly shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());
  private count = 0;

  get size(): number {
    return this.count;
  }

  get [Symbol.toStringTag](): string {
    return 'ShardedMap';
  }

  private shard(key: string): Map<string, V> {
    return this.shards[shardOf(key)] as Map<string, V>;
  }

  get(key: string): V | undefined {
    return this.shard(key).get(key);
  }

  has(key: string): boolean {
    return this.shard(key).has(key);
  }

  set(key: string, value: V): this {
    const shard = this.shard(key);
    const before = shard.size;
    shard.set(key, value);
    this.count += shard.size - before;
    return this;
  }

  delete(key: string): boolean {
    const deleted = this.shard(key).delete(key);
    if (deleted) this.count--;
    return deleted;
  }

  clear(): void {
    for (const shard of this.shards) shard.clear();
    this.count = 0;
  }

  forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const shard of this.shards) for (const [key, value] of shard) callback.call(thisArg, value, key, this);
  }

  entries(): MapIterator<[string, V]> {
    return new ShardsIterator(this.shards, (shard) => shard.entries());
  }

  keys(): MapIterator<string> {
    return new ShardsIterator(this.shards, (shard) => shard.keys());
  }

  values(): MapIterator<V> {
    return new ShardsIterator(this.shards, (shard) => shard.values());
  }

  /**
   * Every key, in iteration order, in a new array: sized first, then filled (160,000 keys in 4 ms where pushing them
   * took 12, one block of the findings index's build at 10,000 articles).
   */
  keyArray(): string[] {
    const out = new Array<string>(this.count);
    let i = 0;
    for (const shard of this.shards) for (const key of shard.keys()) out[i++] = key;
    out.length = i;
    return out;
  }

  /**
   * The keys shard by shard: one function per shard that returns, when called, that shard's keys as they
   * are then (a few thousand: a part of `keyArray`'s work small enough for one slice of a background build).
   */
  keyParts(): Array<() => string[]> {
    return this.shards.map((shard) => () => [...shard.keys()]);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** Walks the shards' own iterators in turn and hands on their results as they are (no generator frame per entry). */
class ShardsIterator<V, T> implements MapIterator<T> {
  private at = 0;
  private inner: Iterator<T> | null;

  constructor(
    private readonly shards: readonly Map<string, V>[],
    private readonly open: (shard: Map<string, V>) => Iterator<T>,
  ) {
    this.inner = open(shards[0] as Map<string, V>);
  }

  next(): IteratorResult<T, undefined> {
    while (this.inner) {
      const step = this.inner.next();
      if (!step.done) return step;
      const shard = this.shards[++this.at];
      this.inner = shard ? this.open(shard) : null;
    }
    return { done: true, value: undefined };
  }

  return(): IteratorResult<T, undefined> {
    this.inner = null;
    return { done: true, value: undefined };
  }

  [Symbol.iterator](): this {
    return this;
  }
}
