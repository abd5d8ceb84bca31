import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { demoWorkspace } from '../../../../shared/demo';
import { planPeriodRange } from '../../../../shared/domain';
import { currentPlan } from '../../../../shared/plans';
import { buildQbrSnapshot, sourcesIndex } from '../../../../shared/qbr';

/**
 * Opened in August, the demo's last complete quarter (2026-Q2) lies in the
 * half before this one: the QBR of that quarter measures the partner against
 * the 2026-H1 plan, so the demo must hold it, agreed in that half and
 * measured to its end, beside this half's.
 */
const AS_OF = '2026-08-14';
const PAST = '2026-H1';
const pastHalf = planPeriodRange(PAST, CALENDAR_YEAR);
const workspace = demoWorkspace(AS_OF);
const { records } = workspace;
/** Partners that were in the program for most of the past half. */
const longStanding = records.partners.filter((p) => p.status === 'active' && p.enrolledOn <= '2026-05-01');

describe('demo plans of the half before this one', () => {
  it('gives every active partner that was in the program then an agreed or locked plan for it, signed within it', () => {
    expect(longStanding.length).toBeGreaterThan(10);
    for (const p of longStanding) {
      const plan = currentPlan(records.businessPlans, p.id, PAST);
      expect(plan, p.name).toBeDefined();
      expect(['agreed', 'locked']).toContain(plan!.status);
      expect(plan!.agreement!.agreedOn >= pastHalf.start && plan!.agreement!.agreedOn <= pastHalf.end, `${p.name} agreed ${plan!.agreement!.agreedOn}`).toBe(true);
      expect(currentPlan(records.businessPlans, p.id, '2026-H2'), `${p.name} this half`).toBeDefined();
    }
  });

  it('has no past plan for a partner that joined after that half', () => {
    for (const p of records.partners.filter((p) => p.enrolledOn > pastHalf.end)) expect(currentPlan(records.businessPlans, p.id, PAST), p.name).toBeUndefined();
  });

  it("puts the past half's plan, with measured objectives, in the pack of its last quarter", () => {
    const sourcesFor = sourcesIndex({ ...records, people: workspace.users });
    for (const p of longStanding.slice(0, 8)) {
      const { plan } = buildQbrSnapshot(sourcesFor(p.id), p.id, { quarter: '2026-Q2', asOf: AS_OF });
      expect(plan.noData, p.name).toBeNull();
      expect(plan.period).toBe(PAST);
      expect(plan.objectives.length, p.name).toBeGreaterThan(0);
      // Measured at the half's end: all of it had gone by.
      expect(plan.elapsed).toBe(1);
    }
  });
});
