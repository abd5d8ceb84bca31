import { defineConfig } from 'vitest/config';

// The sync simulation (DESIGN §10): many simulated devices against a real server, seeded; see test/sim.
// Its seeds are dealt over a few files (test/sim/sim-suite.ts), one process each, one per core.
export default defineConfig({
  test: {
    include: ['test/sim/**/*.sim.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
