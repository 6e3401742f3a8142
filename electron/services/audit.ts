import { createHash } from 'node:crypto';
import type { AuditEvent, Workspace } from '../../shared/schema';

export interface AuditEntry {
  who: string;
  when: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

const GENESIS = '0'.repeat(64);

function hashEvent(prevHash: string, seq: number, entry: AuditEntry): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, seq, entry.who, entry.when, entry.action, entry.target, entry.before ?? null, entry.after ?? null]))
    .digest('hex');
}

/** Appends an event whose hash covers the previous one, so an edited or deleted event shows. */
export function appendAudit(ws: Workspace, entry: AuditEntry): AuditEvent {
  const last = ws.auditLog[ws.auditLog.length - 1];
  const prevHash = last ? last.hash : GENESIS;
  const seq = last ? last.seq + 1 : 0;
  const event: AuditEvent = {
    seq,
    ...entry,
    before: entry.before ?? null,
    after: entry.after ?? null,
    prevHash,
    hash: hashEvent(prevHash, seq, entry),
  };
  ws.auditLog.push(event);
  return event;
}

/** Index of the first event that breaks the chain, or -1 when the log is intact. */
export function verifyAuditChain(log: readonly AuditEvent[]): number {
  let prev = GENESIS;
  for (let i = 0; i < log.length; i++) {
    const e = log[i];
    if (!e || e.prevHash !== prev || e.seq !== i || e.hash !== hashEvent(prev, e.seq, e)) return i;
    prev = e.hash;
  }
  return -1;
}
