/** A lone half of a surrogate pair: no character, and text that JSON stores (PostgreSQL's jsonb) refuse. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text without what no article holds and a store may refuse: U+0000 is dropped (PostgreSQL cannot
 * store it: "unsupported Unicode escape sequence") and a lone surrogate becomes "\uFFFD", as an
 * invalid byte does when a file is decoded. Everything else is kept as it was.
 */
export function withoutUnsafeChars(raw: string): string {
  return raw.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * All offsets in Crosscheck refer to NFC text with Unix line ends and no BOM, NUL or lone
 * surrogate: text enters through here before any claim offset is computed.
 */
export function normalizeText(raw: string): string {
  return withoutUnsafeChars(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).normalize('NFC');
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
