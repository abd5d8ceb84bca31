import { quarterOf, type QuarterLabel } from '../../shared/domain/quarter';

/** Today as an ISO date in the device's own calendar: a manager's "today" is local, not UTC. */
export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export const currentQuarter = (): QuarterLabel => quarterOf(today());
