import { partnerDeals } from '../../domain/deal-credit';
import { dealsInProgramCurrency } from '../../domain/in-program-currency';
import { isoDateSchema, type PartnerType } from '../../domain/common';
import { CALENDAR_YEAR, quarterRange, type QuarterRange } from '../../domain/quarter';
import { certifiedRoster, headcountByProgram, lastingThrough } from './certified-roster';
import { gapTo, highestTierReached, tierAbove, tierLadder } from './ladder';
import { partnerMeasures } from './partner-measures';
import { ruleSetInForce } from './rule-set-in-force';
import { tierAtRisk } from './tier-at-risk';
import type { TierQualification, TierQualificationInput } from './types';

/**
 * The tier a partner qualifies for on the assessment day under the rule set
 * that judges the quarter, how far the next tier is, and whether
 * certifications lapsing before the quarter ends would cost the tier.
 */
export const qualifyTier = (input: TierQualificationInput): TierQualification => {
  const { partner } = input;
  const calendar = input.calendar ?? CALENDAR_YEAR;
  const quarter = quarterRange(input.quarter, calendar);
  const asOf = assessmentDay(input.asOf, quarter);
  const basis = { partnerId: partner.id, quarter, asOf, recordedTier: partner.tier };

  const ruleSet = ruleSetInForce(input.ruleSets, partner.partnerType, quarter.end);
  if (!ruleSet) {
    return {
      ...basis,
      kind: 'no-rules',
      message: `No tier rules for ${typeWords[partner.partnerType]} partners are in force by the end of ${quarter.label}, so the tier cannot be assessed.`,
    };
  }

  const contacts = new Map(input.contacts.filter((c) => !c.deleted && c.partnerId === partner.id).map((c) => [c.id, c]));
  const programs = new Map(input.certificationPrograms.map((p) => [p.id, p]));
  const programName = (id: string): string => programs.get(id)?.name ?? `program ${id}`;
  // In the program currency, the thresholds' (a deal without a rate for its quarter does not count), then at the partner's credit.
  const live = input.opportunities.filter((o) => !o.deleted);
  const deals = partnerDeals(dealsInProgramCurrency(live, input.exchangeRates, calendar).records, partner.id, input.dealCredit);
  const certifications = input.certifications.filter((c) => c.partnerId === partner.id);

  const rosterToday = certifiedRoster(certifications, new Set(contacts.keys()), asOf);
  const measures = partnerMeasures(partner, deals, rosterToday, quarter, asOf, calendar);
  const ladder = tierLadder(ruleSet, measures, programName);
  const qualifiedTier = highestTierReached(ladder);
  const nextTier = tierAbove(ladder, qualifiedTier);

  const rosterAtQuarterEnd = lastingThrough(rosterToday, quarter.end);
  const ladderAtQuarterEnd = tierLadder(ruleSet, { ...measures, certifiedContacts: headcountByProgram(rosterAtQuarterEnd) }, programName);

  return {
    ...basis,
    kind: 'assessed',
    ruleSet: { id: ruleSet.id, version: ruleSet.version, effectiveFrom: ruleSet.effectiveFrom },
    measures,
    ladder,
    qualifiedTier,
    recordedTierDiffers: qualifiedTier !== partner.tier,
    nextTier,
    gap: nextTier === null ? [] : gapTo(ladder, nextTier),
    atRisk: tierAtRisk(qualifiedTier, ladderAtQuarterEnd, rosterToday, rosterAtQuarterEnd, {
      contactName: (id) => contacts.get(id)?.name ?? id,
      programName,
    }),
  };
};

/** A quarter already over is judged on its last day: nothing after it belongs to the quarter. */
const assessmentDay = (asOf: string, quarter: QuarterRange): string => {
  if (!isoDateSchema.safeParse(asOf).success) throw new RangeError(`The assessment day must be a date like 2026-08-15, got "${asOf}"`);
  return asOf > quarter.end ? quarter.end : asOf;
};

const typeWords: Record<PartnerType, string> = {
  isv: 'ISV',
  reseller: 'reseller',
  oem: 'OEM',
  si: 'systems integrator',
};
