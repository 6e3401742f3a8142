/** All offsets in Crosscheck refer to NFC text with Unix line ends and no BOM. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Text used to recognise the same article imported twice: whitespace and case folded. */
export function dedupKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim().toLowerCase();
}
