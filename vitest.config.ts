import { defineConfig } from 'vitest/config';

// End-to-end (Playwright) and benchmark runs have their own runners; see DESIGN §9 and §10.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/bench/**', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
