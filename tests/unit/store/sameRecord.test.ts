import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameRecord } from '../../../electron/store/port';

/** What sameRecord meant before it compared in place: the records' canonical JSON, compared. */
const reference = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  return canonicalJson(a) === canonicalJson(b);
};

/** Values a record holds, and some it never should (NaN, a Date, undefined in an array, a function). */
const leaf = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(new Date(0)),
  fc.constant(() => 1),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c', 'toJSON'), tie('value'), { maxKeys: 3 })),
}));

/** The same record with its keys in another order (deeply), as a store reads it back. */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).reverse()) out[k] = reordered((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

describe('sameRecord', () => {
  it('agrees with comparing canonical JSON on random values, reordered copies and near misses', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameRecord(a, b)).toBe(reference(a, b));
        expect(sameRecord(a, reordered(a))).toBe(reference(a, reordered(a)));
        const withUndefined = a && typeof a === 'object' && !Array.isArray(a) ? { ...a, extra: undefined } : a;
        expect(sameRecord(a, withUndefined)).toBe(reference(a, withUndefined));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads key order and undefined fields as the same record, and a changed field as another', () => {
    const finding = { id: 'f_1', status: 'open', claimIds: ['c_1', 'c_2'], decision: undefined, spans: [{ start: 1, end: 4 }] };
    expect(sameRecord(finding, { spans: [{ end: 4, start: 1 }], claimIds: ['c_1', 'c_2'], status: 'open', id: 'f_1' })).toBe(true);
    expect(sameRecord(finding, { ...finding, status: 'resolved' })).toBe(false);
    expect(sameRecord(finding, { ...finding, claimIds: ['c_2', 'c_1'] })).toBe(false);
    expect(sameRecord(finding, { ...finding, spans: [{ start: 1, end: 4, note: null }] })).toBe(false);
    expect(sameRecord({ n: 1 }, { n: '1' })).toBe(false);
    expect(sameRecord({ n: -0 }, { n: 0 })).toBe(true);
    // What JSON makes of a value decides, as before: an object's toJSON, a Date, NaN as null.
    const asOne = () => 1;
    expect(sameRecord({ toJSON: asOne, a: 1 }, { toJSON: asOne, a: 2 })).toBe(true);
    expect(sameRecord({ at: new Date(0) }, { at: '1970-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameRecord({ n: Number.NaN }, { n: null })).toBe(true);
  });
});
