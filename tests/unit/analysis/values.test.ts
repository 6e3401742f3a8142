import { describe, expect, it } from 'vitest';
import { rangesMeet, valueRange } from '../../../shared/analysis/values';

const range = (quote: string, value: number, qualifier: Parameters<typeof valueRange>[2] = 'exact') => valueRange(value, null, qualifier, quote);

describe('value ranges: what a qualified figure allows', () => {
  it('an upper bound ("dưới 65%", "không quá 65%") meets only values under it, with rounding for "không quá"', () => {
    const under = range('dưới 65%', 65, 'less_than');
    expect(rangesMeet(under, range('70%', 70))).toBe(false);
    expect(rangesMeet(range('70%', 70), under)).toBe(false);
    expect(rangesMeet(under, range('60%', 60))).toBe(true);
    const atMost = range('không quá 65%', 65, 'at_most');
    expect(rangesMeet(atMost, range('65,3%', 65.3))).toBe(true);
    expect(rangesMeet(atMost, range('66,5%', 66.5))).toBe(false);
  });

  it('two bounds meet when they overlap: "dưới 50%" and "trên 60%" do not, "dưới 50%" and "dưới 80%" do', () => {
    expect(rangesMeet(range('dưới 50%', 50, 'less_than'), range('trên 60%', 60, 'more_than'))).toBe(false);
    expect(rangesMeet(range('dưới 50%', 50, 'less_than'), range('dưới 80%', 80, 'less_than'))).toBe(true);
    expect(rangesMeet(range('hơn 2 nghìn', 2000, 'more_than'), range('2.100', 2100))).toBe(true);
  });

  it('absorbs binary floating error in values such as 42,13 but not a real difference', () => {
    expect(rangesMeet({ low: 42.13, high: 42.13 }, { low: 42.129999999999995, high: 42.129999999999995 })).toBe(true);
    expect(rangesMeet({ low: -Infinity, high: 42.13 }, { low: 42.13 + 1e-6, high: 42.2 })).toBe(false);
  });
});
