import type { DealCredit } from '../../shared/domain/deal-credit';
import { PROGRAM_SETTINGS_ID } from '../../shared/domain/program-settings';
import { useRecord } from './use-records';

/**
 * HQ's credit by role, live from the program settings; undefined (full
 * credit) when HQ has set none, and while the settings load, since a
 * partner's figures read the same either way until a rule exists.
 */
export const useDealCredit = (): DealCredit | undefined => useRecord('programSettings', PROGRAM_SETTINGS_ID)?.dealCredit;
