import { isClosed, type Opportunity } from '../../domain/opportunity';
import type { Partner } from '../../domain/partner';
import { inRange, quarterRange, shiftQuarter, type FiscalCalendar, type QuarterRange } from '../../domain/quarter';
import { headcountByProgram, type CertifiedRoster } from './certified-roster';
import type { TierMeasures } from './types';

/**
 * What the tier requirements are measured against, on the assessment day.
 * `deals` are the partner's own live opportunities.
 *
 * Trailing revenue credits only deals the partner brought or sold alongside
 * the vendor (sourced, co-sell); merely influencing a deal earns no tier
 * revenue. Open pipeline counts any partner role: it measures engagement.
 */
export const partnerMeasures = (
  partner: Partner,
  deals: readonly Opportunity[],
  roster: CertifiedRoster,
  quarter: QuarterRange,
  asOf: string,
  calendar: FiscalCalendar,
): TierMeasures => {
  const revenueWindow = { start: quarterRange(shiftQuarter(quarter.label, -3), calendar).start, end: asOf };
  return {
    trailingRevenueCents: sum(
      deals.filter(
        (o) => o.stage === 'won' && (o.partnerRole === 'sourced' || o.partnerRole === 'co-sell') && inRange(o.closeOn, revenueWindow),
      ),
    ),
    revenueWindow,
    // A deal created after the assessment day was not yet pipeline on that day.
    openPipelineCents: sum(deals.filter((o) => !isClosed(o) && o.partnerRole !== null && o.createdOn <= asOf)),
    certifiedContacts: headcountByProgram(roster),
    certifiedIntegrations:
      partner.attributes.partnerType === 'isv'
        ? partner.attributes.integrations.filter((i) => i.certificationStatus === 'certified').length
        : 0,
    certifiedConsultants: partner.attributes.partnerType === 'si' ? partner.attributes.certifiedConsultants : 0,
  };
};

const sum = (deals: readonly Opportunity[]): number => deals.reduce((total, o) => total + o.amountCents, 0);
