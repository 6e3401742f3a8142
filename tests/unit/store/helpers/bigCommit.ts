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
