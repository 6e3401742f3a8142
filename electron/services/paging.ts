import { toClaimRow } from '../../shared/claimRow';
import type { ClaimRow, WorkspaceSummary } from '../../shared/ipc/contract';
import type { Finding } from '../../shared/schema';
import type { FindingQuery, StoreReader } from '../store/port';

// Paged reads for the renderer, over the store's queries: a listing never sends the whole workspace
// in one message, and the counts travel apart (getSummary, pushed as a 'summary' event after each
// change).

export async function pageClaimRows(store: StoreReader, offset: number, limit: number): Promise<{ rows: ClaimRow[]; total: number }> {
  const page = await store.claimPage({ offset, limit });
  return { rows: page.items.map(({ claim, review }) => toClaimRow(claim, review?.status ?? 'unreviewed')), total: page.total };
}

/** The finding types that can need the editor (a "consistent" pair never does). */
const ATTENTION_TYPES = ['conflict', 'update', 'internal'] as const satisfies readonly Finding['type'][];

export async function pageFindings(
  store: StoreReader,
  query: { show: 'open' | 'all'; claimId?: string | undefined; offset: number; limit: number },
): Promise<{ findings: Finding[]; total: number }> {
  // The store filters and pages (by its indexes): nothing here reads every finding.
  const page = await store.findings({
    offset: query.offset,
    limit: query.limit,
    ...(query.claimId !== undefined ? { claimId: query.claimId } : {}),
    ...(query.show === 'open' ? { statuses: ['open'] as const, types: ATTENTION_TYPES } : {}),
  });
  return { findings: page.items, total: page.total };
}

/** A page of the ids of the claims that stand in a finding needing the editor, and their total. */
export async function openFindingClaimIds(store: StoreReader, offset: number, limit: number): Promise<{ ids: string[]; total: number }> {
  const page = await store.attentionClaimIds({ offset, limit });
  return { ids: page.items, total: page.total };
}

/** FNV-1a over the findings' ids, statuses and explanations (adapters without `findingsSignature`). */
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
  // Totals only (limit 0): the store answers from its counts.
  const total = async (query: FindingQuery) => (await store.findings({ ...query, offset: 0, limit: 0 })).total;
  const [counts, open, resolved, dismissed, signature] = await Promise.all([
    store.counts(),
    total({ statuses: ['open'], types: ATTENTION_TYPES }),
    total({ statuses: ['resolved'] }),
    total({ statuses: ['dismissed'] }),
    store.findingsSignature ? store.findingsSignature() : store.findings().then((all) => findingsSignature(all.items)),
  ]);
  return { articleCount: counts.articles, claimCount: counts.claims, findings: { open, resolved, dismissed, signature } };
}
