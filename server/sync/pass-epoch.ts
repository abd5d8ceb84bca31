/**
 * The epoch a pull page carries: the server's own epoch and, after a dot,
 * the store's high-water version when this client's current pass began (its
 * first pull from no cursors). Devices echo the epoch of the last page they
 * stored, as they always have, so the pass start comes back with no change to
 * the protocol or to any client.
 *
 * Why the pass start: garbage collection drops tombstones up to its horizon,
 * and a client whose cursor is below the horizon may hold a row whose
 * delete it will now never hear of, so it must start over. But a client
 * part-way through its first pull (a territory cut by the page limit) has
 * a cursor below the horizon too, and holds nothing a collected tombstone
 * could have deleted if its pass began after that tombstone was written:
 * every row it got was live in a snapshot taken after the delete. Resetting
 * it would start the same pull again, for ever, on any store bigger than a
 * page. So the horizon resets a client only when its pass began below the
 * horizon (or it cannot say when it began).
 */
const SEPARATOR = '.';

export const passEpoch = (serverEpoch: string, passStart: number): string => `${serverEpoch}${SEPARATOR}${passStart}`;

export interface ReadEpoch {
  /** The server epoch the client's cursors were taken under. */
  serverEpoch: string;
  /** Where the client's pass began; null from a client that sent the bare server epoch. */
  passStart: number | null;
}

export const readPassEpoch = (epoch: string): ReadEpoch => {
  const at = epoch.lastIndexOf(SEPARATOR);
  const start = at < 0 ? null : epoch.slice(at + 1);
  if (start === null || !/^\d{1,15}$/.test(start)) return { serverEpoch: epoch, passStart: null };
  return { serverEpoch: epoch.slice(0, at), passStart: Number(start) };
};
