import type { LifecycleStatus, Partner, StatusChange } from './partner';
import { MAX_STATUS_CHANGES } from './partner';

/**
 * The partner's status at the end of `day`: what the first change made after
 * that day changed it from, or, with no change since, today's status. A
 * partner without a history (its status never changed since it was recorded)
 * has had today's status all along, as far as anything on record says.
 */
export const statusOn = (partner: Pick<Partner, 'status' | 'statusHistory'>, day: string): LifecycleStatus => {
  let next: StatusChange | undefined;
  for (const change of partner.statusHistory ?? []) if (change.on > day && (!next || change.on < next.on)) next = change;
  return next ? next.from : partner.status;
};

/** Enrolled in the program at the end of `day`: enrolled by then, past the prospect stage and not gone inactive. */
export const inProgramOn = (partner: Pick<Partner, 'status' | 'statusHistory' | 'enrolledOn'>, day: string): boolean => {
  if (partner.enrolledOn > day) return false;
  const status = statusOn(partner, day);
  return status !== 'prospect' && status !== 'inactive';
};

/**
 * `next` with its status change recorded, when its status differs from
 * `stored`'s: the one place every write of a partner (the device's
 * repository) adds to the history, on the writer's own calendar day. No
 * writer clears the history: one that leaves it out keeps the stored one.
 */
export const withStatusChange = <P extends Pick<Partner, 'status' | 'statusHistory'>>(stored: P, next: P, day: string): P => {
  const history = next.statusHistory ?? stored.statusHistory;
  if (stored.status !== next.status) return { ...next, statusHistory: [...(history ?? []), { on: day, from: stored.status, to: next.status }].slice(-MAX_STATUS_CHANGES) };
  return history === next.statusHistory ? next : { ...next, statusHistory: history };
};
