/** Recognises files by their first bytes, so a renamed image or program is refused for what it is. */

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const IMAGE_SIGNATURES: ReadonlyArray<{ kind: string; test: (b: Uint8Array) => boolean }> = [
  { kind: 'PNG', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { kind: 'JPEG', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { kind: 'GIF', test: (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')) },
  { kind: 'WebP', test: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
  { kind: 'BMP', test: (b) => startsWith(b, ascii('BM')) && b.length > 26 && b[6] === 0 && b[7] === 0 },
  { kind: 'TIFF', test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) },
  { kind: 'HEIC/AVIF', test: (b) => startsWith(b, ascii('ftyp'), 4) && /^(heic|heix|mif1|avif)$/.test(String.fromCharCode(...b.subarray(8, 12))) },
  { kind: 'ICO', test: (b) => startsWith(b, [0x00, 0x00, 0x01, 0x00]) && b.length > 6 },
];

/** The image format the bytes start with, or null. */
export function sniffImageKind(bytes: Uint8Array): string | null {
  return IMAGE_SIGNATURES.find((s) => s.test(bytes))?.kind ?? null;
}

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.bmp', '.tif', '.tiff', '.heic', '.heif', '.avif', '.ico', '.svg']);

export function isImageExtension(extension: string): boolean {
  return IMAGE_EXTENSIONS.has(extension.toLowerCase());
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/**
 * True for bytes that are not text in any 8-bit or UTF-8 encoding: a NUL byte, or more than 1% of
 * control characters other than tab, line feed, form feed, carriage return and escape. Call it only
 * after UTF-16 has been ruled out, since UTF-16 text is full of NULs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  let controls = 0;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls > bytes.length / 100;
}
