import { defineConfig } from 'vitest/config';

// Tests sit beside the code (`*.test.ts`) and in test/ for cross-cutting runs. Two workers match
// the two cores CI has; PostgreSQL-backed tests create and drop their own databases.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
