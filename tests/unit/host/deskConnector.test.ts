// Settings → Shared desk, main-process side: the URL and password handling (the password never in
// the app's config file, the logs or a message), and a desk that cannot be reached leaving the
// editor on their workspace (the real worker and a refused connection: tests/e2e/shared-desk.spec.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskStatus } from '../../../shared/ipc/contract';
import type { MethodName } from '../../../shared/ipc/methods';
import { err, ok, type Result } from '../../../shared/result';
import { DeskConnector, deskConnection, readDeskConfig, type SecretBox, type SwitchableHost } from '../../../electron/host/deskConnector';
import type { HostOptions } from '../../../electron/host/protocol';
import { tempDir } from '../helpers';

const PASSWORD = 'S3cret:p@ss/wörd%41';
const LOCAL: HostOptions = { workspacePath: '/tmp/none/workspace', seedsDir: null, defaultReviewer: 'os-user' };

/** A stand-in for the service host: records what it was asked to open; a switch can be made to fail. */
class FakeHost implements SwitchableHost {
  current: HostOptions = LOCAL;
  switched: HostOptions[] = [];
  failWith: string | null = null;
  async switchTo(host: HostOptions): Promise<void> {
    this.switched.push(host);
    if (this.failWith) throw new Error(this.failWith);
    this.current = host;
  }
  async reopen(host: HostOptions): Promise<void> {
    this.current = host;
  }
  async call(method: MethodName): Promise<Result<unknown>> {
    if (method === 'getWorkspaceInfo') return ok({ settings: { reviewerName: 'Lan' } });
    if (method === 'getDeskStatus') {
      const url = this.current.desk ? 'postgres://crosscheck@db.example:5432/desk' : null;
      return ok({ mode: this.current.desk ? 'desk' : 'local', url, state: url ? 'online' : null, editor: url ? 'Lan (lan)' : null, others: [], pending: 0 });
    }
    return err('internal', 'unexpected');
  }
  abandoned = 0;
  async abandonDesk(): Promise<{ notSent: number; unconfirmed: number }> {
    this.abandoned++;
    return { notSent: 2, unconfirmed: 0 };
  }
}

/** A reversible stand-in for the OS keychain's encryption (the real one is Electron's safeStorage). */
const box: SecretBox = {
  available: () => true,
  encrypt: (text) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (data) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'),
};

