import { z } from 'zod';
import { requiredText, syncFields } from './common';
import { exchangeRatesSchema } from './currency';
import { dealCreditSchema } from './deal-credit';
import { registrationApprovalSchema } from './deal-registration';

/**
 * Program-wide settings HQ sets once for everyone: today the vendor branding
 * every QBR pack carries (name, logo, two colours). One record, in the
 * `global` territory like the other program records, with a fixed id so two
 * HQ devices edit the same record instead of making two.
 */
export const PROGRAM_SETTINGS_ID = 'program-settings';

const hexColorSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'must be a hex colour such as #1F4E79' });

/** A PNG or JPEG as a data URL; about 300 KB of image at most, so it syncs and stores without fuss. */
export const MAX_LOGO_DATA_URL_LENGTH = 400_000;
export const logoDataUrlSchema = z
  .string()
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, { error: 'must be a PNG or JPEG image' })
  .max(MAX_LOGO_DATA_URL_LENGTH, { error: 'must be an image under 300 KB' });

export const programSettingsSchema = z.object({
  ...syncFields,
  vendorName: requiredText(100),
  logoDataUrl: logoDataUrlSchema.nullable(),
  primaryColor: hexColorSchema,
  accentColor: hexColorSchema,
  /** How much of a deal each partner on it is credited with, by role; absent: full credit. */
  dealCredit: dealCreditSchema.optional(),
  /**
   * HQ's quarterly exchange rates into the program currency (USD, fixed;
   * currency.ts): a deal, investment or usage report in another currency is
   * converted at its quarter's rate, and left out, said so, without one.
   * Absent: none, so only program-currency records count.
   */
  exchangeRates: exchangeRatesSchema.optional(),
  /**
   * The month the program's fiscal year starts (1 = January … 12), which
   * every quarter in metrics, statements, plans and QBR packs follows
   * (quarter.ts). Absent: January, calendar quarters.
   */
  fiscalYearStartMonth: z
    .number()
    .int()
    .refine((m) => m >= 1 && m <= 12, { error: 'must be a month from 1 (January) to 12 (December)' })
    .optional(),
  /** Who approves deal registrations and how long protection lasts; absent: HQ, 90 days. */
  registrationApproval: registrationApprovalSchema.optional(),
});
export type ProgramSettings = z.infer<typeof programSettingsSchema>;
