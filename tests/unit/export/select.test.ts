import { describe, expect, it } from 'vitest';
import { selectForExport } from '../../../shared/export/select';
import { sampleIds, sampleWorkspace } from './helpers/workspace';

describe('selectForExport', () => {
  const ws = sampleWorkspace();
  const ids = sampleIds(ws);

  it('takes verified and corrected claims by default, with their articles and reviews', () => {
    const s = selectForExport(ws);
    expect(s.claims.map((c) => c.id)).toEqual([ids.gdpA, ids.jobless, ids.petrol]);
    expect(s.articles.map((a) => a.id)).toEqual(['a_kinhte', 'a_xang']);
    expect(Object.keys(s.reviews).sort()).toEqual([ids.gdpA, ids.jobless, ids.petrol].sort());
    expect(s.scope.statuses).toEqual(['verified', 'corrected']);
  });

  it('counts a claim nobody reviewed as unreviewed', () => {
    expect(selectForExport(ws, { statuses: ['unreviewed'] }).claims.map((c) => c.id)).toEqual([ids.headline, ids.provinces]);
  });

  it('keeps only findings whose claims are all selected', () => {
    expect(selectForExport(ws).findings.map((f) => f.id)).toEqual(['f_same']);
    const all = selectForExport(ws, { statuses: ['unreviewed', 'verified', 'corrected', 'flagged', 'rejected'] });
    expect(all.findings.map((f) => f.id)).toEqual(['f_gdp', 'f_internal', 'f_same']);
  });

  it('restricts to chosen articles', () => {
    expect(selectForExport(ws, { articleIds: ['a_xang'] }).claims.map((c) => c.id)).toEqual([ids.petrol]);
  });

  it('filters by publication date and reports the undated articles it had to leave out', () => {
    const s = selectForExport(ws, { statuses: ['verified', 'corrected', 'flagged'], from: '2024-02-01', to: '2024-12-31' });
    expect(s.claims.map((c) => c.id)).toEqual([ids.gdpB]);
    expect(s.undatedArticleIds).toEqual(['a_xang']);
    expect(selectForExport(ws, { to: '2024-01-06' }).claims.map((c) => c.id)).toEqual([ids.gdpA, ids.jobless]);
  });

  it('can filter on the review date instead', () => {
    const s = selectForExport(ws, { from: '2024-03-03', dateBasis: 'reviewed' });
    expect(s.claims.map((c) => c.id)).toEqual([ids.jobless, ids.petrol]);
    expect(s.undatedArticleIds).toEqual([]);
  });
});
