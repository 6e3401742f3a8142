import { constants, deflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  /** Raw deflate data (method 8) or the bytes themselves (method 0). */
  data: Buffer;
  method: 0 | 8;
  /** What the central directory claims the entry unpacks to (a bomb may lie). */
  declaredSize: number;
}

/** A zip writer for deflated entries with any declared size; CRCs are zero (JSZip does not check them). */
export function writeZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...centrals, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">';
const DOC_TAIL = '</w:t></w:r></w:p></w:body></w:document>';

const deflated = (text: string): ZipEntry['data'] => deflateRawSync(Buffer.from(text, 'utf8'));

/** A real .docx whose parts are deflated, as Word writes them. */
export function deflatedDocx(paragraph: string): Buffer {
  const doc = DOC_HEAD + paragraph + DOC_TAIL;
  return writeZip([
    { name: '[Content_Types].xml', data: deflated(CONTENT_TYPES), method: 8, declaredSize: Buffer.byteLength(CONTENT_TYPES) },
    { name: '_rels/.rels', data: deflated(RELS), method: 8, declaredSize: Buffer.byteLength(RELS) },
    { name: 'word/document.xml', data: deflated(doc), method: 8, declaredSize: Buffer.byteLength(doc) },
  ]);
}

/**
 * A .docx whose document.xml inflates to `unpackedMiB` MiB of spaces inside one <w:t>, built without
 * ever holding that much: one 8 MiB chunk is deflated once (sync flush: byte-aligned, not final, no
 * back-reference outside itself) and repeated, then an empty final block closes the stream.
 * `declare` says what the central directory claims: the truth, or a small lie.
 */
export function docxBomb(unpackedMiB: number, declare: 'truth' | 'lie'): Buffer {
  const CHUNK_MIB = 8;
  const chunk = deflateRawSync(Buffer.alloc(CHUNK_MIB * 1024 * 1024, 0x20), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const head = deflateRawSync(Buffer.from(DOC_HEAD, 'utf8'), { finishFlush: constants.Z_SYNC_FLUSH });
  const tail = deflateRawSync(Buffer.from(DOC_TAIL, 'utf8'));
  const repeats = Math.ceil(unpackedMiB / CHUNK_MIB);
  const data = Buffer.concat([head, ...Array<Buffer>(repeats).fill(chunk), tail]);
  const trueSize = Buffer.byteLength(DOC_HEAD) + repeats * CHUNK_MIB * 1024 * 1024 + Buffer.byteLength(DOC_TAIL);
  // A true size over 4 GiB cannot be written in a 32-bit field; the largest value short of ZIP64's marker stands in.
  const declaredSize = declare === 'lie' ? 4096 : Math.min(trueSize, 0xfffffffe);
  return writeZip([
    { name: '[Content_Types].xml', data: deflated(CONTENT_TYPES), method: 8, declaredSize: Buffer.byteLength(CONTENT_TYPES) },
    { name: '_rels/.rels', data: deflated(RELS), method: 8, declaredSize: Buffer.byteLength(RELS) },
    { name: 'word/document.xml', data, method: 8, declaredSize },
  ]);
}
