// Publish a local workspace to a shared desk, and take the desk home: every article, claim,
// review, finding (with its decision), detached claim, the settings and the audit trail verbatim
// (same seq and hashes, so its chain still verifies), plus the editor's own undo/redo history.
import { randomBytes } from 'node:crypto';
import { access, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SCHEMA_VERSION, Workspace } from '../../../shared/schema';
import { toWorkspaceJson } from '../../../shared/export';
import { META_ID, type StoreReader } from '../port';
import { undoEntryFromV1, undoEntryToV1 } from '../snapshot';
import type { DeskSnapshot, PostgresWorkspaceStore } from './pgStore';

/** A whole workspace (the version 1 shape every adapter can produce) as what a desk stores. */
export function workspaceToDeskSnapshot(ws: Workspace): DeskSnapshot {
  return {
    records: {
      articles: ws.articles,
      claims: ws.claims,
      reviews: Object.values(ws.reviews),
      findings: ws.findings,
      detached: (ws.detached ?? []).map((d) => ({ id: d.claim.id, claim: d.claim, review: d.review, at: d.at })),
      settings: [ws.settings],
      meta: [{ id: META_ID, extractorVersion: ws.extractorVersion ?? 1 }],
    },
    audit: ws.auditLog,
    undo: {
      undo: (ws.history?.undo ?? []).map((e, i) => undoEntryFromV1(e, `u_undo${i}`)),
      redo: (ws.history?.redo ?? []).map((e, i) => undoEntryFromV1(e, `u_redo${i}`)),
    },
  };
}

/** What a desk holds, as a whole workspace (version 1 shape): for export and backups. */
export function deskSnapshotToWorkspace(snapshot: DeskSnapshot): Workspace {
  const { records } = snapshot;
  const settings = records.settings[0];
  if (!settings) throw new Error('The shared desk has no settings record: nothing was published to it yet.');
  const ws: Workspace = {
    schemaVersion: SCHEMA_VERSION,
    extractorVersion: records.meta[0]?.extractorVersion ?? 1,
    articles: records.articles,
    claims: records.claims,
    reviews: Object.fromEntries(records.reviews.map((r) => [r.claimId, r])),
    findings: records.findings,
    auditLog: snapshot.audit,
    settings,
    history: { undo: (snapshot.undo?.undo ?? []).map(undoEntryToV1), redo: (snapshot.undo?.redo ?? []).map(undoEntryToV1) },
    ...(records.detached.length > 0 ? { detached: records.detached.map((d) => ({ claim: d.claim, review: d.review, at: d.at })) } : {}),
  };
  // The same validation as a file read from disk: an export is never written from bad records.
  return Workspace.parse(ws);
}

/** Reads a workspace through the store port (any adapter), for publishing. */
export async function snapshotFromReader(reader: StoreReader): Promise<DeskSnapshot> {
  const findings = await reader.findings({});
  // The port shows only the top of each undo stack: a local store's undo history is not carried.
  return {
    records: {
      articles: await reader.articles(),
      claims: await reader.claims(),
      reviews: await reader.reviews(),
      findings: findings.items,
      detached: await reader.detached(),
      settings: [await reader.settings()],
      meta: [await reader.meta()],
    },
    audit: await reader.auditLog(0),
  };
}

/** Publishes a workspace to an EMPTY desk in one transaction. Returns what was carried. */
export async function publishToDesk(
  source: Workspace | StoreReader,
  desk: PostgresWorkspaceStore,
): Promise<{ articles: number; claims: number; reviews: number; findings: number; auditEvents: number }> {
  const snapshot = 'schemaVersion' in source ? workspaceToDeskSnapshot(source as Workspace) : await snapshotFromReader(source as StoreReader);
  await desk.publish(snapshot);
  return {
    articles: snapshot.records.articles.length,
    claims: snapshot.records.claims.length,
    reviews: snapshot.records.reviews.length,
    findings: snapshot.records.findings.length,
    auditEvents: snapshot.audit.length,
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file so that a crash leaves either the old file or the whole new one (0600, fsynced). */
async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  const folder = await open(dirname(path), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * Takes the desk home: `workspace` writes a local workspace file (the version 1 single file, which
 * Crosscheck opens and converts like any older workspace), `backup` the JSON backup
 * (crosscheck.workspace export). Never overwrites an existing file.
 */
export async function exportDesk(desk: PostgresWorkspaceStore, path: string, format: 'workspace' | 'backup', now = new Date()): Promise<Workspace> {
  const ws = deskSnapshotToWorkspace(await desk.snapshot());
  const text = format === 'backup' ? toWorkspaceJson(ws, { exportedAt: now.toISOString() }) : JSON.stringify(ws, null, 2) + '\n';
  if (await exists(path)) throw new Error(`${path} already exists: choose a new file name (nothing was overwritten).`);
  await writeFileAtomic(path, text);
  return ws;
}
