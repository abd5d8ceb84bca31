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
  if (process.env.SIM_SEED) return [Number(process.env.SIM_SEED)];
  const count = Number(process.env.SIM_SEEDS ?? DEFAULT_SEEDS);
  const first = Number(process.env.SIM_FIRST_SEED ?? 1);
  for (const [name, value] of [['SIM_SEEDS', count], ['SIM_FIRST_SEED', first]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${process.env[name]}"`);
  }
  return Array.from({ length: count }, (_, i) => first + i);
};

/** Registers this shard's seeds (every SHARDS-th, from its own position). */
export const defineSimSuite = (shard: number): void => {
  const seeds = requestedSeeds().filter((_, index) => index % SHARDS === shard - 1);

  afterAll(removeTemplates);

  describe(`sync simulation, shard ${shard} of ${SHARDS}`, () => {
    if (seeds.length === 0) {
      console.log(`sync simulation shard ${shard} has no seeds: the ${requestedSeeds().length} requested all fall to the other shard`);
      it.skip('has no seeds of its own to run', () => {});
      return;
    }
    it.each(seeds)('seed=%i ends with every device equal to the server and no edit lost', async (seed) => {
      const { problems, stats } = await runScenario(seed);
      if (problems.length > 0) console.error(`seed=${seed} failed (replay: SIM_SEED=${seed} npm run test:sim)\n${problems.slice(0, 20).join('\n')}`);
      else if (process.env.SIM_VERBOSE) console.log(`seed=${seed}`, stats);
      expect(problems, `seed=${seed}`).toEqual([]);
    });
  });
};
