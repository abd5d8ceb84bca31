import { z } from 'zod';
import { quarterSchema } from './common';

/**
 * The currencies a program's money may be in: a closed list of ISO 4217
 * codes, not any three letters, so a typo ("EUT") is refused at the form and
 * the import instead of becoming a currency no rate can ever convert.
 */
export const currencyCodes = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'INR', 'SGD', 'HKD', 'BRL', 'MXN', 'ZAR', 'NZD', 'CNY', 'KRW', 'PLN'] as const;
export const currencySchema = z.enum(currencyCodes, { error: `must be one of ${currencyCodes.join(', ')}` });
export type CurrencyCode = z.infer<typeof currencySchema>;

/**
 * The program currency: every rule amount, cap, band, target and metric is in
 * it, and every statement line is written in it. Fixed at US dollars: a
 * record without a currency (every record made before currencies existed) is
 * in it, and the calculators format their sentences in it.
 */
export const PROGRAM_CURRENCY: CurrencyCode = 'USD';

/** A record's currency: absent means the program currency, so every stored record and import stays valid. */
export const currencyOf = (record: { currency?: CurrencyCode | undefined }): CurrencyCode => record.currency ?? PROGRAM_CURRENCY;

/**
 * Rates are millionths of the program currency per unit of the other one:
 * 1 EUR = 1.085 USD is stored as 1,085,000, so a rate typed with up to six
 * decimals is held exactly and conversions stay in integers.
 */
export const RATE_SCALE = 1_000_000;
/** 10,000 program-currency units per unit: far above any real rate, low enough that cents × rate stays exact. */
export const MAX_RATE_MILLIONTHS = 10_000 * RATE_SCALE;
export const MAX_EXCHANGE_RATES = 400;

/** One quarter's rate for one currency: what one unit of `currency` is worth in the program currency that quarter. */
export const exchangeRateSchema = z.object({
  quarter: quarterSchema,
  currency: currencySchema.refine((c) => c !== PROGRAM_CURRENCY, { error: `is the program currency (${PROGRAM_CURRENCY}); it needs no rate` }),
  rateMillionths: z
    .number()
    .int({ error: 'must have at most 6 decimals' })
    .min(1, { error: 'must be more than 0' })
    .max(MAX_RATE_MILLIONTHS, { error: `must be at most ${MAX_RATE_MILLIONTHS / RATE_SCALE}` }),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

/** HQ's quarterly rates, one per quarter and currency: two would leave a converted figure's rate a matter of order. */
export const exchangeRatesSchema = z
  .array(exchangeRateSchema)
  .max(MAX_EXCHANGE_RATES, { error: `can hold at most ${MAX_EXCHANGE_RATES} rates` })
  .superRefine((rates, ctx) => {
    const seen = new Set<string>();
    rates.forEach((r, i) => {
      const key = `${r.quarter}/${r.currency}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'currency'], message: `already has a rate for ${r.quarter} (${r.currency})` });
      seen.add(key);
    });
  });

/** How people write the currency beside an amount they type: "$", "€", "£", "CA$". */
export const currencySymbol = (currency: CurrencyCode): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;

/** "1.085" from 1,085,000: the rate as HQ typed it, trailing zeros dropped. */
export const formatRate = (rateMillionths: number): string => {
  const whole = Math.floor(rateMillionths / RATE_SCALE);
  const fraction = String(rateMillionths % RATE_SCALE).padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
};

/** 1,085,000 from "1.085"; undefined for anything that is not a plain decimal with at most six places. */
export const parseRate = (text: string): number | undefined => {
  const match = /^\s*(\d+)(?:\.(\d{1,6}))?\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * RATE_SCALE + Number((match[2] ?? '').padEnd(6, '0'));
};

/**
 * `cents × rate`, rounded half away from zero to the cent, in BigInt: a
 * $10bn deal at a rate of 10,000 is 10^18, past what a double holds exactly.
 */
export const convertCents = (cents: number, rateMillionths: number): number => {
  const product = BigInt(cents) * BigInt(rateMillionths);
  const scale = BigInt(RATE_SCALE);
  const sign = product < 0n ? -1n : 1n;
  const magnitude = product * sign;
  const quotient = magnitude / scale;
  const rounded = 2n * (magnitude - quotient * scale) >= scale ? quotient + 1n : quotient;
  return Number(sign * rounded);
};

/** Looks a quarter's rate up; the program currency is always 1. */
export const rateLookup = (rates: readonly ExchangeRate[] | undefined): ((currency: CurrencyCode, quarter: string) => number | undefined) => {
  const byKey = new Map((rates ?? []).map((r) => [`${r.quarter}/${r.currency}`, r.rateMillionths]));
  return (currency, quarter) => (currency === PROGRAM_CURRENCY ? RATE_SCALE : byKey.get(`${quarter}/${currency}`));
};
