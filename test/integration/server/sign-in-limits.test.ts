import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../server/app';
import { createUser } from '../../../server/admin/users';
import { signInFrom, statusCounts } from './from-address';
import { PASSWORD, START_TIMEOUT_MS, storeKinds, storeOptions } from './support';

/**
 * Password spraying (one address, many accounts, a password or two each) is
 * throttled by a limit on failed sign-ins per address, checked before any
 * password is hashed and kept in the database (DESIGN §6), on both stores.
 * The per-address-and-email limit is tested in server.test.ts.
 */
const FAILURES_PER_ADDRESS = 10;
const WINDOW_MS = 15 * 60_000;

describe.each(storeKinds)('sign-in limits per address on %s', (kind) => {
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  const email = `owner-${kind}@limits.example`;

  beforeAll(async () => {
    const store = await storeOptions(kind);
    cleanup = store.cleanup;
    server = await startServer({
      ...store.options,
      signInLimit: { max: 1_000, timeWindowMs: 60_000 },
      signInFailureLimit: { max: FAILURES_PER_ADDRESS, timeWindowMs: WINDOW_MS },
    });
    await createUser(server.store, { email, role: 'manager', password: PASSWORD });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await server?.close();
    await cleanup?.();
  });

  const sprayer = '127.0.0.2';

  it('does not count sign-ins with the right password against the address', async () => {
    for (let i = 0; i < FAILURES_PER_ADDRESS + 5; i++) expect((await signInFrom(sprayer, server.url, email, PASSWORD)).status).toBe(200);
  });

  it('answers 429 to a spray of 150 accounts once the address has failed its limit, without checking the rest', async () => {
    // All at once: were the check and the count apart, every request would pass the check before any was counted.
    const answers = await Promise.all(Array.from({ length: 150 }, (_, i) => signInFrom(sprayer, server.url, `user${i}@limits.example`, 'Winter2026!')));
    // A 401 is a password checked (scrypt); a 429 is refused before any hashing.
    expect(statusCounts(answers)).toEqual({ 401: FAILURES_PER_ADDRESS, 429: 150 - FAILURES_PER_ADDRESS });
    const limited = answers.find((a) => a.status === 429)!;
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(WINDOW_MS / 1000);
  });

  it('refuses even the right password from that address until the window ends, and says so', async () => {
    const refused = await signInFrom(sprayer, server.url, email, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/even with the right password/);
    expect(refused.retryAfter).toMatch(/^\d+$/);
    // Another address (another office) is not locked out.
    expect((await signInFrom('127.0.0.3', server.url, email, PASSWORD)).status).toBe(200);

    // The windows run on the database's clock, which a test cannot move: end this one by moving its end instead.
    await server.store.query("update sign_in_counters set window_ends = now() - interval '1 second'");
    expect((await signInFrom(sprayer, server.url, email, PASSWORD)).status).toBe(200);
    expect((await signInFrom(sprayer, server.url, 'user0@limits.example', 'Winter2026!')).status).toBe(401);
  });
});

describe('sign-in limits behind a reverse proxy (PostgreSQL)', () => {
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  const proxy = '127.0.0.4';
  beforeAll(async () => {
    const store = await storeOptions('postgres');
    cleanup = store.cleanup;
    server = await startServer({ ...store.options, trustedProxies: [proxy], signInFailureLimit: { max: 3, timeWindowMs: WINDOW_MS } });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await server?.close();
    await cleanup?.();
  });

  const spray = (from: string, client: string) =>
    Promise.all([1, 2, 3, 4].map((i) => signInFrom(from, server.url, `u${i}@proxy.example`, 'guess', { 'x-forwarded-for': client })));

  it('counts per client behind a listed proxy, and never takes the header from anyone else', async () => {
    expect(statusCounts(await spray(proxy, '203.0.113.7'))).toEqual({ 401: 3, 429: 1 });
    // Another client behind the same proxy has an allowance of its own.
    expect(statusCounts(await spray(proxy, '203.0.113.8'))).toEqual({ 401: 3, 429: 1 });
    // A caller that is not a listed proxy cannot pick its address by the header.
    const direct = [...(await spray('127.0.0.5', '198.51.100.1')), ...(await spray('127.0.0.5', '198.51.100.2'))];
    expect(statusCounts(direct)).toEqual({ 401: 3, 429: 5 });
  });
});
