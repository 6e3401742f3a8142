import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/schema';
import { emptyWorkspace } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { tempDir } from '../helpers';

describe('LowdbWorkspaceRepository (real files)', () => {
  it('reports a missing file as a first start, then writes and reads back a workspace', async () => {
    const file = join(await tempDir(), 'nested', 'ws.json');
    const repo = new LowdbWorkspaceRepository(file);
    expect(await repo.open()).toEqual({ workspace: null, movedAsideTo: null });
    const ws = emptyWorkspace('Lan');
    await repo.save(ws);
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number; settings: { reviewerName: string } };
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.settings.reviewerName).toBe('Lan');
    const again = await new LowdbWorkspaceRepository(file).open();
    expect(again.workspace?.settings.reviewerName).toBe('Lan');
  });

  it.each([
    ['truncated JSON', '{"schemaVersion": 1, "articles": ['],
    ['an empty file', ''],
    ['JSON of the wrong shape', '{"hello": "world"}'],
    ['a newer schema version', JSON.stringify({ ...emptyWorkspace('x'), schemaVersion: 99 })],
  ])('never overwrites %s: moves it aside with a timestamp and starts fresh', async (_label, content) => {
    const dir = await tempDir();
    const file = join(dir, 'workspace.json');
    await writeFile(file, content);
    const repo = new LowdbWorkspaceRepository(file, () => new Date('2024-03-08T07:05:09Z'));
    const opened = await repo.open();
    expect(opened.workspace).toBeNull();
    expect(opened.movedAsideTo).toBe(join(dir, 'workspace.unreadable-20240308-070509.json'));
    expect(await readFile(opened.movedAsideTo as string, 'utf8')).toBe(content);
    await repo.save(emptyWorkspace('x'));
    expect((await readdir(dir)).sort()).toEqual(['workspace.json', 'workspace.unreadable-20240308-070509.json']);
  });
});
