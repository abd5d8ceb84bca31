import type { CellValue } from '../table';
import { parsed, problem, type Parsed } from './parsed';

/** Currency symbols as exports write them; ISO codes ("EUR 1.234,50", "1,234.50 USD") are read as they are. */
const symbols: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', CHF: 'CHF', 'Fr.': 'CHF', kr: 'SEK', 'R$': 'BRL', A$: 'AUD', C$: 'CAD' };

export interface Amount {
  /** Integer cents, as every money field of ours holds them (shared/domain/money.ts). */
  cents: number;
  /** The currency the cell named, if it named one. */
  currency?: string;
}

const currencyPart = /^(US\$|R\$|A\$|C\$|Fr\.|CHF|kr|[$€£¥₹]|[A-Z]{3})|(US\$|R\$|A\$|C\$|Fr\.|CHF|kr|[$€£¥₹]|[A-Z]{3})$/;

/**
 * Which of "." and "," is the decimal mark. With both, the last one is
 * ("1,234.50", "1.234,50"). With one kind only, it is the decimal mark
 * unless it groups exactly three digits ("1,234" and "1.234.567" are
 * thousands; "1,5" and "12.50" are decimals). `decimalMark` overrides this
 * for a file whose amounts are all written like "1.234" meaning 1.234.
 */
const splitNumber = (digits: string, decimalMark?: '.' | ','): string | null => {
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let mark: '.' | ',' | null;
  if (decimalMark) mark = digits.includes(decimalMark) ? decimalMark : null;
  else if (lastDot >= 0 && lastComma >= 0) mark = lastDot > lastComma ? '.' : ',';
  else {
    const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    const groups = only ? digits.split(only) : [];
    const thousands = only !== null && groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3 && groups[0] !== '' && groups[0] !== '0';
    mark = only && !thousands ? only : null;
  }
  const grouping = mark === '.' ? /[,\s'\u00a0\u202f]/g : mark === ',' ? /[.\s'\u00a0\u202f]/g : /[.,\s'\u00a0\u202f]/g;
  const plain = digits.replace(grouping, '');
  const normal = mark === ',' ? plain.replace(',', '.') : plain;
  return /^\d+(\.\d+)?$|^\.\d+$/.test(normal) ? normal : null;
};

/**
 * An amount as a person or CRM wrote it: "$1,234.50", "1.234,50 €",
 * "(1,000)" (accountants' negative), "-250", "EUR 99". A number cell from a
 * workbook is taken as it is. More than two decimals are rounded to the cent.
 */
export const parseAmount = (cell: CellValue, options: { decimalMark?: '.' | ',' } = {}): Parsed<Amount> => {
  if (typeof cell === 'number') return Number.isFinite(cell) ? parsed({ cents: Math.round(cell * 100) }) : problem('is not an amount');
  if (typeof cell !== 'string') return problem('is not an amount');
  let text = cell.trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let currency: string | undefined;
  // The minus may stand before the currency ("-$250") or after it ("$-250", "€ -250").
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  for (let i = 0; i < 2; i++) {
    const m = currencyPart.exec(text);
    if (!m) break;
    const found = (m[1] ?? m[2])!;
    currency = symbols[found] ?? found;
    text = (m[1] ? text.slice(found.length) : text.slice(0, -found.length)).trim();
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  const number = splitNumber(text, options.decimalMark);
  if (number === null) return problem(`is not an amount: "${cell.trim()}"`);
  // Cents from the digits, never through a float multiply: 1234.565 × 100 is 123456.49999….
  const [whole, fraction = ''] = number.split('.');
  const thousandths = Number(fraction.padEnd(3, '0').slice(0, 3));
  const cents = Number(whole || '0') * 100 + Math.floor(thousandths / 10) + (thousandths % 10 >= 5 ? 1 : 0);
  return parsed({ cents: negative ? -cents : cents, ...(currency ? { currency } : {}) });
};
