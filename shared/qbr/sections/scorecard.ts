import type { QuarterLabel } from '../../domain/quarter';
import { METRIC_DEFINITIONS } from '../../metrics/definitions';
import { BASELINE_QUARTERS } from '../../metrics/incremental-revenue';
import { trend, type Scorecard } from '../../metrics/scorecard';
import type { MetricKey, MetricResult, MetricUnit } from '../../metrics/types';
import type { PackContext } from '../context';
import { formatValue } from '../format';
import { ragStatus, targetWords, type MetricTarget } from '../targets';
import type { QbrUnit, RagStatus } from '../units';

export interface ScorecardRow {
  key: MetricKey;
  name: string;
  unit: QbrUnit;
  /** One value per quarter of `quarters`, oldest first; null where there was nothing to measure. */
  values: (number | null)[];
  target: MetricTarget;
  targetText: string;
  /** The pack quarter's value against the target. */
  status: RagStatus;
  /** What the pack quarter's value was computed from, so the partner can check it. */
  basis: string;
}

export interface ScorecardSection {
  quarters: QuarterLabel[];
  rows: ScorecardRow[];
}

/**
 * Metrics that say something about one partner. Time to first commercial
 * activity is a cohort median: for one partner it has a value in a single
 * quarter of its life, so it is left off; integration adoption is for ISVs.
 */
const rowKeys = (isv: boolean): MetricKey[] => [
  'activePartnerRate',
  'partnerRetention',
  ...(isv ? (['integrationAdoptionRate'] as const) : []),
  'partnerInfluencedPipelineShare',
  'winRatePartnerVsDirect',
  'dealSizeCoSellVsDirect',
  'partnerSourcedNewCustomerRate',
  'programInvestmentShare',
  'roiByPartnerType',
  'incrementalRevenue',
];

const unitOf = (key: MetricKey, unit: MetricUnit): QbrUnit => (key === 'dealSizeCoSellVsDirect' ? 'multiple' : unit);

type Parts = Record<string, MetricResult>;
const partsOf = (result: MetricResult): Parts => ('parts' in result ? (result.parts as Parts) : {});
const ofWords = (r: MetricResult | undefined, what: string): string => (r ? `${r.numerator} of ${r.denominator} ${what}` : '');

/** Time to first commercial activity keeps the partners still without any (time-to-first-commercial-activity.ts). */
const waitingOf = (result: MetricResult): number => ('waiting' in result && typeof result.waiting === 'number' ? result.waiting : 0);

/** The basis in words, per metric, from the figures the metric kept. */
const basisOf = (key: MetricKey, result: MetricResult): string => {
  const parts = partsOf(result);
  switch (key) {
    case 'activePartnerRate':
      return result.numerator > 0 ? 'Commercially active in the quarter' : 'No commercial activity in the quarter';
    case 'partnerRetention':
      return result.denominator === 0 ? 'Not yet enrolled at the start of the quarter' : result.numerator > 0 ? 'Enrolled through the quarter' : 'Left the program in the quarter';
    case 'integrationAdoptionRate':
      return ofWords(result, 'joint customers use the integration');
    case 'partnerInfluencedPipelineShare':
      return `${formatValue(result.numerator, 'cents')} of ${formatValue(result.denominator, 'cents')} territory pipeline created`;
    case 'winRatePartnerVsDirect':
      return `Won ${ofWords(parts.partnerInvolved, 'closed')}; direct ${ofWords(parts.directOnly, 'closed')}`;
    case 'dealSizeCoSellVsDirect':
      return `Co-sell average ${formatValue(parts.coSell?.value ?? null, 'cents')}; direct ${formatValue(parts.directOnly?.value ?? null, 'cents')}`;
    case 'partnerSourcedNewCustomerRate':
      return ofWords(result, 'territory new-customer wins sourced');
    case 'programInvestmentShare':
      return `${formatValue(result.numerator, 'cents')} invested; ${formatValue(result.denominator, 'cents')} partner revenue`;
    case 'roiByPartnerType':
      return `${formatValue(result.numerator + result.denominator, 'cents')} revenue on ${formatValue(result.denominator, 'cents')} invested`;
    case 'incrementalRevenue':
      return `${formatValue(result.numerator, 'cents')} this quarter against a ${formatValue(result.denominator, 'cents')} baseline (average of the ${BASELINE_QUARTERS} quarters before)`;
    case 'timeToFirstCommercialActivity':
      return `${result.denominator} partners measured${waitingOf(result) > 0 ? `; ${waitingOf(result)} still waiting` : ''}`;
  }
};

/** The scorecard: the pack quarter and the three before it, each row judged against its target. */
export const buildScorecard = (ctx: PackContext, targets: Record<MetricKey, MetricTarget>): { section: ScorecardSection; cards: Scorecard[] } => {
  const cards = trend(ctx.metrics, { kind: 'partner', partnerId: ctx.partner.id }, ctx.quarter.label);
  const current = cards[cards.length - 1]!;
  const rows = rowKeys(ctx.partner.partnerType === 'isv').map((key): ScorecardRow => {
    const result = current.metrics[key];
    const unit = unitOf(key, result.unit);
    return {
      key,
      name: METRIC_DEFINITIONS[key].name,
      unit,
      values: cards.map((card) => card.metrics[key].value),
      target: targets[key],
      targetText: targetWords(targets[key], unit),
      status: ragStatus(result.value, targets[key]),
      basis: basisOf(key, result),
    };
  });
  return { section: { quarters: cards.map((c) => c.quarter), rows }, cards };
};
