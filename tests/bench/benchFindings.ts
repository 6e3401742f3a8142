import type { Claim, Finding } from '../../shared/schema';

/**
 * `count` findings over `claims`, the shape a full analysis stores ('analysis.run'): pairs spread over the
 * workspace, one in five consistent. Deterministic; for the store benches.
 */
export function benchFindings(count: number, claims: readonly Claim[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const a = claims[(i * 7919) % claims.length] as Claim;
    const b = claims[(i * 104729 + 13) % claims.length] as Claim;
    findings.push({
      id: `f_bench${i.toString(16).padStart(8, '0')}`,
      type: i % 5 === 0 ? 'consistent' : 'conflict',
      claimIds: [a.id, b.id],
      articleIds: [a.articleId, b.articleId],
      explanation: `Hai bài đưa hai con số khác nhau cho cùng một sự kiện: ${a.quote} / ${b.quote}`,
      status: 'open',
      resolution: null,
      rule: 'cross-source',
      severity: 'high',
      confidence: 0.8,
      fingerprint: `fp${i}`,
    });
  }
  return findings;
}
