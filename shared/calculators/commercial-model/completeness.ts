import type { JointSolution } from '../../domain/joint-solution';
import { requiredItems, type CommercialModelItem } from './required-items';

export interface CommercialModelCompleteness {
  items: CommercialModelItem[];
  /** Labels of the missing items, in form order. */
  missing: string[];
  /** Whole percent of items present, rounded down so 100 means nothing is missing. */
  percent: number;
  complete: boolean;
  readyToCoSell: boolean;
  /** Every reason the solution is not ready to co-sell, in plain words; empty when it is. */
  blockers: string[];
}

const certificationWords = { 'not-started': 'not started', 'in-progress': 'in progress' } as const;

/**
 * Scores a joint solution's commercial model and decides whether it may be
 * co-sold: the seed's first failure mode is selling an integration nobody
 * has priced, supported or agreed to renew. Ready means complete, no longer a
 * draft, and the integration certified.
 */
export const commercialModelCompleteness = (
  solution: Pick<JointSolution, 'status' | 'commercialModel'>,
): CommercialModelCompleteness => {
  const items = requiredItems(solution.commercialModel);
  const missing = items.filter((item) => !item.present).map((item) => item.label);
  const certification = solution.commercialModel.integrationCertification;
  const blockers = [
    ...(solution.status === 'draft' ? ['Commercial model is still a draft'] : []),
    ...missing.map((label) => `${label} is missing`),
    // A missing certification status is already reported above; this is one that is set but not there yet.
    ...(certification !== undefined && certification !== 'certified'
      ? [`Integration is not certified yet (${certificationWords[certification]})`]
      : []),
  ];
  return {
    items,
    missing,
    percent: Math.floor(((items.length - missing.length) * 100) / items.length),
    complete: missing.length === 0,
    // Defined by its blockers so the verdict and its explanation can never disagree.
    readyToCoSell: blockers.length === 0,
    blockers,
  };
};