describe('shared desk connection from Settings (main side)', () => {
  const logged: string[] = [];
  beforeEach(() => {
    logged.length = 0;
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it('puts a typed password into the connection URL, percent-encoded, and shows the URL without it', () => {
    const c = deskConnection('postgres://crosscheck@db.example:5432/desk?sslmode=require', PASSWORD);
    expect(decodeURIComponent(new URL(c.connect).password)).toBe(PASSWORD);
    expect(new URL(c.connect).searchParams.get('sslmode')).toBe('require');
    expect(c.shown).toBe('postgres://crosscheck@db.example:5432/desk?sslmode=require');
    // A password typed inside the URL is taken from there, and still never shown.
    const inUrl = deskConnection(`postgres://crosscheck:${encodeURIComponent(PASSWORD)}@db.example/desk`, undefined);
    expect(inUrl.password).toBe(PASSWORD);
    expect(inUrl.shown).not.toContain(encodeURIComponent(PASSWORD));
    expect(() => deskConnection('mysql://db.example/desk', undefined)).toThrow(/postgres:\/\//);
  });

  it('connects with the password and the editor name, and writes neither the password nor a way to read it to the config file', async () => {
    const dir = await tempDir();
    const configPath = join(dir, 'desk.json');
    const host = new FakeHost();
    const desk = new DeskConnector({ host, local: LOCAL, configPath, secrets: null, language: () => 'vi' });
    const answer = (await desk.call('connectDesk', { url: 'postgres://crosscheck@db.example:5432/desk', password: PASSWORD, remember: true })) as Result<DeskStatus>;
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value).toMatchObject({ mode: 'desk', savedUrl: 'postgres://crosscheck@db.example:5432/desk', remembered: false, canRemember: false });
    // The worker got the password (in memory) and the local workspace's reviewer name.
    expect(host.switched[0]?.desk?.reviewerName).toBe('Lan');
    expect(decodeURIComponent(new URL(host.switched[0]!.desk!.url).password)).toBe(PASSWORD);
    const file = await readFile(configPath, 'utf8');
    expect(file).not.toContain(PASSWORD);
    expect(file).not.toContain(encodeURIComponent(PASSWORD));
    expect(file).not.toContain('S3cret');
    // No keychain: "remember" cannot be honoured, so nothing sealed is kept either.
    expect(JSON.parse(file)).toEqual({ url: 'postgres://crosscheck@db.example:5432/desk', reviewerName: 'Lan', autoConnect: true });
    expect(logged.join('\n')).not.toContain('S3cret');
  });

  it('remembers a password only sealed by the OS keychain, reuses it for the same desk, and forgets it on request', async () => {
    const dir = await tempDir();
    const configPath = join(dir, 'desk.json');
    const host = new FakeHost();
    const desk = new DeskConnector({ host, local: LOCAL, configPath, secrets: box, language: () => 'en' });
    const url = 'postgres://crosscheck@db.example:5432/desk';
    expect((await desk.connect({ url, password: PASSWORD, remember: true })).ok).toBe(true);
    const file = await readFile(configPath, 'utf8');
    expect(file).not.toContain('S3cret');
    expect(file).not.toContain(encodeURIComponent(PASSWORD));
    const saved = JSON.parse(file) as { sealedPassword?: string };
    expect(saved.sealedPassword).toBeTruthy();
    expect(Buffer.from(saved.sealedPassword!, 'base64').toString('utf8')).not.toContain('S3cret');

    await desk.disconnect();
    expect(host.current.desk).toBeUndefined();
    // Next start: back on the desk without typing (a fresh connector reads the file).
    const next = new DeskConnector({ host, local: LOCAL, configPath, secrets: box, language: () => 'en' });
    expect(await next.resume()).toBeNull(); // a disconnect clears the automatic reconnect
    const again = await next.connect({ url });
    expect(again.ok && again.value.remembered).toBe(true);
    expect(decodeURIComponent(new URL(host.switched.at(-1)!.desk!.url).password)).toBe(PASSWORD);
    // Another desk never gets this one's password.
    await next.connect({ url: 'postgres://crosscheck@other.example:5432/desk' });
    expect(new URL(host.switched.at(-1)!.desk!.url).password).toBe('');
    await next.connect({ url, password: PASSWORD, remember: true });
    await next.disconnect({ forget: true });
    expect(JSON.parse(await readFile(configPath, 'utf8')).sealedPassword).toBeUndefined();
  });

  it('a desk that refuses the connection: a clear sentence without the password, the config untouched', async () => {
    const dir = await tempDir();
    const configPath = join(dir, 'desk.json');
    const host = new FakeHost();
    host.failWith = `password authentication failed for postgres://crosscheck:${encodeURIComponent(PASSWORD)}@db.example/desk (${PASSWORD})`;
    const desk = new DeskConnector({ host, local: LOCAL, configPath, secrets: box, language: () => 'vi' });
    const answer = await desk.connect({ url: 'postgres://crosscheck@db.example/desk', password: PASSWORD });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toMatch(/^Không kết nối được bàn biên tập chung postgres:\/\/crosscheck@db\.example\/desk: /);
    expect(answer.error.message).not.toContain('S3cret');
    expect(answer.error.message).toContain('Bạn vẫn đang ở không gian làm việc hiện tại');
    expect(host.current).toBe(LOCAL);
    await expect(readFile(configPath, 'utf8')).rejects.toThrow();
    const bad = await desk.connect({ url: 'postgres://[::1' });
    expect(bad.ok).toBe(false);
  });

  it('a hand-edited config with a password in its URL: the password is dropped when read', async () => {
    const configPath = join(await tempDir(), 'desk.json');
    await writeFile(configPath, JSON.stringify({ url: `postgres://u:${encodeURIComponent(PASSWORD)}@h/db`, reviewerName: 'Lan', autoConnect: true }));
    const config = await readDeskConfig(configPath);
    expect(config?.url).toBe('postgres://u@h/db');
  });

  it('answers "give up" itself (the service host is busy closing the desk): what was given up on, from the host', async () => {
    const host = new FakeHost();
    const connector = new DeskConnector({ host, local: LOCAL, configPath: join(await tempDir(), 'desk.json'), secrets: null, language: () => 'vi' });
    expect(connector.handles('abandonDeskActions')).toBe(true);
    expect(await connector.call('abandonDeskActions', {})).toEqual(ok({ notSent: 2, unconfirmed: 0 }));
    expect(host.abandoned).toBe(1);
  });
});
