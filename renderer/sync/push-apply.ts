import { entityNames, type EntityName } from '../../shared/domain/entities';
import type { MutationResult } from '../../shared/sync/protocol';
import type { PartnerDeskDb } from '../db/database';
import type { OutboxEntry } from '../db/outbox';
import { recordName } from '../db/record-name';
import { readCursors } from '../db/sync-meta';
import { reapplyPending } from './reapply-pending';

type Row = Record<string, unknown>;

/**
 * Stores the server's answer to one push in one transaction. Applied, merged
 * and duplicate writes leave the outbox (the pull that follows brings the
 * merged record and any conflict records). A rejected write leaves it too
 * (so does a duplicate the server says it had refused, its first answer
 * lost), but is kept as a rejected change for the user, under the record's name
 * as the user last saw it, and its record is put back
 * in step with the server's copy, with any later pending writes laid on top.
 * Entries without a result stay in the outbox for the next push.
 */
export const applyPushResults = (
  db: PartnerDeskDb,
  sent: readonly OutboxEntry[],
  results: readonly MutationResult[],
  nowMs: number,
): Promise<void> =>
  db.transaction('rw', [...entityNames.map((name) => db.table(name)), db.outbox, db.syncMeta, db.rejectedChanges], async () => {
    const byId = new Map(sent.map((entry) => [entry.mutationId, entry]));
    const restored = new Map<EntityName, Set<string>>();
    const cursors = await readCursors(db);
    // Before the first pull there are no cursors to tell which territories are ours.
    const inScope = (territoryId: unknown) => Object.keys(cursors).length === 0 || String(territoryId) in cursors;

    for (const result of results) {
      const entry = byId.get(result.mutationId);
      if (!entry) continue;
      await db.outbox.delete(entry.mutationId);
      // A re-sent change the server had refused the first time, whose first answer was lost.
      const refusal = result.status === 'rejected' ? result : result.status === 'duplicate' ? result.rejected : undefined;
      if (!refusal) continue;

      const target = db.table<Row, string>(entry.table);
      // Named before the record goes back to the server's copy, or off the device: this is the copy the user saw.
      const seen = (await target.get(entry.rowId)) ?? { ...entry.patch };
      const rowLabel = await recordName((table, id) => db.table<Row, string>(table).get(id), entry.table, seen);
      await db.rejectedChanges.add({
        mutationId: entry.mutationId,
        table: entry.table,
        rowId: entry.rowId,
        op: entry.op,
        patch: entry.patch,
        code: refusal.code,
        reason: refusal.reason,
        fields: refusal.fields ?? {},
        ...(rowLabel && { rowLabel }),
        madeAt: entry.createdAt,
        rejectedAt: new Date(nowMs).toISOString(),
      });
      // A record outside the user's territories is not theirs to hold, even as the server's copy.
      if (refusal.current && inScope(refusal.current.territoryId)) await target.put(refusal.current);
      else await target.delete(entry.rowId);
      restored.set(entry.table, (restored.get(entry.table) ?? new Set()).add(entry.rowId));
    }
    await reapplyPending(db, restored);
  });
