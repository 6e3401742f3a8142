import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyAuditChain } from '../../../../electron/store/auditChain';
import { openWorkspaceStore } from '../../../../electron/store/open';
import { TEMP_PREFIX } from '../../../../electron/store/lowdb/fsio';
import { bundledEntry } from '../../bundle';

const root = join(import.meta.dirname, '../../../..');

/** Starts the writer child, waits until it has acknowledged a few commits, SIGKILLs it at a random moment. */
export async function runAndKill(folder: string, random: () => number, mode: 'reviews' | 'content' = 'reviews'): Promise<string[]> {
  // Node itself runs the writer, bundled once (tsx would compile it again for each of the 50 rounds).
  const child = spawn(process.execPath, [bundledEntry(join(root, 'tests/unit/store/helpers/crashChild.ts')), folder, mode], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: string[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let killTimer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('ack ')) acked.push(line.slice(4));
        if (line === 'ready' && !killTimer) {
          killTimer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 20 + Math.floor(random() * 400));
        }
      }
    });
    child.on('exit', () => {
      if (!killTimer) reject(new Error(`writer exited before it was killed: ${stderr}`));
    });
  });
  await exited;
  return acked;
}

/** Every file whose name marks it as a temp file, anywhere in the workspace folder. */
export async function tempFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['', 'data', 'journal', 'backups']) {
    for (const name of await readdir(join(folder, sub)).catch(() => [] as string[])) if (name.startsWith(TEMP_PREFIX)) out.push(join(sub, name));
  }
  return out;
}

/** Opens after a crash and checks: every acknowledged review is there, the audit chain holds. */
export async function checkAfterCrash(folder: string, acked: readonly string[]): Promise<{ lost: string[]; chainBrokenAt: number; reviews: number; tempAfterOpen: number; dataFiles: number }> {
  const store = await openWorkspaceStore(folder, { mode: 'write' });
  const present = new Set((await store.reviews(acked)).map((r) => r.claimId));
  const lost = acked.filter((id) => !present.has(id));
  const chainBrokenAt = verifyAuditChain(await store.auditLog());
  const reviews = (await store.counts()).reviews;
  const tempAfterOpen = (await tempFiles(folder)).length;
  await store.close();
  const dataFiles = (await readdir(join(folder, 'data'))).length;
  return { lost, chainBrokenAt, reviews, tempAfterOpen, dataFiles };
}
