import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/services/context';
import { findingsNotice } from '../../../electron/services/findings';

/**
 * The notice says what happens next, and that differs by store: a workspace on this computer
 * analyses again at the next edit or when it is opened again (the stored meta says the findings are
 * behind); a shared desk does not analyse at opening, only at the next change to a claim.
 */

function ctxOf(language: 'vi' | 'en', editor: string | undefined): ServiceContext {
  return { language, store: { editor, readOnly: false } } as unknown as ServiceContext;
}

const failing = () => Promise.reject(new Error('ENOSPC'));

describe('the findings notice', () => {
  it('on a workspace on this computer: a full disk, analysed again at the next edit or opening', async () => {
    expect(await findingsNotice(ctxOf('vi', undefined), failing)).toMatch(/ổ đĩa đầy.*lần sửa sau hoặc khi mở lại không gian làm việc/);
    expect(await findingsNotice(ctxOf('en', undefined), failing)).toMatch(/full disk.*next edit or when the workspace is opened again/);
  });

  it('on a shared desk: no disk named, analysed again at the next change to a claim, not at opening', async () => {
    const vi = await findingsNotice(ctxOf('vi', 'Lan'), failing);
    const en = await findingsNotice(ctxOf('en', 'Lan'), failing);
    expect(vi).toMatch(/^Thay đổi đã được lưu trên bàn chung, nhưng chưa cập nhật được các phát hiện/);
    expect(en).toMatch(/^The change is saved on the shared desk, but the findings could not be updated/);
    for (const text of [vi, en]) expect(text).not.toMatch(/ổ đĩa|disk is full|full disk|mở lại không gian|workspace is opened/);
    expect(en).toMatch(/next change to a claim/);
    expect(en).toMatch(/opening the desk again does not/);
  });

  it('the analysis itself failing (QA31: "Set maximum size exceeded" on a 1 MB article) names no disk', async () => {
    const tooBig = () => Promise.reject(new RangeError('Set maximum size exceeded'));
    const vi = await findingsNotice(ctxOf('vi', undefined), tooBig);
    const en = await findingsNotice(ctxOf('en', undefined), tooBig);
    expect(vi).toMatch(/^Thay đổi đã được lưu, nhưng phân tích phát hiện không hoàn tất .*hãy tách bài/);
    expect(en).toMatch(/^The change is saved, but the findings analysis did not complete .*split the article/);
    for (const text of [vi, en]) expect(text).not.toMatch(/ổ đĩa|full disk|Set maximum/);
  });

  it('nothing when what follows the action went well', async () => {
    expect(await findingsNotice(ctxOf('vi', 'Lan'), () => Promise.resolve())).toBeUndefined();
  });

  it('a TypeError (a bug, a broken read) is not blamed on a long article', async () => {
    const bug = () => Promise.reject(new TypeError('x is undefined'));
    expect(await findingsNotice(ctxOf('vi', undefined), bug)).not.toMatch(/tách bài/);
  });
});
