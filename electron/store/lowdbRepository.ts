import { access, mkdir, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { Workspace } from '../../shared/schema';
import { migrateWorkspace } from './migrate';
import type { OpenedWorkspace, WorkspaceRepository } from './repository';

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * One workspace = one JSON file written by lowdb (steno: temp file + rename, so a crash never
 * leaves a half-written workspace). Built with `new Low(new JSONFile())` on purpose:
 * JSONFilePreset silently keeps data in memory under NODE_ENV=test.
 */
export class LowdbWorkspaceRepository implements WorkspaceRepository {
  private db: Low<Workspace> | null = null;

  constructor(
    readonly location: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async open(): Promise<OpenedWorkspace> {
    await mkdir(dirname(this.location), { recursive: true });
    if (!(await exists(this.location))) {
      this.db = new Low<Workspace>(new JSONFile<Workspace>(this.location), null as unknown as Workspace);
      return { workspace: null, movedAsideTo: null };
    }
    const db = new Low<Workspace>(new JSONFile<Workspace>(this.location), null as unknown as Workspace);
    let parsed: Workspace | null = null;
    try {
      await db.read();
      parsed = Workspace.parse(migrateWorkspace(db.data));
    } catch {
      parsed = null;
    }
    this.db = db;
    if (parsed) {
      db.data = parsed;
      return { workspace: parsed, movedAsideTo: null };
    }
    // Never overwrite what we cannot read: the editor's work may still be recoverable by hand.
    const ext = extname(this.location);
    const movedTo = join(
      dirname(this.location),
      `${basename(this.location, ext)}.unreadable-${timestamp(this.now())}${ext || '.json'}`,
    );
    await rename(this.location, movedTo);
    return { workspace: null, movedAsideTo: movedTo };
  }

  async save(workspace: Workspace): Promise<void> {
    if (!this.db) throw new Error('Workspace repository used before open()');
    this.db.data = workspace;
    await this.db.write();
  }
}
