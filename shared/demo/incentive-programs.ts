import { GLOBAL_TERRITORY, type PartnerType } from '../domain/common';
import type { IncentiveProgram, IncentiveRule } from '../domain/incentive-program';
import { addDays } from './calendar';
import type { DemoContext } from './context';

/** What differs between fiscal years of the same program. */
interface Year {
  year: number;
  start: string;
  /** The program of the asOf year is the one in force today. */
  current: boolean;
}

const names: Record<PartnerType, string> = {
  isv: 'ISV Growth Program',
  reseller: 'Reseller Rewards',
  oem: 'OEM Royalty Program',
  si: 'SI Services Incentive',
};

/**
 * The marketplace share rises in the middle of the last complete quarter, so
 * that quarter's ISV statement has two rate lines to show.
 */
const marketplaceChangeOn = (ctx: DemoContext): string => addDays(ctx.previousQuarter.start, 45);

const rulesFor = (ctx: DemoContext, partnerType: PartnerType, fy: Year): IncentiveRule[] => {
  switch (partnerType) {
    case 'reseller':
      return [
        // Older years paid marginal bands; this year's program pays the band reached on every dollar.
        {
          kind: 'tiered-rebate',
          mode: fy.current ? 'retroactive' : 'marginal',
          bands: [
            { from: 0, rateBps: 200 },
            { from: 10_000_000, rateBps: 400 },
            { from: 50_000_000, rateBps: 600 },
          ],
        },
        { kind: 'new-customer-bonus', amountPerDealCents: 100_000 },
        { kind: 'product-mix-accelerator', productLine: 'Security Suite', extraRateBps: 200 },
        // Renewals pay more to the tiers that manage more of them: the demo's tier rates.
        { kind: 'renewal-commission', rateBps: 300, byTier: { gold: 400, platinum: 500 } },
        { kind: 'deal-registration-commission', rateBps: 100 },
        { kind: 'growth-rebate', rateBps: 200 },
        ...(fy.current
          ? [
              {
                kind: 'spiff' as const,
                name: 'Automation kick-off SPIFF',
                productLine: 'Workflow Automation',
                from: ctx.quarter.start,
                to: addDays(ctx.quarter.start, 41),
                amountPerDealCents: 50_000,
              },
            ]
          : []),
      ];
    case 'oem':
      return [
        {
          kind: 'volume-royalty',
          basis: fy.current ? 'activations' : 'units',
          mode: 'marginal' as const,
          bands: [
            { from: 0, perUnitCents: 1_200 },
            { from: 1_000, perUnitCents: 900 },
            { from: 5_000, perUnitCents: 600 },
          ],
        },
        // This year's program also takes a share of the OEM's own revenue from the products carrying ours.
        ...(fy.current ? [{ kind: 'revenue-royalty' as const, rateBps: 100 }] : []),
      ];
    case 'isv': {
      const changeOn = marketplaceChangeOn(ctx);
      const raised = changeOn.startsWith(String(fy.year)) ? [{ from: changeOn, rateBps: 2_000 }] : [];
      return [
        { kind: 'marketplace-revenue-share', rates: [{ from: fy.start, rateBps: 1_500 }, ...raised] },
        { kind: 'co-sell-pipeline-bonus', rateBps: 200, capCents: 2_500_000 },
        { kind: 'new-platform-customer-bonus', amountPerCustomerCents: 250_000 },
      ];
    }
    case 'si':
      return [
        { kind: 'sourced-pipeline-bonus', rateBps: 300, capCents: 3_000_000 },
        { kind: 'implementation-attach', rateBps: 500 },
        { kind: 'certification-reward', amountPerCertificationCents: 50_000 },
      ];
  }
};

/**
 * One program per partner type and fiscal (calendar) year, from the year the
 * deal history starts to the asOf year. Years abut, so exactly one program per
 * type is in force on any day.
 */
export const makeIncentivePrograms = (ctx: DemoContext): IncentiveProgram[] => {
  const first = Number(ctx.historyStart.slice(0, 4));
  const last = Number(ctx.asOf.slice(0, 4));
  const years: Year[] = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    start: `${first + i}-01-01`,
    current: first + i === last,
  }));
  return (['isv', 'reseller', 'oem', 'si'] as const).flatMap((partnerType) =>
    years.map(
      (fy): IncentiveProgram => ({
        id: ctx.id(),
        territoryId: GLOBAL_TERRITORY,
        updatedAt: ctx.timeOn(fy.start),
        deleted: false,
        name: `${names[partnerType]} FY${fy.year}`,
        partnerType,
        effectiveFrom: fy.start,
        effectiveTo: fy.current ? null : `${fy.year}-12-31`,
        rules: rulesFor(ctx, partnerType, fy),
      }),
    ),
  );
};
