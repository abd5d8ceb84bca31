import { z } from 'zod';
import { bpsSchema, centsSchema, idSchema, isoDateSchema, partnerTypeSchema, requiredText, syncFields } from './common';
import { notBefore } from './validation';

/**
 * Band boundaries are lower bounds: a band applies from `fromCents`
 * (inclusive) up to the next band's `fromCents` (exclusive). The first band
 * starts at 0.
 */
const ascendingFrom = <T extends { from: number }>(bands: T[]) =>
  bands.length > 0 && bands[0]!.from === 0 && bands.every((b, i) => i === 0 || b.from > bands[i - 1]!.from);
/** More bands than any real schedule has; a bound keeps every program a few kilobytes. */
const MAX_BANDS = 20;
const bandsError = { error: 'must start at 0 and rise band by band' };

export const rebateBandSchema = z.object({ from: centsSchema, rateBps: bpsSchema });
export const royaltyBandSchema = z.object({ from: z.number().int().min(0), perUnitCents: centsSchema });

/** A rate valid from a date on, until the next entry's date. */
export const datedRateSchema = z.object({ from: isoDateSchema, rateBps: bpsSchema });
const ascendingDates = (rates: { from: string }[]) =>
  rates.length > 0 && rates.every((r, i) => i === 0 || r.from > rates[i - 1]!.from);

/**
 * Any rule may be capped (the rule pays, or an OEM owes, at most this much a
 * quarter) and floored (at least this much). The statement applies both on a
 * line of their own after the rule's lines (statement-limits.ts).
 */
const limits = { capCents: centsSchema.optional(), floorCents: centsSchema.optional() };

/**
 * Rates by tier: a rule that pays one rate, or one amount per item, may pay
 * a partner of a listed tier its own figure instead, in the unit of the
 * rule's own (basis points, or cents per item): `byTier: { gold: 600,
 * platinum: 800 }`. A tier not listed gets the rule's own figure.
 *
 * One tier governs a quarter: the tier the partner held at the end of the
 * last day of the program's days in it (the quarter's last day, or the day a
 * program replaced in mid-quarter stopped; tierOn, partner-tier.ts). Programs
 * set a quarter's tier at one moment so a whole quarter pays one rate and a
 * statement one line per rule: a partner promoted during the quarter is paid
 * the new tier's rate on all of it (the promotion rewards that quarter's
 * work), one moved down the lower tier's (it no longer met the higher tier
 * when the quarter closed). The statement line names the tier, the day it
 * was read and any change in the quarter (shared/incentives/tier-rate.ts).
 *
 * Banded rules (tiered rebate, royalties) and the dated marketplace share
 * have none: their rate is already a schedule (by band or date), and a tier
 * would need a schedule of its own.
 */
const byTierOf = <T extends z.ZodType>(value: T) =>
  z.object({ registered: value.optional(), silver: value.optional(), gold: value.optional(), platinum: value.optional() }).optional();
const rateByTier = { byTier: byTierOf(bpsSchema) };
const amountByTier = { byTier: byTierOf(centsSchema) };

