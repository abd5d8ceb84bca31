import { z } from 'zod';
import { boundedText, centsSchema, idSchema, isoDateSchema, syncFields } from './common';
import { currencySchema } from './currency';

export const investmentKinds = ['mdf', 'enablement', 'integration-support', 'co-sell-resources', 'incentive-payment'] as const;

/** What HQ spends on a partner; the cost side of ROI. */
export const investmentSchema = z.object({
  ...syncFields,
  partnerId: idSchema,
  kind: z.enum(investmentKinds),
  amountCents: centsSchema,
  /** The amount's currency; absent: the program currency (currency.ts). Converted at the rate of the quarter it was spent in. */
  currency: currencySchema.optional(),
  spentOn: isoDateSchema,
  description: boundedText(500).optional(),
});
export type Investment = z.infer<typeof investmentSchema>;
