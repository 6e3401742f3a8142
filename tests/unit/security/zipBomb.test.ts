import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, readDocxText } from '../../../electron/import/docx';
import { refusalMessage } from '../../../electron/import/messages';
import { readArticleFile } from '../../../electron/import/readArticleFile';
import { checkZip } from '../../../electron/import/zipGuard';
import { repoRoot, tempDir } from '../helpers';
import { deflatedDocx, docxBomb, writeZip } from './helpers/bomb';

const run = promisify(execFile);

describe('.docx zip bombs', () => {
  it('a Word-style deflated .docx still reads', async () => {
    const docx = deflatedDocx('Bắc Giang có 209/209 tổ công nghệ số cấp xã, tỷ lệ hồ sơ trực tuyến đạt 98,79%.');
    expect(checkZip(docx, DOCX_LIMITS)).toMatchObject({ ok: true, entries: 3 });
    expect(await readDocxText(docx)).toMatchObject({ ok: true, text: 'Bắc Giang có 209/209 tổ công nghệ số cấp xã, tỷ lệ hồ sơ trực tuyến đạt 98,79%.' });
  });

  it('a 1 GiB bomb that declares its size is refused from the central directory, before anything is inflated', async () => {
    const bomb = docxBomb(1024, 'truth');
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    const outcome = await readDocxText(bomb);
    expect(outcome).toMatchObject({ ok: false, reason: 'docx_too_large', limitBytes: DOCX_LIMITS.maxUnpackedBytes });
    expect(!outcome.ok && outcome.reason === 'docx_too_large' && outcome.unpackedBytes).toBeGreaterThan(1024 * 1024 * 1024);
  });

  it('a bomb that lies about its size is stopped as soon as it inflates past what it declared', async () => {
    expect(checkZip(docxBomb(1024, 'lie'), DOCX_LIMITS)).toEqual({ ok: false, reason: 'too_large', unpackedBytes: null });
  });

  it('too many entries, an encrypted entry or a truncated central directory are refused', () => {
    const tiny = { name: 'x.xml', data: Buffer.from('<a/>'), method: 0 as const, declaredSize: 4 };
    const many = writeZip(Array.from({ length: 40 }, (_, i) => ({ ...tiny, name: `p${i}.xml` })));
    expect(checkZip(many, { maxEntries: 39, maxUnpackedBytes: 1e6 })).toMatchObject({ ok: false, reason: 'too_large' });
    expect(checkZip(many, { maxEntries: 40, maxUnpackedBytes: 1e6 })).toMatchObject({ ok: true, entries: 40 });
    expect(checkZip(many.subarray(0, many.length - 30), DOCX_LIMITS)).toEqual({ ok: false, reason: 'broken' });
    const encrypted = Buffer.from(writeZip([tiny]));
    encrypted.writeUInt16LE(0x0801, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(checkZip(encrypted, DOCX_LIMITS)).toEqual({ ok: false, reason: 'broken' });
  });

  it('a generated bomb file is refused in a fresh process using well under 200 MB, with a message in both languages', async () => {
    const dir = await tempDir();
    for (const [name, bomb] of [
      ['bom-thuc.docx', docxBomb(1024, 'truth')],
      ['bom-gia.docx', docxBomb(1024, 'lie')],
    ] as const) {
      const path = join(dir, name);
      await writeFile(path, bomb);
      const { stdout } = await run(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests/unit/security/helpers/readOnce.ts'), path], { cwd: repoRoot });
      const cost = JSON.parse(stdout) as { ok: boolean; reason: string; ms: number; maxRssMiB: number; baseRssMiB: number };
      expect(cost).toMatchObject({ ok: false, reason: 'docx_too_large' });
      // Peak memory of the whole process (Node, the loader and the import code included); the
      // refusal itself adds little to what the process held before reading (baseRssMiB).
      expect(cost.maxRssMiB).toBeLessThan(200);
      const read = await readArticleFile(path);
      expect(read).toMatchObject({ ok: false, reason: 'docx_too_large' });
      if (read.ok) continue;
      expect(refusalMessage(read.reason, 'vi', read.details)).toMatch(/^“bom-(thuc|gia)\.docx” giải nén ra quá lớn \(.*giới hạn 64,0 MB\)/);
      expect(refusalMessage(read.reason, 'en', read.details)).toMatch(/unpacks to too much data/);
    }
  });
});
