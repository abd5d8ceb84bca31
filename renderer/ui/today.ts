import { localDate } from '../../shared/domain/local-date';
import { quarterOf, type FiscalCalendar, type QuarterLabel } from '../../shared/domain/quarter';

export { localDate };

/** Today as an ISO date in the device's own calendar. */
export const today = (): string => localDate(new Date());

/** Today's quarter of the program's calendar (useCurrentQuarter in a component). */
export const currentQuarter = (calendar: FiscalCalendar): QuarterLabel => quarterOf(today(), calendar);
