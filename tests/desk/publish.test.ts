// Publish a local workspace to the shared desk and take it home again: nothing lost or changed.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/store/auditChain';
import { deskSnapshotToWorkspace, exportDesk, publishToDesk } from '../../electron/store/postgres/publish';
import { parseExportJson } from '../../shared/export';
import { Workspace } from '../../shared/schema';
import { freshDatabase, openDesk } from './helpers';

async function fixture(): Promise<Workspace> {
  return Workspace.parse(JSON.parse(await readFile(join(process.cwd(), 'tests/fixtures/workspace-v1.json'), 'utf8')));
}

describe('publish a workspace to the desk, export it back', () => {
  it('publish → export round trip is identical: records, finding decisions, audit chain, undo history', async () => {
    const original = await fixture();
    expect(original.history?.undo.length).toBeGreaterThan(0);
    expect(original.findings.some((f) => f.decision)).toBe(true);
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan');
    const minh = await openDesk(url, 'Minh');
    let dir: string | undefined;
    try {
      const carried = await publishToDesk(original, lan);
      expect(carried).toEqual({
        articles: original.articles.length,
        claims: original.claims.length,
        reviews: Object.keys(original.reviews).length,
        findings: original.findings.length,
        auditEvents: original.auditLog.length,
      });
      // Another editor sees the published desk through the port's reads.
      expect((await minh.articleSummaries()).map((a) => a.id)).toEqual(original.articles.map((a) => a.id));
      expect((await minh.findings()).items).toEqual(original.findings);
      expect(await minh.verifyAudit()).toBe(-1);

      dir = await mkdtemp(join(tmpdir(), 'crosscheck-desk-export-'));
      const file = join(dir, 'home.json');
      await exportDesk(lan, file, 'workspace');
      const back = Workspace.parse(JSON.parse(await readFile(file, 'utf8')));
      expect(back).toEqual(original);
      expect(verifyAuditChain(back.auditLog)).toBe(-1);
      expect((await stat(file)).mode & 0o777).toBe(0o600);

      // The JSON backup holds the same workspace.
      const backup = join(dir, 'backup.json');
      await exportDesk(lan, backup, 'backup');
      const parsed = parseExportJson(await readFile(backup, 'utf8'));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        const { format: _f, version: _v, exportedAt: _e, partial, scope: _s, ...restored } = parsed.value;
        expect(partial).toBe(false);
        expect(restored).toEqual(original);
      }
      // Never over an existing file.
      await expect(exportDesk(lan, file, 'workspace')).rejects.toThrow(/already exists/);

      // The undo history belongs to the editor who published it, not to everyone.
      expect((await lan.undoTop('undo'))?.action).toBe(original.history!.undo.at(-1)!.action);
      expect(await minh.undoTop('undo')).toBeNull();
    } finally {
      await lan.close();
      await minh.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });

  it('publish only fills an empty desk', async () => {
    const original = await fixture();
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan', { live: false });
    try {
      await publishToDesk(original, lan);
      const before = await lan.counts();
      await expect(publishToDesk(original, lan)).rejects.toThrow(/already holds a workspace/);
      expect(await lan.counts()).toEqual(before);
    } finally {
      await lan.close();
    }
  });

  it('refuses to publish a workspace whose audit chain is broken', async () => {
    const original = await fixture();
    const tampered = { ...original, auditLog: original.auditLog.map((e, i) => (i === 3 ? { ...e, who: 'someone else' } : e)) };
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan', { live: false });
    try {
      await expect(publishToDesk(tampered, lan)).rejects.toThrow(/audit chain is broken/);
      expect((await lan.counts()).articles).toBe(0);
      expect(() => deskSnapshotToWorkspace({ records: { articles: [], claims: [], reviews: [], findings: [], detached: [], settings: [], meta: [] }, audit: [] })).toThrow(
        /nothing was published/,
      );
    } finally {
      await lan.close();
    }
  });
});
