import { describe, expect, it } from 'vitest';
import { exportParseErrorMessage, MAX_AUDIT_VALUE_DEPTH, parseExportJson, toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { sampleWorkspace } from './helpers/workspace';

/**
 * A crafted export whose audit event holds a value nested 200,000 levels deep (REVIEW-sec B5) was
 * accepted, then overflowed the stack when the merge hashed it, stopping the whole import. It is
 * refused as malformed records, with where it is.
 */

const exportedAt = '2024-03-05T10:00:00.000Z';
const MARK = '"__nested__"';

/** The sample workspace's export with one more audit event whose `after` is `depth` nested arrays. */
function withNestedAudit(depth: number): string {
  const file = JSON.parse(toWorkspaceJson(sampleWorkspace(), { exportedAt })) as { auditLog: Array<Record<string, unknown>> };
  const first = file.auditLog[0];
  expect(first).toBeDefined();
  file.auditLog.push({ ...first, seq: file.auditLog.length, hash: 'f00', after: '__nested__' });
  return JSON.stringify(file).replace(MARK, `${'['.repeat(depth)}${']'.repeat(depth)}`);
}

describe('parseExportJson bounds the nesting of audit values', () => {
  it('refuses an audit `after` nested 200,000 levels deep as a malformed record, saying where', () => {
    const result = parseExportJson(withNestedAudit(200_000));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_records' } });
    if (result.ok) return;
    expect(result.error.issues).toEqual([expect.stringMatching(/^auditLog\[\d+\]\.after: nested more than 1000 levels deep$/)]);
    expect(exportParseErrorMessage(result.error, 'vi')).toBe('Bản xuất có 1 bản ghi sai cấu trúc nên không được nhập; không có gì bị thay đổi.');
  });

  it('refuses one level past the bound and reads a value at the bound (near-miss)', () => {
    expect(parseExportJson(withNestedAudit(MAX_AUDIT_VALUE_DEPTH + 1))).toMatchObject({ ok: false, error: { code: 'invalid_records' } });
    const atBound = parseExportJson(withNestedAudit(MAX_AUDIT_VALUE_DEPTH));
    expect(atBound.ok).toBe(true);
    // Hashing and storing such a value is still far from the stack's limit.
    if (atBound.ok) expect(() => JSON.stringify(atBound.value)).not.toThrow();
  });
});
