import { formatCents } from '../domain/money';
import { countOf } from '../domain/text';
import type { LineDraft } from './rule-context';

export interface PerItemLineInput {
  label: string;
  measure: 'deals' | 'certifications';
  description: string;
  amountPerItemCents: number;
  /** The counted records; their number is the basis. */
  sourceIds: string[];
}

const nouns = { deals: 'deal', certifications: 'certification' } as const;

/** A fixed amount for each counted deal or certification. */
export const perItemLine = ({ label, measure, description, amountPerItemCents, sourceIds }: PerItemLineInput): LineDraft => {
  const count = sourceIds.length;
  const amountCents = count * amountPerItemCents;
  return {
    label,
    basis: { amount: count, measure, description },
    rate: `${formatCents(amountPerItemCents)} per ${nouns[measure]}`,
    amountCents,
    calculation: `${countOf(count, nouns[measure])} × ${formatCents(amountPerItemCents)} = ${formatCents(amountCents)}`,
    sourceIds,
  };
};
