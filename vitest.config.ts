import { defineConfig } from 'vitest/config';

// End-to-end (Playwright), simulation and benchmark runs have their own runners; see DESIGN §9 and §10.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The sync simulation runs once, in its own config (vitest.sim.config.ts, npm run test:sim).
    exclude: ['test/e2e/**', 'test/bench/**', 'test/sim/**', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
