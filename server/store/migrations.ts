import type { Store } from './db';

/**
 * The schema, as an append-only list: a migration that shipped is never
 * edited, a change is a new entry. Plain Postgres SQL, so PGlite and
 * PostgreSQL run the very same statements.
 */
export const migrations: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'sync store, users and sessions',
    sql: `
      create table meta (key text primary key, value text not null);

      -- One ordered counter for every change (DESIGN §5). Pushes take its row
      -- lock first and hold it to commit, so versions commit in order and a
      -- pull cursor never skips a change that commits later with a lower number.
      create table version_counter (id int primary key check (id = 1), value bigint not null);
      insert into version_counter values (1, 0);

      create table records (
        tbl text not null,
        id text not null,
        territory_id text not null,
        data jsonb not null,
        -- Field clocks {h: hlc, v: version, c: clientId, u: userId} (named in full since migration 5): "*" for the write that made
        -- the row, one per field changed since (sync/rows.ts).
        fields jsonb not null,
        version bigint not null,
        deleted boolean not null default false,
        primary key (tbl, id)
      );
      create index records_by_territory on records (territory_id, version);
      -- Children follow their partner when it changes territory.
      create index records_by_partner on records ((data->>'partnerId')) where data ? 'partnerId';
      create index records_conflicts_by_row on records ((data->>'rowId')) where tbl = 'conflicts';

      -- A row that left a territory, so clients holding that territory drop it.
      create table evictions (
        tbl text not null,
        id text not null,
        from_territory text not null,
        version bigint not null,
        primary key (tbl, id, from_territory)
      );
      create index evictions_by_territory on evictions (from_territory, version);

      create table users (
        id text primary key,
        email text not null unique,
        display_name text not null,
        role text not null check (role in ('manager', 'hq')),
        password_hash text not null,
        created_at timestamptz not null default now()
      );
      create table user_territories (
        user_id text not null references users (id) on delete cascade,
        territory_id text not null,
        primary key (user_id, territory_id)
      );

      create table sessions (
        id text primary key,
        user_id text not null references users (id) on delete cascade,
        refresh_hash text not null unique,
        -- The token this one replaced: seeing it again means it was stolen (reuse detection).
        previous_refresh_hash text,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz
      );
      create index sessions_by_previous on sessions (previous_refresh_hash);

      -- Idempotent push: the last mutation id taken from each device.
      create table clients (
        client_id text primary key,
        user_id text not null references users (id) on delete cascade,
        last_mutation_id bigint not null default 0,
        updated_at timestamptz not null default now()
      );
    `,
  },
  {
    id: 2,
    name: 'refusals kept for re-sent mutations',
    sql: `
      -- A device whose push answer was lost re-sends the batch and hears "duplicate";
      -- for a mutation that had been refused it must hear the refusal again (protocol: duplicate.rejected).
      create table rejected_mutations (
        client_id text not null,
        mutation_id bigint not null,
        code text not null,
        reason text not null,
        fields jsonb,
        created_at timestamptz not null default now(),
        primary key (client_id, mutation_id)
      );
    `,
  },
  {
    id: 3,
    name: 'log of the changes taken from each device',
    sql: `
      -- Every change taken from a device, applied or refused, with a digest of what it said: a re-send is
      -- told from a different change under a reused number (sync/mutation-log.ts). One row per push
      -- (its change numbers, digests and refusals side by side), pruned below the lowest number a
      -- device sends, so it holds about one batch per device and costs one insert a push.
      create table client_batches (
        client_id text not null,
        first_id bigint not null,
        last_id bigint not null,
        ids bigint[] not null,
        digests text[] not null,
        -- {"<change number>": {code, reason, fields}} for the changes refused.
        refusals jsonb,
        primary key (client_id, first_id)
      );
      insert into client_batches (client_id, first_id, last_id, ids, digests, refusals)
        select client_id, mutation_id, mutation_id, array[mutation_id], array[''],
               jsonb_build_object(mutation_id::text, jsonb_strip_nulls(jsonb_build_object('code', code, 'reason', reason, 'fields', fields)))
          from rejected_mutations;
      drop table rejected_mutations;
      -- Changes taken before the log existed have no digest: a re-send of one is taken on trust.
      alter table clients add column logged_from bigint not null default 0;
      update clients set logged_from = last_mutation_id;
    `,
  },
  {
    id: 4,
    name: 'every spent refresh token, and sign-in counters shared by all instances',
    sql: `
      -- Every refresh token a session has spent, kept while the session lives: any of them coming back
      -- means it leaked, and ends the session (auth/sessions.ts). Goes with its session (auth/collect.ts).
      create table spent_refresh_tokens (
        hash text primary key,
        session_id text not null references sessions (id) on delete cascade
      );
      create index spent_refresh_tokens_by_session on spent_refresh_tokens (session_id);
      insert into spent_refresh_tokens (hash, session_id)
        select previous_refresh_hash, id from sessions where previous_refresh_hash is not null;
      drop index sessions_by_previous;
      alter table sessions drop column previous_refresh_hash;
      -- Expired sessions are collected (auth/collect.ts).
      create index sessions_by_expiry on sessions (expires_at);

      -- Sign-in attempts counted in fixed windows, per address (failures) and per address and email
      -- (every attempt), here rather than in memory so every instance on the database sees one count
      -- (auth/sign-in-limits.ts). A row whose window has ended is dead and collected.
      create table sign_in_counters (
        key text primary key,
        count int not null,
        window_ends timestamptz not null
      );
      create index sign_in_counters_by_end on sign_in_counters (window_ends);
    `,
  },
  {
    id: 5,
    name: 'field clocks with names that explain themselves',
    sql: `
      -- {h, v, c, u} becomes {hlc, version, clientId, userId} (sync/rows.ts): the next engineer reads the
      -- clocks in the database, in logs and in code by the same names.
      update records set fields = (
        select jsonb_object_agg(f.key, jsonb_build_object('hlc', f.value->'h', 'version', f.value->'v', 'clientId', f.value->'c', 'userId', f.value->'u'))
          from jsonb_each(records.fields) f
      );
    `,
  },
  {
    id: 6,
    name: 'registration terms for the channel-conflict check',
    sql: `
      -- The customers deals can collide on, by normalized name, name block and domain, with the deal's
      -- normalized name and domain beside each term and the last day it protects (null: an open direct
      -- deal), so the check on push matches names on these rows and loads only the deals that match
      -- (sync/registration-terms.ts). Deals stored before this are given theirs on the first check.
      create table registration_terms (
        term text not null,
        opportunity_id text not null,
        customer_key text not null,
        customer_domain text,
        protected_until text,
        primary key (term, opportunity_id)
      );
      create index registration_terms_by_opportunity on registration_terms (opportunity_id);
      -- A database with no deals yet has nothing to give terms to: every deal stored from now on gets its own.
      insert into meta (key, value) select 'registration_terms_built', now()::text
        where not exists (select 1 from records where tbl = 'opportunities');
    `,
  },
];

/** An arbitrary constant: the key of the advisory lock that lets one instance migrate at a time. */
const MIGRATION_LOCK = 7_246_001;

/**
 * Brings the database to the latest schema. Two instances starting at once
 * on one PostgreSQL queue on an advisory lock, and the second finds the
 * work done; each migration commits with its row in `schema_migrations`.
 */
export const migrate = async (store: Store): Promise<number[]> =>
  store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      id int primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set((await tx.query<{ id: number }>('select id from schema_migrations')).map((r) => r.id));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (id, name) values ($1, $2)', [migration.id, migration.name]);
      applied.push(migration.id);
    }
    return applied;
  });
