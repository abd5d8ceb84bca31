import { hash } from 'node:crypto';
import type { Mutation } from '../../shared/sync/protocol';
import type { Queryable } from '../store/db';
import { PushRefused } from './push-refusal';

/**
 * What the server remembers of each change a device sent (DESIGN §5): its
 * number, a digest of what it said, and the refusal if it was refused, one
 * row per push (`client_batches`). A
 * device whose answer was lost sends the same changes again; the log tells a
 * true re-send (same number, same change: "duplicate", with the first answer's
 * refusal) from a different change under a number already taken, which is
 * refused as a whole rather than dropped as done.
 *
 * A device always sends its outbox oldest first and drops what was answered,
 * so the lowest number it sends is above everything it will never send
 * again: entries below it are pruned, which keeps the log to roughly one
 * batch per device.
 */
export interface Refusal {
  code: string;
  reason: string;
  fields?: Record<string, string>;
}

export interface LoggedMutation {
  digest: string;
  refusal: Refusal | null;
}

/**
 * The change as the server takes it, without its clock: a device stamps its
 * pending changes again after a "check your clock" refusal, and that is still
 * the same change.
 */
export const mutationDigest = (m: Mutation): string =>
  hash('sha256', JSON.stringify([m.table, m.rowId, m.op, m.patch, m.baseVersion, m.fieldBaseVersions ?? null, m.tooLarge ?? null]), 'base64url');

/** Refuses a request whose change numbers do not rise strictly: the server applies them in that order. */
export const checkRisingIds = (mutations: readonly Mutation[]): void => {
  for (let i = 1; i < mutations.length; i++) {
    const [before, here] = [mutations[i - 1]!.mutationId, mutations[i]!.mutationId];
    if (here <= before) {
      throw new PushRefused('bad_request', `Changes must be sent in the order they were made: change ${here} comes after change ${before}.`, {
        fields: { [`mutations.${i}.mutationId`]: `Change number must be above ${before}, the one before it` },
      });
    }
  }
};

export interface ClientState {
  /** The highest change number taken from the device. */
  last: number;
  /** Changes up to this number were taken before the log existed: a re-send of one is taken on trust. */
  loggedFrom: number;
}

export const loadLog = async (tx: Queryable, clientId: string, ids: number[]): Promise<Map<number, LoggedMutation>> => {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ ids: (string | number)[]; digests: string[]; refusals: Record<string, Refusal> | null }>(
    'select ids, digests, refusals from client_batches where client_id = $1 and last_id >= $2 and first_id <= $3',
    [clientId, Math.min(...ids), Math.max(...ids)],
  );
  const log = new Map<number, LoggedMutation>();
  for (const row of rows) {
    row.ids.forEach((id, i) => log.set(Number(id), { digest: row.digests[i]!, refusal: row.refusals?.[String(id)] ?? null }));
  }
  return log;
};

/**
 * The earlier answer for a change at or below the last number taken, or a
 * refusal of the whole request when that number held a different change (or
 * one the log no longer holds): the device must number its pending changes on
 * from `last` and send them again.
 */
export const earlierAnswer = (m: Mutation, index: number, state: ClientState, log: ReadonlyMap<number, LoggedMutation>): { refusal: Refusal | null } => {
  if (m.mutationId <= state.loggedFrom) return { refusal: log.get(m.mutationId)?.refusal ?? null };
  const logged = log.get(m.mutationId);
  if (logged && logged.digest === mutationDigest(m)) return { refusal: logged.refusal };
  throw new PushRefused(
    'mutation_id_reused',
    `This device sent change ${m.mutationId} again with different content; the server has taken its changes up to ${state.last}. The app numbers its pending changes on and sends them again.`,
    { fields: { [`mutations.${index}.mutationId`]: `Change number ${m.mutationId} was used for a different change` }, lastMutationId: state.last },
  );
};

/** Records the changes taken in this request as one row, and forgets those the device will never send again. */
export const saveLog = async (
  tx: Queryable,
  clientId: string,
  entries: { mutationId: number; digest: string; refusal: Refusal | null }[],
  lowestSent: number,
): Promise<void> => {
  const prune = 'delete from client_batches where client_id = $1 and last_id < $2';
  if (entries.length === 0) {
    await tx.query(prune, [clientId, lowestSent]);
    return;
  }
  const refusals = Object.fromEntries(entries.filter((e) => e.refusal).map((e) => [String(e.mutationId), e.refusal]));
  await tx.query(
    `with pruned as (${prune})
     insert into client_batches (client_id, first_id, last_id, ids, digests, refusals)
     values ($1, $3, $4, $5::bigint[], $6::text[], $7::jsonb)`,
    [
      clientId,
      lowestSent,
      entries[0]!.mutationId,
      entries.at(-1)!.mutationId,
      entries.map((e) => e.mutationId),
      entries.map((e) => e.digest),
      Object.keys(refusals).length > 0 ? JSON.stringify(refusals) : null,
    ],
  );
};
