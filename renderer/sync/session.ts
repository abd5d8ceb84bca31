import { z } from 'zod';
import { routes, sessionUserSchema, tokensSchema, type SessionUser, type Tokens } from '../../shared/sync/protocol';
import type { SecretStore } from '../platform/platform';
import { isSyncError, SyncError } from './errors';
import type { Http } from './http';

/** Where the session lives in the platform's secret store. */
export const SESSION_SECRET_KEY = 'sync.session';

const storedSessionSchema = z.object({ accessToken: z.string(), refreshToken: z.string(), user: sessionUserSchema });
type StoredSession = z.infer<typeof storedSessionSchema>;

export interface Session {
  /** The signed-in user, or null. */
  user(): Promise<SessionUser | null>;
  signIn(email: string, password: string): Promise<SessionUser>;
  /** Revokes the refresh token on the server (best effort: offline still signs out) and forgets the tokens; local data and the outbox stay. */
  signOut(): Promise<void>;
  /**
   * Runs a call with the access token; on `unauthorized` refreshes the
   * tokens once and retries once. A refused refresh ends the session: the
   * user must sign in again.
   */
  authorized<T>(call: (accessToken: string) => Promise<T>): Promise<T>;
}

export const createSession = (http: Http, secrets: SecretStore): Session => {
  let refreshing: Promise<StoredSession> | undefined;

  const load = async (): Promise<StoredSession | null> => {
    const text = await secrets.get(SESSION_SECRET_KEY);
    if (!text) return null;
    const parsed = storedSessionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  };

  const store = async (tokens: Tokens): Promise<StoredSession> => {
    const session = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user: tokens.user };
    await secrets.set(SESSION_SECRET_KEY, JSON.stringify(session));
    return session;
  };

  const signedIn = async (): Promise<StoredSession> => {
    const session = await load();
    if (!session) throw new SyncError('unauthorized', 'Sign in to sync.');
    return session;
  };

  const refresh = async (stale: StoredSession): Promise<StoredSession> => {
    try {
      const tokens = await http.request(routes.refresh, { body: { refreshToken: stale.refreshToken }, schema: tokensSchema });
      return await store(tokens);
    } catch (error) {
      // Only a refused token ends the session; a network failure keeps it for the next try.
      if (isSyncError(error, 'refresh_invalid', 'unauthorized')) await secrets.delete(SESSION_SECRET_KEY);
      throw error;
    }
  };

  /** One refresh at a time: two calls failing together must not spend the refresh token twice. */
  const refreshOnce = (stale: StoredSession): Promise<StoredSession> => {
    refreshing ??= refresh(stale).finally(() => (refreshing = undefined));
    return refreshing;
  };

  const withSession = async <T>(session: StoredSession, call: (accessToken: string) => Promise<T>): Promise<T> => {
    try {
      return await call(session.accessToken);
    } catch (error) {
      if (!isSyncError(error, 'unauthorized')) throw error;
      const fresh = await refreshOnce(session);
      return call(fresh.accessToken);
    }
  };

  return {
    user: async () => (await load())?.user ?? null,

    async signIn(email, password) {
      const tokens = await http.request(routes.signIn, { body: { email, password }, schema: tokensSchema });
      return (await store(tokens)).user;
    },

    async signOut() {
      const session = await load();
      if (!session) return;
      try {
        // The server revokes the session the access token belongs to; an expired one is refreshed first.
        await withSession(session, (accessToken) => http.request(routes.signOut, { accessToken, schema: z.unknown() }));
      } catch {
        // Offline or already ended: the tokens leave this device anyway, which is what signing out promises.
      } finally {
        await secrets.delete(SESSION_SECRET_KEY);
      }
    },

    authorized: async (call) => withSession(await signedIn(), call),
  };
};
