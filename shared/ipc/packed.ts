import type { MethodName } from './methods';

/**
 * The listings whose answers cross the Electron main process as bytes: the service host worker
 * writes the whole Result as UTF-8 JSON, main passes the bytes on to the window untouched, and the
 * window's side reads them back (`unpackResult`: the preload, or renderer/src/api.ts over the e2e
 * bridge). A page of 1,000 claim rows is some 30,000 small objects: received from the worker and
 * sent on to the window as objects, main built and dropped them all on its event loop (issue 9). As
 * bytes it copies one buffer each way: paging 30,143 rows cost main 92 ms of CPU as objects, 61 ms
 * as bytes (tests/bench/mainloop.bench.ts, "ms in all", 1,000 articles).
 * Only what JSON keeps may travel so: plain objects, arrays, strings, finite numbers, booleans and
 * null (no undefined-valued field the reader tells apart from a missing one, no Date).
 */
export const PACKED_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['listClaims', 'listFindings', 'listArticles', 'articlePage', 'listOpenFindingClaims']);

/**
 * The bytes own an exact-size buffer (TextEncoder's): a typed array crosses threads and IPC with its
 * whole backing buffer, so never a pooled Buffer or a view into a larger one (other data would go along).
 */
export function packResult(result: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(result));
}

/** A packed answer: bytes (a Uint8Array of this realm, or of another one as a defence: the check holds across realms). */
export function isPacked(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** The Result a packed answer holds; any other answer as it is. */
export function unpackResult(value: unknown): unknown {
  return isPacked(value) ? (JSON.parse(new TextDecoder().decode(value)) as unknown) : value;
}
