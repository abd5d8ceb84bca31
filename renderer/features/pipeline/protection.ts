import type { Opportunity } from '../../../shared/domain/opportunity';

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The deal registration's protection in words, as the pipeline table shows it. */
export const protectionText = (o: Pick<Opportunity, 'registeredOn' | 'protectionEndsOn'>, today: string): string => {
  if (!o.registeredOn) return 'Not registered';
  if (!o.protectionEndsOn) return `Registered ${o.registeredOn}, no protection window`;
  const left = daysBetween(today, o.protectionEndsOn);
  if (left < 0) return `Protection ended ${o.protectionEndsOn}`;
  return `Protected until ${o.protectionEndsOn} (${left} ${left === 1 ? 'day' : 'days'} left)`;
};
