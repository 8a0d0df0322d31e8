import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // In-process runs print the same version as the built bundle (scripts/build.mjs defines it there).
  define: { COHORT_VERSION: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    // The real-client checks need Debian packages: `npm run test:clients` (vitest.clients.config.ts).
    exclude: [...configDefaults.exclude, 'test/clients/**'],
    // Byte arrays compared as bytes, not index by index (test/support/setup.ts).
    setupFiles: ['test/support/setup.ts'],
    // A bound against a hang, not a speed target: on a 2-core machine shared with other work a 5 s
    // test (validate-large, the planner property) has taken more than 30 s.
    testTimeout: 120_000,
    pool: 'forks',
    // Speed (README "Development", test time): vitest's default is one worker fewer than the cores,
    // which is a single worker on a 2-core machine; a worker per core runs the files side by side.
    maxWorkers: availableParallelism(),
    // A worker runs its files one after another in one module graph, so src/ is imported and
    // evaluated once per worker instead of once per file. Sound here because the test files leave no
    // global state behind (the TZ tests restore process.env.TZ) and vi.mock stays per file (the
    // planner tests assert they get the real planner: test/plan/deterministic.test.ts).
    // `npx vitest run --isolate` runs every file in a fresh module graph.
    isolate: false,
  },
});
