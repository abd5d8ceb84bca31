import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/activity';
import { businessPlanSchema, type BusinessPlan, type PlanObjective } from '../../../../shared/domain/business-plan';
import type { Certification } from '../../../../shared/domain/certification';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import type { Partner } from '../../../../shared/domain/partner';
import { planProgress, type PlanRecords } from '../../../../shared/plans';
import { buildDeal, buildPartner, partnerAttributes, syncFields, usd } from '../../../support/records';

/**
 * Hand-worked plan attainment. The plan covers 2026-H2: 1 July to 31
 * December, 184 days. Measured on 30 September, 92 of them have gone by,
 * so the period is exactly half over: on track needs 45 % (90 % of the
 * pace), behind 30 % (60 %), below that is at risk.
 */
const HALF_OVER = '2026-09-30';

const partner: Partner = buildPartner('reseller', { id: 'acme' });

const objective = (id: string, kind: PlanObjective['kind'], target: number, weight: number, extra: Partial<PlanObjective> = {}): PlanObjective => ({
  id,
  kind,
  title: `${kind} objective`,
  certificationProgramId: null,
  target,
  weight,
  ownerSide: 'joint',
  manualActual: null,
  ...extra,
});

const plan = (objectives: PlanObjective[], extra: Partial<BusinessPlan> = {}): BusinessPlan =>
  businessPlanSchema.parse({
    ...syncFields('plan'),
    partnerId: partner.id,
    period: '2026-H2',
    version: 1,
    revisesPlanId: null,
    status: 'agreed',
    objectives,
    agreement: { vendorName: 'Sam Rivera', partnerName: 'Ana Lopez', agreedOn: '2026-07-02' },
    ...extra,
  });

