import { describe, expect, it } from 'vitest';
import {
  METRIC_DEFINITIONS,
  METRIC_DEFINITIONS_VERSION,
  activePartnerRate,
  metricKeys,
  scorecard,
  trend,
  type MetricResult,
} from '../../../../shared/metrics';
import {
  ALL,
  Q3,
  makeDataset,
  makeDirectDeal,
  makeInvestment,
  makePartner,
  makePartnerDeal,
  won,
} from './factory';

/** Every MetricResult in a scorecard, parts included. */
const allResults = (metrics: Record<string, MetricResult & { parts?: Record<string, MetricResult> }>): MetricResult[] =>
  Object.values(metrics).flatMap((m) => [m, ...Object.values(m.parts ?? {})]);

describe('scorecard', () => {
  it('returns every metric under its key, as the metric functions compute it, with the definitions version', () => {
    const reseller = makePartner('reseller');
    const dataset = makeDataset({ partners: [reseller], opportunities: [makePartnerDeal(reseller, 'sourced')] });
    const card = scorecard(dataset, ALL, Q3);
    expect(Object.keys(card.metrics)).toEqual([...metricKeys]);
    expect(card).toMatchObject({ quarter: Q3, scope: ALL, definitionsVersion: METRIC_DEFINITIONS_VERSION });
    expect(card.metrics.activePartnerRate).toEqual(activePartnerRate(dataset, ALL, Q3));
  });

  it('counts a won, partner-sourced new-customer deal both as sourced and as partner revenue', () => {
    const reseller = makePartner('reseller');
    const dataset = makeDataset({
      partners: [reseller],
      opportunities: [
        makePartnerDeal(reseller, 'sourced', won('2026-08-01', { amountCents: 100_000, newCustomer: true })),
        makeDirectDeal(won('2026-08-02', { amountCents: 50_000, newCustomer: true })),
      ],
      investments: [makeInvestment(reseller, 10_000, '2026-07-15')],
    });
    const { metrics } = scorecard(dataset, ALL, Q3);
    // Sourced new customers: 1 of 2 new-customer wins.
    expect(metrics.partnerSourcedNewCustomerRate).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    // Partner revenue 100,000: investment 10,000 / 100,000 = 0.1.
    expect(metrics.programInvestmentShare).toMatchObject({ value: 0.1, denominator: 100_000 });
    // Reseller ROI: (100,000 − 10,000) / 10,000 = 9.
    expect(metrics.roiByPartnerType.parts.reseller.value).toBe(9);
    // Partner win rate 1/1 = 100 %, direct 1/1 = 100 %: lift 0 pp.
    expect(metrics.winRatePartnerVsDirect.value).toBe(0);
  });

  it('never shows NaN or Infinity on an empty dataset', () => {
    const results = allResults(scorecard(makeDataset(), ALL, Q3).metrics);
    expect(results.length).toBeGreaterThan(metricKeys.length);
    for (const r of results) {
      expect(r.value, r.key).toBeNull();
      expect(Number.isFinite(r.numerator) && Number.isFinite(r.denominator), r.key).toBe(true);
    }
  });

  it('rejects a malformed quarter with a readable message', () => {
    expect(() => scorecard(makeDataset(), ALL, 'Q3 2026')).toThrow('Quarter must look like 2026-Q3');
  });
});

describe('trend', () => {
  it('gives the quarter and the three before it, oldest first', () => {
    const early = makePartner('reseller', { enrolledOn: '2025-01-15' });
    const late = makePartner('isv', { enrolledOn: '2026-02-01' });
    const created = (createdOn: string) => ({ createdOn, closeOn: '2026-12-31' });
    const dataset = makeDataset({
      partners: [early, late],
      opportunities: [
        makePartnerDeal(early, 'sourced', created('2025-11-01')),
        makePartnerDeal(early, 'sourced', created('2026-05-01')),
        makePartnerDeal(early, 'sourced', created('2026-08-01')),
        makePartnerDeal(late, 'influenced', created('2026-02-15')),
        makePartnerDeal(late, 'influenced', created('2026-08-15')),
      ],
    });
    const cards = trend(dataset, ALL, Q3);
    expect(cards.map((c) => c.quarter)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    // Active: 2025-Q4 early 1/1 (late not enrolled yet); 2026-Q1 late 1/2; 2026-Q2 early 1/2; 2026-Q3 both 2/2.
    expect(cards.map((c) => c.metrics.activePartnerRate.value)).toEqual([1, 0.5, 0.5, 1]);
    // Retention is enrollment, kept whatever they sell: 2025-Q4 early 1/1; 2026-Q1 early 1/1 (late enrolled inside it);
    // 2026-Q2 both 2/2; 2026-Q3 both 2/2.
    expect(cards.map((c) => c.metrics.partnerRetention)).toMatchObject([
      { value: 1, denominator: 1 },
      { value: 1, denominator: 1 },
      { value: 1, denominator: 2 },
      { value: 1, denominator: 2 },
    ]);
  });
});

describe('metric definitions', () => {
  it('defines every metric in plain words under a version', () => {
    expect(METRIC_DEFINITIONS_VERSION).toMatch(/^\d{4}\.\d+$/);
    expect(Object.keys(METRIC_DEFINITIONS)).toEqual([...metricKeys]);
    for (const key of metricKeys) {
      const definition = METRIC_DEFINITIONS[key];
      expect(definition.key).toBe(key);
      expect(definition.name.length).toBeGreaterThan(0);
      expect(definition.definition.length).toBeGreaterThan(40);
    }
  });
});
