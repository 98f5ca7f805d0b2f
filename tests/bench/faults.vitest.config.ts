import { defineConfig, mergeConfig } from 'vitest/config';
import root from '../../vitest.config';

// `pnpm bench:faults` runs under vitest, since some benches start the API on the run's template
// database as the tests do; it runs alone, one file, one worker, so the figures are its own.
export default mergeConfig(
  root,
  defineConfig({
    test: {
      root: new URL('../..', import.meta.url).pathname,
      include: ['tests/bench/bench-faults.run.ts'],
      reporters: ['default'],
      testTimeout: 30 * 60_000,
      fileParallelism: false,
    },
  }),
);
