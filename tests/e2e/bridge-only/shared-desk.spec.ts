import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { openDeskService, type DeskService } from '../../../electron/services/desk';
import { createLocalCluster, freeLoopbackPort, type LocalCluster } from '../../../electron/store/postgres/cluster';
import { redactDeskUrl } from '../../../electron/store/postgres/connection';
import { expect, test } from '../fixtures';

// Settings → "Bàn biên tập chung" in the real renderer, over the bridge that runs the real service
// host worker, against a real throwaway PostgreSQL cluster: connect with a URL and a password, see
// another editor's review arrive live and where they are working, lose the server (the state says
// so, an action waits), get it back (the action lands). A second editor works from this process.

const seeds = resolve(import.meta.dirname, '../../../seeds');

let cluster: LocalCluster | null = null;

/** The bridge's app folder (a fresh crosscheck-e2e-* per test) whose desk.json names this desk. */
async function folderWithDeskConfig(shownUrl: string): Promise<string> {
  // The bridge makes its folders in this run's folder (CROSSCHECK_E2E_RUN_DIR, see tests/e2e/runFolder.ts).
  const parent = process.env.CROSSCHECK_E2E_RUN_DIR ?? tmpdir();
  for (const name of await readdir(parent)) {
    if (!name.startsWith('crosscheck-e2e-') || name.startsWith('crosscheck-e2e-desk-')) continue;
    const config = await readFile(join(parent, name, 'desk.json'), 'utf8').catch(() => '');
    if (config.includes(shownUrl)) return join(parent, name);
  }
  throw new Error(`no app folder names ${shownUrl}`);
}

/** Every file under a folder, as text. */
async function filesUnder(folder: string): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.push({ name: relative(folder, path), text: await readFile(path, 'latin1') });
  }
  return out;
}
let minh: DeskService | null = null;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  cluster = await createLocalCluster({ dir: await mkdtemp(join(tmpdir(), 'crosscheck-e2e-desk-')), throwaway: true });
  // Minh opens the new desk first and imports the sample articles into it.
  minh = await openDeskService({ url: cluster.url, reviewerName: 'Minh', identity: { osUser: 'minh' }, store: { retryWindowMs: 60_000 } });
  await minh.importPaths([seeds]);
  // On the desk, no article open yet (the app announces itself the same way when it connects).
  await minh.store.setPresence(null);
});

test.afterAll(async () => {
  await minh?.close();
  await cluster?.destroy();
});

