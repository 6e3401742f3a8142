// TLS options pass through the desk URL, against a real server speaking TLS: a cluster of its own
// with a certificate signed by a test authority (openssl). verify-full with that authority's
// certificate opens the desk over TLS (every connection of the desk encrypted); another authority,
// or pg's strict reading of sslmode=require without the authority, is refused in a sentence that
// names no password; libpq's meaning of require (encrypt, do not verify) is asked for in the URL.
import { execFile } from 'node:child_process';
import { chown, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalCluster, type LocalCluster } from '../../electron/store/postgres/cluster';
import { importArticle, openDesk, verifyCommit, withClient } from './helpers';

const run = promisify(execFile);

/** A certificate authority (key + self-signed certificate) in `dir`, named `name`. */
async function authority(dir: string, name: string): Promise<{ key: string; cert: string }> {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', key, '-out', cert]);
  return { key, cert };
}

describe('TLS options in the desk URL (real server with TLS)', () => {
  let cluster: LocalCluster;
  let ca: { key: string; cert: string };
  let other: { key: string; cert: string };
  let work: string;

  beforeAll(async () => {
    // The cluster's own folder (made the server user's when running as root), the test's files beside its data.
    work = await mkdtemp(join(tmpdir(), 'crosscheck-desk-tls-'));
    cluster = await createLocalCluster({ dir: work, throwaway: true });
    ca = await authority(work, 'newsroom-test-ca');
    other = await authority(work, 'someone-else-ca');
    // The server's certificate, for 127.0.0.1, signed by the newsroom's authority.
    const key = join(cluster.dir, 'server.key');
    const csr = join(work, 'server.csr');
    const cert = join(cluster.dir, 'server.crt');
    const ext = join(work, 'server.ext');
    await writeFile(ext, 'subjectAltName = IP:127.0.0.1, DNS:localhost\n');
    await run('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', csr]);
    await run('openssl', ['x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', '-days', '2', '-extfile', ext, '-out', cert]);
    // The server reads them as its own user (the cluster folder's owner), the key private to it.
    const owner = await stat(cluster.dir);
    for (const f of [key, cert]) await chown(f, owner.uid, owner.gid);
    await run('chmod', ['600', key]);
    await cluster.psql(`ALTER SYSTEM SET ssl_cert_file = '${cert}'`);
    await cluster.psql(`ALTER SYSTEM SET ssl_key_file = '${key}'`);
    await cluster.psql('ALTER SYSTEM SET ssl = on');
    await cluster.stop('fast');
    await cluster.start();
    expect((await cluster.psql('SHOW ssl')).trim()).toBe('on');
  });

  afterAll(async () => {
    await cluster?.destroy();
  });

  const withParams = (params: Record<string, string>) => {
    const url = new URL(cluster.url);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.toString();
  };

  it('sslmode=verify-full with sslrootcert: the desk opens and works over TLS, every connection of it encrypted', async () => {
    const url = withParams({ sslmode: 'verify-full', sslrootcert: ca.cert });
    const lan = await openDesk(url, 'Lan');
    try {
      const [id] = await importArticle(lan, 1, 2);
      await lan.commit(verifyCommit(id!, 'Lan'));
      expect((await lan.reviews([id!]))[0]?.status).toBe('verified');
      expect(lan.location).not.toContain(cluster.password);
      // The desk's connections (its pool and its listener), as the server sees them.
      const seen = await withClient(cluster.url, async (c) =>
        (
          await c.query<{ ssl: boolean }>(
            "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'crosscheck' AND a.datname = $1",
            [cluster.database],
          )
        ).rows.map((r) => r.ssl),
      );
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(seen.every(Boolean)).toBe(true);
    } finally {
      await lan.close();
    }
  });

  it('a certificate the given authority did not sign is refused at once, without the password in the message', async () => {
    const url = withParams({ sslmode: 'verify-full', sslrootcert: other.cert });
    const t0 = performance.now();
    const error = await openDesk(url, 'Lan').catch((e: unknown) => e);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/certificate/i);
    expect((error as Error).message).not.toContain(cluster.password);
  });

  it("sslmode=require is verified by pg (the newsroom's authority is needed); uselibpqcompat=true gives libpq's require (encrypted, not verified)", async () => {
    const strict = await openDesk(withParams({ sslmode: 'require' }), 'Lan').catch((e: unknown) => e);
    expect(strict).toBeInstanceOf(Error);
    expect((strict as Error).message).toMatch(/certificate/i);
    const lan = await openDesk(withParams({ uselibpqcompat: 'true', sslmode: 'require' }), 'Lan', { live: false });
    try {
      expect(await lan.claims()).toHaveLength(2);
    } finally {
      await lan.close();
    }
  });
});