export const incentiveRuleSchema = z.discriminatedUnion('kind', [
  /**
   * Reseller rebate on won resale revenue in the quarter. Marginal: each band's
   * rate applies to the revenue inside it. Retroactive: the band reached
   * applies to all revenue from the first dollar.
   */
  z.object({
    ...limits,
    kind: z.literal('tiered-rebate'),
    mode: z.enum(['marginal', 'retroactive']),
    bands: z.array(rebateBandSchema).max(MAX_BANDS).refine(ascendingFrom, bandsError),
  }),
  /** A fixed bonus for every won deal with a new customer. */
  z.object({ ...limits, ...amountByTier, kind: z.literal('new-customer-bonus'), amountPerDealCents: centsSchema }),
  /** Extra rebate on won revenue of a product line the vendor is pushing. */
  z.object({ ...limits, ...rateByTier, kind: z.literal('product-mix-accelerator'), productLine: requiredText(100), extraRateBps: bpsSchema }),
  /** Short sales promotion: a fixed payout per won deal of a product line closed in a window. */
  z
    .object({
      ...limits,
      ...amountByTier,
      kind: z.literal('spiff'),
      name: requiredText(200),
      productLine: requiredText(100),
      from: isoDateSchema,
      to: isoDateSchema,
      amountPerDealCents: centsSchema,
    })
    // A window that ends before it starts pays nothing, whoever wrote it.
    .refine((s) => s.to >= s.from, { path: ['to'], error: notBefore('from') }),
  /** Commission on won renewals the reseller manages. */
  z.object({ ...limits, ...rateByTier, kind: z.literal('renewal-commission'), rateBps: bpsSchema }),
  /**
   * Deal-registration commission: a rate on won deals the partner registered
   * with the vendor before they closed, on the partner's revenue (for a
   * reseller, its resale), rewarding the registration that protects the deal.
   */
  z.object({ ...limits, ...rateByTier, kind: z.literal('deal-registration-commission'), rateBps: bpsSchema }),
  /** Growth rebate: a rate on the partner's won revenue above the same quarter last year's. */
  z.object({ ...limits, ...rateByTier, kind: z.literal('growth-rebate'), rateBps: bpsSchema }),
  /**
   * OEM royalty per unit shipped or activated, by volume band (marginal). The
   * floor is the minimum commitment in each OEM's own contract (partner
   * attributes), not a program-wide figure.
   */
  z.object({
    ...limits,
    kind: z.literal('volume-royalty'),
    basis: z.enum(['units', 'activations']),
    /** Marginal (each band's rate on the volume inside it) unless retroactive (the band reached prices every unit); absent on programs from before the choice: marginal. */
    mode: z.enum(['marginal', 'retroactive']).optional(),
    bands: z.array(royaltyBandSchema).max(MAX_BANDS).refine(ascendingFrom, bandsError),
  }),
  /**
   * OEM royalty as a share of the OEM's own revenue from products carrying
   * the vendor's software, as its usage report states it (no revenue
   * reported: nothing owed on it, and the statement says so).
   */
  z.object({ ...limits, kind: z.literal('revenue-royalty'), rateBps: bpsSchema }),
  /** ISV share of marketplace revenue, with rates that may change on a date. */
  z.object({
    ...limits,
    kind: z.literal('marketplace-revenue-share'),
    rates: z.array(datedRateSchema).max(100).refine(ascendingDates, { error: 'need at least one rate, dates rising' }),
  }),
  /** Bonus on co-sell pipeline the partner created in the quarter. */
  z.object({ ...limits, ...rateByTier, kind: z.literal('co-sell-pipeline-bonus'), rateBps: bpsSchema }),
  /** ISV bonus per won deal that brings a new customer onto the platform. */
  z.object({ ...limits, ...amountByTier, kind: z.literal('new-platform-customer-bonus'), amountPerCustomerCents: centsSchema }),
  /** SI bonus on pipeline it sourced in the quarter. */
  z.object({ ...limits, ...rateByTier, kind: z.literal('sourced-pipeline-bonus'), rateBps: bpsSchema }),
  /** SI incentive on implementation services attached to won deals. */
  z.object({ ...limits, ...rateByTier, kind: z.literal('implementation-attach'), rateBps: bpsSchema }),
  /** SI reward per certification earned in the quarter. */
  z.object({ ...limits, ...amountByTier, kind: z.literal('certification-reward'), amountPerCertificationCents: centsSchema }),
]);
export type IncentiveRule = z.infer<typeof incentiveRuleSchema>;
export type IncentiveRuleKind = IncentiveRule['kind'];
/** A rule's own rate or amount per tier (see `byTierOf`), in the unit of the figure it replaces. */
export type TierRates = NonNullable<Extract<IncentiveRule, { kind: 'renewal-commission' }>['byTier']>;

/**
 * HQ-defined and effective-dated; one program per partner type may be in force at a time.
 *
 * A program is versioned by effective date: an edit from a day after a
 * version took effect ends that version the day before and stores the new
 * rules as a record of their own, so each quarter stays governed by the
 * version in force in it (a quarter two versions share is paid by both, each
 * for its days: programs-in-quarter.ts). The versions of one program name the
 * first one in `versionOf` and count up in `version`; both are absent on a
 * first version, and on every program stored before versions were kept.
 */
export const incentiveProgramSchema = z
  .object({
    ...syncFields,
    name: requiredText(200),
    partnerType: partnerTypeSchema,
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.nullable(),
    rules: z.array(incentiveRuleSchema).min(1).max(50),
    /** The program's first version; absent on the first version itself. */
    versionOf: idSchema.optional(),
    /** 1, 2, 3… in the order the versions were saved; absent means 1. */
    version: z.number().int().min(1).optional(),
  })
  .refine((p) => !p.effectiveTo || p.effectiveTo >= p.effectiveFrom, {
    path: ['effectiveTo'],
    error: 'cannot be before the start date',
  })
  .superRefine((p, ctx) => {
    // A floor above the cap leaves no amount the rule could pay.
    p.rules.forEach((rule, i) => {
      if (rule.floorCents !== undefined && rule.capCents !== undefined && rule.floorCents > rule.capCents) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'floorCents'], message: 'cannot be above the cap' });
      }
    });
  });
export type IncentiveProgram = z.infer<typeof incentiveProgramSchema>;
