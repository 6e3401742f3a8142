import type { AuditEvent, Workspace } from '../../shared/schema';
import { chainAuditEvents } from '../store/auditChain';
import type { AuditEntry } from '../store/port';

export type { AuditEntry } from '../store/port';
export { verifyAuditChain } from '../store/auditChain';

/** Appends an event whose hash covers the previous one, so an edited or deleted event shows. */
export function appendAudit(ws: Workspace, entry: AuditEntry): AuditEvent {
  const last = ws.auditLog[ws.auditLog.length - 1] ?? null;
  const [event] = chainAuditEvents(last, [entry]) as [AuditEvent];
  ws.auditLog.push(event);
  return event;
}
