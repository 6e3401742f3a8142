import { describe, expect, it } from 'vitest';
import { raisedBetween } from './helpers';
import { REPORT_A, REPORT_B } from './povertyReports';

/**
 * Review s78: a report that gives two facts of one unit — a poverty line and the income a household was assigned — beside
 * a report that gives the income twice is no conflict. (An attempt at analysis 54 raised the poverty line against the
 * income; reverted.) Sentences written for this test.
 */

describe('a poverty line beside the income a household was assigned (review s78)', () => {
  it('raises nothing against a report that gives the income twice', () => {
    expect(raisedBetween(REPORT_A, REPORT_B)).toEqual([]);
  });
  it('still raises the income when the other report gives it otherwise', () => {
    const b = REPORT_B.replaceAll('750.000', '650.000');
    expect(raisedBetween(REPORT_A, b)).toContainEqual(['650.000 đồng', '750 nghìn đồng']);
  });
});
