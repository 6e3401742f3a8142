import { describe, expect, it } from 'vitest';
import { diffRecords, diffRecordsStaged } from '../../../electron/services/context';
import type { Finding } from '../../../shared/schema';

/** A finding record with an id and an explanation (what a re-analysis may change). */
const finding = (i: number, explanation = `giải thích ${i}`): Finding =>
  ({ id: `f_${String(i).padStart(28, '0')}`, type: 'conflict', rule: 'cross', claimIds: [`c_${String(i).padStart(28, '0')}`], status: 'open', resolution: null, explanation }) as unknown as Finding;

describe('comparing every finding after a full analysis', () => {
  it('runs in bounded steps (the worker answers other calls between two) and gives the one-shot result', () => {
    const before = Array.from({ length: 5000 }, (_, i) => finding(i));
    // Changed, kept as they are, removed (the last 100), added (5000–5099), and in another order.
    const after = [...before.slice(0, 4900).map((f, i) => (i % 7 === 0 ? finding(i, 'đã đổi') : { ...f })), ...Array.from({ length: 100 }, (_, i) => finding(5000 + i))].reverse();
    const stages = diffRecordsStaged('findings', before, after, (f) => f.id);
    let steps = 0;
    let step = stages.next();
    while (!step.done) {
      steps++;
      step = stages.next();
    }
    // At least one step per 256 records compared.
    expect(steps).toBeGreaterThanOrEqual(Math.floor(after.length / 256));
    const changes = step.value;
    expect(changes).toEqual(diffRecords('findings', before, after, (f) => f.id));
    expect(changes.filter((c) => c.before !== null && c.after !== null)).toHaveLength(700);
    expect(changes.filter((c) => c.before === null)).toHaveLength(100);
    expect(changes.filter((c) => c.after === null)).toHaveLength(100);
  });
});
