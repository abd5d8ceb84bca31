import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { demoWorkspace } from '../../../../shared/demo';
import { halfOf, inRange, quarterRange, type Partner, type PartnerType } from '../../../../shared/domain';
import { scorecard, type MetricKey } from '../../../../shared/metrics';
import { currentPlan, planProgress, planVersions } from '../../../../shared/plans';
import { DEFAULT_TARGETS, ragStatus } from '../../../../shared/qbr/targets';

/**
 * What a manager opening the demo before a QBR should find: the last
 * complete quarter (2026-Q3) and the current one (2026-Q4, to 22 November)
 * worth showing a partner's VP, for every type of partner.
 */
const AS_OF = '2026-11-22';
const HALF = halfOf(AS_OF, CALENDAR_YEAR);
const last = quarterRange('2026-Q3', CALENDAR_YEAR);
const current = { ...quarterRange('2026-Q4', CALENDAR_YEAR), end: AS_OF };
const next = quarterRange('2027-Q1', CALENDAR_YEAR);
const quarterEnd = quarterRange('2026-Q4', CALENDAR_YEAR).end;
const { records } = demoWorkspace(AS_OF);
const active = records.partners.filter((p) => p.status === 'active');
const planOf = (p: Partner) => currentPlan(records.businessPlans, p.id, HALF);
const progressOf = (p: Partner) =>
  planProgress(planOf(p)!, { partner: p, opportunities: records.opportunities, certifications: records.certifications, activities: records.activities, exchangeRates: records.programSettings[0]?.exchangeRates }, AS_OF);
const dealsOf = (p: Partner) => records.opportunities.filter((o) => o.partnerId === p.id);
const wonIn = (p: Partner, span: { start: string; end: string }) => dealsOf(p).filter((o) => o.stage === 'won' && inRange(o.closeOn, span));

describe('demo joint business plans', () => {
  it('gives every active partner an agreed or locked plan for the half, weights adding up to 100, signed by both sides early in it', () => {
    for (const p of active) {
      const plan = planOf(p);
      expect(plan, p.name).toBeDefined();
      expect(['agreed', 'locked']).toContain(plan!.status);
      expect(plan!.objectives.reduce((sum, o) => sum + o.weight, 0)).toBe(100);
      const contacts = records.contacts.filter((c) => c.partnerId === p.id).map((c) => c.name);
      expect(contacts).toContain(plan!.agreement!.partnerName);
      expect(plan!.agreement!.agreedOn >= '2026-07-01' && plan!.agreement!.agreedOn <= AS_OF).toBe(true);
    }
  });

  it('gives at-risk partners a plan too, and most onboarding partners', () => {
    const withPlan = (status: Partner['status']) => records.partners.filter((p) => p.status === status).map((p) => planOf(p) !== undefined);
    expect(withPlan('at-risk').every(Boolean)).toBe(true);
    const onboarding = withPlan('onboarding');
    expect(onboarding.filter(Boolean).length).toBeGreaterThan(onboarding.length / 2);
  });

  it('shows a portfolio mostly on track, some partners behind and a few at risk', () => {
    const paces = records.partners.filter((p) => planOf(p)?.status !== 'draft' && planOf(p)).map((p) => progressOf(p).pace);
    const count = (pace: string) => paces.filter((x) => x === pace).length;
    expect(count('on-track')).toBeGreaterThan(count('behind'));
    expect(count('behind')).toBeGreaterThan(0);
    expect(count('at-risk')).toBeGreaterThan(0);
    expect(count('on-track')).toBeGreaterThan(paces.length / 2);
  });

  it("asks each type for what its partnerships are for, certified people in a program the type's tier rules use", () => {
    const kindsFor = (type: PartnerType) => new Set(active.filter((p) => p.partnerType === type).flatMap((p) => planOf(p)!.objectives.map((o) => o.kind)));
    expect([...kindsFor('isv')]).toEqual(expect.arrayContaining(['integrations-certified', 'influenced-pipeline', 'joint-marketing-activities']));
    expect([...kindsFor('reseller')]).toEqual(expect.arrayContaining(['partner-sourced-revenue', 'new-customers', 'certified-people']));
    expect([...kindsFor('oem')]).toEqual(expect.arrayContaining(['won-deals']));
    expect([...kindsFor('si')]).toEqual(expect.arrayContaining(['partner-sourced-revenue', 'certified-people']));
    for (const p of active) {
      const ruled = new Set(
        records.tierRuleSets.filter((s) => s.partnerType === p.partnerType).flatMap((s) => s.requirements.flatMap((r) => r.certifiedPeople.map((c) => c.programId))),
      );
      for (const o of planOf(p)!.objectives.filter((o) => o.kind === 'certified-people')) expect(ruled.has(o.certificationProgramId!)).toBe(true);
    }
  });

  it('mixes on-track and lagging objectives within plans, and measures every objective but custom ones from the records', () => {
    const objectives = active.flatMap((p) => progressOf(p).objectives);
    expect(objectives.filter((o) => o.objective.kind !== 'custom').every((o) => o.actualToDate !== null)).toBe(true);
    const plansWithALaggingObjective = active.filter((p) => {
      const progress = progressOf(p);
      return progress.pace === 'on-track' && progress.objectives.some((o) => o.pace !== 'on-track');
    });
    expect(plansWithALaggingObjective.length).toBeGreaterThan(0);
  });

  it('has custom objectives, most with an actual typed in, some still waiting for one', () => {
    const custom = records.businessPlans.flatMap((p) => p.objectives.filter((o) => o.kind === 'custom'));
    expect(custom.filter((o) => o.manualActual !== null).length).toBeGreaterThan(custom.filter((o) => o.manualActual === null).length);
    expect(custom.some((o) => o.manualActual === null)).toBe(true);
  });

  it('keeps a revised plan\'s locked version 1 beside its version 2, the same objectives with other targets', () => {
    const revised = records.partners.map((p) => planVersions(records.businessPlans, p.id, HALF)).filter((versions) => versions.length > 1);
    expect(revised.length).toBeGreaterThan(0);
    for (const [second, first] of revised) {
      expect(first).toMatchObject({ version: 1, status: 'locked' });
      expect(second).toMatchObject({ version: 2, revisesPlanId: first!.id });
      expect(second!.objectives.map((o) => o.id)).toEqual(first!.objectives.map((o) => o.id));
      expect(second!.objectives.map((o) => o.target)).not.toEqual(first!.objectives.map((o) => o.target));
      expect(second!.agreement!.agreedOn > first!.agreement!.agreedOn).toBe(true);
    }
  });
});

