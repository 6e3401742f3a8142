// @vitest-environment happy-dom
// The extraction engine (the add form's prefill) is loaded in the background only once the editor has
// paused: its chunk runs on the window's thread, and right after the first screen it held the editor's
// first click (issue 9: an article open < 100 ms).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRELOAD_QUIET_MS, whenQuietFor } from '../../../renderer/src/features/claims/extraction';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  // An idle moment comes at the next turn (the desk's requestIdleCallback, as fake timers can drive it).
  vi.stubGlobal('requestIdleCallback', (f: () => void) => setTimeout(f, 0));
});

/** Waits started by a test, stopped after it whatever became of them (no listener or timer left behind). */
const started: Array<() => void> = [];
const wait = (load: () => void): (() => void) => {
  const stop = whenQuietFor(load);
  started.push(stop);
  return stop;
};

afterEach(() => {
  while (started.length > 0) started.pop()?.();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const click = () => window.dispatchEvent(new window.Event('pointerdown'));
const key = () => window.dispatchEvent(new window.Event('keydown'));

describe('the engine loaded when the editor pauses', () => {
  it('waits for a quiet spell after the first screen, then loads once', () => {
    const load = vi.fn();
    wait(load);
    vi.advanceTimersByTime(PRELOAD_QUIET_MS - 1);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(load).toHaveBeenCalledTimes(1);
    // Never again, whatever comes after.
    click();
    vi.advanceTimersByTime(10 * PRELOAD_QUIET_MS);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not load while the editor keeps clicking and typing; loads once they pause', () => {
    const load = vi.fn();
    wait(load);
    // A click or a key every second for ten seconds: the desk is at work.
    for (let s = 0; s < 10; s++) {
      vi.advanceTimersByTime(1_000);
      if (s % 2 === 0) click();
      else key();
    }
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PRELOAD_QUIET_MS - 10);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('input that comes while waiting for the idle moment puts the load off again', () => {
    const load = vi.fn();
    let idle: (() => void) | null = null;
    vi.stubGlobal('requestIdleCallback', (f: () => void) => {
      idle = f;
    });
    wait(load);
    vi.advanceTimersByTime(PRELOAD_QUIET_MS);
    expect(idle).not.toBeNull();
    click();
    (idle as unknown as () => void)();
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PRELOAD_QUIET_MS);
    (idle as unknown as () => void)();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a stopped wait never loads and listens no more', () => {
    const load = vi.fn();
    const remove = vi.spyOn(window, 'removeEventListener');
    wait(load)();
    vi.advanceTimersByTime(10 * PRELOAD_QUIET_MS);
    expect(load).not.toHaveBeenCalled();
    expect(remove.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['keydown', 'pointerdown', 'wheel', 'touchstart']));
  });
});
