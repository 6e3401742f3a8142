import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PublishSourceError, readPublishSource } from '../../../electron/services/publishSource';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { seedsDir, tempDir } from '../helpers';

const open = (path: string) => WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir, defaultReviewer: 'Thu' });

describe('what `npm run desk -- publish` reads', () => {
  it('a workspace folder as the app and the CLI make it (or its manifest), whole, without changing it', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await open(folder);
    const claim = service.workspace.claims.find((c) => c.quote === '42,13%');
    if (!claim) throw new Error('claim missing');
    await service.reviewClaim({ claimId: claim.id, status: 'verified', note: 'Khớp báo cáo' });
    const articles = service.workspace.articles.length;
    const claims = service.workspace.claims.length;
    await service.close();
    for (const path of [folder, join(folder, 'workspace.json')]) {
      const ws = await readPublishSource(path);
      expect(ws.articles).toHaveLength(articles);
      expect(ws.claims).toHaveLength(claims);
      expect(ws.reviews[claim.id]).toMatchObject({ status: 'verified', note: 'Khớp báo cáo' });
      expect(ws.auditLog.some((e) => e.target === claim.id)).toBe(true);
    }
    // Read only: the workspace opens for writing afterwards with the same state.
    const again = await open(folder);
    expect(again.workspace.claims).toHaveLength(claims);
    await again.close();
  });

  it('refuses what is no workspace with a sentence naming the path', async () => {
    const dir = await tempDir();
    const other = join(dir, 'notes.json');
    await writeFile(other, '{"hello": 1}');
    await expect(readPublishSource(other)).rejects.toThrow(PublishSourceError);
    await expect(readPublishSource(other)).rejects.toThrow(/notes\.json is neither a Crosscheck workspace/);
    await expect(readPublishSource(join(dir, 'missing.json'))).rejects.toThrow(/Cannot read .*missing\.json/);
  });

  it('refuses a JSON backup the merge would refuse (a hand-edited quote), not reading it again as a bare workspace', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await open(folder);
    const ws = await service.ctx.snapshotForExport('json', {});
    await service.close();
    const backup = JSON.parse(toWorkspaceJson(ws, { exportedAt: '2026-12-01T09:00:00.000Z' })) as { claims: Array<{ quote: string }> };
    const path = join(folder, '..', 'sao-luu.json');
    await writeFile(path, JSON.stringify(backup));
    await expect(readPublishSource(path)).resolves.toMatchObject({ claims: expect.any(Array) });
    // Saved again by Notepad as UTF-16 (a byte order mark FF FE): read alike.
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(backup), 'utf16le')]));
    expect((await readPublishSource(path)).claims).toHaveLength(backup.claims.length);
    const quote = (backup.claims[0] as { quote: string }).quote;
    (backup.claims[0] as { quote: string }).quote = '100%';
    await writeFile(path, JSON.stringify(backup));
    await expect(readPublishSource(path)).rejects.toThrow(/sao-luu\.json: The export has 1 quote\(s\) that are not the article's text \(first: claims\[0\]/);
    // Without its header (a bare workspace file) the same forged file is refused alike, not read unchecked.
    const { format: _f, version: _v, exportedAt: _e, partial: _p, scope: _s, ...bare } = backup as unknown as Record<string, unknown>;
    await writeFile(path, JSON.stringify(bare));
    await expect(readPublishSource(path)).rejects.toThrow(/sao-luu\.json: The export has 1 quote\(s\) that are not the article's text \(first: claims\[0\]/);
    // An export whose header was altered (format misspelt, or taken away with the rest kept — a partial export
    // would publish half a desk) is refused as such.
    await writeFile(path, JSON.stringify({ ...bare, format: 'crosscheck.workspace ', version: 1 }));
    await expect(readPublishSource(path)).rejects.toThrow(/sao-luu\.json is a Crosscheck export whose header was changed by hand/);
    await writeFile(path, JSON.stringify({ ...bare, partial: true, scope: null }));
    await expect(readPublishSource(path)).rejects.toThrow(/header was changed by hand/);
    // Near-miss: the bare workspace unedited (saved by old Notepad as UTF-8 with a byte order mark) is read.
    (backup.claims[0] as { quote: string }).quote = quote;
    const { format: _f2, version: _v2, exportedAt: _e2, partial: _p2, scope: _s2, ...clean } = backup as unknown as Record<string, unknown>;
    await writeFile(path, '\uFEFF' + JSON.stringify(clean));
    expect((await readPublishSource(path)).claims).toHaveLength(backup.claims.length);
  });
});
