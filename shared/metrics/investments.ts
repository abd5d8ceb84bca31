import type { Investment } from '../domain/investment';
import { inRange, type QuarterRange } from '../domain/quarter';

/** Investment counts in the quarter it was spent. */
export const spentIn = (investments: readonly Investment[], quarter: QuarterRange): Investment[] =>
  investments.filter((i) => inRange(i.spentOn, quarter));
