import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export async function makeTempDir(): Promise<{ dir: string; write: (name: string, data: string | Uint8Array) => Promise<string>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-import-'));
  return {
    dir,
    write: async (name, data) => {
      const path = join(dir, name);
      await writeFile(path, data);
      return path;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Bytes a Vietnamese Windows program would have written: windows-1258 has the base letters
 * (ê, ơ, ư, ă, đ…) but stores the five tones as separate combining marks after them, so "ệ"
 * must become "ê" + U+0323 before iconv-lite can encode it.
 */
export function encodeWindows1258(text: string): Buffer {
  const split = [...text]
    .map((ch) => {
      const decomposed = ch.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS)?.join('') ?? '';
      return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones;
    })
    .join('');
  const bytes = iconv.encode(split, 'windows-1258');
  if (iconv.decode(bytes, 'windows-1258').normalize('NFC') !== text.normalize('NFC')) {
    throw new Error('test text has characters windows-1258 cannot hold');
  }
  return bytes;
}

export const ARTICLE_VI =
  'Tăng trưởng kinh tế Việt Nam đạt 6,5% trong năm 2023\n\n' +
  'Theo Tổng cục Thống kê, tỷ lệ thất nghiệp giảm còn 2,3%. Người dân ở Hà Nội và TP. Hồ Chí Minh ' +
  '“rất lạc quan” – ông Nguyễn Văn Đức, chuyên gia kinh tế, nói. Giá xăng giảm 3% trong quý IV, ' +
  'còn 45/63 tỉnh thành đạt kế hoạch thu ngân sách.';
