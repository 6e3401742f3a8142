import type { MethodName } from './methods';

/**
 * The listings whose answers cross the Electron main process as bytes: the service host worker
 * writes the whole Result as UTF-8 JSON, main passes the bytes on to the window untouched, and the
 * window's side reads them back (`unpackResult`). A page of 1,000 claim rows is some 30,000 small
 * objects: received from the worker and sent on to the window as objects, main built and dropped
 * them all on its event loop, and its scavenges after a run of pages blocked it 17–40 ms
 * (tests/bench/mainloop.bench.ts, issue 9). As bytes it copies one buffer each way.
 * Only what JSON keeps may travel so: plain objects, arrays, strings, finite numbers, booleans and
 * null (no undefined-valued field the reader tells apart from a missing one, no Date).
 */
export const PACKED_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['listClaims', 'listFindings']);

export function packResult(result: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(result));
}

/** A packed answer: bytes (a Uint8Array of this realm or of another one, e.g. across Electron's context bridge). */
export function isPacked(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** The Result a packed answer holds; any other answer as it is. */
export function unpackResult(value: unknown): unknown {
  return isPacked(value) ? (JSON.parse(new TextDecoder().decode(value)) as unknown) : value;
}
