// Claim and finding pages on the desk: reading page after page continues by key (keyset) instead
// of OFFSET, and must give exactly what OFFSET gives — order (claims: article, position, id, ties
// included; findings: as the analysis listed them), filters, the totals — and keep doing so after a
// change between two pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitRequest, RecordChange } from '../../electron/store/port';
import type { PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import type { Finding } from '../../shared/schema';
import { freshDatabase, makeArticle, makeClaim, makeReview, openDesk } from './helpers';

const ARTICLES = 12;
const PER_ARTICLE = 25;

function commit(changes: RecordChange[]): CommitRequest {
  return { action: 'test', who: 'test', at: new Date().toISOString(), changes, audit: [] };
}

async function readAll(store: PostgresWorkspaceStore, limit: number, query: { articleId?: string; statuses?: ('unreviewed' | 'verified')[] } = {}) {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await store.claimPage({ ...query, offset, limit });
    totals.push(page.total);
    ids.push(...page.items.map((i) => i.claim.id));
    if (page.items.length < limit) break;
  }
  return { ids, totals };
}

/** The same pages read by OFFSET only: each offset asked of a fresh desk connection, last page first. */
async function byOffset(url: string, limit: number, total: number, query: { articleId?: string; statuses?: ('unreviewed' | 'verified')[] } = {}) {
  const fresh = await openDesk(url, 'Offset', { live: false });
  try {
    const pages: string[][] = [];
    for (let offset = Math.floor((total - 1) / limit) * limit; offset >= 0; offset -= limit) {
      pages.unshift((await fresh.claimPage({ ...query, offset, limit })).items.map((i) => i.claim.id));
    }
    return pages.flat();
  } finally {
    await fresh.close();
  }
}

describe('claim pages by key on a shared desk (real server)', () => {
  let url: string;
  let lan: PostgresWorkspaceStore;
  const articleIds: string[] = [];

  beforeAll(async () => {
    url = await freshDatabase('paging');
    lan = await openDesk(url, 'Lan', { live: false });
    const changes: RecordChange[] = [];
    // Articles imported out of id order; claims with tied positions (the id breaks the tie).
    for (const n of [7, 3, 11, 0, 5, 9, 1, 10, 2, 8, 4, 6].slice(0, ARTICLES)) {
      const article = makeArticle(n);
      articleIds.push(article.id);
      changes.push({ table: 'articles', id: article.id, before: null, after: article });
      for (let i = PER_ARTICLE - 1; i >= 0; i--) {
        const claim = { ...makeClaim(article.id, i), start: 10 + (i % 4) };
        changes.push({ table: 'claims', id: claim.id, before: null, after: claim });
      }
    }
    await lan.commit(commit(changes));
    const reviewed = (await lan.claims()).filter((_, i) => i % 3 === 0);
    await lan.commit(commit(reviewed.map((c) => ({ table: 'reviews' as const, id: c.id, before: null, after: makeReview(c.id, 'verified', 'Lan') }))));
  });

  afterAll(async () => {
    await lan?.close();
  });

  it('page after page gives every claim once, in the order OFFSET gives, whatever the page size and filter', async () => {
    const everything = (await lan.claims()).map((c) => c.id);
    expect(everything).toHaveLength(ARTICLES * PER_ARTICLE);
    for (const limit of [7, 1000]) {
      const { ids, totals } = await readAll(lan, limit);
      expect(ids).toEqual(everything);
      expect(new Set(totals)).toEqual(new Set([everything.length]));
    }
    const open = await readAll(lan, 9, { statuses: ['unreviewed'] });
    expect(open.ids).toEqual(await byOffset(url, 9, open.ids.length, { statuses: ['unreviewed'] }));
    expect(open.ids.length).toBe(everything.length - Math.ceil(everything.length / 3));
    const one = await readAll(lan, 4, { articleId: articleIds[2] });
    expect(one.ids).toEqual(everything.filter((id) => id.startsWith(`c_${articleIds[2]!.slice(-14)}`)));
    expect(await readAll(lan, 13)).toEqual({ ids: await byOffset(url, 13, everything.length), totals: expect.any(Array) });
  });

  it('a claim added between two pages: no claim read twice or lost, and the total says it moved', async () => {
    const first = await lan.claimPage({ offset: 0, limit: 100 });
    const extra = { ...makeClaim(articleIds[0]!, 900), start: 0 };
    await lan.commit(commit([{ table: 'claims', id: extra.id, before: null, after: extra }]));
    const rest: string[] = [];
    let total = first.total;
    for (let offset = 100; ; offset += 100) {
      const page = await lan.claimPage({ offset, limit: 100 });
      total = page.total;
      rest.push(...page.items.map((i) => i.claim.id));
      if (page.items.length < 100) break;
    }
    const seen = [...first.items.map((i) => i.claim.id), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    expect(total).toBe(first.total + 1);
  });
});

type FindingFilter = { articleId?: string; claimId?: string; statuses?: Finding['status'][]; types?: Finding['type'][] };

async function readAllFindings(store: PostgresWorkspaceStore, limit: number, query: FindingFilter = {}) {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await store.findings({ ...query, offset, limit });
    totals.push(page.total);
    ids.push(...page.items.map((f) => f.id));
    if (page.items.length < limit) break;
  }
  return { ids, totals };
}

