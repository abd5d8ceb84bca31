import { format, parseISO, subYears } from 'date-fns';
import { dateText } from '../../domain/date-text';
import { formatBps, formatCents } from '../../domain/money';
import { countOf } from '../../domain/text';
import { idsOf, sumAmounts, wonIn } from '../deals';
import { rateLine } from '../rate-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { describeSpan, type Span } from '../span';

const yearEarlier = (day: string): string => format(subYears(parseISO(day), 1), 'yyyy-MM-dd');

/**
 * Growth rebate: a rate on the partner's won revenue (revenue-basis.ts) above
 * what it won on the same days a year earlier (the same quarter last year
 * when the program runs the whole quarter). No growth, no rebate: a quarter
 * below last year's pays $0, never a negative line.
 */
export const evaluateGrowthRebate: RuleEvaluator<'growth-rebate'> = (rule, { revenue, window, quarter, tier }) => {
  const rate = tierFigure(rule.rateBps, rule.byTier, tier);
  const now = wonIn(revenue.deals, window);
  const lastYear: Span = { start: yearEarlier(window.start), end: yearEarlier(window.end) };
  const before = wonIn(revenue.deals, lastYear);
  const nowCents = sumAmounts(now);
  const beforeCents = sumAmounts(before);
  const growthCents = Math.max(0, nowCents - beforeCents);
  const line = rateLine({
    label: 'Growth rebate',
    basisCents: growthCents,
    description:
      `Won ${revenue.noun} ${describeSpan(window, quarter)} (${countOf(now.length, 'deal')}), ${formatCents(nowCents)}, ` +
      `above the ${formatCents(beforeCents)} won from ${dateText(lastYear.start)} to ${dateText(lastYear.end)} (${countOf(before.length, 'deal')})`,
    rateBps: rate.value,
    rateNote: rate.note,
    sourceIds: idsOf(now),
  });
  const calculation =
    nowCents > beforeCents
      ? `(${formatCents(nowCents)} − ${formatCents(beforeCents)}) × ${formatBps(rate.value)} = ${formatCents(line.amountCents)}`
      : `${formatCents(nowCents)} is not above ${formatCents(beforeCents)}: no growth = ${formatCents(0)}`;
  return { lines: [{ ...line, calculation }] };
};
