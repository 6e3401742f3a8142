// `npm run desk:local -- <folder> [--stop]`: a private PostgreSQL cluster for trying the shared
// desk on one machine. Creates it in <folder> on 127.0.0.1 (or starts the one already there),
// creates the desk's tables, and prints the URL to give the app or the CLI.
import { parseArgs } from 'node:util';
import { ClusterError, createLocalCluster, stopLocalCluster } from './cluster';
import { localIdentity, PostgresWorkspaceStore } from './pgStore';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { stop: { type: 'boolean' }, port: { type: 'string' }, help: { type: 'boolean' } },
  });
  const folder = positionals[0];
  if (values.help || !folder) {
    console.log('Usage: npm run desk:local -- <folder> [--port N]   create/start a private desk server in <folder>\n' +
      '       npm run desk:local -- <folder> --stop           stop it');
    return folder || values.help ? 0 : 2;
  }
  const port = values.port ? Number(values.port) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error(`--port must be a TCP port number, got "${values.port}"`);
    return 2;
  }
  if (values.stop) {
    await stopLocalCluster(folder);
    console.log(`Stopped the desk server in ${folder} (its data stays there; run the same command without --stop to start it again).`);
    return 0;
  }
  const cluster = await createLocalCluster({ dir: folder, port });
  // Creating the desk's tables now proves the URL works before anyone relies on it.
  const store = await PostgresWorkspaceStore.open({ url: cluster.url, identity: localIdentity('desk:local'), live: false });
  await store.close();
  console.log(
    [
      `Shared desk server running in ${cluster.dir} (PostgreSQL on 127.0.0.1:${cluster.port}, reachable from this machine only).`,
      '',
      `  CROSSCHECK_DATABASE_URL='${cluster.url}'`,
      '',
      'Use it from the CLI:  CROSSCHECK_DATABASE_URL=… npm run cli -- list   (or --database <url>)',
      'or in the app: Settings → "Bàn biên tập chung" / "Shared desk".',
      `The password is kept only in ${cluster.dir}/crosscheck-cluster.json (readable by you alone).`,
      `Stop it: npm run desk:local -- ${folder} --stop`,
    ].join('\n'),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ClusterError || error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
