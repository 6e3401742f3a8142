// @vitest-environment happy-dom
// The first start's report of a sample import stopped by a failed save is shown once: the desk loaded
// again (after a backup restore, a desk connect or disconnect) does not bring it back, stale.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../helpers';
import { bootDesk } from './helpers/desk';
import { fullDiskAtSecondImport, memoryStoreOf } from './helpers/deskApi';


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
