import { dateText } from '../../domain/date-text';
import { idsOf, sumAmounts, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import { rateLine } from '../rate-line';
import type { RuleEvaluator, RuleOf } from '../rule-context';
import { dayBefore, describeSpan, FAR_FUTURE, FAR_PAST, intersect, type Span } from '../span';

type DatedRate = RuleOf<'marketplace-revenue-share'>['rates'][number];

/**
 * The program's days cut at every rate change. Days before the first rate get
 * `rate: null`: deals closed then earn nothing, and the statement says so.
 */
const ratePeriods = (rates: readonly DatedRate[], window: Span): { span: Span; rate: DatedRate | null }[] =>
  [
    { span: { start: FAR_PAST, end: dayBefore(rates[0]!.from) }, rate: null },
    ...rates.map((rate, i) => ({
      span: { start: rate.from, end: rates[i + 1] ? dayBefore(rates[i + 1]!.from) : FAR_FUTURE },
      rate,
    })),
  ].flatMap(({ span, rate }) => {
    const inWindow = intersect(span, window);
    return inWindow ? [{ span: inWindow, rate }] : [];
  });

/** Each deal earns the rate in force on its close date: one line per rate period. */
export const evaluateMarketplaceRevenueShare: RuleEvaluator<'marketplace-revenue-share'> = (rule, { opportunities, window, quarter }) => {
  const marketplace = opportunities.filter((o) => o.channel === 'marketplace');
  const lines = ratePeriods(rule.rates, window).flatMap(({ span, rate }) => {
    const deals = wonIn(marketplace, span);
    if (!rate && deals.length === 0) return [];
    return [
      rateLine({
        label: 'Marketplace revenue share',
        basisCents: sumAmounts(deals),
        description: `Won marketplace revenue ${describeSpan(span, quarter)} (${countOf(deals.length, 'deal')})`,
        rateBps: rate?.rateBps ?? 0,
        rateNote: rate ? `(rate from ${dateText(rate.from)})` : `(no rate in force before ${dateText(rule.rates[0]!.from)})`,
        sourceIds: idsOf(deals),
      }),
    ];
  });
  return { lines };
};
