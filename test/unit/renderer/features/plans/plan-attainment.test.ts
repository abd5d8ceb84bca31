import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../../shared/domain/quarter';
import type { BusinessPlan } from '../../../../../shared/domain/business-plan';
import type { Opportunity } from '../../../../../shared/domain/opportunity';
import type { Partner } from '../../../../../shared/domain/partner';
import { agreedPlanOn, planAttainment, type PartnerRecords } from '../../../../../renderer/features/dashboard/plan-attainment';

const partner = (id: string, name: string) => ({ id, name, territoryId: 't1', deleted: false, attributes: { partnerType: 'reseller' } }) as unknown as Partner;

/** A plan of one objective: `target` deals won in 2026-H2, agreed unless said. */
const plan = (partnerId: string, target: number, over: Partial<BusinessPlan> = {}): BusinessPlan => ({
  id: `${partnerId}-v${over.version ?? 1}`,
  territoryId: 't1',
  updatedAt: '2026-07-01T00:00:00.000Z',
  deleted: false,
  partnerId,
  period: '2026-H2',
  version: 1,
  revisesPlanId: null,
  status: 'agreed',
  objectives: [{ id: 'o1', kind: 'won-deals', title: 'Deals won', certificationProgramId: null, target, weight: 100, ownerSide: 'joint', manualActual: null }],
  agreement: { vendorName: 'Sam', partnerName: 'Ana', agreedOn: '2026-07-01' },
  ...over,
});

const wins = (partnerId: string, count: number): PartnerRecords => ({
  opportunities: Array.from({ length: count }, (_, i) => ({ id: `${partnerId}-${i}`, partnerId, stage: 'won', closeOn: '2026-08-10', deleted: false }) as Opportunity),
  certifications: [],
  activities: [],
});

// 2026-10-01 is day 93 of the half's 184: half the time gone (0.505).
const ASOF = '2026-10-01';

describe('plan attainment across partners', () => {
  it('counts agreed plans by pace against the time gone by, weakest first', () => {
    const partners = [partner('a', 'Acme'), partner('b', 'Birch'), partner('c', 'Cedar'), partner('d', 'Delta')];
    const plans = [
      plan('a', 10), // 5 of 10 by half time: on track
      plan('b', 10), // 4 of 10: 0.4 ≥ 0.505 × 0.6 → behind
      plan('c', 10), // 1 of 10: at risk
      plan('d', 10, { status: 'draft', agreement: null }), // a draft is no agreed plan
    ];
    const records: Record<string, PartnerRecords> = { a: wins('a', 5), b: wins('b', 4), c: wins('c', 1), d: wins('d', 9) };
    const summary = planAttainment(partners, plans, (id) => records[id]!, ASOF, CALENDAR_YEAR);
    expect(summary).toMatchObject({ period: '2026-H2', partners: 4, withPlan: 3, byPace: { 'on-track': 1, behind: 1, 'at-risk': 1 }, unmeasured: 0 });
    expect(summary.weakest.map((s) => [s.partner.name, s.progress.weightedAttainment])).toEqual([
      ['Cedar', 0.1],
      ['Birch', 0.4],
      ['Acme', 0.5],
    ]);
  });

  it('holds a partner to the agreed version while a revision is drafted, and to the year plan when there is no half plan', () => {
    const plans = [plan('a', 10, { status: 'locked' }), plan('a', 20, { version: 2, status: 'draft', agreement: null }), plan('b', 4, { period: '2026' })];
    expect(agreedPlanOn(plans, 'a', ASOF, CALENDAR_YEAR)?.version).toBe(1);
    expect(agreedPlanOn(plans, 'b', ASOF, CALENDAR_YEAR)?.period).toBe('2026');
    expect(agreedPlanOn(plans, 'b', '2027-01-05', CALENDAR_YEAR)).toBeUndefined();
  });
});
