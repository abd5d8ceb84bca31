import { investmentKinds, type Investment } from '../../domain/investment';
import { inRange } from '../../domain/quarter';
import type { QuarterLabel } from '../../domain/quarter';
import { programInvestments } from '../../metrics/investments';
import type { Scorecard } from '../../metrics/scorecard';
import type { PackContext } from '../context';

export interface InvestmentQuarter {
  quarter: QuarterLabel;
  investedCents: number;
  /** Deals with the partner on them won in the quarter. */
  wonCents: number;
  /** (won − invested) / invested; null without investment. */
  roi: number | null;
}

export interface InvestmentSection {
  /** Spend in the pack quarter by kind, every kind listed. */
  byKind: { kind: Investment['kind']; cents: number }[];
  totalCents: number;
  trend: InvestmentQuarter[];
  /** Investment as a share of partner-influenced revenue in the pack quarter. */
  investmentShare: number | null;
  noData: string | null;
}

/** What HQ spent on the partner and what came back, from the same metric as the program's ROI view. */
export const buildInvestment = (ctx: PackContext, cards: Scorecard[]): InvestmentSection => {
  // Counted as the metrics count them: paid statements are the incentive payments, once.
  const investments = programInvestments(ctx.investments, ctx.incentiveStatements, ctx.calendar);
  const spent = investments.filter((i) => inRange(i.spentOn, ctx.quarter));
  const byKind = investmentKinds.map((kind) => ({ kind, cents: spent.filter((i) => i.kind === kind).reduce((s, i) => s + i.amountCents, 0) }));
  const trend = cards.map((card): InvestmentQuarter => {
    const roi = card.metrics.roiByPartnerType;
    return { quarter: card.quarter, investedCents: roi.denominator, wonCents: roi.numerator + roi.denominator, roi: roi.value };
  });
  return {
    byKind,
    totalCents: byKind.reduce((s, k) => s + k.cents, 0),
    trend,
    investmentShare: cards[cards.length - 1]!.metrics.programInvestmentShare.value,
    noData: investments.length === 0 ? `No program investment in ${ctx.partner.name} is recorded.` : null,
  };
};
