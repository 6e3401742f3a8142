// A desk created by a newer Crosscheck, as the editor meets it: through Settings (the real service
// host worker and the main side's connector) and through the CLI, the refusal is one sentence in
// the editor's language (Vietnamese, or English), naming the version, and nothing is changed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceHostClient } from '../../electron/host/client';
import { DeskConnector } from '../../electron/host/deskConnector';
import { redactDeskUrl } from '../../electron/store/postgres/connection';
import { DESK_SCHEMA_VERSION } from '../../electron/store/postgres/sql';
import type { Lang } from '../../shared/i18n/labels';
import { cli } from '../unit/cli/helpers';
import { freshDatabase, openDesk, withClient } from './helpers';

const NEWER = DESK_SCHEMA_VERSION + 7;

describe('a desk from a newer Crosscheck is refused in the editor\'s language (real server)', () => {
  let url: string;
  let password: string;
  let dir: string;
  let host: ServiceHostClient | null = null;

  beforeAll(async () => {
    url = await freshDatabase('newer');
    password = decodeURIComponent(new URL(url).password);
    const made = await openDesk(url, 'Lan', { live: false });
    await made.close();
    await withClient(url, (c) => c.query("INSERT INTO schema_version (version, name, app_version) VALUES ($1, 'from the future', 'crosscheck 9')", [NEWER]));
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-desk-newer-'));
  });

  afterAll(async () => {
    await host?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('Settings → Shared desk (the real worker): Vietnamese, then English; the editor stays on their workspace', async () => {
    let lang: Lang = 'vi';
    host = new ServiceHostClient({
      host: { workspacePath: join(dir, 'workspace.json'), seedsDir: null, defaultReviewer: 'Lan' },
      onEvent: () => undefined,
      deps: { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null },
    });
    await host.start();
    const desk = new DeskConnector({ host, local: { workspacePath: join(dir, 'workspace.json'), seedsDir: null, defaultReviewer: 'Lan' }, configPath: join(dir, 'desk.json'), language: () => lang });
    const shown = redactDeskUrl(url);

    const vi = await desk.connect({ url: shown, password });
    expect(vi.ok).toBe(false);
    if (vi.ok) return;
    expect(vi.error.message).toMatch(/^Không kết nối được bàn biên tập chung /);
    expect(vi.error.message).toContain(`phiên bản Crosscheck mới hơn (lược đồ bàn ${NEWER}; bản Crosscheck này chỉ biết đến ${DESK_SCHEMA_VERSION})`);
    expect(vi.error.message).toContain('hãy cập nhật Crosscheck');
    // Not an English sentence inside the Vietnamese one.
    expect(vi.error.message).not.toMatch(/newer Crosscheck|Update Crosscheck/);
    expect(vi.error.message).not.toContain(password);

    lang = 'en';
    const en = await desk.connect({ url: shown, password });
    expect(en.ok).toBe(false);
    if (en.ok) return;
    expect(en.error.message).toMatch(/^Cannot connect to the shared desk /);
    expect(en.error.message).toContain(`created by a newer Crosscheck (desk schema version ${NEWER}; this version of Crosscheck knows up to ${DESK_SCHEMA_VERSION})`);
    expect(en.error.message).not.toMatch(/phiên bản|cập nhật/);
    expect(en.error.message).not.toContain(password);

    // Still on the workspace of this computer; the desk untouched.
    const status = await host.call('getDeskStatus', {});
    expect(status.ok && (status.value as { mode: string }).mode).toBe('local');
    expect(await withClient(url, async (c) => (await c.query<{ v: number }>('SELECT max(version) AS v FROM schema_version')).rows[0]!.v)).toBe(NEWER);
  });

  it('the CLI (--database): Vietnamese by default, English with --lang en; exit 3', async () => {
    const vi = await cli(['list', '--database', url]);
    expect(vi.code).toBe(3);
    expect(vi.stderr).toContain(`phiên bản Crosscheck mới hơn (lược đồ bàn ${NEWER}`);
    expect(vi.stderr).not.toMatch(/newer Crosscheck/);
    const en = await cli(['list', '--database', url, '--lang', 'en']);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain(`created by a newer Crosscheck (desk schema version ${NEWER}`);
    expect(en.stderr).not.toMatch(/phiên bản/);
    expect(vi.stderr + vi.stdout + en.stderr + en.stdout).not.toContain(password);
  });
});
