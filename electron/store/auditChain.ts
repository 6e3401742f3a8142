import { createHash } from 'node:crypto';
import type { AuditEvent } from '../../shared/schema';
import type { AuditEntry } from './port';

export const GENESIS_HASH = '0'.repeat(64);

export function hashAuditEvent(prevHash: string, seq: number, entry: AuditEntry): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, seq, entry.who, entry.when, entry.action, entry.target, entry.before ?? null, entry.after ?? null]))
    .digest('hex');
}

/** Chains new events after `last` (null = the first events of the workspace). */
export function chainAuditEvents(last: Pick<AuditEvent, 'seq' | 'hash'> | null, entries: readonly AuditEntry[]): AuditEvent[] {
  let prevHash = last ? last.hash : GENESIS_HASH;
  let seq = last ? last.seq + 1 : 0;
  return entries.map((entry) => {
    const event: AuditEvent = {
      seq,
      who: entry.who,
      when: entry.when,
      action: entry.action,
      target: entry.target,
      before: entry.before ?? null,
      after: entry.after ?? null,
      prevHash,
      hash: hashAuditEvent(prevHash, seq, entry),
    };
    prevHash = event.hash;
    seq++;
    return event;
  });
}

/** Index of the first event that breaks the chain, or -1 when the log is intact. */
export function verifyAuditChain(log: readonly AuditEvent[]): number {
  const stages = verifyAuditChainStaged(log);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/** Events hashed between two yields of verifyAuditChainStaged. */
const VERIFY_STEP = 64;

/**
 * `verifyAuditChain` in steps (yields every VERIFY_STEP events): an open checks a chain of 100,000
 * events and more with the event loop free between two steps. Reads only `log`, which must not
 * change meanwhile (the open holds it).
 */
export function* verifyAuditChainStaged(log: readonly AuditEvent[]): Generator<void, number> {
  let prev = GENESIS_HASH;
  for (let i = 0; i < log.length; i++) {
    if (i > 0 && i % VERIFY_STEP === 0) yield;
    const e = log[i];
    if (!e || e.prevHash !== prev || e.seq !== i || e.hash !== hashAuditEvent(prev, e.seq, e)) return i;
    prev = e.hash;
  }
  return -1;
}
