/**
 * JSON of one journal line parsed in steps (a generator yielding every few tens of kilobytes), so a
 * big line — a full analysis's findings, 50 MB and more — never holds the event loop for the whole
 * JSON.parse. The result is what `JSON.parse(buf.toString('utf8'))` gives; a line that is not one JSON
 * value (torn, damaged) throws a SyntaxError as JSON.parse would, and nothing is returned before the
 * whole line is read (the caller never sees half a commit).
 *
 * How: an object or array whose text is longer than LEAF_BYTES is walked member by member (the bytes
 * scanned for its members' ends: JSON's structural characters are ASCII, never part of a UTF-8
 * sequence), and every smaller value is handed to JSON.parse whole (which checks it strictly).
 */

/** Values shorter than this (bytes) are parsed by one JSON.parse call. */
const LEAF_BYTES = 64 * 1024;
/**
 * Containers nested deeper than this are parsed by one JSON.parse call whatever their size: the walk
 * recurses once per level (thousands of levels overflowed the stack where JSON.parse does not), and
 * each level's end is scanned again. No record of the workspace nests so deep.
 */
const MAX_WALK_DEPTH = 64;
/** Bytes scanned or parsed between two yields. */
const STEP_BYTES = 64 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

function fail(at: number): never {
  throw new SyntaxError(`Unexpected token in JSON at position ${at}`);
}

/** Parses `buf[start, end)` as one JSON value, in steps (`leafBytes`: tests walk small values too). */
export function* parseJsonStaged(buf: Buffer, start = 0, end = buf.length, leafBytes = LEAF_BYTES): Generator<void, unknown> {
  let work = 0;
  /** Counts `bytes` of work; true when a yield is due. */
  const due = (bytes: number): boolean => {
    work += bytes;
    if (work < STEP_BYTES) return false;
    work = 0;
    return true;
  };

  const skipSpace = (i: number, limit: number): number => {
    while (i < limit && isSpace(buf[i])) i++;
    return i;
  };

  /** Index after the closing quote of the string opening at `i`. */
  const stringEnd = (i: number, limit: number): number => {
    let j = i + 1;
    for (;;) {
      const q = buf.indexOf(QUOTE, j);
      if (q < 0 || q >= limit) fail(limit);
      let slashes = 0;
      for (let k = q - 1; k > i && buf[k] === BACKSLASH; k--) slashes++;
      if (slashes % 2 === 0) return q + 1;
      j = q + 1;
    }
  };

  /** Index after the value starting at `i` (not checked: JSON.parse or the walk checks it). */
  function* valueEnd(i: number, limit: number): Generator<void, number> {
    const first = buf[i];
    if (first === QUOTE) return stringEnd(i, limit);
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      let j = i;
      let scanned = 0;
      while (j < limit) {
        const b = buf[j] as number;
        if (b === QUOTE) {
          const after = stringEnd(j, limit);
          scanned += after - j;
          j = after;
          continue;
        }
        if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
        else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
          depth--;
          if (depth === 0) return j + 1;
        }
        j++;
        if (++scanned >= STEP_BYTES) {
          scanned = 0;
          yield;
        }
      }
      fail(limit);
    }
    // A number or a literal: up to the next delimiter.
    let j = i;
    while (j < limit) {
      const b = buf[j];
      if (b === COMMA || b === CLOSE_ARRAY || b === CLOSE_OBJECT || isSpace(b)) break;
      j++;
    }
    if (j === i) fail(i);
    return j;
  }

  const leaf = (i: number, j: number): unknown => JSON.parse(buf.toString('utf8', i, j));

  /** The value in `buf[i, j)` (exactly one value, no space around it). */
  function* value(i: number, j: number, depth = 0): Generator<void, unknown> {
    const first = buf[i];
    if (j - i < leafBytes || (first !== OPEN_OBJECT && first !== OPEN_ARRAY) || depth >= MAX_WALK_DEPTH) {
      const parsed = leaf(i, j);
      if (due(j - i)) yield;
      return parsed;
    }
    const close = first === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
    if (buf[j - 1] !== close) fail(j - 1);
    const inner = j - 1;
    let k = skipSpace(i + 1, inner);
    if (first === OPEN_ARRAY) {
      const out: unknown[] = [];
      if (k === inner) return out;
      // Consecutive small elements are parsed together, up to about leafBytes a JSON.parse call
      // (one call per element costs several times the whole parse); a big one is walked.
      let from = -1;
      let to = -1;
      const flush = function* (): Generator<void, void> {
        if (from < 0) return;
        const items = JSON.parse(`[${buf.toString('utf8', from, to)}]`) as unknown[];
        for (const item of items) out.push(item);
        const bytes = to - from;
        from = to = -1;
        if (due(bytes)) yield;
      };
      for (;;) {
        const e = yield* valueEnd(k, inner);
        const opener = buf[k];
        if (e - k >= leafBytes && (opener === OPEN_OBJECT || opener === OPEN_ARRAY)) {
          yield* flush();
          out.push(yield* value(k, e, depth + 1));
        } else {
          if (from < 0) from = k;
          to = e;
          if (to - from >= leafBytes) yield* flush();
        }
        k = skipSpace(e, inner);
        if (k === inner) {
          yield* flush();
          return out;
        }
        if (buf[k] !== COMMA) fail(k);
        k = skipSpace(k + 1, inner);
        if (k === inner) fail(k);
      }
    }
    const out: Record<string, unknown> = {};
    if (k === inner) return out;
    for (;;) {
      if (buf[k] !== QUOTE) fail(k);
      const keyEnd = stringEnd(k, inner);
      const key = leaf(k, keyEnd) as string;
      k = skipSpace(keyEnd, inner);
      if (buf[k] !== COLON) fail(k);
      k = skipSpace(k + 1, inner);
      if (k === inner) fail(k);
      const e = yield* valueEnd(k, inner);
      // As JSON.parse: an own property whatever the key ("__proto__" included), the last one wins.
      Object.defineProperty(out, key, { value: yield* value(k, e, depth + 1), writable: true, enumerable: true, configurable: true });
      k = skipSpace(e, inner);
      if (k === inner) return out;
      if (buf[k] !== COMMA) fail(k);
      k = skipSpace(k + 1, inner);
    }
  }

  // The whole span is the value, space around it aside (its text is checked by the walk or JSON.parse).
  const i = skipSpace(start, end);
  let e = end;
  while (e > i && isSpace(buf[e - 1])) e--;
  if (i === e) fail(end);
  return yield* value(i, e);
}

