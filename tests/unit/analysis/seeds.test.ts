import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Article, Claim } from '../../../shared/schema';

/**
 * End to end on the seeds: real extraction, then analysis. Some of these need the Vietnamese
 * extraction engine (issue 3) — publication dates, streak claims with subject/metric/period — and
 * fail with the placeholder extractor in shared/extract/index.ts. They are left as normal tests on
 * purpose so they turn green when the engine lands; each one says what it waits for.
 */
const SEEDS = join(__dirname, '../../../seeds');

function load(): { articles: Article[]; claims: Claim[]; byFile: Map<string, Article> } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const byFile = new Map<string, Article>();
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = buildDocument(readFileSync(join(SEEDS, file), 'utf8'), `seeds/${file}`, '2024-06-01T00:00:00Z');
    articles.push(doc.article);
    claims.push(...doc.claims);
    byFile.set(file.slice(0, 3), doc.article);
  }
  return { articles, claims, byFile };
}

describe('seeds', () => {
  const { articles, claims, byFile } = load();
  const findings = detectFindings(articles, claims);

  // WAITS FOR THE EXTRACTOR (issue 3): needs publishedAt for both articles and streak claims with
  // years, subject and metric. Passes with hand-built claims in cross.test.ts.
  it('flags the Bắc Giang streak (3 năm → bốn năm liên tiếp) as an update with both quotes and dates', () => {
    const f = findings.find((x) => x.type === 'update' && /3 năm liên tiếp/.test(x.explanation) && /bốn năm liên tiếp/.test(x.explanation));
    expect(f, JSON.stringify(findings.map((x) => x.explanation), null, 1)).toBeDefined();
    expect(f!.status).toBe('open');
    expect(f!.articleIds).toEqual(expect.arrayContaining([byFile.get('000')!.id, byFile.get('003')!.id]));
    expect(f!.explanation).toContain('8/3/2024');
    expect(f!.explanation).toContain('8/5/2024');
  });

  // WAITS FOR THE EXTRACTOR (issue 3): needs the publication date of seeds/003 ("Thứ Tư, 8 Tháng Năm, 2024").
  it('flags "Sau 4 năm" in seeds/003 against Nghị quyết 111 of 11/6/2021', () => {
    const f = findings.find((x) => x.rule === 'elapsed-years' && x.articleIds?.includes(byFile.get('003')!.id));
    expect(f?.explanation).toContain('11/6/2021');
  });

  it('flags "Năm 20220" in seeds/004', () => {
    const f = findings.find((x) => x.rule === 'impossible-year');
    expect(f?.articleIds).toEqual([byFile.get('004')!.id]);
    expect(f?.spans?.[0]?.quote).toBe('Năm 20220');
  });

  it('finds no share or sum problem in seeds/001 (4,86% = 3.215 / (3.215 + 62.883)) nor in 9/14 + 5 of seeds/000', () => {
    const wrong = findings.filter((x) => x.rule === 'percent-from-counts' || x.rule === 'parts-exceed-total');
    expect(wrong.map((x) => x.explanation)).toEqual([]);
  });

  it('never calls two seed claims a conflict across provinces', () => {
    const conflicts = findings.filter((x) => x.type === 'conflict');
    expect(conflicts.map((x) => x.explanation)).toEqual([]);
  });
});
