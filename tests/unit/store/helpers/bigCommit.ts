import type { CommitRequest } from '../../../../electron/store/port';
import type { Finding } from '../../../../shared/schema';

/** `count` findings of a full analysis's shape (claims need not exist for the store). */
export function bigFindings(count: number, prefix = 'f_big'): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${String(i).padStart(6, '0')}`,
    type: 'conflict' as const,
    claimIds: [`c_a${i % 97}`, `c_b${i % 89}`],
    explanation: `Hai bài đưa hai con số khác nhau cho cùng một sự kiện (${i}): ${'chi tiết '.repeat(20)}`,
    status: 'open' as const,
    resolution: null,
    rule: 'cross-source',
  }));
}

/** A full analysis's commit of `count` new findings (bigFindings), with its audit event. */
export function addAll(count: number, prefix?: string): CommitRequest {
  const at = '2026-11-30T03:00:00.000Z';
  return {
    action: 'analysis.run',
    who: 'Lan',
    at,
    changes: bigFindings(count, prefix).map((f) => ({ table: 'findings', id: f.id, before: null, after: f })),
    audit: [{ who: 'Lan', when: at, action: 'analysis.run', target: 'findings', before: { count: 0 }, after: { count } }],
  };
}
