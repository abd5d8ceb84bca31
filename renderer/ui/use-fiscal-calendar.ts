import { useState } from 'react';
import { PROGRAM_SETTINGS_ID } from '../../shared/domain/program-settings';
import { fiscalCalendarOf, type FiscalCalendar, type QuarterLabel } from '../../shared/domain/quarter';
import { currentQuarter } from './today';
import { useRecord } from './use-records';

/**
 * The program's fiscal calendar, from HQ's program settings: every quarter a
 * screen names or computes follows it. Until the settings load (and on a
 * program that never set it), the calendar year.
 */
export const useFiscalCalendar = (): FiscalCalendar => fiscalCalendarOf(useRecord('programSettings', PROGRAM_SETTINGS_ID));

/** Today's fiscal quarter. */
export const useCurrentQuarter = (): QuarterLabel => currentQuarter(useFiscalCalendar());

/**
 * A screen's chosen quarter: today's until the user picks another. Today's
 * follows the program's calendar once its settings load, which a quarter
 * fixed at first render would not.
 */
export const useQuarterChoice = (): [string, (quarter: string) => void] => {
  const current = useCurrentQuarter();
  const [picked, setPicked] = useState<string | null>(null);
  return [picked ?? current, setPicked];
};
