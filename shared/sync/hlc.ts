/**
 * Hybrid logical clock (Kulkarni et al.; the shape Actual Budget uses). Every
 * change carries one, and the same field edited on two devices is settled by
 * the later clock (DESIGN §5). Wall time alone cannot order changes: laptops'
 * clocks drift, and two edits can land in one millisecond. The counter breaks
 * ties within a millisecond and the node id breaks ties between devices, so
 * no two clocks are ever equal.
 *
 * Text form: `2026-11-22T21:40:00.000Z-002a-<node>`: ISO wall time to the
 * millisecond, a 4-digit hex counter, the node id. Both leading parts have a
 * fixed width, so comparing the strings orders the clocks; the server and
 * IndexedDB can sort and index them as plain strings.
 *
 * Pure: the caller passes the time in (corrected by the server's offset when
 * it knows one), and each call returns the new clock, which is also the
 * clock's state to keep.
 */

export interface Hlc {
  /** Milliseconds since the epoch; never less than any clock this node has seen. */
  readonly wallMs: number;
  /** Orders events inside one millisecond. */
  readonly counter: number;
  /** The client id of the device that made the clock. */
  readonly node: string;
}

export const MAX_COUNTER = 0xffff;

/** The last millisecond whose ISO form still has a four-digit year, so every clock has one width. */
const MAX_WALL_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A remote clock further ahead of our time than this is refused rather than dragging our clock along. */
export const DEFAULT_MAX_DRIFT_MS = 60_000;

export class HlcError extends Error {
  override name = 'HlcError';
}

/** The remote clock is too far ahead of this device's time: one of the two clocks is wrong. */
export class ClockDriftError extends HlcError {
  override name = 'ClockDriftError';
  constructor(
    readonly remoteWallMs: number,
    readonly nowMs: number,
  ) {
    super(
      `A change is stamped ${Math.round((remoteWallMs - nowMs) / 1000)} s ahead of this device's clock; check the date and time settings.`,
    );
  }
}

const checkWall = (wallMs: number): number => {
  if (!Number.isInteger(wallMs) || wallMs < 0 || wallMs > MAX_WALL_MS) {
    throw new HlcError(`Clock time ${wallMs} is not a whole millisecond between 1970 and 9999`);
  }
  return wallMs;
};

const checkNode = (node: string): string => {
  if (node.length === 0) throw new HlcError('A clock needs a node id');
  return node;
};

const make = (wallMs: number, counter: number, node: string): Hlc => {
  // 65,536 events in one millisecond means a runaway loop, not real edits.
  if (counter > MAX_COUNTER) throw new HlcError('Clock counter overflow: too many changes in one millisecond');
  return { wallMs: checkWall(wallMs), counter, node: checkNode(node) };
};

/** The starting state of a node that has seen nothing yet. */
export const initialHlc = (node: string): Hlc => make(0, 0, node);

/** The clock for a local event (a user's write) at `nowMs`. */
export const tick = (last: Hlc, nowMs: number): Hlc => {
  const now = checkWall(Math.floor(nowMs));
  return now > last.wallMs ? make(now, 0, last.node) : make(last.wallMs, last.counter + 1, last.node);
};

/**
 * Our clock after seeing a remote one (a pulled change), so that whatever we
 * write next sorts after it even if our own wall clock is behind.
 */
export const receive = (last: Hlc, remote: Hlc | string, nowMs: number, maxDriftMs = DEFAULT_MAX_DRIFT_MS): Hlc => {
  const theirs = typeof remote === 'string' ? parseHlc(remote) : remote;
  const now = checkWall(Math.floor(nowMs));
  if (theirs.wallMs - now > maxDriftMs) throw new ClockDriftError(theirs.wallMs, now);
  const wall = Math.max(now, last.wallMs, theirs.wallMs);
  const counter =
    wall === last.wallMs && wall === theirs.wallMs
      ? Math.max(last.counter, theirs.counter) + 1
      : wall === last.wallMs
        ? last.counter + 1
        : wall === theirs.wallMs
          ? theirs.counter + 1
          : 0;
  return make(wall, counter, last.node);
};

export const formatHlc = (clock: Hlc): string =>
  `${new Date(clock.wallMs).toISOString()}-${clock.counter.toString(16).padStart(4, '0')}-${clock.node}`;

const textForm = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-(.+)$/;

export const parseHlc = (text: string): Hlc => {
  const match = textForm.exec(text);
  const wallMs = match ? Date.parse(match[1]!) : Number.NaN;
  // Date.parse accepts impossible dates like Feb 30 by rolling over; the round trip catches them.
  if (!match || Number.isNaN(wallMs) || new Date(wallMs).toISOString() !== match[1]) {
    throw new HlcError(`"${text}" is not a clock value`);
  }
  return make(wallMs, Number.parseInt(match[2]!, 16), match[3]!);
};

/** Negative when `a` happened before `b`. Same order as comparing the text forms. */
export const compareHlc = (a: Hlc | string, b: Hlc | string): number => {
  const x = typeof a === 'string' ? a : formatHlc(a);
  const y = typeof b === 'string' ? b : formatHlc(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
