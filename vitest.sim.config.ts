import { defineConfig } from 'vitest/config';

// The sync simulation (DESIGN §10): many simulated devices against a real server, seeded; see test/sim.
// One file, seeds in sequence: each seed runs its own server and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/sim/**/*.sim.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
