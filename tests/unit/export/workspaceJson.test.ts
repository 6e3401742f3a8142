import { describe, expect, it } from 'vitest';
import { mergeWorkspace } from '../../../shared/export/mergeWorkspace';
import { exportParseErrorMessage, parseExportJson, toWorkspaceExport, toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { emptyWorkspace, sampleIds, sampleWorkspace } from './helpers/workspace';

const exportedAt = '2024-03-05T10:00:00.000Z';

function parsed(text: string) {
  const result = parseExportJson(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.issues.join('; ')}`);
  return result.value;
}

describe('workspace JSON export', () => {
  it('wraps the full records in a named, versioned envelope', () => {
    const data = JSON.parse(toWorkspaceJson(sampleWorkspace(), { exportedAt })) as Record<string, unknown>;
    expect(data).toMatchObject({ format: 'crosscheck.workspace', version: 1, exportedAt, partial: false, scope: null, schemaVersion: 1 });
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['articles', 'claims', 'reviews', 'findings', 'auditLog', 'settings']));
  });

  it('round-trips: export → import into a fresh workspace → identical workspace', () => {
    const original = sampleWorkspace();
    const result = mergeWorkspace(emptyWorkspace(), parsed(toWorkspaceJson(original, { exportedAt })));
    expect(result.workspace).toEqual(original);
    expect(result.conflicts).toEqual([]);
    expect(result.foreignAuditEvents).toEqual([]);
    expect(result.added).toEqual({ articles: 3, claims: 6, reviews: 4, findings: 3, auditEvents: 3, verdicts: [] });
    // And exporting the restored workspace gives the same records again (key order aside).
    expect(JSON.parse(toWorkspaceJson(result.workspace, { exportedAt }))).toEqual(JSON.parse(toWorkspaceJson(original, { exportedAt })));
  });

  it('restores fields the merge does not manage itself, such as the undo history', () => {
    const original = { ...sampleWorkspace(), history: { undo: [{ action: 'review.set', at: '2024-03-02T10:15:00.000Z', changes: [] }], redo: [] } };
    const restored = mergeWorkspace(emptyWorkspace(), parsed(toWorkspaceJson(original, { exportedAt }))).workspace;
    expect(restored).toEqual(original);
  });

  it('reads a file written before verdicts and newsroom settings existed', () => {
    const data = JSON.parse(toWorkspaceJson(sampleWorkspace(), { exportedAt })) as { reviews: Record<string, Record<string, unknown>>; settings: Record<string, unknown> };
    for (const r of Object.values(data.reviews)) delete r.verdict;
    delete data.settings.verdicts;
    delete data.settings.newsroom;
    delete data.settings.claimReviewUrlPattern;
    expect(parseExportJson(JSON.stringify(data)).ok).toBe(true);
  });

  it('exports a selection as a partial file whose audit events cover only what it holds', () => {
    const ws = sampleWorkspace();
    const ids = sampleIds(ws);
    const partial = toWorkspaceExport(ws, { exportedAt, scope: { articleIds: ['a_kinhte'] } });
    expect(partial.partial).toBe(true);
    expect(partial.claims.map((c) => c.id)).toEqual([ids.gdpA, ids.jobless]);
    expect(partial.auditLog.map((e) => e.target)).toEqual([ids.gdpA, ids.jobless]);
    // A subset's hash chain cannot verify, so it is never adopted as a workspace's own log.
    const merged = mergeWorkspace(emptyWorkspace(), parsed(JSON.stringify(partial)));
    expect(merged.workspace.auditLog).toEqual([]);
    expect(merged.foreignAuditEvents).toHaveLength(2);
    expect(merged.workspace.settings).toEqual(emptyWorkspace().settings);
  });
});

describe('parseExportJson refuses bad files with a reason', () => {
  const good = (): Record<string, unknown> => JSON.parse(toWorkspaceJson(sampleWorkspace(), { exportedAt })) as Record<string, unknown>;

  it('not JSON', () => {
    const result = parseExportJson('{"format": "crosscheck.workspace", ');
    expect(result).toMatchObject({ ok: false, error: { code: 'not_json' } });
  });

  it('JSON from something else', () => {
    expect(parseExportJson('{"articles": []}')).toMatchObject({ ok: false, error: { code: 'not_crosscheck_export' } });
    expect(parseExportJson('[1,2]')).toMatchObject({ ok: false, error: { code: 'not_crosscheck_export' } });
  });

  it('a newer version', () => {
    expect(parseExportJson(JSON.stringify({ ...good(), version: 2 }))).toMatchObject({ ok: false, error: { code: 'unsupported_version' } });
  });

  it('a malformed record, with where it is', () => {
    const data = good() as { claims: Array<Record<string, unknown>> };
    const first = data.claims[0];
    if (first) first.start = -1;
    const result = parseExportJson(JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_records' } });
    expect(!result.ok && result.error.issues[0]).toMatch(/^claims\[0\]\.start: /);
  });

  it('a review or finding pointing at a claim the file does not hold', () => {
    const data = good() as { claims: unknown[] };
    data.claims = data.claims.slice(1);
    const result = parseExportJson(JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, error: { code: 'broken_references' } });
    expect(!result.ok && result.error.issues.join('\n')).toMatch(/finding f_internal points to missing claim/);
  });

  it('accepts a file that starts with a BOM (saved by a Windows editor)', () => {
    expect(parseExportJson('\uFEFF' + toWorkspaceJson(sampleWorkspace(), { exportedAt })).ok).toBe(true);
  });

  it('explains each error in Vietnamese and English', () => {
    for (const code of ['not_json', 'not_crosscheck_export', 'unsupported_version', 'invalid_records', 'broken_references'] as const) {
      const vi = exportParseErrorMessage({ code, issues: ['x'] });
      const en = exportParseErrorMessage({ code, issues: ['x'] }, 'en');
      expect(vi).toMatch(/\.$/);
      expect(en).toMatch(/\.$/);
      expect(vi).not.toBe(en);
    }
  });
});
