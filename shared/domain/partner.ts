import { z } from 'zod';
import { boundedText, centsSchema, idSchema, isoDateSchema, quarterSchema, requiredText, syncFields, tierSchema, webAddressSchema, importedFields } from './common';
import { MAX_TIER_CHANGES, tierChangeSchema } from './partner-tier';
import { currencySchema } from './currency';
import { duplicateAcknowledgedSchema } from './duplicate-acknowledged';

export const lifecycleStatuses = ['prospect', 'onboarding', 'active', 'at-risk', 'inactive'] as const;
export const lifecycleStatusSchema = z.enum(lifecycleStatuses);
export type LifecycleStatus = z.infer<typeof lifecycleStatusSchema>;

/**
 * One change of a partner's status: the day it took effect and the status
 * before and after, so a past quarter is judged with the status it had then
 * (partner-status.ts). Recorded by every write that changes the status.
 */
export const statusChangeSchema = z.object({ on: isoDateSchema, from: lifecycleStatusSchema, to: lifecycleStatusSchema });
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** Years of monthly changes; the oldest are dropped past it (statusOn then reads the oldest kept `from` for earlier days). */
export const MAX_STATUS_CHANGES = 200;

/** Integrations and product lines a partner page lists: more than any partner has, few enough to sync as one record. */
const MAX_LIST_ENTRIES = 200;
/** Counts (units, customers, people) beyond any real partner's, so sums stay exact integers. */
const MAX_COUNT = 1_000_000_000;

export const segments = ['enterprise', 'mid-market', 'smb'] as const;

/** ISV: the technical integrations and how deeply joint customers use them. */
export const integrationSchema = z.object({
  name: requiredText(200),
  depth: z.enum(['connector', 'api', 'embedded', 'native']),
  certificationStatus: z.enum(['not-started', 'in-progress', 'certified', 'lapsed']),
  marketplaceListed: z.boolean(),
});
export type Integration = z.infer<typeof integrationSchema>;

/** An ISV's joint-customer counts as they stood at the end of a quarter (the last recorded in it). */
export const adoptionCountSchema = z.object({
  quarter: quarterSchema,
  jointCustomersUsingIntegration: z.number().int().min(0).max(MAX_COUNT),
  jointCustomers: z.number().int().min(0).max(MAX_COUNT),
});
export type AdoptionCount = z.infer<typeof adoptionCountSchema>;

export const isvAttributesSchema = z.object({
  partnerType: z.literal('isv'),
  integrations: z.array(integrationSchema).max(MAX_LIST_ENTRIES),
  /** Joint customers with the integration switched on, out of all joint customers: the latest counts. */
  jointCustomersUsingIntegration: z.number().int().min(0),
  jointCustomers: z.number().int().min(0),
  /**
   * The counts per quarter, oldest first, so a trend shows each quarter's own
   * adoption (partner-adoption.ts). Written by every change of the counts.
   */
  adoptionHistory: z.array(adoptionCountSchema).max(400).optional(),
});

export const resellerAttributesSchema = z.object({
  partnerType: z.literal('reseller'),
  productLines: z.array(z.object({ name: requiredText(100), competing: z.boolean() })).max(MAX_LIST_ENTRIES),
  renewalManagedCustomers: z.number().int().min(0),
});

/** OEM: what is embedded and how much of it ships each quarter. */
export const oemUsageReportSchema = z.object({
  quarter: quarterSchema,
  units: z.number().int().min(0).max(MAX_COUNT),
  activations: z.number().int().min(0).max(MAX_COUNT),
  /** The OEM's own revenue from products carrying the vendor's software, for a royalty on revenue; absent when not reported. */
  revenueCents: centsSchema.optional(),
  /**
   * Returns the OEM credits back in the quarter (credit notes on its side):
   * the royalty is on units − returned units, so more returns than shipments
   * is a credit to the OEM (volume-royalty.ts). Absent: none.
   */
  returnedUnits: z.number().int().min(0).max(MAX_COUNT).optional(),
  returnedActivations: z.number().int().min(0).max(MAX_COUNT).optional(),
  /** Revenue the OEM refunded in the quarter; the revenue royalty is on revenue − refunds (revenue-royalty.ts). */
  refundedRevenueCents: centsSchema.optional(),
  /** The currency of the revenue and refunds; absent: the program currency (currency.ts). Converted at the report quarter's rate. */
  currency: currencySchema.optional(),
});
export type OemUsageReport = z.infer<typeof oemUsageReportSchema>;

