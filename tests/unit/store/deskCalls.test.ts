import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundSlice, deskCallStarted, deskCallsInFlight, SLICE_WHILE_CALLED_MS } from '../../../electron/store/deskCalls';
import { FindingIndex, type FindingMeta } from '../../../electron/store/findingIndex';

afterEach(() => vi.useRealTimers());

describe("background work while the desk's calls are in flight", () => {
  it('counts each call once, however often its end is called, and gives the short step only while one is in flight', () => {
    expect(deskCallsInFlight()).toBe(0);
    expect(backgroundSlice(8)).toBe(8);
    const first = deskCallStarted();
    const second = deskCallStarted();
    expect(deskCallsInFlight()).toBe(2);
    expect(backgroundSlice(8)).toBe(SLICE_WHILE_CALLED_MS);
    // A step already shorter stays as it is.
    expect(backgroundSlice(0)).toBe(0);
    first();
    first();
    expect(deskCallsInFlight()).toBe(1);
    expect(backgroundSlice(4)).toBe(SLICE_WHILE_CALLED_MS);
    second();
    expect(deskCallsInFlight()).toBe(0);
    expect(backgroundSlice(4)).toBe(4);
  });

  it("the findings index's background build frees the event loop every SLICE_WHILE_CALLED_MS while a call is in flight, every 8 ms otherwise, and builds the same index", async () => {
    // A clock that moves 0.01 ms per finding looked at: how many findings a step holds is then exact.
    vi.useFakeTimers({ toFake: ['performance'] });
    const findings = new Map<string, FindingMeta>();
    for (let i = 0; i < 20_000; i++) {
      const id = `f_${String(i).padStart(5, '0')}`;
      findings.set(id, { id, type: 'conflict', status: i % 4 === 0 ? 'dismissed' : 'open', claimIds: [`c_${i % 300}`, `c_${(i * 7) % 300}`], explanation: String(i) });
    }
    const ids = [...findings.keys()];
    const build = async (called: boolean) => {
      let seen = 0;
      const index = new FindingIndex({
        findingIds: () => ids,
        findingIdParts: () => [() => ids],
        findingCount: () => ids.length,
        findingMeta: (id) => {
          seen++;
          vi.advanceTimersByTime(0.01);
          return findings.get(id);
        },
        findingOrder: new Map(ids.map((id, i) => [id, i])),
        articleOfClaim: (c) => `a_${c.slice(2)}`,
      });
      // Findings looked at between two turns of the event loop (a real setImmediate: only the clock is fake).
      const steps: number[] = [];
      let last = 0;
      let done = false;
      const watch = () => {
        if (seen > last) steps.push(seen - last);
        last = seen;
        if (!done) setImmediate(watch);
      };
      setImmediate(watch);
      const end = called ? deskCallStarted() : () => undefined;
      try {
        await index.buildInBackground();
      } finally {
        end();
        done = true;
      }
      return { steps, index };
    };
    const calm = await build(false);
    const busy = await build(true);
    // The references are indexed with a look at the clock every 64 findings, the status groups every
    // 1,024 (each costs far less there): most steps are the references'. 8 ms = 800 findings of this
    // clock in the quiet case...
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    expect(median(calm.steps)).toBeGreaterThanOrEqual(800);
    // ... SLICE_WHILE_CALLED_MS = 100 findings, rounded up to the run of 64 in which the step ends.
    expect(median(busy.steps)).toBeLessThanOrEqual(2 * 64);
    expect(busy.steps.length).toBeGreaterThan(3 * calm.steps.length);
    // The same index either way.
    for (const index of [calm.index, busy.index]) expect(index.ready).toBe(true);
    const page = (index: FindingIndex) => index.page({ statuses: ['open'], offset: 0, limit: 20_000 });
    expect(page(busy.index)).toEqual(page(calm.index));
  });
});
