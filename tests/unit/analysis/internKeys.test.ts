import { describe, expect, it } from 'vitest';
import { cachedEntries, releaseAnalysisCaches } from '../../../shared/analysis/caches';
import { describeMetric } from '../../../shared/analysis/normalize';

// Distinct metric wordings, made of letters only (digits are no metric words): "chi tieu qa", "chi tieu qb", …
const wording = (i: number): string => `chi tieu ${i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)] as string)}`;

describe('metric descriptor keys (normalize.ts internKey)', () => {
  it("keep a wording's key however many other wordings come after it", () => {
    // A fact kept in a claim's memo holds the key its metric had then; the same wording read later (another
    // claim, a re-analysis) must get the same key, or the two claims are never grouped together. Before
    // analysis 43 the keys were emptied at 500,000 wordings and this key changed.
    const key = describeMetric('tỷ lệ hồ sơ trực tuyến').key;
    for (let i = 0; i < 600_000; i++) describeMetric(wording(i));
    expect(describeMetric('tỷ lệ hồ sơ trực tuyến').key).toBe(key);
    expect(describeMetric(wording(0)).key).not.toBe(key);
  });

  it('are emptied with the memos (releaseAnalysisCaches, which the last workspace close calls)', () => {
    // (Some generated wordings are one: a token that is a stopword drops out.)
    expect(cachedEntries()).toBeGreaterThan(500_000);
    releaseAnalysisCaches();
    expect(cachedEntries()).toBe(0);
  });
});
