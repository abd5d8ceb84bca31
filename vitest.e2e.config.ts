import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production web build in Debian's Chromium; one file at a time,
// because each starts its own browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
