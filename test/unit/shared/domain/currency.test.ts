import { describe, expect, it } from 'vitest';
import { convertCents, exchangeRatesSchema, formatRate, parseRate, type ExchangeRate } from '../../../../shared/domain/currency';
import { investmentSchema } from '../../../../shared/domain/investment';
import { opportunitySchema } from '../../../../shared/domain/opportunity';
import { programSettingsSchema } from '../../../../shared/domain/program-settings';
import { buildDeal } from '../../../support/records';

const issues = (rates: unknown) => (exchangeRatesSchema.safeParse(rates).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
const eurQ3: ExchangeRate = { quarter: '2026-Q3', currency: 'EUR', rateMillionths: 1_085_000 };

describe('currency codes and quarterly rates', () => {
  it('holds a rate typed with six decimals exactly, and writes it back as typed', () => {
    expect(parseRate('1.085')).toBe(1_085_000);
    expect(parseRate('0.006712')).toBe(6_712);
    expect(parseRate('2')).toBe(2_000_000);
    expect(parseRate('1.0850001')).toBeUndefined(); // seven decimals
    expect(parseRate('1,085')).toBeUndefined();
    expect(formatRate(1_085_000)).toBe('1.085');
    expect(formatRate(6_712)).toBe('0.006712');
    expect(formatRate(2_000_000)).toBe('2');
  });

  it('converts in integers, half away from zero to the cent', () => {
    // €10,000.00 × 1.085 = $10,850.00 exactly.
    expect(convertCents(1_000_000, 1_085_000)).toBe(1_085_000);
    // 1¢ × 1.5 = 1.5¢ → 2¢; 1¢ × 1.499999 = 1.499999¢ → 1¢.
    expect(convertCents(1, 1_500_000)).toBe(2);
    expect(convertCents(1, 1_499_999)).toBe(1);
    // $10bn in cents at the highest rate: 10^12 × 10^10 / 10^6 = 10^16, exact (a double multiply would not be).
    expect(convertCents(1_000_000_000_000, 10_000_000_000)).toBe(10_000_000_000_000_000);
  });

  it('refuses a second rate for the same quarter and currency, naming the entry', () => {
    expect(issues([eurQ3, { ...eurQ3, currency: 'GBP' }, { ...eurQ3, quarter: '2026-Q2' }])).toEqual([]);
    expect(issues([eurQ3, { ...eurQ3, rateMillionths: 1_090_000 }])).toEqual([['1.currency', 'already has a rate for 2026-Q3 (EUR)']]);
  });

  it('refuses a rate of 0, more than six decimals, an unknown code, a rate for the program currency', () => {
    expect(issues([{ ...eurQ3, rateMillionths: 0 }])).toEqual([['0.rateMillionths', 'must be more than 0']]);
    expect(issues([{ ...eurQ3, rateMillionths: 1.5 }])).toEqual([['0.rateMillionths', 'must have at most 6 decimals']]);
    expect(issues([{ ...eurQ3, currency: 'EUT' }])[0]?.[0]).toBe('0.currency');
    expect(issues([{ ...eurQ3, currency: 'USD' }])).toEqual([['0.currency', 'is the program currency (USD); it needs no rate']]);
    expect(issues([{ ...eurQ3, quarter: '2026-3' }])).toEqual([['0.quarter', 'must look like 2026-Q3']]);
  });

  it('bounds the list at 400 rates', () => {
    const rates = Array.from({ length: 401 }, (_, i): ExchangeRate => ({ quarter: `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}` as string, currency: 'EUR', rateMillionths: 1_000_000 }));
    expect(issues(rates.slice(0, 400))).toEqual([]);
    expect(issues(rates)).toEqual([['', 'can hold at most 400 rates']]);
  });

  it('keeps every record without a currency valid: absent is the program currency', () => {
    expect(opportunitySchema.safeParse(buildDeal()).success).toBe(true);
    expect(opportunitySchema.safeParse(buildDeal({ currency: 'EUR' })).success).toBe(true);
    expect(opportunitySchema.safeParse({ ...buildDeal(), currency: 'EUT' }).success).toBe(false);
    const investment = { id: 'i1', territoryId: 't1', updatedAt: '2026-06-01T09:00:00.000Z', deleted: false, partnerId: 'p1', kind: 'mdf', amountCents: 100, spentOn: '2026-07-01' };
    expect(investmentSchema.safeParse(investment).success).toBe(true);
    expect(investmentSchema.safeParse({ ...investment, currency: 'GBP' }).success).toBe(true);
    const settings = { id: 'program-settings', territoryId: 'global', updatedAt: '2026-06-01T09:00:00.000Z', deleted: false, vendorName: 'V', logoDataUrl: null, primaryColor: '#000000', accentColor: '#FFFFFF' };
    expect(programSettingsSchema.safeParse(settings).success).toBe(true);
    expect(programSettingsSchema.safeParse({ ...settings, exchangeRates: [eurQ3, eurQ3] }).error?.issues[0]?.path).toEqual(['exchangeRates', 1, 'currency']);
  });
});
