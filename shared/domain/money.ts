/**
 * Money arithmetic on integer cents. Rates are basis points (1 bps = 0.01%).
 * Rounding is half away from zero to the cent, done in integers so that
 * 12,345¢ × 2.5% is exactly 308.625¢ → 309¢ and never 308.62499….
 */

/** Divides two integers and rounds half away from zero. */
export const roundDiv = (numerator: number, denominator: number): number => {
  if (denominator === 0) throw new RangeError('Division by zero');
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const quotient = Math.floor(n / d);
  const remainder = n - quotient * d;
  return sign * (2 * remainder >= d ? quotient + 1 : quotient);
};

/** `cents × bps / 10,000`, rounded to the cent. */
export const applyBps = (cents: number, bps: number): number => roundDiv(cents * bps, 10_000);

// Building an Intl.NumberFormat costs far more than formatting with one (tenths of a millisecond in
// Chromium); calculators format thousands of sentences, so each formatter is made once and reused.
const currencyFormats = new Map<string, Intl.NumberFormat>();
const currencyFormat = (currency: string, fractionDigits: 0 | 2): Intl.NumberFormat => {
  const key = `${currency}/${fractionDigits}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: 2 });
    currencyFormats.set(key, format);
  }
  return format;
};

/** Formats cents as a currency amount for people: 4000000 → "$40,000", 4000050 → "$40,000.50". */
export const formatCents = (cents: number, currency = 'USD'): string =>
  currencyFormat(currency, cents % 100 === 0 ? 0 : 2).format(cents / 100);

/** Formats basis points as a percentage: 1000 → "10%", 250 → "2.5%". */
export const formatBps = (bps: number): string => `${Number((bps / 100).toFixed(2))}%`;
