import type { PartnerDeskDb } from '../db/database';

/**
 * Numbers every pending change on from `lastTaken`, the last change number
 * the server has taken from this device, keeping their order, in one
 * transaction. The server refused them because their numbers were already
 * used for other changes (a profile restored from an older copy, say): they
 * are new changes, and under new numbers they go up like any other.
 */
export const renumberOutbox = (db: PartnerDeskDb, lastTaken: number): Promise<void> =>
  db.transaction('rw', db.outbox, async () => {
    const pending = await db.outbox.orderBy('mutationId').toArray();
    await db.outbox.clear();
    // Explicit keys above the key generator's move it on, so later writes number on from here.
    await db.outbox.bulkAdd(pending.map((entry, i) => ({ ...entry, mutationId: lastTaken + i + 1 })));
  });
