import { describe, expect, it } from 'vitest';
import { mergeWorkspace } from '../../../shared/export/mergeWorkspace';
import { exportParseErrorMessage, MAX_AUDIT_VALUE_DEPTH, parseExportJson, toWorkspaceJson } from '../../../shared/export/workspaceJson';
import type { Claim } from '../../../shared/schema';
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
    ['an evidence note', (ws: Mutable) => void ((firstReview(ws).evidence[0] as { note: string }).note += 'g'), /\.evidence\[0\]\.note: 2001 characters, at most 2000$/],
    ['a verdict', (ws: Mutable) => void (firstReview(ws).verdict += 'v'), /\.verdict: 101 characters, at most 100$/],
    ['the reviewer of a review', (ws: Mutable) => void (firstReview(ws).reviewer = 'r'.repeat(1001)), /\.reviewer: 1001 characters, at most 1000$/],
    ['a claim unit', (ws: Mutable) => void ((ws.claims[0] as { unit: string }).unit += 'u'), /^claims\[0\]\.unit: 101 characters, at most 100$/],
    ['a claim metric', (ws: Mutable) => void ((ws.claims[0] as { metric: string }).metric += 'm'), /^claims\[0\]\.metric: 301 characters/],
    ['a claim period', (ws: Mutable) => void ((ws.claims[0] as { period: string }).period += 'p'), /^claims\[0\]\.period: 101 characters/],
    ['the words kept before a claim', (ws: Mutable) => void ((ws.claims[1] as { prefix: string }).prefix = 'x'.repeat(1001)), /^claims\[1\]\.prefix: 1001 characters, at most 1000$/],
    ['who dismissed a finding', (ws: Mutable) => void ((ws.findings[0]?.decision as { by: string }).by = 'b'.repeat(1001)), /^findings\[0\]\.decision\.by: 1001 characters/],
    ['the newsroom name', (ws: Mutable) => void (ws.settings.newsroom = { name: 'n'.repeat(201), url: '' }), /^settings\.newsroom\.name: 201 characters, at most 200$/],
    ['the newsroom address', (ws: Mutable) => void (ws.settings.newsroom = { name: 'Tòa soạn', url: `https://${'a'.repeat(493)}` }), /^settings\.newsroom\.url: 501 characters, at most 500$/],
    ['the ClaimReview address pattern', (ws: Mutable) => void (ws.settings.claimReviewUrlPattern = `https://${'a'.repeat(493)}`), /^settings\.claimReviewUrlPattern: 501 characters/],
    ['a verdict id', (ws: Mutable) => void ((ws.settings.verdicts?.[2] as { id: string }).id += 'i'), /^settings\.verdicts\[2\]\.id: 61 characters, at most 60$/],
    ['a verdict label', (ws: Mutable) => void ((ws.settings.verdicts?.[0] as { label_en: string }).label_en += 'e'), /^settings\.verdicts\[0\]\.label_en: 101 characters/],
    [
      'a note of a claim kept apart after re-extraction',
      (ws: Mutable) => void (ws.detached = [{ claim: ws.claims.find((c) => c.id === firstReview(ws).claimId) as Claim, review: { ...firstReview(ws), note: 'n'.repeat(10_001) }, at: exportedAt }]),
      /^detached\[0\]\.review\.note: 10001 characters/,
    ],
    [
      'a note in an undo step',
      (ws: Mutable) => void (ws.history = { undo: [{ action: 'review.flagged', at: exportedAt, changes: [{ type: 'review', claimId: firstReview(ws).claimId, before: { ...firstReview(ws), note: 'n'.repeat(10_001) }, after: firstReview(ws) }] }], redo: [] }),
      /^history\.undo\[0\]\.changes\[0\]\.before\.note: 10001 characters/,
    ],
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
      `Bản xuất có 1 trường vượt giới hạn của ứng dụng (đầu tiên: ${place}); tệp có thể đã bị sửa tay nên không được nhập; không có gì bị thay đổi.`,
    );
  });

  it('reads more verdicts than the settings form offers: a merge learns the verdicts of the reviews it brings, so a workspace exports them (near-miss)', () => {
    const learned = exported((ws) => {
      atLimits(ws);
      ws.settings.verdicts?.push({ id: 'hoc-duoc', label_vi: 'Học được', label_en: 'Learned', rating: null });
    });
    expect(parseExportJson(learned).ok).toBe(true);
  });

  it('a merge that teaches a workspace new verdicts leaves it with an export that parses again (round trip)', () => {
    const target = sampleWorkspace();
    target.reviews = {};
    // A full scale of the settings form (20), then a merge learns the file's verdicts on top of it.
    target.settings.verdicts = Array.from({ length: 20 }, (_, i) => ({ id: `muc-${i}`, label_vi: `Mức ${i}`, label_en: `Level ${i}`, rating: null }));
    const incoming = parseExportJson(toWorkspaceJson(sampleWorkspace(), { exportedAt }));
    if (!incoming.ok) throw new Error('sample export refused');
    const merged = mergeWorkspace(target, incoming.value).workspace;
    expect(merged.settings.verdicts?.length).toBeGreaterThan(20);
    const again = parseExportJson(toWorkspaceJson(merged, { exportedAt }));
    expect(again.ok ? 'ok' : again.error).toBe('ok');
  });

  it('counts every over-long field even when it lists only the first 20', () => {
    const result = parseExportJson(exported((ws) => void (firstReview(ws).evidence = Array.from({ length: 60 }, () => ({ url: `https://x.example.vn/${'a'.repeat(5000)}`, note: '' })))));
    expect(result).toMatchObject({ ok: false, error: { code: 'over_limits', total: 51 } });
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(20);
    expect(exportParseErrorMessage(result.error, 'en')).toMatch(/^The export has 51 field\(s\) beyond the app's limits \(first: reviews\.c_\w+\.evidence\)/);
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

  it.each([
    [
      'an undo step putting words back into a claim',
      (ws: Mutable) => void (ws.history = { undo: [{ action: 'claim.edit', at: exportedAt, changes: [{ type: 'claim', claimId: (ws.claims[0] as Claim).id, before: { ...(ws.claims[0] as Claim), quote: '99%' }, after: ws.claims[0] as Claim }] }], redo: [] }),
      /^history\.undo\[0\]\.changes\[0\]\.before \(c_\w+\): the quote is not the article's text/,
    ],
    [
      'a finding explained by a quote its article does not have',
      (ws: Mutable) =>
        void Object.assign(ws.findings[0] as object, {
          facts: { rule: 'list-count', claim: { claimId: null, articleId: ws.articles[0]?.id, quote: 'Thủ tướng nói lạm phát 20%', date: null, outlet: null }, stated: 3, items: [] },
        }),
      /^findings\[0\]\.facts\.claim\.quote: the quote is not in the article$/,
    ],
    [
      'an aligned passage showing a sentence the article does not have',
      (ws: Mutable) => {
        const a = ws.articles[0] as { id: string; text: string };
        const sentence = { start: 0, end: 20, text: 'Bộ trưởng khẳng định' };
        const side = { claimId: null, articleId: a.id, quote: a.text.slice(0, 3), date: null, outlet: null, sentence, figure: { start: 0, end: 3, quote: a.text.slice(0, 3), value: 1 } };
        Object.assign(ws.findings[0] as object, { facts: { rule: 'aligned-passage', a: side, b: { ...side, sentence: { start: 0, end: 20, text: a.text.slice(0, 20) } }, similarity: 1, anchors: 0 } });
      },
      /^findings\[0\]\.facts\.a\.sentence: the quote is not the article's text at 0–20$/,
    ],
  ])('refuses %s', (_, edit, issue) => {
    const result = parseExportJson(exported(edit));
    expect(result).toMatchObject({ ok: false, error: { code: 'quote_mismatch', total: 1 } });
    if (!result.ok) expect(result.error.issues).toEqual([expect.stringMatching(issue)]);
  });

  it('reads an elapsed-years finding whose start the engine wrote as "năm 2015" where the article says "Năm 2015" (near-miss)', () => {
    const result = parseExportJson(
      exported((ws) => {
        const a = ws.articles[0] as { id: string; text: string };
        const opening = 'Năm 2015,  tỉnh bắt đầu chuyển đổi số. ';
        a.text = opening + a.text;
        const n = opening.length;
        for (const c of ws.claims) if (c.articleId === a.id) Object.assign(c, { start: c.start + n, end: c.end + n, sentenceStart: c.sentenceStart + n, sentenceEnd: c.sentenceEnd + n });
        Object.assign(ws.findings[1] as object, {
          facts: { rule: 'elapsed-years', claim: { claimId: null, articleId: a.id, quote: 'Năm 2015,  tỉnh', date: null, outlet: null }, stated: 9, fromQuote: 'năm 2015', fromDay: 16436, toDay: 19700, toLabel: 'published', calendarYears: 9 },
        });
      }),
    );
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });

  it('reads an elapsed-years finding whose start the engine read folded ("Việt Nam" as "việt năm", as "Việt Nam 2015" gives "năm 2015"): the app wrote it (near-miss)', () => {
    const result = parseExportJson(
      exported((ws) => {
        const a = ws.articles[0] as { id: string };
        Object.assign(ws.findings[1] as object, {
          facts: { rule: 'elapsed-years', claim: { claimId: null, articleId: a.id, quote: '6,5%', date: null, outlet: null }, stated: 3, fromQuote: 'việt năm', fromDay: 16436, toDay: 19700, toLabel: 'published', calendarYears: 3 },
        });
      }),
    );
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });

  it('reads a claim kept apart whose words are no longer in its article, offsets and all: that is why it was kept apart (near-miss)', () => {
    const result = parseExportJson(exported((ws) => void (ws.detached = [{ claim: { ...(ws.claims[0] as Claim), quote: 'đã sửa khỏi bài', start: 9000, end: 9015 }, review: null, at: exportedAt }])));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a claim kept apart of an article not in the file', (ws: Mutable) => void (ws.detached = [{ claim: { ...(ws.claims[0] as Claim), articleId: 'a_khong_co' }, review: null, at: exportedAt }]), /^detached claim c_\w+ points to missing article a_khong_co$/],
    [
      'an undo step whose record is another claim than it names',
      (ws: Mutable) => void (ws.history = { undo: [{ action: 'review.flagged', at: exportedAt, changes: [{ type: 'review', claimId: (ws.claims[0] as Claim).id, before: null, after: { ...firstReview(ws) } }] }], redo: [] }),
      /^history\.undo: a change of c_\w+ holds the record of c_\w+$/,
    ],
  ])('refuses %s as a broken reference', (_, edit, issue) => {
    const result = parseExportJson(exported(edit));
    expect(result).toMatchObject({ ok: false, error: { code: 'broken_references' } });
    if (!result.ok) expect(result.error.issues).toEqual([expect.stringMatching(issue)]);
  });

  it('reads a finding span that is the article text at its offsets (near-miss)', () => {
    const result = parseExportJson(exported((ws) => Object.assign(ws.findings[0] as object, { spans: [{ articleId: ws.articles[0]?.id, start: 0, end: 7, quote: 'Kinh tế' }] })));
    expect(result.ok).toBe(true);
  });
});
