// @vitest-environment happy-dom
// A big workspace's library comes by its first screen first (LIBRARY_WINDOW articles), the rest once
// the desk is interactive (issue 9: 10,000 summaries are megabytes, and the desk waited for all of
// them before it showed anything). The rows of every claim are read after the whole library.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDocument, type BuiltDocument } from '../../../shared/document';
import { LIBRARY_WINDOW } from '../../../renderer/src/features/library/visibleArticles';
import { MAX_PAGE } from '../../../shared/limits';
import { bootDesk } from './helpers/desk';
import type { DeskApi } from './helpers/deskApi';

const COUNT = LIBRARY_WINDOW + 60;

function articles(count: number): BuiltDocument[] {
  return Array.from({ length: count }, (_, i) =>
    buildDocument(
      `Xã nông thôn mới số ${i + 1}\n\nBáo Bắc Giang 08/03/2024\n\nNăm 2023, huyện có ${i + 3} xã đạt chuẩn nông thôn mới, tăng 12% so với năm trước.`,
      `bai-${String(i + 1).padStart(3, '0')}.txt`,
      '2024-03-08T08:00:00.000Z',
    ),
  );
}

/**
 * Holds the desk's background reads of the library (its pages past the first screen) until `release`:
 * the read itself ('ask'), or only its answer, the store read at once ('answer': `read` counts those done).
 */
function holdLibraryPages(served: DeskApi, what: 'ask' | 'answer' = 'ask'): { release: () => void; asked: () => number; read: () => number } {
  const articlePage = served.api.articlePage.bind(served.api);
  let release = () => {};
  let asked = 0;
  let read = 0;
  const held = new Promise<void>((resolve) => (release = resolve));
  served.api.articlePage = async (input) => {
    if ((input as { offset: number }).offset === 0) return articlePage(input);
    asked++;
    if (what === 'ask') await held;
    const answer = await articlePage(input);
    read++;
    await held;
    return answer;
  };
  return { release: () => release(), asked: () => asked, read: () => read };
}

const firstTitle = /Xã nông thôn mới số 1\b/;

/**
 * The desk started on COUNT articles, its first screen shown, the next page of the library held
 * (asked for: 'ask'; read from the store, its answer held: 'answer').
 */
async function startWithPageHeld(what: 'ask' | 'answer' = 'ask') {
  const docs = articles(COUNT);
  const { r, served } = await bootDesk({ docs });
  const hold = holdLibraryPages(served, what);
  render(<r.App />);
  await screen.findByRole('button', { name: firstTitle });
  await waitFor(() => expect(what === 'ask' ? hold.asked() : hold.read()).toBe(1));
  return { docs, r, served, hold };
}

