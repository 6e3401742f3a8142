/**
 * How much a decoded text looks like well-formed Vietnamese. Used to choose between 8-bit
 * decodings of the same bytes: the right one yields real syllables ("Việt"), the wrong ones yield
 * letter soup ("Viêòt", "ViÖt") or stray symbols, while ASCII words read the same in all of them
 * and so are not counted.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Vowel clusters a Vietnamese syllable can have between its initial and final consonants
// (including on- and off-glides). A misdecoding almost always produces a cluster outside this list.
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo',
  'ôi', 'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu',
];
const SYLLABLE = new RegExp(
  '^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?' +
    `(${[...NUCLEI].sort((a, b) => b.length - a.length).join('|')})` +
    // "k" only for highland place names such as "Đắk Lắk".
    '(ch|ng|nh|[cmnptk])?$',
);

/** Latin-1 symbols that real prose hardly uses but wrong decodings of legacy bytes produce. */
const UNLIKELY_SYMBOLS = new Set([...'¤¦¨¯´¸¹²³¼½¾¬\u00ad¶µªº¿¡']);

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  return SYLLABLE.test(base);
}

function isUnlikelyChar(code: number, ch: string): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return true; // DEL and C1 controls
  if (code === 0xfffd) return true;
  if (code >= 0x0300 && code <= 0x036f) return true; // a combining mark NFC could not attach
  if (code >= 0xe000 && code <= 0xf8ff) return true; // private use
  return UNLIKELY_SYMBOLS.has(ch);
}

export interface PlausibilityStats {
  /** Words holding at least one non-ASCII letter. */
  accentedWords: number;
  /** Of those, the ones that are valid Vietnamese syllables. */
  wellFormedWords: number;
  /** Control characters, replacement characters, stray combining marks, odd symbols. */
  unlikelyChars: number;
  nonAsciiChars: number;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** Expects NFC text. */
export function measureVietnamese(text: string): PlausibilityStats {
  let accentedWords = 0;
  let wellFormedWords = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (![...word].some((ch) => (ch.codePointAt(0) ?? 0) > 0x7f)) continue;
    accentedWords++;
    if (isVietnameseSyllable(word)) wellFormedWords++;
  }
  let unlikelyChars = 0;
  let nonAsciiChars = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code > 0x7f) nonAsciiChars++;
    if (isUnlikelyChar(code, ch)) unlikelyChars++;
  }
  return { accentedWords, wellFormedWords, unlikelyChars, nonAsciiChars };
}

/** Higher is more Vietnamese; malformed words and odd characters cost more than a good word earns. */
export function plausibilityScore(stats: PlausibilityStats): number {
  return stats.wellFormedWords - 2 * (stats.accentedWords - stats.wellFormedWords) - 3 * stats.unlikelyChars;
}
