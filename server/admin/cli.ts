import { parseArgs } from 'node:util';
import { ValidationError } from '../../shared/domain/validation';
import { configFromEnv } from '../config';
import { openStore } from '../store/open';
import type { Store } from '../store/db';
import { collectGarbage } from '../sync/gc';
import { createTerritory, listTerritories } from './territories';
import { assignTerritory, createUser, listUsers, setPassword, unassignTerritory } from './users';

/**
 * `npm run admin -- <command>`: users and territories of the HQ server.
 * It opens the same store as `npm run server` (DATABASE_URL or
 * PARTNER_DESK_DATA_DIR). A PGlite data directory can be open in one
 * process only: stop the server first, or use PostgreSQL.
 */
const help = `Usage: npm run admin -- <command> [options]

Commands:
  create-territory --name <name> --region <region> [--id <id>]
  list-territories
  create-user --email <email> --role <manager|hq> --password <password> [--name <display name>] [--territory <id>]...
  set-password --email <email> --password <password>     (ends the user's open sessions)
  assign --email <email> --territory <id>
  unassign --email <email> --territory <id>
  list-users
  gc --older-than <version>        drop tombstones at or below a version (clients behind it re-sync)

The store is the server's: DATABASE_URL (PostgreSQL) or PARTNER_DESK_DATA_DIR (PGlite;
default ~/.local/share/partner-desk/server). Stop the server before using a PGlite store.
Passwords need at least 8 characters; PARTNER_DESK_PASSWORD may carry one instead of --password.
`;

const options = {
  help: { type: 'boolean', short: 'h' },
  name: { type: 'string' },
  region: { type: 'string' },
  id: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  territory: { type: 'string', multiple: true },
  'older-than': { type: 'string' },
} as const;

const need = (value: string | undefined, flag: string): string => {
  if (!value) throw new Error(`--${flag} is required (see --help)`);
  return value;
};

const run = async (store: Store, command: string, values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values']): Promise<void> => {
  const password = values.password ?? process.env.PARTNER_DESK_PASSWORD;
  switch (command) {
    case 'create-territory': {
      const t = await createTerritory(store, { name: need(values.name, 'name'), region: need(values.region, 'region'), id: values.id });
      console.log(`Created territory ${t.name} (${t.region}): ${t.id}`);
      return;
    }
    case 'list-territories':
      for (const t of await listTerritories(store)) console.log(`${t.id}  ${t.name}  (${t.region})`);
      return;
    case 'create-user': {
      const role = need(values.role, 'role');
      if (role !== 'manager' && role !== 'hq') throw new Error('--role must be manager or hq');
      const u = await createUser(store, {
        email: need(values.email, 'email'),
        displayName: values.name,
        role,
        password: need(password, 'password'),
        territoryIds: values.territory,
      });
      console.log(`Created ${u.role} ${u.email} (${u.id})${u.territoryIds.length ? ` in ${u.territoryIds.join(', ')}` : ''}`);
      return;
    }
    case 'set-password':
      await setPassword(store, need(values.email, 'email'), need(password, 'password'));
      console.log('Password changed; open sessions ended.');
      return;
    case 'assign':
    case 'unassign': {
      const email = need(values.email, 'email');
      for (const t of values.territory ?? [need(undefined, 'territory')]) {
        await (command === 'assign' ? assignTerritory : unassignTerritory)(store, email, t);
        console.log(`${command === 'assign' ? 'Assigned' : 'Unassigned'} ${t} ${command === 'assign' ? 'to' : 'from'} ${email}`);
      }
      return;
    }
    case 'list-users':
      for (const u of await listUsers(store)) console.log(`${u.email}  ${u.role}  ${u.displayName}  ${u.territoryIds.join(',') || '-'}`);
      return;
    case 'gc': {
      const version = Number(need(values['older-than'], 'older-than'));
      if (!Number.isInteger(version) || version < 0) throw new Error('--older-than must be a version number');
      const r = await collectGarbage(store, version);
      console.log(`Removed ${r.tombstones} tombstones and ${r.evictions} evictions; horizon is now ${r.horizon}`);
      return;
    }
    default:
      throw new Error(`Unknown command "${command}"; see --help`);
  }
};

const main = async (): Promise<void> => {
  const { values, positionals } = parseArgs({ options, allowPositionals: true });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(help);
    return;
  }
  const config = configFromEnv();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await run(store, command, values);
  } finally {
    await store.close();
  }
};

main().catch((error: unknown) => {
  const message = error instanceof ValidationError ? error.message : error instanceof Error ? error.message : String(error);
  console.error(message);
  process.exitCode = 1;
});
