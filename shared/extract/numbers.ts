/**
 * Reading Vietnamese numbers: digits with Vietnamese separators and number words.
 * Pure functions over already-isolated strings; finding them in text is the scanner's job.
 */

/**
 * Value of a digit run written the Vietnamese way ("1.891" = 1891, "42,13" = 42.13), or null when
 * the run is not one number (a version "1.2.3", a dotted date "1.5.2021").
 *
 * A dot followed by exactly three digits groups thousands; any other dot is a decimal point, as
 * some outlets write "10.6%". A single comma is a decimal comma; several comma groups of three
 * digits are English thousands ("1,234,567").
 */
export function parseDigitNumber(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  const hasDot = raw.includes('.');
  const hasComma = raw.includes(',');
  if (hasDot && hasComma) {
    const lastDot = raw.lastIndexOf('.');
    const lastComma = raw.lastIndexOf(',');
    const decimalSep = lastDot > lastComma ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const cut = Math.max(lastDot, lastComma);
    const intPart = raw.slice(0, cut);
    const frac = raw.slice(cut + 1);
    if (frac.includes(groupSep) || frac.includes(decimalSep)) return null;
    if (!isGroupedThousands(intPart, groupSep)) return null;
    return Number(intPart.split(groupSep).join('') + '.' + frac);
  }
  const sep = hasDot ? '.' : ',';
  const parts = raw.split(sep);
  if (parts.length === 2) {
    const [head = '', tail = ''] = parts;
    // "1.891" groups thousands; "0.500" and "10.6" are decimals; a comma is always decimal.
    if (sep === '.' && tail.length === 3 && head !== '0' && head.length <= 3) return Number(head + tail);
    return Number(head + '.' + tail);
  }
  if (isGroupedThousands(raw, sep)) return Number(parts.join(''));
  return null;
}

function isGroupedThousands(raw: string, sep: string): boolean {
  const parts = raw.split(sep);
  const [head = '', ...rest] = parts;
  if (head.length === 0 || head.length > 3) return rest.length === 0;
  return rest.every((p) => p.length === 3);
}

/** Scale words multiply what precedes them: "1,4 triệu" = 1 400 000. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  chục: 10,
  trăm: 100,
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** Applies a chain of scale words ("nghìn tỷ") to a number: the larger scale multiplies all. */
export function applyScales(value: number, scales: readonly number[], half: boolean): number {
  let result = value;
  let last = 1;
  for (const s of scales) {
    result *= s;
    last = s;
  }
  if (half) result += last === 1 ? 0.5 : last / 2;
  return roundFloat(result);
}

/** Removes binary float noise from products like 1.4 × 1e6. */
export function roundFloat(n: number): number {
  if (Number.isInteger(n)) return n;
  return Number.parseFloat(n.toPrecision(12));
}

const UNIT_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

/** Unit words that only follow "mươi"/"mười"/"linh": "hai mươi mốt", "mười lăm", "hai mươi tư". */
const TAIL_WORDS: Readonly<Record<string, number>> = {
  mốt: 1,
  tư: 4,
  lăm: 5,
  nhăm: 5,
};

const BIG_SCALES: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** Every word that can take part in a spelled-out number; the scanner looks for runs of these. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TAIL_WORDS),
  'mười',
  'mươi',
  'linh',
  'lẻ',
  'trăm',
  'chục',
  'rưỡi',
  ...Object.keys(BIG_SCALES),
];

export interface WordNumber {
  value: number;
  /** How many of the given words the number uses; the rest belong to the text after it. */
  used: number;
}

/**
 * Reads the longest spelled-out number at the start of `words` (lower-case), e.g.
 * ["hai", "mươi", "mốt", "người"] → 21 using 3 words. "năm" is five only where it cannot mean
 * "year" (before mươi/trăm/nghìn…, or after linh/lẻ); a lone "một" is the article "a", not 1.
 */
