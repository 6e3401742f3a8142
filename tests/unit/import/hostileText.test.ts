import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../electron/import/readArticleFile';
import { decodeTextBytes } from '../../../electron/import/decode';
import { buildDocument } from '../../../shared/document';
import { normalizeText, withoutUnsafeChars } from '../../../shared/text';
import { ARTICLE_VI, makeTempDir } from './helpers/files';

/**
 * NUL bytes and binary data behind a byte order mark (REVIEW-sec B4) were imported as text — random
 * bytes after FF FE became an "article" of CJK soup and lone surrogates — and on a shared desk
 * PostgreSQL then refused the import ("unsupported Unicode escape sequence"). The binary test now
 * applies after a BOM too, and text entering the desk never holds U+0000 or a lone surrogate.
 */

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  tmp = await makeTempDir();
});
afterEach(async () => {
  await tmp.cleanup();
});

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const LE_BOM = Buffer.from([0xff, 0xfe]);
const BE_BOM = Buffer.from([0xfe, 0xff]);

/** Deterministic "random" bytes (xorshift), so the test is the same on every run. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('binary data behind a byte order mark is refused as binary', () => {
  it('UTF-8 BOM, then text with NUL bytes in it', async () => {
    const bytes = Buffer.concat([UTF8_BOM, Buffer.from('Hà Nội - GDP tăng 5,66%. '), Buffer.from([0, 0]), Buffer.from('abc'), Buffer.from([0]), Buffer.from('Xuất khẩu đạt 3 tỷ USD.')]);
    expect(await readArticleFile(await tmp.write('bom_nul.txt', bytes))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('UTF-16LE BOM, then text with a NUL character in it', async () => {
    const bytes = Buffer.concat([LE_BOM, Buffer.from('Bản tin kinh tế \u0000 Lạm phát 3,5%.', 'utf16le')]);
    expect(await readArticleFile(await tmp.write('u16_nul.txt', bytes))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it.each([1, 2, 3, 4, 5])('FF FE or FE FF then 4,000 random bytes (seed %i)', async (seed) => {
    for (const bom of [LE_BOM, BE_BOM]) {
      expect(decodeTextBytes(Buffer.concat([bom, noise(4000, seed * 7919)]))).toEqual({ ok: false, reason: 'binary' });
    }
    expect(await readArticleFile(await tmp.write('garbage.txt', Buffer.concat([LE_BOM, noise(4000, seed)])))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('near-misses are still read: UTF-16 with a BOM, tabs and page breaks, an emoji (a valid surrogate pair)', async () => {
    const text = `${ARTICLE_VI}\n\tBảng\t1\f\nTăng trưởng 📈 6,5%.`;
    for (const [bom, encoding] of [[LE_BOM, 'utf16le'], [BE_BOM, 'utf16be']] as const) {
      const body = encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
      const outcome = await readArticleFile(await tmp.write(`bai-${encoding}.txt`, Buffer.concat([bom, body])));
      expect(outcome).toMatchObject({ ok: true, text: text.normalize('NFC') });
    }
    expect(await readArticleFile(await tmp.write('bom.txt', Buffer.concat([UTF8_BOM, Buffer.from(text)])))).toMatchObject({ ok: true, encoding: 'UTF-8 with BOM' });
  });
});

describe('text entering the desk holds no NUL and no lone surrogate', () => {
  it('withoutUnsafeChars drops U+0000 and marks a lone surrogate with U+FFFD, keeping pairs and Vietnamese', () => {
    expect(withoutUnsafeChars('Lạm\u0000 phát')).toBe('Lạm phát');
    expect(withoutUnsafeChars('a\uD800b\uDFA9c\uDBFF')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(withoutUnsafeChars('Tăng 📈 6,5%, đạt 3 tỷ USD')).toBe('Tăng 📈 6,5%, đạt 3 tỷ USD');
    expect(normalizeText('\uFEFFHà Nội\r\n\u0000GDP tăng 5%\uDC00')).toBe('Hà Nội\nGDP tăng 5%\uFFFD');
  });

  it('claims of a pasted text with NULs point into the cleaned text (offsets are computed after)', () => {
    const raw = 'Hà Nội\u0000 - GDP quý I năm 2024 tăng 5,66%\u0000 so với cùng kỳ. Dân số đạt 100 triệu người.';
    const doc = buildDocument(raw, 'dán: Bản tin', '2026-12-01T00:00:00.000Z', { title: 'Bản\u0000 tin' });
    expect(doc.article.text.includes('\u0000')).toBe(false);
    expect(doc.article.title).toBe('Bản tin');
    expect(doc.claims.length).toBeGreaterThan(0);
    for (const claim of doc.claims) expect(doc.article.text.slice(claim.start, claim.end)).toBe(claim.quote);
    // The same article without the NULs is the same article (one id, so a duplicate).
    expect(buildDocument(raw.replaceAll('\u0000', ''), 'x', '2026-12-01T00:00:00.000Z').article.id).toBe(doc.article.id);
  });
});
