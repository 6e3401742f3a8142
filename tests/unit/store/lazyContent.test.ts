import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { WorkspaceStore } from '../../../electron/store/port';
import { buildGeneratedWorkspace } from './helpers/generatedWorkspace';

const build = (): Promise<string> => buildGeneratedWorkspace();

const lazyOpen = (folder: string) => openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false }) as Promise<LowdbFolderStore>;
const unparsed = (store: LowdbFolderStore) => (store as unknown as { lazyContent: Map<string, string> }).lazyContent.size;

/** Everything a reader can ask, in one comparable object. */
async function readAll(store: WorkspaceStore) {
  const summaries = await store.articleSummaries();
  const articles = await Promise.all(summaries.map((a) => store.articleWithClaims(a.id)));
  const claimIds = articles.flatMap((a) => a?.claims.map((c) => c.id) ?? []);
  return {
    counts: await store.counts(),
    summaries,
    summaryPages: [await store.articleSummaryPage({ offset: 0, limit: 4 }), await store.articleSummaryPage({ offset: 5, limit: 7 }), await store.articleSummaryPage({ offset: 28, limit: 10 })],
    articles,
    claimsById: await store.claims([...claimIds].reverse()),
    page: await store.claimPage({ offset: 7, limit: 40 }),
    findingsOfArticle: await Promise.all(summaries.map(async (a) => (await store.findings({ articleId: a.id })).items.map((f) => f.id))),
    findings: await store.findings({ offset: 0, limit: 1000 }),
    all: { articles: await store.articles(), claims: await store.claims() },
  };
}

