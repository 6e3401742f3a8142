// `npm run desk -- <command>`: set up and move workspaces to and from a shared desk on PostgreSQL.
//   local <folder> [--port N]     a private PostgreSQL cluster in <folder> on 127.0.0.1; prints its URL
//   stop <folder>                 stops it (data kept)
//   publish <workspace>           fills an EMPTY desk with a local workspace (folder, file or JSON backup)
//   export --out FILE [--backup]  writes the desk as a local workspace file (or the JSON backup)
//   verify                        checks the desk's audit hash chain
//   who                           who is on the desk, on which article
// The desk is --database <url> or $CROSSCHECK_DATABASE_URL. The password is never printed back.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Workspace } from '../../../shared/schema';
import { ClusterError, createLocalCluster, stopLocalCluster } from './cluster';
import { DeskUrlError, redactDeskUrl } from './connection';
import { localIdentity, PostgresWorkspaceStore } from './pgStore';
import { exportDesk, publishToDesk } from './publish';
import { PublishSourceError, readPublishSource } from '../../services/publishSource';

const USAGE = `Usage: npm run desk -- <command> [options]

  local <folder> [--port N]      create (or start) a private desk server in <folder> on 127.0.0.1 and print its URL
  stop <folder>                  stop that server (its data stays in <folder>)
  publish <workspace>            publish a local workspace (folder, file or JSON backup) to an EMPTY desk
  export --out FILE [--backup]   take the desk home: a workspace file (default) or the JSON backup
  verify                         verify the desk's audit hash chain
  who                            who is working on the desk, and on which article

Options:
  --database URL   the desk (default: $CROSSCHECK_DATABASE_URL), e.g. postgres://lan@db.toasoan.vn/desk?sslmode=verify-full
  --name NAME      your name on the desk (default: $USER)`;

class UsageError extends Error {}

async function readWorkspaceFile(path: string): Promise<Workspace> {
  try {
    return await readPublishSource(path);
  } catch (e) {
    if (e instanceof PublishSourceError) throw new UsageError(e.message);
    throw e;
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      name: { type: 'string' },
      out: { type: 'string' },
      backup: { type: 'boolean' },
      port: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command, arg] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }

  if (command === 'local') {
    if (!arg) throw new UsageError('local needs a folder: npm run desk -- local <folder>');
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new UsageError(`--port must be a TCP port number, got "${values.port}"`);
    const cluster = await createLocalCluster({ dir: arg, port });
    // Creating the desk's tables now proves the URL works before anyone relies on it.
    const store = await PostgresWorkspaceStore.open({ url: cluster.url, identity: localIdentity('desk:local'), live: false });
    await store.close();
    console.log(
      [
        `Shared desk server running in ${cluster.dir} (PostgreSQL on 127.0.0.1:${cluster.port}, reachable from this machine only).`,
        '',
        `  CROSSCHECK_DATABASE_URL='${cluster.url}'`,
        '',
        `Publish a workspace to it:  npm run desk -- publish <workspace> --database '${cluster.url}'`,
        `The password is kept only in ${cluster.dir}/crosscheck-cluster.json (readable by you alone).`,
        `Stop it: npm run desk -- stop ${arg}`,
      ].join('\n'),
    );
    return 0;
  }
  if (command === 'stop') {
    if (!arg) throw new UsageError('stop needs the folder given to local');
    await stopLocalCluster(arg);
    console.log(`Stopped the desk server in ${resolve(arg)} (its data stays; \`npm run desk -- local ${arg}\` starts it again).`);
    return 0;
  }

  const url = values.database ?? process.env.CROSSCHECK_DATABASE_URL;
  if (!url) throw new UsageError('--database <url> is required (or set CROSSCHECK_DATABASE_URL)');
  const identity = localIdentity(values.name ?? process.env.USER ?? '');
  const readOnly = command === 'export' || command === 'verify' || command === 'who';
  const desk = await PostgresWorkspaceStore.open({ url, identity, live: false, readOnly, retryWindowMs: 10_000 });
  try {
    switch (command) {
      case 'publish': {
        if (!arg) throw new UsageError('publish needs a workspace (folder or file) or a JSON backup: npm run desk -- publish <workspace>');
        const carried = await publishToDesk(await readWorkspaceFile(arg), desk);
        console.log(
          `Published ${arg} to ${redactDeskUrl(url)}: ${carried.articles} articles, ${carried.claims} claims, ${carried.reviews} reviews, ` +
            `${carried.findings} findings, ${carried.auditEvents} audit events.`,
        );
        return 0;
      }
      case 'export': {
        if (!values.out) throw new UsageError('export needs --out FILE');
        const ws = await exportDesk(desk, values.out, values.backup ? 'backup' : 'workspace');
        console.log(`Wrote ${values.out} (${values.backup ? 'JSON backup' : 'workspace file'}): ${ws.articles.length} articles, ${ws.claims.length} claims, ${Object.keys(ws.reviews).length} reviews, ${ws.auditLog.length} audit events.`);
        return 0;
      }
      case 'verify': {
        const { broken, events: n } = await desk.verifyAuditTrail();
        if (broken === -1) {
          console.log(`The audit trail of ${desk.location} verifies: ${n} events, one unbroken hash chain.`);
          return 0;
        }
        console.error(`The audit trail of ${desk.location} is BROKEN at event ${broken}: it may have been altered.`);
        return 1;
      }
      case 'who': {
        const here = await desk.presence();
        console.log(here.length === 0 ? 'Nobody is on the desk right now.' : here.map((p) => `${p.editor} on ${p.host}: ${p.articleId ?? '(no article open)'}`).join('\n'));
        return 0;
      }
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    await desk.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof ClusterError || error instanceof DeskUrlError;
    console.error(known || error instanceof Error ? (error as Error).message : String(error));
    process.exit(known ? 2 : 1);
  },
);
