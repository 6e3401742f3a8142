// @vitest-environment happy-dom
// One commit chain on the desk: an action started while an undo or redo waits for the saves before it
// is sent after that undo or redo, so the undo steps back the action the editor saw before it.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkspaceStore } from '../../../electron/store/port';
import { bootDesk, claimByQuote, openInStore } from './helpers/desk';

/** Commits take as long as a write and its fsync on a real disk: the service awaits each one. */
function diskPaced(store: WorkspaceStore, ms = 30): void {
  const commit = store.commit.bind(store);
  store.commit = async (request) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return commit(request);
  };
}

describe('an action started while an undo waits', () => {
  it('is sent after the undo: the undo steps back the action before it, the new one stands', async () => {
    const { served, store, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    diskPaced(store);
    const desk = () => r.useDesk.getState();
    const a = data.grdp.id;
    const b = data.bacGiang.claims.find((c) => c.id !== a && c.id !== data.grdpWide.id)!.id;
    expect(claimByQuote(data.bacGiang, '42,13%').id).toBe(a);
    const order: string[] = [];
    const api = (window as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api;
    for (const method of ['reviewClaim', 'undo', 'redo']) {
      const call = api[method]!;
      api[method] = (input: unknown) => {
        order.push(method);
        return call(input);
      };
    }
    // Verify A (on its way), Ctrl+Z (waits for it), then flag B.
    const verifying = desk().review(a, { status: 'verified' });
    const undoing = desk().undo();
    const flagging = desk().review(b, { status: 'flagged', flagReason: 'needs_source' });
    await act(async () => {
      await Promise.all([verifying, undoing, flagging]);
    });
    expect(order).toEqual(['reviewClaim', 'undo', 'reviewClaim']);
    expect(served.statusOf(a)).toBe('unreviewed');
    expect(served.statusOf(b)).toBe('flagged');
    expect(desk()).toMatchObject({ canUndo: true, canRedo: false });
  });
});
