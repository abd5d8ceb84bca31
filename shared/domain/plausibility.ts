import { dateText } from './date-text';
import { formatCents } from './money';

/**
 * Values a schema rightly accepts (they could be true) but a person reading
 * them would question: a slipped key or a pasted figure. A form asks the
 * question beside the field and saves once the user confirms; nothing here
 * refuses a value. Every question names the value as the user typed it, in
 * dollars, days or counts, never in cents or internal limits.
 */
export interface PlausibilityQuestion {
  /** The schema field the question is about, so the form shows it beside that input. */
  field: string;
  question: string;
}

/** Above this a deal is far beyond any the program has seen: $100 million. */
export const IMPLAUSIBLE_DEAL_CENTS = 10_000_000_000;

/** Above this a partner's revenue target or minimum commitment is a slip rather than a plan: $1 billion. */
export const IMPLAUSIBLE_TARGET_CENTS = 100_000_000_000;

/** How far back a due date may be before it reads as a typing slip of the year. */
const DUE_YEARS_BACK = 1;

const asked = (field: string, question: string): PlausibilityQuestion => ({ field, question });

/** A deal amount above $100 million. */
export const dealAmountQuestion = (field: string, cents: number | undefined, currency?: string): PlausibilityQuestion | undefined =>
  cents !== undefined && cents > IMPLAUSIBLE_DEAL_CENTS
    ? asked(field, `${formatCents(cents, currency)} is more than any deal on record (over ${formatCents(IMPLAUSIBLE_DEAL_CENTS, currency)}) — is that right?`)
    : undefined;

/** A revenue target or committed minimum above $1 billion. */
export const targetAmountQuestion = (field: string, cents: number | undefined, currency?: string): PlausibilityQuestion | undefined =>
  cents !== undefined && cents > IMPLAUSIBLE_TARGET_CENTS
    ? asked(field, `${formatCents(cents, currency)} is more than a partner of any size is asked for (over ${formatCents(IMPLAUSIBLE_TARGET_CENTS, currency)}) — is that right?`)
    : undefined;

/** The same calendar day `years` earlier (29 February falls back to the 28th). */
const yearsBefore = (isoDate: string, years: number): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = Math.min(d, new Date(Date.UTC(y - years, m, 0)).getUTCDate());
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** A due date more than a year before today: likely the wrong year. */
export const dueDateQuestion = (field: string, dueOn: string | undefined, today: string): PlausibilityQuestion | undefined =>
  dueOn !== undefined && dueOn < yearsBefore(today, DUE_YEARS_BACK)
    ? asked(field, `${dateText(dueOn)} is more than a year ago — is that the right year?`)
    : undefined;

/**
 * More joint customers using the integration than joint customers at all: the
 * users are a part of the joint customers, so one of the two counts is off
 * (500 users typed where 103 customers are recorded).
 */
export const integrationUsersQuestion = (field: string, using: number | undefined, jointCustomers: number | undefined): PlausibilityQuestion | undefined =>
  using !== undefined && jointCustomers !== undefined && using > jointCustomers
    ? asked(
        field,
        `${using.toLocaleString('en-US')} joint customers using the integration is more than the ${jointCustomers.toLocaleString('en-US')} joint customers recorded — is that right?`,
      )
    : undefined;

/** The questions that apply, in the order given. */
export const questionsOf = (...checks: (PlausibilityQuestion | undefined)[]): PlausibilityQuestion[] =>
  checks.filter((q): q is PlausibilityQuestion => q !== undefined);
