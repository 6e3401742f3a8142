import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, Workspace } from '../../../shared/schema';
import { MAX_PAGE } from '../../../shared/ipc/contract';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { openFindingClaimIds, pageClaimRows, pageFindings, summarize } from '../../../electron/services/paging';
import { emptyWorkspace, WorkspaceService } from '../../../electron/services/workspaceService';
import { createMemoryStore } from '../../../electron/store/memoryStore';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { seedsDir, tempDir } from '../helpers';

const types = ['conflict', 'update', 'consistent', 'internal'] as const;
const statuses = ['open', 'open', 'resolved', 'dismissed'] as const;

/** A workspace with many findings of every type and status (what the analysis of 1,000 articles gives). */
function manyFindings(count: number): Workspace {
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    id: `f_${i.toString(16).padStart(6, '0')}`,
    type: types[i % 4] as Finding['type'],
    claimIds: [`c_${i}`, `c_${i + 1}`],
    explanation: `Phát hiện số ${i}`,
    status: statuses[(i >> 2) % 4] as Finding['status'],
    resolution: null,
  }));
  return { ...emptyWorkspace('Minh'), findings };
}

describe('paged listings', () => {
  it('reaches every finding exactly once page by page, for each filter, with the counts of the summary', async () => {
    const ws = manyFindings(7_321);
    const store = createMemoryStore(structuredClone(ws));
    const needs = (f: Finding) => f.status === 'open' && f.type !== 'consistent';
    for (const show of ['open', 'all'] as const) {
      const seen: string[] = [];
      let total = -1;
      for (let offset = 0; ; offset += 250) {
        const page = await pageFindings(store, { show, offset, limit: 250 });
        total = page.total;
        seen.push(...page.findings.map((f) => f.id));
        if (page.findings.length < 250) break;
      }
      const expected = ws.findings.filter((f) => show === 'all' || needs(f)).map((f) => f.id);
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(seen.length);
      expect(total).toBe(expected.length);
    }
    const summary = await summarize(store);
    expect(summary.findings.open).toBe((await pageFindings(store, { show: 'open', offset: 0, limit: 1 })).total);
    expect(summary.findings.open + summary.findings.resolved + summary.findings.dismissed).toBe(
      ws.findings.filter((f) => f.type !== 'consistent' || f.status !== 'open').length,
    );
    // A claim's own findings, and the claims that stand in an open one.
    expect((await pageFindings(store, { show: 'all', claimId: 'c_10', offset: 0, limit: 50 })).findings.map((f) => f.id)).toEqual(['f_000009', 'f_00000a']);
    const ids = new Set((await openFindingClaimIds(store, 0, 100000)).ids);
    for (const f of ws.findings) for (const id of f.claimIds) if (needs(f)) expect(ids.has(id)).toBe(true);
  });

  it('changes the summary signature when a finding changes status, not otherwise', async () => {
    const ws = manyFindings(500);
    const before = (await summarize(createMemoryStore(structuredClone(ws)))).findings.signature;
    expect((await summarize(createMemoryStore(structuredClone(ws)))).findings.signature).toBe(before);
    (ws.findings[0] as Finding).status = 'dismissed';
    expect((await summarize(createMemoryStore(structuredClone(ws)))).findings.signature).not.toBe(before);
  });

  it('serves claim rows by page through the real handlers, all of them once, in workspace order', async () => {
    const service = await WorkspaceService.open({
      repository: new LowdbWorkspaceRepository(join(await tempDir(), 'ws.json')),
      seedsDir,
      defaultReviewer: 'Minh',
    });
    const handlers = createHandlers(service, { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null });
    const all = (await service.listClaims()).map((r) => r.id);
    expect(all.length).toBeGreaterThan(20);
    const seen: string[] = [];
    for (let offset = 0; offset < all.length; offset += 7) {
      const page = await dispatch(handlers, 'listClaims', { offset, limit: 7 }, 'vi');
      if (!page.ok) throw new Error(page.error.message);
      const value = page.value as { rows: Array<{ id: string }>; total: number };
      expect(value.total).toBe(all.length);
      seen.push(...value.rows.map((r) => r.id));
    }
    expect(seen).toEqual(all);
    expect((await pageClaimRows(service.store, all.length, 10)).rows).toEqual([]);
    // Pages are bounded by the contract: no one asks for the whole workspace in one message.
    expect(await dispatch(handlers, 'listClaims', { offset: 0, limit: MAX_PAGE + 1 }, 'vi')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(handlers, 'listFindings', { limit: MAX_PAGE + 1 }, 'vi')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const summary = await dispatch(handlers, 'getSummary', {}, 'vi');
    expect(summary).toMatchObject({ ok: true, value: { articleCount: 5, claimCount: all.length } });
    await service.close();
  });
});