describe('content buckets parsed on first use (lazy write opens)', { timeout: 240_000 }, () => {
  it('answers every read like a full load, parsing only the buckets it needs', async () => {
    const folder = await build();
    const manifest = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as { documents: Record<string, string> };
    const contentKeys = Object.keys(manifest.documents).filter((k) => k.startsWith('content-'));
    // Each content document has its index document.
    for (const k of contentKeys) expect(manifest.documents[`index-${k.slice('content-'.length)}`]).toBeDefined();

    const eager = await openWorkspaceStore(folder, { mode: 'read' });
    const expected = await readAll(eager);
    await eager.close();
    expect(expected.counts.articles).toBe(30);
    expect(expected.findings.total).toBeGreaterThan(0);

    const lazy = await lazyOpen(folder);
    try {
      const parsedAtOpen = contentKeys.length - unparsed(lazy);
      expect(parsedAtOpen).toBe(0);
      // The library, the counts and the findings need no bucket.
      expect(await lazy.counts()).toEqual(expected.counts);
      expect(await lazy.articleSummaries()).toEqual(expected.summaries);
      // A page of the library: those articles, in the same order, and how many there are.
      expect(expected.summaryPages).toEqual([
        { total: 30, items: expected.summaries.slice(0, 4) },
        { total: 30, items: expected.summaries.slice(5, 12) },
        { total: 30, items: expected.summaries.slice(28) },
      ]);
      expect(await lazy.articleSummaryPage({ offset: 5, limit: 7 })).toEqual(expected.summaryPages[1]);
      expect(await lazy.findings({ offset: 0, limit: 1000 })).toEqual(expected.findings);
      expect(unparsed(lazy)).toBe(contentKeys.length);
      // One article: read alone from its bucket's document (its span), no bucket parsed.
      const first = expected.summaries[3]!;
      expect(await lazy.articleWithClaims(first.id)).toEqual(expected.articles[3]);
      expect(unparsed(lazy)).toBe(contentKeys.length);
      expect(await readAll(lazy)).toEqual(expected);
      expect(unparsed(lazy)).toBe(0);
    } finally {
      await lazy.close();
    }
  });

  it('commits into unparsed buckets, replays a journal into them, and never writes a bucket it has not parsed', async () => {
    const folder = await build();
    const reference = await openWorkspaceStore(folder, { mode: 'read' });
    const before = await readAll(reference);
    await reference.close();

    // A service on a lazy store: a review (no content needed), a claim added to an unparsed article.
    const store = await lazyOpen(folder);
    const service = await WorkspaceService.open({ store, seedsDir: null, defaultReviewer: 'Lan', analysis: 'off' });
    const [target, other] = before.summaries.slice(-2);
    const article = before.articles.find((a) => a?.article.id === target!.id)!;
    const reviewed = before.articles.find((a) => a?.article.id === other!.id)!.claims[0]!;
    const beforeReview = unparsed(store);
    await service.reviewClaim({ claimId: reviewed.id, status: 'verified' });
    // A review changes the review only: the claim's bucket is not parsed for it.
    expect(unparsed(store)).toBe(beforeReview);
    await expect(service.reviewClaim({ claimId: 'c_nothere', status: 'verified' })).rejects.toMatchObject({ code: 'not_found' });
    const start = article.article.text.indexOf(' ') + 1;
    const added = await service.addClaim({ articleId: target!.id, start, end: start + 4 });
    const untouched = unparsed(store);
    expect(untouched).toBeGreaterThan(5);
    // Dead as after a crash: the journal holds both commits, no checkpoint ran.
    (store as unknown as { closed: boolean }).closed = true;
    await (store as unknown as { releaseLock: () => Promise<void> }).releaseLock();

    const replayed = await lazyOpen(folder);
    expect(replayed.replayed.commits).toBe(2);
    await replayed.close(); // checkpoint: writes the buckets the journal touched, nothing else

    const after = await openWorkspaceStore(folder, { mode: 'read' });
    try {
      const now = await readAll(after);
      expect(now.counts.claims).toBe(before.counts.claims + 1);
      expect((await after.reviews([reviewed.id]))[0]?.status).toBe('verified');
      const claimsNow = (await after.articleWithClaims(target!.id))!.claims.map((c) => c.id);
      expect(claimsNow).toContain(added.id);
      // Every other article and claim is exactly as it was.
      const keep = (r: typeof before) => r.articles.filter((a) => a?.article.id !== target!.id).map((a) => ({ article: a?.article, claims: a?.claims }));
      expect(keep(now)).toEqual(keep(before));
      expect(now.all.articles).toEqual(before.all.articles);
    } finally {
      await after.close();
    }
  });

  it('adds index documents to a workspace written without them, at its next checkpoint', async () => {
    const folder = await build();
    const manifestPath = join(folder, 'workspace.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { documents: Record<string, string> };
    for (const k of Object.keys(manifest.documents)) if (k.startsWith('index-')) delete manifest.documents[k];
    const { writeFile } = await import('node:fs/promises');
    await writeFile(manifestPath, JSON.stringify(manifest));
    const reference = await openWorkspaceStore(folder, { mode: 'read' });
    const expected = await readAll(reference);
    await reference.close();
    // Without indexes nothing can wait: the write open parses every bucket, then adds the indexes.
    const first = await lazyOpen(folder);
    expect(unparsed(first)).toBe(0);
    await first.close();
    const upgraded = JSON.parse(await readFile(manifestPath, 'utf8')) as { documents: Record<string, string> };
    expect(Object.keys(upgraded.documents).filter((k) => k.startsWith('index-')).length).toBe(Object.keys(upgraded.documents).filter((k) => k.startsWith('content-')).length);
    // Only indexes were written: the content documents are the same files.
    for (const k of Object.keys(upgraded.documents)) if (k.startsWith('content-')) expect(upgraded.documents[k]).toBe(manifest.documents[k]);
    const second = await lazyOpen(folder);
    try {
      expect(unparsed(second)).toBeGreaterThan(0);
      expect(await readAll(second)).toEqual(expected);
    } finally {
      await second.close();
    }
    expect((await readdir(join(folder, 'data'))).some((n) => n.startsWith('index-'))).toBe(true);
  });

  it('parses every content bucket in the background after a lazy write open, writing nothing', async () => {
    const folder = await build();
    const reference = await openWorkspaceStore(folder, { mode: 'read' });
    const expected = await readAll(reference);
    await reference.close();
    const files = async () => (await readdir(folder, { recursive: true })).sort();
    const manifest = await readFile(join(folder, 'workspace.json'), 'utf8');
    const store = (await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0 })) as LowdbFolderStore;
    try {
      const listed = await files();
      expect(unparsed(store)).toBeGreaterThan(0);
      await store.warmedUp();
      expect(unparsed(store)).toBe(0);
      expect(await files()).toEqual(listed);
      expect(await readFile(join(folder, 'workspace.json'), 'utf8')).toBe(manifest);
      expect(await readAll(store)).toEqual(expected);
    } finally {
      await store.close();
    }
  });
});
