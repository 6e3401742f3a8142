import { describe, expect, it } from 'vitest';
import { contentHash, contentHashTwoPass } from '../../../shared/hash';

describe('contentHash', () => {
  it('gives in one pass the digits of its two seeded passes (finding ids stay what they were)', () => {
    const inputs = ['', 'a', 'conflict\u0000cross-source\u0000c_1,c_2\u0000', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,37%', '\u{1F600}'.repeat(40)];
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      let s = '';
      for (let k = 0; k < i % 97; k++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        s += String.fromCharCode(seed % (k % 5 === 0 ? 0xffff : 500));
      }
      inputs.push(s);
    }
    for (const s of inputs) expect(contentHash(s)).toBe(contentHashTwoPass(s));
    // Pinned (digits of the two-pass code before this one): stored findings' ids must not move.
    expect(contentHash('abc')).toBe('11f9f91ac18c8d110670909284e7');
    expect(contentHash('Tỷ lệ 45,37%')).toBe('1f469e700fb7bf0fc57c6bb14b88');
  });
});
