import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
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
