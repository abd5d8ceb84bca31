import { commercialModelCompleteness } from '../../calculators/commercial-model/completeness';
import type { JointSolution } from '../../domain/joint-solution';
import type { PackContext } from '../context';

export interface SolutionRow {
  name: string;
  status: JointSolution['status'];
  pricingModel: string | null;
  /** Whole percent of the commercial model settled. */
  percent: number;
  readyToCoSell: boolean;
  /** Every reason it cannot be co-sold yet; empty when it can. */
  blockers: string[];
}

export interface SolutionsSection {
  solutions: SolutionRow[];
  noData: string | null;
}

/** Joint solutions and how complete each commercial model is: the seed's first failure mode. */
export const buildSolutions = (ctx: PackContext): SolutionsSection => {
  const solutions = ctx.jointSolutions
    .map((s): SolutionRow => {
      const completeness = commercialModelCompleteness(s);
      return {
        name: s.name,
        status: s.status,
        pricingModel: s.commercialModel.pricingModel ?? null,
        percent: completeness.percent,
        readyToCoSell: completeness.readyToCoSell,
        blockers: completeness.blockers,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { solutions, noData: solutions.length === 0 ? `${ctx.partner.name} has no joint solutions recorded.` : null };
};
