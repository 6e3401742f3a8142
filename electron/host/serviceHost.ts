import type { DeskEvent, WorkspaceSummary } from '../../shared/ipc/contract';
import { PACKED_METHODS, packResult } from '../../shared/ipc/packed';
import type { MethodName } from '../../shared/ipc/methods';
import { bilingualReason } from '../bilingual';
import { dispatch } from '../ipc/dispatch';
import type { HandlerDeps, Handlers } from '../ipc/handlers';
import type { Lang } from '../services/errors';
import type { DepName, FromHost, HostOptions, PortLike, ToHost } from './protocol';
import { deskCallStarted } from '../store/deskCalls';

/** Methods that only read: no summary is pushed after them. */
const READS = new Set<MethodName>([
  'getWorkspaceInfo',
  'listArticles',
  'articlePage',
  'getArticle',
  'listClaims',
  'getHistory',
  'listHistory',
  'searchArticles',
  'listImportConflicts',
  'listFindings',
  'listOpenFindingClaims',
  'getFinding',
  'getSummary',
  'cancelJob',
  'getDeskStatus',
]);

/**
 * Edits an editor makes one after another: answered strictly in the order they arrive, each after
 * the previous one is durable. Run side by side, a verdict picked while its "verify" is still being
 * saved would read the record from before that save and be refused as a conflict (or, without the
 * optimistic check, undo it). Reads, jobs and dialog-backed calls are not held back by them.
 */
const EDITS = new Set<MethodName>(['reviewClaim', 'addClaim', 'editClaim', 'undo', 'redo', 'decideFinding', 'updateSettings', 'resolveImportConflict']);

export interface OpenedHost {
  handlers: Handlers;
  language: () => Lang;
  /** Closes the workspace: background checkpoint flushed, writer lock released. */
  close: () => Promise<void>;
  /** A shared desk: gives up on the actions waiting for it (see PostgresWorkspaceStore.abandonPending). */
  abandon?: () => Promise<{ notSent: number; unconfirmed: number }>;
  /** A call arrived (+1) or was answered (-1): what a shared desk counts as waiting, queued edits included. */
  noteCall?: (method: MethodName, delta: 1 | -1) => void;
  /**
   * Settles when the background work started by the open (the kept analysis) is over: the host then
   * tells main the workspace reached a healthy point (crashes before it count towards giving up).
   * Absent: healthy as soon as it is open.
   */
  settled?: Promise<void>;
}

/**
 * The worker side of the service host: answers each call with the same dispatch the main process
 * used to run (input checked again, handler, output checked, errors as values), pushes events, and
 * asks the main side for what only it can do (dialogs, opening a link). `open` builds the handlers
 * with the deps it is given; it runs once.
 */
