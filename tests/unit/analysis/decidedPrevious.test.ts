import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingsAnalysis } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { writeGeneratedArticles } from '../../bench/generate';

/**
 * A full analysis carries over only what the editor decided: given the decided findings alone
 * (resolved, dismissed) it gives the same findings as given every stored one. The services rely on it
 * where the store compares the result with the findings it holds (electron/services/findings.ts,
 * previousFindings): a 10,000-article workspace's 450k stored findings are then never all read.
 */
describe('a full analysis given only the decided findings', { timeout: 120_000 }, () => {
  it('gives the same findings as given every stored finding: decisions kept, a changed pair reopened, a reopened finding open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-decided-'));
    const articles: Article[] = [];
    let claims: Claim[] = [];
    try {
      writeGeneratedArticles(dir, 40);
      for (const f of readdirSync(dir).sort()) {
        const doc = buildDocument(readFileSync(join(dir, f), 'utf8'), f, '2026-01-01T00:00:00Z');
        articles.push(doc.article);
        claims.push(...doc.claims);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const first = new FindingsAnalysis(articles, claims).findings();
    const pairs = first.filter((f) => f.claimIds.length === 2 && f.type !== 'consistent');
    expect(pairs.length).toBeGreaterThan(12);
    const at = '2026-06-01T00:00:00.000Z';
    const decide = (f: Finding, status: 'resolved' | 'dismissed', reason?: 'not-same-fact' | 'other'): Finding => ({
      ...f,
      status,
      resolution: status === 'resolved' ? 'Đã kiểm tra' : null,
      decision: { kind: status, ...(reason ? { reason } : {}), rightClaimId: status === 'resolved' ? f.claimIds[0]! : null, note: 'ghi chú', by: 'Lan', at },
    });
    const stored = first.map((f) => {
      const i = pairs.indexOf(f);
      if (i < 0) return f;
      if (i % 6 === 0) return decide(f, 'resolved');
      if (i % 6 === 1) return decide(f, 'dismissed', 'other');
      if (i % 6 === 2) return decide(f, 'dismissed', 'not-same-fact');
      // Reopened: a decision taken back leaves the finding open with no resolution and a null decision.
      if (i % 6 === 3) return { ...f, status: 'open' as const, resolution: null, decision: null };
      return f;
    });
    // Some claims of decided findings change value: their decisions no longer hold (fingerprint), except
    // a "not the same fact" dismissal, which holds for its pair whatever its values become.
    const changed = new Set(pairs.filter((_, i) => i % 12 < 3).map((f) => f.claimIds[0]!));
    claims = claims.map((c) => (changed.has(c.id) && c.value !== null ? { ...c, value: c.value * 3 + 1 } : c));
    const decided = stored.filter((f) => f.status !== 'open');
    expect(decided.length).toBeGreaterThan(6);

    const fromAll = new FindingsAnalysis(articles, claims).findings(stored);
    const fromDecided = new FindingsAnalysis(articles, claims).findings(decided);
    expect(fromDecided).toEqual(fromAll);
    // What is compared moves: decisions kept, some reopened by the changed values.
    const statuses = (list: readonly Finding[]) => list.map((f) => f.status).join();
    expect(statuses(fromAll)).not.toBe(statuses(new FindingsAnalysis(articles, claims).findings()));
    const kept = fromAll.filter((f) => f.status !== 'open').length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(decided.length);
  });
});
