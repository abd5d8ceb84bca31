import { z } from 'zod';
import { newId } from '../../shared/domain/ids';
import { parseOrThrow } from '../../shared/domain/validation';
import { hashPassword } from '../auth/passwords';
import type { Store } from '../store/db';

/** Admin operations on users: the functions behind `npm run admin`, also used by tests and the simulation. */
export const MIN_PASSWORD_LENGTH = 8;

const newUserSchema = z.object({
  id: z.string().min(1).max(64).optional(),
  email: z.email(),
  displayName: z.string().trim().min(1).max(200).optional(),
  role: z.enum(['manager', 'hq']),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1_000),
  territoryIds: z.array(z.string().min(1)).optional(),
});
export type NewUser = z.input<typeof newUserSchema>;

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: 'manager' | 'hq';
  territoryIds: string[];
}

const requireTerritory = async (store: Store, territoryId: string): Promise<void> => {
  const [found] = await store.query("select 1 from records where tbl = 'territories' and id = $1 and not deleted", [territoryId]);
  if (!found) throw new Error(`There is no territory ${territoryId}`);
};

const userIdFor = async (store: Store, emailOrId: string): Promise<string> => {
  const [row] = await store.query<{ id: string }>('select id from users where email = $1 or id = $2', [emailOrId.trim().toLowerCase(), emailOrId]);
  if (!row) throw new Error(`There is no user ${emailOrId}`);
  return row.id;
};

export const createUser = async (store: Store, user: NewUser): Promise<UserSummary> => {
  const given = parseOrThrow(newUserSchema, user, 'User');
  const email = given.email.trim().toLowerCase();
  for (const t of given.territoryIds ?? []) await requireTerritory(store, t);
  const id = given.id ?? newId();
  const displayName = given.displayName ?? email;
  const passwordHash = await hashPassword(given.password);
  await store.transaction(async (tx) => {
    const [taken] = await tx.query('select 1 from users where email = $1', [email]);
    if (taken) throw new Error(`A user with email ${email} exists already`);
    await tx.query('insert into users (id, email, display_name, role, password_hash) values ($1, $2, $3, $4, $5)', [
      id,
      email,
      displayName,
      given.role,
      passwordHash,
    ]);
    for (const t of given.territoryIds ?? []) {
      await tx.query('insert into user_territories (user_id, territory_id) values ($1, $2) on conflict do nothing', [id, t]);
    }
  });
  return { id, email, displayName, role: given.role, territoryIds: [...(given.territoryIds ?? [])].sort() };
};

export const assignTerritory = async (store: Store, user: string, territoryId: string): Promise<void> => {
  await requireTerritory(store, territoryId);
  const id = await userIdFor(store, user);
  await store.query('insert into user_territories (user_id, territory_id) values ($1, $2) on conflict do nothing', [id, territoryId]);
};

export const unassignTerritory = async (store: Store, user: string, territoryId: string): Promise<void> => {
  const id = await userIdFor(store, user);
  await store.query('delete from user_territories where user_id = $1 and territory_id = $2', [id, territoryId]);
};

export const setPassword = async (store: Store, user: string, password: string): Promise<void> => {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const id = await userIdFor(store, user);
  await store.query('update users set password_hash = $2 where id = $1', [id, await hashPassword(password)]);
  // A new password ends every open session.
  await store.query('update sessions set revoked_at = now() where user_id = $1 and revoked_at is null', [id]);
};

export const listUsers = async (store: Store): Promise<UserSummary[]> => {
  const rows = await store.query<{ id: string; email: string; display_name: string; role: 'manager' | 'hq'; territories: string[] | null }>(
    `select u.id, u.email, u.display_name, u.role,
            array_remove(array_agg(ut.territory_id order by ut.territory_id), null) as territories
       from users u left join user_territories ut on ut.user_id = u.id
      group by u.id order by u.email`,
  );
  return rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role, territoryIds: r.territories ?? [] }));
};
