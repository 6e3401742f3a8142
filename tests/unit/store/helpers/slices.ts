import type { CommitRequest, RecordChange } from '../../../../electron/store/port';
import type { Article, Claim, Finding } from '../../../../shared/schema';

/** Turns of the event loop (a setImmediate chain) while `work` runs: zero when it blocks throughout. */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let on = true;
  const turn = () => {
    if (!on) return;
    turns++;
    setImmediate(turn);
  };
  setImmediate(turn);
  const value = await work();
  on = false;
  return { value, turns };
}

/** The changes of one import: the articles, their claims and findings, all new. */
export function importChanges(articles: readonly Article[], claims: readonly Claim[], findings: readonly Finding[] = []): RecordChange[] {
  return [
    ...articles.map((a): RecordChange => ({ table: 'articles', id: a.id, before: null, after: a })),
    ...claims.map((c): RecordChange => ({ table: 'claims', id: c.id, before: null, after: c })),
    ...findings.map((f): RecordChange => ({ table: 'findings', id: f.id, before: null, after: f })),
  ];
}

/** An import's commit of these records (importChanges), by Lan, with no audit event. */
export function importRequest(articles: readonly Article[], claims: readonly Claim[], findings: readonly Finding[] = [], at = '2026-11-30T08:00:00.000Z'): CommitRequest {
  return { action: 'import', who: 'Lan', at, changes: importChanges(articles, claims, findings), audit: [] };
}
