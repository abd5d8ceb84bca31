import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../shared/sync/protocol';
import { call, type World } from './support';

/** Health, the OpenAPI document, the web build and the demo accounts (the world starts with both). */
export const httpSuite = (getWorld: () => World, kind: string): void =>
  void describe('health, OpenAPI and the web build', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    it('reports health with the store kind', async () => {
      const answer = await call(world.server.url, routes.health);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'ok', store: kind, epoch: world.server.epoch });
    });

    it('publishes an OpenAPI document naming every route', async () => {
      const answer = await call(world.server.url, routes.openapi);
      expect(answer.status).toBe(200);
      expect(answer.body.openapi).toBe('3.1.0');
      expect(Object.keys(answer.body.paths).sort()).toEqual(Object.values(routes).sort());
      const push = answer.body.paths[routes.push].post.requestBody.content['application/json'].schema;
      expect(push.properties.mutations.maxItems).toBe(500);
    });

    it('serves the web build at / with a fallback to index.html, but never for /api', async () => {
      const index = await call(world.server.url, '/');
      expect(index.status).toBe(200);
      expect(index.body).toContain('<title>Partner Desk</title>');
      const asset = await call(world.server.url, '/assets/app.js');
      expect(asset.body).toContain('console.log');
      // Hashed assets are kept for good (and V8's compiled code with them); the page itself is always revalidated.
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(index.headers.get('cache-control')).toBe('no-cache');
      const route = await call(world.server.url, '/partners/123');
      expect(route.body).toContain('<title>Partner Desk</title>');
      expect(route.headers.get('cache-control')).toBe('no-cache');
      expect((await call(world.server.url, '/api/unknown')).status).toBe(404);
    });

    it('loads the demo workspace with its accounts (password demo1234)', async () => {
      const answer = await call(world.server.url, routes.signIn, { body: { email: 'manager1@demo.test', password: 'demo1234' } });
      expect(answer.status).toBe(200);
      expect(answer.body.user.territoryIds).toHaveLength(1);
    });

    it('allows cross-origin calls from the desktop and dev origins (bearer tokens, no cookies)', async () => {
      const answer = await call(world.server.url, routes.signIn, {
        method: 'OPTIONS',
        headers: { origin: 'http://127.0.0.1:4173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(answer.status).toBeLessThan(300);
      expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    });
  });
