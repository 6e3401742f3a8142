// Starts one throwaway PostgreSQL cluster (initdb + pg_ctl, as the `postgres` user when run as
// root) on a free loopback port in a temp folder for the desk tests, and removes it afterwards.
// Missing server binaries fail the run with the install command: nothing is skipped.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLocalCluster, type LocalCluster } from '../../electron/store/postgres/cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    deskAdminUrl: string;
  }
}

let cluster: LocalCluster | null = null;

export async function setup(project: TestProject): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-desk-test-'));
  cluster = await createLocalCluster({ dir, throwaway: true });
  project.provide('deskAdminUrl', cluster.urlFor('postgres'));
}

export async function teardown(): Promise<void> {
  await cluster?.destroy();
  cluster = null;
}
