import { describe, expect, it } from 'vitest';
import { detectDateOrder, normalizeName, parseAmount, parseBoolean, parseDate, parseDateTime, websiteAddress, websiteDomain } from '../../../../shared/import';

const cents = (text: string | number) => {
  const amount = parseAmount(text);
  return amount.ok ? amount.value.cents : amount.problem;
};

describe('amounts', () => {
  it('reads currency symbols, thousands separators and decimal marks as people write them', () => {
    expect(cents('$1,234.50')).toBe(123450);
    expect(cents('1.234,50 €')).toBe(123450);
    expect(cents('1 234,50')).toBe(123450);
    expect(cents("CHF 1'234.50")).toBe(123450);
    expect(cents('1,234')).toBe(123400);
    expect(cents('1.234.567')).toBe(123456700);
    expect(cents('12.5')).toBe(1250);
    expect(cents('0,99')).toBe(99);
    expect(cents(18500.5)).toBe(1850050);
  });

  it('reads accountants\' brackets and minus signs as negative', () => {
    expect(cents('(1,000)')).toBe(-100000);
    expect(cents('-$250.00')).toBe(-25000);
  });

  it('says which currency the cell named', () => {
    expect(parseAmount('1.234,50 €')).toEqual({ ok: true, value: { cents: 123450, currency: 'EUR' } });
    expect(parseAmount('GBP 99')).toEqual({ ok: true, value: { cents: 9900, currency: 'GBP' } });
    expect(parseAmount('$5')).toEqual({ ok: true, value: { cents: 500, currency: 'USD' } });
  });

  it('rounds to the cent exactly, and refuses what is not an amount', () => {
    expect(cents('1234.565')).toBe(123457);
    expect(cents('TBD')).toBe('is not an amount: "TBD"');
    expect(cents('12,3,4')).toBe('is not an amount: "12,3,4"');
  });

  it('follows a decimal mark the user chose for the file', () => {
    expect(parseAmount('1.234', { decimalMark: '.' })).toEqual({ ok: true, value: { cents: 123 } });
  });
});

describe('dates', () => {
  it('finds the order from one value that only fits one reading', () => {
    expect(detectDateOrder(['3/4/2026', '3/25/2026'])).toEqual({ order: 'mdy', ambiguous: false, candidates: ['mdy'] });
    expect(detectDateOrder(['3/4/2026', '25/3/2026'])).toEqual({ order: 'dmy', ambiguous: false, candidates: ['dmy'] });
    expect(detectDateOrder(['2026-03-04', null, ''])).toEqual({ order: 'ymd', ambiguous: false, candidates: ['ymd'] });
    expect(detectDateOrder(['04.03.2026', '15.01.2026']).order).toBe('dmy');
  });

  it('is not thrown off by a value no order reads, and says when values contradict each other', () => {
    expect(detectDateOrder(['3/15/2026', '2/30/2026', 'TBD'])).toEqual({ order: 'mdy', ambiguous: false, candidates: ['mdy'] });
    expect(detectDateOrder(['3/15/2026', '25/3/2026', '26/3/2026'])).toEqual({ order: 'dmy', ambiguous: true, candidates: [] });
  });

  it('reports a column that fits both orders as ambiguous, so the user confirms', () => {
    const guess = detectDateOrder(['3/4/2026', '5/6/2026']);
    expect(guess.ambiguous).toBe(true);
    expect(guess.candidates).toEqual(['mdy', 'dmy']);
  });

  it('reads each value in the order chosen', () => {
    expect(parseDate('3/4/2026', 'mdy')).toEqual({ ok: true, value: '2026-03-04' });
    expect(parseDate('3/4/2026', 'dmy')).toEqual({ ok: true, value: '2026-04-03' });
    expect(parseDate('4.3.2026', 'dmy')).toEqual({ ok: true, value: '2026-03-04' });
    expect(parseDate('2026-03-04', 'dmy')).toEqual({ ok: true, value: '2026-03-04' });
  });

  it('takes workbook dates and Excel serial numbers', () => {
    expect(parseDate(new Date(Date.UTC(2026, 2, 4)), 'mdy')).toEqual({ ok: true, value: '2026-03-04' });
    expect(parseDate(45658, 'mdy')).toEqual({ ok: true, value: '2025-01-01' });
  });

  it('refuses a day that does not exist, naming the format it expected', () => {
    expect(parseDate('2/30/2026', 'mdy')).toEqual({ ok: false, problem: 'is not a date in this file\'s format (month/day/year): "2/30/2026"' });
  });

  it('reads dates with times as instants', () => {
    expect(parseDateTime('3/4/2026 2:30 PM', 'mdy')).toEqual({ ok: true, value: '2026-03-04T14:30:00.000Z' });
    expect(parseDateTime('2026-03-04T14:30:00+02:00', 'mdy')).toEqual({ ok: true, value: '2026-03-04T12:30:00.000Z' });
    expect(parseDateTime('4.3.2026', 'dmy')).toEqual({ ok: true, value: '2026-03-04T00:00:00.000Z' });
    expect(parseDateTime('3/4/2026 soon', 'mdy').ok).toBe(false);
  });
});

describe('websites', () => {
  it('reduces any form of a site to its domain', () => {
    expect(websiteDomain('https://www.Acme-Software.com/about?x=1')).toBe('acme-software.com');
    expect(websiteDomain('www.acme-software.com')).toBe('acme-software.com');
    expect(websiteDomain('acme-software.com:8080/')).toBe('acme-software.com');
    expect(websiteDomain('not a site')).toBeNull();
  });

  it('stores an https address where the file has a bare domain', () => {
    expect(websiteAddress('acme.example')).toBe('https://acme.example');
    expect(websiteAddress('http://globex.example')).toBe('http://globex.example');
  });
});

describe('company names', () => {
  it('makes one name of case, punctuation, accents and legal forms', () => {
    expect(normalizeName('Acme Software, Inc.')).toBe('acme software');
    expect(normalizeName('ACME SOFTWARE INC')).toBe('acme software');
    expect(normalizeName('Müller Systemhaus GmbH')).toBe('muller systemhaus');
    expect(normalizeName('Tailspin Toys S.A.')).toBe('tailspin toys');
    expect(normalizeName('Tailspin Toys SA')).toBe('tailspin toys');
    expect(normalizeName('Contoso Pty Ltd')).toBe('contoso');
    expect(normalizeName('Fabrikam GmbH & Co. KG')).toBe('fabrikam');
    expect(normalizeName('Globex Corp.')).toBe('globex');
    expect(normalizeName('Vandelay Industries BV')).toBe('vandelay industries');
    expect(normalizeName('Northwind Traders Ltd')).toBe(normalizeName('Northwind Traders Limited'));
  });

  it('keeps a name that is only a legal form', () => {
    expect(normalizeName('AG')).toBe('ag');
  });
});

describe('checkboxes', () => {
  it('reads yes/no words', () => {
    expect(parseBoolean('Yes')).toEqual({ ok: true, value: true });
    expect(parseBoolean('0')).toEqual({ ok: true, value: false });
    expect(parseBoolean('maybe').ok).toBe(false);
  });
});
