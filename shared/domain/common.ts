import { z } from 'zod';

/**
 * Building blocks shared by every entity schema. Field names follow the
 * vocabulary of DESIGN §2; money is held in integer cents and rates in basis
 * points so that calculators never accumulate floating-point error.
 */

/** Program-wide records (rules, programs, settings) live in this pseudo-territory so every user pulls them. */
export const GLOBAL_TERRITORY = 'global';

export const idSchema = z.string().min(1).max(64);

/** Calendar date without time, as a manager types it: 2026-09-30. */
export const isoDateSchema = z.iso.date();

/** Instant in UTC with offset, as produced by `new Date().toISOString()`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A quarter label such as 2026-Q3. */
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'must look like 2026-Q3' });

/** Money in integer cents of the program currency. */
export const centsSchema = z.number().int().min(0);

/**
 * A rate in basis points: 1,000 bps = 10%. Every rate in the program is a
 * share of an amount (a discount, a revenue share, a rebate), so 10,000 bps,
 * the whole amount, is the most it can be.
 */
export const bpsSchema = z.number().int().min(0).max(10_000);

/** Sync fields every synced record carries (DESIGN §2). */
export const syncFields = {
  id: idSchema,
  territoryId: idSchema,
  updatedAt: isoDateTimeSchema,
  deleted: z.boolean(),
};

export const syncRecordSchema = z.object(syncFields);
export type SyncRecord = z.infer<typeof syncRecordSchema>;

export const partnerTypes = ['isv', 'reseller', 'oem', 'si'] as const;
export const partnerTypeSchema = z.enum(partnerTypes);
export type PartnerType = z.infer<typeof partnerTypeSchema>;

/** Tiers in ascending order: the index is the rank. */
export const tiers = ['registered', 'silver', 'gold', 'platinum'] as const;
export const tierSchema = z.enum(tiers);
export type Tier = z.infer<typeof tierSchema>;

export const tierRank = (tier: Tier): number => tiers.indexOf(tier);

/** Who carries a responsibility in a joint go-to-market motion. */
export const responsiblePartySchema = z.enum(['vendor', 'partner', 'shared']);
export type ResponsibleParty = z.infer<typeof responsiblePartySchema>;
