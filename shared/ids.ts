import { z } from 'zod';

/**
 * The one pattern every record id (article, claim, finding) must match wherever it enters: IPC
 * input, a merged JSON export, a workspace file read from disk.
 *
 * Generated ids are a one-letter kind, an underscore and a content hash ("a_…", "c_…", "f_…").
 * The pattern is a little wider (ASCII letters, digits, "_" and "-" after the prefix) so that hand-made
 * test data stays readable, but it can never name a property of Object.prototype ("__proto__",
 * "constructor", "toString", …): none of those starts with a lowercase letter and an underscore. That
 * is what makes an id safe as a key, even in a plain object read back from JSON.
 */
export const RECORD_ID_PATTERN = /^[a-z]_[A-Za-z0-9_-]{1,120}$/;

/** Longest id the pattern accepts (prefix of two characters + 120). */
export const RECORD_ID_MAX_LENGTH = 122;

export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID_PATTERN.test(value);
}

/** zod schema of a record id; the message names the rule so a refused file can say why. */
export const RecordId = z.string().regex(RECORD_ID_PATTERN, { message: 'not a valid record id' });

/**
 * An object keyed by record ids with no prototype, so no key — valid or not — can reach
 * Object.prototype. Use for every id-keyed lookup built at run time (or a Map).
 */
export function idRecord<T>(entries?: Iterable<readonly [string, T]> | Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (!entries) return out;
  const pairs = Symbol.iterator in entries ? (entries as Iterable<readonly [string, T]>) : Object.entries(entries as Record<string, T>);
  for (const [k, v] of pairs) out[k] = v;
  return out;
}

/** Own-property lookup: never returns something inherited from a prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * An object keyed by record ids. zod's record silently drops a "__proto__" key; this refuses it (and
 * any other key that is not a record id) so a crafted file is reported, not half-read.
 */
export function idKeyed<T extends z.ZodType>(value: T): z.ZodType<Record<string, z.output<T>>, Record<string, z.input<T>>> {
  const keys = z.custom<unknown>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input) && Object.keys(input).every(isRecordId),
    { message: 'keys must be record ids' },
  );
  // zod cannot spell the generic pipe's input type; the runtime schema is exactly a record of `value`.
  return keys.pipe(z.record(RecordId, value)) as unknown as z.ZodType<Record<string, z.output<T>>, Record<string, z.input<T>>>;
}
