import { describe, expect, it } from 'vitest';
import { FindingsAnalysis } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Claim } from '../../../shared/schema';
import { expectIncrementalAsFull, raisedBetween } from './helpers';

/**
 * Analysis 54 (session 79): a figure of one report is compared with one figure of the other. Report A gives a poverty
 * line (850 nghìn) and the income a household was assigned (750 nghìn); report B gives that income twice, as 650.000.
 * B's "ấn mức 650.000 đồng" is A's "ấn mức 750 nghìn đồng" (the cross-source rule); B's other sentence with the same
 * 650.000 was also raised, by the same-event rule, against A's poverty line, which shares only "bình quân thu nhập"
 * with it. Sentences written for this test (those of povertyLine78.test.ts, the income changed in B).
 */
const REPORT_A =
  'Hộ nghèo bị áp mức thu nhập sai\n' +
  'Tại buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo quy định, chuẩn nghèo ở nông thôn là mức bình quân thu nhập 850 nghìn đồng/người/tháng. ' +
  'Tự nhiên ấn mức 750 nghìn đồng cho gia đình bà Lan là không đúng hướng dẫn về rà soát hộ nghèo, cần được kiểm tra lại.\n';
const REPORT_B =
  'Đối thoại về giảm nghèo ở Minh Hòa\n' +
  'Buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Cả huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo phản ánh của bà Lan, cán bộ chính sách xã đã áp cho gia đình bà thu nhập bình quân 650.000 đồng/tháng, dù bà chỉ bán rau. ' +
  'Bà cho rằng tự nhiên ấn mức 650.000 đồng như vậy là không đúng hướng dẫn.\n';

describe('one counterpart for a figure of a report (analysis 54)', () => {
  it('raises the income against the income only, not the same figure of another sentence against the poverty line', () => {
    expect(raisedBetween(REPORT_A, REPORT_B)).toEqual([['650.000 đồng', '750 nghìn đồng']]);
  });

  it('still raises the same-event pair when the figure is given once (no other counterpart stands)', () => {
    // B's second sentence gone: its 650.000 of the income has no cross-source counterpart, the same-event pair stands.
    const once = REPORT_B.replace('Bà cho rằng tự nhiên ấn mức 650.000 đồng như vậy là không đúng hướng dẫn.', '');
    expect(raisedBetween(REPORT_A, once)).toContainEqual(['650.000', '850 nghìn']);
  });

  it('still raises the same-event pair when the other sentence gives another value', () => {
    // B's two sentences with two values: 600.000 is no second mention of 650.000, nothing takes the latter's place.
    const two = REPORT_B.replace('ấn mức 650.000 đồng', 'ấn mức 600.000 đồng');
    expect(raisedBetween(REPORT_A, two)).toContainEqual(['650.000', '850 nghìn']);
  });

  it('gives what a full analysis gives when the counterpart comes and goes by edits', () => {
    const a = buildDocument(REPORT_A, '/tmp/a.txt', '2026-01-01T00:00:00Z');
    const b = buildDocument(REPORT_B, '/tmp/b.txt', '2026-01-01T00:00:00Z');
    const articles = [
      { ...a.article, outlet: 'Báo A' },
      { ...b.article, outlet: 'Báo B' },
    ];
    const claims = [...a.claims, ...b.claims];
    const second = b.claims.find((c) => c.quote === '650.000 đồng') as Claim;
    const assigned = a.claims.find((c) => c.quote === '750 nghìn đồng') as Claim;
    expect(second).toBeDefined();
    expect(assigned).toBeDefined();
    const analysis = new FindingsAnalysis(articles, claims);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    expectIncrementalAsFull(analysis, articles, claims, stored, [
      // B's second mention corrected to A's value: no cross-source conflict left, the same-event pair comes back.
      { changed: [{ ...second, value: 750000 }], removed: [] },
      // Back as it was: the counterpart stands again.
      { changed: [second], removed: [] },
      // A's assigned income rejected, then restored.
      { changed: [], removed: [assigned.id] },
      { changed: [assigned], removed: [] },
    ]);
  });
});
