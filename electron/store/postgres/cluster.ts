// A private PostgreSQL cluster in a folder, on 127.0.0.1: for `npm run desk:local`, the integration
// tests and the desk benchmark. It drives the server binaries (initdb, pg_ctl) of an installed
// PostgreSQL; it never downloads anything.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, chmod, chown, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class ClusterError extends Error {}

/** Where initdb and pg_ctl live: $CROSSCHECK_PG_BIN, then Debian's newest /usr/lib/postgresql/N/bin, then $PATH. */
export async function findServerBinaries(): Promise<string> {
  const candidates: string[] = [];
  if (process.env.CROSSCHECK_PG_BIN) candidates.push(process.env.CROSSCHECK_PG_BIN);
  try {
    const versions = (await readdir('/usr/lib/postgresql')).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  } catch {
    // not Debian's layout
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.push(dir);
  for (const dir of candidates) {
    try {
      await access(join(dir, 'initdb'));
      await access(join(dir, 'pg_ctl'));
      return dir;
    } catch {
      // try the next one
    }
  }
  throw new ClusterError(
    'PostgreSQL server binaries (initdb, pg_ctl) were not found. Install PostgreSQL ≥ 14 ' +
      '(Debian/Ubuntu: apt-get install postgresql) or set CROSSCHECK_PG_BIN to the folder holding them.',
  );
}

/** A free TCP port on 127.0.0.1 (asked from the kernel, then released for the server to take). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * initdb refuses to run as root: when we are root, the server runs as the `postgres` system user
 * (Debian's package creates it), which must own the cluster folder.
 */
async function serverUser(): Promise<RunAs> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  } catch {
    throw new ClusterError(
      'Running as root, the PostgreSQL server must run as the "postgres" system user, which does not exist here. ' +
        'Install Debian\'s postgresql package (it creates that user) or run as an ordinary user.',
    );
  }
}

function exec(bin: string, args: string[], as: RunAs, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(bin, args, { ...as, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolveRun(out);
      else reject(new ClusterError(`${bin.split('/').pop()} ${args[0] ?? ''} failed (exit ${code}):\n${out.trim()}`));
    });
  });
}

