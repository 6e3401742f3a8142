import { threadId } from 'node:worker_threads';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../shared/ipc/contract';
import { methodNames } from '../../../shared/ipc/methods';
import { gaveUpMessage, ServiceHostClient, serviceHeapLimitMb, type ServiceHostClientOptions } from '../../../electron/host/client';
import { createHandlers } from '../../../electron/ipc/handlers';
import { startFailureText } from '../../../electron/startFailure';
import { openReadOnly } from '../../../electron/services/open';
import { LOCK_FILE } from '../../../electron/store/lowdb/lock';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import { olderEngineFindings } from '../services/keptAnalysis';
import type { WorkspaceSummary } from '../../../shared/ipc/contract';
import { writeGeneratedArticles } from '../../bench/generate';
import { bundledEntry } from '../bundle';
import { seedsDir, tempDir } from '../helpers';

// Worker threads start slowly on a loaded 2-core machine: the tests share as few as they can.

const running: ServiceHostClient[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()?.stop();
  delete process.env.CROSSCHECK_TEST_NEVER_HEALTHY;
});

let importFolder: string | null = null;
async function startHost(overrides: Partial<ServiceHostClientOptions> & { workspacePath?: string } = {}) {
  const events: DeskEvent[] = [];
  const workspacePath = overrides.workspacePath ?? join(await tempDir(), 'workspace.json');
  const host = new ServiceHostClient({
    host: { workspacePath, seedsDir, defaultReviewer: 'Minh' },
    onEvent: (e) => events.push(e),
    deps: { openExternal: () => undefined, chooseImportPaths: async () => (importFolder ? [importFolder] : null), chooseSavePath: async () => null },
    worker: serviceWorker,
    ...overrides,
  });
  await host.start();
  return { host, events, workspacePath };
}

