import type { PartnerType, Tier } from '../domain/common';
import type { AdoptionCount, Integration, LifecycleStatus, OemUsageReport, PartnerAttributes } from '../domain/partner';
import { shiftQuarter } from '../domain/quarter';
import type { DemoContext, Weighted } from './context';
import type { BusinessSpan } from './partners';
import { competingLines, oemProducts, productLines } from './vocabulary';

type OemAttributes = Extract<PartnerAttributes, { partnerType: 'oem' }>;

interface AttributeInput {
  status: LifecycleStatus;
  tier: Tier;
  brand: string;
  business: BusinessSpan | null;
}

/** How big a partner of the tier is, as a factor on counts and volumes. */
const scale: Record<Tier, number> = { registered: 0.3, silver: 1, gold: 2.2, platinum: 4 };

const integrationCertification = (status: LifecycleStatus): Weighted<Integration['certificationStatus']> =>
  status === 'prospect' || status === 'onboarding'
    ? [['not-started', 55], ['in-progress', 45]]
    : [['certified', 60], ['in-progress', 20], ['lapsed', 10], ['not-started', 10]];

const isv = (ctx: DemoContext, input: AttributeInput): PartnerAttributes => {
  const integrations = ctx.pickSome(productLines, ctx.int(1, 3)).map((line): Integration => {
    const certificationStatus = ctx.weighted(integrationCertification(input.status));
    return {
      name: `${input.brand} ${ctx.pick(['Connector', 'Sync', 'Bridge', 'Plugin', 'App'])} for ${line}`,
      depth: ctx.weighted([['connector', 35], ['api', 35], ['embedded', 20], ['native', 10]]),
      certificationStatus,
      // Listing on the marketplace follows certification, with a few exceptions granted by HQ.
      marketplaceListed: ctx.chance(certificationStatus === 'certified' ? 0.8 : 0.1),
    };
  });
  const jointCustomers = input.status === 'prospect' ? 0 : Math.round(ctx.int(5, 60) * scale[input.tier]);
  const jointCustomersUsingIntegration = Math.round(jointCustomers * ctx.int(15, 90) / 100);
  return {
    partnerType: 'isv',
    integrations,
    jointCustomers,
    jointCustomersUsingIntegration,
    ...adoptionHistory(ctx, input, jointCustomers, jointCustomersUsingIntegration),
  };
};

/**
 * The counts of each quarter the ISV traded in, up to today's: customers and
 * adoption grew towards today's figures (adoption faster, as integrations
 * mature). Worked out from today's counts alone, no random draw, so the
 * history moved no other demo record.
 */
const adoptionHistory = (ctx: DemoContext, input: AttributeInput, joint: number, using: number): { adoptionHistory?: AdoptionCount[] } => {
  const { business } = input;
  if (!business) return {};
  const quarters = ctx.historyQuarters.filter((q) => q.end >= business.from && q.start <= business.to && q.start <= ctx.asOf);
  if (quarters.length === 0) return {};
  const last = quarters.length - 1;
  return {
    adoptionHistory: quarters.map((q, i) => {
      const progress = last === 0 ? 1 : i / last;
      const jointCustomers = Math.round(joint * (0.6 + 0.4 * progress));
      return { quarter: q.label, jointCustomers, jointCustomersUsingIntegration: Math.min(jointCustomers, Math.round(using * (0.35 + 0.65 * progress))) };
    }),
  };
};

const reseller = (ctx: DemoContext, input: AttributeInput): PartnerAttributes => ({
  partnerType: 'reseller',
  productLines: [
    ...ctx.pickSome(productLines, ctx.int(2, 5)).map((name) => ({ name, competing: false })),
    ...ctx.pickSome(competingLines, ctx.int(0, 2)).map((name) => ({ name, competing: true })),
  ],
  renewalManagedCustomers: input.status === 'prospect' ? 0 : Math.round(ctx.int(5, 80) * scale[input.tier]),
});

/** What one unit of an OEM's product carrying the vendor's software sells for, in the demo. */
const OEM_UNIT_PRICE_CENTS = 85_000;

/**
 * One report per complete quarter the OEM shipped in (the asOf quarter is not
 * reported yet), growing a few percent a quarter.
 */
