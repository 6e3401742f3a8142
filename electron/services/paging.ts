import { toClaimRow } from '../../shared/claimRow';
import type { ClaimRow, WorkspaceSummary } from '../../shared/ipc/contract';
import type { Finding, Workspace } from '../../shared/schema';

// Paged reads for the renderer: a listing never sends the whole workspace in one message, and the
// counts travel apart (getSummary, pushed as a 'summary' event after each change).

export function pageClaimRows(ws: Readonly<Workspace>, offset: number, limit: number): { rows: ClaimRow[]; total: number } {
  const rows = ws.claims.slice(offset, offset + limit).map((c) => toClaimRow(c, ws.reviews[c.id]?.status ?? 'unreviewed'));
  return { rows, total: ws.claims.length };
}

/** Findings that need the editor: open, and not a "consistent" pair. */
export const needsAttention = (f: Finding): boolean => f.status === 'open' && f.type !== 'consistent';

export function pageFindings(
  ws: Readonly<Workspace>,
  query: { show: 'open' | 'all'; claimId?: string | undefined; offset: number; limit: number },
): { findings: Finding[]; total: number } {
  const claimId = query.claimId;
  const keep = (f: Finding) => (query.show === 'all' || needsAttention(f)) && (claimId === undefined || f.claimIds.includes(claimId));
  const findings: Finding[] = [];
  let total = 0;
  const end = query.offset + query.limit;
  for (const f of ws.findings) {
    if (!keep(f)) continue;
    if (total >= query.offset && total < end) findings.push(f);
    total++;
  }
  return { findings, total };
}

export function openFindingClaimIds(ws: Readonly<Workspace>): string[] {
  const ids = new Set<string>();
  for (const f of ws.findings) if (needsAttention(f)) for (const id of f.claimIds) ids.add(id);
  return [...ids];
}

/** FNV-1a over the findings' ids, statuses and explanations: cheap (a few ms at 30k), changes with any of them. */
function findingsSignature(findings: readonly Finding[]): string {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const f of findings) {
    mix(f.id);
    mix(f.status);
    mix(f.explanation);
  }
  return `${findings.length}:${(h >>> 0).toString(36)}`;
}

export function summarize(ws: Readonly<Workspace>): WorkspaceSummary {
  const counts = { open: 0, resolved: 0, dismissed: 0 };
  for (const f of ws.findings) if (f.type !== 'consistent' || f.status !== 'open') counts[f.status]++;
  return { articleCount: ws.articles.length, claimCount: ws.claims.length, findings: { ...counts, signature: findingsSignature(ws.findings) } };
}
