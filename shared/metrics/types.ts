import type { IncentiveProgram } from '../domain/incentive-program';
import type { IncentiveStatementRecord } from '../domain/incentive-statement-record';
import type { Investment } from '../domain/investment';
import type { Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import type { ProgramSettings } from '../domain/program-settings';

/** Everything the metrics read: plain arrays of domain records, tombstones included (they are skipped here). */
export interface MetricsDataset {
  partners: readonly Partner[];
  opportunities: readonly Opportunity[];
  investments: readonly Investment[];
  /** The programs in force decide what an OEM owes in royalties, revenue to the vendor (partner-revenue.ts). */
  incentivePrograms: readonly IncentiveProgram[];
  /**
   * Closed statements: a closed quarter's figures are its frozen snapshot (an
   * OEM's royalties), and a paid vendor statement is an incentive payment
   * (investments.ts).
   */
  incentiveStatements: readonly IncentiveStatementRecord[];
  /**
   * The program settings record, as a workspace holds it: HQ's quarterly
   * exchange rates in it convert deals and investments in another currency at
   * their quarter's rate, and leave them out without one
   * (in-program-currency.ts). Absent or without rates: none. HQ's credit by
   * partner role in it: one partner's figures count the deals it is on, its
   * own or beside another partner, at its role's credit; territory and
   * program figures count every deal once (deal-credit.ts). Absent: full credit.
   */
  programSettings?: readonly ProgramSettings[];
}

/** Whose figures a scorecard shows: the whole program, one territory, or one partner. */
export type MetricScope =
  | { kind: 'all' }
  | { kind: 'territory'; territoryId: string }
  | { kind: 'partner'; partnerId: string };

/**
 * - ratio: a fraction, 0.25 means 25 % (the UI formats it)
 * - days: calendar days
 * - cents: integer cents of the program currency
 * - percentage-points: a difference of two rates, 12.5 means +12.5 pp
 */
export type MetricUnit = 'ratio' | 'days' | 'cents' | 'percentage-points';

/** The stable names metrics are stored and looked up by (QBR appendix, saved scorecards). */
export const metricKeys = [
  'activePartnerRate',
  'integrationAdoptionRate',
  'partnerRetention',
  'timeToFirstCommercialActivity',
  'partnerInfluencedPipelineShare',
  'winRatePartnerVsDirect',
  'dealSizeCoSellVsDirect',
  'partnerSourcedNewCustomerRate',
  'programInvestmentShare',
  'roiByPartnerType',
  'incrementalRevenue',
] as const;
export type MetricKey = (typeof metricKeys)[number];

/**
 * One figure with the basis it was computed from, so a reader can check it
 * ("3 of 4 partners"). `value` is null when the denominator is zero: a
 * quarter without data shows "no data", never NaN, Infinity or a fake 0 %.
 */
export interface MetricResult {
  /** A metric key, or `metricKey.part` for the parts of a compound metric. */
  key: string;
  value: number | null;
  numerator: number;
  denominator: number;
  unit: MetricUnit;
}

/** A headline figure plus the figures it compares, e.g. partner vs direct win rate. */
export interface CompoundMetricResult<Part extends string> extends MetricResult {
  parts: Record<Part, MetricResult>;
}

/** A median keeps its sample, sorted, so the QBR can show the spread behind it. */
export interface MedianMetricResult extends MetricResult {
  samples: number[];
}
