import type { Api, DeskEvent, WindowApi } from '../../shared/ipc/contract';
import { isLang, unsavedWords } from '../../shared/i18n';
import { unpackResult } from '../../shared/ipc/packed';
import { err, type AppErrorValue } from '../../shared/result';

/**
 * The only place the renderer touches `window.api` (exposed by the preload in Electron, or by the
 * e2e bridge in a browser). Everything else imports `api` and `onDeskEvent` from here.
 */
function readApi(): WindowApi {
  const api = (window as unknown as { api?: WindowApi }).api;
  if (!api) throw new Error('window.api is missing: the preload script did not run.');
  return api;
}

const windowApi = readApi();

/** The words for a call that got no answer, in the desk's language (the page's lang attribute). */
export function noAnswerMessage(id: 'noAnswer' | 'noAnswerWrite' | 'noAnswerLoad' | 'noAnswerCommand'): string {
  const lang = document.documentElement.lang;
  return unsavedWords[id][isLang(lang) ? lang : 'vi'];
}

/**
 * A failed write's message (an import, a re-extraction, an import conflict resolved: writes that do
 * not go through the store's saving()): no answer is said as not saved, not as "could not load"
 * (review 2 of s32-ui, note 4).
 */
export function writeFailure(error: AppErrorValue): string {
  return unanswered.has(error) ? noAnswerMessage('noAnswerWrite') : error.message;
}

/** The errors made by noAnswer (a renderer-side mark: the IPC contract's error codes are unchanged). */
const unanswered = new WeakSet<AppErrorValue>();

/** True for a result's error that is "no answer", not a refusal or a failure the Node side reported. */
export function isNoAnswer(error: AppErrorValue): boolean {
  return unanswered.has(error);
}

/**
 * A call that got no answer — the IPC call rejected, the bridge's fetch failed ("Failed to fetch") —
 * settles as a failed result like any other, never as a thrown error: every path that saves then
 * shows "Chưa lưu được" with a retry instead of staying on "Đang lưu…" (QA31 bug 3). Not a refusal
 * ('invalid_input'): the same request may well succeed when tried again. Its words say it could not
 * load; a save (store saving()) and an undo or redo say so in their own words instead.
 */
export function noAnswer(): ReturnType<typeof err> {
  const result = err('save_failed', noAnswerMessage('noAnswerLoad'));
  if (!result.ok) unanswered.add(result.error);
  return result;
}

function settle(call: () => unknown): Promise<unknown> {
  try {
    // A listing's answer may come as the bytes the service host wrote (shared/ipc/packed.ts; the
    // e2e bridge passes them on so): read here, where the window needs the objects anyway.
    return Promise.resolve(call()).then(unpackResult).catch(noAnswer);
  } catch {
    return Promise.resolve(noAnswer());
  }
}

/** Calls the desk is waiting on (everything but background reads) that have not answered yet. */
let foreground = 0;
const quietWaiters: Array<() => void> = [];

function settled(): void {
  foreground--;
  if (foreground > 0) return;
  for (const wake of quietWaiters.splice(0)) wake();
}

/**
 * `window.api`, counting the calls in flight so background reads can stand aside: the bridge and
 * the service answer one request after another, so a large background page sent while an article
 * open or a findings page is on its way would make that one wait.
 */
// (The target is an empty object: window.api is frozen by contextBridge, and a proxy of a frozen
// object must return its own values.)
export const api: Api = new Proxy({} as Api, {
  has: (_, key) => key in windowApi,
  get(_, key) {
    const value = Reflect.get(windowApi, key) as unknown;
    if (typeof value !== 'function' || key === 'subscribe') return value;
    return (...args: unknown[]) => {
      foreground++;
      return settle(() => (value as (...a: unknown[]) => unknown).apply(windowApi, args)).finally(settled);
    };
  },
}) as Api;

/** The same calls, not counted: for reads made in the background (see `whenQuiet`); they settle the same way. */
export const backgroundApi: Api = new Proxy({} as Api, {
  has: (_, key) => key in windowApi,
  get(_, key) {
    const value = Reflect.get(windowApi, key) as unknown;
    if (typeof value !== 'function' || key === 'subscribe') return value;
    return (...args: unknown[]) => settle(() => (value as (...a: unknown[]) => unknown).apply(windowApi, args));
  },
}) as Api;

/**
 * Resolves once no foreground call is in flight and the renderer had a moment to paint what the
 * last one brought (a macrotask, then an idle period where the browser has one).
 */
export async function whenQuiet(): Promise<void> {
  for (;;) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (foreground > 0) {
      await new Promise<void>((resolve) => quietWaiters.push(resolve));
      continue;
    }
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) await new Promise<void>((resolve) => idle(() => resolve(), { timeout: 200 }));
    if (foreground === 0) return;
  }
}

type Listener = (event: DeskEvent) => void;
const listeners = new Set<Listener>();
let unsubscribe: (() => void) | null = null;

/**
 * The contract's schema of pushed events. The contract is built with zod (some 450 KB of code, about a
 * third of the desk's): a chunk of its own, asked for once the desk is interactive (see
 * `warmDeskEvents`) or by the first event, not parsed and run before the first screen (issue 9: time to
 * interactive).
 */
let eventSchema: (typeof import('../../shared/ipc/contract'))['DeskEvent'] | null = null;
let schemaLoading: Promise<void> | null = null;
/** Payloads that came before the schema: checked and handed on in order once it is there. */
const waiting: unknown[] = [];

function loadEventSchema(): Promise<void> {
  schemaLoading ??= import('../../shared/ipc/contract').then(
    (contract) => {
      eventSchema = contract.DeskEvent;
    },
    (e: unknown) => {
      schemaLoading = null;
      throw e;
    },
  );
  return schemaLoading;
}

function deliver(payload: unknown): void {
  const event = eventSchema?.safeParse(payload);
  if (!event?.success) return;
  for (const l of [...listeners]) l(event.data);
}

function received(payload: unknown): void {
  if (eventSchema !== null && waiting.length === 0) return deliver(payload);
  waiting.push(payload);
  if (waiting.length > 1) return;
  // (A failed load — the app's own file — cannot check what came: it is dropped, as a malformed payload is.)
  void loadEventSchema().then(
    () => {
      while (waiting.length > 0) deliver(waiting.shift());
    },
    () => {
      waiting.length = 0;
    },
  );
}

/**
 * Loads the events' schema ahead of the first event: asked for as soon as the desk is interactive
 * (App), not before — the contract's chunk took 75–145 ms of the main thread per start on a loaded 2-core machine,
 * which the first screen's render would wait behind (issue 9: time to interactive) — and not later:
 * an event held back while the editor already acts would land on a desk that moved on. An event that
 * comes first asks for it itself (see `received`).
 */
export function warmDeskEvents(): void {
  void loadEventSchema().catch(() => undefined);
}

/**
 * Listens to what the Node side pushes (job progress and results, counts after a change, the
 * background service's state). One subscription to window.api serves every listener; each payload
 * is checked against the contract and a malformed one is dropped.
 */
export function onDeskEvent(listener: Listener): () => void {
  listeners.add(listener);
  if (!unsubscribe && typeof windowApi.subscribe === 'function') {
    unsubscribe = windowApi.subscribe(received);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
    }
  };
}
