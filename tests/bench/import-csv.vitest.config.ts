import { defineConfig } from 'vitest/config';
import root from '../../vitest.config';

// `pnpm bench:import` runs under vitest, since it starts the API on the run's template database as
// the tests do (see faults.vitest.config.ts); one file, one worker, so the figures are its own.
export default defineConfig({
  resolve: root.resolve,
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/bench/import-csv.ts'],
    globalSetup: root.test?.globalSetup,
    pool: 'forks',
    reporters: ['default'],
    testTimeout: 30 * 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
