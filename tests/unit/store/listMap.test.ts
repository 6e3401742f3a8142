import { describe, expect, it } from 'vitest';
import { ListMap } from '../../../electron/store/listMap';

describe('ListMap (lists by key held small)', () => {
  it('gives what lists grown by push and cut by splice give, over 20,000 random adds and removes', () => {
    let s = 7;
    const rand = (n: number) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % n);
    const lists = new ListMap<string>();
    const reference = new Map<string, string[]>();
    for (let step = 0; step < 20_000; step++) {
      // Few keys, so lists pass through one, a few (copied) and many (pushed) members and back.
      const key = `k${rand(40)}`;
      const value = `v${rand(30)}`;
      if (rand(3) > 0) {
        lists.add(key, value);
        reference.set(key, [...(reference.get(key) ?? []), value]);
      } else {
        lists.remove(key, value);
        const list = reference.get(key);
        const at = list?.indexOf(value) ?? -1;
        if (list && at >= 0) {
          list.splice(at, 1);
          if (list.length === 0) reference.delete(key);
        }
      }
      if (step % 97 === 0) {
        for (let k = 0; k < 40; k++) expect(lists.get(`k${k}`)).toEqual(reference.get(`k${k}`));
        expect(lists.size).toBe(reference.size);
      }
    }
    const longest = Math.max(...[...reference.values()].map((l) => l.length));
    expect(longest).toBeGreaterThan(9);
    lists.clear();
    expect(lists.get('k1')).toBeUndefined();
  });

  it('gives a copy whatever the number of members: a list kept by a caller never changes with later adds and removes', () => {
    // 1 member (held as itself), 2 to 8 (copied on add), 9 and more (pushed).
    for (let n = 1; n <= 12; n++) {
      const lists = new ListMap<string>();
      const expected = Array.from({ length: n }, (_, i) => `v${i + 1}`);
      for (const v of expected) lists.add('k', v);
      const kept = lists.get('k')!;
      lists.add('k', 'later');
      lists.remove('k', 'v1');
      expect(kept).toEqual(expected);
      // Changing what was given changes nothing in the map.
      kept.push('from the caller');
      expect(lists.get('k')).toEqual([...expected.slice(1), 'later']);
    }
  });
});
