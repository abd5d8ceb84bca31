import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR, fiscalCalendarOf } from '../../../../shared/domain/quarter';
import { generateWorkspace } from '../../../../shared/demo';
import { trend } from '../../../../shared/metrics';
import { dashboardSeries } from '../../../../renderer/features/dashboard/dashboard-series';
import { formatSeriesValue } from '../../../../renderer/features/dashboard/series-format';

const { records } = generateWorkspace({ seed: 5, asOf: '2026-11-22', territories: 2, partnersPerTerritory: 15 });

describe('dashboard series', () => {
  const scope = { kind: 'territory' as const, territoryId: records.territories[0]!.id };
  const cards = trend(records, scope, '2026-Q4');
  const series = dashboardSeries({ trend: cards, scope, partners: records.partners, certifications: records.certifications, jointSolutions: records.jointSolutions, calendar: CALENDAR_YEAR });

  it('draws every chart the scorecard asks for, trends over the four quarters', () => {
    expect(series.map((s) => s.id)).toEqual(['pipeline', 'win-rate', 'deal-size', 'roi', 'incremental', 'active-rate', 'expiring', 'undefined-models']);
    expect(series.find((s) => s.id === 'win-rate')!.labels).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    for (const s of series) for (const d of s.datasets) expect(d.data).toHaveLength(s.labels.length);
  });

  it('takes its figures from the scorecard, so chart and QBR agree', () => {
    const win = series.find((s) => s.id === 'win-rate')!;
    expect(win.datasets[0]!.data).toEqual(cards.map((c) => c.metrics.winRatePartnerVsDirect.parts.partnerInvolved.value));
  });

  it('counts expiring certifications only for partners in scope', () => {
    const expiring = series.find((s) => s.id === 'expiring')!.datasets[0]!.data;
    const inScope = new Set(records.partners.filter((p) => p.territoryId === scope.territoryId).map((p) => p.id));
    const q4 = records.certifications.filter((c) => inScope.has(c.partnerId) && c.expiresOn && c.expiresOn >= '2026-10-01' && c.expiresOn <= '2026-12-31');
    expect(expiring.at(-1)).toBe(q4.length);
  });

  it("names a February program's fiscal quarters with their calendar days, on the axis and in the ROI title", () => {
    const fiscal = generateWorkspace({ seed: 5, asOf: '2026-11-22', territories: 1, partnersPerTerritory: 10, fiscalYearStartMonth: 2 }).records;
    const calendar = fiscalCalendarOf({ fiscalYearStartMonth: 2 });
    const all = { kind: 'all' as const };
    // 22 November 2026 is in the February year's 2027-Q4 (1 Nov 2026 – 31 Jan 2027).
    const fiscalSeries = dashboardSeries({ trend: trend(fiscal, all, '2027-Q4'), scope: all, partners: fiscal.partners, certifications: fiscal.certifications, jointSolutions: fiscal.jointSolutions, calendar });
    expect(fiscalSeries.find((s) => s.id === 'win-rate')!.labels).toEqual([
      '2027-Q1 (1 Feb – 30 Apr 2026)',
      '2027-Q2 (1 May – 31 Jul 2026)',
      '2027-Q3 (1 Aug – 31 Oct 2026)',
      '2027-Q4 (1 Nov 2026 – 31 Jan 2027)',
    ]);
    expect(fiscalSeries.find((s) => s.id === 'roi')!.title).toBe('ROI by partnership type · 2027-Q4 (1 Nov 2026 – 31 Jan 2027)');
  });

  it('formats values for the table view, with "no data" rather than zero', () => {
    expect(formatSeriesValue(null, 'ratio')).toBe('no data');
    expect(formatSeriesValue(0.4567, 'ratio')).toBe('45.7%');
    expect(formatSeriesValue(4_000_000, 'cents')).toBe('$40,000');
    expect(formatSeriesValue(1200, 'count')).toBe('1,200');
  });
});
