import { partnerTypes, type PartnerType } from '../domain/common';
import type { Opportunity } from '../domain/opportunity';
import { inRange, type QuarterRange } from '../domain/quarter';
import { closedStatementsOf } from '../domain/incentive-statement-record';
import { quarterStatement } from '../incentives';
import { wonIn } from './deals';
import { calendarOf, exchangeRatesOf, type ScopedRecords } from './scope';
import type { MetricsDataset } from './types';

/**
 * Revenue to the vendor from the partners of a scope in a quarter, counted
 * the way each partner type produces it (seed: "align incentives to the
 * partner's actual revenue contribution mechanism"; "OEM royalty ROI"):
 *
 * - deals with a partner on them won in the quarter: a reseller's resale,
 *   a sourced or co-sold deal, and an ISV's marketplace transactions (a
 *   marketplace sale is a won deal on the marketplace channel), less the
 *   credit notes issued in the quarter on any won deal (a return gives
 *   revenue back when it happens; the quarter the deal was won keeps its figure);
 * - royalties an OEM owes for the quarter: what its royalty statement says
 *   it owes (the volume royalty by band on its usage report, topped up to
 *   its minimum commitment), from the programs in force in the quarter.
 *
 * An OEM that ships a product with the vendor's software inside has no deals
 * to win; counting deals only made every OEM's ROI −100 %.
 */
export interface PartnerRevenue {
  /** Won deal amounts, by the type of the partner on the deal. */
  deals: Record<PartnerType, number>;
  /** Royalties owed by the scope's OEM partners (always 0 for other types). */
  royalties: Record<PartnerType, number>;
  /** Both, by type. */
  byType: Record<PartnerType, number>;
  /** Both, over every type; deals whose partner is not in the dataset count here too. */
  totalCents: number;
}

const zeroByType = (): Record<PartnerType, number> => ({ isv: 0, reseller: 0, oem: 0, si: 0 });

/**
 * What an OEM owes for the quarter: its statement's total when the statement
 * is one the OEM pays, as everyone reads it (quarterStatement): a closed
 * quarter's frozen figure, an open one's live figure with the adjustments to
 * closed quarters before it.
 */
const royaltiesOwed = (dataset: MetricsDataset, scoped: ScopedRecords, quarter: QuarterRange): number => {
  let owed = 0;
  for (const partner of scoped.partners) {
    if (partner.partnerType !== 'oem') continue;
    // A royalty reads the usage report alone, never deals or certifications.
    const statement = quarterStatement({
      partner,
      programs: dataset.incentivePrograms,
      opportunities: [],
      certifications: [],
      exchangeRates: exchangeRatesOf(dataset),
      calendar: calendarOf(dataset),
      quarter: quarter.label,
      closed: closedStatementsOf(dataset.incentiveStatements, partner.id),
    });
    if (statement.payer === 'partner') owed += statement.totalCents;
  }
  return owed;
};

export const partnerRevenue = (dataset: MetricsDataset, scoped: ScopedRecords, quarter: QuarterRange): PartnerRevenue => {
  const memo = memos.get(scoped)?.get(quarter.label);
  if (memo) return memo;
  const deals = zeroByType();
  let untyped = 0;
  const add = (o: Opportunity, cents: number) => {
    const type = o.partnerId === null ? undefined : scoped.live.partnerById.get(o.partnerId)?.partnerType;
    if (type) deals[type] += cents;
    else untyped += cents;
  };
  for (const o of wonIn(scoped.partnerDeals, quarter)) add(o, o.amountCents);
  // A return is revenue given back in the quarter its credit note is issued, whenever the deal was won: the quarter it was won in keeps its figure.
  for (const o of scoped.partnerDeals) {
    for (const note of o.creditNotes ?? []) if (o.stage === 'won' && inRange(note.issuedOn, quarter)) add(o, -note.amountCents);
  }
  const royalties = { ...zeroByType(), oem: royaltiesOwed(dataset, scoped, quarter) };
  const byType = Object.fromEntries(partnerTypes.map((t) => [t, deals[t] + royalties[t]])) as Record<PartnerType, number>;
  const revenue = { deals, royalties, byType, totalCents: partnerTypes.reduce((sum, t) => sum + byType[t], untyped) };
  if (!memos.has(scoped)) memos.set(scoped, new Map());
  memos.get(scoped)!.set(quarter.label, revenue);
  return revenue;
};

/** A scorecard asks twice per quarter (ROI and investment share); scoped records are cut once per dataset, so they key the memo. */
const memos = new WeakMap<ScopedRecords, Map<string, PartnerRevenue>>();
