import { PROGRAM_SETTINGS_ID } from '../../shared/domain/program-settings';
import { fiscalCalendarOf, quarterOf, type FiscalCalendar, type QuarterLabel } from '../../shared/domain/quarter';
import { today } from './today';
import { useRecord } from './use-records';

/**
 * The program's fiscal calendar, from HQ's program settings: every quarter a
 * screen names or computes follows it. Until the settings load (and on a
 * program that never set it), the calendar year.
 */
export const useFiscalCalendar = (): FiscalCalendar => fiscalCalendarOf(useRecord('programSettings', PROGRAM_SETTINGS_ID));

/** Today's fiscal quarter. */
export const useCurrentQuarter = (): QuarterLabel => quarterOf(today(), useFiscalCalendar());
