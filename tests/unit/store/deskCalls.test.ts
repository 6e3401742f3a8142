import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundSlice, deskCallStarted, deskCallsInFlight, SLICE_WHILE_CALLED_MS } from '../../../electron/store/deskCalls';
import { FindingIndex, type FindingMeta } from '../../../electron/store/findingIndex';
import { inSlices as analysisInSlices } from '../../../electron/services/findings';
import type { ServiceContext } from '../../../electron/services/context';
import { inSlices } from '../../../electron/store/lowdb/folderStore';

// (This project's files share a worker: a count left behind would shorten every later file's slices.)
afterEach(() => {
  vi.useRealTimers();
  expect(deskCallsInFlight()).toBe(0);
});

/** Steps of `work` run between two turns of the event loop (a real setImmediate watching). */
async function stepsPerTurn(work: (step: () => void) => Promise<unknown>): Promise<number[]> {
  let seen = 0;
  const steps: number[] = [];
  let last = 0;
  let done = false;
  const watch = () => {
    if (seen > last) steps.push(seen - last);
    last = seen;
    if (!done) setImmediate(watch);
  };
  setImmediate(watch);
  try {
    await work(() => seen++);
  } finally {
    done = true;
  }
  return steps;
}

describe("background work while the desk's calls are in flight", () => {
  it('counts each call once, however often its end is called, and gives the short step only while one is in flight', () => {
    expect(deskCallsInFlight()).toBe(0);
    expect(backgroundSlice(8)).toBe(8);
    const first = deskCallStarted();
    const second = deskCallStarted();
    try {
      expect(deskCallsInFlight()).toBe(2);
      expect(backgroundSlice(8)).toBe(SLICE_WHILE_CALLED_MS);
      // A step already shorter stays as it is.
      expect(backgroundSlice(0)).toBe(0);
      first();
      first();
      expect(deskCallsInFlight()).toBe(1);
      expect(backgroundSlice(4)).toBe(SLICE_WHILE_CALLED_MS);
    } finally {
      first();
      second();
    }
    expect(deskCallsInFlight()).toBe(0);
    expect(backgroundSlice(4)).toBe(4);
  });

  it("the store's sliced work (a document parsed, a commit checked) turns the event loop every SLICE_WHILE_CALLED_MS while a call is in flight, every `ms` otherwise, with the same result", async () => {
    // A clock that moves 0.125 ms per step (exact in binary): how many steps a slice holds is then exact.
    vi.useFakeTimers({ toFake: ['performance'] });
    const run = (step: () => void) =>
      inSlices(
        (function* () {
          let sum = 0;
          for (let i = 0; i < 2000; i++) {
            step();
            vi.advanceTimersByTime(0.125);
            sum += i;
            yield;
          }
          return sum;
        })(),
        8,
      );
    let calmSum = 0;
    const calm = await stepsPerTurn(async (step) => (calmSum = await run(step)));
    let busySum = 0;
    const end = deskCallStarted();
    let busy: number[];
    try {
      busy = await stepsPerTurn(async (step) => (busySum = await run(step)));
    } finally {
      end();
    }
    // 8 ms = 64 steps, SLICE_WHILE_CALLED_MS = 8.
    expect(Math.max(...calm)).toBe(64);
    expect(Math.max(...busy)).toBe(8 * SLICE_WHILE_CALLED_MS);
    expect(busySum).toBe(calmSum);
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
      let index: FindingIndex | null = null;
      const end = called ? deskCallStarted() : () => undefined;
      try {
        const steps = await stepsPerTurn(async (step) => {
          index = new FindingIndex({
            findingIds: () => ids,
            findingIdParts: () => [() => ids],
            findingCount: () => ids.length,
            findingMeta: (id) => {
              step();
              vi.advanceTimersByTime(0.01);
              return findings.get(id);
            },
            findingOrder: new Map(ids.map((id, i) => [id, i])),
            articleOfClaim: (c) => `a_${c.slice(2)}`,
          });
          await index.buildInBackground();
        });
        return { steps, index: index as unknown as FindingIndex };
      } finally {
        end();
      }
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
  it("the kept analysis built in the background (services/findings.ts) takes SLICE_WHILE_CALLED_MS steps while a call is in flight; an editor's own re-analysis keeps its 8 ms", async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    // What the slicing reads of a service: its options, whether it closes, when the desk last called.
    const ctx = { options: {}, closing: false, lastCallAt: Number.NEGATIVE_INFINITY } as unknown as ServiceContext;
    const stages = function* (step: () => void) {
      for (let i = 0; i < 2000; i++) {
        step();
        vi.advanceTimersByTime(0.125);
        yield;
      }
    };
    const end = deskCallStarted();
    try {
      const background = await stepsPerTurn((step) => analysisInSlices(ctx, 'background', stages(step)));
      const foreground = await stepsPerTurn((step) => analysisInSlices(ctx, 'foreground', stages(step)));
      expect(Math.max(...background)).toBe(8 * SLICE_WHILE_CALLED_MS);
      expect(Math.max(...foreground)).toBe(64);
    } finally {
      end();
    }
    // No call in flight: the background's 8 ms again.
    expect(Math.max(...(await stepsPerTurn((step) => analysisInSlices(ctx, 'background', stages(step)))))).toBe(64);
  });
});
