import { describe, expect, it } from 'vitest';
import { assignClaimIds } from '../../../shared/document';
import { extractClaims, reanchorClaims } from '../../../shared/extract';
import type { Claim, ExtractedClaim } from '../../../shared/schema';
import { normalizeText } from '../../../shared/text';

const ARTICLE = 'a_test';

function claimsFor(text: string, extracted: ExtractedClaim[] = extractClaims(text)): Claim[] {
  return assignClaimIds(ARTICLE, text, extracted);
}

/** A claim an editor added by hand over `quote` (its n-th occurrence). */
function manualClaim(text: string, quote: string, occurrence = 0): Claim {
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(quote, start + 1);
  const end = start + quote.length;
  return {
    start,
    end,
    quote,
    sentenceStart: 0,
    sentenceEnd: text.length,
    kind: 'count',
    value: null,
    total: null,
    upper: null,
    unit: null,
    qualifier: null,
    subject: null,
    metric: null,
    period: null,
    modality: null,
    years: null,
    checkworthiness: 0.5,
    id: `m_${start}`,
    articleId: ARTICLE,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    origin: 'manual',
  };
}

const TEXT = normalizeText(
  'Tỉnh Bắc Giang có 100% cơ sở y tế áp dụng hệ thống mới. Tỷ lệ hồ sơ trực tuyến đạt gần 80%. Toàn tỉnh có 100% doanh nghiệp dùng hóa đơn điện tử.',
);

describe('reanchorClaims', () => {
  it('maps every claim onto itself when nothing changed', () => {
    const old = claimsFor(TEXT);
    const result = reanchorClaims(TEXT, old, claimsFor(TEXT));
    expect(result.mapped).toEqual(old.map((c) => ({ oldId: c.id, newId: c.id, method: 'position' })));
    expect(result.orphaned).toEqual([]);
    expect(result.unanchored).toEqual([]);
  });

  it('re-finds claims by quote and context when offsets move, choosing the right repeated "100%"', () => {
    const old = claimsFor(TEXT);
    const moved = normalizeText(`Tin địa phương\n\nBài viết cập nhật thêm đoạn mở đầu.\n\n${TEXT}`);
    const fresh = claimsFor(moved);
    const result = reanchorClaims(moved, old, fresh);
    expect(result.unanchored).toEqual([]);
    expect(result.orphaned).toEqual([]);
    for (const m of result.mapped) {
      const before = old.find((c) => c.id === m.oldId);
      const after = fresh.find((c) => c.id === m.newId);
      expect(m.method).toBe('quote');
      expect(after?.quote).toBe(before?.quote);
      expect(after?.suffix).toBe(before?.suffix);
    }
    const secondHundred = old.filter((c) => c.quote === '100%')[1];
    const target = fresh.find((c) => c.id === result.mapped.find((m) => m.oldId === secondHundred?.id)?.newId);
    expect(moved.slice(target?.end ?? 0, (target?.end ?? 0) + 13)).toBe(' doanh nghiệp');
  });

  it('follows a claim whose quote grew with the better engine ("80%" → "gần 80%")', () => {
    const narrow = extractClaims(TEXT).map((c) => (c.quote === 'gần 80%' ? { ...c, start: c.start + 4, quote: '80%' } : c));
    const old = claimsFor(TEXT, narrow);
    const fresh = claimsFor(TEXT);
    const result = reanchorClaims(TEXT, old, fresh);
    const oldEighty = old.find((c) => c.quote === '80%');
    const mapping = result.mapped.find((m) => m.oldId === oldEighty?.id);
    expect(fresh.find((c) => c.id === mapping?.newId)?.quote).toBe('gần 80%');
  });

  it('re-finds a claim by prefix and suffix when its own words changed', () => {
    const old = claimsFor(TEXT);
    const edited = TEXT.replace('gần 80%', 'gần 81%');
    const result = reanchorClaims(edited, old, claimsFor(edited));
    const oldEighty = old.find((c) => c.quote === 'gần 80%');
    expect(result.mapped.find((m) => m.oldId === oldEighty?.id)?.method).toBe('context');
    expect(result.unanchored).toEqual([]);
  });

  it('keeps manual claims, re-anchored, and names the new claim over the same words', () => {
    const manual = manualClaim(TEXT, 'hệ thống mới');
    const overNumber = manualClaim(TEXT, '100%', 1);
    const moved = normalizeText(`Đoạn mở đầu mới.\n${TEXT}`);
    const fresh = claimsFor(moved);
    const result = reanchorClaims(moved, [manual, overNumber], fresh);
    expect(result.manual).toHaveLength(2);
    const kept = result.manual.find((m) => m.claim.id === manual.id);
    expect(kept?.claim.quote).toBe('hệ thống mới');
    expect(moved.slice(kept?.claim.start, kept?.claim.end)).toBe('hệ thống mới');
    expect(kept?.duplicateOf).toBeNull();
    const twin = result.manual.find((m) => m.claim.id === overNumber.id);
    expect(fresh.find((c) => c.id === twin?.duplicateOf)?.quote).toBe('100%');
    expect(moved.slice(twin?.claim.end, (twin?.claim.end ?? 0) + 13)).toBe(' doanh nghiệp');
  });

  it('lists, never drops, claims whose words are gone or no longer extracted', () => {
    const old = [...claimsFor(TEXT), manualClaim(TEXT, 'hóa đơn điện tử')];
    const shorter = normalizeText('Tỉnh Bắc Giang có 100% cơ sở y tế áp dụng hệ thống mới.');
    const result = reanchorClaims(shorter, old, claimsFor(shorter));
    expect(result.mapped).toHaveLength(1);
    expect(result.unanchored.map((c) => c.quote).sort()).toEqual(['100%', 'gần 80%', 'hóa đơn điện tử'].sort());

    const falsePositive = { ...manualClaim(TEXT, 'hệ thống mới'), origin: 'extracted' as const, id: 'c_old' };
    const orphan = reanchorClaims(TEXT, [falsePositive], claimsFor(TEXT));
    expect(orphan.orphaned.map((o) => o.claim.quote)).toEqual(['hệ thống mới']);
  });
});
