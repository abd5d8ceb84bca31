import type { ExchangeRate } from '../../domain/currency';
import type { DealCredit } from '../../domain/deal-credit';
import type { Certification, CertificationProgram } from '../../domain/certification';
import type { Tier } from '../../domain/common';
import type { Contact } from '../../domain/contact';
import type { Opportunity } from '../../domain/opportunity';
import type { Partner } from '../../domain/partner';
import type { FiscalCalendar, QuarterRange } from '../../domain/quarter';
import type { TierRuleSet } from '../../domain/tier-rules';

export type RequirementKind =
  | 'trailing-revenue'
  | 'open-pipeline'
  | 'certified-people'
  | 'certified-integration'
  | 'certified-consultants';

/** One threshold of one tier, measured against the partner. */
export interface RequirementCheck {
  /** Stable across tiers, so the same threshold at silver and gold can be told apart from others: `certified-people:<programId>`. */
  key: string;
  kind: RequirementKind;
  /** The certification program, for `certified-people`; null otherwise. */
  programId: string | null;
  /** "Trailing revenue", "Contacts certified in Sales Professional". */
  label: string;
  /** Cents for revenue and pipeline, a head count otherwise. */
  unit: 'cents' | 'count';
  have: number;
  need: number;
  met: boolean;
  /** What is still missing in words ("$40,000 more trailing revenue"); null when met. */
  shortfall: string | null;
}

/** An unmet requirement: the shortfall sentence is always there. */
export type RequirementGap = RequirementCheck & { met: false; shortfall: string };

/** A tier of the rule set's ladder and whether its own requirements are met. */
export interface TierStanding {
  tier: Tier;
  met: boolean;
  requirements: RequirementCheck[];
}

/** The figures the requirements are measured against, shown so a reader can check them. */
export interface TierMeasures {
  /** Won sourced or co-sell deals closed inside `revenueWindow`. */
  trailingRevenueCents: number;
  /** First day of the four quarters ending with the quarter, up to the assessment day. */
  revenueWindow: { start: string; end: string };
  /** Deals with the partner on them, open on the assessment day. */
  openPipelineCents: number;
  /** Contacts that count, by certification program id (programs with nobody certified are absent). */
  certifiedContacts: Record<string, number>;
  certifiedIntegrations: number;
  certifiedConsultants: number;
}

/** A certification that counts today but lapses before the quarter ends. */
export interface ExpiringCertification {
  certificationId: string;
  contactId: string;
  contactName: string;
  programId: string;
  programName: string;
  expiresOn: string;
}

/** The tier the partner would fall to at the quarter's end unless the listed certifications are renewed. */
export interface TierAtRisk {
  tierAtQuarterEnd: Tier;
  /** The certification requirements that would fail, with how many people would be short. */
  gap: RequirementGap[];
  /** The lapsing certifications behind `gap`, earliest expiry first. */
  expiring: ExpiringCertification[];
}

/** Records may include other partners' and deleted ones: the calculator keeps only this partner's live records. */
export interface TierQualificationInput {
  partner: Partner;
  ruleSets: readonly TierRuleSet[];
  contacts: readonly Contact[];
  certifications: readonly Certification[];
  /** Only used for the program names in sentences; a program missing here is named by its id. */
  certificationPrograms: readonly CertificationProgram[];
  /** Any deals; the tier counts those the partner is on, at the credit its role earns. */
  opportunities: readonly Opportunity[];
  /** HQ's credit by role (program settings); absent: full credit. */
  dealCredit?: DealCredit;
  /** HQ's quarterly exchange rates (program settings); absent: none, so only program-currency deals count. */
  exchangeRates?: readonly ExchangeRate[];
  /** The program's fiscal calendar (program settings) the quarter is read in; absent: the calendar year. */
  calendar?: FiscalCalendar;
  /** `2026-Q3`. */
  quarter: string;
  /** Today as an ISO date, inside or before the quarter; a later day is read as the quarter's last. */
  asOf: string;
}

interface AssessmentBasis {
  partnerId: string;
  quarter: QuarterRange;
  /** The day the tier was assessed on (the input `asOf`, capped at the quarter's last day). */
  asOf: string;
  recordedTier: Tier;
}

/** No rule set covers the partner's type in the quarter: nothing can be assessed, and the message says why. */
export interface TierQualificationWithoutRules extends AssessmentBasis {
  kind: 'no-rules';
  message: string;
}

export interface TierQualificationAssessed extends AssessmentBasis {
  kind: 'assessed';
  ruleSet: { id: string; version: number; effectiveFrom: string };
  measures: TierMeasures;
  /** Registered, then every tier the rule set lists, lowest first. */
  ladder: TierStanding[];
  qualifiedTier: Tier;
  recordedTierDiffers: boolean;
  /** The next tier the rule set offers, or null at the top. */
  nextTier: Tier | null;
  /** What the partner still lacks for `nextTier`; empty at the top. */
  gap: RequirementGap[];
  atRisk: TierAtRisk | null;
}

export type TierQualification = TierQualificationWithoutRules | TierQualificationAssessed;
