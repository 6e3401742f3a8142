import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExportFile } from '../../../electron/services/exporting';
import { tempDir } from '../helpers';

describe('writing an export file (security review N1)', () => {
  it('a failed write leaves neither half a file nor its temp file', async () => {
    const dir = await tempDir();
    // A folder where the file should go: the rename fails.
    await mkdir(join(dir, 'nhan-dinh.csv'));
    await expect(writeExportFile(join(dir, 'nhan-dinh.csv'), 'a,b\r\n')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['nhan-dinh.csv']);
  });

  it('a destination name as long as the disk allows is written (the temp name is short)', async () => {
    const dir = await tempDir();
    let name = '';
    while (Buffer.byteLength(`${name}x.csv`) <= 255) name += 'x';
    name = `${name}.csv`;
    expect(await writeExportFile(join(dir, name), 'Tỷ lệ,98,79%\r\n')).toBe(Buffer.byteLength('Tỷ lệ,98,79%\r\n'));
    expect(await readFile(join(dir, name), 'utf8')).toBe('Tỷ lệ,98,79%\r\n');
    expect(await readdir(dir)).toEqual([name]);
  });
});
