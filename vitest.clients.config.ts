import { defineConfig } from 'vitest/config';

// `npm run test:clients`: cohort's output and hook checked by real clients (pre-commit, later
// LibreOffice and libical), installed from Debian by scripts/test-clients.mjs; not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/clients/**/*.test.ts'],
    // Installing a hook environment runs npm install and a build: minutes, not seconds.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // One client at a time: they install and build, and the machine is shared.
    fileParallelism: false,
  },
});
