import type { FastifyInstance } from 'fastify';
import { refreshRequestSchema, routes, signInRequestSchema } from '../../shared/sync/protocol';
import { refresh, revokeSession, signIn } from '../auth/sessions';
import { requireCaller, type ServerContext } from './context';
import { HttpError } from './errors';
import { parseBody } from './validate';

export interface SignInLimit {
  /** Attempts allowed per IP and email in the window. */
  max: number;
  timeWindowMs: number;
}

const AUTH_BODY_LIMIT = 16 * 1024;

export const authRoutes = (app: FastifyInstance, ctx: ServerContext, limit: SignInLimit): void => {
  app.post(
    routes.signIn,
    {
      bodyLimit: AUTH_BODY_LIMIT,
      config: {
        rateLimit: {
          max: limit.max,
          timeWindow: limit.timeWindowMs,
          // After the body is parsed, so the key can hold the email: one address
          // guessed at from one place is slowed without locking out a whole office.
          hook: 'preHandler',
          keyGenerator: (request) => {
            const email = (request.body as { email?: unknown } | undefined)?.email;
            return `${request.ip}|${typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : ''}`;
          },
        },
      },
    },
    async (request) => {
      const body = parseBody(signInRequestSchema, request.body);
      const tokens = await signIn(ctx, body.email, body.password);
      if (!tokens) throw new HttpError(401, 'invalid_credentials', 'The email or password is not right.');
      return tokens;
    },
  );

  app.post(routes.refresh, { bodyLimit: AUTH_BODY_LIMIT }, async (request) => {
    const body = parseBody(refreshRequestSchema, request.body);
    const tokens = await refresh(ctx, body.refreshToken);
    if (!tokens) throw new HttpError(401, 'refresh_invalid', 'The session has ended; sign in again.');
    return tokens;
  });

  app.post(routes.signOut, { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    const caller = await requireCaller(ctx, request);
    await revokeSession(ctx.store, caller.sessionId);
    ctx.hub.sessionEnded(caller.sessionId);
    return reply.status(204).send();
  });
};