describe('the library of a big workspace at the desk’s start', () => {
  it('shows its first screen from a page of LIBRARY_WINDOW articles, then the rest by pages; the claim rows after', async () => {
    const { docs, r, served, hold } = await startWithPageHeld();
    // The first read asked for the first screen only, and that is what the desk holds meanwhile.
    expect(served.callsTo('articlePage')[0]).toEqual({ offset: 0, limit: LIBRARY_WINDOW });
    expect(r.useDesk.getState().articles.map((a) => a.id)).toEqual(docs.slice(0, LIBRARY_WINDOW).map((d) => d.article.id));
    // No claim row is read while the rest of the library is on its way.
    expect(served.callsTo('listClaims')).toEqual([]);
    // The editor is told the library is not whole yet (search and sort cover what is here).
    expect(screen.getByTestId('library-loading').textContent).toContain(`${LIBRARY_WINDOW}/${COUNT}`);
    hold.release();
    await waitFor(() => expect(r.useDesk.getState().articles).toHaveLength(COUNT));
    expect(screen.queryByTestId('library-loading')).toBeNull();
    expect(r.useDesk.getState().articles.map((a) => a.id)).toEqual(docs.map((d) => d.article.id));
    expect(served.callsTo('articlePage')[1]).toEqual({ offset: LIBRARY_WINDOW, limit: MAX_PAGE });
    // By pages, not the whole library at once.
    expect(served.callsTo('listArticles')).toEqual([]);
    await waitFor(() => expect(r.useDesk.getState().rowsLoaded).toBe(true));
    expect(r.useDesk.getState().rows).toHaveLength(docs.reduce((n, d) => n + d.claims.length, 0));
  });

  it('keeps the counts of a review saved while a page was read before it and answered after', async () => {
    // The next page was read from the store (before the review), its answer is on its way.
    const { docs, r, served, hold } = await startWithPageHeld('answer');
    const first = docs[0] as BuiltDocument;
    const claim = first.claims[0];
    if (!claim) throw new Error('the first article has no claim');
    await r.useDesk.getState().openArticle(first.article.id);
    expect(await r.useDesk.getState().review(claim.id, { status: 'flagged' })).toBe(true);
    expect(served.statusOf(claim.id)).toBe('flagged');
    hold.release();
    await waitFor(() => expect(r.useDesk.getState().articles).toHaveLength(COUNT));
    // The pages and the first screen were read before the review: the desk read the library again
    // instead of putting back "0 reviewed".
    await waitFor(() => expect(served.callsTo('listArticles')).toHaveLength(1));
    await waitFor(() => expect(r.useDesk.getState().articles[0]).toMatchObject({ id: first.article.id, reviewedCount: 1, flaggedCount: 1 }));
  });

  it('reads the library whole when articles came while its pages were read', async () => {
    const { docs, r, served, hold } = await startWithPageHeld();
    // An article added behind the desk's back (another window, a CLI import before the lock...).
    await served.service.importText('Bài thêm', 'Năm 2023, huyện có 14 xã đạt chuẩn nông thôn mới.');
    hold.release();
    await waitFor(() => expect(r.useDesk.getState().articles).toHaveLength(COUNT + 1));
    expect(served.callsTo('listArticles')).toHaveLength(1);
    expect(r.useDesk.getState().articles.slice(0, COUNT).map((a) => a.id)).toEqual(docs.map((d) => d.article.id));
  });

  it('a reload while a page is on its way: that page is dropped and the claim rows are read once', async () => {
    const { docs, r, served, hold } = await startWithPageHeld();
    // (A backup restored, a shared desk left: the desk reads everything again.)
    await r.useDesk.getState().init();
    expect(r.useDesk.getState().articles).toHaveLength(COUNT);
    // Whole again: the library is no longer said to be loading.
    expect(r.useDesk.getState().libraryProgress).toBeNull();
    await waitFor(() => expect(r.useDesk.getState().rowsLoaded).toBe(true));
    hold.release();
    await waitFor(() => expect(hold.read()).toBe(1));
    // The page that came late changed nothing, and no second read of every claim row followed it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.useDesk.getState().articles).toHaveLength(COUNT);
    const rows = docs.reduce((n, d) => n + d.claims.length, 0);
    expect(served.callsTo('listClaims')).toHaveLength(Math.ceil(rows / MAX_PAGE));
  });

  it('reads a library of several pages page after page, in order', async () => {
    const docs = articles(LIBRARY_WINDOW + MAX_PAGE + 50);
    const { r, served } = await bootDesk({ docs });
    render(<r.App />);
    await screen.findByRole('button', { name: firstTitle });
    await waitFor(() => expect(r.useDesk.getState().articles).toHaveLength(docs.length));
    expect(r.useDesk.getState().articles.map((a) => a.id)).toEqual(docs.map((d) => d.article.id));
    expect(served.callsTo('articlePage')).toEqual([
      { offset: 0, limit: LIBRARY_WINDOW },
      { offset: LIBRARY_WINDOW, limit: MAX_PAGE },
      { offset: LIBRARY_WINDOW + MAX_PAGE, limit: MAX_PAGE },
    ]);
    expect(served.callsTo('listArticles')).toEqual([]);
  });

  it('says how many articles arrived and how many search and sort cover while later pages are on their way', async () => {
    const docs = articles(LIBRARY_WINDOW + MAX_PAGE + 50);
    const { r, served } = await bootDesk({ docs });
    const articlePage = served.api.articlePage.bind(served.api);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The last page held: the first two arrived, but the desk still shows (and searches) the first screen.
    served.api.articlePage = async (input) => {
      if ((input as { offset: number }).offset === LIBRARY_WINDOW + MAX_PAGE) await held;
      return articlePage(input);
    };
    render(<r.App />);
    await screen.findByRole('button', { name: firstTitle });
    const n = (x: number) => x.toLocaleString('vi-VN');
    await waitFor(() => expect(screen.getByTestId('library-loading').textContent).toContain(`${n(LIBRARY_WINDOW + MAX_PAGE)}/${n(docs.length)}`));
    expect(screen.getByTestId('library-loading').textContent).toContain(`chỉ trên ${n(LIBRARY_WINDOW)} bài`);
    expect(r.useDesk.getState().articles).toHaveLength(LIBRARY_WINDOW);
    release();
    await waitFor(() => expect(r.useDesk.getState().articles).toHaveLength(docs.length));
    expect(screen.queryByTestId('library-loading')).toBeNull();
  });

  it('says the library stays in part when its rest cannot be read at all', async () => {
    const docs = articles(COUNT);
    const { r, served } = await bootDesk({ docs });
    const articlePage = served.api.articlePage.bind(served.api);
    const refused = { ok: false as const, error: { code: 'internal' as const, message: 'Không đọc được.' } };
    served.api.articlePage = async (input) => ((input as { offset: number }).offset === 0 ? articlePage(input) : refused);
    served.api.listArticles = async () => refused;
    render(<r.App />);
    await screen.findByRole('button', { name: firstTitle });
    await waitFor(() => expect(screen.getByTestId('library-loading').textContent).toContain(`chưa tải hết (${LIBRARY_WINDOW}/${COUNT}`));
    expect(r.useDesk.getState().articles).toHaveLength(LIBRARY_WINDOW);
  });

  it('reads the library whole when a page fails', async () => {
    const docs = articles(COUNT);
    const { r, served } = await bootDesk({ docs });
    const articlePage = served.api.articlePage.bind(served.api);
    served.api.articlePage = async (input) =>
      (input as { offset: number }).offset === 0 ? articlePage(input) : { ok: false as const, error: { code: 'internal' as const, message: 'Không đọc được.' } };
    render(<r.App />);
    await screen.findByRole('button', { name: firstTitle });
    await waitFor(() => expect(r.useDesk.getState().articles).toHaveLength(COUNT));
    expect(served.callsTo('listArticles')).toEqual([{}]);
    expect(screen.queryByTestId('library-loading')).toBeNull();
    await waitFor(() => expect(r.useDesk.getState().rowsLoaded).toBe(true));
  });

  it('a reload reads the library whole', async () => {
    const docs = articles(COUNT);
    const { r, served } = await bootDesk({ docs });
    await r.useDesk.getState().init();
    expect(r.useDesk.getState().articles).toHaveLength(COUNT);
    expect(served.callsTo('listArticles')).toEqual([{}]);
    expect(served.callsTo('articlePage')).toEqual([]);
  });
});
