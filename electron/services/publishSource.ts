/**
 * What `npm run desk -- publish <path>` reads: a local workspace — the folder the app and the CLI make
 * (`--workspace ~/ws`), or that folder's manifest `workspace.json` — a single-file workspace of an older
 * version, or a whole JSON backup. A folder is opened read-only (no lock taken, nothing rewritten).
 */
import { access, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { exportParseErrorMessage, parseBareWorkspace, parseExportJson } from '../../shared/export';
import { exportText } from '../import/exportFile';
import { Workspace } from '../../shared/schema';
import { openReadOnly } from './open';

/** A path that cannot be published, with the sentence to show. */
export class PublishSourceError extends Error {}

export async function readPublishSource(path: string): Promise<Workspace> {
  const folder = await workspaceFolder(path);
  if (folder !== null) {
    let service: Awaited<ReturnType<typeof openReadOnly>>;
    try {
      service = await openReadOnly(folder);
    } catch (e) {
      throw new PublishSourceError(`Cannot open the workspace ${folder}: ${(e as Error).message}`);
    }
    try {
      return Workspace.parse(await service.ctx.snapshotForExport('json', {}));
    } finally {
      await service.close();
    }
  }
  let text: string;
  try {
    text = exportText(await readFile(path));
  } catch {
    throw new PublishSourceError(`Cannot read ${path}`);
  }
  const backup = parseExportJson(text);
  if (backup.ok) {
    if (backup.value.partial) throw new PublishSourceError(`${path} is a partial export: only a whole workspace can be published.`);
    const { format: _f, version: _v, exportedAt: _e, partial: _p, scope: _s, ...ws } = backup.value;
    return Workspace.parse(ws);
  }
  // A Crosscheck backup the merge would refuse (broken references, hand-edited quotes, over-long fields)
  // is refused here too, not read again as a bare workspace.
  if (backup.error.code !== 'not_json' && backup.error.code !== 'not_crosscheck_export') {
    throw new PublishSourceError(`${path}: ${exportParseErrorMessage(backup.error, 'en')}`);
  }
  const neither = new PublishSourceError(`${path} is neither a Crosscheck workspace (folder or file) nor a JSON backup.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw neither;
  }
  // An export whose header was altered ("format" taken away or misspelt) is not read as a workspace: a
  // partial one would publish half a desk with an audit log whose chain cannot be checked.
  if (typeof raw === 'object' && raw !== null && ['format', 'exportedAt', 'partial', 'scope'].some((key) => key in raw)) {
    throw new PublishSourceError(`${path} is a Crosscheck export whose header was changed by hand; export the workspace again and publish the new file.`);
  }
  // A bare workspace (an older single-file one) passes the same checks as a backup.
  const bare = parseBareWorkspace(raw);
  if (bare.ok) return bare.value;
  if (bare.error.code === 'invalid_records' && !Workspace.safeParse(raw).success) throw neither;
  throw new PublishSourceError(`${path}: ${exportParseErrorMessage(bare.error, 'en')}`);
}

/** The workspace folder `path` names (the folder itself, or its manifest inside it), else null. */
async function workspaceFolder(path: string): Promise<string | null> {
  try {
    if ((await stat(path)).isDirectory()) return path;
  } catch {
    return null;
  }
  if (basename(path) !== 'workspace.json') return null;
  try {
    await access(join(dirname(path), 'data'));
    return dirname(path);
  } catch {
    return null;
  }
}