const deal = (partnerRole: Opportunity['partnerRole'], dollars: number, closeOn: string, extra: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({ partnerId: partner.id, partnerRole, channel: 'resale', amountCents: usd(dollars), stage: 'won', createdOn: '2026-05-01', closeOn, ...extra });

const records = (extra: Partial<PlanRecords> = {}): PlanRecords => ({ partner, opportunities: [], certifications: [], activities: [], ...extra });

describe('plan attainment, worked by hand', () => {
  // Sourced wins in the half: $60,000 (20 July) + $40,000 (10 September) = $100,000. Not counted: the
  // influenced win, the sourced win of 30 June (before the half), the sourced deal lost, another partner's deal.
  const deals = [
    deal('sourced', 60_000, '2026-07-20'),
    deal('sourced', 40_000, '2026-09-10'),
    deal('influenced', 50_000, '2026-08-01'),
    deal('sourced', 30_000, '2026-06-30'),
    deal('sourced', 10_000, '2026-08-20', { stage: 'lost' }),
    deal('sourced', 99_000, '2026-08-20', { partnerId: 'someone-else' }),
  ];
  const revenue = objective('revenue', 'partner-sourced-revenue', usd(200_000), 50);
  const wins = objective('wins', 'won-deals', 12, 30);
  const caseStudies = objective('case-studies', 'custom', 4, 20);

  it('weighs each objective by its share, leaving out one with no actual yet', () => {
    const progress = planProgress(plan([revenue, wins, caseStudies]), records({ opportunities: deals }), HALF_OVER);
    expect(progress.elapsed).toBe(0.5);
    const [r, w, c] = progress.objectives;
    // $100,000 of $200,000: 50 %, ahead of the 45 % pace.
    expect(r).toMatchObject({ actualToDate: usd(100_000), attainment: 0.5, pace: 'on-track', unit: 'cents' });
    expect(r!.byQuarter).toEqual([{ quarter: '2026-Q3', actual: usd(100_000) }]);
    // Three wins (both sourced ones and the influenced one) of 12: 25 %, under the 30 % line.
    expect(w).toMatchObject({ actualToDate: 3, attainment: 0.25, pace: 'at-risk', unit: 'count' });
    // Nobody typed in the case studies yet: no figure, and no zero either.
    expect(c).toMatchObject({ actualToDate: null, attainment: null, pace: null });
    // (50 × 0.5 + 30 × 0.25) / 80 = 32.5 / 80 = 40.625 %: behind (at least 30 %, under 45 %).
    expect(progress.weightMeasured).toBe(80);
    expect(progress.weightedAttainment).toBe(0.40625);
    expect(progress.pace).toBe('behind');
  });

  it('counts a custom objective once its actual is typed in, and caps what is over target', () => {
    const done = { ...caseStudies, manualActual: 4 };
    // Twice the revenue target: counted as 100 % in the plan figure, shown as 200 % on its own.
    const progress = planProgress(plan([{ ...revenue, target: usd(50_000) }, wins, done]), records({ opportunities: deals }), HALF_OVER);
    expect(progress.objectives.map((o) => o.attainment)).toEqual([2, 0.25, 1]);
    // (50 × 1 + 30 × 0.25 + 20 × 1) / 100 = 77.5 %.
    expect(progress.weightedAttainment).toBe(0.775);
    expect(progress.pace).toBe('on-track');
    // A custom objective has no quarters of its own: its figure is to date only.
    expect(progress.objectives[2]!.byQuarter).toEqual([{ quarter: '2026-Q3', actual: null }]);
  });

  it('splits flows by quarter once the second quarter has begun', () => {
    const progress = planProgress(plan([{ ...revenue, weight: 100 }]), records({ opportunities: [...deals, deal('sourced', 25_000, '2026-10-05')] }), '2026-10-15');
    expect(progress.objectives[0]!.byQuarter).toEqual([
      { quarter: '2026-Q3', actual: usd(100_000) },
      { quarter: '2026-Q4', actual: usd(25_000) },
    ]);
    expect(progress.objectives[0]!.actualToDate).toBe(usd(125_000));
  });

  it('counts certified people on the day, once each, in the chosen program only', () => {
    const cert = (contactId: string, programId: string, issuedOn: string, expiresOn: string): Certification => ({
      ...syncFields('cert'),
      partnerId: partner.id,
      contactId,
      programId,
      status: 'certified',
      issuedOn,
      expiresOn,
    });
    const certifications = [
      cert('ana', 'sales', '2026-03-01', '2027-03-01'),
      cert('ana', 'sales', '2026-08-01', '2027-08-01'), // renewed: still one person
      cert('ben', 'sales', '2025-09-01', '2026-09-15'), // lapsed before the 30th
      cert('cy', 'presales', '2026-07-10', '2027-07-10'), // another program
      cert('dee', 'sales', '2026-08-12', '2027-08-12'),
    ];
    const people = objective('people', 'certified-people', 4, 100, { certificationProgramId: 'sales' });
    const progress = planProgress(plan([people]), records({ certifications }), HALF_OVER);
    // Ana and Dee: 2 of 4 = 50 %.
    expect(progress.objectives[0]).toMatchObject({ actualToDate: 2, attainment: 0.5, pace: 'on-track' });
  });

  it('counts certified integrations to date, and joint marketing activities in the half', () => {
    const isv = buildPartner('isv', {
      id: 'acme',
      attributes: partnerAttributes('isv', {
        integrations: [
          { name: 'CRM sync', depth: 'api', certificationStatus: 'certified', marketplaceListed: true },
          { name: 'Billing', depth: 'connector', certificationStatus: 'in-progress', marketplaceListed: false },
          { name: 'Analytics', depth: 'embedded', certificationStatus: 'certified', marketplaceListed: false },
        ],
      }),
    });
    const activity = (kind: Activity['kind'], occurredAt: string): Activity => ({
      ...syncFields('activity'),
      partnerId: isv.id,
      kind,
      occurredAt,
      authorUserId: 'user-1',
      subject: 'Webinar',
      notes: '',
    });
    const activities = [activity('joint-marketing', '2026-07-14T15:00:00.000Z'), activity('joint-marketing', '2026-09-02T15:00:00.000Z'), activity('joint-marketing', '2026-06-20T15:00:00.000Z'), activity('visit', '2026-08-01T09:00:00.000Z')];
    const progress = planProgress(
      plan([objective('integrations', 'integrations-certified', 4, 50), objective('marketing', 'joint-marketing-activities', 4, 50)]),
      { partner: isv, opportunities: [], certifications: [], activities },
      HALF_OVER,
    );
    const [integrations, marketing] = progress.objectives;
    // Integrations carry no certification date: a figure to date, none per quarter.
    expect(integrations).toMatchObject({ actualToDate: 2, attainment: 0.5, byQuarter: [{ quarter: '2026-Q3', actual: null }] });
    expect(marketing).toMatchObject({ actualToDate: 2, attainment: 0.5, byQuarter: [{ quarter: '2026-Q3', actual: 2 }] });
  });

  it('measures a plan before its period as just begun, and after it as over', () => {
    const early = planProgress(plan([{ ...revenue, weight: 100 }]), records({ opportunities: deals }), '2026-05-01');
    expect(early.asOf).toBe('2026-07-01');
    expect(early.elapsed).toBe(1 / 184);
    const late = planProgress(plan([{ ...revenue, weight: 100 }]), records({ opportunities: deals }), '2027-02-01');
    expect(late.asOf).toBe('2026-12-31');
    expect(late.elapsed).toBe(1);
    // Half the target with the half over is at risk: below 60 % of the pace.
    expect(late.pace).toBe('at-risk');
  });
});
