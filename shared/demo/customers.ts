import type { DemoContext } from './context';

/**
 * A territory's customer base. Deals draw from a pool, so the same customers
 * come back for expansions and renewals and appear with several partners, as
 * in a real pipeline; it also keeps faker's slow company names off the hot path.
 */
export const makeCustomerPool = (ctx: DemoContext, size: number): string[] => {
  const names = new Set<string>();
  // Faker repeats names now and then; a pool of distinct ones keeps "customers" countable.
  for (let tries = 0; names.size < size && tries < size * 3; tries++) names.add(ctx.faker.company.name());
  return [...names];
};
