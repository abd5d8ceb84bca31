import { entityNames } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';
import type { RejectedChange } from './rejected-changes';
import type { OwnerMeta } from './sync-meta';

const OWNER_KEY = 'owner';

/** Another user's changes are still on this device: switching now would lose them or send them as someone else. */
export class StoreInUseError extends Error {
  override name = 'StoreInUseError';
  constructor(readonly ownerEmail: string) {
    super(
      `Changes made by ${ownerEmail} on this device have not reached the server yet. ` +
        `Sign in as ${ownerEmail} to send them, or export a backup in Settings before switching.`,
    );
  }
}

/**
 * Changes the server refused for the previous user are on this device, kept
 * for them to correct or discard (DESIGN §5, "Nothing hidden"): a switch
 * would remove them, so it waits for the user's word. `changes` are the
 * refused changes themselves, so the sign-in screen can offer to export them.
 */
export class RefusedChangesHeldError extends Error {
  override name = 'RefusedChangesHeldError';
  constructor(
    readonly ownerEmail: string,
    readonly changes: readonly RejectedChange[],
  ) {
    const many = changes.length !== 1;
    super(
      `The server refused ${many ? `${changes.length} changes` : '1 change'} ${ownerEmail} made on this device; ${many ? 'they are' : 'it is'} kept for them to correct or discard. ` +
        `Signing in as someone else removes ${many ? 'them' : 'it'} from this device.`,
    );
  }
}

export interface ClaimOptions {
  /** The user has been told of the previous user's refused changes and agreed to their removal. */
  discardRefused?: boolean;
}

/**
 * Makes the local store the signed-in user's. A store holds one user's scope:
 * after a different user signs in, the previous user's records (which the new
 * user may not be allowed to see) are removed, and the device takes a new
 * client id, because the server ties a client id to the user who first pushed
 * with it. Nothing unsynced is ever dropped: with changes still in the
 * outbox, the switch is refused and the store stays as it was; with refused
 * changes kept for the previous user, it is refused until the user says to
 * go on (`discardRefused`).
 */
export const claimStore = (
  db: PartnerDeskDb,
  user: { id: string; email: string },
  options: ClaimOptions = {},
): Promise<'kept' | 'claimed' | 'switched'> =>
  db.transaction('rw', [...entityNames.map((name) => db.table(name)), db.outbox, db.syncMeta, db.rejectedChanges], async () => {
    const owner = (await db.syncMeta.get(OWNER_KEY)) as OwnerMeta | undefined;
    const claim: OwnerMeta = { key: OWNER_KEY, userId: user.id, email: user.email };
    if (owner?.userId === user.id) return 'kept';
    if (!owner) {
      // A store from before owners were recorded, or a fresh one: its data came from this sign-in's server.
      await db.syncMeta.put(claim);
      return 'claimed';
    }
    if ((await db.outbox.count()) > 0) throw new StoreInUseError(owner.email);
    const refused = await db.rejectedChanges.toArray();
    if (refused.length > 0 && !options.discardRefused) throw new RefusedChangesHeldError(owner.email, refused);
    for (const name of entityNames) await db.table(name).clear();
    await db.rejectedChanges.clear();
    // Cursors, epoch, clock offset, territory list and client id all belonged to the previous user's sync.
    await db.syncMeta.clear();
    await db.syncMeta.put(claim);
    return 'switched';
  });
