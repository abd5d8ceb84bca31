import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { GLOBAL_TERRITORY } from '../../shared/domain/common';
import { routes, type Poke } from '../../shared/sync/protocol';
import { territoriesOf, type Caller } from '../auth/users';
import { requireCaller, type ServerContext } from './context';

/** How long a stream trusts its last look at the caller's session and territories. */
const SCOPE_TTL_MS = 2_000;

/**
 * The poke stream (DESIGN §5): server-sent events telling a client which of
 * its territories changed, so it pulls at once. A poke never names a
 * territory the caller cannot read. The stream ends when the access token
 * expires or the session is closed (at once on this instance, at the next
 * poke on another); the client reconnects with a fresh token.
 */
export const eventRoutes = (app: FastifyInstance, ctx: ServerContext, streams: Set<ServerResponse>): void => {
  app.get(routes.events, async (request, reply) => {
    const caller = await requireCaller(ctx, request, true);
    const scopeOf = async (who: Caller): Promise<Set<string> | undefined> => {
      const [open] = await ctx.store.query('select 1 from sessions where id = $1 and revoked_at is null and expires_at > now()', [who.sessionId]);
      return open ? new Set([...(await territoriesOf(ctx.store, who)), GLOBAL_TERRITORY]) : undefined;
    };
    let scope = await scopeOf(caller);
    let checkedAt = ctx.now();

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      // Headers set by hooks (CORS) would be lost with the hijack otherwise.
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\nretry: 3000\n\n');
    streams.add(res);

    let queue = Promise.resolve();
    const onPoke = (poke: Poke): void => {
      // Pokes are handled one after another so a scope refresh never reorders them.
      queue = queue.then(async () => {
        if (ctx.now() - checkedAt > SCOPE_TTL_MS) {
          scope = await scopeOf(caller);
          checkedAt = ctx.now();
        }
        if (!scope) return close();
        const mine = poke.territories.filter((t) => scope!.has(t));
        if (mine.length > 0 && !res.writableEnded) res.write(`event: poke\ndata: ${JSON.stringify({ territories: mine, version: poke.version })}\n\n`);
      }).catch(() => close());
    };
    const unsubscribe = ctx.hub.subscribe(onPoke);
    // Signed out here: end now. (Signed out through another instance: at the next poke.)
    const unwatch = ctx.hub.onSessionEnded((sessionId) => sessionId === caller.sessionId && close());
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), ctx.heartbeatMs);
    // The token this stream was opened with expires: end it, the client comes back with a new one.
    const expiry = setTimeout(() => close(), Math.max(0, caller.tokenExpiresAt - ctx.now()));

    function close(): void {
      unsubscribe();
      unwatch();
      clearInterval(heartbeat);
      clearTimeout(expiry);
      streams.delete(res);
      if (!res.writableEnded) res.end();
    }
    res.on('close', close);
    res.on('error', close);
  });
};
