// @vitest-environment happy-dom
// Events pushed to the window are checked against the contract's schema, a chunk of its own that the
// desk asks for as it subscribes (renderer/src/api.ts: zod is a third of the desk's code). Events that
// come before it are held and handed on in order once it is there; a malformed one is dropped either way.
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DeskEvent } from '../../../shared/ipc/contract';
import { bootDesk } from './helpers/desk';

const host = (message: string, state: 'ready' | 'restarting' = 'ready'): DeskEvent => ({ type: 'host', state, message });

describe('events pushed to the window', () => {
  it('hands on, in order, what came before the schema loaded, then at once; a malformed event never', async () => {
    const { served } = await bootDesk();
    // A window's api module as it starts: no schema yet (the desk's own modules, loaded by bootDesk,
    // already asked for theirs).
    vi.resetModules();
    const { onDeskEvent } = await import('../../../renderer/src/api');
    const got: string[] = [];
    const stop = onDeskEvent((e) => {
      if (e.type === 'host') got.push(`${e.state} ${e.message}`);
    });
    served.emit(host('một'));
    served.emit({ type: 'host', state: 'exploded', message: 'hỏng' } as unknown as DeskEvent);
    served.emit(host('hai', 'restarting'));
    // Held until the schema is there (nothing is handed on unchecked)...
    expect(got).toEqual([]);
    // ...then all of them, in the order they came, without the malformed one.
    await waitFor(() => expect(got).toEqual(['ready một', 'restarting hai']));
    // From then on an event is handed on as it comes; a malformed one still is not.
    served.emit({ type: 'host', state: 'ready' } as unknown as DeskEvent);
    served.emit(host('ba'));
    expect(got).toEqual(['ready một', 'restarting hai', 'ready ba']);
    stop();
  });
});
