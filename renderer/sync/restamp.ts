import type { PartnerDeskDb } from '../db/database';
import { nextClock, rewindClock } from '../db/sync-meta';

/**
 * Gives every pending change a new clock from the corrected time, in outbox
 * order, in one transaction. Their old clocks came from a device clock the
 * server found too far ahead; kept, they would win every conflict they
 * touched. The client clock is rewound first, or it would keep handing out
 * the wrong future time.
 */
export const restampOutbox = (db: PartnerDeskDb, correctedNowMs: number): Promise<void> =>
  db.transaction('rw', db.outbox, db.syncMeta, async () => {
    await rewindClock(db);
    for (const entry of await db.outbox.orderBy('mutationId').toArray()) {
      await db.outbox.update(entry.mutationId, { hlc: await nextClock(db, correctedNowMs) });
    }
  });
