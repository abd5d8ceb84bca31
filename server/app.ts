import fastifyCors from '@fastify/cors';
import Fastify from 'fastify';
import type { ServerResponse } from 'node:http';
import { MAX_PUSH_BYTES, routes } from '../shared/sync/protocol';
import { seedDemo } from './admin/demo';
import { DEFAULT_SIGN_IN_LIMITS, type Limit } from './auth/sign-in-limits';
import { authRoutes } from './http/auth-routes';
import type { ServerContext } from './http/context';
import { installErrorHandler, STORE_RETRY_AFTER_SECONDS } from './http/errors';
import { eventRoutes } from './http/events';
import { openApiRoutes } from './http/openapi';
import { statementRoutes } from './http/statement-routes';
import { syncRoutes } from './http/sync-routes';
import { webRoot as serveWebRoot } from './http/web-root';
import type { Store } from './store/db';
import { loadServerMeta } from './store/meta';
import { openStore } from './store/open';
import { PokeHub } from './sync/pokes';

export interface ServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** PGlite data directory; `memory://` for a throwaway in-memory store. */
  dataDir?: string;
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  /** Load the demo workspace into an empty store; `asOf` fixes its "today" (default: today). */
  demo?: boolean | { asOf: string };
  /** Structured request logs (pino); off unless asked for. */
  logger?: boolean;
  /** The production web build to serve at `/` when it exists. */
  webRoot?: string;
  /** Sign-in attempts per address and email per window (default 10 a minute); counted in the database, for all instances. */
  signInLimit?: Limit;
  /** Failed sign-ins per address (an IPv6 /64) per window (default 50 in 15 minutes); counted in the database, for all instances. */
  signInFailureLimit?: Limit;
  /**
   * Reverse proxies (addresses or CIDRs) whose X-Forwarded-For names the client. The sign-in
   * limits count per client address; behind a proxy that is not listed, every client shares its.
   */
  trustedProxies?: string[];
  /** Access token lifetime in seconds (default 15 minutes). */
  accessTokenSeconds?: number;
  /** Event-stream heartbeat interval (default 25 s). */
  heartbeatMs?: number;
  /** The server's clock; tests move it. */
  now?: () => number;
}

export interface RunningServer {
  url: string;
  /** The open store, for admin functions in tests (createUser, createTerritory, …). */
  store: Store;
  epoch: string;
  /** Whether a web build is served at `/`. */
  servesWebRoot: boolean;
  close(): Promise<void>;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Opens the store (migrating it), optionally seeds the demo, and starts
 * listening. The returned `close` ends event streams, stops taking requests,
 * waits for those in flight, and closes the store.
 */
export const startServer = async (options: ServerOptions = {}): Promise<RunningServer> => {
  const store = await openStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const hub = new PokeHub(store);
  try {
    const meta = await loadServerMeta(store);
    if (options.demo) await seedDemo(store, typeof options.demo === 'object' ? options.demo.asOf : today());
    await hub.start();
    const ctx: ServerContext = {
      store,
      secret: meta.tokenSecret,
      epoch: meta.epoch,
      hub,
      now: options.now ?? Date.now,
      accessTokenSeconds: options.accessTokenSeconds,
      heartbeatMs: options.heartbeatMs ?? 25_000,
    };

    const app = Fastify({
      logger: options.logger
        ? {
            level: 'info',
            // EventSource sends its token in the query string: keep it out of the logs.
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({
                method: req.method,
                url: req.url.replace(/access_token=[^&]*/g, 'access_token=[redacted]'),
                remoteAddress: req.ip,
              }),
            },
          }
        : false,
      // The largest body any route takes; each route sets its own, smaller limit.
      bodyLimit: MAX_PUSH_BYTES,
      onProtoPoisoning: 'error',
      onConstructorPoisoning: 'error',
      forceCloseConnections: true,
      // Only the proxies named: trusting any would let a caller pick its own address and escape the limits.
      trustProxy: options.trustedProxies && options.trustedProxies.length > 0 ? options.trustedProxies : false,
    });
    installErrorHandler(app);
    // Bearer tokens, never cookies: any origin may call (the desktop app's app:// page, a dev server).
    await app.register(fastifyCors, { origin: true, credentials: false, maxAge: 600 });
    const streams = new Set<ServerResponse>();
    authRoutes(app, ctx, {
      perAccount: options.signInLimit ?? DEFAULT_SIGN_IN_LIMITS.perAccount,
      failuresPerAddress: options.signInFailureLimit ?? DEFAULT_SIGN_IN_LIMITS.failuresPerAddress,
    });
    syncRoutes(app, ctx);
    statementRoutes(app, ctx);
    eventRoutes(app, ctx, streams);
    openApiRoutes(app);
    app.get(routes.health, async (_request, reply) => {
      try {
        await store.query('select 1');
        return { status: 'ok', store: store.kind, epoch: ctx.epoch, serverTime: ctx.now() };
      } catch {
        return reply.status(503).header('retry-after', String(STORE_RETRY_AFTER_SECONDS)).send({ status: 'unavailable', store: store.kind });
      }
    });
    const servesWebRoot = await serveWebRoot(app, options.webRoot);

    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host ?? '127.0.0.1';
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        for (const res of streams) res.end();
        streams.clear();
        await app.close();
        await hub.stop();
        await store.close();
      })());
    return { url, store, epoch: ctx.epoch, servesWebRoot, close };
  } catch (error) {
    await hub.stop().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
};
