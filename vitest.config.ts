import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Test folders whose files share one module graph per worker (see the 'unit-pure' project). */
const PURE = ['tests/unit/extract/**/*.test.ts', 'tests/unit/analysis/**/*.test.ts', 'tests/unit/export/**/*.test.ts', 'tests/unit/shared/**/*.test.ts'];

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
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/smoke/**/*.test.ts'], exclude: PURE },
      },
      {
        // Pure functions over text and records (the engine, the analysis, the export formats): no mocks of
        // modules, no stores, no globals left changed. Run without a fresh module graph per file, each
        // worker loads the engine once instead of once per file (session 60: tests/unit/analysis 205 s
        // -> 95 s on a loaded 2-core machine; the import phase 149 s -> 32 s).
        extends: true,
        test: { name: 'unit-pure', include: PURE, isolate: false },
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
