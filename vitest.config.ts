import { readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // In-process runs print the same version as the built bundle (scripts/build.mjs defines it there).
  define: { COHORT_VERSION: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    // The real-client checks need Debian packages: `npm run test:clients` (vitest.clients.config.ts).
    exclude: [...configDefaults.exclude, 'test/clients/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
