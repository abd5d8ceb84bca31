import { applyBps, formatBps, formatCents } from '../domain/money';
import type { LineDraft } from './rule-context';

export interface RateLineInput {
  label: string;
  basisCents: number;
  description: string;
  rateBps: number;
  /** A quarter's payout never exceeds the cap, when the rule sets one. */
  capCents?: number | undefined;
  /** Extra words after the rate, e.g. "(rate from 2026-08-15)", "Gold rate (Gold on Sep 30, 2026)". */
  rateNote?: string | undefined;
  sourceIds: string[];
}

/** A percentage of a money basis, rounded to the cent, optionally capped. */
export const rateLine = ({ label, basisCents, description, rateBps, capCents, rateNote, sourceIds }: RateLineInput): LineDraft => {
  const uncapped = applyBps(basisCents, rateBps);
  const capped = capCents !== undefined && uncapped > capCents;
  const amountCents = capped ? capCents : uncapped;
  const rate = [formatBps(rateBps), rateNote].filter(Boolean).join(' ');
  return {
    label,
    basis: { amount: basisCents, measure: 'cents', description },
    rate: capCents === undefined ? rate : `${rate}, capped at ${formatCents(capCents)}`,
    amountCents,
    calculation:
      `${formatCents(basisCents)} × ${formatBps(rateBps)} = ${formatCents(uncapped)}` +
      (capped ? `, capped at ${formatCents(capCents)}` : ''),
    sourceIds,
  };
};
