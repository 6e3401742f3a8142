import { describe, expect, it } from 'vitest';
import { exportParseErrorMessage, MAX_AUDIT_VALUE_DEPTH, parseExportJson, toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { FIELD_LIMITS } from '../../../shared/limits';
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

/**
 * A crafted export carrying what no form of the app accepts (a 1,000,000-character review note, 200
 * evidence links, 150 verdicts, a 200,000-character reviewer name) was merged as it was, and so was one
 * whose claims quote words that are not in the article at their offsets. Both are refused now, naming
 * the first place; an export at exactly the limits still comes in.
 */
describe('parseExportJson holds a file to what the app itself accepts', () => {
  const L = FIELD_LIMITS;
  type Mutable = ReturnType<typeof sampleWorkspace>;
  const exported = (edit: (ws: Mutable) => void): string => {
    const ws = sampleWorkspace();
    edit(ws);
    return toWorkspaceJson(ws, { exportedAt });
  };
  const firstReview = (ws: Mutable) => {
    const r = Object.values(ws.reviews)[0];
    if (!r) throw new Error('sample has no review');
    return r;
  };
  const atLimits = (ws: Mutable): void => {
    const r = firstReview(ws);
    r.note = 'n'.repeat(L.review.note);
    r.correctedText = 't'.repeat(L.review.correctedText);
    r.verdict = 'v'.repeat(L.review.verdict);
    r.evidence = Array.from({ length: L.review.evidence }, (_, i) => ({ url: `https://nguon.example.vn/${i}/`.padEnd(L.review.evidenceUrl, 'x'), note: 'g'.repeat(L.review.evidenceNote) }));
    const claim = ws.claims[0];
    if (!claim) throw new Error('sample has no claim');
    claim.subject = 's'.repeat(L.claim.subject);
    claim.metric = 'm'.repeat(L.claim.metric);
    claim.period = 'p'.repeat(L.claim.period);
    claim.unit = 'u'.repeat(L.claim.unit);
    const finding = ws.findings[0];
    if (!finding) throw new Error('sample has no finding');
    finding.decision = { kind: 'dismissed', rightClaimId: null, note: 'd'.repeat(L.findingNote), by: 'Hà', at: exportedAt };
    ws.settings.reviewerName = 'r'.repeat(L.settings.reviewerName);
    ws.settings.verdicts = Array.from({ length: L.settings.verdicts }, (_, i) => ({ id: `${i}`.padEnd(L.settings.verdictId, 'i'), label_vi: 'v'.repeat(L.settings.verdictLabel), label_en: 'e'.repeat(L.settings.verdictLabel), rating: null }));
  };

  it('reads an export with every field at its limit (near-miss)', () => {
    const result = parseExportJson(exported(atLimits));
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });

  it.each([
    ['a review note', (ws: Mutable) => void (firstReview(ws).note += 'n'), /^reviews\.c_\w+\.note: 10001 characters, at most 10000$/],
    ['a corrected text', (ws: Mutable) => void (firstReview(ws).correctedText += 't'), /\.correctedText: 2001 characters/],
    ['one evidence link too many', (ws: Mutable) => void firstReview(ws).evidence.push({ url: 'https://them.example.vn', note: '' }), /\.evidence: 51 items, at most 50$/],
    ['an evidence address', (ws: Mutable) => void ((firstReview(ws).evidence[3] as { url: string }).url += 'x'), /\.evidence\[3\]\.url: 4001 characters/],
    ['a claim subject', (ws: Mutable) => void ((ws.claims[0] as { subject: string }).subject += 's'), /^claims\[0\]\.subject: 301 characters, at most 300$/],
    ['a finding decision note', (ws: Mutable) => void ((ws.findings[0]?.decision as { note: string }).note += 'd'), /^findings\[0\]\.decision\.note: 5001 characters/],
    ['the reviewer name', (ws: Mutable) => void (ws.settings.reviewerName += 'r'), /^settings\.reviewerName: 121 characters, at most 120$/],
    ['one verdict too many', (ws: Mutable) => void ws.settings.verdicts?.push({ id: 'them', label_vi: 'Thêm', label_en: 'More', rating: null }), /^settings\.verdicts: 21 items, at most 20$/],
  ])('refuses %s one past its limit, naming the place', (_, over, issue) => {
    const result = parseExportJson(
      exported((ws) => {
        atLimits(ws);
        over(ws);
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'over_limits', total: 1 } });
    if (result.ok) return;
    expect(result.error.issues).toEqual([expect.stringMatching(issue)]);
    const place = result.error.issues[0]?.split(': ')[0] ?? '';
    expect(exportParseErrorMessage(result.error, 'vi')).toBe(
      `Bản xuất có 1 trường dài hơn mức ứng dụng cho phép (đầu tiên: ${place}); tệp có thể đã bị sửa tay nên không được nhập; không có gì bị thay đổi.`,
    );
  });

  it('counts every over-long field even when it lists only the first 20', () => {
    const result = parseExportJson(exported((ws) => void (firstReview(ws).evidence = Array.from({ length: 60 }, () => ({ url: `https://x.example.vn/${'a'.repeat(5000)}`, note: '' })))));
    expect(result).toMatchObject({ ok: false, error: { code: 'over_limits', total: 51 } });
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(20);
    expect(exportParseErrorMessage(result.error, 'en')).toMatch(/^The export has 51 field\(s\) longer than the app allows \(first: reviews\.c_\w+\.evidence\)/);
  });

  it.each([
    ['offsets past the article', (ws: Mutable) => Object.assign(ws.claims[0] as object, { start: 5000, end: 5004 }), /^claims\[0\] \(c_\w+\): offsets 5000–5004 lie outside the article's \d+ characters$/],
    ['a start after its end', (ws: Mutable) => Object.assign(ws.claims[1] as object, { start: 30, end: 20 }), /^claims\[1\] \(c_\w+\): offsets 30–20 lie outside/],
    ['words the article does not say there', (ws: Mutable) => Object.assign(ws.claims[2] as object, { quote: '9,9%' }), /^claims\[2\] \(c_\w+\): the quote is not the article's text at \d+–\d+$/],
    [
      'a finding span quoting other words',
      (ws: Mutable) => Object.assign(ws.findings[0] as object, { spans: [{ articleId: ws.articles[0]?.id, start: 0, end: 4, quote: 'Sai!' }] }),
      /^findings\[0\]\.spans\[0\]: the quote is not the article's text at 0–4$/,
    ],
  ])('refuses a quote with %s, naming the claim', (_, edit, issue) => {
    const result = parseExportJson(exported(edit));
    expect(result).toMatchObject({ ok: false, error: { code: 'quote_mismatch', total: 1 } });
    if (result.ok) return;
    expect(result.error.issues).toEqual([expect.stringMatching(issue)]);
    expect(exportParseErrorMessage(result.error, 'vi')).toMatch(/^Bản xuất có 1 trích dẫn không khớp với văn bản bài viết \(đầu tiên: (claims|findings)\[\d\]/);
  });

  it('reads a finding span that is the article text at its offsets (near-miss)', () => {
    const result = parseExportJson(exported((ws) => Object.assign(ws.findings[0] as object, { spans: [{ articleId: ws.articles[0]?.id, start: 0, end: 7, quote: 'Kinh tế' }] })));
    expect(result.ok).toBe(true);
  });
});
