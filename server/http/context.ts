import type { FastifyRequest } from 'fastify';
import type { Caller } from '../auth/users';
import { authenticate, type TokenContext } from '../auth/sessions';
import type { Store } from '../store/db';
import type { PokeHub } from '../sync/pokes';
import { HttpError } from './errors';

/** What every route needs: the store, the token secret, the epoch, the poke hub, the clock. */
export interface ServerContext extends TokenContext {
  store: Store;
  epoch: string;
  hub: PokeHub;
  now: () => number;
  /** Milliseconds between heartbeat comments on an event stream. */
  heartbeatMs: number;
}

/** The bearer token of a request: the Authorization header, or `?access_token=` where a header cannot be set (EventSource). */
export const bearerToken = (request: FastifyRequest, allowQuery = false): string | undefined => {
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match?.[1];
  }
  if (allowQuery) {
    const token = (request.query as Record<string, unknown> | undefined)?.access_token;
    return typeof token === 'string' && token.length > 0 ? token : undefined;
  }
  return undefined;
};

/** The signed-in caller, or a 401 that says to sign in (or refresh). */
export const requireCaller = async (ctx: ServerContext, request: FastifyRequest, allowQuery = false): Promise<Caller> => {
  const token = bearerToken(request, allowQuery);
  const caller = token && token.length <= 4_096 ? await authenticate(ctx, token) : undefined;
  if (!caller) throw new HttpError(401, 'unauthorized', 'Sign in again: the access token is missing, expired or no longer valid.');
  return caller;
};
