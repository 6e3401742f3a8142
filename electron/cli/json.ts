// The CLI's JSON result, written in pieces: one JSON.stringify of a workspace's findings at newsroom scale
// (hundreds of thousands) needs a string of hundreds of MB, near V8's string limit and the heap's.

/** About this many characters per piece handed to `out`. */
const PIECE = 1 << 20;

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` would, byte for byte, in pieces of whole lines: each
 * call of `out` gets lines joined by "\n" without the last one (`out` ends what it writes with a line
 * break, as the CLI's stdout does). The top-level object's arrays are written item by item; everything
 * else goes through JSON.stringify.
 */
export function writeJson(out: (text: string) => void, value: unknown): void {
  let piece = '';
  const emit = (text: string): void => {
    piece = piece.length === 0 ? text : `${piece}\n${text}`;
    if (piece.length >= PIECE) {
      out(piece);
      piece = '';
    }
  };
  const nested = (json: string, indent: string): string => json.replace(/\n/g, `\n${indent}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    out(JSON.stringify(value, null, 2) ?? 'undefined');
    return;
  }
  // What JSON.stringify leaves out of an object, told without stringifying the value (a findings list is the
  // very thing not to make into one string).
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    out('{}');
    return;
  }
  emit('{');
  entries.forEach(([key, v], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const name = `  ${JSON.stringify(key)}: `;
    if (!Array.isArray(v) || v.length === 0) {
      emit(`${name}${nested(JSON.stringify(v, null, 2), '  ')}${comma}`);
      return;
    }
    emit(`${name}[`);
    v.forEach((item, k) => emit(`    ${nested(JSON.stringify(item, null, 2) ?? 'null', '    ')}${k < v.length - 1 ? ',' : ''}`));
    emit(`  ]${comma}`);
  });
  emit('}');
  if (piece.length > 0) out(piece);
}
