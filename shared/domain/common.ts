import { z } from 'zod';
import { isStorableText, UNSTORABLE_TEXT } from './storable-text';

/**
 * Building blocks shared by every entity schema. Field names follow the
 * vocabulary of DESIGN §2; money is held in integer cents and rates in basis
 * points so that calculators never accumulate floating-point error.
 */

/** Program-wide records (rules, programs, settings) live in this pseudo-territory so every user pulls them. */
export const GLOBAL_TERRITORY = 'global';

/**
 * Text from outside (a form, an import, a push): at most `max` characters,
 * every one storable. Every text field of every schema is bounded, so no
 * record can grow past what one push carries and one pull page holds
 * (test/unit/shared/domain/schema-bounds.test.ts proves it for every entity).
 */
export const boundedText = (max: number) => z.string().max(max).refine(isStorableText, { error: UNSTORABLE_TEXT });

/** Text a person must fill in: trimmed, not empty, at most `max` characters. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max).refine(isStorableText, { error: UNSTORABLE_TEXT });

/** Record, territory, client and user ids: UUIDv7 made on the device, or a short fixed key such as `global`. */
export const idSchema = z.string().min(1).max(64).refine(isStorableText, { error: UNSTORABLE_TEXT });

/** An email address, at most the 254 characters mail servers accept. */
export const emailSchema = z.email().max(254);

/** A web page of the partner's: http or https only, never `javascript:`, `data:` or `file:`. */
export const webAddressSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.hostname }).max(2_000);

/** Calendar date without time, as a manager types it: 2026-09-30. */
export const isoDateSchema = z.iso.date();

/** Instant in UTC with offset, as produced by `new Date().toISOString()`. */
// Bounded: the format itself lets the fraction of a second run on without end.
export const isoDateTimeSchema = z.iso.datetime({ offset: true }).max(40);

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

/**
 * Where an imported record came from (DESIGN §2, "Import"): the CRM and the
 * record's id there, so a second import of the same file updates the record
 * instead of making a second one. Absent on records made in the app. The
 * source is a short key (`salesforce`, `hubspot`, or a saved mapping's name);
 * Salesforce ids are kept in their 15-character form (shared/import/salesforce-id.ts).
 */
export const importedFields = {
  importSource: requiredText(60).optional(),
  externalId: requiredText(255).optional(),
};
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
