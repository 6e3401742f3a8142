import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Test folders whose files share one module graph per worker (see the 'unit-pure' project). */
const PURE = ['tests/unit/extract/**/*.test.ts', 'tests/unit/analysis/**/*.test.ts', 'tests/unit/export/**/*.test.ts', 'tests/unit/shared/**/*.test.ts'];
/**
 * Test folders of the services, the stores and the renderer whose files also share one module graph per worker (see
 * the 'unit-shared' project). A file that mocks a module (`vi.mock`) stays isolated: its mock would be the next
 * file's module.
 */
const SHARED = ['tests/unit/services/**/*.test.ts', 'tests/unit/store/**/*.test.ts'];
const SHARED_RENDERER = ['tests/unit/renderer/**/*.test.{ts,tsx}'];
/**
 * Files of the shared folders that need a module graph of their own: one mocks a module (its mock would be the next
 * file's module), one counts the workspace services open in the process (another file's service left open would
 * count too), one fills the analysis's descriptor keys by the hundred thousand (they would stay in the worker's
 * module state for the files after it).
 */
const OWN_MODULE_GRAPH = ['tests/unit/services/importFileErrors.test.ts', 'tests/unit/services/releaseCaches.test.ts', 'tests/unit/analysis/internKeys.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default is one worker less than the cores: ONE on the 2-core machines CI runs on. Most
    // slow files wait on child processes, worker threads or the disk (the CLI, the crash test, the
    // service host), so two files at a time nearly halve the wall time there; more cores, as before.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/smoke/**/*.test.ts'], exclude: [...PURE, ...SHARED, ...SHARED_RENDERER] },
      },
      {
        // The files of the shared folders that need their own module graph (see OWN_MODULE_GRAPH), as in 'unit'.
        extends: true,
        test: { name: 'unit-apart', include: OWN_MODULE_GRAPH },
      },
      {
        // The services, stores and renderer on real files and the real handlers: each test makes its own workspace in
        // its own temp folder and closes it, restores what it spies on (or spies on its own objects), and a component
        // test renders a fresh App over its own in-memory store. Run without a fresh module graph per file like
        // 'unit-pure' (session 61, load 3–5 on 2 cores: services 95 -> 50 s, store 167 -> 124 s, renderer 146 -> 53 s
        // wall, each folder alone; the three 408 -> 238 s; passed in shuffled file orders too).
        extends: true,
        test: { name: 'unit-shared', include: SHARED, exclude: OWN_MODULE_GRAPH, isolate: false },
      },
      {
        // The renderer's tests the same way, apart: most run in happy-dom, and a worker that goes from one environment
        // to the other loads the modules again.
        extends: true,
        test: { name: 'unit-dom', include: SHARED_RENDERER, isolate: false },
      },
      {
        // Pure functions over text and records (the engine, the analysis, the export formats): no mocks of
        // modules, no stores, no globals left changed. Run without a fresh module graph per file, each
        // worker loads the engine once instead of once per file (session 60: tests/unit/analysis 205 s
        // -> 95 s on a loaded 2-core machine; the import phase 149 s -> 32 s).
        extends: true,
        test: { name: 'unit-pure', include: PURE, exclude: OWN_MODULE_GRAPH, isolate: false },
      },
      {
        // The shared desk against a real PostgreSQL server: a throwaway cluster started once for
        // the run (tests/desk/cluster.setup.ts), one fresh database per test file. Run after the
        // unit tests (groupOrder) so the server's load never slows them into timeouts.
        extends: true,
        test: {
          name: 'desk',
          sequence: { groupOrder: 1 },
          include: ['tests/desk/**/*.test.ts'],
          globalSetup: ['tests/desk/cluster.setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
