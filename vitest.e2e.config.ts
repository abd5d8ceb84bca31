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
    // A condition a test waits for (a row drawn, a dialog closed) is given 15 s, not vitest's 1 s: on a loaded
    // two-core CI machine a render after a click took longer than a second (an earlier plan version's table).
    // Waiting longer costs only when the condition never comes, and that still fails.
    expect: { poll: { timeout: 15_000 } },
  },
});
