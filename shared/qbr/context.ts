import type { Activity, Commitment } from '../domain/activity';
import type { BusinessPlan } from '../domain/business-plan';
import type { Certification, CertificationProgram } from '../domain/certification';
import type { Contact } from '../domain/contact';
import type { IncentiveProgram } from '../domain/incentive-program';
import type { IncentiveStatementRecord } from '../domain/incentive-statement-record';
import type { Investment } from '../domain/investment';
import type { JointSolution } from '../domain/joint-solution';
import type { ExchangeRate } from '../domain/currency';
import { roleOn, type DealCredit } from '../domain/deal-credit';
import type { Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import { fiscalCalendarOf, type FiscalCalendar, type QuarterRange } from '../domain/quarter';
import type { TierRuleSet } from '../domain/tier-rules';
import type { MetricsDataset } from '../metrics/types';
import type { QbrAudience } from './options';
import type { QbrSources } from './sources';

/** The live records one pack reads, cut once so every section sees the same data. */
export interface PackContext {
  audience: QbrAudience;
  partner: Partner;
  quarter: QuarterRange;
  /** The program's fiscal calendar (program settings): every quarter the pack names or computes follows it. */
  calendar: FiscalCalendar;
  /** The day the pack is made, capped at the quarter's last day: tier and "open" deals are judged on it. */
  asOf: string;
  ownerName: string;
  contacts: Contact[];
  certifications: Certification[];
  certificationPrograms: readonly CertificationProgram[];
  tierRuleSets: TierRuleSet[];
  jointSolutions: JointSolution[];
  /** The deals the partner is on, as stored: its own and those naming it beside another partner (the calculators credit them). */
  deals: Opportunity[];
  /** HQ's credit by partner role and quarterly exchange rates, from the program settings; absent: full credit, no rates. */
  dealCredit?: DealCredit;
  exchangeRates?: readonly ExchangeRate[];
  investments: Investment[];
  incentivePrograms: IncentiveProgram[];
  /** The partner's closed statements: the incentives section and the metrics read closed quarters from them. */
  incentiveStatements: IncentiveStatementRecord[];
  activities: Activity[];
  commitments: Commitment[];
  businessPlans: BusinessPlan[];
  /** What the metrics read: the partner, its deals and its territory's deals, its investments. */
  metrics: MetricsDataset;
}

const live = <T extends { deleted: boolean }>(records: readonly T[]): T[] => records.filter((r) => !r.deleted);

const liveSettings = (sources: QbrSources) => sources.programSettings?.find((s) => !s.deleted);

/** The program's fiscal calendar, which the pack's quarter is read in. */
export const packCalendar = (sources: QbrSources): FiscalCalendar => fiscalCalendarOf(liveSettings(sources));

/** What the program settings decide for every calculator of the pack: credit by role, exchange rates, the fiscal calendar. */
const settingsOf = (sources: QbrSources): Pick<PackContext, 'dealCredit' | 'exchangeRates' | 'calendar'> => {
  const settings = liveSettings(sources);
  return {
    calendar: fiscalCalendarOf(settings),
    ...(settings?.dealCredit && { dealCredit: settings.dealCredit }),
    ...(settings?.exchangeRates && { exchangeRates: settings.exchangeRates }),
  };
};

export const packContext = (partner: Partner, sources: QbrSources, quarter: QuarterRange, asOf: string, audience: QbrAudience): PackContext => {
  const own = <T extends { deleted: boolean; partnerId: string | null }>(records: readonly T[]): T[] =>
    records.filter((r) => !r.deleted && r.partnerId === partner.id);
  const contacts = own(sources.contacts);
  const liveContactIds = new Set(contacts.map((c) => c.id));
  const investments = own(sources.investments);
  const owner = sources.people?.find((p) => p.id === partner.ownerUserId);
  return {
    audience,
    partner,
    quarter,
    asOf,
    ownerName: owner?.displayName ?? `User ${partner.ownerUserId}`,
    contacts,
    // A deleted contact's certifications belong to nobody at the partner any more.
    certifications: own(sources.certifications).filter((c) => liveContactIds.has(c.contactId)),
    certificationPrograms: live(sources.certificationPrograms),
    tierRuleSets: live(sources.tierRuleSets),
    jointSolutions: own(sources.jointSolutions),
    deals: sources.opportunities.filter((o) => !o.deleted && roleOn(o, partner.id) !== null),
    ...settingsOf(sources),
    investments,
    incentivePrograms: live(sources.incentivePrograms),
    incentiveStatements: own(sources.incentiveStatements),
    activities: own(sources.activities),
    commitments: own(sources.commitments),
    businessPlans: own(sources.businessPlans),
    metrics: {
      partners: [partner],
      opportunities: sources.opportunities.filter((o) => o.territoryId === partner.territoryId || roleOn(o, partner.id) !== null),
      investments,
      incentivePrograms: live(sources.incentivePrograms),
      incentiveStatements: own(sources.incentiveStatements),
      programSettings: sources.programSettings,
    },
  };
};
