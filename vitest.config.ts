import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships both ESM and CJS; type-graphql loads the CJS one, so everything must, or a
    // scalar made by one copy is not a scalar to the other.
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      { find: /^graphql\/(.+?)(\.m?js)?$/, replacement: 'graphql/$1.js' },
    ],
  },
  test: {
    include: [
      'apps/*/src/**/*.test.ts',
      'packages/*/src/**/*.test.ts',
      'packages/*/scripts/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    // The browser suites test what the screens do with the API's answers, the same whichever database
    // is behind it, and take about ten minutes: they run once, on the embedded database (the
    // default `pnpm test`), so CI's two passes stay within its 30 minutes. What differs between the
    // databases (SQL, PostGIS, outages) is tested on both by tests/api, tests/faults and packages/*.
    exclude: process.env.DATABASE_URL ? [...configDefaults.exclude, 'tests/web/**'] : configDefaults.exclude,
    globalSetup: ['./tests/setup/database-template.ts'],
    // PGlite loads its WebAssembly build per test file; a few seconds on this 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});
