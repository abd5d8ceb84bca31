import { formatHlc, initialHlc, parseHlc, receive, tick } from '../../shared/sync/hlc';
import { newId } from '../../shared/domain/ids';
import type { PartnerDeskDb } from './database';

/** This install's identity and clock: its id is the HLC node id and the push's clientId. */
export interface ClientMeta {
  key: 'client';
  clientId: string;
  /** The last clock handed out or received, so clocks keep rising across restarts. */
  hlc: string;
}

/** How far this client has pulled one territory: the server version of the last change stored. */
export interface TerritoryCursor {
  key: `cursor:${string}`;
  territoryId: string;
  version: number;
}

/** The server epoch the cursors were taken under; a different epoch means the server was restored. */
export interface EpochMeta {
  key: 'epoch';
  epoch: string;
}

/** Server time minus this device's time, learned from responses, so clocks stay right on a wrong laptop clock. */
export interface ClockOffsetMeta {
  key: 'clockOffset';
  offsetMs: number;
}

/**
 * The territories the last stored pull page named (`global` included). A pull
 * compares its page's list with this one, so the rows of a lost territory are
 * looked for only when the list changed, not on every page.
 */
export interface TerritoriesMeta {
  key: 'territories';
  territoryIds: string[];
}

/** The signed-in user whose data this store holds (see store-owner.ts). */
export interface OwnerMeta {
  key: 'owner';
  userId: string;
  email: string;
}

export type SyncMetaRow = ClientMeta | TerritoryCursor | EpochMeta | ClockOffsetMeta | TerritoriesMeta | OwnerMeta;

const CLIENT_KEY = 'client';

const isClientMeta = (row: SyncMetaRow | undefined): row is ClientMeta => row?.key === CLIENT_KEY;

/**
 * The clocks for the next `count` local writes, rising. Call inside a
 * read-write transaction that includes syncMeta: read, ticks and store happen
 * in that transaction, so two windows writing at once still get distinct,
 * rising clocks. The client id is made on the first write, so a new profile
 * needs no setup step. A batch reads and stores the clock once, not per write.
 */
export const nextClocks = async (db: PartnerDeskDb, nowMs: number, count: number): Promise<string[]> => {
  const stored = await db.syncMeta.get(CLIENT_KEY);
  const clientId = isClientMeta(stored) ? stored.clientId : newId();
  let last = isClientMeta(stored) ? parseHlc(stored.hlc) : initialHlc(clientId);
  const clocks: string[] = [];
  for (let i = 0; i < count; i += 1) {
    last = tick(last, nowMs);
    clocks.push(formatHlc(last));
  }
  if (clocks.length > 0) await db.syncMeta.put({ key: CLIENT_KEY, clientId, hlc: clocks.at(-1)! });
  return clocks;
};

/** The clock for the next local write (see nextClocks). */
export const nextClock = async (db: PartnerDeskDb, nowMs: number): Promise<string> => (await nextClocks(db, nowMs, 1))[0]!;

/** This install's client id, made now if it has never written anything (a first sync must name itself too). */
export const ensureClientId = async (db: PartnerDeskDb): Promise<string> =>
  // Read first: every sync asks, and a read-write transaction would queue behind the user's writes for nothing.
  (await readClientId(db)) ??
  db.transaction('rw', db.syncMeta, async () => {
    const stored = await db.syncMeta.get(CLIENT_KEY);
    if (isClientMeta(stored)) return stored.clientId;
    const clientId = newId();
    await db.syncMeta.put({ key: CLIENT_KEY, clientId, hlc: formatHlc(initialHlc(clientId)) });
    return clientId;
  });

/**
 * Moves the client clock past a remote time (the server's, from a response),
 * so whatever this device writes next sorts after what it has seen. Call in a
 * read-write transaction with syncMeta, once the client id exists.
 */
export const observeRemoteTime = async (db: PartnerDeskDb, remoteWallMs: number, nowMs: number): Promise<void> => {
  const stored = await db.syncMeta.get(CLIENT_KEY);
  if (!isClientMeta(stored)) return;
  const remote = { wallMs: Math.floor(remoteWallMs), counter: 0, node: 'server' };
  // The drift check guards against a remote clock far ahead of ours; `nowMs` is already corrected by the server's offset.
  const hlc = formatHlc(receive(parseHlc(stored.hlc), remote, Math.max(nowMs, remoteWallMs)));
  await db.syncMeta.put({ ...stored, hlc });
};

