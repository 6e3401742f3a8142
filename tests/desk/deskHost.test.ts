// The service host's side of a shared desk (electron/host/deskHost.ts) against the real server:
// what it pushes to the window — the other editor's commit with the articles and claims to read
// again (an import re-lists the library), where the others are, the connection state — through
// the same contract the renderer parses, and never the password.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeskEvent } from '../../shared/ipc/contract';
import { openDeskHost } from '../../electron/host/deskHost';
import type { OpenedHost } from '../../electron/host/serviceHost';
import { openDeskService, type DeskService } from '../../electron/services/desk';
import { captureConsole, freshDatabase } from './helpers';

const seeds = resolve(__dirname, '../../seeds');

describe('the service host on a shared desk (real server)', () => {
  let url: string;
  let password: string;
  let host: OpenedHost & { service: DeskService };
  let minh: DeskService;
  const events: DeskEvent[] = [];
  const logged: string[] = [];

  beforeAll(async () => {
    captureConsole(logged);
    url = await freshDatabase('host');
    password = decodeURIComponent(new URL(url).password);
    host = await openDeskHost(
      {
        openExternal: () => undefined,
        chooseImportPaths: async () => null,
        chooseSavePath: async () => null,
        // Every event crosses the contract as it does towards the window.
        emit: (e) => events.push(DeskEvent.parse(e)),
      },
      { url, reviewerName: 'Lan' },
    );
    minh = await openDeskService({ url, reviewerName: 'Minh', identity: { osUser: 'minh' } });
  });

  afterAll(async () => {
    await minh?.close();
    await host?.close();
    vi.restoreAllMocks();
  });

  const desks = () => events.flatMap((e) => (e.type === 'desk' ? [e.live] : []));
  const remotes = () => events.flatMap((e) => (e.type === 'remote' ? [e.change] : []));

  it('says at once it is on the desk, online, as "name (OS user)", with the URL shown without its password', async () => {
    const first = desks()[0];
    expect(first).toMatchObject({ mode: 'desk', state: 'online', pending: 0 });
    expect(first?.editor).toMatch(/^Lan \(/);
    expect(first?.url).not.toContain(password);
    const status = await host.handlers.getDeskStatus({});
    expect(status.mode).toBe('desk');
  });

  it("another editor's import re-lists the library; their review names the article to read again", async () => {
    await minh.importPaths([seeds]);
    await vi.waitFor(() => expect(remotes().some((r) => r.articlesChanged)).toBe(true), { timeout: 5_000 });
    const { claims } = await minh.getArticle((await minh.listArticles())[0]!.id);
    const claim = claims[0]!;
    const before = remotes().length;
    await minh.reviewClaim({ claimId: claim.id, status: 'verified' });
    await vi.waitFor(() => expect(remotes().slice(before).some((r) => r.claimIds.includes(claim.id))).toBe(true), { timeout: 5_000 });
    const change = remotes().slice(before).find((r) => r.claimIds.includes(claim.id))!;
    expect(change).toMatchObject({ articlesChanged: false, articleIds: [claim.articleId] });
    expect(change.who).toMatch(/^Minh \(minh\)/);
    // What the window then reads is the other editor's decision.
    const opened = await host.handlers.getArticle({ articleId: claim.articleId });
    expect(opened.reviews.find((r) => r.claimId === claim.id)?.status).toBe('verified');
  });

  it('shows where the others work, and tells them which article this editor opened', async () => {
    const article = (await minh.listArticles())[1]!;
    await minh.store.setPresence(article.id);
    await vi.waitFor(
      () => expect(desks().at(-1)?.others).toEqual([{ editor: 'Minh (minh)', articleId: article.id, articleTitle: article.title }]),
      { timeout: 5_000 },
    );
    await host.handlers.getArticle({ articleId: article.id });
    await vi.waitFor(async () => {
      const here = await minh.store.presence();
      expect(here.find((p) => p.editor.startsWith('Lan'))?.articleId).toBe(article.id);
    });
  });

  it("an article's history is found by the server (claims added and undone since included), as the whole trail would give it", async () => {
    const lan = host.service;
    const article = (await lan.listArticles())[2]!;
    const added = await lan.addClaim({ articleId: article.id, start: 0, end: 6 });
    await lan.undo();
    const events = await lan.getHistory({ articleId: article.id });
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['article.import', 'claim.add', 'undo.claim.add']));
    expect(events.some((e) => e.target === added.id)).toBe(true);
    // The same events the trail-reading path finds.
    const ids = new Set([article.id, ...(await lan.store.claims()).filter((c) => c.articleId === article.id).map((c) => c.id)]);
    for (const e of await lan.store.auditLog()) {
      const after = e.after as { articleId?: string } | null;
      if (after && typeof after === 'object' && after.articleId === article.id) ids.add(e.target);
    }
    expect(events).toEqual(await lan.store.history([...ids]));
  });

  it('nothing it pushed or logged carries the password', () => {
    expect(events.length).toBeGreaterThan(3);
    expect(JSON.stringify(events)).not.toContain(password);
    expect(logged.join('\n')).not.toContain(password);
  });
});
