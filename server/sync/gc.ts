import type { Store } from '../store/db';
import { metaKeys, readGcHorizon, writeMeta } from '../store/meta';
import { lockVersions } from './versions';

/**
 * Drops tombstones and evictions at or below `olderThanVersion` and records
 * it as the horizon: a client whose cursor is below it may have missed a
 * delete and must re-bootstrap (pull answers `reset`, reason `horizon`).
 */
export const collectGarbage = async (store: Store, olderThanVersion: number): Promise<{ tombstones: number; evictions: number; horizon: number }> =>
  store.transaction(async (tx) => {
    const versions = await lockVersions(tx);
    const horizon = Math.max(await readGcHorizon(tx), Math.min(olderThanVersion, versions.last));
    const tombstones = await tx.query('delete from records where deleted and version <= $1 returning 1', [horizon]);
    const evictions = await tx.query('delete from evictions where version <= $1 returning 1', [horizon]);
    await writeMeta(tx, metaKeys.gcHorizon, String(horizon));
    return { tombstones: tombstones.length, evictions: evictions.length, horizon };
  });
