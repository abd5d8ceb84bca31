import { partnerDeals, type DealCredit } from '../domain/deal-credit';
import { dealsInProgramCurrency, investmentsInProgramCurrency, type NotConverted } from '../domain/in-program-currency';
import type { Investment } from '../domain/investment';
import type { Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import type { ExchangeRate } from '../domain/currency';
import { fiscalCalendarOf, type FiscalCalendar } from '../domain/quarter';
import { programInvestments } from './investments';
import type { MetricScope, MetricsDataset } from './types';

/** The records one scope is measured on, tombstones already removed. */
export interface ScopedRecords {
  /** Partners in the scope. */
  partners: Partner[];
  /** Deals with a partner on them (any role) in the scope. */
  partnerDeals: Opportunity[];
  /** Direct-only deals (no partner): the baseline partner deals are compared against. */
  directDeals: Opportunity[];
  /** The total pipeline shares are taken of: every deal of the territory, or of the program. */
  allDeals: Opportunity[];
  /** Program investment in the scope. */
  investments: Investment[];
  /** The whole live dataset, whatever the scope: a partner's activity and type are looked up here. */
  live: LiveRecords;
}

/** Live records of the dataset, without tombstones and without anything hanging off a tombstoned partner. */
export interface LiveRecords {
  partners: Partner[];
  opportunities: Opportunity[];
  investments: Investment[];
  partnerById: ReadonlyMap<string, Partner>;
  /** Deals and investments in another currency left out of every figure: no rate for their quarter. */
  notConverted: NotConverted[];
}

/**
 * Tombstones never count. A partner's tombstone also takes its deals and
 * investments out: they would otherwise keep counting in partner figures
 * while no longer belonging to any partner type, so totals and per-type
 * figures would disagree. A partner simply absent from the dataset (another
 * territory's record not synced here) removes nothing.
 */
export const liveRecords = (dataset: MetricsDataset): LiveRecords => {
  const tombstoned = new Set(dataset.partners.filter((p) => p.deleted).map((p) => p.id));
  const partners = dataset.partners.filter((p) => !p.deleted);
  // Every figure is in the program currency: other currencies at their quarter's rate, or left out (in-program-currency.ts).
  const rates = exchangeRatesOf(dataset);
  const calendar = calendarOf(dataset);
  const deals = dealsInProgramCurrency(
    dataset.opportunities.filter((o) => !o.deleted && (o.partnerId === null || !tombstoned.has(o.partnerId))),
    rates,
    calendar,
  );
  const spent = investmentsInProgramCurrency(
    dataset.investments.filter((i) => !i.deleted && !tombstoned.has(i.partnerId)),
    rates,
    calendar,
  );
  return {
    partners,
    opportunities: deals.records,
    // Paid statements are incentive payments, counted once beside the hand-entered investments (investments.ts).
    investments: programInvestments(spent.records, dataset.incentiveStatements, calendar).filter((i) => !tombstoned.has(i.partnerId)),
    partnerById: new Map(partners.map((p) => [p.id, p])),
    notConverted: [...deals.notConverted, ...spent.notConverted],
  };
};

/** HQ's credit by partner role from the dataset's live program settings; undefined (full credit) when none is set. */
export const dealCreditOf = (dataset: MetricsDataset): DealCredit | undefined => dataset.programSettings?.find((s) => !s.deleted)?.dealCredit;

/** The program's fiscal calendar from the dataset's live program settings; the calendar year when none is set. */
export const calendarOf = (dataset: MetricsDataset): FiscalCalendar => fiscalCalendarOf(dataset.programSettings?.find((s) => !s.deleted));

/** HQ's quarterly rates from the dataset's live program settings; undefined when there are none. */
export const exchangeRatesOf = (dataset: MetricsDataset): readonly ExchangeRate[] | undefined =>
  dataset.programSettings?.find((s) => !s.deleted)?.exchangeRates;

/**
 * Cuts the live records down to a scope. Each record is placed by its own
 * `territoryId`, which is also how sync scopes it. For one partner, the
 * direct baseline and the total pipeline are those of the partner's
 * territory (a partner has no direct deals of its own); the partner's own
 * deals are added to the total even if filed under another territory, so a
 * share can never exceed 100 %.
 */
export const scopeRecords = (dataset: MetricsDataset, scope: MetricScope): ScopedRecords => {
  const key = scopeKey(scope);
  const memo = scoped.get(dataset);
  const fresh = memo && sameData(memo.of, dataset) ? memo : { of: snapshotOf(dataset), byScope: new Map<string, ScopedRecords>() };
  scoped.set(dataset, fresh);
  let records = fresh.byScope.get(key);
  if (!records) fresh.byScope.set(key, (records = cutToScope(dataset, scope)));
  return records;
};

/**
 * Every metric of a scorecard, and every quarter of a trend, starts from the
 * same scoped records: forty cuts of 60,000 deals for one dashboard trend.
 * They are cut once per dataset and scope. A dataset is treated as a value,
 * but a caller who swaps or grows one of its lists gets a fresh cut.
 */
const scoped = new WeakMap<MetricsDataset, { of: DataSnapshot; byScope: Map<string, ScopedRecords> }>();

type DataSnapshot = { lists: readonly (readonly unknown[])[]; lengths: readonly number[] };

const noRates: readonly unknown[] = [];
const listsOf = (dataset: MetricsDataset): readonly (readonly unknown[])[] => [
  dataset.partners,
  dataset.opportunities,
  dataset.investments,
  dataset.incentivePrograms,
  dataset.incentiveStatements,
  dataset.programSettings ?? noRates,
];
const snapshotOf = (dataset: MetricsDataset): DataSnapshot => {
  const lists = listsOf(dataset);
  return { lists, lengths: lists.map((l) => l.length) };
};
const sameData = (was: DataSnapshot, dataset: MetricsDataset): boolean =>
  listsOf(dataset).every((list, i) => list === was.lists[i] && list.length === was.lengths[i]);

const scopeKey = (scope: MetricScope): string =>
  scope.kind === 'all' ? 'all' : scope.kind === 'territory' ? `territory:${scope.territoryId}` : `partner:${scope.partnerId}`;

const cutToScope = (dataset: MetricsDataset, scope: MetricScope): ScopedRecords => {
  const live = liveRecords(dataset);
  const direct = live.opportunities.filter((o) => o.partnerId === null);
  const withPartner = live.opportunities.filter((o) => o.partnerId !== null);
  const base = { live };

  switch (scope.kind) {
    case 'all':
      return {
        ...base,
        partners: live.partners,
        partnerDeals: withPartner,
        directDeals: direct,
        allDeals: live.opportunities,
        investments: live.investments,
      };
    case 'territory': {
      const inTerritory = (r: { territoryId: string }): boolean => r.territoryId === scope.territoryId;
      return {
        ...base,
        partners: live.partners.filter(inTerritory),
        partnerDeals: withPartner.filter(inTerritory),
        directDeals: direct.filter(inTerritory),
        allDeals: live.opportunities.filter(inTerritory),
        investments: live.investments.filter(inTerritory),
      };
    }
    case 'partner': {
      const partner = live.partnerById.get(scope.partnerId);
      // An unknown or tombstoned partner has no figures, and no territory to borrow a baseline from.
      if (!partner) {
        return { ...base, partners: [], partnerDeals: [], directDeals: [], allDeals: [], investments: [] };
      }
      const ofPartner = (r: { partnerId: string | null }): boolean => r.partnerId === partner.id;
      // The partner's figures: every deal it is on, as it counts it (its role, its credit); the deals themselves stay one in the totals.
      const mine = partnerDeals(withPartner, partner.id, dealCreditOf(dataset));
      const onIt = new Set(mine.map((o) => o.id));
      return {
        ...base,
        partners: [partner],
        partnerDeals: mine,
        directDeals: direct.filter((o) => o.territoryId === partner.territoryId),
        allDeals: live.opportunities.filter((o) => o.territoryId === partner.territoryId || onIt.has(o.id)),
        investments: live.investments.filter(ofPartner),
      };
    }
  }
};
