import { describe, expect, it } from 'vitest';
import { routes, type Tokens } from '../../../../shared/sync/protocol';
import { createMemorySecretStore } from '../../../support/memory-platform';
import { SyncError } from '../../../../renderer/sync/errors';
import { createHttp } from '../../../../renderer/sync/http';
import { createSession, SESSION_SECRET_KEY } from '../../../../renderer/sync/session';

const user = { id: 'user-1', email: 'm@demo.test', displayName: 'M', role: 'manager' as const, territoryIds: ['t1'] };
const tokens = (n: number): Tokens => ({ accessToken: `access-${n}`, expiresIn: 900, refreshToken: `refresh-${n}`, user });

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const error = (status: number, code: string) => json(status, { error: { code, message: `${code}!` } });

/** A server that knows one valid access token and one valid refresh token at a time. */
const fakeServer = () => {
  let issued = 0;
  let access = '';
  let refresh = '';
  const calls: string[] = [];
  const issue = () => {
    const t = tokens(++issued);
    access = t.accessToken;
    refresh = t.refreshToken;
    return json(200, t);
  };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const auth = new Headers(init?.headers).get('authorization');
    calls.push(`${path} ${auth ?? ''}`.trim());
    if (path === routes.signIn) return body.password === 'demo1234' ? issue() : error(401, 'invalid_credentials');
    if (path === routes.refresh) return body.refreshToken === refresh ? issue() : error(401, 'refresh_invalid');
    if (path === routes.signOut) return json(200, {});
    return auth === `Bearer ${access}` ? json(200, { ok: true }) : error(401, 'unauthorized');
  };
  return { fetch, calls, expireAccess: () => (access = 'expired'), revokeRefresh: () => (refresh = 'revoked') };
};

const setup = () => {
  const server = fakeServer();
  const secrets = createMemorySecretStore();
  const http = createHttp({ baseUrl: 'http://hq.test', fetch: server.fetch as typeof fetch });
  const session = createSession(http, secrets);
  const call = () =>
    session.authorized((token) => http.request('/api/thing', { accessToken: token, body: {}, schema: { safeParse: (v: unknown) => ({ success: true, data: v }) } as never }));
  return { server, secrets, session, call };
};

describe('session', () => {
  it('signs in and keeps the tokens in the platform secrets', async () => {
    const { session, secrets } = setup();
    expect(await session.signIn('m@demo.test', 'demo1234')).toEqual(user);
    expect(JSON.parse((await secrets.get(SESSION_SECRET_KEY))!)).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(await session.user()).toEqual(user);
  });

  it('maps a refused sign-in to a typed error', async () => {
    const { session } = setup();
    await expect(session.signIn('m@demo.test', 'nope')).rejects.toMatchObject({ code: 'invalid_credentials', message: 'invalid_credentials!' });
  });

  it('refreshes once on an expired access token and retries the call once', async () => {
    const { session, server, call } = setup();
    await session.signIn('m@demo.test', 'demo1234');
    server.expireAccess();
    expect(await call()).toEqual({ ok: true });
    expect(server.calls.slice(1)).toEqual(['/api/thing Bearer access-1', routes.refresh, '/api/thing Bearer access-2']);
  });

  it('ends the session when the refresh token is refused', async () => {
    const { session, server, secrets, call } = setup();
    await session.signIn('m@demo.test', 'demo1234');
    server.expireAccess();
    server.revokeRefresh();
    await expect(call()).rejects.toMatchObject({ code: 'refresh_invalid' });
    expect(await secrets.get(SESSION_SECRET_KEY)).toBeNull();
    await expect(call()).rejects.toBeInstanceOf(SyncError);
  });

  it('signs out on the server and forgets the tokens, even offline', async () => {
    const { session, server, secrets } = setup();
    await session.signIn('m@demo.test', 'demo1234');
    await session.signOut();
    expect(server.calls.at(-1)).toBe(`${routes.signOut} Bearer access-1`);
    expect(await secrets.get(SESSION_SECRET_KEY)).toBeNull();

    const offline = createSession(createHttp({ baseUrl: 'http://hq.test', fetch: (async () => { throw new TypeError('fetch failed'); }) as typeof fetch }), secrets);
    await secrets.set(SESSION_SECRET_KEY, JSON.stringify({ accessToken: 'a', refreshToken: 'r', user }));
    await offline.signOut();
    expect(await secrets.get(SESSION_SECRET_KEY)).toBeNull();
  });

  it('reports an unreachable server as a network error', async () => {
    const http = createHttp({ baseUrl: 'http://hq.test', fetch: (async () => { throw new TypeError('fetch failed'); }) as typeof fetch });
    await expect(createSession(http, createMemorySecretStore()).signIn('a@b.test', 'x')).rejects.toMatchObject({ code: 'network' });
  });
});
