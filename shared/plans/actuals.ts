import type { ExchangeRate } from '../domain/currency';
import { partnerDeals, type DealCredit } from '../domain/deal-credit';
import { dealsInProgramCurrency } from '../domain/in-program-currency';
import type { Activity } from '../domain/activity';
import type { PlanObjective } from '../domain/business-plan';
import type { Certification } from '../domain/certification';
import type { Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import { CALENDAR_YEAR, inRange, quarterRange, type FiscalCalendar } from '../domain/quarter';

/** The partner's own records a plan's actuals are read from (live records only). */
export interface PlanRecords {
  partner: Partner;
  /** Any deals; the plan counts those the partner is on, at the credit its role earns. */
  opportunities: readonly Opportunity[];
  /** HQ's credit by role (program settings); absent: full credit. */
  dealCredit?: DealCredit;
  /** HQ's quarterly exchange rates (program settings); absent: none, so only program-currency deals count. */
  exchangeRates?: readonly ExchangeRate[];
  /** The program's fiscal calendar (program settings) the plan's quarters are read in; absent: the calendar year. */
  calendar?: FiscalCalendar;
  certifications: readonly Certification[];
  activities: readonly Activity[];
}

/** A span of days, both ends inclusive (ISO dates). */
interface Span {
  start: string;
  end: string;
}

const won = (o: Opportunity, span: Span) => o.stage === 'won' && inRange(o.closeOn, span);
const sum = (deals: readonly Opportunity[]) => deals.reduce((total, o) => total + o.amountCents, 0);

/** People holding a valid certification in `programId` on `day`, by their dates (a stale status cannot count). */
const certifiedOn = (certifications: readonly Certification[], programId: string | null, day: string): number =>
  new Set(
    certifications
      .filter((c) => c.programId === programId && c.issuedOn !== null && c.expiresOn !== null && c.issuedOn <= day && day < c.expiresOn)
      .map((c) => c.contactId),
  ).size;

/**
 * What an objective's records say for a span, or null when the records
 * cannot say: a custom objective (typed in), and integrations, whose
 * certification carries no date, for any span but "to date".
 *
 * Flows (revenue, pipeline, deals, customers, activities) add up what
 * happened in the span. Levels (certified people, certified integrations)
 * are a count on the span's last day: the plan asks to have them, not to
 * make them one by one.
 */
export const actualIn = (objective: PlanObjective, records: PlanRecords, span: Span, toDate: boolean): number | null => {
  // In the program currency, the targets' (a deal without a rate for its quarter does not count), then at the partner's credit.
  const deals = partnerDeals(dealsInProgramCurrency(records.opportunities, records.exchangeRates, records.calendar ?? CALENDAR_YEAR).records, records.partner.id, records.dealCredit);
  switch (objective.kind) {
    case 'partner-sourced-revenue':
      return sum(deals.filter((o) => o.partnerRole === 'sourced' && won(o, span)));
    case 'influenced-pipeline':
      // Pipeline the partner helped create in the span, whatever became of it since.
      return sum(deals.filter((o) => (o.partnerRole === 'influenced' || o.partnerRole === 'co-sell') && inRange(o.createdOn, span)));
    case 'won-deals':
      return deals.filter((o) => won(o, span)).length;
    case 'new-customers':
      return deals.filter((o) => o.newCustomer && won(o, span)).length;
    case 'certified-people':
      return certifiedOn(records.certifications.filter((c) => c.partnerId === records.partner.id), objective.certificationProgramId, span.end);
    case 'integrations-certified': {
      if (!toDate) return null;
      const attributes = records.partner.attributes;
      const integrations = attributes.partnerType === 'isv' ? attributes.integrations : [];
      return integrations.filter((i) => i.certificationStatus === 'certified').length;
    }
    case 'joint-marketing-activities':
      return records.activities.filter((a) => a.partnerId === records.partner.id && a.kind === 'joint-marketing' && inRange(a.occurredAt, span)).length;
    case 'custom':
      return toDate ? objective.manualActual : null;
  }
};

/** The quarter `label`'s span, cut at `asOf` when the quarter is still running. */
export const quarterSpan = (label: string, asOf: string, calendar: FiscalCalendar): Span => {
  const range = quarterRange(label, calendar);
  return { start: range.start, end: range.end < asOf ? range.end : asOf };
};
