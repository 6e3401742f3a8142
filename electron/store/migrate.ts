import { SCHEMA_VERSION } from '../../shared/schema';

/**
 * Brings an older workspace file up to the current schema. Version 1 is the first stored
 * shape, so there is nothing to migrate yet; a file from a newer Crosscheck is refused
 * rather than silently downgraded.
 */
export function migrateWorkspace(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) throw new Error('Workspace file is not an object');
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version === SCHEMA_VERSION) return data;
  throw new Error(`Unsupported workspace schemaVersion ${String(version)}`);
}
