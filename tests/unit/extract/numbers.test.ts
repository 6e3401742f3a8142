import { describe, expect, it } from 'vitest';
import { parseDigitNumber, parseWordNumber } from '../../../shared/extract';

describe('parseDigitNumber reads Vietnamese separators', () => {
  it.each([
    ['1.891', 1891],
    ['55.000', 55000],
    ['1.183.873', 1183873],
    ['42,13', 42.13],
    ['0,57', 0.57],
    ['10.6', 10.6],
    ['4.25', 4.25],
    ['0.500', 0.5],
    ['03', 3],
    ['09', 9],
    ['1.234,5', 1234.5],
    ['1,234,567', 1234567],
    ['2020', 2020],
  ])('%s = %d', (raw, value) => {
    expect(parseDigitNumber(raw)).toBe(value);
  });

  it('refuses strings that are not one number (versions, dotted dates)', () => {
    expect(parseDigitNumber('1.2.3')).toBeNull();
    expect(parseDigitNumber('1.5.2021')).toBeNull();
  });
});

describe('parseWordNumber reads spelled-out numbers', () => {
  const read = (s: string): number | null => parseWordNumber(s.split(' '))?.value ?? null;
  it.each([
    ['bốn', 4],
    ['hai mươi mốt', 21],
    ['mười lăm', 15],
    ['hai mươi tư', 24],
    ['ba mươi nhăm', 35],
    ['một trăm linh năm', 105],
    ['hai trăm lẻ tư', 204],
    ['năm trăm', 500],
    ['một nghìn', 1000],
    ['ba ngàn', 3000],
    ['hai triệu', 2_000_000],
    ['một triệu rưỡi', 1_500_000],
    ['hai nghìn tỷ', 2e12],
    ['một tỉ', 1e9],
    ['một triệu hai trăm nghìn', 1_200_000],
    ['ba nghìn hai', 3200],
  ])('%s = %d', (words, value) => {
    expect(read(words)).toBe(value);
  });

  it('leaves "năm" meaning year and "một" meaning "a" alone', () => {
    expect(parseWordNumber(['năm'])).toBeNull();
    expect(parseWordNumber(['một'])).toBeNull();
    expect(parseWordNumber(['bốn', 'năm'])).toEqual({ value: 4, used: 1 });
    expect(parseWordNumber(['mười', 'năm'])).toEqual({ value: 10, used: 1 });
    expect(parseWordNumber(['hai', 'mươi', 'năm'])).toEqual({ value: 20, used: 2 });
  });

  it('reads "tư" and "lăm" only where they are digits', () => {
    expect(parseWordNumber(['tư'])).toBeNull();
    expect(parseWordNumber(['lăm'])).toBeNull();
  });
});
