import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { businessPlanSchema, type BusinessPlan } from '../../../../shared/domain/business-plan';
import { halfOf, planPeriodRange } from '../../../../shared/domain/plan-period';

const objective = (id: string, weight: number, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'won-deals',
  title: `Objective ${id}`,
  certificationProgramId: null,
  target: 10,
  weight,
  ownerSide: 'joint',
  manualActual: null,
  ...extra,
});

const plan = (over: Partial<Record<keyof BusinessPlan, unknown>> = {}) => ({
  id: 'p1',
  territoryId: 't1',
  updatedAt: '2026-07-01T00:00:00.000Z',
  deleted: false,
  partnerId: 'partner-1',
  period: '2026-H2',
  version: 1,
  revisesPlanId: null,
  status: 'draft',
  objectives: [objective('a', 60), objective('b', 30)],
  agreement: null,
  ...over,
});

const problems = (value: unknown) => {
  const result = businessPlanSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('joint business plan periods', () => {
  it('spans a half as two quarters and a year as four', () => {
    expect(planPeriodRange('2026-H2', CALENDAR_YEAR)).toEqual({ period: '2026-H2', start: '2026-07-01', end: '2026-12-31', quarters: ['2026-Q3', '2026-Q4'] });
    expect(planPeriodRange('2027', CALENDAR_YEAR)).toMatchObject({ start: '2027-01-01', end: '2027-12-31', quarters: ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'] });
    expect(halfOf('2026-06-30', CALENDAR_YEAR)).toBe('2026-H1');
    expect(halfOf('2026-07-01', CALENDAR_YEAR)).toBe('2026-H2');
  });

  it('names the form a period must take', () => {
    expect(() => planPeriodRange('2026-Q3', CALENDAR_YEAR)).toThrow('2026-H2');
    expect(problems(plan({ period: '2026-H3' }))).toEqual(['period: must be a year such as 2026 or a half such as 2026-H2']);
  });
});

describe('joint business plan records', () => {
  it('lets a draft carry weights that do not add up yet, but not an agreed plan', () => {
    expect(problems(plan())).toEqual([]);
    const agreement = { vendorName: 'Sam Rivera', partnerName: 'Ana Lopez', agreedOn: '2026-07-03' };
    expect(problems(plan({ status: 'agreed', agreement }))).toEqual(['objectives: must have weights adding up to 100 before the plan is agreed']);
    expect(problems(plan({ status: 'agreed', agreement, objectives: [objective('a', 60), objective('b', 40)] }))).toEqual([]);
  });

  it("asks for both sides' names and the date before a plan counts as agreed", () => {
    expect(problems(plan({ status: 'locked', objectives: [objective('a', 100)] }))).toEqual(["agreement: needs both sides' names and the date once the plan is agreed"]);
  });

  it('takes a typed-in actual only for a custom objective, and a program for certified people', () => {
    expect(problems(plan({ objectives: [objective('a', 50, { manualActual: 3 })] }))).toEqual([
      'objectives.0.manualActual: is typed in only for a custom objective; the others fill in from the records',
    ]);
    expect(problems(plan({ objectives: [objective('a', 50, { kind: 'custom', manualActual: 3 })] }))).toEqual([]);
    expect(problems(plan({ objectives: [objective('a', 50, { kind: 'certified-people' })] }))).toEqual([
      'objectives.0.certificationProgramId: must be chosen: its certified people are what the objective counts',
    ]);
  });

  it('refuses the same objective twice', () => {
    expect(problems(plan({ objectives: [objective('a', 50), objective('a', 50)] }))).toEqual(['objectives: must each appear once']);
  });
});
