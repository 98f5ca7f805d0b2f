import { defineConfig } from 'vitest/config';
import root from '../../vitest.config';

// `pnpm bench:faults` runs under vitest, since some benches start the API on the run's template
// database as the tests do; one file, one worker, so the figures are its own. Only the root's
// module aliases and database template are taken (mergeConfig would append its test list).
export default defineConfig({
  resolve: root.resolve,
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/bench/bench-faults.run.ts'],
    globalSetup: root.test?.globalSetup,
    pool: 'forks',
    reporters: ['default'],
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