describe('demo deals, visits and commitments of the recent quarters', () => {
  it('has every active partner win deals in the last complete quarter and in this one so far, and lose some', () => {
    for (const p of active) {
      expect(wonIn(p, last).length, `${p.name} in ${last.label}`).toBeGreaterThan(0);
      expect(wonIn(p, current).length, `${p.name} in ${current.label}`).toBeGreaterThan(0);
    }
    const lost = active.flatMap((p) => dealsOf(p).filter((o) => o.stage === 'lost' && (inRange(o.closeOn, last) || inRange(o.closeOn, current))));
    expect(lost.length).toBeGreaterThan(active.length / 4);
  });

  it('has partners win in the part their type plays: resellers and SIs sourcing, ISVs and OEMs co-selling', () => {
    const lead: Record<PartnerType, string> = { reseller: 'sourced', si: 'sourced', isv: 'co-sell', oem: 'co-sell' };
    for (const p of active) {
      for (const span of [last, current]) expect(wonIn(p, span).some((o) => o.partnerRole === lead[p.partnerType]), `${p.name} ${span.label}`).toBe(true);
    }
  });

  it('never reads "0 of N on target" for an active partner: commercially active, and more than one target met, in both quarters', () => {
    // The scorecard's rows (shared/qbr/sections/scorecard.ts); time to first activity is a cohort figure it leaves off.
    const rows = (p: Partner): MetricKey[] => [
      'activePartnerRate',
      'partnerRetention',
      ...(p.partnerType === 'isv' ? (['integrationAdoptionRate'] as const) : []),
      'partnerInfluencedPipelineShare',
      'winRatePartnerVsDirect',
      'dealSizeCoSellVsDirect',
      'partnerSourcedNewCustomerRate',
      'programInvestmentShare',
      'roiByPartnerType',
    ];
    for (const p of active) {
      for (const quarter of [last.label, current.label]) {
        const card = scorecard(records, { kind: 'partner', partnerId: p.id }, quarter);
        const green = rows(p).filter((key) => ragStatus(card.metrics[key].value, DEFAULT_TARGETS[key]) === 'green');
        expect(green, `${p.name} ${quarter}`).toContain('activePartnerRate');
        expect(green.length, `${p.name} ${quarter}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('logs visits, calls and joint marketing this quarter, some notes marked to share with the partner and some kept internal', () => {
    const thisQuarter = records.activities.filter((a) => inRange(a.occurredAt, current));
    for (const p of active) expect(thisQuarter.some((a) => a.partnerId === p.id && a.kind === 'visit'), p.name).toBe(true);
    expect(thisQuarter.some((a) => a.kind === 'call')).toBe(true);
    expect(thisQuarter.some((a) => a.kind === 'joint-marketing')).toBe(true);
    const shared = thisQuarter.filter((a) => a.sharedWithPartner === true);
    expect(shared.length).toBeGreaterThan(active.length / 2);
    expect(thisQuarter.some((a) => a.kind === 'visit' && a.sharedWithPartner === false)).toBe(true);
  });

  it("has this quarter's commitments from the visit, open, in progress and done, and next quarter's with owners and dates", () => {
    const activities = new Map(records.activities.map((a) => [a.id, a]));
    const thisQuarter = records.commitments.filter((c) => c.quarter === current.label && c.activityId && inRange(activities.get(c.activityId)!.occurredAt, current));
    for (const status of ['open', 'in-progress', 'done'] as const) expect(thisQuarter.some((c) => c.status === status), status).toBe(true);
    expect(new Set(thisQuarter.map((c) => c.ownerSide))).toEqual(new Set(['vendor', 'partner']));
    for (const p of active) expect(thisQuarter.some((c) => c.partnerId === p.id), p.name).toBe(true);
    const nextQuarter = records.commitments.filter((c) => c.quarter === next.label);
    expect(nextQuarter.length).toBeGreaterThan(active.length / 2);
    expect(nextQuarter.every((c) => c.ownerName.length > 0 && inRange(c.dueOn, next))).toBe(true);
  });

  it('has certifications at active partners that lapse before the quarter ends', () => {
    const activeIds = new Set(active.map((p) => p.id));
    const lapsing = records.certifications.filter((c) => activeIds.has(c.partnerId) && c.expiresOn !== null && c.expiresOn >= AS_OF && c.expiresOn <= quarterEnd);
    expect(lapsing.length).toBeGreaterThan(0);
  });
});
