// The service host on a shared desk (PostgreSQL): the same handlers as on a local workspace, plus
// what makes it live for the editor — the connection state, the actions waiting for the desk, who
// else is working and on which article, and the other editors' commits — pushed as events.
import type { DeskLive, DeskPresence, RemoteChange } from '../../shared/ipc/contract';
import type { MethodName } from '../../shared/ipc/methods';
import { createHandlers, type HandlerDeps, type Handlers } from '../ipc/handlers';
import { openDeskService, type DeskService } from '../services/desk';
import { deskUnreachableError } from '../services/context';
import { AppError } from '../services/errors';
import { StoreWriteError } from '../store/port';
import { DeskGaveUpError, type DeskChange, type DeskState } from '../store/postgres/pgStore';
import type { OpenedHost } from './serviceHost';

/** Editor actions: counted as pending while they wait for the desk. */
const EDITS: readonly MethodName[] = ['reviewClaim', 'addClaim', 'editClaim', 'undo', 'redo', 'decideFinding', 'updateSettings', 'resolveImportConflict', 'importText', 'importSamples', 'analyze'];

/** Presence is read again this often even without a notification (an editor whose app died drops out). */
const PRESENCE_REFRESH_MS = 15_000;

export interface DeskHostOptions {
  url: string;
  reviewerName: string;
  /** Tests: adapter tuning (timeouts, retry window). */
  store?: Parameters<typeof openDeskService>[0]['store'];
}

/** What a remote commit means for the renderer: the articles and claims to read again. */
export async function describeRemote(service: DeskService, change: DeskChange): Promise<RemoteChange> {
  const articleIds = new Set<string>();
  const claimIds = new Set<string>();
  let articlesChanged = false;
  const reviewed: string[] = [];
  for (const c of change.changes) {
    if (c.table === 'articles') {
      articlesChanged = true;
      articleIds.add(c.id);
    } else if (c.table === 'claims') {
      claimIds.add(c.id);
      const articleId = (c.record as { articleId?: unknown } | null)?.articleId;
      if (typeof articleId === 'string') articleIds.add(articleId);
      else articlesChanged = true; // a claim removed: its article is not known any more
    } else if (c.table === 'reviews') {
      claimIds.add(c.id);
      reviewed.push(c.id);
    }
  }
  const unknown = reviewed.filter((id) => !change.changes.some((c) => c.table === 'claims' && c.id === id));
  if (unknown.length > 0) for (const claim of await service.store.claims(unknown)) articleIds.add(claim.articleId);
  return { action: change.action, who: change.who, articleIds: [...articleIds], claimIds: [...claimIds], articlesChanged };
}

