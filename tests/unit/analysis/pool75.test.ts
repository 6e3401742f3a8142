import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventMatchesBetween, raisedBetween } from './helpers';

// Two generated reports of one market day (review s75-r1's randomized long lists, our own words): A lists 63 shops'
// prices, B re-words three of them, one price changed (67.410 for a shop A lists at 46.680, which B also gives).
const DIR = join(__dirname, '..', '..', 'fixtures', 'pool75');
const A = readFileSync(join(DIR, 'list-a.txt'), 'utf8');
const B = readFileSync(join(DIR, 'list-b.txt'), 'utf8');

describe('a long list read through a pool, a best found at the bound (review s75-r1, defect 3)', () => {
  it('reads the whole list when the best shares only what many lines share, and keeps the tie it finds there', () => {
    // (The pool's best for 67.410 was 46.680, which B gives alike, at exactly the bound; another line of A scores as
    // much, so reading every line finds a tie and pairs nothing.)
    expect(eventMatchesBetween(A, B).filter((m) => m.includes('67.410'))).toEqual([]);
    expect(raisedBetween(A, B).filter((q) => q.some((x) => x.includes('67.410')) && q.some((x) => x.includes('46.680')))).toEqual([]);
  });
});
