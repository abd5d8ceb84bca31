import type { PartnerType } from '../domain/common';
import type { Investment } from '../domain/investment';
import type { LifecycleStatus } from '../domain/partner';
import { laterOf } from './calendar';
import type { DemoContext, Weighted } from './context';
import type { PartnerProfile } from './partners';

type Kind = Investment['kind'];

/** Where HQ's money goes differs by type: integration help for ISVs and OEMs, MDF for resellers, enablement for SIs. */
const kindWeights: Record<PartnerType, Weighted<Kind>> = {
  isv: [['integration-support', 30], ['enablement', 20], ['co-sell-resources', 20], ['mdf', 15], ['incentive-payment', 15]],
  reseller: [['mdf', 35], ['enablement', 25], ['incentive-payment', 25], ['co-sell-resources', 15]],
  oem: [['integration-support', 35], ['enablement', 25], ['co-sell-resources', 15], ['incentive-payment', 15], ['mdf', 10]],
  si: [['enablement', 35], ['co-sell-resources', 25], ['incentive-payment', 20], ['mdf', 15], ['integration-support', 5]],
};

/** Amount range in dollars and what the line says. */
const kinds: Record<Kind, { dollars: [number, number]; descriptions: readonly string[] }> = {
  mdf: { dollars: [5_000, 50_000], descriptions: ['Demand-generation campaign', 'Trade show co-sponsorship', 'Joint webinar series'] },
  enablement: { dollars: [2_000, 20_000], descriptions: ['Sales bootcamp seats', 'Certification exam vouchers', 'Presales lab days'] },
  'integration-support': {
    dollars: [10_000, 80_000],
    descriptions: ['Solution engineer days on the integration', 'API sandbox and test tenant', 'Integration certification testing'],
  },
  'co-sell-resources': {
    dollars: [5_000, 40_000],
    descriptions: ['Partner sales specialist time', 'Joint account planning workshop', 'Co-sell pursuit team'],
  },
  'incentive-payment': { dollars: [1_000, 30_000], descriptions: ['Quarterly rebate payout', 'SPIFF payout', 'Pipeline bonus payout'] },
};

const countFor: Record<LifecycleStatus, [number, number]> = {
  prospect: [0, 0],
  onboarding: [1, 2],
  active: [1, 3],
  'at-risk': [1, 3],
  inactive: [0, 1],
};

/** Spend lands while the partner is in the program; for partners that never traded, since enrollment. */
export const makeInvestments = (ctx: DemoContext, profile: PartnerProfile): Investment[] => {
  const { partner, business } = profile;
  const [min, max] = countFor[partner.status];
  const from = business?.from ?? laterOf(partner.enrolledOn, ctx.historyStart);
  const to = business?.to ?? ctx.asOf;
  return Array.from({ length: ctx.int(min, max) }, (): Investment => {
    const kind = ctx.weighted(kindWeights[partner.partnerType]);
    const { dollars, descriptions } = kinds[kind];
    const spentOn = ctx.dayBetween(from, to);
    return {
      id: ctx.id(),
      territoryId: partner.territoryId,
      updatedAt: ctx.touched(spentOn),
      deleted: false,
      partnerId: partner.id,
      kind,
      amountCents: ctx.dollars(dollars[0], dollars[1]),
      spentOn,
      description: ctx.pick(descriptions),
    };
  });
};
