// @vitest-environment happy-dom
// The first start's report of a sample import stopped by a failed save is shown once: the desk loaded
// again (after a backup restore, a desk connect or disconnect) does not bring it back, stale.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoreWriteError, type WorkspaceStore } from '../../../electron/store/port';
import { seedsDir } from '../helpers';
import { bootDesk } from './helpers/desk';
import { memoryStoreOf } from './helpers/deskApi';

/** The second article's import commit fails as a full disk does; the others go through. */
function fullDiskAtSecondImport(store: WorkspaceStore): void {
  const commit = store.commit.bind(store);
  let imports = 0;
  store.commit = (request) => {
    if (request.action === 'article.import' && ++imports === 2) {
      return Promise.reject(new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })));
    }
    return commit(request);
  };
}

describe('the first start samples report', () => {
  it('is shown once: the desk loaded again does not show it again', async () => {
    const store = memoryStoreOf([]);
    fullDiskAtSecondImport(store);
    const { r } = await bootDesk({ store, seedsDir });
    render(<r.App />);
    expect(await screen.findByTestId('import-interrupted')).toBeTruthy();
    expect(r.useDesk.getState().samplesReport).not.toBeNull();
    // The editor closes it, then the desk is loaded again (as after a backup restore).
    act(() => r.useDesk.setState({ samplesReport: null }));
    await act(() => r.useDesk.getState().init());
    expect(r.useDesk.getState().samplesReport).toBeNull();
    expect(screen.queryByTestId('import-interrupted')).toBeNull();
  });
});
