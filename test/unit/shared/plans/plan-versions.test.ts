import { describe, expect, it } from 'vitest';
import { businessPlanSchema, type BusinessPlan } from '../../../../shared/domain/business-plan';
import { currentPlan, lockedPlanRefusal, planVersions, revisionOf } from '../../../../shared/plans';
import { syncFields } from '../../../support/records';

const locked: BusinessPlan = businessPlanSchema.parse({
  ...syncFields('plan', { id: 'plan-v1' }),
  partnerId: 'acme',
  period: '2026-H2',
  version: 1,
  revisesPlanId: null,
  status: 'locked',
  objectives: [
    { id: 'revenue', kind: 'partner-sourced-revenue', title: 'Sourced revenue', certificationProgramId: null, target: 20_000_000, weight: 70, ownerSide: 'partner', manualActual: null },
    { id: 'stories', kind: 'custom', title: 'Case studies', certificationProgramId: null, target: 2, weight: 30, ownerSide: 'joint', manualActual: 0 },
  ],
  agreement: { vendorName: 'Sam Rivera', partnerName: 'Ana Lopez', agreedOn: '2026-07-02' },
});

describe('a locked plan revised', () => {
  it("keeps a locked plan's targets, and lets a custom actual move", () => {
    const raised = { ...locked, objectives: locked.objectives.map((o) => (o.id === 'revenue' ? { ...o, target: 30_000_000 } : o)) };
    expect(lockedPlanRefusal(locked, raised)).toEqual({ field: 'objectives', reason: "A locked plan's objectives and targets do not change; revise it to make a new version." });
    expect(lockedPlanRefusal(locked, { ...locked, status: 'draft' })?.field).toBe('status');
    expect(lockedPlanRefusal(locked, { ...locked, agreement: { ...locked.agreement!, partnerName: 'Someone else' } })?.field).toBe('agreement');
    const counted = { ...locked, objectives: locked.objectives.map((o) => (o.id === 'stories' ? { ...o, manualActual: 1 } : o)) };
    expect(lockedPlanRefusal(locked, counted)).toBeUndefined();
    // A plan not yet locked may change freely.
    expect(lockedPlanRefusal({ ...locked, status: 'agreed' }, { ...raised, status: 'agreed' })).toBeUndefined();
  });

  it('makes the next version a draft with the same objectives, and keeps the old one', () => {
    const next = businessPlanSchema.parse({ ...revisionOf(locked), updatedAt: '2026-10-01T09:00:00.000Z', deleted: false });
    expect(next).toMatchObject({ version: 2, revisesPlanId: 'plan-v1', status: 'draft', agreement: null, period: '2026-H2', partnerId: 'acme' });
    expect(next.id).not.toBe(locked.id);
    expect(next.objectives.map((o) => o.id)).toEqual(['revenue', 'stories']);
    const plans = [locked, next];
    expect(currentPlan(plans, 'acme', '2026-H2')?.id).toBe(next.id);
    expect(planVersions(plans, 'acme', '2026-H2').map((p) => p.version)).toEqual([2, 1]);
    expect(currentPlan(plans, 'acme', '2027')).toBeUndefined();
    expect(currentPlan([{ ...next, deleted: true }, locked], 'acme', '2026-H2')?.id).toBe('plan-v1');
  });
});
