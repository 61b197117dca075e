import { defineConfig } from 'vitest/config';

// Tests sit beside the code (`*.test.ts`) and in test/ for cross-cutting runs. Two workers match
// the two cores CI has; PostgreSQL-backed tests create and drop their own databases. Test files
// share each worker's module graph (`isolate: false`): loading the server's modules once per
// worker instead of once per file took the suite from 7.5 min to 70 s (2026-12-03). So a test
// must leave no module-level state behind: no `vi.mock`, no patched globals, servers closed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
