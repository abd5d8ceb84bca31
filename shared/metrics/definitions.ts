import type { MetricKey } from './types';

/**
 * Version of the metric definitions below. A QBR pack records the version it
 * used, so bump it whenever a definition changes what a figure means.
 */
export const METRIC_DEFINITIONS_VERSION = '2026.4';

export interface MetricDefinition {
  key: MetricKey;
  name: string;
  /** Plain words for the QBR appendix: what is counted, over what, in which quarter. */
  definition: string;
}

/**
 * How incentive payments count (2026.3; investments.ts, programInvestments):
 * a paid statement is counted once, and a hand-entered one of the same
 * partner and quarter is not counted beside it.
 */
const INCENTIVE_PAYMENTS =
  "Incentive payments are the partners' paid incentive statements, each its total on the day it was paid (an OEM's royalty statement is revenue, never investment); a hand-entered incentive payment of a partner dated in a quarter in which one of its statements was paid is taken for that same payment and not counted again, while in quarters without a paid statement hand-entered incentive payments count as entered.";

/**
 * How deals count as revenue (2026.4; partner-revenue.ts, deal-credit.ts):
 * net of returns in the quarter they happen, and once however many partners
 * are on a deal.
 */
const DEAL_REVENUE =
  ' A credit note (a return) takes its amount off the revenue of the quarter it is issued in, whenever the deal was won. A deal with more than one partner on it counts once in program and territory figures; in one partner’s own figures it counts at the credit HQ gives that partner’s role on it.';

export const METRIC_DEFINITIONS: { readonly [K in MetricKey]: MetricDefinition & { key: K } } = {
  activePartnerRate: {
    key: 'activePartnerRate',
    name: 'Active partner rate',
    definition:
      'Of the partners enrolled on or before the last day of the quarter (prospects then excluded), the share with at least one commercial activity in the quarter: a deal with the partner created or won in the quarter, or, for an OEM, a usage report for the quarter with units shipped or activations.',
  },
  integrationAdoptionRate: {
    key: 'integrationAdoptionRate',
    name: 'Integration adoption rate (ISV)',
    definition:
      'Joint customers using the integration divided by all joint customers, both summed over the ISV partners enrolled by the end of the quarter (prospects excluded). Uses each partner’s counts as they stood at the end of the quarter (the last recorded in it or before it); a partner whose counts are not known for the quarter is left out.',
  },
  partnerRetention: {
    key: 'partnerRetention',
    name: 'Partner retention',
    definition:
      'Of the partners enrolled in the program at the start of the quarter, the share still enrolled at its end. Enrolled: enrollment date on or before that day and neither a prospect nor inactive, by the status the partner had on that day (its status history), so a past quarter is judged as it stood.',
  },
  timeToFirstCommercialActivity: {
    key: 'timeToFirstCommercialActivity',
    name: 'Time to first commercial activity',
    definition:
      'Median number of calendar days from enrollment to the first commercial activity on record (as in the active partner rate; a typed date only for a partner with none on record; business from before enrollment counts as 0 days), over the partners whose first commercial activity falls in the quarter. Partners enrolled by the end of the quarter with no commercial activity yet are reported beside it as still waiting.',
  },
  partnerInfluencedPipelineShare: {
    key: 'partnerInfluencedPipelineShare',
    name: 'Partner-influenced pipeline share',
    definition:
      "Amount of the deals created in the quarter with a partner involved (sourced, influenced or co-sell) divided by the amount of all deals created in the quarter. For a single partner, all deals means all deals of the partner's territory.",
  },
  winRatePartnerVsDirect: {
    key: 'winRatePartnerVsDirect',
    name: 'Win rate, partner-involved vs direct-only',
    definition:
      "Among deals closed (won or lost) in the quarter: deals won divided by deals closed, once for deals with a partner involved and once for direct-only deals, and the difference between the two in percentage points. For a single partner, the direct-only deals are those of the partner's territory.",
  },
  dealSizeCoSellVsDirect: {
    key: 'dealSizeCoSellVsDirect',
    name: 'Average deal size, co-sell vs direct-only',
    definition:
      "Average amount of the deals won in the quarter where the partner co-sold, and of the direct-only deals won in the quarter, rounded to the cent; and the co-sell average divided by the direct average. For a single partner, the direct-only deals are those of the partner's territory.",
  },
  partnerSourcedNewCustomerRate: {
    key: 'partnerSourcedNewCustomerRate',
    name: 'Partner-sourced new-customer rate',
    definition:
      "Of the deals won in the quarter that brought a new customer, the share sourced by a partner. For a single partner, the share of all new-customer wins in the partner's territory that this partner sourced.",
  },
  programInvestmentShare: {
    key: 'programInvestmentShare',
    name: 'Program investment as % of partner-influenced revenue',
    definition:
      'Program investment spent in the quarter (MDF, enablement, integration support, co-sell resources, incentive payments) divided by the revenue to the vendor from partners in the quarter: deals with a partner involved won in the quarter (resale, sourced, co-sell, marketplace transactions) and the royalties OEM partners owe for the quarter by their royalty statements (a closed quarter by its closed statement). ' +
      INCENTIVE_PAYMENTS +
      DEAL_REVENUE,
  },
  roiByPartnerType: {
    key: 'roiByPartnerType',
    name: 'ROI by partnership type',
    definition:
      'For each partnership type (ISV, reseller, OEM, SI): revenue to the vendor from partners of that type in the quarter (deals won with them; for an OEM also the royalties it owes for the quarter by its royalty statement, a closed quarter by its closed statement), minus the investment spent in the quarter on partners of that type, divided by that investment. Not shown for a type without investment in the quarter. ' +
      INCENTIVE_PAYMENTS +
      DEAL_REVENUE,
  },
  incrementalRevenue: {
    key: 'incrementalRevenue',
    name: 'Incremental revenue above baseline',
    definition:
      'Revenue to the vendor from partners in the quarter (as in ROI: won deals and OEM royalties) minus their own trailing baseline, the average of the four quarters before it, shown beside the baseline. Negative when the quarter fell below it.' + DEAL_REVENUE,
  },
};
