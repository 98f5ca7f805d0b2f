import { configDefaults, defineConfig } from 'vitest/config';
import { HeavyFirstSequencer } from './tests/setup/heavy-first-sequencer';

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
    sequence: { sequencer: HeavyFirstSequencer },
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
      // database is behind it: they run after the rest and one file at a time, each with the
      // machine to itself (a suite starts the API, the map's server and Chromium). `pnpm test` runs
      // them on whichever database it is given; CI, which runs everything twice, skips them on the
      // embedded pass (ATLAS_BROWSER_SUITES=skip) and runs them once, on PostgreSQL, where each
      // file's database is ready in a second rather than PGlite's ten. What differs between the
      // databases (SQL, PostGIS, outages) is tested on both by tests/api, tests/faults and packages/*.
      ...(process.env.ATLAS_BROWSER_SUITES === 'skip'
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
