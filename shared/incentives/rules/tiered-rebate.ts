import { formatBps, formatCents } from '../../domain/money';
import type { BandScheme } from '../band-pricing';
import { priceBands } from '../band-pricing';
import { idsOf, sumAmounts, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import type { RuleEvaluator, RuleOf } from '../rule-context';
import { dateText } from '../../domain/date-text';
import { describeSpan } from '../span';

type RebateBand = RuleOf<'tiered-rebate'>['bands'][number];

const rebateBands: BandScheme<RebateBand> = {
  measure: 'cents',
  weight: (band) => band.rateBps,
  scale: 10_000,
  quantity: formatCents,
  factor: (band) => formatBps(band.rateBps),
  label: (bands, index) => `${formatBps(bands[index]!.rateBps)} band from ${formatCents(bands[index]!.from)}`,
  name: (band) => `${formatBps(band.rateBps)} band`,
  nudge: (shortfall) => `${formatCents(shortfall)} more moves you`,
};

/**
 * Rebate on the partner's won revenue (revenue-basis.ts: a reseller's own
 * resale). When a program is replaced in mid-quarter, each program rebates
 * the revenue closed on its own days, but the bands are measured on the
 * quarter's whole revenue, as partners expect: a partner that sold $70,000 in
 * the quarter is in the band for $70,000, whichever program's days the deals
 * fell on. Retroactive: the band the quarter's revenue reaches pays on the
 * program's revenue. Marginal: the quarter's revenue is laid in close-date
 * order, and the program's revenue takes the band positions it falls on
 * (after the revenue closed before its first day).
 */
export const evaluateTieredRebate: RuleEvaluator<'tiered-rebate'> = (rule, { revenue, window, quarter }) => {
  const deals = wonIn(revenue.deals, window);
  const amount = sumAmounts(deals);
  const inQuarter = wonIn(revenue.deals, quarter);
  const measured = sumAmounts(inQuarter);
  const before = sumAmounts(inQuarter.filter((o) => o.closeOn < window.start));
  const partOfQuarter = measured !== amount;
  return priceBands(rule.bands, rule.mode, rebateBands, {
    label: `Tiered rebate (${rule.mode})`,
    basis: {
      amount,
      measure: 'cents',
      description:
        `Won ${revenue.noun} ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})` +
        (partOfQuarter ? `; banded on the quarter's ${formatCents(measured)}${rule.mode === 'marginal' && before > 0 ? `, after ${formatCents(before)} closed before ${dateText(window.start)}` : ''}` : ''),
    },
    sourceIds: idsOf(deals),
    stack: { before, measured },
  });
};