export function parseWordNumber(words: readonly string[]): WordNumber | null {
  let i = 0;
  let total = 0;
  let lastBigScale = 0;
  let chunkCount = 0;
  while (i < words.length) {
    const chunk = readChunk(words, i);
    if (!chunk) break;
    let value = chunk.value;
    i = chunk.next;
    chunkCount++;
    let scaled = false;
    while (i < words.length) {
      const scale = BIG_SCALES[words[i] ?? ''];
      if (scale === undefined) break;
      if (scale > lastBigScale && lastBigScale !== 0 && value === 0) {
        total *= scale;
      } else if (lastBigScale !== 0 && scale > lastBigScale) {
        total = (total + value) * scale;
        value = 0;
      } else {
        total += value * scale;
        value = 0;
      }
      lastBigScale = Math.max(lastBigScale, scale);
      scaled = true;
      i++;
      if (words[i] === 'rưỡi') {
        total += scale / 2;
        i++;
      } else {
        // Colloquial tail: "ba nghìn hai" = 3 200 (a bare unit after a scale counts its tenth).
        const tail = UNIT_WORDS[words[i] ?? ''];
        if (tail !== undefined && words[i] !== 'năm' && !continuesNumber(words, i + 1)) {
          total += (tail * scale) / 10;
          i++;
        }
      }
    }
    if (!scaled) {
      total += value;
      break;
    }
  }
  if (chunkCount === 0 || i === 0) return null;
  return { value: roundFloat(total), used: i };
}

function continuesNumber(words: readonly string[], i: number): boolean {
  const w = words[i];
  return w !== undefined && (w in UNIT_WORDS || w in TAIL_WORDS || w === 'mươi' || w === 'trăm' || w === 'mười' || w in BIG_SCALES);
}

interface Chunk {
  value: number;
  next: number;
}

/** A number below one thousand: [U trăm] [linh U | mười [U] | U mươi [U] | U]. */
function readChunk(words: readonly string[], start: number): Chunk | null {
  const first = words[start];
  if (first === undefined) return null;
  const unit = UNIT_WORDS[first];
  if (unit !== undefined && words[start + 1] === 'trăm') {
    let value = unit * 100;
    let i = start + 2;
    const w = words[i];
    if ((w === 'linh' || w === 'lẻ') && words[i + 1] !== undefined) {
      const u = UNIT_WORDS[words[i + 1] ?? ''] ?? TAIL_WORDS[words[i + 1] ?? ''];
      if (u !== undefined) {
        value += u;
        i += 2;
      }
    } else if (w === 'rưỡi') {
      value += 50;
      i++;
    } else {
      const tens = readTens(words, i);
      if (tens) {
        value += tens.value;
        i = tens.next;
      } else {
        // "một trăm hai" = 120: a bare unit after trăm is the tens digit.
        const u = UNIT_WORDS[w ?? ''];
        if (u !== undefined && w !== 'năm' && w !== 'một' && !continuesNumber(words, i + 1)) {
          value += u * 10;
          i++;
        }
      }
    }
    return { value, next: i };
  }
  const tens = readTens(words, start);
  if (tens) return tens;
  if (unit === undefined) return null;
  if (words[start + 1] === 'chục') return { value: unit * 10, next: start + 2 };
  const next = words[start + 1];
  const beforeScale = next !== undefined && next in BIG_SCALES;
  // "năm" alone is "year", "một" alone is the article "a": numbers only before a scale word.
  if ((first === 'năm' || first === 'một') && !beforeScale) return null;
  if (words[start + 1] === 'rưỡi' && !beforeScale) return { value: unit + 0.5, next: start + 2 };
  return { value: unit, next: start + 1 };
}

/** "mười [U]" (10–19) or "U mươi [U]" (20–99). */
function readTens(words: readonly string[], start: number): Chunk | null {
  const first = words[start];
  if (first === 'mười') {
    const w = words[start + 1] ?? '';
    // "mười năm" is "ten years"; fifteen is "mười lăm".
    const u = w === 'năm' || w === 'mốt' || w === 'tư' ? undefined : (UNIT_WORDS[w] ?? TAIL_WORDS[w]);
    return u === undefined ? { value: 10, next: start + 1 } : { value: 10 + u, next: start + 2 };
  }
  const unit = UNIT_WORDS[first ?? ''];
  if (unit === undefined || unit < 2 || words[start + 1] !== 'mươi') return null;
  const w = words[start + 2] ?? '';
  const u = w === 'năm' ? undefined : (TAIL_WORDS[w] ?? UNIT_WORDS[w]);
  return u === undefined ? { value: unit * 10, next: start + 2 } : { value: unit * 10 + u, next: start + 3 };
}

/** Ordinal words after "thứ": "thứ nhất", "thứ nhì", "thứ tư". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhất: 1,
  nhì: 2,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
