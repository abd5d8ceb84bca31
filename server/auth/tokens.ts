import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens: `payload.signature`, both base64url, the signature an
 * HMAC-SHA256 of the payload with the database's secret. They live minutes;
 * each request also checks that the session behind the token is still open,
 * so signing out ends them at once.
 */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

export interface AccessClaims {
  /** Session id. */
  sid: string;
  /** User id. */
  uid: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const sign = (payload: string, secret: Buffer): Buffer => createHmac('sha256', secret).update(payload).digest();

export const issueAccessToken = (claims: Omit<AccessClaims, 'exp'>, secret: Buffer, nowMs: number, ttlSeconds = ACCESS_TOKEN_SECONDS): string => {
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(nowMs / 1000) + ttlSeconds })).toString('base64url');
  return `${payload}.${sign(payload, secret).toString('base64url')}`;
};

/** The claims of a well-signed, unexpired token; undefined for anything else. */
export const verifyAccessToken = (token: string, secret: Buffer, nowMs: number): AccessClaims | undefined => {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return undefined;
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<AccessClaims>;
    if (typeof claims.sid !== 'string' || typeof claims.uid !== 'string' || typeof claims.exp !== 'number') return undefined;
    return claims.exp * 1000 > nowMs ? (claims as AccessClaims) : undefined;
  } catch {
    return undefined;
  }
};
