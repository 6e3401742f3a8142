/**
 * Fast non-cryptographic string hash (cyrb53, two seeds → 106 bits) for content-derived ids.
 * Pure so that shared/ stays free of Node; audit-chain hashing uses SHA-256 on the Node side.
 */
function cyrb53(input: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function contentHash(input: string): string {
  // cyrb53 with seeds 0 and 0x9e3779b9, both in one pass over the string (ids of every finding are
  // hashed on each analysis): the same digits as `cyrb53(input, 0)` then `cyrb53(input, 0x9e3779b9)`.
  let a1 = 0xdeadbeef;
  let a2 = 0x41c6ce57;
  let b1 = 0xdeadbeef ^ 0x9e3779b9;
  let b2 = 0x41c6ce57 ^ 0x9e3779b9;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2654435761);
    b2 = Math.imul(b2 ^ ch, 1597334677);
  }
  return finalHex(a1, a2) + finalHex(b1, b2);
}

const HEX_DIGITS = Uint16Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const hexDigits = new Uint16Array(14);

/**
 * The 53-bit hash of cyrb53 as 14 hex digits: `(2^32 * high + low).toString(16).padStart(14, '0')`,
 * written digit by digit — the 21 high bits' 6 digits, then the 32 low bits' 8 (Number's toString(16)
 * of a 53-bit value took some 2 µs, twice per finding id and fingerprint).
 */
function finalHex(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = 2097151 & h2;
  const low = h1 >>> 0;
  for (let i = 0; i < 6; i++) hexDigits[5 - i] = HEX_DIGITS[(high >>> (4 * i)) & 15] as number;
  for (let i = 0; i < 8; i++) hexDigits[13 - i] = HEX_DIGITS[(low >>> (4 * i)) & 15] as number;
  return String.fromCharCode.apply(null, hexDigits as unknown as number[]);
}

/** The two-pass form `contentHash` computes in one pass (kept to check they agree). */
export function contentHashTwoPass(input: string): string {
  return cyrb53(input, 0).toString(16).padStart(14, '0') + cyrb53(input, 0x9e3779b9).toString(16).padStart(14, '0');
}
