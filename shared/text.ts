/** All offsets in Crosscheck refer to NFC text with Unix line ends and no BOM. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Text used to recognise the same article imported twice: whitespace and case folded. */
export function dedupKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Folds Vietnamese for search: lower case, tone marks and diacritics removed, đ → d, so
 * "ha giang" finds "Hà Giang". Keeps one character per input character so offsets still match.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
