import type { FastifyInstance } from 'fastify';
import { refreshRequestSchema, routes, signInRequestSchema } from '../../shared/sync/protocol';
import { addressKey } from '../auth/address';
import { collectExpiredAuthRows } from '../auth/collect';
import { refresh, revokeSession, signIn } from '../auth/sessions';
import { limitSignIn, type Refusal, type SignInLimits } from '../auth/sign-in-limits';
import { requireCaller, type ServerContext } from './context';
import { HttpError } from './errors';
import { parseBody } from './validate';

const AUTH_BODY_LIMIT = 16 * 1024;

const wait = (seconds: number): string => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

/** The 429 body: what was limited, and (for the address) that a right password is refused too, so nobody thinks theirs is wrong. */
const refusalError = (refusal: Refusal): HttpError =>
  new HttpError(
    429,
    'rate_limited',
    refusal.by === 'address'
      ? `Too many failed sign-ins from your network: sign-in from this address is paused for ${wait(refusal.retryAfterSeconds)}, even with the right password. Try again after that.`
      : `Too many sign-in attempts for this account from your address; try again in ${wait(refusal.retryAfterSeconds)}.`,
  );

export const authRoutes = (app: FastifyInstance, ctx: ServerContext, limits: SignInLimits): void => {
  app.post(routes.signIn, { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    const body = parseBody(signInRequestSchema, request.body);
    const attempt = await limitSignIn(ctx.store, limits, { address: addressKey(request.ip), email: body.email }, () =>
      signIn(ctx, body.email, body.password),
    );
    if (attempt.refused) {
      return reply.status(429).header('retry-after', String(attempt.refused.retryAfterSeconds)).send(refusalError(attempt.refused).body());
    }
    // Housekeeping; a failure of it must not fail the sign-in.
    await collectExpiredAuthRows(ctx.store).catch((error: unknown) => request.log.warn({ err: error }, 'collecting expired auth rows failed'));
    if (!attempt.result) throw new HttpError(401, 'invalid_credentials', 'The email or password is not right.');
    return attempt.result;
  });

  app.post(routes.refresh, { bodyLimit: AUTH_BODY_LIMIT }, async (request) => {
    const body = parseBody(refreshRequestSchema, request.body);
    const outcome = await refresh(ctx, body.refreshToken);
    if (outcome.endedSessionId) ctx.hub.sessionEnded(outcome.endedSessionId);
    if (!outcome.tokens) throw new HttpError(401, 'refresh_invalid', 'The session has ended; sign in again.');
    return outcome.tokens;
  });

  app.post(routes.signOut, { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    const caller = await requireCaller(ctx, request);
    await revokeSession(ctx.store, caller.sessionId);
    ctx.hub.sessionEnded(caller.sessionId);
    return reply.status(204).send();
  });
};
