import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../electron/services/audit';
import { emptyWorkspace } from '../../../electron/services/workspaceService';

describe('audit trail', () => {
  function logOfThree() {
    const ws = emptyWorkspace('Lan');
    for (const status of ['verified', 'flagged', 'rejected']) {
      appendAudit(ws, { who: 'Lan', when: '2024-05-08T07:00:00Z', action: `review.${status}`, target: 'c_1', before: null, after: { status } });
    }
    return ws.auditLog;
  }

  it('chains each event to the previous one', () => {
    const log = logOfThree();
    expect(log.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(log[1]?.prevHash).toBe(log[0]?.hash);
    expect(verifyAuditChain(log)).toBe(-1);
  });

  it('shows where an event was edited, removed or reordered', () => {
    const edited = logOfThree();
    edited[1] = { ...(edited[1] as (typeof edited)[number]), who: 'Someone else' };
    expect(verifyAuditChain(edited)).toBe(1);
    const removed = logOfThree();
    removed.splice(1, 1);
    expect(verifyAuditChain(removed)).toBe(1);
    const swapped = logOfThree();
    [swapped[0], swapped[2]] = [swapped[2] as (typeof swapped)[number], swapped[0] as (typeof swapped)[number]];
    expect(verifyAuditChain(swapped)).toBe(0);
  });
});
