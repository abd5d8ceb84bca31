/** The latest calendar date anywhere on Earth at a moment (UTC+14): no writer's today can be later. */
export const latestDayAnywhere = (atIso: string): string => new Date(Date.parse(atIso) + 14 * 3_600_000).toISOString().slice(0, 10);

/** A moment's ISO date in the device's own calendar: a manager's day is local, not UTC. */
export const localDate = (at: Date): string =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
