import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

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
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/smoke/**/*.test.ts'] },
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