/** The same finding pages by OFFSET only (fresh connection, last page first: no page end is known). */
async function findingsByOffset(url: string, limit: number, total: number, query: FindingFilter = {}) {
  const fresh = await openDesk(url, 'Offset', { live: false });
  try {
    const pages: string[][] = [];
    for (let offset = Math.floor((total - 1) / limit) * limit; offset >= 0; offset -= limit) {
      pages.unshift((await fresh.findings({ ...query, offset, limit })).items.map((f) => f.id));
    }
    return pages.flat();
  } finally {
    await fresh.close();
  }
}

describe('finding pages by key on a shared desk (real server)', () => {
  let url: string;
  let lan: PostgresWorkspaceStore;
  const articleIds = [3, 1, 2].map((n) => makeArticle(n).id);
  const statuses: Finding['status'][] = ['open', 'resolved', 'dismissed'];
  const types: Finding['type'][] = ['conflict', 'update', 'consistent', 'internal'];

  const finding = (n: number): Finding => {
    const a = articleIds[n % 3]!;
    const b = articleIds[(n + 1) % 3]!;
    return {
      id: `f_${n.toString(16).padStart(28, '0')}`,
      type: types[n % 4]!,
      claimIds: [makeClaim(a, n).id, makeClaim(b, n % 7).id],
      explanation: `finding ${n}`,
      status: statuses[n % 3]!,
      resolution: null,
      articleIds: n % 5 === 0 ? [a] : [a, b],
    };
  };

  beforeAll(async () => {
    url = await freshDatabase('fpaging');
    lan = await openDesk(url, 'Lan', { live: false });
    // Listed out of id order (the analysis' order is the stored order, not the id's).
    const list = Array.from({ length: 230 }, (_, i) => finding((i * 37) % 230));
    await lan.commit(commit(list.map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f }))));
  });

  afterAll(async () => {
    await lan?.close();
  });

  it('page after page gives every finding once, in the order OFFSET gives, whatever the page size and filter', async () => {
    const everything = (await lan.findings()).items.map((f) => f.id);
    expect(everything).toHaveLength(230);
    for (const limit of [7, 1000]) {
      const { ids, totals } = await readAllFindings(lan, limit);
      expect(ids).toEqual(everything);
      expect(new Set(totals)).toEqual(new Set([everything.length]));
    }
    const filters: FindingFilter[] = [
      { statuses: ['open'] },
      { articleId: articleIds[1]! },
      { types: ['conflict', 'internal'], statuses: ['open', 'dismissed'] },
      { claimId: makeClaim(articleIds[0]!, 3).id },
    ];
    for (const filter of filters) {
      const all = (await lan.findings(filter)).items.map((f) => f.id);
      expect(all.length).toBeGreaterThan(0);
      const paged = await readAllFindings(lan, 9, filter);
      expect(paged.ids).toEqual(all);
      expect(new Set(paged.totals)).toEqual(new Set([all.length]));
      expect(paged.ids).toEqual(await findingsByOffset(url, 9, all.length, filter));
    }
  });

  it('a negative or fractional offset or limit is clamped as the local adapters clamp it (never a database error)', async () => {
    const first = await lan.findings({ offset: 0, limit: 7 });
    expect(first.items).toHaveLength(7);
    const negative = await lan.findings({ offset: -5, limit: 7 });
    expect(negative.items.map((f) => f.id)).toEqual(first.items.map((f) => f.id));
    expect(negative.total).toBe(first.total);
    expect((await lan.findings({ offset: 2.7, limit: 3.9 })).items.map((f) => f.id)).toEqual(first.items.slice(2, 5).map((f) => f.id));
    const none = await lan.findings({ offset: 0, limit: -1 });
    expect(none.items).toEqual([]);
    expect(none.total).toBe(first.total);
  });

  it('the claims needing the editor come page by page: each once, the total on every page, as the findings say', async () => {
    const all = (await lan.findings()).items;
    const want = new Set(all.filter((f) => f.status === 'open' && f.type !== 'consistent').flatMap((f) => f.claimIds));
    expect(want.size).toBeGreaterThan(20);
    const ids: string[] = [];
    const totals = new Set<number>();
    for (let offset = 0; ; offset += 7) {
      const page = await lan.attentionClaimIds({ offset, limit: 7 });
      totals.add(page.total);
      ids.push(...page.items);
      if (page.items.length < 7) break;
    }
    expect(ids).toHaveLength(want.size);
    expect(new Set(ids)).toEqual(want);
    expect([...totals]).toEqual([want.size]);
    // Without a window: every one at once.
    expect(new Set((await lan.attentionClaimIds()).items)).toEqual(want);
  });

  it('a finding removed between two pages: none read twice, the rest all read, and the total says it moved', async () => {
    const first = await lan.findings({ offset: 0, limit: 50 });
    const before = (await lan.findings()).items;
    // One finding of the first page goes (a re-analysis dropped it): OFFSET would skip one of the next page.
    const gone = first.items[10]!;
    await lan.commit(commit([{ table: 'findings', id: gone.id, before: gone, after: null }]));
    const rest: string[] = [];
    let total = first.total;
    for (let offset = 50; ; offset += 50) {
      const page = await lan.findings({ offset, limit: 50 });
      total = page.total;
      rest.push(...page.items.map((f) => f.id));
      if (page.items.length < 50) break;
    }
    const seen = [...first.items.map((f) => f.id), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    expect(rest).toEqual(before.slice(50).map((f) => f.id));
    expect(total).toBe(first.total - 1);
  });
});
