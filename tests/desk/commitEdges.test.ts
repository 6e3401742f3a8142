// Edges of the sealed-after-commit design (desk schema 3), against a real server: a chunked commit
// that conflicts, a retried action whose first attempt is still running, the upgrade from schema 2
// while an old client commits, and reading or verifying a trail with committed-but-unsealed events.
import { afterAll, describe, expect, it } from 'vitest';
import { DeskConflictError, type PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { freshDatabase, makeArticle, makeClaim, openDesk } from './helpers';

const at = () => new Date().toISOString();

describe('sealed chain: commit edges (real server)', () => {
  const opened: PostgresWorkspaceStore[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  it('a chunked import (more than one chunk) that meets a record another editor created is refused as a conflict', async () => {
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan', { live: false });
    opened.push(lan);
    const article = makeArticle(7);
    const claims = Array.from({ length: 2_600 }, (_, i) => makeClaim(article.id, i));
    // Minh created one of the records first (in the second chunk).
    const taken = claims[2_300]!;
    await lan.commit({
      action: 'claim.add',
      who: 'Minh',
      at: at(),
      changes: [{ table: 'claims', id: taken.id, before: null, after: taken }],
      audit: [{ who: 'Minh', when: at(), action: 'claim.add', target: taken.id, before: null, after: null }],
    });
    const refused = await lan
      .commit({
        action: 'article.import',
        who: 'Lan',
        at: at(),
        changes: [
          { table: 'articles', id: article.id, before: null, after: article },
          ...claims.map((c) => ({ table: 'claims' as const, id: c.id, before: null, after: c })),
        ],
        audit: [{ who: 'Lan', when: at(), action: 'article.import', target: article.id, before: null, after: null }],
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DeskConflictError);
    expect((refused as DeskConflictError).id).toBe(taken.id);
    // Nothing of the import was applied.
    const counts = await lan.counts();
    expect(counts.articles).toBe(0);
    expect(counts.claims).toBe(1);
  });
});
