import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { ImportReport } from '../../../shared/ipc/contract';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach } from './keptAnalysis';

const opened = closedAfterEach();

async function openAt(path: string): Promise<WorkspaceService> {
  const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir: null, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(s);
  return s;
}

/**
 * An editor opens an export in Windows Notepad and saves it again: Notepad writes UTF-16 ("Unicode",
 * with a byte order mark). Such a file was refused as "not valid JSON (it may be truncated)"; it merges
 * as the UTF-8 original does, reviews and audit chain intact.
 */
it('an export saved again as UTF-16 (LE or BE, with or without a byte order mark) merges like the UTF-8 original', async () => {
  const dir = await tempDir();
  const source = await openAt(join(dir, 'nguon'));
  await source.importPaths([join(seedsDir, '002_c0e95b3289b6d0cb.txt')]);
  const claim = (await source.ctx.snapshot()).claims[0];
  if (!claim) throw new Error('no claim extracted');
  await source.reviewClaim({ claimId: claim.id, status: 'flagged', note: 'Số liệu “chưa khớp” – cần hỏi Sở' });
  const json = toWorkspaceJson(await source.ctx.snapshot(), { exportedAt: '2026-12-01T08:00:00.000Z' });

  const files: Array<[string, Buffer]> = [
    ['utf8.json', Buffer.from(json, 'utf8')],
    ['utf16le-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(json, 'utf16le')])],
    ['utf16be-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(json, 'utf16be')])],
    ['utf16le.json', iconv.encode(json, 'utf16le')],
    ['utf16le-blank-line.json', iconv.encode(`\r\n${json}`, 'utf16le')],
  ];
  for (const [name, bytes] of files) {
    const path = join(dir, name);
    await writeFile(path, bytes);
    const target = await openAt(join(dir, `ws-${name}`));
    const report = ImportReport.parse(await target.importPaths([path]));
    expect([name, report.refused]).toEqual([name, []]);
    expect(report.merged).toMatchObject({ articles: 1, reviews: 1 });
    const ws = await target.ctx.snapshot();
    expect(ws.reviews[claim.id]?.note).toBe('Số liệu “chưa khớp” – cần hỏi Sở');
  }
});
