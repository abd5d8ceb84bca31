import { afterAll, describe, expect, it } from 'vitest';
import { runScenario } from './scenario';
import { removeTemplate } from './sim-server';

/**
 * The sync simulation (DESIGN §10). SIM_SEEDS=n runs n seeds from
 * SIM_FIRST_SEED (default 1); SIM_SEED=n replays one. Each failing seed
 * prints `seed=<n>`. The default count keeps the run near two minutes on two cores.
 */
const DEFAULT_SEEDS = 24;

const seeds = (): number[] => {
  if (process.env.SIM_SEED) return [Number(process.env.SIM_SEED)];
  const count = Number(process.env.SIM_SEEDS ?? DEFAULT_SEEDS);
  const first = Number(process.env.SIM_FIRST_SEED ?? 1);
  return Array.from({ length: count }, (_, i) => first + i);
};

afterAll(removeTemplate);

describe('sync simulation', () => {
  it.each(seeds())('seed=%i ends with every device equal to the server and no edit lost', async (seed) => {
    const { problems, stats } = await runScenario(seed);
    if (problems.length > 0) console.error(`seed=${seed} failed (replay: SIM_SEED=${seed} npm run test:sim)\n${problems.slice(0, 20).join('\n')}`);
    else if (process.env.SIM_VERBOSE) console.log(`seed=${seed}`, stats);
    expect(problems, `seed=${seed}`).toEqual([]);
  });
});
