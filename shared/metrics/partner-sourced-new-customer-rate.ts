import { quarterRange } from '../domain/quarter';
import { wonIn } from './deals';
import { ratioResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Partner-sourced new-customer rate: of deals won in the quarter that brought
 * a new customer, the share a partner sourced. Influenced and co-sell deals
 * do not count: the question is who found the customer. For one partner,
 * the new customers are all of its territory's, so the figure is that
 * partner's share of the territory's new logos.
 */
export const partnerSourcedNewCustomerRate = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): MetricResult => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const { partnerDeals, allDeals } = scopeRecords(dataset, scope);
  const isNewCustomer = (o: { newCustomer: boolean }): boolean => o.newCustomer;
  const sourced = wonIn(partnerDeals, range).filter((o) => isNewCustomer(o) && o.partnerRole === 'sourced');
  return ratioResult('partnerSourcedNewCustomerRate', sourced.length, wonIn(allDeals, range).filter(isNewCustomer).length);
};
