import type { SessionUser } from '../../shared/sync/protocol';
import type { Queryable } from '../store/db';

/** A signed-in caller as every handler sees it. */
export interface Caller {
  id: string;
  email: string;
  displayName: string;
  role: 'manager' | 'hq';
  sessionId: string;
  /** When the access token the caller came with expires (ms since the epoch). */
  tokenExpiresAt: number;
}

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: 'manager' | 'hq';
  password_hash: string;
}

export const findUserByEmail = async (db: Queryable, email: string): Promise<UserRow | undefined> =>
  (await db.query<UserRow>('select * from users where email = $1', [email.trim().toLowerCase()]))[0];

/** Territories that exist (not deleted), from the synced `territories` table. */
export const existingTerritories = async (db: Queryable): Promise<string[]> =>
  (await db.query<{ id: string }>("select id from records where tbl = 'territories' and not deleted order by id")).map((r) => r.id);

/**
 * The territories a user works: HQ every territory there is, a manager the
 * ones assigned. `global` is not among them: everyone reads it, only HQ writes it.
 */
export const territoriesOf = async (db: Queryable, user: { id: string; role: 'manager' | 'hq' }): Promise<string[]> =>
  user.role === 'hq'
    ? existingTerritories(db)
    : (await db.query<{ territory_id: string }>('select territory_id from user_territories where user_id = $1 order by territory_id', [user.id])).map(
        (r) => r.territory_id,
      );

export const sessionUser = async (db: Queryable, user: { id: string; email: string; displayName: string; role: 'manager' | 'hq' }): Promise<SessionUser> => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  territoryIds: await territoriesOf(db, user),
});
