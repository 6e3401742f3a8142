// The workspace services over a shared desk: the same WorkspaceService (imports, reviews, findings,
// history, exports) opened on the PostgreSQL adapter of the store port. Each editor opens their own
// service; what makes them an editor is the name from their settings plus their OS account.
import { localIdentity, PostgresWorkspaceStore, type DeskIdentity, type PostgresStoreOptions } from '../store/postgres/pgStore';
import { redactDeskUrl } from '../store/postgres/connection';
import { AppError } from './errors';
import { WorkspaceService, type ServiceOptions } from './workspaceService';

/** The environment variable the CLI (and the app, when nothing is set in Settings) reads a desk URL from. */
export const DATABASE_URL_ENV = 'CROSSCHECK_DATABASE_URL';

export interface DeskServiceOptions {
  /** postgres://user:password@host:port/database?sslmode=… — the password is used to connect, never stored. */
  url: string;
  /** The editor's name (their settings' reviewer name); the OS account is added to it. */
  reviewerName: string;
  /** Read-only commands (CLI list, check, export): no migration, every write refused. */
  readOnly?: boolean;
  /** Listen to the other editors' changes (the app); off for one-shot CLI commands. */
  live?: boolean;
  /** Tests: another OS account or host for the identity. */
  identity?: Partial<DeskIdentity>;
  now?: ServiceOptions['now'];
  analysis?: ServiceOptions['analysis'];
  /** The language of the messages the service builds, over the desk's setting (a CLI run's --lang). */
  language?: ServiceOptions['language'];
  /** Adapter tuning (timeouts, retry window, pool size). */
  store?: Partial<Pick<PostgresStoreOptions, 'timeouts' | 'retryWindowMs' | 'poolSize' | 'appVersion'>>;
}

/** A WorkspaceService whose store is a shared desk; `desk` gives the live side (changes, state, presence). */
export interface DeskService extends WorkspaceService {
  readonly store: PostgresWorkspaceStore;
}

export async function openDeskService(options: DeskServiceOptions): Promise<DeskService> {
  const identity = { ...localIdentity(options.reviewerName), ...options.identity };
  const store = await PostgresWorkspaceStore.open({
    url: options.url,
    identity,
    readOnly: options.readOnly ?? false,
    live: options.live ?? true,
    ...options.store,
  });
  const service = await WorkspaceService.open({
    store,
    seedsDir: null,
    defaultReviewer: identity.name,
    readOnly: options.readOnly ?? false,
    now: options.now,
    analysis: options.analysis,
    language: options.language,
  });
  return service as DeskService;
}

/** True when `target` names a shared desk rather than a workspace folder. */
export function isDatabaseUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Opens a shared desk for one CLI command: no live listening, a short retry window, and an opening
 * failure said in one sentence with the URL shown without its password. The editor is named by
 * CROSSCHECK_REVIEWER (default: the OS account) plus the OS account.
 */
export async function openDeskForCommand(url: string, mode: 'write' | 'read', language?: 'vi' | 'en'): Promise<DeskService> {
  const reviewerName = process.env.CROSSCHECK_REVIEWER?.trim() || localIdentity('').osUser;
  try {
    return await openDeskService({ url, reviewerName, readOnly: mode === 'read', live: false, language, store: { retryWindowMs: 15_000, poolSize: 2 } });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // A reason the store gives in both languages (a desk from a newer Crosscheck) is said in each.
    const both = e as { vi?: unknown; en?: unknown };
    const [vi, en] = typeof both.vi === 'string' && typeof both.en === 'string' ? [both.vi, both.en] : [reason, reason];
    throw new AppError('unreadable_file', {
      vi: `Không mở được bàn biên tập chung ${redactDeskUrl(url)}: ${vi}`,
      en: `Cannot open the shared desk ${redactDeskUrl(url)}: ${en}`,
    });
  }
}
