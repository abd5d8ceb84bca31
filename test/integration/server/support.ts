import { randomBytes } from 'node:crypto';
import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import { newId } from '../../../shared/domain/ids';
import type { Partner } from '../../../shared/domain/partner';
import type { Contact } from '../../../shared/domain/contact';
import { demoWorkspace } from '../../../shared/demo';
import { formatHlc } from '../../../shared/sync/hlc';
import { SCHEMA_VERSION, routes, type Mutation, type Poke, type Tokens } from '../../../shared/sync/protocol';
import { startServer, type RunningServer, type ServerOptions } from '../../../server/app';
import { createTerritory } from '../../../server/admin/territories';
import { createUser } from '../../../server/admin/users';
import { pgliteDataDir } from './pglite-template';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

export { createTestDatabase, type TestDatabase } from '../../support/postgres';

/**
 * Helpers for the server integration tests. Every suite runs on both stores
 * (DESIGN §6): embedded PGlite in a temporary data directory, and a fresh database of its own on
 * the PostgreSQL at 127.0.0.1:5432, created here and dropped after, so test
 * files running in parallel never share data.
 */
export type StoreKind = 'pglite' | 'postgres';
export const storeKinds: StoreKind[] = ['pglite', 'postgres'];

/** Starting PGlite (WASM) takes seconds on a busy machine. */
export const START_TIMEOUT_MS = 60_000;

/** Server options for a store kind, and how to clean up after. */
export const storeOptions = async (kind: StoreKind): Promise<{ options: ServerOptions; cleanup(): Promise<void>; database?: TestDatabase }> => {
  if (kind === 'pglite') {
    const data = await pgliteDataDir();
    return { options: { dataDir: data.dir }, cleanup: async () => data.remove() };
  }
  const database = await createTestDatabase();
  return { options: { databaseUrl: database.url }, cleanup: () => database.drop(), database };
};

export const PASSWORD = 'correct horse';

/** A small world: two territories, HQ, one manager for each, and a partner in each territory. */
export interface World {
  server: RunningServer;
  t1: string;
  t2: string;
  hq: Session;
  m1: Session;
  m2: Session;
  /** Moves the server's clock (token expiry) by this much from real time. */
  setClockOffset(ms: number): void;
  close(): Promise<void>;
}

export interface Session {
  email: string;
  tokens: Tokens;
  clientId: string;
  nextMutationId: number;
  /** The territory cursors this session has pulled to. */
  cursors: Record<string, number>;
  /** The epoch of the last page pulled, echoed as a device does (it carries where the pass began). */
  epoch?: string;
}

