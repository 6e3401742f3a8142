import { describe, expect, it } from 'vitest';
import { growth } from './growth';

describe('the linear-time measure (tests/unit/growth.ts)', () => {
  it('reads a quadratic scan as quadratic and a linear one as linear, on the small inputs fast work is timed on', () => {
    // For every "<", look for an unclosed ">" from there to the end: the scan the code-text filter must not be.
    const quadratic = (text: string) => {
      let unclosed = 0;
      for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) if (text.indexOf('>', i) === -1) unclosed++;
      return unclosed;
    };
    const linear = (text: string) => {
      let unclosed = 0;
      for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) unclosed++;
      return unclosed;
    };
    // The bound only decides how long to go on measuring: a growth above it is measured again, from other sizes.
    const q = growth(quadratic, '<script ', { maxChars: 20_000, bound: 10, rounds: 3 });
    const l = growth(linear, '<script ', { maxChars: 20_000 });
    console.log(`quadratic ${q.ratio.toFixed(2)} (${q.runs} runs), linear ${l.ratio.toFixed(2)} (${l.runs} runs) per doubling`);
    expect(q.ratio).toBeGreaterThan(3.2);
    expect(l.ratio).toBeLessThanOrEqual(2.5);
  });
});
