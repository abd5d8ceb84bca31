import { createHash, randomBytes } from 'node:crypto';
import type { Tokens } from '../../shared/sync/protocol';
import type { Queryable, Store } from '../store/db';
import { dummyHash, verifyPassword } from './passwords';
import { ACCESS_TOKEN_SECONDS, issueAccessToken, verifyAccessToken } from './tokens';
import { findUserByEmail, sessionUser, type Caller } from './users';

/**
 * Sessions: sign-in opens one, a refresh token (random, stored only as a
 * hash) renews its access tokens and is replaced on every use, sign-out
 * closes it. Every replaced token's hash is kept while the session lives
 * (`spent_refresh_tokens`): presenting any of them again means one leaked,
 * however many rotations ago, so the whole session is closed, and with it
 * every token issued to whoever holds it now.
 */
export const REFRESH_TOKEN_DAYS = 30;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');
const newRefreshToken = (): string => randomBytes(32).toString('base64url');

export interface TokenContext {
  store: Store;
  secret: Buffer;
  now: () => number;
  accessTokenSeconds?: number;
}

const issue = async (
  ctx: TokenContext,
  db: Queryable,
  user: { id: string; email: string; display_name: string; role: 'manager' | 'hq' },
  sessionId: string,
  refreshToken: string,
): Promise<Tokens> => {
  const ttl = ctx.accessTokenSeconds ?? ACCESS_TOKEN_SECONDS;
  return {
    accessToken: issueAccessToken({ sid: sessionId, uid: user.id }, ctx.secret, ctx.now(), ttl),
    expiresIn: ttl,
    refreshToken,
    user: await sessionUser(db, { id: user.id, email: user.email, displayName: user.display_name, role: user.role }),
  };
};

/** Tokens for a right email and password; undefined otherwise, after the same amount of work. */
export const signIn = async (ctx: TokenContext, email: string, password: string): Promise<Tokens | undefined> => {
  const user = await findUserByEmail(ctx.store, email);
  const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
  if (!user || !ok) return undefined;
  const sessionId = randomBytes(16).toString('base64url');
  const refreshToken = newRefreshToken();
  await ctx.store.query(
    `insert into sessions (id, user_id, refresh_hash, expires_at)
     values ($1, $2, $3, now() + make_interval(days => $4))`,
    [sessionId, user.id, sha256(refreshToken), REFRESH_TOKEN_DAYS],
  );
  return issue(ctx, ctx.store, user, sessionId, refreshToken);
};

export interface RefreshOutcome {
  /** New tokens; absent when the token is unknown, expired, revoked or spent. */
  tokens?: Tokens;
  /** The session a spent token closed, so its event streams can be ended too. */
  endedSessionId?: string;
}

/** New tokens for a current refresh token, which is spent. */
export const refresh = async (ctx: TokenContext, refreshToken: string): Promise<RefreshOutcome> =>
  ctx.store.transaction(async (tx) => {
    const hash = sha256(refreshToken);
    // The row lock orders two refreshes with one token: the second finds it spent (below) and closes the session.
    const [session] = await tx.query<{ id: string; user_id: string }>(
      `select id, user_id from sessions
        where refresh_hash = $1 and revoked_at is null and expires_at > now() for update`,
      [hash],
    );
    if (!session) {
      // A spent token coming back: someone else holds the session. Close it.
      const [ended] = await tx.query<{ id: string }>(
        `update sessions set revoked_at = now()
          where id = (select session_id from spent_refresh_tokens where hash = $1) and revoked_at is null
          returning id`,
        [hash],
      );
      return { endedSessionId: ended?.id };
    }
    const next = newRefreshToken();
    await tx.query('insert into spent_refresh_tokens (hash, session_id) values ($1, $2)', [hash, session.id]);
    await tx.query('update sessions set refresh_hash = $2 where id = $1', [session.id, sha256(next)]);
    const [user] = await tx.query<{ id: string; email: string; display_name: string; role: 'manager' | 'hq' }>(
      'select id, email, display_name, role from users where id = $1',
      [session.user_id],
    );
    return user ? { tokens: await issue(ctx, tx, user, session.id, next) } : {};
  });

export const revokeSession = async (db: Queryable, sessionId: string): Promise<void> => {
  await db.query('update sessions set revoked_at = now() where id = $1 and revoked_at is null', [sessionId]);
};

/** The caller behind an access token: well signed, unexpired, and its session still open. */
export const authenticate = async (ctx: TokenContext, accessToken: string): Promise<Caller | undefined> => {
  const claims = verifyAccessToken(accessToken, ctx.secret, ctx.now());
  if (!claims) return undefined;
  const [row] = await ctx.store.query<{ id: string; email: string; display_name: string; role: 'manager' | 'hq' }>(
    `select u.id, u.email, u.display_name, u.role from sessions s join users u on u.id = s.user_id
      where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.expires_at > now()`,
    [claims.sid, claims.uid],
  );
  return row && { id: row.id, email: row.email, displayName: row.display_name, role: row.role, sessionId: claims.sid, tokenExpiresAt: claims.exp * 1000 };
};
