import { join } from 'node:path';
import { expect, it } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { MAX_AUDIT_VALUE_DEPTH } from '../../../shared/export/workspaceJson';
import { tempDir } from '../helpers';
import { closedAfterEach } from './keptAnalysis';

/**
 * Two desks exchanging exports every day (REVIEW-hostile H1): a merge entry used to keep the other
 * desk's merge entries with the events they kept nested inside, +3 levels per merge, so after ~44
 * round trips a Crosscheck-made export passed the audit depth bound and was refused as malformed.
 */

const opened = closedAfterEach();

async function openAt(path: string): Promise<WorkspaceService> {
  const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir: null, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(s);
  return s;
}

/** Deepest before/after of any audit event in an export file's text. */
function deepestAuditValue(json: string): number {
  const log = (JSON.parse(json) as { auditLog: Array<{ before: unknown; after: unknown }> }).auditLog;
  const depth = (v: unknown): number => (typeof v !== 'object' || v === null ? 0 : 1 + Math.max(0, ...Object.values(v).map(depth)));
  return Math.max(0, ...log.flatMap((e) => [depth(e.before), depth(e.after)]));
}

it('60 round trips of exports between two desks keep the audit trail flat, and the last export imports into an empty workspace and into the other desk', async () => {
  const dir = await tempDir();
  const a = await openAt(join(dir, 'a.json'));
  const b = await openAt(join(dir, 'b.json'));
  await a.importText('Giá xăng', 'Hà Nội - Giá xăng RON95 tăng 3,2% so với kỳ trước, lên 24.500 đồng/lít.');
  await b.importText('GDP quý I', 'Hà Nội - GDP quý I năm 2024 tăng 5,66% so với cùng kỳ năm trước.');
  const file = join(dir, 'x.json');
  const depths: number[] = [];
  const { readFile } = await import('node:fs/promises');
  for (let round = 0; round < 60; round++) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      await from.exportTo(file, { format: 'json', scope: {} });
      depths.push(deepestAuditValue(await readFile(file, 'utf8')));
      const report = await to.importPaths([file]);
      expect(report.refused).toEqual([]);
      expect(report.merged).not.toBeNull();
    }
  }
  // Depth stays the same from the first round trips on: it does not grow with their number.
  expect(Math.max(...depths.slice(-10))).toBe(Math.max(...depths.slice(4, 14)));
  expect(Math.max(...depths)).toBeLessThan(20);
  expect(Math.max(...depths)).toBeLessThan(MAX_AUDIT_VALUE_DEPTH);

  await a.exportTo(file, { format: 'json', scope: {} });
  const empty = await openAt(join(dir, 'empty.json'));
  const intoEmpty = await empty.importPaths([file]);
  expect(intoEmpty.refused).toEqual([]);
  expect(intoEmpty.merged?.articles).toBe(2);
  const intoOther = await b.importPaths([file]);
  expect(intoOther.refused).toEqual([]);
  // Every foreign event either desk ever saw is still kept once, by hash, somewhere in its trail.
  const kept = (ws: WorkspaceService) =>
    ws.workspace.auditLog.flatMap((e) => ((e.after as { foreignAuditEvents?: Array<{ hash: string }> } | null)?.foreignAuditEvents ?? []).map((k) => k.hash));
  expect(new Set(kept(a)).size).toBe(kept(a).length);
}, 120_000);

it('an export with an audit value nested exactly MAX_AUDIT_VALUE_DEPTH deep merges, stores and exports again; an older nested merge trail comes in flat', async () => {
  const { readFile, writeFile } = await import('node:fs/promises');
  const dir = await tempDir();
  const source = await openAt(join(dir, 'a.json'));
  await source.importText('Giá xăng', 'Hà Nội - Giá xăng RON95 tăng 3,2% so với kỳ trước, lên 24.500 đồng/lít.');
  const file = join(dir, 'x.json');
  await source.exportTo(file, { format: 'json', scope: {} });
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { auditLog: Array<Record<string, unknown>> };
  const base = parsed.auditLog[0] as Record<string, unknown>;
  // What an older version wrote after 150 merges: each merge entry keeping the previous one inside.
  let old: Record<string, unknown> = { ...base, hash: 'leaf', after: { note: 'Bản gốc' } };
  for (let i = 0; i < 150; i++) {
    old = { ...base, hash: `m${i}`, action: 'workspace.merge', after: { added: {}, conflicts: 0, foreignAuditEvents: [old] } };
  }
  parsed.auditLog.push({ ...base, seq: parsed.auditLog.length, hash: 'old', action: 'workspace.merge', after: { added: {}, conflicts: 0, foreignAuditEvents: [old] } });
  parsed.auditLog.push({ ...base, seq: parsed.auditLog.length, hash: 'deep', after: '__nested__' });
  const depth = MAX_AUDIT_VALUE_DEPTH;
  await writeFile(file, JSON.stringify(parsed).replace('"__nested__"', `${'['.repeat(depth)}${']'.repeat(depth)}`));
  expect(deepestAuditValue(await readFile(file, 'utf8'))).toBeGreaterThan(450);

  const s = await openAt(join(dir, 'b.json'));
  // Into a workspace with its own trail (an empty one restores the file's trail whole).
  await s.importText('GDP quý I', 'Hà Nội - GDP quý I năm 2024 tăng 5,66% so với cùng kỳ năm trước.');
  const report = await s.importPaths([file]);
  expect(report.refused).toEqual([]);
  expect(report.merged).not.toBeNull();
  const entry = s.workspace.auditLog.at(-1);
  const kept = (entry?.after as { foreignAuditEvents: Array<{ hash: string; after: unknown }> }).foreignAuditEvents;
  // The 152 nested merge entries and the leaf come in side by side, each once.
  expect(kept.map((k) => k.hash)).toEqual(expect.arrayContaining(['old', 'm149', 'm0', 'leaf', 'deep']));
  expect(new Set(kept.map((k) => k.hash)).size).toBe(kept.length);
  expect(kept.find((k) => k.hash === 'm0')?.after).toEqual({ added: {}, conflicts: 0, foreignAuditEventHashes: ['leaf'] });
  // The kept deep value is stored and exported again without overflowing.
  const again = join(dir, 'y.json');
  await s.exportTo(again, { format: 'json', scope: {} });
  expect(deepestAuditValue(await readFile(again, 'utf8'))).toBeGreaterThanOrEqual(depth);
}, 60_000);
