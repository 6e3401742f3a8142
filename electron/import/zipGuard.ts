import { inflateRawSync } from 'node:zlib';

/**
 * Checks a zip (a .docx) before anything unpacks it, so a zip bomb costs a table read, not gigabytes.
 *
 * 1. The central directory's declared sizes: too many entries, or more than `maxUnpackedBytes` in all,
 *    is refused before a single byte is inflated.
 * 2. Declared sizes can lie, so every entry is then inflated with Node's `maxOutputLength` set to the
 *    size it declares: a stream that would grow past it is stopped at once (memory stays bounded by
 *    the declared total) and the file is refused.
 * Only then does mammoth (JSZip) open it, reading the same central directory.
 */
export interface ZipLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
}

export type ZipCheck =
  | { ok: true; entries: number; unpackedBytes: number }
  | { ok: false; reason: 'broken' }
  | { ok: false; reason: 'too_large'; unpackedBytes: number | null };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** The end-of-central-directory record, searched backwards like JSZip does (a comment may follow it). */
function findEndOfCentralDirectory(b: Buffer): number {
  const lowest = Math.max(0, b.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = b.length - EOCD_SIZE; i >= lowest; i--) {
    if (b.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

interface Entry {
  flags: number;
  method: number;
  compressedSize: number;
  unpackedSize: number;
  localOffset: number;
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken: ZipCheck = { ok: false, reason: 'broken' };
  const eocd = findEndOfCentralDirectory(b);
  if (eocd < 0) return broken;
  const count = b.readUInt16LE(eocd + 10);
  const centralSize = b.readUInt32LE(eocd + 12);
  const centralOffset = b.readUInt32LE(eocd + 16);
  // ZIP64 markers: a .docx of a news article never needs them; its real sizes would be > 4 GB.
  if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) return { ok: false, reason: 'too_large', unpackedBytes: null };
  if (count > limits.maxEntries) return { ok: false, reason: 'too_large', unpackedBytes: null };
  if (centralOffset + centralSize > eocd) return broken;

  const entries: Entry[] = [];
  let unpackedBytes = 0;
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || b.readUInt32LE(at) !== CENTRAL_SIGNATURE) return broken;
    const entry: Entry = {
      flags: b.readUInt16LE(at + 8),
      method: b.readUInt16LE(at + 10),
      compressedSize: b.readUInt32LE(at + 20),
      unpackedSize: b.readUInt32LE(at + 24),
      localOffset: b.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.unpackedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      return { ok: false, reason: 'too_large', unpackedBytes: null };
    }
    unpackedBytes += entry.unpackedSize;
    if (unpackedBytes > limits.maxUnpackedBytes) return { ok: false, reason: 'too_large', unpackedBytes };
    entries.push(entry);
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }

  for (const entry of entries) {
    if (entry.flags & 0x1) return broken; // encrypted: Word would ask for a password, mammoth cannot
    const local = entry.localOffset;
    if (local + 30 > b.length || b.readUInt32LE(local) !== LOCAL_SIGNATURE) return broken;
    const dataStart = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > b.length) return broken;
    const data = b.subarray(dataStart, dataEnd);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.unpackedSize) return broken;
      continue;
    }
    if (entry.method !== 8) return broken;
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.unpackedSize) });
    } catch (error) {
      // ERR_BUFFER_TOO_LARGE: the stream is bigger than its header says — a lying zip bomb.
      if (error instanceof RangeError) return { ok: false, reason: 'too_large', unpackedBytes: null };
      return broken;
    }
    if (inflated.length !== entry.unpackedSize) return broken;
  }
  return { ok: true, entries: entries.length, unpackedBytes };
}
