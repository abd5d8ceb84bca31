import { formatCents } from '../domain/money';
import { countOf } from '../domain/text';
import type { LineDraft } from './rule-context';

export interface PerItemLineInput {
  label: string;
  measure: 'deals' | 'certifications';
  description: string;
  amountPerItemCents: number;
  /** Extra words after the amount, e.g. "Gold rate (Gold on Sep 30, 2026)". */
  rateNote?: string | undefined;
  /** The counted records; their number is the basis. */
  sourceIds: string[];
}

const nouns = { deals: 'deal', certifications: 'certification' } as const;

/** A fixed amount for each counted deal or certification. */
export const perItemLine = ({ label, measure, description, amountPerItemCents, rateNote, sourceIds }: PerItemLineInput): LineDraft => {
  const count = sourceIds.length;
  const amountCents = count * amountPerItemCents;
  return {
    label,
    basis: { amount: count, measure, description },
    rate: [`${formatCents(amountPerItemCents)} per ${nouns[measure]}`, rateNote].filter(Boolean).join(', '),
    amountCents,
    calculation: `${countOf(count, nouns[measure])} × ${formatCents(amountPerItemCents)} = ${formatCents(amountCents)}`,
    sourceIds,
  };
};
