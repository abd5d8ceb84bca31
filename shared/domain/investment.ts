import { z } from 'zod';
import { boundedText, centsSchema, idSchema, isoDateSchema, syncFields } from './common';

export const investmentKinds = ['mdf', 'enablement', 'integration-support', 'co-sell-resources', 'incentive-payment'] as const;

/** What HQ spends on a partner; the cost side of ROI. */
export const investmentSchema = z.object({
  ...syncFields,
  partnerId: idSchema,
  kind: z.enum(investmentKinds),
  amountCents: centsSchema,
  spentOn: isoDateSchema,
  description: boundedText(500).optional(),
});
export type Investment = z.infer<typeof investmentSchema>;
