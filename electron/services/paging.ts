import { toClaimRow } from '../../shared/claimRow';
import type { ClaimRow, WorkspaceSummary } from '../../shared/ipc/contract';
import type { Finding } from '../../shared/schema';
import type { StoreReader } from '../store/port';

// Paged reads for the renderer, over the store's queries: a listing never sends the whole workspace
// in one message, and the counts travel apart (getSummary, pushed as a 'summary' event after each
// change).

export async function pageClaimRows(store: StoreReader, offset: number, limit: number): Promise<{ rows: ClaimRow[]; total: number }> {
  const page = await store.claimPage({ offset, limit });
  return { rows: page.items.map(({ claim, review }) => toClaimRow(claim, review?.status ?? 'unreviewed')), total: page.total };
}

/** Findings that need the editor: open, and not a "consistent" pair. */
export const needsAttention = (f: Finding): boolean => f.status === 'open' && f.type !== 'consistent';

export async function pageFindings(
  store: StoreReader,
  query: { show: 'open' | 'all'; claimId?: string | undefined; offset: number; limit: number },
): Promise<{ findings: Finding[]; total: number }> {
  const claimId = query.claimId;
  if (query.show === 'all' && claimId === undefined) {
    // Every finding: the store pages it itself.
    const page = await store.findings({ offset: query.offset, limit: query.limit });
    return { findings: page.items, total: page.total };
  }
  // The store filters by status; the type and the claim are filtered here, then paged.
  const candidates = await store.findings(query.show === 'open' ? { statuses: ['open'] } : {});
  const keep = (f: Finding) => (query.show === 'all' || needsAttention(f)) && (claimId === undefined || f.claimIds.includes(claimId));
  const findings: Finding[] = [];
  let total = 0;
  const end = query.offset + query.limit;
  for (const f of candidates.items) {
    if (!keep(f)) continue;
    if (total >= query.offset && total < end) findings.push(f);
    total++;
  }
  return { findings, total };
}

export async function openFindingClaimIds(store: StoreReader): Promise<string[]> {
  const open = await store.findings({ statuses: ['open'] });
  const ids = new Set<string>();
  for (const f of open.items) if (needsAttention(f)) for (const id of f.claimIds) ids.add(id);
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

export async function summarize(store: StoreReader): Promise<WorkspaceSummary> {
  const [counts, all] = await Promise.all([store.counts(), store.findings()]);
  const byStatus = { open: 0, resolved: 0, dismissed: 0 };
  for (const f of all.items) if (f.type !== 'consistent' || f.status !== 'open') byStatus[f.status]++;
  return { articleCount: counts.articles, claimCount: counts.claims, findings: { ...byStatus, signature: findingsSignature(all.items) } };
}
