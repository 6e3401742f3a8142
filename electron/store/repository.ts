import type { Workspace } from '../../shared/schema';

export interface OpenedWorkspace {
  /** null when no workspace exists yet at this location (first start). */
  workspace: Workspace | null;
  /** Set when an unreadable file was moved aside instead of being overwritten. */
  movedAsideTo: string | null;
}

/**
 * Where a workspace lives. The services only see this interface, so a shared server database can
 * replace the local lowdb file later without touching the domain or the UI.
 */
export interface WorkspaceRepository {
  readonly location: string;
  open(): Promise<OpenedWorkspace>;
  save(workspace: Workspace): Promise<void>;
}
