import { afterEach, describe, expect, it, vi } from 'vitest';
import { threadMs, threadRuns } from '../../bench/threadCpu';

// The benches' "main thread on a core" figure (tests/bench/store.bench.ts, loop.bench.ts): where the
// thread's schedstat is not there (macOS, Windows) it says so instead of printing NaN or 0.0, and it
// reads the file only when a bench asks for the figure, never in a window that does not print it.

afterEach(() => {
  vi.useRealTimers();
});

describe('the main thread\'s own time in the benches', () => {
  it('is printed as not available where the thread\'s times cannot be read, and in ms where they can', () => {
    expect(threadMs(null)).toBe('not available (Linux only)');
    expect(threadMs(Number.NaN)).toBe('not available (Linux only)');
    expect(threadMs(0)).toBe('0.0 ms');
    expect(threadMs(12.34)).toBe('12.3 ms');
  });

  it('where the times cannot be read, tries once and polls nothing', () => {
    vi.useFakeTimers();
    const read = vi.fn(() => null);
    const runs = threadRuns(read);
    vi.advanceTimersByTime(50);
    expect(read).toHaveBeenCalledTimes(1);
    expect(runs.longest()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    runs.stop();
  });

  it('where they can, keeps the longest run between two turns of its timer, from the last reset, and stops polling when stopped', () => {
    vi.useFakeTimers();
    // The thread ran 2 ms, then 7, then 3 between turns; it waited 1, 9, 0 ms for a core.
    const runs = [0, 2, 9, 12, 15];
    const waits = [0, 1, 10, 10, 10];
    let i = 0;
    const read = vi.fn(() => {
      const k = Math.min(i++, runs.length - 1);
      return { run: runs[k]!, wait: waits[k]! };
    });
    const r = threadRuns(read);
    vi.advanceTimersByTime(3);
    expect(r.longest()).toBe(7);
    expect(r.longestWait()).toBe(9);
    r.reset();
    vi.advanceTimersByTime(1);
    expect(r.longest()).toBe(3);
    r.stop();
    const calls = read.mock.calls.length;
    vi.advanceTimersByTime(20);
    expect(read.mock.calls.length).toBe(calls);
    expect(vi.getTimerCount()).toBe(0);
  });
});
