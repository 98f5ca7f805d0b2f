import { configDefaults, defineConfig } from 'vitest/config';

const BROWSER_SUITES = 'tests/web/**';

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
    globalSetup: ['./tests/setup/database-template.ts'],
    // PGlite loads its WebAssembly build per test file; a few seconds on this 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'units-and-api',
          include: [
            'apps/*/src/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'packages/*/scripts/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, BROWSER_SUITES],
          // Vitest's default is one worker fewer than the cores: one, here. These files wait on their
          // database most of the time, and two at once take about half as long.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      // The browser suites test what the screens do with the API's answers, the same whichever
      // database is behind it: they run once, on the embedded database (the default `pnpm test`),
      // after the rest and one file at a time, each with the machine to itself (a suite starts the
      // API, the map's server and Chromium). What differs between the databases (SQL, PostGIS,
      // outages) is tested on both by tests/api, tests/faults and packages/*.
      ...(process.env.DATABASE_URL
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: 'browser',
                include: [`${BROWSER_SUITES}/*.test.ts`],
                maxWorkers: 1,
                sequence: { groupOrder: 1 },
              },
            },
          ]),
    ],
  },
});