/** Waits until an event matching `test` has arrived (events are pushed, never asked for). */
async function eventually<T>(events: DeskEvent[], test: (e: DeskEvent) => T | undefined | false): Promise<T> {
  for (let i = 0; i < 3000; i++) {
    for (const e of events) {
      const hit = test(e);
      if (hit) return hit;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no matching event among ${JSON.stringify(events.map((e) => e.type))}`);
}

// The workers bundled once for the file (tests/unit/bundle.ts), as the app runs its built serviceWorker.js: a worker
// started on a TypeScript file compiles the service graph through tsx each time, and these tests start ~40 of them.
// threadPriority.test.ts and packed.test.ts start the TypeScript entry itself.
const serviceWorker = { file: bundledEntry('electron/host/worker.ts') };
const crashingWorker = { file: bundledEntry('tests/unit/host/crashingWorker.ts') };
const slowCheckpointWorker = { file: bundledEntry('tests/unit/host/slowCheckpointWorker.ts') };
const heapSpaceWorker = { file: bundledEntry('tests/unit/host/heapSpaceWorker.ts') };
const deskCallsWorker = { file: bundledEntry('tests/unit/host/deskCallsWorker.ts') };

describe('service host worker heap', { timeout: 180_000 }, () => {
  it('runs with a young generation of 12 MB (semi-spaces of 4 MB: short scavenges while a big workspace loads)', async () => {
    const { host } = await startHost({ worker: heapSpaceWorker });
    const answer = (await host.call('getWorkspaceInfo', {})) as { ok: true; value: { path: string } };
    const [newSpaceBytes, kept] = answer.value.path.split(' ').map(Number);
    expect(kept).toBe(1_000_000);
    // Two semi-spaces of at most 4 MB (V8's default for a worker grows them to 16 MB: 33.5 MB).
    expect(newSpaceBytes).toBeGreaterThan(0);
    expect(newSpaceBytes).toBeLessThanOrEqual(8 * 1024 * 1024 + 256 * 1024);
  });

  it("counts the desk's calls in flight while they run, so background work takes short steps meanwhile; a call answered or failed no longer counts", async () => {
    const { host } = await startHost({ worker: deskCallsWorker });
    const seen = async (): Promise<string> => ((await host.call('getWorkspaceInfo', {})) as { ok: true; value: { path: string } }).value.path;
    // Alone: itself, and the background's step cut from 8 ms to SLICE_WHILE_CALLED_MS.
    expect(await seen()).toBe('1 1');
    // Three sent together: each runs while the others are in flight.
    expect(await Promise.all([seen(), seen(), seen()])).toEqual(['3 1', '3 1', '3 1']);
    // A failed call ends too.
    expect(((await host.call('listArticles', {})) as { ok: boolean }).ok).toBe(false);
    expect(await seen()).toBe('1 1');
  });

  it("has a heap of half the machine's memory, between 4 and 16 GB, under Node (V8's worker default is some 4 GB whatever the machine)", async () => {
    expect(serviceHeapLimitMb(8 * 2 ** 30)).toBe(4096);
    expect(serviceHeapLimitMb(24 * 2 ** 30)).toBe(12288);
    expect(serviceHeapLimitMb(64 * 2 ** 30)).toBe(16384);
    const { host } = await startHost({ worker: heapSpaceWorker });
    const answer = (await host.call('getWorkspaceInfo', {})) as { ok: true; value: { path: string } };
    const limit = Number(answer.value.path.split(' ')[2]);
    // The old generation's limit plus V8's young generation and overheads (some tens of MB).
    expect(limit).toBeGreaterThanOrEqual(serviceHeapLimitMb() * 1048576);
    expect(limit).toBeLessThan((serviceHeapLimitMb() + 128) * 1048576);
  });
});

describe('service host (workspace services in a worker thread)', { timeout: 180_000 }, () => {
  let shared: Awaited<ReturnType<typeof startHost>>;
  // Not tempDir(): that one is emptied after each test, and this workspace lives for the block.
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'crosscheck-host-'));
    shared = await startHost({ workspacePath: join(folder, 'workspace.json') });
  }, 180_000);
  afterAll(async () => {
    await shared.host.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('answers forwarded calls from a worker thread with Result values', async () => {
    const { host } = shared;
    expect(host.threadId).not.toBeNull();
    expect(host.threadId).not.toBe(threadId);
    expect(await host.call('getWorkspaceInfo', {})).toMatchObject({ ok: true, value: { articleCount: 5 } });
    // The worker checks the input again: a call that bypassed the main-side check still cannot pass garbage.
    expect(await host.call('getArticle', { articleId: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await host.call('getArticle', { articleId: 'a_missing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers an editor\'s edits in the order they were sent: a verdict picked while its "verify" is being saved is kept', async () => {
    const { host } = shared;
    const page = (await host.call('listClaims', { offset: 0, limit: 5 })) as { ok: true; value: { rows: Array<{ id: string }> } };
    const claimIds = page.value.rows.map((r) => r.id);
    // Sent back to back, as the desk does when the editor presses v and picks a verdict at once.
    const answers = await Promise.all(
      claimIds.flatMap((claimId) => [
        host.call('reviewClaim', { claimId, status: 'verified' }),
        host.call('reviewClaim', { claimId, status: 'verified', verdict: 'true' }),
        host.call('reviewClaim', { claimId, status: 'verified', verdict: 'true', note: 'nguồn: Cục Thống kê' }),
      ]),
    );
    for (const a of answers) expect(a).toMatchObject({ ok: true });
    const articleIds = new Set<string>();
    const all = (await host.call('listClaims', { offset: 0, limit: 5 })) as { ok: true; value: { rows: Array<{ id: string; articleId: string; status: string }> } };
    for (const r of all.value.rows) articleIds.add(r.articleId);
    const reviews: Array<{ claimId: string; verdict?: string | null; note: string | null }> = [];
    for (const articleId of articleIds) {
      const article = (await host.call('getArticle', { articleId })) as { ok: true; value: { reviews: typeof reviews } };
      reviews.push(...article.value.reviews.filter((x) => claimIds.includes(x.claimId)));
    }
    expect(reviews).toHaveLength(claimIds.length);
    for (const r of reviews) expect(r).toMatchObject({ verdict: 'true', note: 'nguồn: Cục Thống kê' });
  });

  it('has no poll method: job progress, the result and the new counts are pushed as events', async () => {
    expect(methodNames as readonly string[]).not.toContain('jobStatus');
    const folder = await tempDir();
    for (let i = 0; i < 12; i++) {
      await writeFile(join(folder, `bai-${i}.txt`), `Tin số ${i}\n\nNăm 2023, tỉnh Bắc Giang có ${100 + i} doanh nghiệp công nghệ số, tăng ${i + 3}% so với năm trước.\n`);
    }
    importFolder = folder;
    const { host, events } = shared;
    const started = await host.call('startImport', { mode: 'folder' });
    importFolder = null;
    expect(started).toMatchObject({ ok: true });
    const jobId = (started as { ok: true; value: { jobId: string } }).value.jobId;
    const done = await eventually(events, (e) => e.type === 'job' && e.job.id === jobId && e.job.state !== 'running' && e.job);
    expect(done.state).toBe('finished');
    expect(done.result && 'imported' in done.result ? done.result.imported.length : -1).toBe(12);
    expect(events.some((e) => e.type === 'job' && e.job.id === jobId && e.job.state === 'running')).toBe(true);
    // The end of the job changed the counts: a summary follows, with the new article count.
    const summary = await eventually(events, (e) => e.type === 'summary' && e.summary.articleCount === 17 && e.summary);
    expect(summary.claimCount).toBeGreaterThan(0);
  });

  it('recovers from a worker killed from outside: listeners are told, and the workspace is reopened from disk', async () => {
    const { host, events } = shared;
    await host.simulateCrash();
    await eventually(events, (e) => e.type === 'host' && e.state === 'restarting');
    await eventually(events, (e) => e.type === 'host' && e.state === 'ready');
    expect(await host.call('getWorkspaceInfo', {})).toMatchObject({ ok: true, value: { articleCount: 17 } });
  });

  it('reopens another workspace in the same worker', async () => {
    const { host } = shared;
    const before = host.threadId;
    await host.reopen({ workspacePath: join(folder, 'other.json'), seedsDir: null, defaultReviewer: 'Lan' });
    expect(await host.call('getWorkspaceInfo', {})).toMatchObject({ ok: true, value: { articleCount: 0 } });
    expect(host.threadId).toBe(before);
  });
});

describe('service host crashes', { timeout: 180_000 }, () => {
  it('reports a crash to the call in flight and to listeners, restarts with the saved work, and gives up after repeated crashes', async () => {
    const { host, events } = await startHost({ maxRestarts: 1, worker: crashingWorker });
    running.push(host);
    const articles = (await host.call('listArticles', {})) as { ok: true; value: Array<{ id: string }> };
    const first = articles.value[0]?.id as string;
    const article = (await host.call('getArticle', { articleId: first })) as { ok: true; value: { claims: Array<{ id: string }> } };
    const claimId = article.value.claims[0]?.id as string;
    expect(await host.call('reviewClaim', { claimId, status: 'verified' })).toMatchObject({ ok: true });
    const firstThread = host.threadId;

    const crashed = await host.call('analyze', {});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(crashed.ok ? '' : crashed.error.message).toMatch(/dừng đột ngột/);
    await eventually(events, (e) => e.type === 'host' && e.state === 'restarting');
    // A call made while the worker restarts waits for it, then is answered from the reopened workspace.
    const again = (await host.call('getArticle', { articleId: first })) as { ok: true; value: { reviews: Array<{ claimId: string; status: string }> } };
    expect(again.value.reviews.find((r) => r.claimId === claimId)?.status).toBe('verified');
    await eventually(events, (e) => e.type === 'host' && e.state === 'ready');
    expect(host.threadId).not.toBe(firstThread);

    // A second crash within the minute is one too many (maxRestarts: 1): no restart loop, a clear sentence.
    expect(await host.call('analyze', {})).toMatchObject({ ok: false });
    await eventually(events, (e) => e.type === 'host' && e.state === 'failed');
    const after = await host.call('getWorkspaceInfo', {});
    expect(after).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(after.ok ? '' : after.error.message).toMatch(/liên tục dừng đột ngột/);
  });

  it('gives up at the 3rd crash in a row before the workspace is healthy, however slow the cycle (20 minutes each): a workspace that kills the worker after each reopening does not loop for ever', async () => {
    // An injected clock: each crash comes 20 minutes after the previous one, as an analysis of a big
    // import that runs out of memory a long while after each reopening would; it never finishes.
    process.env.CROSSCHECK_TEST_NEVER_HEALTHY = '1';
    let clock = 0;
    const { host, events, workspacePath } = await startHost({ worker: crashingWorker, now: () => clock });
    running.push(host);
    const restarts = () => events.filter((e) => e.type === 'host' && e.state === 'ready').length;
    for (let crash = 1; crash <= 2; crash++) {
      clock += 20 * 60_000;
      expect(await host.call('analyze', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
      await eventually(events, () => restarts() === crash);
    }
    expect(events.some((e) => e.type === 'host' && e.state === 'failed')).toBe(false);
    clock += 20 * 60_000;
    expect(await host.call('analyze', {})).toMatchObject({ ok: false });
    const failed = await eventually(events, (e) => e.type === 'host' && e.state === 'failed' && e);
    // The sentence says what is true and what helps: reopening the app reopens the same workspace.
    const message = failed.type === 'host' ? failed.message : '';
    expect(message).toMatch(/liên tục dừng đột ngột trên không gian làm việc này/);
    expect(message).toContain(workspacePath);
    expect(message).toMatch(/được giữ nguyên/);
    expect(message).toMatch(/thoát Crosscheck rồi khởi động với một không gian làm việc khác: đặt biến môi trường CROSSCHECK_WORKSPACE/);
    expect(message).not.toMatch(/đóng và mở lại/);
    const after = await host.call('getWorkspaceInfo', {});
    expect(after).toMatchObject({ ok: false, error: { code: 'internal', message } });
    expect(restarts()).toBe(2);
    expect(host.threadId).toBeNull();
  });

  it('a crash after the workspace was healthy starts a new count: three crashes 4 minutes apart, each after a healthy point, restart', async () => {
    let clock = 0;
    const { host, events } = await startHost({ worker: crashingWorker, now: () => clock });
    running.push(host);
    const restarts = () => events.filter((e) => e.type === 'host' && e.state === 'ready').length;
    for (let crash = 1; crash <= 3; crash++) {
      clock += 4 * 60_000;
      expect(await host.call('analyze', {})).toMatchObject({ ok: false });
      await eventually(events, () => restarts() === crash);
    }
    expect(events.some((e) => e.type === 'host' && e.state === 'failed')).toBe(false);
    expect(await host.call('getWorkspaceInfo', {})).toMatchObject({ ok: true });
  });

  it('counts crashes in a row per workspace: two crashes on one, then a crash after opening another, restarts', async () => {
    process.env.CROSSCHECK_TEST_NEVER_HEALTHY = '1';
    let clock = 0;
    const { host, events } = await startHost({ worker: crashingWorker, now: () => clock });
    running.push(host);
    const restarts = () => events.filter((e) => e.type === 'host' && e.state === 'ready').length;
    for (let crash = 1; crash <= 2; crash++) {
      clock += 4 * 60_000;
      expect(await host.call('analyze', {})).toMatchObject({ ok: false });
      await eventually(events, () => restarts() === crash);
    }
    // The editor opens another workspace; its first crash is not the first one's third.
    await host.reopen({ workspacePath: join(await tempDir(), 'other.json'), seedsDir: null, defaultReviewer: 'Lan' });
    clock += 60_000 + 1;
    expect(await host.call('analyze', {})).toMatchObject({ ok: false });
    await eventually(events, () => restarts() === 3);
    expect(events.some((e) => e.type === 'host' && e.state === 'failed')).toBe(false);
    expect(await host.call('getWorkspaceInfo', {})).toMatchObject({ ok: true, value: { articleCount: 0 } });
  });

  it('counts crashes in a row per workspace however its path is spelled: a symbolic link and a trailing slash to the same folder are the same workspace', async () => {
    process.env.CROSSCHECK_TEST_NEVER_HEALTHY = '1';
    const base = await tempDir();
    await mkdir(join(base, 'real', 'ws'), { recursive: true });
    await symlink(join(base, 'real'), join(base, 'link'));
    let clock = 0;
    const { host, events } = await startHost({ worker: crashingWorker, now: () => clock, workspacePath: join(base, 'real', 'ws') });
    running.push(host);
    const restarts = () => events.filter((e) => e.type === 'host' && e.state === 'ready').length;
    clock += 4 * 60_000;
    expect(await host.call('analyze', {})).toMatchObject({ ok: false });
    await eventually(events, () => restarts() === 1);
    // The same folder by a trailing slash, then through a link: the 2nd and 3rd crashes of one workspace.
    await host.reopen({ workspacePath: `${join(base, 'real', 'ws')}/`, seedsDir: null, defaultReviewer: 'Lan' });
    clock += 4 * 60_000;
    expect(await host.call('analyze', {})).toMatchObject({ ok: false });
    await eventually(events, () => restarts() === 2);
    await host.reopen({ workspacePath: join(base, 'link', 'ws'), seedsDir: null, defaultReviewer: 'Lan' });
    clock += 4 * 60_000;
    expect(await host.call('analyze', {})).toMatchObject({ ok: false });
    await eventually(events, (e) => e.type === 'host' && e.state === 'failed');
    expect(restarts()).toBe(2);
  });

  it('after giving up, says in English too that the workspace is untouched and how to start on another one', () => {
    const message = gaveUpMessage('en', { workspacePath: '/home/lan/ws', seedsDir: null, defaultReviewer: 'Lan' });
    expect(message).toMatch(/keeps stopping on this workspace \(\/home\/lan\/ws\)/);
    expect(message).toMatch(/files are left as they are/);
    expect(message).toMatch(/Reopening the app opens the same workspace again/);
    expect(message).toMatch(/quit Crosscheck and start it with another workspace: set the environment variable CROSSCHECK_WORKSPACE/);
    expect(message).not.toMatch(/Close and reopen/);
  });

  it('main opens only web links, whatever the worker asks: a file: link from a faulty worker is refused', async () => {
    const opened: string[] = [];
    const deps = { openExternal: (url: string) => void opened.push(url), chooseImportPaths: async () => null, chooseSavePath: async () => null };
    // The real worker: the web link reaches the browser.
    const real = await startHost({ deps });
    running.push(real.host);
    expect(await real.host.call('openExternal', { url: 'https://baobacgiang.vn/' })).toMatchObject({ ok: true });
    expect(opened).toEqual(['https://baobacgiang.vn/']);
    // A worker that asks for file:///etc/passwd instead: refused in main, nothing opened.
    const faulty = await startHost({ worker: crashingWorker, deps });
    running.push(faulty.host);
    expect(await faulty.host.call('openExternal', { url: 'https://baobacgiang.vn/' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(opened).toEqual(['https://baobacgiang.vn/']);
  });

  it('a save in flight when the worker dies is answered (saved, or the crash sentence), never left waiting; the dead thread\'s lock is let go; the next save works; nothing answered as saved is lost', async () => {
    const { host, events, workspacePath } = await startHost();
    running.push(host);
    const page = (await host.call('listClaims', { offset: 0, limit: 40 })) as { ok: true; value: { rows: Array<{ id: string }> } };
    const claims = page.value.rows.map((r) => r.id);
    expect(claims.length).toBe(40);
    const lockBefore = JSON.parse(await readFile(join(workspacePath, LOCK_FILE), 'utf8')) as { pid: number; startedAt: string };
    expect(lockBefore.pid).toBe(process.pid);

    // 30 saves sent at once; the worker is killed as soon as the first is answered, with the rest in flight.
    const saves = claims.slice(0, 30).map((claimId) => host.call('reviewClaim', { claimId, status: 'verified' }).then((result) => ({ claimId, result })));
    await Promise.race(saves);
    await host.simulateCrash();
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      Promise.all(saves),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('a save in flight was never answered')), 60_000);
      }),
    ]);
    clearTimeout(timer);
    const saved = answered.filter((a) => a.result.ok).map((a) => a.claimId);
    const failed = answered.filter((a) => !a.result.ok);
    expect(saved.length).toBeGreaterThan(0);
    for (const f of failed) {
      expect(f.result).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(f.result.ok ? '' : f.result.error.message).toMatch(/dừng đột ngột.*có thể chưa được lưu/);
    }

    await eventually(events, (e) => e.type === 'host' && e.state === 'ready');
    // The restarted worker holds the lock afresh (the dead thread's one was let go, not inherited).
    const lockAfter = JSON.parse(await readFile(join(workspacePath, LOCK_FILE), 'utf8')) as { pid: number; startedAt: string };
    expect(lockAfter.pid).toBe(process.pid);
    expect(lockAfter.startedAt).not.toBe(lockBefore.startedAt);
    // The next save works.
    const next = claims[35] as string;
    expect(await host.call('reviewClaim', { claimId: next, status: 'flagged', note: 'sau sự cố' })).toMatchObject({ ok: true, value: { status: 'flagged' } });

    await host.stop();
    expect(existsSync(join(workspacePath, LOCK_FILE))).toBe(false);
    // Read back from disk: every save answered as saved is there, and the one after the restart.
    const reader = await openReadOnly(workspacePath);
    try {
      const handlers = createHandlers(reader, { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null });
      const rows = (await handlers.listClaims({ offset: 0, limit: 40 })) as { rows: Array<{ id: string; status: string }> };
      const status = new Map(rows.rows.map((r) => [r.id, r.status]));
      for (const claimId of saved) expect(status.get(claimId)).toBe('verified');
      expect(status.get(next)).toBe('flagged');
    } finally {
      await reader.close();
    }
  });

  it('refuses to start when the workspace cannot be opened, with the reason', async () => {
    const dir = await tempDir();
    // The workspace's folder is a file: nothing can be created there.
    await writeFile(join(dir, 'not-a-folder'), 'x');
    await expect(startHost({ workspacePath: join(dir, 'not-a-folder', 'workspace.json') })).rejects.toThrow(/EEXIST|ENOTDIR/);
  });

  it('refuses to start on a workspace another computer holds, with the store\'s sentence in both languages (how to free it), which the app shows at start', async () => {
    const dir = join(await tempDir(), 'workspace');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 4242, host: 'may-bien-tap-2', startedAt: '2026-12-01T08:00:00.000Z' }));
    const refused = await startHost({ workspacePath: dir }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ vi: expect.stringContaining(`hãy xóa tệp khóa ${join(dir, LOCK_FILE)}`), en: expect.stringContaining('delete the lock file') });
    const shown = startFailureText(refused);
    expect(shown.body).toContain('tiến trình 4242 trên máy may-bien-tap-2');
    expect(shown.body).toContain('process 4242 on may-bien-tap-2');
    // Nothing was taken over: the other computer's lock is as it wrote it.
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 4242, host: 'may-bien-tap-2' });
  });

  it("pushes the new counts once the open's background analysis changed the findings, unasked: the desk reads its findings again", async () => {
    const dir = await tempDir();
    const workspacePath = join(dir, 'ws.json');
    const first = await startHost({ workspacePath });
    const before = await first.host.call('getSummary', {});
    if (!before.ok) throw new Error(before.error.message);
    const counts = (before.value as WorkspaceSummary).findings;
    expect(counts.open).toBeGreaterThan(0);
    await first.host.stop();
    // Another engine's findings, one of them missing: the next open analyses everything again in the
    // background and puts it back, with no call from the desk.
    await olderEngineFindings(workspacePath);
    const { host, events } = await startHost({ workspacePath });
    running.push(host);
    const pushed = await eventually(events, (e) => e.type === 'summary' && e.summary.findings.signature === counts.signature && e.summary);
    expect(pushed.findings.open).toBe(counts.open);
  }, 120_000);

  it('on quit waits for the checkpoint after an import, however long it takes: the next start replays no journal', async () => {
    const dir = await tempDir();
    importFolder = writeGeneratedArticles(join(dir, 'articles'), 30);
    const { host, events, workspacePath } = await startHost({ worker: slowCheckpointWorker, workspacePath: join(dir, 'ws.json') });
    const started = await host.call('startImport', { mode: 'folder' });
    if (!started.ok) throw new Error(started.error.message);
    const jobId = (started.value as { jobId: string }).jobId;
    await eventually(events, (e) => e.type === 'job' && e.job.id === jobId && e.job.state === 'finished');
    const journal = join(workspacePath, 'journal');
    const journalBytes = async () => {
      let total = 0;
      for (const name of await readdir(journal)) total += (await stat(join(journal, name))).size;
      return total;
    };
    // The import is in the journal; its compaction has started in the background (slowly).
    expect(await journalBytes()).toBeGreaterThan(100_000);
    await host.stop();
    const store = (await openWorkspaceStore(workspacePath, { mode: 'read' })) as LowdbFolderStore;
    try {
      expect(store.replayed.commits).toBe(0);
      expect((await store.counts()).articles).toBe(35);
    } finally {
      await store.close();
    }
    expect(await journalBytes()).toBe(0);
  }, 300_000);
});
