import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../../electron/import/messages';
import { importRefusals } from '../../../electron/import/types';

describe('refusalMessage', () => {
  it.each(importRefusals)('gives one sentence in Vietnamese (default) and English for %s', (code) => {
    const details = { fileName: 'bai-viet.txt', extension: '.xyz', sizeBytes: 7_340_032, limitBytes: 5_242_880, imageKind: 'PNG' };
    const vi = refusalMessage(code, undefined, details);
    const en = refusalMessage(code, 'en', details);
    for (const message of [vi, en]) {
      expect(message).toMatch(/\.$/);
      expect(message.slice(0, -1)).not.toMatch(/[.!?]\s/);
      expect(message).not.toMatch(/undefined|NaN/);
    }
    expect(vi).not.toBe(en);
    expect(vi).toMatch(/[ăâđêôơưạ-ỹ]/);
  });

  it('says how big the file was and what the limit is', () => {
    expect(refusalMessage('too_large', 'vi', { fileName: 'lon.txt', sizeBytes: 7_340_032, limitBytes: 5_242_880 })).toBe(
      '“lon.txt” quá dài (7,0 MB, giới hạn 5,0 MB văn bản cho một bài): hãy tách thành nhiều bài rồi nhập lại.',
    );
    expect(refusalMessage('too_large', 'en', { fileName: 'lon.txt', sizeBytes: 7_340_032, limitBytes: 5_242_880 })).toBe(
      '“lon.txt” is too long (7.0 MB, the limit is 5.0 MB of text for one article): split it into several articles and import those.',
    );
  });

  it('still reads well without details', () => {
    expect(refusalMessage('empty')).toBe('Tệp trống, không có chữ nào để nhập.');
    expect(refusalMessage('unreadable', 'en')).toBe('The file cannot be read: permission is denied or the file is no longer there.');
  });
});
