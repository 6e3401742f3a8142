// window.api for component tests, built from the real thing: the handlers the service host
// registers (electron/ipc/handlers.ts), called through the real dispatch (the contract's zod schemas
// check every input and output), over the workspace service and a store adapter — the in-memory one
// by default, or any opened store (the lowdb folder store for backups). Listings answer as bytes, as
// main passes them to the window. No state logic lives here.
import type { BuiltDocument } from '../../../../shared/document';
import type { Api, DeskEvent, ParsedInput, WindowApi } from '../../../../shared/ipc/contract';
import { methodNames, type MethodName } from '../../../../shared/ipc/methods';
import { PACKED_METHODS, packResult } from '../../../../shared/ipc/packed';
import type { Claim, Finding, Review, Settings } from '../../../../shared/schema';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { emptyWorkspace, WorkspaceService } from '../../../../electron/services/workspaceService';
import { createMemoryStore, type MemoryStore } from '../../../../electron/store/memoryStore';
import { StoreWriteError, type WorkspaceStore } from '../../../../electron/store/port';

export interface DeskCall {
  method: MethodName;
  input: unknown;
}

export interface DeskApi {
  api: WindowApi;
  service: WorkspaceService;
  calls: DeskCall[];
  /** Inputs of every call to one method, oldest first. */
  callsTo<K extends MethodName>(method: K): ParsedInput<K>[];
  /** What the store holds now (in-memory and lowdb adapters). */
  readonly ws: { claims: Claim[]; reviews: Map<string, Review> };
  /** The stored status of a claim ('unreviewed' when it has no review). */
  statusOf(claimId: string): Review['status'];
  /** Events the handlers pushed (job progress and results), oldest first. */
  events: DeskEvent[];
  /** Pushes an event to the window as the Node side would (main's own events: quitting, a desk's state). */
  emit(event: DeskEvent): void;
  close(): Promise<void>;
}

export interface DeskOptions {
  reviewer?: string;
  findings?: Finding[];
  reviews?: Review[];
  settings?: Partial<Settings>;
  /** The engine the workspace was extracted by (default: this one). */
  extractorVersion?: number;
}

/** An in-memory store holding these documents, reviews and findings (ids checked as on disk). */
export function memoryStoreOf(docs: readonly BuiltDocument[], options: DeskOptions = {}): MemoryStore {
  const ws = emptyWorkspace(options.reviewer ?? 'Biên tập viên');
  ws.articles = docs.map((d) => d.article);
  ws.claims = docs.flatMap((d) => d.claims);
  ws.reviews = Object.fromEntries((options.reviews ?? []).map((r) => [r.claimId, r]));
  ws.findings = options.findings ?? [];
  ws.settings = { ...ws.settings, ...options.settings };
  if (options.extractorVersion !== undefined) ws.extractorVersion = options.extractorVersion;
  return createMemoryStore(ws);
}

/**
 * Makes the store's next `count` commits fail as a full disk does (ENOSPC), before anything is
 * applied: the fault sits in the adapter, the service and handlers above it are the real ones.
 */
export function failNextCommits(store: WorkspaceStore, count = 1): void {
  let left = count;
  const commit = store.commit.bind(store);
  store.commit = (request) => {
    if (left <= 0) return commit(request);
    left--;
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return Promise.reject(new StoreWriteError('The change could not be written to disk', enospc));
  };
}

/** Holds the store's commits of `action` until the returned function is called (a job seen while it runs). */
export function holdCommits(store: WorkspaceStore, action: string): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const commit = store.commit.bind(store);
  store.commit = async (request) => {
    if (request.action === action) await held;
    return commit(request);
  };
  return release;
}

/** A clock that moves a minute per reading, so history entries have distinct, stable times. */
function steppingClock(): () => Date {
  let tick = 0;
  return () => new Date(Date.UTC(2024, 2, 8, 8, tick++));
}

export async function createDeskApi(store: WorkspaceStore, options: { now?: () => Date; seedsDir?: string | null; upgradeInBackground?: boolean } = {}): Promise<DeskApi> {
  const service = await WorkspaceService.open({
    store,
    seedsDir: options.seedsDir ?? null,
    defaultReviewer: 'Biên tập viên',
    now: options.now ?? steppingClock(),
    ...(options.upgradeInBackground ? { upgradeInBackground: true } : {}),
  });
  const events: DeskEvent[] = [];
  const listeners = new Set<(payload: unknown) => void>();
  const handlers = createHandlers(service, {
    openExternal: () => undefined,
    chooseImportPaths: () => Promise.resolve(null),
    chooseSavePath: () => Promise.resolve(null),
    emit: (event) => {
      events.push(event);
      for (const l of [...listeners]) l(event);
    },
  });
  const calls: DeskCall[] = [];
  const methods = Object.fromEntries(
    methodNames.map((name) => [
      name,
      async (input: unknown) => {
        calls.push({ method: name, input });
        // Answer on a later task, like IPC: the renderer must cope with the wait.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const result = await dispatch(handlers, name, input, service.language);
        // A listing's answer as main hands it to the window: the worker's bytes (shared/ipc/packed.ts),
        // read back by renderer/src/api.ts.
        return PACKED_METHODS.has(name) ? packResult(result) : result;
      },
    ]),
  ) as unknown as Api;
  const api: WindowApi = {
    ...methods,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const snapshot = () => service.workspace;
  return {
    api,
    service,
    calls,
    events,
    callsTo: <K extends MethodName>(method: K) => calls.filter((c) => c.method === method).map((c) => c.input as ParsedInput<K>),
    get ws() {
      const ws = snapshot();
      return { claims: ws.claims, reviews: new Map(Object.entries(ws.reviews)) };
    },
    statusOf: (claimId) => snapshot().reviews[claimId]?.status ?? 'unreviewed',
    emit: (event) => {
      for (const l of [...listeners]) l(event);
    },
    close: () => service.close(),
  };
}

/** The second article's import commit fails as a full disk does; the others go through. */
export function fullDiskAtSecondImport(store: WorkspaceStore): void {
  const commit = store.commit.bind(store);
  let imports = 0;
  store.commit = (request) => {
    if (request.action === 'article.import' && ++imports === 2) {
      return Promise.reject(new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })));
    }
    return commit(request);
  };
}

/** Makes the next `count` calls of `method` reject as a dropped connection does ("Failed to fetch"); answers how many did. */
export function dropNext(served: DeskApi, method: string, count = 1): () => number {
  const api = served.api as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const real = api[method]!.bind(served.api);
  let dropped = 0;
  api[method] = (input) => {
    if (dropped >= count) return real(input);
    dropped++;
    return Promise.reject(new TypeError('Failed to fetch'));
  };
  return () => dropped;
}
