import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setCommitSlicing } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { WorkspaceStore } from '../../../electron/store/port';
import { benchFindings } from '../../bench/benchFindings';
import { tempDir } from '../helpers';
import { articlesWithClaims } from './helpers/articles';
import { importRequest } from './helpers/slices';

// A findings index document read after a lazy open goes into memory in steps (128 entries a step,
// the event loop turning in between). Once it is in, the findings list and its totals are the same
// as after a load in one step — also when a findings page parses the document's chunk half-way
// through (the chunk's findings then take over from the entries loaded so far).

const at = '2026-11-30T08:00:00.000Z';
const STATUSES = ['open', 'resolved', 'dismissed'] as const;

type Meta = { lazyFindingMeta: Map<string, unknown> };

async function build(): Promise<string> {
  const folder = join(await tempDir(), 'ws');
  const store = await openWorkspaceStore(folder, { mode: 'write' });
  const { articles, claims } = articlesWithClaims('fx', 20);
  // Every status in the list, so the totals per status tell the documents' entries apart.
  const decision = (kind: 'resolved' | 'dismissed') => ({ kind, rightClaimId: null, note: 'Đã xem', by: 'Lan', at });
  const findings = benchFindings(3000, claims).map((f, i) => {
    const status = STATUSES[i % 7 === 0 ? 2 : i % 3 === 0 ? 1 : 0]!;
    return status === 'open' ? f : { ...f, status, decision: decision(status) };
  });
  await store.commit(importRequest(articles, claims, findings, at));
  await store.close();
  return folder;
}

/** The whole findings list (ids in order) and its total per status. */
async function listed(store: WorkspaceStore): Promise<{ ids: string[]; totals: Record<string, number> }> {
  const all = await store.findings({ limit: 10_000 });
  const totals: Record<string, number> = { all: all.total };
  for (const status of STATUSES) totals[status] = (await store.findings({ statuses: [status], limit: 0 })).total;
  return { ids: all.items.map((f) => f.id), totals };
}

/** The list after a lazy open whose background loads run each in one step. */
async function oneStep(folder: string): Promise<{ ids: string[]; totals: Record<string, number> }> {
  setCommitSlicing(false);
  try {
    const store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false });
    const out = await listed(store);
    await store.close();
    return out;
  } finally {
    setCommitSlicing(true);
  }
}

/** Turns of the event loop until `until` holds (at most 100,000), noting the meta's size at each. */
async function turnsUntil(s: Meta, until: () => boolean, sizes: number[]): Promise<void> {
  for (let i = 0; i < 100_000 && !until(); i++) {
    sizes.push(s.lazyFindingMeta.size);
    await new Promise((r) => setImmediate(r));
  }
}

afterEach(() => setCommitSlicing(true));

describe('a findings index document loaded after a lazy open', () => {
  it('goes in 128 entries a step, and then lists the findings in the same order with the same totals as a load in one step', async () => {
    const folder = await build();
    const expected = await oneStep(folder);
    expect(expected.totals.all).toBe(3000);
    for (const st of STATUSES) expect(expected.totals[st]).toBeGreaterThan(0);
    expect(STATUSES.reduce((n, st) => n + (expected.totals[st] ?? 0), 0)).toBe(3000);
    const store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false, sliceMs: 0.01 });
    const s = store as unknown as Meta;
    const sizes: number[] = [];
    await turnsUntil(s, () => s.lazyFindingMeta.size >= 3000, sizes);
    // Seen part-way through a document (a size no whole number of documents gives), growing by steps.
    const partial = sizes.filter((n) => n % 1000 !== 0);
    expect(partial.length).toBeGreaterThan(0);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]! - sizes[i - 1]!).toBeLessThanOrEqual(128);
    expect(await listed(store)).toEqual(expected);
    await store.close();
  });

  it('whose chunk a findings page parses half-way through lists them the same too', async () => {
    const folder = await build();
    const expected = await oneStep(folder);
    const store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false, sliceMs: 0.01 });
    const s = store as unknown as Meta;
    await turnsUntil(s, () => s.lazyFindingMeta.size > 0, []);
    // Asked while the first document is part-way in.
    expect(s.lazyFindingMeta.size).toBeGreaterThan(0);
    expect(s.lazyFindingMeta.size).toBeLessThan(1000);
    const page = await store.findings({ limit: 5 });
    expect(page.items.map((f) => f.id)).toEqual(expected.ids.slice(0, 5));
    expect(page.total).toBe(3000);
    expect(await listed(store)).toEqual(expected);
    await store.close();
  });
});
