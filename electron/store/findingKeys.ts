/**
 * The findings keys (lowdb `fkeys` document): for each findings chunk (by its number: stored order /
 * chunk size), a Bloom filter of the keys its findings are found under — their claim ids and their
 * article ids (a finding's own and its claims' articles, as the findings index files it). Written at a
 * checkpoint, read on the first query by claim or article after an open: such a query then reads only
 * the findings index documents of the chunks whose filter may hold its key (a claim's findings lie in
 * 2 chunks at the median of a 10,000-article workspace, an article's in ~50 of 450), not every one of
 * them. A filter never says no to a key its chunk holds (Bloom filters have no false negatives); it
 * may say yes to one it does not hold (about 1 in 100), which costs one document read more.
 */
export interface FindingKeysDoc {
  v: 1;
  /** Findings per chunk of the workspace the filters describe (the manifest's findingChunk). */
  chunk: number;
  /** Bit probes per key. */
  k: number;
  /** Chunk number → its filter's bits, base64. */
  filters: Record<string, string>;
}

/** Bit probes per key, and bits per (distinct) key: about 0.8% false positives. */
const PROBES = 7;
const BITS_PER_KEY = 10;

/** Two 32-bit hashes of a key, for double hashing: FNV-1a, and a mix of it (murmur3's finalizer, odd). */
function hashes(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h1 = Math.imul(h1 ^ key.charCodeAt(i), 0x01000193);
  let h2 = (h1 ^ key.length) >>> 0;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return [h1 >>> 0, (h2 >>> 0) | 1];
}

/** A key's hashes as one number (h1 and 21 bits of h2: an exact safe integer), to count distinct keys. */
const packed = (h1: number, h2: number) => h1 * 0x200000 + (h2 & 0x1fffff);

function probe(bits: Uint8Array, h1: number, h2: number, k: number, set: boolean): boolean {
  const m = bits.length * 8;
  const step = (h2 & 0x1fffff) | 1;
  for (let i = 0; i < k; i++) {
    const at = (h1 + i * step) % m;
    const mask = 1 << (at & 7);
    if (set) bits[at >>> 3]! |= mask;
    else if ((bits[at >>> 3]! & mask) === 0) return false;
  }
  return true;
}

/** Builds the filters: `add` each finding's chunk and keys (in any order), then `finish`. */
export class FindingKeysBuilder {
  /** Per chunk, the packed hashes of its keys (duplicates included until `finish`). */
  private readonly byChunk = new Map<number, number[]>();

  constructor(private readonly chunk: number) {}

  /** A finding with this stored order, found under these keys (claim and article ids). */
  add(ord: number, keys: Iterable<string>): void {
    const n = Math.floor(ord / this.chunk);
    let list = this.byChunk.get(n);
    if (!list) this.byChunk.set(n, (list = []));
    for (const key of keys) {
      const [h1, h2] = hashes(key);
      list.push(packed(h1, h2));
    }
  }

  /** The document, a step every few chunks. */
  *finish(): Generator<void, FindingKeysDoc> {
    const filters: Record<string, string> = {};
    for (const [n, list] of this.byChunk) {
      yield;
      const distinct = Float64Array.from(list).sort();
      let count = 0;
      for (let i = 0; i < distinct.length; i++) if (i === 0 || distinct[i] !== distinct[i - 1]) distinct[count++] = distinct[i]!;
      const bits = new Uint8Array(Math.max(8, Math.ceil((count * BITS_PER_KEY) / 8)));
      for (let i = 0; i < count; i++) {
        const p = distinct[i]!;
        const h1 = Math.floor(p / 0x200000);
        probe(bits, h1, p % 0x200000, PROBES, true);
      }
      filters[String(n)] = Buffer.from(bits).toString('base64');
    }
    this.byChunk.clear();
    return { v: 1, chunk: this.chunk, k: PROBES, filters };
  }
}

/** The filters of a findings keys document, read back. */
export class FindingKeys {
  private constructor(
    private readonly k: number,
    private readonly filters: Map<number, Uint8Array>,
  ) {}

  /** A document read from disk, checked (throws on anything it would not have written, or written for another chunk size). */
  static parse(doc: unknown, chunk: number): FindingKeys {
    const bad = () => new Error('findings keys of the wrong shape');
    if (typeof doc !== 'object' || doc === null) throw bad();
    const d = doc as Record<string, unknown>;
    if (d.v !== 1 || d.chunk !== chunk || !Number.isInteger(d.k) || (d.k as number) < 1 || (d.k as number) > 32) throw bad();
    if (typeof d.filters !== 'object' || d.filters === null || Array.isArray(d.filters)) throw bad();
    const filters = new Map<number, Uint8Array>();
    for (const [key, value] of Object.entries(d.filters as Record<string, unknown>)) {
      if (!/^\d{1,9}$/.test(key) || typeof value !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) throw bad();
      const bits = new Uint8Array(Buffer.from(value, 'base64'));
      if (bits.length === 0) throw bad();
      filters.set(Number(key), bits);
    }
    return new FindingKeys(d.k as number, filters);
  }

  /**
   * Of these chunks (their numbers), those whose findings may be found under every one of these keys,
   * ascending. A chunk without a filter may hold anything: it is one of them.
   */
  chunksOf(keys: readonly string[], chunks: Iterable<number>): number[] {
    const hashed = keys.map(hashes);
    const out: number[] = [];
    for (const n of chunks) {
      const bits = this.filters.get(n);
      if (!bits || hashed.every(([h1, h2]) => probe(bits, h1, h2, this.k, false))) out.push(n);
    }
    return out.sort((a, b) => a - b);
  }
}