/** Opens the shared desk for the service host; `deps.emit` carries its live events to the renderer. */
export async function openDeskHost(deps: HandlerDeps, options: DeskHostOptions): Promise<OpenedHost & { service: DeskService }> {
  const service = await openDeskService({ url: options.url, reviewerName: options.reviewerName, live: true, ...(options.store ? { store: options.store } : {}) });
  const store = service.store;
  const emit = deps.emit ?? (() => undefined);
  // Editor actions being run here, and (through the service host) arrived and not yet answered,
  // which includes those queued behind another: the larger is what waits for the desk.
  let running = 0;
  let arrived = 0;
  const pending = () => Math.max(running, arrived);
  // Closing waits until no action is pending (each landed, failed, or was given up on).
  const idleWaiters: (() => void)[] = [];
  const whenIdle = (): Promise<void> => (pending() === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve)));
  const checkIdle = () => {
    if (pending() === 0) for (const wake of idleWaiters.splice(0)) wake();
  };
  let shownPending = false;
  let others: DeskPresence[] = [];
  let closed = false;
  // Closing (a disconnect or a quit): pending actions may still land or be given up on, and the
  // window is told how many wait; other editors' changes are no longer delivered.
  let leaving = false;
  const titles = new Map<string, string | null>();

  const live = (): DeskLive => ({ mode: 'desk', url: store.location, state: store.state, editor: store.editor, others, pending: pending() });
  const push = () => {
    if (!closed) emit({ type: 'desk', live: live() });
  };

  const articleTitle = async (articleId: string | null): Promise<string | null> => {
    if (!articleId) return null;
    if (!titles.has(articleId)) titles.set(articleId, (await store.articles([articleId]))[0]?.title ?? null);
    return titles.get(articleId) ?? null;
  };
  let presenceRun: Promise<void> | null = null;
  const refreshPresence = (): Promise<void> => {
    presenceRun ??= (async () => {
      try {
        const here = await store.presence();
        const next: DeskPresence[] = [];
        for (const p of here) {
          if (p.sessionId === store.sessionId) continue;
          next.push({ editor: p.editor, articleId: p.articleId, articleTitle: await articleTitle(p.articleId) });
        }
        next.sort((a, b) => a.editor.localeCompare(b.editor));
        if (JSON.stringify(next) !== JSON.stringify(others)) {
          others = next;
          push();
        }
      } catch {
        // unreachable for now: the state says so, and the next notification or tick reads again
      } finally {
        presenceRun = null;
      }
    })();
    return presenceRun;
  };

  const offState = store.onState((state: DeskState) => {
    push();
    if (state === 'online') void refreshPresence();
  });
  const offPresence = store.onPresence(() => void refreshPresence());
  const offChange = store.onChange((change) => {
    void describeRemote(service, change).then(
      (described) => {
        for (const c of change.changes) if (c.table === 'articles') titles.delete(c.id);
        if (!closed && !leaving) emit({ type: 'remote', change: described });
      },
      () => undefined,
    );
  });
  const tick = setInterval(() => void refreshPresence(), PRESENCE_REFRESH_MS);
  tick.unref();

  // The editor joins the desk with no article open; opening one tells the others.
  await store.setPresence(null).catch(() => undefined);
  await refreshPresence();
  // The window learns it is on a desk now (also when the app resumed the desk on its own at start).
  push();

  const base = createHandlers(service, deps);
  const handlers: Handlers = { ...base };
  // Counted as given up on by `abandon`: actions answered "not sent" / "sent, not confirmed".
  const gaveUp = { notSent: 0, unconfirmed: 0 };
  // Once the editor gave up (leaving the desk), an action still queued behind is refused at once.
  let givenUp = false;
  const notSent = () => deskUnreachableError(new DeskGaveUpError(false));
  for (const method of EDITS) {
    const run = base[method] as (input: unknown) => Promise<unknown>;
    (handlers as Record<string, unknown>)[method] = async (input: unknown) => {
      running++;
      // Only worth a message when the desk is not answering right away.
      if (store.state !== 'online' || leaving) {
        shownPending = true;
        push();
      }
      try {
        if (givenUp) throw notSent();
        return await run(input);
      } catch (e) {
        // The desk out of reach (also in the reads an action starts with): said as such.
        const error = e instanceof StoreWriteError && (e as { deskUnreachable?: boolean }).deskUnreachable ? deskUnreachableError(e) : e;
        const kind = error instanceof AppError ? (error.details as { gaveUp?: 'notSent' | 'unconfirmed' } | undefined)?.gaveUp : undefined;
        if (kind) gaveUp[kind]++;
        throw error;
      } finally {
        running--;
        if (store.state !== 'online' || shownPending || leaving) {
          shownPending = pending() > 0;
          push();
        }
        checkIdle();
      }
    };
  }
  handlers.getArticle = async (input) => {
    const opened = await base.getArticle(input);
    titles.set(opened.article.id, opened.article.title ?? null);
    void store.setPresence(opened.article.id).catch(() => undefined);
    return opened;
  };
  handlers.getDeskStatus = () => ({ ...live(), savedUrl: null, remembered: false, canRemember: false });

  return {
    service,
    handlers,
    language: () => service.language,
    // Waits for the actions still pending (they land, or the editor gives up on them: `abandon`).
    close: async () => {
      leaving = true;
      clearInterval(tick);
      offPresence();
      offChange();
      if (pending() > 0) push();
      try {
        // The actions still pending land first (or the editor gives up on them: `abandon`).
        await whenIdle();
        await service.close();
      } finally {
        closed = true;
        offState();
      }
    },
    abandon: async () => {
      givenUp = true;
      const before = { ...gaveUp };
      await store.abandonPending();
      // Every action that reached the host is answered now; those queued behind them are refused
      // at once as they come (a few turns of the event loop).
      const deadline = Date.now() + 2_000;
      while (pending() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      return { notSent: gaveUp.notSent - before.notSent, unconfirmed: gaveUp.unconfirmed - before.unconfirmed };
    },
    noteCall: (method, delta) => {
      if (!EDITS.includes(method)) return;
      arrived += delta;
      if (delta < 0 && (shownPending || leaving)) {
        shownPending = pending() > 0;
        push();
      }
      if (delta < 0) checkIdle();
    },
  };
}