export async function runServiceHost(
  port: PortLike,
  open: (deps: HandlerDeps, options: HostOptions) => Promise<OpenedHost>,
  initial: HostOptions,
): Promise<void> {
  let nextDep = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const post = (message: FromHost) => port.postMessage(message);
  const askMain = (name: DepName, ...args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextDep++;
      waiting.set(id, { resolve, reject });
      post({ type: 'dep', id, name, args });
    });
  const emit = (event: DeskEvent) => post({ type: 'event', event });

  const deps: HandlerDeps = {
    openExternal: async (url) => void (await askMain('openExternal', url)),
    chooseImportPaths: async (mode) => (await askMain('chooseImportPaths', mode)) as string[] | null,
    chooseSavePath: async (name) => (await askMain('chooseSavePath', name)) as string | null,
    ...(initial.paced ? { paceImport: async () => void (await askMain('paceImport')) } : {}),
    emit: (event) => {
      emit(event);
      // Jobs change the workspace in the background: their end also changes the counts (the open's
      // own analysis too, run as a job: the desk then reads its new findings); so does another
      // editor's commit on a shared desk.
      if ((event.type === 'job' && event.job.state !== 'running') || event.type === 'remote') void pushSummaryIfChanged();
    },
  };

  // Calls are queued until the workspace is open; answers to deps are taken at any time.
  const queue: Array<Extract<ToHost, { type: 'call' }>> = [];
  let opened: OpenedHost | null = null;
  let lastSummary = '';

  const pushSummaryIfChanged = async (): Promise<void> => {
    if (!opened) return;
    let summary: WorkspaceSummary;
    try {
      summary = (await opened.handlers.getSummary({})) as WorkspaceSummary;
    } catch {
      // Not readable now (a shared desk out of reach, or being left): the next change pushes it.
      return;
    }
    const key = JSON.stringify(summary);
    if (key === lastSummary) return;
    lastSummary = key;
    emit({ type: 'summary', summary });
  };

  let edits: Promise<unknown> = Promise.resolve();
  const answer = async (call: Extract<ToHost, { type: 'call' }>, host: OpenedHost): Promise<void> => {
    const run = () => dispatch(host.handlers, call.method, call.input, host.language());
    let result: Awaited<ReturnType<typeof run>>;
    host.noteCall?.(call.method, 1);
    // Background work takes shorter steps until it is answered (see deskCalls.ts).
    const ended = deskCallStarted();
    try {
      if (EDITS.has(call.method)) {
        const turn = edits.then(run, run);
        edits = turn.catch(() => undefined);
        result = await turn;
      } else result = await run();
    } finally {
      ended();
      host.noteCall?.(call.method, -1);
    }
    if (PACKED_METHODS.has(call.method)) post({ type: 'result', id: call.id, packed: packResult(result), language: host.language() });
    else post({ type: 'result', id: call.id, result, language: host.language() });
    if (!READS.has(call.method)) await pushSummaryIfChanged();
  };

  // One writer per workspace: the open one lets go of it before another is opened (or on 'close').
  // Hosts being closed: a shared desk's close waits for its pending actions, which the editor
  // may give up on meanwhile ('abandon').
  const closing = new Set<OpenedHost>();
  const closeOpened = async (): Promise<void> => {
    const previous = opened;
    opened = null;
    if (!previous) return;
    closing.add(previous);
    try {
      await previous.close();
    } catch (e) {
      console.error('[crosscheck] closing the workspace failed:', e);
    } finally {
      closing.delete(previous);
    }
  };
  const abandon = async (id: number): Promise<void> => {
    const total = { notSent: 0, unconfirmed: 0 };
    for (const host of [...closing, ...(opened ? [opened] : [])]) {
      const gaveUp = (await host.abandon?.().catch(() => null)) ?? null;
      if (!gaveUp) continue;
      total.notSent += gaveUp.notSent;
      total.unconfirmed += gaveUp.unconfirmed;
    }
    post({ type: 'abandoned', id, ...total });
  };

  /** Tells main once `host` finished its background work, if it is still the open one then. */
  const announceHealthy = (host: OpenedHost, options: HostOptions): void => {
    const done = () => {
      if (opened === host) post({ type: 'healthy', workspacePath: options.workspacePath });
    };
    void (host.settled ?? Promise.resolve()).then(done, done);
  };

  const openWith = async (options: HostOptions): Promise<void> => {
    await closeOpened();
    try {
      opened = await open(deps, options);
    } catch (e) {
      post({ type: 'openFailed', message: e instanceof Error ? e.message : String(e), ...(bilingualReason(e) ?? {}) });
      return;
    }
    lastSummary = JSON.stringify(await opened.handlers.getSummary({}));
    post({ type: 'ready', language: opened.language() });
    const host = opened;
    announceHealthy(host, options);
    for (const call of queue.splice(0)) void answer(call, host);
  };

  // A shared desk is opened while the current workspace stays open, so a desk that cannot be
  // reached leaves the editor where they were.
  const switchTo = async (options: HostOptions): Promise<void> => {
    let next: OpenedHost;
    try {
      next = await open(deps, options);
    } catch (e) {
      post({ type: 'switchFailed', message: e instanceof Error ? e.message : String(e), ...(bilingualReason(e) ?? {}) });
      return;
    }
    await closeOpened();
    opened = next;
    lastSummary = JSON.stringify(await opened.handlers.getSummary({}));
    post({ type: 'ready', language: opened.language() });
    announceHealthy(next, options);
    for (const call of queue.splice(0)) void answer(call, next);
  };

  port.on('message', (message) => {
    if (message.type === 'switch') {
      void switchTo(message.host);
      return;
    }
    if (message.type === 'reopen') {
      void openWith(message.host);
      return;
    }
    if (message.type === 'abandon') {
      void abandon(message.id);
      return;
    }
    if (message.type === 'close') {
      void closeOpened().then(() => post({ type: 'closed' }));
      return;
    }
    if (message.type === 'depResult') {
      const w = waiting.get(message.id);
      waiting.delete(message.id);
      if (!w) return;
      if (message.ok) w.resolve(message.value);
      else w.reject(new Error(message.message));
      return;
    }
    if (opened) void answer(message, opened);
    else queue.push(message);
  });

  await openWith(initial);
}

