import type { Queryable } from '../store/db';

/**
 * Auth rows that can no longer matter, deleted a batch at a time on each
 * sign-in that gets past the limits, so nothing piles up and no timer or
 * instance is needed for it:
 *
 * - expired sessions: no token of theirs works any more; their spent refresh
 *   tokens go with them (on delete cascade), so a session's spent hashes
 *   live exactly as long as the session (at most REFRESH_TOKEN_DAYS);
 * - sign-in counters whose window has ended: the next attempt would start
 *   them over anyway.
 *
 * `skip locked`: instances collecting at once share the work instead of
 * queueing, and a session being refreshed right now is left for next time.
 */
const BATCH = 100;

export const collectExpiredAuthRows = async (db: Queryable): Promise<void> => {
  await db.query(
    `delete from sessions where id in (
       select id from sessions where expires_at <= now() order by expires_at limit $1 for update skip locked)`,
    [BATCH],
  );
  await db.query(
    `delete from sign_in_counters where key in (
       select key from sign_in_counters where window_ends <= now() order by window_ends limit $1 for update skip locked)`,
    [BATCH],
  );
};
