import { describe, expect, it } from 'vitest';
import type { ProgramSettings } from '../../../../shared/domain/program-settings';
import { CALENDAR_YEAR, fiscalCalendarOf, quarterRange } from '../../../../shared/domain/quarter';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { activePartnerRate, scorecard } from '../../../../shared/metrics';
import { partnerRevenue } from '../../../../shared/metrics/partner-revenue';
import { scopeRecords } from '../../../../shared/metrics/scope';
import { planProgress } from '../../../../shared/plans';
import { ALL, makeDataset, makePartner, makePartnerDeal, won } from './factory';

/**
 * A program whose fiscal year starts in February: FY2027 runs from
 * 1 February 2026 to 31 January 2027, and its first quarter, 2027-Q1, from
 * 1 February to 30 April 2026. Each figure below is checked by hand against
 * those days, and against what the same records give on calendar quarters.
 */
const FEBRUARY = fiscalCalendarOf({ fiscalYearStartMonth: 2 });
const settings: ProgramSettings = {
  id: 'program-settings', territoryId: 'global', updatedAt: '2026-01-01T09:00:00.000Z', deleted: false,
  vendorName: 'Vendor', logoDataUrl: null, primaryColor: '#000000', accentColor: '#FFFFFF', fiscalYearStartMonth: 2,
};

const reseller = makePartner('reseller', { enrolledOn: '2025-01-01' });
const deals = [
  makePartnerDeal(reseller, 'sourced', won('2026-01-31', { amountCents: 100_000, createdOn: '2025-12-01' })), // $1,000: FY2026-Q4, calendar 2026-Q1
  makePartnerDeal(reseller, 'sourced', won('2026-02-01', { amountCents: 200_000, createdOn: '2025-12-01' })), // $2,000: FY2027-Q1's first day
  makePartnerDeal(reseller, 'sourced', won('2026-04-30', { amountCents: 400_000, createdOn: '2025-12-01' })), // $4,000: FY2027-Q1's last day; calendar Q2
  makePartnerDeal(reseller, 'sourced', won('2026-05-01', { amountCents: 800_000, createdOn: '2025-12-01' })), // $8,000: FY2027-Q2
];
const fiscal = makeDataset({ partners: [reseller], opportunities: deals, programSettings: [settings] });
const calendar = makeDataset({ partners: [reseller], opportunities: deals });

describe('a fiscal year that starts in February', () => {
  it('counts partner revenue over the fiscal quarter’s days, 1 Feb – 30 Apr 2026', () => {
    // $2,000 (1 Feb) + $4,000 (30 Apr) = $6,000; 31 Jan is the year before's last quarter, 1 May the next quarter.
    expect(partnerRevenue(fiscal, scopeRecords(fiscal, ALL), quarterRange('2027-Q1', FEBRUARY)).deals.reseller).toBe(600_000);
    // The same records on calendar quarters: 2026-Q1 is Jan–Mar, $1,000 + $2,000 = $3,000.
    expect(partnerRevenue(calendar, scopeRecords(calendar, ALL), quarterRange('2026-Q1', CALENDAR_YEAR)).deals.reseller).toBe(300_000);
  });

  it('reads a scorecard’s quarter in the program’s calendar, from the dataset’s settings', () => {
    // 2027-Q1 on the February program is 1 Feb – 30 Apr 2026: two wins, so the partner was active.
    expect(activePartnerRate(fiscal, ALL, '2027-Q1')).toMatchObject({ numerator: 1, denominator: 1 });
    // FY2027-Q3 (1 Aug – 31 Oct 2026) saw no deal created or won: inactive.
    expect(activePartnerRate(fiscal, ALL, '2027-Q3')).toMatchObject({ numerator: 0, denominator: 1 });
    // Calendar 2027-Q1 (Jan–Mar 2027) is a different quarter altogether: nothing happened then either.
    expect(scorecard(fiscal, ALL, '2027-Q1').quarter).toBe('2027-Q1');
  });

  it('pays a rebate on the fiscal quarter’s revenue, and names the quarter in the basis', () => {
    const statement = buildIncentiveStatement({
      partner: reseller,
      programs: [
        {
          id: 'program', territoryId: 'global', updatedAt: '2026-01-01T09:00:00.000Z', deleted: false,
          name: 'Reseller rebate', partnerType: 'reseller', effectiveFrom: '2025-01-01', effectiveTo: null,
          rules: [{ kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 1_000 }] }],
        },
      ],
      opportunities: deals.map((d) => ({ ...d, channel: 'resale' as const })),
      certifications: [],
      calendar: FEBRUARY,
      quarter: '2027-Q1',
    });
    const rebate = statement.lines.find((l) => l.ruleKind === 'tiered-rebate')!;
    // $6,000 × 10% = $600.
    expect(rebate.basis.amount).toBe(600_000);
    expect(rebate.amountCents).toBe(60_000);
    // Named with its days, so no one reads it as the calendar 2027-Q1.
    expect(rebate.basis.description).toBe('Won resale revenue in 2027-Q1, 1 Feb – 30 Apr 2026 (2 deals)');
  });

  it('measures a fiscal half plan from 1 Feb to 31 Jul 2026', () => {
    const progress = planProgress(
      {
        id: 'plan', territoryId: reseller.territoryId, updatedAt: '2026-02-01T09:00:00.000Z', deleted: false,
        partnerId: reseller.id, period: '2027-H1', version: 1, revisesPlanId: null, status: 'agreed',
        agreement: { vendorName: 'Sam', partnerName: 'Ana', agreedOn: '2026-02-01' },
        objectives: [{ id: 'o1', kind: 'partner-sourced-revenue', title: 'Revenue', certificationProgramId: null, target: 1_400_000, weight: 100, ownerSide: 'joint', manualActual: null }],
      },
      { partner: reseller, opportunities: deals, certifications: [], activities: [], calendar: FEBRUARY },
      '2026-07-31',
    );
    // 1 Feb – 31 Jul 2026 holds the $2,000, $4,000 and $8,000 wins: $14,000 of $14,000.
    expect(progress.objectives[0]!.actualToDate).toBe(1_400_000);
    expect(progress.objectives[0]!.byQuarter.map((q) => [q.quarter, q.actual])).toEqual([
      ['2027-Q1', 600_000],
      ['2027-Q2', 800_000],
    ]);
  });
});