/** Royalty bands measured on each quarter's volume alone, or on the contract year's volume so far. */
export const royaltyBandMeasures = ['quarter', 'contract-year'] as const;

/**
 * Usage is reported per quarter of the program's fiscal year, so a contract
 * year starts with one; which months start a quarter depends on the
 * program's calendar, which a partner record does not carry, so the record
 * asks for the first day of a month and the contract year is counted from
 * the program quarter that day falls in (contract-year.ts).
 */
const startsAMonth = (isoDate: string): boolean => isoDate.endsWith('-01');

export const oemAttributesSchema = z
  .object({
    partnerType: z.literal('oem'),
    embeddedProduct: requiredText(200),
    usageReports: z.array(oemUsageReportSchema).max(400),
    /** Royalty the partner owes each quarter at the least. */
    minimumCommitmentCents: centsSchema,
    royaltyScheduleNote: boundedText(500).optional(),
    /**
     * The contract's first day; each anniversary starts a contract year
     * (shared/incentives/contract-year.ts). Needed by contract-year bands and
     * an annual minimum; absent on contracts that have neither.
     */
    contractYearStartsOn: isoDateSchema
      .refine(startsAMonth, { error: 'must be the first day of a month: the first day of one of the program’s quarters' })
      .optional(),
    /** Absent on records from before the choice: per quarter, as royalties were always measured. */
    royaltyBandsMeasured: z.enum(royaltyBandMeasures).optional(),
    /** Royalty the partner owes over a contract year at the least, trued up in the year's last quarter. */
    annualMinimumCents: centsSchema.optional(),
  })
  .superRefine((a, ctx) => {
    // Without a start there is no contract year to measure bands over or to true up.
    if (a.contractYearStartsOn !== undefined) return;
    if (a.royaltyBandsMeasured === 'contract-year') {
      ctx.addIssue({ code: 'custom', path: ['contractYearStartsOn'], message: 'is needed to measure royalty bands over the contract year' });
    } else if (a.annualMinimumCents !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['contractYearStartsOn'], message: 'is needed for an annual minimum' });
    }
  });

export const siAttributesSchema = z.object({
  partnerType: z.literal('si'),
  practiceSize: z.number().int().min(0),
  certifiedConsultants: z.number().int().min(0),
  competencyLevel: z.enum(['foundational', 'advanced', 'expert']),
  /** Protection of the SI's account ownership on deals it brings. */
  accountProtectionDays: z.number().int().min(0).max(730),
});

export const partnerAttributesSchema = z.discriminatedUnion('partnerType', [
  isvAttributesSchema,
  resellerAttributesSchema,
  oemAttributesSchema,
  siAttributesSchema,
]);
export type PartnerAttributes = z.infer<typeof partnerAttributesSchema>;

export const partnerSchema = z
  .object({
    ...syncFields,
    ...importedFields,
    name: requiredText(200),
    partnerType: z.enum(['isv', 'reseller', 'oem', 'si']),
    tier: tierSchema,
    status: lifecycleStatusSchema,
    /** The status's changes, oldest first; absent on a partner whose status never changed since it was recorded. */
    statusHistory: z.array(statusChangeSchema).max(MAX_STATUS_CHANGES).optional(),
    /** The tier's changes, oldest first (partner-tier.ts); absent on a partner whose tier never changed since it was recorded. */
    tierHistory: z.array(tierChangeSchema).max(MAX_TIER_CHANGES).optional(),
    enrolledOn: isoDateSchema,
    /** First registered deal, resale or shipment: the end of "time to first commercial activity". */
    firstCommercialActivityOn: isoDateSchema.nullable(),
    ownerUserId: idSchema,
    region: requiredText(100),
    vertical: requiredText(100),
    segment: z.enum(segments),
    website: webAddressSchema.optional(),
    /** What HQ committed to the partner's revenue target, used by scorecards. */
    revenueTargetCents: centsSchema.optional(),
    notes: boundedText(10_000).optional(),
    /** Saved while the form said it looked like another partner: the user's word that it is a different one. */
    duplicateAcknowledged: duplicateAcknowledgedSchema(['same-domain', 'same-name', 'near-same-name']).optional(),
    attributes: partnerAttributesSchema,
  })
  .refine((p) => p.attributes.partnerType === p.partnerType, {
    path: ['attributes', 'partnerType'],
    error: 'must match the partner type',
  })
  .refine((p) => !p.firstCommercialActivityOn || p.firstCommercialActivityOn >= p.enrolledOn, {
    path: ['firstCommercialActivityOn'],
    error: 'cannot be before the enrollment date',
  });
export type Partner = z.infer<typeof partnerSchema>;
