import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { idRecord, isRecordId, ownValue, RECORD_ID_PATTERN } from '../../../shared/ids';
import { Workspace } from '../../../shared/schema';
import { seedsDir, tempDir } from '../helpers';

const open = (file: string, seeds: string | null = null) =>
  WorkspaceService.open({ repository: new LowdbWorkspaceRepository(file), seedsDir: seeds, defaultReviewer: 'Lan' });

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Renames one claim everywhere it is referenced (claims, reviews, findings) in a workspace-shaped JSON value. */
function renameClaim(data: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  // Rebuilt as text so the crafted key becomes an own "__proto__" property, as JSON.parse makes it.
  return JSON.parse(JSON.stringify(data).split(JSON.stringify(from)).join(JSON.stringify(to))) as Record<string, unknown>;
}

describe('record ids', () => {
  it('accept every id the app generates and no name of Object.prototype', async () => {
    const service = await open(join(await tempDir(), 'ws.json'), seedsDir);
    const ws = service.workspace;
    const ids = [...ws.articles.map((a) => a.id), ...ws.claims.map((c) => c.id), ...ws.findings.map((f) => f.id)];
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !isRecordId(id))).toEqual([]);
    expect(PROTOTYPE_NAMES).toContain('__proto__');
    expect(PROTOTYPE_NAMES.filter((name) => RECORD_ID_PATTERN.test(name))).toEqual([]);
    for (const bad of ['', 'c_', 'c_ space', 'c_../x', 'C_abc', `c_${'x'.repeat(121)}`, 'c_é']) expect(isRecordId(bad), bad).toBe(false);
  });

  it('null-prototype records and own lookups never reach Object.prototype', () => {
    const record = idRecord<number>([['c_1', 1]]);
    expect(record.c_1).toBe(1);
    expect((record as Record<string, unknown>).constructor).toBeUndefined();
    expect(ownValue({ c_1: 1 }, 'constructor')).toBeUndefined();
    expect(ownValue({ c_1: 1 }, '__proto__')).toBeUndefined();
  });

  it('a workspace file with a "__proto__" review key or claim id is refused by the schema, not half-read', async () => {
    const service = await open(join(await tempDir(), 'ws.json'), seedsDir);
    const claim = service.workspace.claims[0]!;
    await service.reviewClaim({ claimId: claim.id, status: 'verified', note: 'Khớp báo cáo' });
    const crafted = renameClaim(structuredClone(service.workspace) as unknown as Record<string, unknown>, claim.id, '__proto__');
    expect(Object.prototype.hasOwnProperty.call(crafted.reviews, '__proto__')).toBe(true);
    const result = Workspace.safeParse(crafted);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['reviews', expect.stringMatching(/^claims\.\d+\.id$/)]));
  });

  it('a merged JSON export with a "__proto__" claim is refused whole; a review still saves and the workspace reopens intact', async () => {
    const dir = await tempDir();
    const source = await open(join(dir, 'source.json'), seedsDir);
    const target = join(dir, 'ws.json');
    const claim = source.workspace.claims[3]!;
    await source.reviewClaim({ claimId: claim.id, status: 'flagged', note: 'Ghi chú cũ' });
    const exported = JSON.parse(toWorkspaceJson(source.workspace as Workspace, { exportedAt: '2026-11-29T00:00:00Z' })) as Record<string, unknown>;
    const file = join(dir, 'crafted.json');
    await writeFile(file, JSON.stringify(renameClaim(exported, claim.id, '__proto__')));

    const service = await open(target);
    const report = await service.importPaths([file]);
    expect(report.merged).toBeNull();
    expect(report.imported).toEqual([]);
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]).toMatchObject({ code: 'invalid_records' });
    expect(service.workspace.claims).toEqual([]);

    // The same export without the crafted id merges; then a review through IPC, and "__proto__" refused there.
    await writeFile(file, JSON.stringify(exported));
    expect((await service.importPaths([file])).merged?.claims).toBe(source.workspace.claims.length);
    const handlers = createHandlers(service, { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null });
    for (const claimId of ['__proto__', 'constructor', 'toString']) {
      const refused = await dispatch(handlers, 'reviewClaim', { claimId, status: 'verified' }, 'vi');
      expect(refused, claimId).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const reviewed = await dispatch(handlers, 'reviewClaim', { claimId: claim.id, status: 'verified' }, 'vi');
    expect(reviewed).toMatchObject({ ok: true, value: { status: 'verified', note: 'Ghi chú cũ' } });

    const reopened = await open(target);
    expect((await reopened.info()).notice).toBeNull();
    expect(reopened.workspace.articles).toHaveLength(source.workspace.articles.length);
    expect(reopened.workspace.reviews[claim.id]?.status).toBe('verified');
    // What was stored reads back as a valid workspace (the folder layout, through the store).
    expect(Workspace.safeParse(reopened.workspace).success).toBe(true);
    expect((await reopened.undo()).claimIds).toEqual([claim.id]);
  });
});

describe('evidence links in the workspace schema', () => {
  it('only http(s) addresses are stored, and the real host is what a link shows', async () => {
    const { Evidence } = await import('../../../shared/schema');
    const { linkHost } = await import('../../../shared/webLink');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'ftp://gso.gov.vn/a.pdf', 'https://gso.gov.vn/a b', 'gso.gov.vn']) {
      expect(Evidence.safeParse({ url, note: '' }).success, url).toBe(false);
    }
    expect(Evidence.safeParse({ url: 'https://www.gso.gov.vn/nien-giam-2023', note: 'Niên giám' }).success).toBe(true);
    expect(linkHost('https://vnexpress.net@evil.example/bai.html')).toBe('evil.example');
    expect(linkHost('https://vnexpress.net:443@evil.example:8443/')).toBe('evil.example:8443');
    expect(linkHost('javascript:alert(1)')).toBeNull();
  });
});
