import { createHash } from 'node:crypto';
import type { Queryable } from '../store/db';

/**
 * Sign-in limits (DESIGN §6), counted in the database (`sign_in_counters`)
 * so every instance on it sees one count, in fixed windows on the
 * database's clock (one clock for all instances):
 *
 * - per address and email, every attempt: slows guessing one account's
 *   password from one place;
 * - per address, failed attempts only: slows password spraying (a password
 *   or two against many accounts), which the first limit never sees.
 *   Failures only, and a generous number, so an office behind one NAT is not
 *   locked out by one person's typos.
 *
 * Both are checked before the password is hashed, so a refused attempt costs
 * no scrypt work. The check is the count: an attempt adds itself to both
 * counters in one statement and is refused when that takes either over its
 * limit, so parallel attempts cannot all pass before any is counted. What
 * turns out not to be a failure gives its count back: the per-address one
 * after a right password, both after a refusal (it checked nothing).
 */
export interface Limit {
  /** How many in one window. */
  max: number;
  timeWindowMs: number;
}

export interface SignInLimits {
  /** Attempts per address and email (default 10 a minute). */
  perAccount: Limit;
  /** Failed attempts per address (default 50 in 15 minutes). */
  failuresPerAddress: Limit;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perAccount: { max: 10, timeWindowMs: 60_000 },
  failuresPerAddress: { max: 50, timeWindowMs: 15 * 60_000 },
};

/** Which limit refused an attempt, and how many seconds until its window ends. */
export interface Refusal {
  by: 'address' | 'account';
  retryAfterSeconds: number;
}

interface Counted {
  key: string;
  count: number;
  /** The window's end as the database wrote it: a give-back touches only the window it was counted in. */
  window_ends: string;
  retry_after: number;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

const take = (db: Queryable, entries: { key: string; limit: Limit }[]): Promise<Counted[]> =>
  db.query<Counted>(
    `insert into sign_in_counters as c (key, count, window_ends)
       select key, 1, now() + make_interval(secs => ms / 1000) from unnest($1::text[], $2::float8[]) as t (key, ms)
     on conflict (key) do update set
       count = case when c.window_ends <= now() then 1 else c.count + 1 end,
       window_ends = case when c.window_ends <= now() then excluded.window_ends else c.window_ends end
     returning c.key, c.count, c.window_ends::text as window_ends,
       greatest(1, ceil(extract(epoch from c.window_ends - now())))::int as retry_after`,
    [entries.map((e) => e.key), entries.map((e) => e.limit.timeWindowMs)],
  );

const giveBack = async (db: Queryable, counted: Counted[]): Promise<void> => {
  for (const row of counted) {
    await db.query('update sign_in_counters set count = count - 1 where key = $1 and window_ends = $2::timestamptz and count > 0', [row.key, row.window_ends]);
  }
};

/**
 * Runs `check` (the password check) unless a limit refuses the attempt first.
 * `check` resolves to its result for a right password and to undefined for a wrong one.
 */
export const limitSignIn = async <T>(
  db: Queryable,
  limits: SignInLimits,
  who: { address: string; email: string },
  check: () => Promise<T | undefined>,
): Promise<{ refused: Refusal } | { refused?: undefined; result: T | undefined }> => {
  const failuresKey = `failures:${who.address}`;
  const accountKey = `account:${who.address}:${sha256(who.email.trim().toLowerCase())}`;
  // Always the address's row first: two attempts lock the rows they share in one order and never deadlock.
  const counted = await take(db, [
    { key: failuresKey, limit: limits.failuresPerAddress },
    { key: accountKey, limit: limits.perAccount },
  ]);
  const failures = counted.find((r) => r.key === failuresKey)!;
  const account = counted.find((r) => r.key === accountKey)!;
  const over = [
    failures.count > limits.failuresPerAddress.max && { by: 'address' as const, retryAfterSeconds: failures.retry_after },
    account.count > limits.perAccount.max && { by: 'account' as const, retryAfterSeconds: account.retry_after },
  ].filter((r): r is Refusal => Boolean(r));
  if (over.length > 0) {
    await giveBack(db, counted);
    // The address-wide refusal first: it holds for every account, so its wait is the one that matters.
    return { refused: { by: over[0]!.by, retryAfterSeconds: Math.max(...over.map((r) => r.retryAfterSeconds)) } };
  }
  let result: T | undefined;
  try {
    result = await check();
  } catch (error) {
    // Nothing was decided about the password (the database failed): the attempt counts for neither limit.
    await giveBack(db, counted).catch(() => undefined);
    throw error;
  }
  // A right password was not a failure. Should the give-back fail, the caller keeps the session it
  // was given and the address merely carries one failure too many until the window ends.
  if (result !== undefined) await giveBack(db, [failures]).catch(() => undefined);
  return { result };
};
