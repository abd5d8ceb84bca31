import { localDate } from '../../shared/domain/local-date';
import { quarterOf, type QuarterLabel } from '../../shared/domain/quarter';

export { localDate };

/** Today as an ISO date in the device's own calendar. */
export const today = (): string => localDate(new Date());

export const currentQuarter = (): QuarterLabel => quarterOf(today());
