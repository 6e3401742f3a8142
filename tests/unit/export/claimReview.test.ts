import { describe, expect, it } from 'vitest';
import { describeClaimReviewProblems, summarizeClaim, toClaimReviews, toJsonLdScript, CLAIM_REVIEWED_MAX_LENGTH } from '../../../shared/export/claimReview';
import { selectForExport } from '../../../shared/export/select';
import type { Workspace } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';
import { article, claimIn, sampleIds, sampleWorkspace } from './helpers/workspace';

function withSettings(ws: Workspace, patch: Partial<Workspace['settings']>): Workspace {
  return { ...ws, settings: { ...ws.settings, ...patch } };
}

describe('toClaimReviews', () => {
  const ws = sampleWorkspace();
  const ids = sampleIds(ws);

  it('writes a complete ClaimReview for a verified claim', () => {
    const { documents, problems } = toClaimReviews(selectForExport(ws));
    expect(problems).toEqual([]);
    const doc = documents.find((d) => d.claimId === ids.gdpA);
    expect(doc?.jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://kiemchung.example.vn/kiem-chung/${ids.gdpA}`,
      claimReviewed: 'Tổng cục Thống kê cho biết GDP năm 2023 tăng 6,5%, thấp hơn mục tiêu 6,8%…',
      datePublished: '2024-03-02',
      author: { '@type': 'Organization', name: 'Tòa soạn Kiểm chứng', url: 'https://kiemchung.example.vn' },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 4, worstRating: 1, alternateName: 'Đúng' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Báo Mẫu' },
        datePublished: '2024-01-06',
        appearance: { '@type': 'CreativeWork', url: 'https://baomau.example.vn/kinh-te/tang-truong-65.html' },
      },
    });
    expect(doc?.omitted).toEqual([]);
  });

  it('keeps claimReviewed under 75 characters, around the number, without the verdict', () => {
    for (const { jsonLd } of toClaimReviews(selectForExport(ws)).documents) {
      expect([...jsonLd.claimReviewed].length).toBeLessThan(75);
      expect(jsonLd.claimReviewed).not.toContain(jsonLd.reviewRating.alternateName);
    }
  });

  it('uses the verdict label in English on request and the lowest rating for "false"', () => {
    const doc = toClaimReviews(selectForExport(ws), { lang: 'en' }).documents.find((d) => d.claimId === ids.petrol);
    expect(doc?.jsonLd.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 1, bestRating: 4, worstRating: 1, alternateName: 'False' });
  });

  it('never publishes a local file path: an article without a web address appears by its title', () => {
    const doc = toClaimReviews(selectForExport(ws)).documents.find((d) => d.claimId === ids.petrol);
    expect(doc?.jsonLd.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', headline: 'Giá xăng giảm 3%' });
    expect(JSON.stringify(doc)).not.toContain('/home/bientap');
    expect(doc?.omitted).toEqual(['itemReviewed.author', 'itemReviewed.datePublished']);
  });

  it('publishes "cannot be verified" with its label only, since it has no place on the numeric scale', () => {
    const ws2 = structuredClone(ws);
    const r = ws2.reviews[ids.petrol];
    if (r) r.verdict = 'unverifiable';
    const doc = toClaimReviews(selectForExport(ws2)).documents.find((d) => d.claimId === ids.petrol);
    expect(doc?.jsonLd.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Không thể kiểm chứng' });
  });

  it('reports missing newsroom and address pattern instead of writing markup', () => {
    const result = toClaimReviews(selectForExport(withSettings(ws, { newsroom: { name: '', url: '' }, claimReviewUrlPattern: '' })));
    expect(result.documents).toEqual([]);
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toMatchObject({
      claimId: ids.gdpA,
      missing: ['author.name (newsroom name in settings)', 'url (fact-check address pattern in settings)'],
      invalid: [],
    });
  });

  it('reports the same for a workspace that never set them (defaults)', () => {
    const result = toClaimReviews(selectForExport({ ...ws, settings: defaultSettings() }));
    expect(result.documents).toEqual([]);
    expect(result.problems.every((p) => p.missing.length === 2)).toBe(true);
  });

  it('reports a claim with no verdict, an unknown verdict, and a flagged claim', () => {
    const ws2 = structuredClone(ws);
    const gdpA = ws2.reviews[ids.gdpA];
    const jobless = ws2.reviews[ids.jobless];
    if (gdpA) gdpA.verdict = null;
    if (jobless) jobless.verdict = 'half_true';
    const { problems } = toClaimReviews(selectForExport(ws2, { statuses: ['verified', 'corrected', 'flagged'] }));
    expect(problems).toMatchObject([
      { claimId: ids.gdpA, missing: ['reviewRating (no verdict chosen)'], invalid: [] },
      { claimId: ids.jobless, missing: [], invalid: ['reviewRating (verdict "half_true" is not on the scale)'] },
      { claimId: ids.gdpB, missing: ['reviewRating (no verdict chosen)'], invalid: ['status (flagged)'] },
    ]);
  });

  it('rejects a rating scale that breaks Google rules (worstRating below 1) and a malformed address', () => {
    const scale = [
      { id: 'true', label_vi: 'Đúng', label_en: 'True', rating: 2 },
      { id: 'false', label_vi: 'Sai', label_en: 'False', rating: 0 },
    ];
    // The schema itself forbids rating 0; a hand-edited settings file can still carry it.
    const bad = withSettings(ws, { verdicts: scale, claimReviewUrlPattern: 'kiemchung/{claimId}' });
    const { documents, problems } = toClaimReviews(selectForExport(bad, { articleIds: ['a_xang'] }));
    expect(documents).toEqual([]);
    expect(problems).toMatchObject([{ claimId: ids.petrol, missing: [], invalid: ['reviewRating.worstRating', 'url'] }]);
  });

  it('escapes "<" in the script block so a quote cannot close it', () => {
    const ws2 = structuredClone(ws);
    const a = ws2.articles[2];
    if (a) a.title = '</script><script>alert(1)</script>';
    const doc = toClaimReviews(selectForExport(ws2)).documents.find((d) => d.claimId === ids.petrol);
    if (!doc) throw new Error('expected a document');
    const script = toJsonLdScript(doc.jsonLd);
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual(doc.jsonLd);
  });
});

