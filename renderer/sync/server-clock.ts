import type { PartnerDeskDb } from '../db/database';
import { readClockOffset, writeClockOffset } from '../db/sync-meta';

/**
 * This device's estimate of the server's time (DESIGN §5, Actual Budget's
 * clock-drift handling). A laptop whose clock is minutes off would stamp its
 * changes with wrong clocks and win or lose conflicts it should not; the
 * repository takes `now` from here, so every clock it hands out is device
 * time corrected by the server's offset.
 */
export interface ServerClock {
  /** Corrected milliseconds since the epoch: give this to the repository as its `now`. */
  now(): number;
  offsetMs(): number;
  /** Loads the offset a previous run learned. */
  load(): Promise<void>;
  /** Learns from one answer: the server's time, and when the call left and came back on this device. */
  observe(serverTime: number, sentAt: number, receivedAt: number): Promise<void>;
}

/** Offsets within this of the stored one are network jitter, not drift: no need to write. */
const JITTER_MS = 1_000;

export const createServerClock = (db: PartnerDeskDb, deviceNow: () => number = Date.now): ServerClock => {
  let offset = 0;
  return {
    now: () => deviceNow() + offset,
    offsetMs: () => offset,
    async load() {
      offset = await readClockOffset(db);
    },
    async observe(serverTime, sentAt, receivedAt) {
      // The server stamped its time somewhere during the round trip; the midpoint is the best guess.
      const estimate = Math.round(serverTime - (sentAt + receivedAt) / 2);
      if (Math.abs(estimate - offset) <= JITTER_MS) return;
      offset = estimate;
      await writeClockOffset(db, offset);
    },
  };
};
