import { beforeAll, describe, expect, it } from 'vitest';
import { routes, tokensSchema } from '../../../shared/sync/protocol';
import { PASSWORD, call, openEvents, signIn, type World } from './support';

export const authSuite = (getWorld: () => World): void =>
  void describe('auth', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    const pullWith = (token: string) =>
      call(world.server.url, routes.pull, { token, body: { clientId: 'c-auth', schemaVersion: 1, cursors: {} } });

    it('signs in with the right password and answers the protocol shape', async () => {
      const answer = await call(world.server.url, routes.signIn, { body: { email: world.m1.email.toUpperCase(), password: PASSWORD } });
      expect(answer.status).toBe(200);
      const tokens = tokensSchema.parse(answer.body);
      expect(tokens.user).toMatchObject({ email: world.m1.email, role: 'manager', territoryIds: [world.t1] });
      expect(tokens.expiresIn).toBe(15 * 60);
      expect((await pullWith(tokens.accessToken)).status).toBe(200);
    });

    it('refuses a wrong password and an unknown email alike', async () => {
      const wrong = await call(world.server.url, routes.signIn, { body: { email: world.m2.email, password: 'not it at all' } });
      const unknown = await call(world.server.url, routes.signIn, { body: { email: 'nobody@test.example', password: PASSWORD } });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.error.code).toBe('invalid_credentials');
    });

    it('rotates refresh tokens, and a spent one closes the session', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const first = await call(world.server.url, routes.refresh, { body: { refreshToken: session.tokens.refreshToken } });
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(session.tokens.refreshToken);
      expect((await pullWith(first.body.accessToken)).status).toBe(200);

      const replay = await call(world.server.url, routes.refresh, { body: { refreshToken: session.tokens.refreshToken } });
      expect(replay.status).toBe(401);
      expect(replay.body.error.code).toBe('refresh_invalid');
      // The reuse closed the session: the newer tokens are dead too.
      expect((await pullWith(first.body.accessToken)).status).toBe(401);
      expect((await call(world.server.url, routes.refresh, { body: { refreshToken: first.body.refreshToken } })).status).toBe(401);
    });

    /**
     * A thief refreshes the stolen token A twice (A → B → C); the owner then
     * presents a token the thief has already spent. Whichever one it is, the
     * whole session ends: the thief's newest refresh and access tokens too.
     */
    it.each([
      ['the first token, two rotations back', 0],
      ['the second token, one rotation back', 1],
    ])('ends the session when any spent refresh token comes back (%s)', async (_which, replayed) => {
      const session = await signIn(world.server.url, world.m1.email);
      const spent = [session.tokens.refreshToken];
      let latest = session.tokens;
      for (let i = 0; i < 2; i++) {
        const renewed = await call(world.server.url, routes.refresh, { body: { refreshToken: latest.refreshToken } });
        expect(renewed.status).toBe(200);
        latest = renewed.body;
        spent.push(latest.refreshToken);
      }
      expect((await pullWith(latest.accessToken)).status).toBe(200);
      const stream = await openEvents(world.server.url, latest.accessToken);
      try {
        const replay = await call(world.server.url, routes.refresh, { body: { refreshToken: spent[replayed] } });
        expect(replay.status).toBe(401);
        expect(replay.body.error.code).toBe('refresh_invalid');
        expect((await call(world.server.url, routes.refresh, { body: { refreshToken: latest.refreshToken } })).status).toBe(401);
        const pulled = await pullWith(latest.accessToken);
        expect(pulled.status).toBe(401);
        expect(pulled.body.error.code).toBe('unauthorized');
        // The thief's event stream ends with the session.
        expect(await stream.until(() => stream.ended)).toBe(true);
      } finally {
        stream.close();
      }
    });

    it('collects expired sessions with their spent refresh tokens', async () => {
      const session = await signIn(world.server.url, world.m2.email);
      const renewed = await call(world.server.url, routes.refresh, { body: { refreshToken: session.tokens.refreshToken } });
      expect(renewed.status).toBe(200);
      const { sid } = JSON.parse(Buffer.from(renewed.body.accessToken.split('.')[0], 'base64url').toString()) as { sid: string };
      const spentOf = async () => (await world.server.store.query('select 1 from spent_refresh_tokens where session_id = $1', [sid])).length;
      expect(await spentOf()).toBe(1);

      await world.server.store.query("update sessions set expires_at = now() - interval '1 second' where id = $1", [sid]);
      // Any sign-in collects.
      await signIn(world.server.url, world.m2.email);
      expect(await world.server.store.query('select 1 from sessions where id = $1', [sid])).toHaveLength(0);
      expect(await spentOf()).toBe(0);
    });

    it('signs out: the access and refresh tokens of the session stop working', async () => {
      const session = await signIn(world.server.url, world.m2.email);
      expect((await call(world.server.url, routes.signOut, { method: 'POST', token: session.tokens.accessToken })).status).toBe(204);
      const after = await pullWith(session.tokens.accessToken);
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('unauthorized');
      expect((await call(world.server.url, routes.refresh, { body: { refreshToken: session.tokens.refreshToken } })).status).toBe(401);
      expect((await call(world.server.url, routes.signOut, { method: 'POST', token: session.tokens.accessToken })).status).toBe(401);
    });

    it('refuses missing, forged and expired access tokens', async () => {
      const good = world.hq.tokens.accessToken;
      const [payload, signature] = good.split('.') as [string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forgedPayload = Buffer.from(JSON.stringify({ ...claims, uid: 'someone-else' })).toString('base64url');
      const tampered = `${forgedPayload}.${signature}`;
      const flipped = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const token of ['', 'garbage', tampered, flipped, `${payload}.`, `${good}.extra`]) {
        const answer = await pullWith(token);
        expect(answer.status, token).toBe(401);
        expect(answer.body.error.code).toBe('unauthorized');
      }
      expect((await call(world.server.url, routes.pull, { body: { clientId: 'c', schemaVersion: 1, cursors: {} } })).status).toBe(401);

      const session = await signIn(world.server.url, world.hq.email);
      world.setClockOffset(16 * 60_000);
      try {
        expect((await pullWith(session.tokens.accessToken)).status).toBe(401);
        // The refresh token still renews it.
        const renewed = await call(world.server.url, routes.refresh, { body: { refreshToken: session.tokens.refreshToken } });
        expect(renewed.status).toBe(200);
        expect((await pullWith(renewed.body.accessToken)).status).toBe(200);
      } finally {
        world.setClockOffset(0);
      }
    });
  });
