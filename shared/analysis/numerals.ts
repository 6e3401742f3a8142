import { fold } from './normalize';

/**
 * Small Vietnamese numbers as text rules meet them ("bốn năm", "sau hai mươi năm", "03 trụ cột").
 * The extractor owns full numeral parsing; this covers 0–99, which is all a count of years or listed
 * items needs.
 */
const UNITS: Record<string, number> = {
  khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, nham: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};

export const NUMERAL_WORD = '(?:\\d{1,3}|(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|nhăm)(?:\\s+(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|nhăm)){0,2})';

export function parseSmallNumber(raw: string): number | null {
  const text = raw.trim();
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const words = fold(text).split(/\s+/);
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === 'muoi') {
      // "mười" alone is 10; "hai mươi" is 2 × 10.
      current = current === 0 ? 10 : current * 10;
      total += current;
      current = 0;
    } else if (w === 'mot' && total >= 20) current = 1;
    else if (w in UNITS) current = UNITS[w] as number;
    else return null;
  }
  return total + current;
}
