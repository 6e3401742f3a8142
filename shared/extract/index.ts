/**
 * The Vietnamese numeric-claim extraction engine. Input text is NFC (see shared/text.ts); all
 * offsets are UTF-16 offsets into it.
 */
export { extractClaims } from './claims';
export { extractMetadata } from './metadata';
export { reanchorClaims } from './anchor';
export type { ReanchorResult, ReanchoredClaim } from './anchor';
export { splitSentences } from './sentences';
export { parseDigitNumber, parseWordNumber } from './numbers';
