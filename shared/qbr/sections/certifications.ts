import { qualifyTier } from '../../calculators/tier/qualify-tier';
import { certificationCountsOn } from '../../calculators/tier/certified-roster';
import type { Certification } from '../../domain/certification';
import type { Tier } from '../../domain/common';
import type { PackContext } from '../context';
import { tierWords } from '../words';

export interface RequirementRow {
  tier: string;
  label: string;
  unit: 'cents' | 'count';
  need: number;
  have: number;
  met: boolean;
}

export interface RosterRow {
  contactName: string;
  programName: string;
  status: Certification['status'];
  expiresOn: string | null;
  /** Counts towards the tier on the pack day. */
  counts: boolean;
  /** Counts today but lapses on or before the quarter's last day. */
  expiresBeforeQuarterEnd: boolean;
}

export type TierStatus =
  | { kind: 'no-rules'; recordedTier: string; message: string }
  | {
      kind: 'assessed';
      recordedTier: string;
      qualifiedTier: string;
      nextTier: string | null;
      ruleSetVersion: number;
      /** The sentence a manager says out loud about the tier. */
      headline: string;
      /** What is still missing for the next tier, one sentence each. */
      gap: string[];
      /** Null unless lapsing certifications would cost the tier by the quarter's end. */
      atRisk: { tierAtQuarterEnd: string; message: string } | null;
      requirements: RequirementRow[];
    };

export interface CertificationsSection {
  tier: TierStatus;
  roster: RosterRow[];
  noData: string | null;
}

const headline = (recorded: Tier, qualified: Tier, next: Tier | null, gapCount: number): string => {
  const standing =
    recorded === qualified
      ? `Qualifies for ${tierWords(qualified)}, the tier on record.`
      : `Qualifies for ${tierWords(qualified)}; the tier on record is ${tierWords(recorded)}.`;
  return next === null ? `${standing} This is the top tier.` : `${standing} ${gapCount} requirement${gapCount === 1 ? '' : 's'} short of ${tierWords(next)}.`;
};

/** Certification status against the tier's requirements, with expiries before the quarter ends. */
export const buildCertifications = (ctx: PackContext): CertificationsSection => {
  const qualification = qualifyTier({
    partner: ctx.partner,
    ruleSets: ctx.tierRuleSets,
    contacts: ctx.contacts,
    certifications: ctx.certifications,
    certificationPrograms: ctx.certificationPrograms,
    opportunities: ctx.deals,
    dealCredit: ctx.dealCredit,
    exchangeRates: ctx.exchangeRates,
    calendar: ctx.calendar,
    quarter: ctx.quarter.label,
    asOf: ctx.asOf,
  });
  const contactName = new Map(ctx.contacts.map((c) => [c.id, c.name]));
  const programName = new Map(ctx.certificationPrograms.map((p) => [p.id, p.name]));
  const roster = ctx.certifications
    .map((c): RosterRow => {
      const counts = certificationCountsOn(c, qualification.asOf);
      return {
        contactName: contactName.get(c.contactId) ?? c.contactId,
        programName: programName.get(c.programId) ?? c.programId,
        status: c.status,
        expiresOn: c.expiresOn,
        counts,
        expiresBeforeQuarterEnd: counts && c.expiresOn !== null && c.expiresOn < ctx.quarter.end,
      };
    })
    .sort((a, b) => a.programName.localeCompare(b.programName) || a.contactName.localeCompare(b.contactName));

  const noData = roster.length === 0 ? `No certifications are recorded for ${ctx.partner.name}'s contacts.` : null;
  if (qualification.kind === 'no-rules') {
    return { tier: { kind: 'no-rules', recordedTier: tierWords(ctx.partner.tier), message: qualification.message }, roster, noData };
  }
  const { atRisk } = qualification;
  return {
    tier: {
      kind: 'assessed',
      recordedTier: tierWords(qualification.recordedTier),
      qualifiedTier: tierWords(qualification.qualifiedTier),
      nextTier: qualification.nextTier && tierWords(qualification.nextTier),
      ruleSetVersion: qualification.ruleSet.version,
      headline: headline(qualification.recordedTier, qualification.qualifiedTier, qualification.nextTier, qualification.gap.length),
      gap: qualification.gap.map((g) => g.shortfall),
      atRisk: atRisk && {
        tierAtQuarterEnd: tierWords(atRisk.tierAtQuarterEnd),
        message: `Falls to ${tierWords(atRisk.tierAtQuarterEnd)} by ${ctx.quarter.end} unless ${atRisk.expiring.length} certification${atRisk.expiring.length === 1 ? ' is' : 's are'} renewed: ${atRisk.expiring.map((e) => `${e.contactName} (${e.programName}, ${e.expiresOn})`).join('; ')}.`,
      },
      requirements: qualification.ladder.flatMap((standing) =>
        standing.requirements.map((r) => ({ tier: tierWords(standing.tier), label: r.label, unit: r.unit, need: r.need, have: r.have, met: r.met })),
      ),
    },
    roster,
    noData,
  };
};
