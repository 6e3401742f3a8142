import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../../electron/cli/json';

/** What the CLI's stdout holds: each piece followed by a line break. */
function written(value: unknown): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeJson((t) => pieces.push(t), value);
  return { text: pieces.map((p) => `${p}\n`).join(''), pieces: pieces.length };
}

describe('CLI JSON result written in pieces', () => {
  it('is byte for byte JSON.stringify(value, null, 2) plus the line break, for any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()), (value) => {
        expect(written(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
    // Keys JSON.stringify leaves out, empty arrays and objects, nested arrays, strings with line breaks.
    const odd = { a: undefined, b: [], c: {}, d: [[1, [2]], { e: 'x\ny' }], f: [undefined, () => 1], g: null };
    expect(written(odd).text).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });

  it('stringifies each item of a top-level list once (the list itself is never made into one string)', () => {
    let calls = 0;
    const items = Array.from({ length: 50 }, (_, i) => ({ toJSON: () => (calls++, { i }) }));
    const { text } = written({ findings: items });
    expect(calls).toBe(50);
    expect(JSON.parse(text)).toEqual({ findings: Array.from({ length: 50 }, (_, i) => ({ i })) });
  });

  it('writes a workspace-sized findings list in several pieces, never as one string', () => {
    const findings = Array.from({ length: 6000 }, (_, i) => ({ id: `f_${i}`, explanation: 'Mâu thuẫn: “42,1%” khác “41,2%”. '.repeat(10), claims: [`c_${i}`, `c_${i + 1}`] }));
    const value = { format: 'crosscheck.check', version: 1, findings };
    const { text, pieces } = written(value);
    expect(pieces).toBeGreaterThan(2);
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