export const startWorld = async (kind: StoreKind, extra: ServerOptions = {}): Promise<World> => {
  const { options, cleanup } = await storeOptions(kind);
  let offsetMs = 0;
  // Tests sign in often from one address; the limit itself is tested with a low one.
  const server = await startServer({
    signInLimit: { max: 10_000, timeWindowMs: 60_000 },
    now: () => Date.now() + offsetMs,
    ...options,
    ...extra,
  });
  const t1 = (await createTerritory(server.store, { name: 'North', region: 'EMEA' })).id;
  const t2 = (await createTerritory(server.store, { name: 'South', region: 'EMEA' })).id;
  const tag = randomBytes(3).toString('hex');
  await Promise.all([
    createUser(server.store, { email: `hq-${tag}@test.example`, displayName: 'Hana HQ', role: 'hq', password: PASSWORD }),
    createUser(server.store, { email: `m1-${tag}@test.example`, displayName: 'Mia North', role: 'manager', password: PASSWORD, territoryIds: [t1] }),
    createUser(server.store, { email: `m2-${tag}@test.example`, displayName: 'Sam South', role: 'manager', password: PASSWORD, territoryIds: [t2] }),
  ]);
  const [hq, m1, m2] = await Promise.all(['hq', 'm1', 'm2'].map((who) => signIn(server.url, `${who}-${tag}@test.example`)));
  return {
    server,
    t1,
    t2,
    hq: hq!,
    m1: m1!,
    m2: m2!,
    setClockOffset: (ms) => {
      offsetMs = ms;
    },
    close: async () => {
      await server.close();
      await cleanup();
    },
  };
};

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; protocol schemas parse them where the shape matters
export const call = async <T = any>(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> => {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined = init.raw;
  if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  const response = await fetch(base + path, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: the test sees the text.
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
};

export const signIn = async (base: string, email: string, password = PASSWORD): Promise<Session> => {
  const answer = await call<Tokens>(base, routes.signIn, { body: { email, password } });
  if (answer.status !== 200) throw new Error(`sign-in of ${email} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { email, tokens: answer.body, clientId: newId(), nextMutationId: 1, cursors: {} };
};

let clockCounter = 0;
/** A clock value at `ms` (default now) for `node`. */
export const hlcAt = (node: string, ms = Date.now()): string => formatHlc({ wallMs: ms, counter: clockCounter++ % 0xffff, node });

export type Change = Omit<Mutation, 'mutationId' | 'hlc' | 'baseVersion'> & { hlc?: string; baseVersion?: number };

/** Builds a push body from changes, numbering mutation ids on from the session's counter. */
export const pushBody = (session: Session, changes: Change[]) => ({
  clientId: session.clientId,
  schemaVersion: SCHEMA_VERSION,
  mutations: changes.map(
    (c): Mutation => ({
      mutationId: session.nextMutationId++,
      baseVersion: 0,
      hlc: hlcAt(session.clientId),
      ...c,
    }),
  ),
});

export const push = (world: { server: RunningServer }, session: Session, changes: Change[]) =>
  call(world.server.url, routes.push, { token: session.tokens.accessToken, body: pushBody(session, changes) });

/** Pulls every page from the session's cursors, returning all rows and evictions, and moves the cursors on. */
export const pullAll = async (world: { server: RunningServer }, session: Session, limit?: number) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of any table
  const rows: { table: string; version: number; row: Record<string, any> }[] = [];
  const evicted: { table: string; rowId: string; territoryId: string; version: number }[] = [];
  let pages = 0;
  let territories: string[];
  for (;;) {
    const answer = await call(world.server.url, routes.pull, {
      token: session.tokens.accessToken,
      body: { clientId: session.clientId, schemaVersion: SCHEMA_VERSION, cursors: session.cursors, epoch: session.epoch ?? world.server.epoch, ...(limit ? { limit } : {}) },
    });
    if (answer.status !== 200 || answer.body.status !== 'ok') throw new Error(`pull failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    pages++;
    rows.push(...answer.body.rows);
    evicted.push(...answer.body.evicted);
    territories = answer.body.territories;
    session.cursors = answer.body.cursors;
    session.epoch = answer.body.epoch;
    if (!answer.body.hasMore) break;
    if (pages > 1_000) throw new Error('pull does not end');
  }
  return { rows, evicted, pages, territories };
};

/** Valid records to start from: the demo workspace's first partner and contact, re-identified. */
const templates = demoWorkspace('2026-11-22').records;

export const partnerRecord = (territoryId: string, overrides: Partial<Partner> = {}): Partner =>
  ({
    ...templates.partners[0]!,
    id: newId(),
    territoryId,
    updatedAt: new Date().toISOString(),
    name: `Partner ${randomBytes(3).toString('hex')}`,
    ...overrides,
  }) as Partner;

export const contactRecord = (partner: Partner, overrides: Partial<Contact> = {}): Contact => ({
  ...templates.contacts[0]!,
  id: newId(),
  territoryId: partner.territoryId,
  partnerId: partner.id,
  updatedAt: new Date().toISOString(),
  ...overrides,
});

export { GLOBAL_TERRITORY };

/** Reads server-sent events from the poke stream. */
export const openEvents = async (base: string, token: string, viaQuery = false) => {
  const controller = new AbortController();
  const url = `${base}${routes.events}${viaQuery ? `?access_token=${encodeURIComponent(token)}` : ''}`;
  const response = await fetch(url, { headers: viaQuery ? {} : { authorization: `Bearer ${token}` }, signal: controller.signal });
  const pokes: Poke[] = [];
  const comments: string[] = [];
  let ended = false;
  const waiters = new Set<() => void>();
  if (response.ok && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const lines = block.split('\n');
            for (const l of lines) if (l.startsWith(':')) comments.push(l.slice(1).trim());
            if (lines.includes('event: poke')) {
              const data = lines.find((l) => l.startsWith('data: '));
              if (data) pokes.push(JSON.parse(data.slice(6)) as Poke);
            }
            for (const w of waiters) w();
          }
        }
      } catch {
        // aborted
      }
      ended = true;
      for (const w of waiters) w();
    })();
  }
  const until = (check: () => boolean, timeoutMs = 5_000): Promise<boolean> =>
    new Promise((resolve) => {
      if (check()) return resolve(true);
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        resolve(false);
      }, timeoutMs);
      const waiter = () => {
        if (check()) {
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(true);
        }
      };
      waiters.add(waiter);
    });
  return {
    status: response.status,
    pokes,
    comments,
    get ended() {
      return ended;
    },
    until,
    close: () => controller.abort(),
  };
};
