import type { ExchangeRate } from '../../shared/domain/currency';
import { PROGRAM_SETTINGS_ID } from '../../shared/domain/program-settings';
import { useRecord } from './use-records';

/**
 * HQ's quarterly exchange rates, live from the program settings; undefined
 * while they load or when HQ has entered none: then only program-currency
 * records count, and every figure says what it left out.
 */
export const useExchangeRates = (): readonly ExchangeRate[] | undefined => useRecord('programSettings', PROGRAM_SETTINGS_ID)?.exchangeRates;
