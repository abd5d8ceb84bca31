import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../shared/sync/protocol';
import { startServer } from '../../../server/app';
import { authSuite } from './auth.suite';
import { generatedHostileSuite } from './generated-hostile.suite';
import { hostileSuite } from './hostile.suite';
import { httpSuite } from './http.suite';
import { importRunsSuite } from './import-runs.suite';
import { incentiveStatementsSuite } from './incentive-statements.suite';
import { lockedPlanSuite } from './locked-plan.suite';
import { movesAndGcSuite } from './moves-gc.suite';
import { pushPullSuite } from './push-pull.suite';
import { ruleHistorySuite } from './rule-history.suite';
import { scopeSuite } from './scope.suite';
import { mutationIdsSuite } from './mutation-ids.suite';
import { serverMadeSuite } from './server-made.suite';
import { call, START_TIMEOUT_MS, startWorld, storeKinds, storeOptions, type World } from './support';

/**
 * The HQ server, every endpoint, on both stores (DESIGN §6, §10). One server
 * per store serves all the suites (each suite makes its own records and
 * sessions), because starting PGlite costs seconds; garbage collection runs
 * last since it resets every cursor behind its horizon.
 */
describe.each(storeKinds)('HQ server on %s', (kind) => {
  let world: World;
  const webRoot = mkdtempSync(join(tmpdir(), 'pd-web-'));
  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Partner Desk</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("app")');
    world = await startWorld(kind, { webRoot, demo: { asOf: '2026-11-22' } });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await world?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });
  const getWorld = () => world;

  httpSuite(getWorld, kind);
  authSuite(getWorld);
  pushPullSuite(getWorld);
  scopeSuite(getWorld);
  serverMadeSuite(getWorld);
  lockedPlanSuite(getWorld);
  incentiveStatementsSuite(getWorld);
  ruleHistorySuite(getWorld);
  importRunsSuite(getWorld);
  mutationIdsSuite(getWorld);
  hostileSuite(getWorld);
  movesAndGcSuite(getWorld);
  // Last: its generated requests leave records behind that no other suite expects.
  generatedHostileSuite(getWorld);
});

/** Store-independent behaviour, checked once on PostgreSQL (the quicker store to start). */
describe('HQ server limits and defaults', () => {
  it('limits sign-in attempts per address and email, and serves no web root when there is none', async () => {
    const { options, cleanup } = await storeOptions('postgres');
    const server = await startServer({ ...options, signInLimit: { max: 5, timeWindowMs: 60_000 }, webRoot: join(tmpdir(), 'no-such-folder-pd') });
    try {
      const email = 'target@test.example';
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await call(server.url, routes.signIn, { body: { email, password: `guess${i}` } })).status);
      expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const limited = await call(server.url, routes.signIn, { body: { email, password: 'again' } });
      expect(limited.body.error.code).toBe('rate_limited');
      // Retry-After in seconds, at most the window; the count lives in the database, not in this instance.
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      // Another email from the same address is not locked out.
      expect((await call(server.url, routes.signIn, { body: { email: 'other@test.example', password: 'x' } })).status).toBe(401);

      const root = await call(server.url, '/');
      expect(root.status).toBe(404);
      expect(root.body.error.code).toBe('not_found');
    } finally {
      await server.close();
      await cleanup();
    }
  }, START_TIMEOUT_MS);
});