/**
 * Characters of JSON text gathered before a piece of `stringifyPieces` is handed out: 32k, so a piece
 * (two bytes a character once it holds Vietnamese letters) stays under V8's large-object size and dies
 * young, collected by the cheap minor GC (bigger pieces went to the large-object space, kept until a
 * major GC: +50 MB of heap at the end of a 10,000-article checkpoint).
 */
const PIECE_CHARS = 32 * 1024;

const isPlainContainer = (v: unknown): v is Record<string, unknown> | unknown[] => {
  if (typeof v !== 'object' || v === null) return false;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * `JSON.stringify(value)` in pieces of about `pieceChars` characters (a generator: the caller writes
 * or yields between two), so a document of megabytes is never one string built in one go. The pieces
 * joined are exactly `JSON.stringify(value)` for a document's data (plain objects and arrays, no
 * replacer, no indent): plain containers down to `walkDepth` levels are walked here in
 * JSON.stringify's order (`Object.keys` order, members whose value JSON leaves out skipped); the
 * elements of an array at the last walked level (a document's records) are JSON.stringify'd a run
 * at a time (`JSON.stringify(slice)` without its brackets: such elements come out `null` as in the
 * whole array), the run sized to give about `pieceChars` characters; anything else is
 * JSON.stringify'd whole. A value with a toJSON method is stringified whole (or in its run), its key
 * argument then being '' or its index in the run.
 */
export function* stringifyPieces(value: unknown, pieceChars = PIECE_CHARS, walkDepth = 2): Generator<string, void> {
  let text = '';
  function* walk(v: unknown, depth: number): Generator<string, void> {
    if (depth >= walkDepth || !isPlainContainer(v)) {
      const s = JSON.stringify(v) as string | undefined;
      if (s === undefined) throw new TypeError('stringifyPieces: a value JSON leaves out has no text of its own');
      text += s;
    } else if (Array.isArray(v) && depth === walkDepth - 1) {
      text += '[';
      let run = 16;
      for (let i = 0; i < v.length; ) {
        const end = Math.min(v.length, i + run);
        const s = JSON.stringify(i === 0 && end === v.length ? v : v.slice(i, end));
        text += `${i > 0 ? ',' : ''}${s.slice(1, -1)}`;
        run = Math.max(1, Math.floor((pieceChars * (end - i)) / Math.max(1, s.length)));
        i = end;
        // A piece a run (sized to the piece from the run before: about pieceChars).
        yield text;
        text = '';
      }
      text += ']';
    } else if (Array.isArray(v)) {
      text += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) text += ',';
        const item = v[i] as unknown;
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') text += 'null';
        else yield* walk(item, depth + 1);
        if (text.length >= pieceChars) {
          yield text;
          text = '';
        }
      }
      text += ']';
    } else {
      text += '{';
      let first = true;
      for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        text += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        yield* walk(item, depth + 1);
        if (text.length >= pieceChars) {
          yield text;
          text = '';
        }
      }
      text += '}';
    }
  }
  yield* walk(value, 0);
  if (text.length > 0) yield text;
}
