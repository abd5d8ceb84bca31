import { commercialModelCompleteness } from '../../../shared/calculators/commercial-model';
import { qualifiesBelow, qualifyTier } from '../../../shared/calculators/tier';
import type { Certification, CertificationProgram } from '../../../shared/domain/certification';
import type { Tier } from '../../../shared/domain/common';
import type { Contact } from '../../../shared/domain/contact';
import type { JointSolution } from '../../../shared/domain/joint-solution';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { Partner } from '../../../shared/domain/partner';
import { quarterRange, type FiscalCalendar } from '../../../shared/domain/quarter';
import { dealsByPartner, type DealCredit } from '../../../shared/domain/deal-credit';
import type { ExchangeRate } from '../../../shared/domain/currency';
import type { TierRuleSet } from '../../../shared/domain/tier-rules';

/** Per-partner facts the list filters on that are not fields of the partner record. */
export interface PartnerFlags {
  /** Certifications lapsing before the quarter ends would cost the partner its tier. */
  tierAtRisk: boolean;
  /** The tier it qualifies for today, when below its recorded tier (absent otherwise): already short, not at quarter end. */
  qualifiesBelow?: Tier;
  /** At least one of its joint solutions has a commercial model with items still missing. */
  commercialModelIncomplete: boolean;
}

export interface FlagInputs {
  /** Partners to assess: those with a lapsing certification (tier at risk) and those above Registered (qualifies below). */
  partners: readonly Partner[];
  contacts: readonly Contact[];
  certifications: readonly Certification[];
  certificationPrograms: readonly CertificationProgram[];
  opportunities: readonly Opportunity[];
  /** Every joint solution: the model flag needs no other record. */
  jointSolutions: readonly JointSolution[];
  ruleSets: readonly TierRuleSet[];
  quarter: string;
  /** The program's fiscal calendar, HQ's credit by role and exchange rates (program settings), as the partner page assesses the tier. */
  calendar: FiscalCalendar;
  dealCredit?: DealCredit;
  exchangeRates?: readonly ExchangeRate[];
  asOf: string;
}

/**
 * Partners holding a certification that counts today and lapses by the
 * quarter's last day. Only they can be "tier at risk" (the tier calculator
 * compares today's roster with the roster at quarter end, and without a lapse
 * the two are equal), so only they need the full tier assessment; at 10,000
 * partners that is the difference between seconds and milliseconds.
 */
export const lapsingPartnerIds = (certifications: readonly Certification[], asOf: string, quarter: string, calendar: FiscalCalendar): Set<string> => {
  const end = quarterRange(quarter, calendar).end;
  const ids = new Set<string>();
  for (const c of certifications) {
    if (!c.deleted && c.expiresOn !== null && c.expiresOn >= asOf && c.expiresOn <= end) ids.add(c.partnerId);
  }
  return ids;
};

const groupByPartner = <T extends { partnerId: string | null; deleted: boolean }>(rows: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    if (row.deleted || row.partnerId === null) continue;
    const group = groups.get(row.partnerId);
    if (group) group.push(row);
    else groups.set(row.partnerId, [row]);
  }
  return groups;
};

const none: never[] = [];

export interface TierVerdict {
  atRisk: boolean;
  below: Tier | null;
}

const noVerdict: TierVerdict = { atRisk: false, below: null };

/**
 * The two halves of the flags. The model flag is one pass over the joint
 * solutions; the tier flags are a full tier assessment per partner, so they are
 * handed out per partner and a caller can spread it over several tasks.
 * Child records are grouped by partner once, not per partner.
 */
export const flagAssessor = (input: Omit<FlagInputs, 'partners'>) => {
  const lapsing = lapsingPartnerIds(input.certifications, input.asOf, input.quarter, input.calendar);
  const contacts = groupByPartner(input.contacts);
  const certifications = groupByPartner(input.certifications);
  // Each deal under every partner on it, as the partner page reads them.
  const opportunities = dealsByPartner(input.opportunities);
  return {
    /** Partner ids with an incomplete commercial model. */
    incompleteModels: (): Set<string> =>
      new Set(input.jointSolutions.filter((s) => !s.deleted && !commercialModelCompleteness(s).complete).map((s) => s.partnerId)),
    /**
     * Both tier flags from one assessment. Only a partner with a lapsing
     * certification can be at risk; only one above Registered can qualify
     * below its tier; a partner that can be neither is not assessed.
     */
    tier: (partner: Partner): TierVerdict => {
      const mayBeAtRisk = lapsing.has(partner.id);
      if (partner.deleted || (!mayBeAtRisk && partner.tier === 'registered')) return noVerdict;
      const qualification = qualifyTier({
        partner,
        ruleSets: input.ruleSets,
        contacts: contacts.get(partner.id) ?? none,
        certifications: certifications.get(partner.id) ?? none,
        certificationPrograms: input.certificationPrograms,
        opportunities: opportunities.get(partner.id) ?? none,
        dealCredit: input.dealCredit,
        exchangeRates: input.exchangeRates,
        calendar: input.calendar,
        quarter: input.quarter,
        asOf: input.asOf,
      });
      return { atRisk: qualification.kind === 'assessed' && qualification.atRisk !== null, below: qualifiesBelow(qualification) };
    },
  };
};

/** Merges one flag into the map; a partner absent from the map has no flag set. */
export const setFlag = (flags: Map<string, PartnerFlags>, id: string, flag: 'tierAtRisk' | 'commercialModelIncomplete'): void => {
  const current = flags.get(id);
  if (current) current[flag] = true;
  else flags.set(id, { tierAtRisk: flag === 'tierAtRisk', commercialModelIncomplete: flag === 'commercialModelIncomplete' });
};

/** Merges a partner's tier verdict into the map. */
export const setTierFlags = (flags: Map<string, PartnerFlags>, id: string, verdict: TierVerdict): void => {
  if (verdict.atRisk) setFlag(flags, id, 'tierAtRisk');
  if (verdict.below === null) return;
  const current = flags.get(id);
  if (current) current.qualifiesBelow = verdict.below;
  else flags.set(id, { tierAtRisk: false, commercialModelIncomplete: false, qualifiesBelow: verdict.below });
};

/** Flags of every partner that has one, in one go (tests, and callers that need not yield). */
export const partnerFlags = (input: FlagInputs): Map<string, PartnerFlags> => {
  const assessor = flagAssessor(input);
  const flags = new Map<string, PartnerFlags>();
  for (const id of assessor.incompleteModels()) setFlag(flags, id, 'commercialModelIncomplete');
  for (const partner of input.partners) setTierFlags(flags, partner.id, assessor.tier(partner));
  return flags;
};
