import type { WorkspaceStore } from './port';
import { openWorkspaceStore, type OpenStoreOptions } from './open';

/**
 * The path a user gave (`--workspace`, CROSSCHECK_WORKSPACE, the app's default), opened with the
 * lowdb folder adapter. A v1 single file there is migrated on a write open.
 */
export class LowdbWorkspaceRepository {
  constructor(
    readonly location: string,
    private readonly now?: () => Date,
    private readonly extra: Omit<OpenStoreOptions, 'mode' | 'now'> = {},
  ) {}

  openStore(mode: 'write' | 'read'): Promise<WorkspaceStore> {
    return openWorkspaceStore(this.location, { mode, ...(this.now ? { now: this.now } : {}), ...this.extra });
  }
}
