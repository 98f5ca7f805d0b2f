import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['./tests/setup/database-template.ts'],
    // PGlite loads its WebAssembly build per test file; a few seconds on this 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});
