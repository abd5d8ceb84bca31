import { partnerTypes, type PartnerType } from '../domain/common';
import { quarterRange } from '../domain/quarter';
import { partnerRevenue } from './partner-revenue';
import { spentIn } from './investments';
import { ratioResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { CompoundMetricResult, MetricScope, MetricsDataset } from './types';

const KEY = 'roiByPartnerType';

const zeroByType = (): Record<PartnerType, number> => ({ isv: 0, reseller: 0, oem: 0, si: 0 });

/**
 * ROI by partnership type: for each partner type, (revenue to the vendor
 * from partners of that type in the quarter − investment in partners of that
 * type spent in the quarter) / that investment. Revenue is what the type
 * produces (partner-revenue.ts): won deals, and an OEM's royalties. 0.5
 * means each program dollar came back with 50 cents on top; null for a type
 * without investment, so HQ sees "not invested" rather than an infinite
 * return. The headline is the same over all types together. Deals and
 * investments whose partner is not in the dataset cannot be given a type and
 * are left out.
 */
export const roiByPartnerType = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): CompoundMetricResult<PartnerType> => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const scoped = scopeRecords(dataset, scope);
  const revenue = partnerRevenue(dataset, scoped, range).byType;
  const invested = zeroByType();
  for (const i of spentIn(scoped.investments, range)) {
    const type = scoped.live.partnerById.get(i.partnerId)?.partnerType;
    if (type) invested[type] += i.amountCents;
  }

  const roi = (key: string, rev: number, inv: number) => ratioResult(key, rev - inv, inv);
  const parts = Object.fromEntries(
    partnerTypes.map((t) => [t, roi(`${KEY}.${t}`, revenue[t], invested[t])]),
  ) as Record<PartnerType, ReturnType<typeof roi>>;
  const total = (byType: Record<PartnerType, number>): number => partnerTypes.reduce((s, t) => s + byType[t], 0);
  return { ...roi(KEY, total(revenue), total(invested)), parts };
};