/**
 * Forgets the client clock's high-water mark, keeping the client id. Only for
 * a clock that ran ahead of the server (clock_ahead): the next tick starts
 * again from the corrected time instead of the wrong future one.
 */
export const rewindClock = async (db: PartnerDeskDb): Promise<void> => {
  const stored = await db.syncMeta.get(CLIENT_KEY);
  if (isClientMeta(stored)) await db.syncMeta.put({ ...stored, hlc: formatHlc(initialHlc(stored.clientId)) });
};

/** This install's client id, once it has written anything. */
export const readClientId = async (db: PartnerDeskDb): Promise<string | undefined> => {
  const stored = await db.syncMeta.get(CLIENT_KEY);
  return isClientMeta(stored) ? stored.clientId : undefined;
};

const cursorKey = (territoryId: string): TerritoryCursor['key'] => `cursor:${territoryId}`;

/** How far this client has pulled a territory; 0 before its first pull. */
export const readCursor = async (db: PartnerDeskDb, territoryId: string): Promise<number> => {
  const stored = await db.syncMeta.get(cursorKey(territoryId));
  return stored && 'version' in stored ? stored.version : 0;
};

/** A territory's cursor as stored, for writing several at once. */
export const cursorRow = (territoryId: string, version: number): TerritoryCursor => ({ key: cursorKey(territoryId), territoryId, version });

/** Records a territory's cursor; call in the transaction that stores the pulled rows. */
export const writeCursor = (db: PartnerDeskDb, territoryId: string, version: number): Promise<string> =>
  db.syncMeta.put(cursorRow(territoryId, version));

/** Every territory this client has a cursor for, with its version: the pull request's `cursors`. */
export const readCursors = async (db: PartnerDeskDb): Promise<Record<string, number>> => {
  const rows = await db.syncMeta.where('key').startsWith('cursor:').toArray();
  return Object.fromEntries(rows.filter((row): row is TerritoryCursor => 'version' in row).map((row) => [row.territoryId, row.version]));
};

/** Forgets a territory's cursor: the user lost it, or the server's epoch changed. */
export const deleteCursor = (db: PartnerDeskDb, territoryId: string): Promise<void> => db.syncMeta.delete(cursorKey(territoryId));

const TERRITORIES_KEY = 'territories';

/** The territories of the last stored pull page; undefined before the first one, and after a reset. */
export const readTerritories = async (db: PartnerDeskDb): Promise<string[] | undefined> => {
  const stored = await db.syncMeta.get(TERRITORIES_KEY);
  return stored && 'territoryIds' in stored ? stored.territoryIds : undefined;
};

export const writeTerritories = (db: PartnerDeskDb, territoryIds: readonly string[]): Promise<string> =>
  db.syncMeta.put({ key: TERRITORIES_KEY, territoryIds: [...territoryIds] });

export const deleteTerritories = (db: PartnerDeskDb): Promise<void> => db.syncMeta.delete(TERRITORIES_KEY);

const EPOCH_KEY = 'epoch';
const CLOCK_OFFSET_KEY = 'clockOffset';

export const readEpoch = async (db: PartnerDeskDb): Promise<string | undefined> => {
  const stored = await db.syncMeta.get(EPOCH_KEY);
  return stored && 'epoch' in stored ? stored.epoch : undefined;
};

export const writeEpoch = (db: PartnerDeskDb, epoch: string): Promise<string> => db.syncMeta.put({ key: EPOCH_KEY, epoch });

/** Server time minus device time in milliseconds; 0 until a server has answered. */
export const readClockOffset = async (db: PartnerDeskDb): Promise<number> => {
  const stored = await db.syncMeta.get(CLOCK_OFFSET_KEY);
  return stored && 'offsetMs' in stored ? stored.offsetMs : 0;
};

export const writeClockOffset = (db: PartnerDeskDb, offsetMs: number): Promise<string> =>
  db.syncMeta.put({ key: CLOCK_OFFSET_KEY, offsetMs });