const usageReports = (ctx: DemoContext, input: AttributeInput): OemUsageReport[] => {
  const { business } = input;
  if (!business) return [];
  let units = Math.round(ctx.int(150, 600) * scale[input.tier]);
  return ctx.historyQuarters
    .filter((q) => q.end < ctx.quarter.start && q.end >= business.from && q.start <= business.to)
    .map((q) => {
      units = Math.round(units * ctx.int(95, 115) / 100);
      // Revenue from the OEM's products carrying ours: a list price a unit, no random draw (it moved no other record).
      return { quarter: q.label, units, activations: Math.round(units * ctx.int(70, 95) / 100), revenueCents: units * OEM_UNIT_PRICE_CENTS };
    });
};

const oem = (ctx: DemoContext, input: AttributeInput): PartnerAttributes => {
  const embeddedProduct = `${input.brand} ${ctx.pick(oemProducts)}`;
  const reports = usageReports(ctx, input);
  const minimumFigure = ctx.dollars(5_000, 15_000, 1_000);
  const minimumCommitmentCents = minimumFigure * Math.ceil(scale[input.tier]);
  return {
    partnerType: 'oem',
    embeddedProduct,
    minimumCommitmentCents,
    royaltyScheduleNote: ctx.pick([
      'Per-activation royalty by volume band; the quarterly minimum applies. Reports due 15 days after quarter end.',
      'Per-unit royalty on shipments by volume band, billed quarterly against the minimum commitment.',
    ]),
    ...contractYear(ctx, reports, minimumFigure, minimumCommitmentCents),
  };
};

/**
 * Some OEMs signed a contract year, so the app shows its statement lines:
 * those with four reports or more whose drawn minimum is an even number of
 * thousands (facts already drawn: no new draw shifts a later record). Their
 * year ends with the last complete quarter, so its statement shows the
 * year-end true-up; bands count the year's volume; the annual minimum is six
 * quarterly ones. One of them (the first report an odd number of units) had
 * a recall in the year's third quarter: more came back than shipped, so that
 * quarter's statement shows the credit for returned units and refunded revenue.
 */
const contractYear = (
  ctx: DemoContext,
  reports: OemUsageReport[],
  minimumFigure: number,
  minimumCommitmentCents: number,
): Pick<OemAttributes, 'usageReports' | 'contractYearStartsOn' | 'royaltyBandsMeasured' | 'annualMinimumCents'> => {
  if (reports.length < 4 || (minimumFigure / 100_000) % 2 !== 0) return { usageReports: reports };
  const yearEnd = ctx.previousQuarter.label;
  const recalled = reports[0]!.units % 2 === 1 ? shiftQuarter(yearEnd, -1) : null;
  return {
    usageReports: reports.map((r) => (r.quarter === recalled ? { ...r, ...recall(r) } : r)),
    contractYearStartsOn: ctx.range(shiftQuarter(yearEnd, -3)).start,
    royaltyBandsMeasured: 'contract-year',
    annualMinimumCents: minimumCommitmentCents * 6,
  };
};

/** A tenth more than the quarter shipped came back, with the revenue on it refunded. */
const recall = (r: OemUsageReport): Pick<OemUsageReport, 'returnedUnits' | 'returnedActivations' | 'refundedRevenueCents'> => {
  const returnedUnits = r.units + Math.round(r.units / 10);
  return {
    returnedUnits,
    returnedActivations: r.activations + Math.round(r.activations / 10),
    refundedRevenueCents: returnedUnits * OEM_UNIT_PRICE_CENTS,
  };
};

const si = (ctx: DemoContext, input: AttributeInput): PartnerAttributes => {
  const practiceSize = Math.round(ctx.int(8, 60) * scale[input.tier]) + 2;
  return {
    partnerType: 'si',
    practiceSize,
    certifiedConsultants: Math.round(practiceSize * ctx.int(5, 40) / 100),
    competencyLevel:
      input.tier === 'platinum' ? 'expert' : input.tier === 'gold' ? ctx.pick(['advanced', 'expert']) : ctx.pick(['foundational', 'advanced']),
    accountProtectionDays: ctx.pick([90, 180, 365]),
  };
};

const byType: Record<PartnerType, (ctx: DemoContext, input: AttributeInput) => PartnerAttributes> = { isv, reseller, oem, si };

export const makeAttributes = (ctx: DemoContext, partnerType: PartnerType, input: AttributeInput): PartnerAttributes =>
  byType[partnerType](ctx, input);
