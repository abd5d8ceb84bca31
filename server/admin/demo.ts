import { demoWorkspace, type Workspace } from '../../shared/demo';
import { entityNames } from '../../shared/domain/entities';
import { hashPassword } from '../auth/passwords';
import type { Store } from '../store/db';
import { writeServerRecords } from '../sync/server-writes';

/** The password of every demo account (README). */
export const DEMO_PASSWORD = 'demo1234';

/**
 * Fills an empty store with the demo workspace: its records and its users
 * (hq@demo.test, manager1@demo.test, …). A store holding any user or record
 * is left alone, so restarting with PARTNER_DESK_DEMO=1 never duplicates data.
 */
export const seedDemo = async (store: Store, asOf: string, nowMs = Date.now()): Promise<boolean> => {
  const [used] = await store.query('select 1 from users union all select 1 from records limit 1');
  if (used) return false;
  await seedWorkspace(store, demoWorkspace(asOf), nowMs);
  return true;
};

/**
 * Stores a generated workspace (demo or load set): its users, each with the
 * demo password, and every record, in one transaction. For an empty store.
 */
export const seedWorkspace = async (store: Store, workspace: Workspace, nowMs = Date.now()): Promise<void> => {
  const hashes = await Promise.all(workspace.users.map(() => hashPassword(DEMO_PASSWORD)));
  const hq = workspace.users.find((u) => u.role === 'hq');
  const records = entityNames.flatMap((table) => workspace.records[table].map((data) => ({ table, data })));
  await store.transaction(async (tx) => {
    for (const [i, user] of workspace.users.entries()) {
      await tx.query('insert into users (id, email, display_name, role, password_hash) values ($1, $2, $3, $4, $5)', [
        user.id,
        user.email,
        user.displayName,
        user.role,
        hashes[i],
      ]);
      if (user.role === 'manager') {
        for (const t of user.territoryIds) await tx.query('insert into user_territories (user_id, territory_id) values ($1, $2)', [user.id, t]);
      }
    }
    await writeServerRecords(tx, records, hq?.id ?? 'admin', nowMs);
  });
};
