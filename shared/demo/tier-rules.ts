import { GLOBAL_TERRITORY, type PartnerType } from '../domain/common';
import type { TierRequirement, TierRuleSet } from '../domain/tier-rules';
import type { CertificationCatalogue, ProgramCode } from './certification-programs';
import type { DemoContext } from './context';

type Need = [ProgramCode, number];
interface Step {
  revenue: number;
  pipeline?: number;
  people: Need[];
}

/**
 * Won revenue over four quarters and open pipeline, in dollars, for silver,
 * gold and platinum, and the certified people each asks for, climbing the
 * type's learning path. Set against the deals the generator makes so that
 * many partners hold their tier and many show a gap worth a conversation.
 */
const ladders: Record<PartnerType, [Step, Step, Step]> = {
  isv: [
    { revenue: 10_000, people: [['TECH-INT', 1]] },
    { revenue: 50_000, pipeline: 25_000, people: [['TECH-INT', 1], ['SALES-PRO', 1]] },
    { revenue: 150_000, pipeline: 60_000, people: [['TECH-INT', 2], ['SALES-PRO', 1]] },
  ],
  reseller: [
    { revenue: 15_000, people: [['SALES-PRO', 1]] },
    { revenue: 50_000, pipeline: 25_000, people: [['SALES-PRO', 1], ['PRESALES-SA', 1]] },
    { revenue: 150_000, pipeline: 60_000, people: [['SALES-PRO', 2], ['PRESALES-SA', 1]] },
  ],
  oem: [
    { revenue: 15_000, people: [['TECH-INT', 1]] },
    { revenue: 70_000, people: [['TECH-INT', 1], ['TECH-ADMIN', 1]] },
    { revenue: 250_000, pipeline: 80_000, people: [['TECH-INT', 2], ['TECH-ADMIN', 1]] },
  ],
  si: [
    { revenue: 10_000, people: [['SVC-IMPL', 1]] },
    { revenue: 50_000, pipeline: 25_000, people: [['SVC-IMPL', 1], ['PRESALES-SA', 1]] },
    { revenue: 150_000, pipeline: 60_000, people: [['SVC-IMPL', 2], ['PRESALES-SA', 1]] },
  ],
};

const TIERS_ABOVE_ENTRY = ['silver', 'gold', 'platinum'] as const;

const requirementsFor = (
  catalogue: CertificationCatalogue,
  partnerType: PartnerType,
  /** Version 1 asked less: the rules were tightened when version 2 came in. */
  scale: number,
): TierRequirement[] =>
  ladders[partnerType].map((step, rank) => ({
    tier: TIERS_ABOVE_ENTRY[rank]!,
    minTrailingRevenueCents: Math.round(step.revenue * scale) * 100,
    ...(step.pipeline === undefined ? {} : { minOpenPipelineCents: Math.round(step.pipeline * scale) * 100 }),
    certifiedPeople: step.people.map(([code, count]) => ({ programId: catalogue.byCode[code].id, count })),
    ...(partnerType === 'isv' ? { integrationCertified: rank >= 1 } : {}),
    ...(partnerType === 'si' ? { minCertifiedConsultants: [2, 5, 12][rank]! } : {}),
  }));

/**
 * Two versions per partner type: version 1 from two years back, version 2
 * from 1 January of the asOf year, so the history spans a rules change and a
 * tier view has a version to name.
 */
export const makeTierRuleSets = (ctx: DemoContext, catalogue: CertificationCatalogue): TierRuleSet[] => {
  const year = Number(ctx.asOf.slice(0, 4));
  return (['isv', 'reseller', 'oem', 'si'] as const).flatMap((partnerType) =>
    [
      { version: 1, effectiveFrom: `${year - 2}-01-01`, scale: 0.8 },
      { version: 2, effectiveFrom: `${year}-01-01`, scale: 1 },
    ].map(
      ({ version, effectiveFrom, scale }): TierRuleSet => ({
        id: ctx.id(),
        territoryId: GLOBAL_TERRITORY,
        updatedAt: ctx.timeOn(effectiveFrom),
        deleted: false,
        partnerType,
        version,
        effectiveFrom,
        requirements: requirementsFor(catalogue, partnerType, scale),
      }),
    ),
  );
};
