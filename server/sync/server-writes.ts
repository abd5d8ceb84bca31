import type { EntityName } from '../../shared/domain/entities';
import { formatHlc } from '../../shared/sync/hlc';
import type { Queryable, Store } from '../store/db';
import type { FieldMeta, StoredRow } from './rows';
import { ALL_FIELDS, saveRows } from './rows';
import { lockVersions, saveVersions } from './versions';

/** The device id the server writes under (admin commands, demo seed). */
export const SERVER_CLIENT = 'server';

/**
 * Records written by the server itself rather than pushed by a device:
 * admin commands and seeding. They take versions from the same counter, so
 * clients pull them like any other change. Records are trusted (already
 * valid); callers that take outside input validate first.
 */
export const writeServerRecords = async (
  db: Store | Queryable,
  records: { table: EntityName; data: { id: string; territoryId: string; deleted: boolean } & Record<string, unknown> }[],
  userId: string,
  nowMs: number,
  chunkSize = 2_000,
): Promise<number> => {
  const work = async (tx: Queryable): Promise<number> => {
    const versions = await lockVersions(tx);
    const clock = formatHlc({ wallMs: nowMs, counter: 0, node: SERVER_CLIENT });
    for (let i = 0; i < records.length; i += chunkSize) {
      const rows: StoredRow[] = records.slice(i, i + chunkSize).map(({ table, data }) => {
        const version = versions.next();
        const meta: FieldMeta = { hlc: clock, version, clientId: SERVER_CLIENT, userId };
        return { tbl: table, id: data.id, territoryId: data.territoryId, data, fields: { [ALL_FIELDS]: meta }, version, deleted: data.deleted };
      });
      await saveRows(tx, rows);
    }
    await saveVersions(tx, versions);
    return versions.last;
  };
  return 'transaction' in db ? db.transaction(work) : work(db);
};