test('connect from Settings, see another editor live, lose the server and get the pending action through', async ({ desk }) => {
  const c = cluster as LocalCluster;
  const other = minh as DeskService;
  const page = await desk.open();
  const shownUrl = redactDeskUrl(c.url);
  // The connection state in the top bar (Settings shows it too).
  const badge = page.getByRole('banner').getByTestId('desk-state');
  expect(shownUrl).not.toContain(c.password);

  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Cài đặt' });
  const section = settings.getByTestId('shared-desk');
  await expect(section).toContainText('Đang dùng không gian làm việc trên máy này.');

  // A desk that refuses the connection: said in one sentence, the editor stays where they were.
  const deadPort = await freeLoopbackPort();
  await section.getByLabel('Địa chỉ cơ sở dữ liệu (URL)').fill(`postgres://${c.user}@127.0.0.1:${deadPort}/${c.database}`);
  await section.getByLabel('Mật khẩu').fill(c.password);
  await section.getByRole('button', { name: 'Kết nối' }).click();
  await expect(section.getByRole('alert')).toContainText('Không kết nối được bàn biên tập chung');
  // In the editor's words, not the driver's (QA31 note e).
  await expect(section.getByRole('alert')).toContainText(`máy chủ 127.0.0.1:${deadPort} từ chối kết nối; PostgreSQL có thể không chạy hoặc không nghe ở cổng này`);
  await expect(section.getByRole('alert')).not.toContainText(c.password);
  await expect(section).toContainText('Đang dùng không gian làm việc trên máy này.');

  // A wrong password: said as such, with the user, in Vietnamese.
  await section.getByLabel('Địa chỉ cơ sở dữ liệu (URL)').fill(shownUrl);
  await section.getByLabel('Mật khẩu').fill('sai-mat-khau-123');
  await section.getByRole('button', { name: 'Kết nối' }).click();
  await expect(section.getByRole('alert')).toContainText(`sai mật khẩu cho người dùng «${c.user}»; hãy kiểm tra lại mật khẩu. Bạn vẫn đang ở không gian làm việc hiện tại.`);
  await expect(section.getByRole('alert')).not.toContainText('password authentication failed');

  // The real desk: the URL without its password, the password apart.
  await section.getByLabel('Địa chỉ cơ sở dữ liệu (URL)').fill(shownUrl);
  await section.getByLabel('Mật khẩu').fill(c.password);
  await section.getByRole('button', { name: 'Kết nối' }).click();
  await expect(section).toContainText(`Đang làm trên bàn ${shownUrl}`);
  await expect(section.getByLabel('Mật khẩu')).toHaveValue('');
  await expect(badge).toContainText('Trực tuyến');
  await page.keyboard.press('Escape');

  // The desk's articles (Minh's import), and the other editor in the status line.
  const first = (await other.listArticles())[0]!;
  await expect(page.locator('.library-item')).toHaveCount(5);
  await page.locator('.library-item', { hasText: first.title ?? '' }).click();
  await expect(page.getByTestId('desk-presence')).toContainText('Minh (minh) — chưa mở bài');
  // This editor is on that article, as the others see it.
  await expect
    .poll(async () => (await other.store.presence()).find((p) => p.editor.startsWith('e2e-editor'))?.articleId ?? null)
    .toBe(first.id);
  await other.store.setPresence(first.id);
  await expect(page.getByTestId('desk-presence')).toContainText(`Minh (minh) — Bài viết: ${first.title}`);

  // Minh verifies a claim of the open article: it turns verified here without a reload.
  const { claims } = await other.getArticle(first.id);
  // Mine: a claim the list filter finds alone (the filter also reads other claims' metric and subject:
  // "nhóm 10" is in the streak's metric "đứng trong nhóm 10 tỉnh").
  const byMinh = claims[0]!;
  const alone = (q: string) => claims.filter((x) => [x.quote, x.metric ?? '', x.subject ?? ''].some((t) => t.toLowerCase().includes(q.toLowerCase()))).length === 1;
  const mine = claims.find((x) => x.id !== byMinh.id && alone(x.quote))!;
  await other.reviewClaim({ claimId: byMinh.id, status: 'verified' });
  const row = page.locator('.claim-item', { hasText: byMinh.quote }).first();
  await expect(row).toHaveClass(/status-verified/, { timeout: 5_000 });

  // Minh dismisses a finding: it leaves this window's open findings and the counts follow, no reload.
  const streak = page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' });
  await expect(streak).toHaveCount(1);
  const counts = page.getByTestId('findings-counts');
  await expect(counts).toContainText('3 mở · 0 đã xử lý · 0 bỏ qua');
  const streakClaim = (await other.store.claims()).find((cl) => cl.quote.includes('bốn năm liên tiếp'))!;
  const finding = (await other.listFindings()).find((f) => f.status === 'open' && f.claimIds.includes(streakClaim.id))!;
  await other.decideFinding({ findingId: finding.id, decision: 'dismiss', note: 'Hai kỳ khác nhau' });
  await expect(streak).toHaveCount(0, { timeout: 5_000 });
  await expect(counts).toContainText('2 mở · 0 đã xử lý · 1 bỏ qua');

  // The server goes away: the state says so, and a verification waits instead of being lost.
  await c.stop('fast');
  await expect(badge).toContainText(/Đang kết nối lại|Mất kết nối/);
  await page.locator('#claim-filter-text').fill(mine.quote);
  await page.locator('.claim-item', { hasText: mine.quote }).first().click();
  await page.keyboard.press('v');
  await expect(badge.getByTestId('desk-pending')).toContainText('1 đang chờ gửi');
  await expect(page.getByTestId('save-state')).toHaveText('Đang lưu…');

  // Back: the kept action lands, the desk is online, and Minh reads it.
  await c.start();
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu', { timeout: 30_000 });
  await expect(badge).toContainText('Trực tuyến');
  await expect(badge.getByTestId('desk-pending')).toHaveCount(0);
  await expect.poll(async () => (await other.store.reviews([mine.id]))[0]?.status ?? null, { timeout: 15_000 }).toBe('verified');
  const review = (await other.store.reviews([mine.id]))[0]!;
  expect(review.reviewer).toMatch(/^e2e-editor/);

  // The password reached nothing this app wrote: the app's folder (its desk.json and the workspace
  // on this computer with its journal and backups), and not the desk's records or audit trail.
  const appFolder = await folderWithDeskConfig(shownUrl);
  const written = await filesUnder(appFolder);
  expect(written.map((f) => f.name)).toEqual(expect.arrayContaining(['desk.json']));
  for (const f of written) expect(f.text, f.name).not.toContain(c.password);
  const onDesk = JSON.stringify([await other.store.snapshot(), await other.store.auditLog(), await other.store.presence()]);
  expect(onDesk).toContain('e2e-editor');
  expect(onDesk).not.toContain(c.password);

  // Back to the workspace on this computer: the seeds it started with, no desk state.
  await page.keyboard.press('Control+,');
  await settings.getByRole('button', { name: /Ngắt kết nối/ }).click();
  await expect(section).toContainText('Đang dùng không gian làm việc trên máy này.');
  await expect(badge).toHaveCount(0);
});

