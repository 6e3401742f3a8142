import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { ShardedMap } from '../../../electron/store/shardedMap';

type Op = { op: 'set'; key: string; value: number } | { op: 'delete'; key: string } | { op: 'clear' } | { op: 'get'; key: string };

// Short keys (down to the empty string), ids of the store's shape, and keys that differ only early.
const key = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('c_0a1', 'c_0a2', 'f_ab', 'x1', 'y1', 'a_zz', 'b_zz'), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 4, maxLength: 6 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), key, value: fc.integer() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), key }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('get' as const), key }) },
  { weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
);
const sorted = <T>(xs: Iterable<T>) => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('ShardedMap (issue 9: no V8 Map rehash of 100k+ entries on the event loop)', () => {
  it('holds what a Map holds, whatever the sequence of sets, deletes and clears (iteration order aside)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const map = new Map<string, number>();
        const sharded = new ShardedMap<number>();
        for (const o of ops) {
          if (o.op === 'set') {
            expect(sharded.set(o.key, o.value)).toBe(sharded);
            map.set(o.key, o.value);
          } else if (o.op === 'delete') expect(sharded.delete(o.key)).toBe(map.delete(o.key));
          else if (o.op === 'get') expect([sharded.get(o.key), sharded.has(o.key)]).toEqual([map.get(o.key), map.has(o.key)]);
          else {
            sharded.clear();
            map.clear();
          }
          expect(sharded.size).toBe(map.size);
        }
        const entries = [...sharded];
        expect(sorted(entries)).toEqual(sorted(map));
        // keys(), values(), entries(), forEach and keyArray() all walk the one order.
        expect([...sharded.keys()]).toEqual(entries.map(([k]) => k));
        expect(sharded.keyArray()).toEqual(entries.map(([k]) => k));
        expect([...sharded.values()]).toEqual(entries.map(([, v]) => v));
        const seen: Array<[string, number]> = [];
        sharded.forEach((v, k, m) => {
          expect(m).toBe(sharded);
          seen.push([k, v]);
        });
        expect(seen).toEqual(entries);
      }),
      { numRuns: 400 },
    );
  });

  it('iterates deterministically: the same changes give the same order', () => {
    const build = () => {
      const m = new ShardedMap<number>();
      for (let i = 0; i < 500; i++) m.set(`c_${i.toString(16)}`, i);
      for (let i = 0; i < 500; i += 7) m.delete(`c_${i.toString(16)}`);
      return [...m.keys()];
    };
    expect(build()).toEqual(build());
  });

  it('an iteration never visits a key deleted before it is reached, and an abandoned one leaves the map as it was', () => {
    const sharded = new ShardedMap<number>();
    for (let i = 0; i < 200; i++) sharded.set(`k${i}`, i);
    const order = [...sharded.keys()];
    const visited: string[] = [];
    for (const k of sharded.keys()) {
      visited.push(k);
      if (visited.length === 1) for (const later of order.slice(100)) sharded.delete(later);
    }
    expect(visited).toEqual(order.slice(0, 100));
    const it = sharded.entries();
    expect(it.next().done).toBe(false);
    expect(it.return?.()).toEqual({ done: true, value: undefined });
    expect(it.next().done).toBe(true);
    expect(sharded.size).toBe(100);
  });

  it.each([
    ['content-hash ids', (i: number) => `c_${createHash('sha256').update(String(i)).digest('hex').slice(0, 28)}`],
    ['sequence-numbered ids', (i: number) => `f_bench${String(i).padStart(8, '0')}`],
  ])('deals %s evenly: no V8 table holds much more than a 32nd of 200,000', (_, id) => {
    const sharded = new ShardedMap<number>();
    for (let i = 0; i < 200_000; i++) sharded.set(id(i), i);
    const sizes = (sharded as unknown as { shards: Map<string, number>[] }).shards.map((s) => s.size);
    expect(sizes).toHaveLength(32);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(200_000);
    // 6,250 each on average; the largest V8 table (and its rehash) stays under 8,192 entries.
    expect(Math.max(...sizes)).toBeLessThan(8_192);
    expect(Math.min(...sizes)).toBeGreaterThan(4_096);
  });
});