describe('summarizeClaim', () => {
  it('returns a short sentence whole', () => {
    const a = article('a', 'Giá xăng giảm 3% từ chiều nay.');
    expect(summarizeClaim(a, claimIn(a, '3%'))).toBe('Giá xăng giảm 3% từ chiều nay.');
  });

  it('cuts a long sentence to the words around the number, marking the cuts', () => {
    const text =
      'Theo số liệu vừa được Tổng cục Thống kê công bố trong buổi họp báo chiều qua tại Hà Nội, kim ngạch xuất khẩu nông, lâm, thủy sản của cả nước trong năm 2023 đã đạt khoảng 53 tỷ USD, tăng 1,1% so với năm trước đó và vượt kế hoạch đề ra.';
    const a = article('a', text);
    const summary = summarizeClaim(a, claimIn(a, '1,1%'));
    expect([...summary].length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX_LENGTH);
    expect(summary).toContain('tăng 1,1% so với');
    expect(summary.startsWith('…')).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('summarizeClaim (property)', () => {
  it('always stays within the limit and keeps the number whole', async () => {
    const fc = await import('fast-check');
    const word = fc.constantFrom('Tổng', 'cục', 'Thống', 'kê', 'cho', 'biết', 'kim', 'ngạch', 'xuất', 'khẩu', 'đạt', 'tăng', 'so', 'với', 'năm', 'trước', '(ước', 'tính)');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), fc.constantFrom('6,5%', '45/63', '1.234 tỷ đồng'), (before, after, quote) => {
        const text = [...before, quote, ...after].join(' ') + '.';
        const a = article('a', text);
        const summary = summarizeClaim(a, claimIn(a, quote));
        expect([...summary].length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX_LENGTH);
        expect(summary).toContain(quote);
      }),
      { numRuns: 300 },
    );
  });
});

describe('describeClaimReviewProblems', () => {
  const ws = sampleWorkspace();
  const ids = sampleIds(ws);

  it('says what is missing in the user language, naming claims by their quote and settings by their labels, never by ids', () => {
    const ws2 = structuredClone(withSettings(ws, { newsroom: { name: '', url: '' }, claimReviewUrlPattern: '' }));
    const gdpA = ws2.reviews[ids.gdpA];
    if (gdpA) gdpA.verdict = null;
    const { problems } = toClaimReviews(selectForExport(ws2));
    const quoteOf = (id: string) => ws2.claims.find((c) => c.id === id)?.quote ?? '';
    expect(problems.map((p) => p.quote)).toEqual(problems.map((p) => quoteOf(p.claimId)));
    const vi = describeClaimReviewProblems(problems, 'vi');
    expect(vi).toEqual([
      'Hãy điền Tên tòa soạn và Địa chỉ bài kiểm chứng trong Cài đặt.',
      `«${quoteOf(ids.gdpA)}»: chưa có kết luận; hãy chọn Kết luận khi duyệt.`,
    ]);
    const en = describeClaimReviewProblems(problems, 'en');
    expect(en[0]).toBe('Fill in Newsroom name and Fact-check address in Settings.');
    for (const line of [...vi, ...en]) {
      for (const p of problems) expect(line).not.toContain(p.claimId);
      expect(line).not.toMatch(/reviewRating|author\.name|claimReviewUrlPattern|\burl\b/);
    }

    const bad = withSettings(ws, { claimReviewUrlPattern: 'kiemchung/{claimId}' });
    const flagged = toClaimReviews(selectForExport(bad, { statuses: ['flagged'] })).problems;
    expect(describeClaimReviewProblems(flagged, 'vi')[0]).toBe('Địa chỉ bài kiểm chứng trong Cài đặt phải bắt đầu bằng https:// và chứa {claimId}.');
  });
});