test('disconnecting while the server is down: the window says what is being sent, offers to stop waiting, and reports it as not sent', async ({ desk }) => {
  const c = cluster as LocalCluster;
  const other = minh as DeskService;
  const page = await desk.open();
  const shownUrl = redactDeskUrl(c.url);
  const badge = page.getByRole('banner').getByTestId('desk-state');

  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Cài đặt' });
  const section = settings.getByTestId('shared-desk');
  await section.getByLabel('Địa chỉ cơ sở dữ liệu (URL)').fill(shownUrl);
  await section.getByLabel('Mật khẩu').fill(c.password);
  await section.getByRole('button', { name: 'Kết nối' }).click();
  await expect(badge).toContainText('Trực tuyến');
  await page.keyboard.press('Escape');

  // A claim nobody reviewed yet, verified while the server is down: it waits.
  const article = (await other.listArticles())[1]!;
  const { claims, reviews } = await other.getArticle(article.id);
  const open = claims.find((cl) => !reviews.some((r) => r.claimId === cl.id && r.status !== 'unreviewed'))!;
  // Right after connecting the desk's workspace may still be settling in (a late reload clears the
  // filter, and the unfiltered list is virtualized): open the claim again until it is on screen.
  await expect(async () => {
    await page.locator('.library-item', { hasText: article.title ?? '' }).click();
    await page.locator('#claim-filter-text').fill(open.quote);
    await page.locator('.claim-item', { hasText: open.quote }).first().click({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await c.stop('fast');
  await expect(badge).toContainText(/Đang kết nối lại|Mất kết nối/);
  await page.keyboard.press('v');
  await expect(badge.getByTestId('desk-pending')).toContainText('1 đang chờ gửi');

  // Leaving the desk: said at once, and after a moment the way out.
  await page.keyboard.press('Control+,');
  await section.getByRole('button', { name: /Ngắt kết nối/ }).click();
  const leaving = section.getByTestId('desk-leaving');
  await expect(leaving).toContainText('Đang gửi 1 thao tác lên bàn biên tập chung…');
  await expect(section.getByRole('button', { name: /Ngắt kết nối/ })).toBeDisabled();
  await leaving.getByRole('button', { name: 'Thôi chờ (không gửi)' }).click();

  // Back on this computer's workspace, told plainly that the verification was not sent.
  await expect(section.getByTestId('desk-gave-up')).toContainText('1 thao tác chưa được gửi lên bàn biên tập chung và không được lưu.');
  await expect(section).toContainText('Đang dùng không gian làm việc trên máy này.');
  await expect(badge).toHaveCount(0);
  await section.getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(section.getByTestId('desk-gave-up')).toHaveCount(0);

  // The server back: the action given up on never lands.
  await c.start();
  await new Promise((r) => setTimeout(r, 1_000));
  expect((await other.store.reviews([open.id]))[0]?.status ?? 'unreviewed').toBe('unreviewed');
  expect(await other.store.verifyAudit()).toBe(-1);
});