async function isRunning(bin: string, dataDir: string, as: RunAs): Promise<boolean> {
  try {
    await exec(join(bin, 'pg_ctl'), ['-D', dataDir, 'status'], as);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server of a cluster made by createLocalCluster (its data stays). */
export async function stopLocalCluster(folder: string): Promise<void> {
  const bin = await findServerBinaries();
  const dir = resolve(folder);
  try {
    await access(join(dir, CONFIG_FILE));
  } catch {
    throw new ClusterError(`No Crosscheck desk server in ${dir}.`);
  }
  const as = await serverUser();
  const dataDir = join(dir, 'data');
  if (!(await isRunning(bin, dataDir, as))) return;
  await exec(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'], as, 90_000);
}

export interface ClusterOptions {
  /** Folder that holds the cluster (created if missing): data/, the socket and server.log. */
  dir: string;
  /** Port on 127.0.0.1; a free one is picked when absent. */
  port?: number;
  /** Database role created with the cluster. */
  user?: string;
  /** Its password (scram-sha-256 over TCP); a random one when absent. */
  password?: string;
  /** Database created for the desk. */
  database?: string;
  /**
   * Throwaway clusters for tests: no fsync (a server or client crash still loses nothing
   * acknowledged, since the WAL reaches the kernel before a commit returns; only a power cut would).
   */
  throwaway?: boolean;
}

export interface LocalCluster {
  dir: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** postgres://user:password@127.0.0.1:port/database */
  url: string;
  /** The same URL for another database of this cluster. */
  urlFor(database: string): string;
  start(): Promise<void>;
  /** mode 'immediate' is a crash of the server (no checkpoint), 'fast' a clean shutdown. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server and deletes the folder. */
  destroy(): Promise<void>;
  /** Runs SQL as the cluster's superuser through psql over the socket (setup only). */
  psql(sql: string, database?: string): Promise<string>;
}

const CONFIG_FILE = 'crosscheck-cluster.json';

/**
 * Creates a cluster in `dir` (initdb, scram password, loopback only, socket in the folder) and
 * starts it; or starts the one already there.
 */
export async function createLocalCluster(options: ClusterOptions): Promise<LocalCluster> {
  const bin = await findServerBinaries();
  const dir = resolve(options.dir);
  const dataDir = join(dir, 'data');
  const as = await serverUser();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (as.uid !== undefined) await chown(dir, as.uid, as.gid ?? as.uid);

  let saved: { port: number; user: string; password: string; database: string } | null = null;
  try {
    saved = JSON.parse(await readFile(join(dir, CONFIG_FILE), 'utf8'));
  } catch {
    saved = null;
  }
  const user = saved?.user ?? options.user ?? 'crosscheck';
  const password = saved?.password ?? options.password ?? randomBytes(18).toString('base64url');
  const database = saved?.database ?? options.database ?? 'crosscheck';
  const port = options.port ?? saved?.port ?? (await freeLoopbackPort());

  const fresh = saved === null;
  if (fresh) {
    const pwfile = join(dir, '.pwfile');
    await writeFile(pwfile, password + '\n', { mode: 0o600 });
    if (as.uid !== undefined) await chown(pwfile, as.uid, as.gid ?? as.uid);
    try {
      await exec(
        join(bin, 'initdb'),
        ['-D', dataDir, '-U', user, `--pwfile=${pwfile}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions', ...(options.throwaway ? ['--no-sync'] : [])],
        as,
      );
    } finally {
      await rm(pwfile, { force: true });
    }
    const conf = [
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      // The socket stays inside the cluster folder: nothing is written to /var/run.
      `unix_socket_directories = '${dir.replace(/'/g, "''")}'`,
      "password_encryption = 'scram-sha-256'",
      ...(options.throwaway
        ? ['fsync = off', 'full_page_writes = off', 'max_connections = 200']
        : [
            // Group commit: a committing transaction waits up to 1 ms, when another one is active,
            // so that several editors' commits share one WAL flush. Durability is unchanged (a
            // commit still returns only once flushed); measured by tests/bench/desk-profile.bench.ts
            // (4 editors: fewer flushes per action, lower p95; one editor: no measurable cost).
            'commit_delay = 1000',
            'commit_siblings = 1',
          ]),
    ];
    await writeFile(join(dataDir, 'postgresql.auto.conf'), conf.join('\n') + '\n');
    if (as.uid !== undefined) await chown(join(dataDir, 'postgresql.auto.conf'), as.uid, as.gid ?? as.uid);
    await writeFile(join(dir, CONFIG_FILE), JSON.stringify({ port, user, password, database }, null, 2) + '\n', { mode: 0o600 });
    await chmod(join(dir, CONFIG_FILE), 0o600);
  }

  const socketUrl = (db: string) => `postgresql://${encodeURIComponent(user)}@/${encodeURIComponent(db)}?host=${encodeURIComponent(dir)}&port=${port}`;
  const urlFor = (db: string) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(db)}`;

  const cluster: LocalCluster = {
    dir,
    port,
    user,
    password,
    database,
    url: urlFor(database),
    urlFor,
    async start() {
      await exec(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'], as, 90_000);
    },
    async stop(mode = 'fast') {
      await exec(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop'], as, 90_000);
    },
    async destroy() {
      try {
        await cluster.stop('immediate');
      } catch {
        // already stopped
      }
      await rm(dir, { recursive: true, force: true });
    },
    async psql(sql: string, db = 'postgres') {
      return exec(join(bin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-At', '-d', socketUrl(db), '-c', sql], as);
    },
  };

  if (!(await isRunning(bin, dataDir, as))) await cluster.start();
  if (fresh) await cluster.psql(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  return cluster;
}
