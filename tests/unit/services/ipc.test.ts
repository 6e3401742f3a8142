import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelFor, methodNames } from '../../../shared/ipc/methods';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { inProcess, registerIpc, type IpcEventLike } from '../../../electron/ipc/register';
import { AppError } from '../../../electron/services/errors';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { seedsDir, tempDir } from '../helpers';

async function setup() {
  const service = await WorkspaceService.open({
    repository: new LowdbWorkspaceRepository(join(await tempDir(), 'ws.json')),
    seedsDir,
    defaultReviewer: 'Minh',
  });
  const opened: string[] = [];
  const handlers = createHandlers(service, {
    openExternal: (url) => void opened.push(url),
    chooseImportPaths: async () => null,
    chooseSavePath: async () => null,
  });
  return { service, handlers, opened };
}

describe('dispatch', () => {
  it('returns ok values for valid input', async () => {
    const { handlers } = await setup();
    const result = await dispatch(handlers, 'listArticles', {}, 'vi');
    expect(result.ok && Array.isArray(result.value) && result.value.length).toBe(5);
    // The first screen of the library: the first articles in workspace order.
    const ids = result.ok ? (result.value as Array<{ id: string }>).map((a) => a.id) : null;
    // The library a page at a time: those articles in workspace order, and how many there are.
    const page = await dispatch(handlers, 'articlePage', { offset: 1, limit: 2 }, 'vi');
    const paged = page.ok ? (page.value as { articles: Array<{ id: string }>; total: number }) : null;
    expect(paged?.articles.map((a) => a.id)).toEqual(ids?.slice(1, 3));
    expect(paged?.total).toBe(5);
  });

  it.each([
    ['getArticle', { articleId: '' }],
    ['getArticle', { articleId: 7 }],
    ['reviewClaim', { claimId: 'c_1', status: 'approved' }],
    ['reviewClaim', { claimId: 'c_1', status: 'verified', extra: true }],
    ['reviewClaim', { claimId: 'c_1', status: 'corrected', correctedValue: Number.POSITIVE_INFINITY }],
    ['openExternal', { url: 'file:///etc/passwd' }],
    ['openExternal', { url: 'javascript:alert(1)' }],
    ['restoreBackup', { backupId: '../manifest' }],
    ['restoreBackup', { backupId: '' }],
    ['listArticles', 'nope'],
    ['listArticles', { limit: 2 }],
    ['articlePage', { offset: 0, limit: 0 }],
    ['articlePage', { offset: -1, limit: 2 }],
    ['articlePage', { offset: 0, limit: 2.5 }],
    ['noSuchMethod', {}],
  ])('rejects malformed input to %s with invalid_input', async (method, input) => {
    const { handlers, opened } = await setup();
    const result = await dispatch(handlers, method, input, 'vi');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(opened).toEqual([]);
  });

  it('turns an AppError into its message in the UI language, and an unexpected error into a generic one', async () => {
    const { handlers } = await setup();
    const vi = await dispatch(handlers, 'getArticle', { articleId: 'a_missing' }, 'vi');
    expect(vi).toEqual({ ok: false, error: { code: 'not_found', message: 'Không tìm thấy bài viết này trong không gian làm việc.' } });
    const en = await dispatch(handlers, 'getArticle', { articleId: 'a_missing' }, 'en');
    expect(en).toMatchObject({ ok: false, error: { message: 'This article is not in the workspace.' } });

    const boom = { ...handlers, listArticles: () => { throw new TypeError('secret internals at foo.ts:12'); } };
    const crashed = await dispatch(boom, 'listArticles', {}, 'vi');
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crashed)).not.toContain('secret internals');
    expect(new AppError('not_found', { vi: 'a', en: 'b' }).messageIn('vi')).toBe('a');
  });

  it('opens only http(s) links in the browser', async () => {
    const { handlers, opened } = await setup();
    expect(await dispatch(handlers, 'openExternal', { url: 'https://baobacgiang.vn/bai-viet' }, 'vi')).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://baobacgiang.vn/bai-viet']);
  });
});

describe('registerIpc', () => {
  it('registers one channel per contract method and refuses senders that are not the app window', async () => {
    const { handlers } = await setup();
    const registered = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ownFrame = { url: 'file:///app/out/renderer/index.html' };
    registerIpc(
      { handle: (channel, listener) => void registered.set(channel, listener) },
      inProcess(handlers, () => 'vi'),
      (event) => event.senderFrame?.url === ownFrame.url,
      () => 'vi',
    );
    expect([...registered.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
    const list = registered.get(channelFor('listArticles'));
    expect(await list?.({ sender: null, senderFrame: ownFrame }, {})).toMatchObject({ ok: true });
    expect(await list?.({ sender: null, senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await list?.({ sender: null, senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('input refused by the contract', () => {
  it('names the field and says what it takes, as the CLI does (a choice, a bound), in the UI language', async () => {
    const { handlers, service } = await setup();
    const claimId = (await service.listClaims())[0]!.id;
    expect(await dispatch(handlers, 'reviewClaim', { claimId, status: 'done' }, 'vi')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Dữ liệu không hợp lệ ở trường "status": phải là một trong unreviewed, verified, corrected, flagged, rejected.' },
    });
    expect(await dispatch(handlers, 'reviewClaim', { claimId, status: 'flagged', flagReason: 'other', note: 'x'.repeat(20_001) }, 'en')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Invalid value in field "note": at most \d+ characters\.$/) },
    });
    expect((await service.listClaims()).find((c) => c.id === claimId)?.status).toBe('unreviewed');
  });
});

describe('settings refused by the main process', () => {
  it('names the field as the form labels it and says what to type, in the UI language', async () => {
    const { handlers, service } = await setup();
    const before = (await service.info()).settings;
    const vi = await dispatch(handlers, 'updateSettings', { claimReviewUrlPattern: 'not a url' }, 'vi');
    expect(vi).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Địa chỉ bài kiểm chứng phải bắt đầu bằng https:// và chứa {claimId}, ví dụ https://baocuaban.vn/kiem-chung/{claimId} (hoặc để trống).' },
    });
    const en = await dispatch(handlers, 'updateSettings', { newsroom: { name: 'Báo', url: 'baocuaban' } }, 'en');
    expect(en).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Newsroom website must be an address starting with https:\/\//) } });
    // An address without {claimId} would give every claim the same fact-check page.
    expect(await dispatch(handlers, 'updateSettings', { claimReviewUrlPattern: 'https://baocuaban.vn/kiem-chung' }, 'vi')).toMatchObject({ ok: false });
    expect((await service.info()).settings).toEqual(before);
  });
});
