import { calendarOf } from './scope';
import { quarterRange, trailingQuarters, type QuarterLabel } from '../domain/quarter';
import { activePartnerRate } from './active-partner-rate';
import { dealSizeCoSellVsDirect } from './deal-size-co-sell-vs-direct';
import { METRIC_DEFINITIONS_VERSION } from './definitions';
import { incrementalRevenue } from './incremental-revenue';
import { integrationAdoptionRate } from './integration-adoption-rate';
import { partnerInfluencedPipelineShare } from './partner-influenced-pipeline-share';
import { partnerRetention } from './partner-retention';
import { partnerSourcedNewCustomerRate } from './partner-sourced-new-customer-rate';
import { programInvestmentShare } from './program-investment-share';
import { roiByPartnerType } from './roi-by-partner-type';
import { timeToFirstCommercialActivity } from './time-to-first-commercial-activity';
import type { MetricKey, MetricResult, MetricScope, MetricsDataset } from './types';
import { winRatePartnerVsDirect } from './win-rate-partner-vs-direct';

type MetricFunction = (dataset: MetricsDataset, scope: MetricScope, quarter: string) => MetricResult;

/** Every metric, by key, in the order the seed lists them. Adding a metric here puts it on every scorecard. */
export const METRICS = {
  activePartnerRate,
  integrationAdoptionRate,
  partnerRetention,
  timeToFirstCommercialActivity,
  partnerInfluencedPipelineShare,
  winRatePartnerVsDirect,
  dealSizeCoSellVsDirect,
  partnerSourcedNewCustomerRate,
  programInvestmentShare,
  roiByPartnerType,
  incrementalRevenue,
} as const satisfies Record<MetricKey, MetricFunction>;

export type ScorecardMetrics = { [K in MetricKey]: ReturnType<(typeof METRICS)[K]> };

export interface Scorecard {
  quarter: QuarterLabel;
  scope: MetricScope;
  /** The definitions the figures follow; a QBR pack stores it. */
  definitionsVersion: string;
  metrics: ScorecardMetrics;
}

/** All metrics of one scope for one quarter: the dashboard, the QBR pack and HQ's portfolio view all read this. */
export const scorecard = (dataset: MetricsDataset, scope: MetricScope, quarter: string): Scorecard => {
  const range = quarterRange(quarter, calendarOf(dataset)); // validates the label once, with a readable error
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, metric]: [string, MetricFunction]) => [key, metric(dataset, scope, range.label)]),
  ) as ScorecardMetrics;
  return { quarter: range.label, scope, definitionsVersion: METRIC_DEFINITIONS_VERSION, metrics };
};

/** Scorecards of the quarter and the three before it, oldest first, for trend charts. */
export const trend = (dataset: MetricsDataset, scope: MetricScope, quarter: string): Scorecard[] =>
  trailingQuarters(quarter).map((q) => scorecard(dataset, scope, q));
