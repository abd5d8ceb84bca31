import { afterAll, describe, expect, it } from 'vitest';
import { runScenario } from './scenario';
import { removeTemplates } from './sim-server';

/**
 * The sync simulation (DESIGN §10). SIM_SEEDS=n runs n seeds from
 * SIM_FIRST_SEED (default 1); SIM_SEED=n replays one. Each failing seed
 * prints `seed=<n>` and the command that replays it.
 */
export const DEFAULT_SEEDS = 200;

/**
 * The seeds are dealt over SIM_SHARDS test files so that vitest runs them
 * in as many processes: a seed is mostly JavaScript in one process (the
 * server, three Dexie clients) plus PostgreSQL, so two processes keep both
 * cores of the CI machine busy.
 */
export const SHARDS = 2;

const requestedSeeds = (): number[] => {
  if (process.env.SIM_SEED) {
    const seed = Number(process.env.SIM_SEED);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`SIM_SEED must be a whole number, not "${process.env.SIM_SEED}"`);
    return [seed];
  }
  const count = Number(process.env.SIM_SEEDS ?? DEFAULT_SEEDS);
  const first = Number(process.env.SIM_FIRST_SEED ?? 1);
  if (!Number.isInteger(count) || count < 1) throw new Error(`SIM_SEEDS must be a whole number of 1 or more, not "${process.env.SIM_SEEDS}"`);
  if (!Number.isInteger(first) || first < 0) throw new Error(`SIM_FIRST_SEED must be a whole number, not "${process.env.SIM_FIRST_SEED}"`);
  return Array.from({ length: count }, (_, i) => first + i);
};

/**
 * This shard's seeds: every SHARDS-th from its own position. A run of fewer
 * seeds than shards (a replay with SIM_SEED) gives every shard the seeds
 * again, so no file is left without a test; a seed replays identically.
 */
const seedsOfShard = (seeds: readonly number[], shard: number): number[] =>
  seeds.length < SHARDS ? [...seeds] : seeds.filter((_, index) => index % SHARDS === shard - 1);

/** Registers this shard's seeds. */
export const defineSimSuite = (shard: number): void => {
  const seeds = seedsOfShard(requestedSeeds(), shard);

  afterAll(removeTemplates);

  describe(`sync simulation, shard ${shard} of ${SHARDS}`, () => {
    it.each(seeds)('seed=%i ends with every device equal to the server and no edit lost', async (seed) => {
      const { problems, stats } = await runScenario(seed);
      if (problems.length > 0) console.error(`seed=${seed} failed (replay: SIM_SEED=${seed} npm run test:sim)\n${problems.slice(0, 20).join('\n')}`);
      else if (process.env.SIM_VERBOSE) console.log(`seed=${seed}`, stats);
      expect(problems, `seed=${seed}`).toEqual([]);
    });
  });
};
