import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR, fiscalCalendarOf } from '../../../../../shared/domain/quarter';
import type { BusinessPlan } from '../../../../../shared/domain/business-plan';
import { createRepository } from '../../../../../renderer/db/repository';
import { openForm, saveForm, NEEDS_ATTENTION } from '../../../../../renderer/ui/record-form';
import { agreementForm } from '../../../../../renderer/features/plans/agreement-form';
import { newObjective, objectiveDraftOf, objectiveOf, planForm, weightSum, withKind, type ObjectiveDraft } from '../../../../../renderer/features/plans/plan-draft';
import { periodChoices } from '../../../../../renderer/features/plans/plan-periods';
import { lockForm, revisionForm } from '../../../../../renderer/features/plans/plan-step-forms';
import { activityForm } from '../../../../../renderer/features/partners/activity-form';
import { freshDb, NORTH } from '../../db/factory';

const partner = { id: 'partner-1', territoryId: NORTH };
const defaults = { vendorName: 'Sam Rivera', partnerName: 'Ana Lopez', today: '2026-12-02' };

const draftObjective = (over: Partial<ObjectiveDraft>): ObjectiveDraft => ({ ...newObjective([]), ...over });

/** A repository and the plan saved through the form as a manager would: created, then objectives typed in. */
const setup = () => {
  const repo = createRepository(freshDb().db);
  const save = async <D>(spec: Parameters<typeof saveForm<'businessPlans', D>>[1], draft?: D) => {
    const opened = openForm(spec);
    return saveForm(repo, spec, opened, draft ?? opened.draft);
  };
  return { repo, save };
};

describe('objective drafts', () => {
  it('shows money targets in dollars and stores them in cents; counts as they are', () => {
    const revenue = draftObjective({ kind: 'partner-sourced-revenue', target: '250,000.50', weight: '60' });
    expect(objectiveOf(revenue)).toMatchObject({ target: 25_000_050, weight: 60, manualActual: null, certificationProgramId: null });
    expect(objectiveDraftOf(objectiveOf(revenue)).target).toBe('250000.5');
    const deals = draftObjective({ kind: 'won-deals', target: '12' });
    expect(objectiveOf(deals).target).toBe(12);
  });

  it('keeps only what belongs to the kind: a program for certified people, a typed actual for custom', () => {
    const people = draftObjective({ kind: 'certified-people', certificationProgramId: 'program-sales', manualActual: '4' });
    expect(objectiveOf(people)).toMatchObject({ certificationProgramId: 'program-sales', manualActual: null });
    const custom = withKind(people, 'custom');
    expect(objectiveOf(custom)).toMatchObject({ certificationProgramId: null, manualActual: 4 });
    expect(objectiveOf({ ...custom, manualActual: '' }).manualActual).toBeNull();
  });

  it('lets a title that still names its kind follow the kind, and keeps one the manager wrote', () => {
    const fresh = newObjective([]);
    expect(withKind(fresh, 'new-customers').title).toBe('New customers');
    expect(withKind({ ...fresh, title: 'Logos in retail' }, 'new-customers').title).toBe('Logos in retail');
  });

  it('adds the weights as typed and offers what is left of 100 to the next objective', () => {
    const two = [draftObjective({ weight: '50' }), draftObjective({ weight: '30' }), draftObjective({ weight: 'x' })];
    expect(weightSum(two)).toBe(80);
    expect(newObjective(two).weight).toBe('20');
    expect(newObjective([draftObjective({ weight: '100' })]).weight).toBe('');
  });

  it('offers this half first among the halves and years around it', () => {
    expect(periodChoices('2026-12-02', CALENDAR_YEAR, ['2025-H1']).map((c) => c.period)).toEqual(['2026-H1', '2026-H2', '2027-H1', '2026', '2027', '2025-H1']);
    expect(periodChoices('2026-03-01', CALENDAR_YEAR)[0]).toEqual({ period: '2025-H2', label: '2025-H2 (last half)' });
  });

  it('names fiscal halves and years with their calendar days, so FY2027 is not read as calendar 2027', () => {
    const february = fiscalCalendarOf({ fiscalYearStartMonth: 2 });
    // 2 December 2026 is in FY2027's second half (1 Aug 2026 – 31 Jan 2027).
    expect(periodChoices('2026-12-02', february).slice(1, 4)).toEqual([
      { period: '2027-H2', label: '2027-H2 (this half, 1 Aug 2026 – 31 Jan 2027)' },
      { period: '2028-H1', label: '2028-H1 (next half, 1 Feb – 31 Jul 2027)' },
      { period: '2027', label: '2027 (this year, 1 Feb 2026 – 31 Jan 2027)' },
    ]);
  });
});

describe('a plan through the one form path', () => {
  it('creates a draft version 1 for the partner and period, then names each objective field at fault', async () => {
    const { save } = setup();
    const created = await save(planForm(partner, undefined, '2026-H2'));
    if (!created.ok) throw new Error(created.banner);
    expect(created.saved).toMatchObject({ partnerId: 'partner-1', territoryId: NORTH, period: '2026-H2', version: 1, status: 'draft', objectives: [], agreement: null });

    const spec = planForm(partner, created.saved, '2026-H2');
    const bad = await save(spec, { objectives: [draftObjective({ title: ' ', target: '0', kind: 'certified-people' })] });
    expect(bad).toEqual({
      ok: false,
      banner: NEEDS_ATTENTION,
      errors: {
        'objectives.0.title': 'Title is required',
        'objectives.0.target': 'Target must be at least 1',
        'objectives.0.certificationProgramId': 'Certification program must be chosen: its certified people are what the objective counts',
      },
    });
  });

  it("agrees only with both names and weights of 100, saying what no input can fix in the banner", async () => {
    const { save } = setup();
    const made = await save(planForm(partner, undefined, '2026-H2'));
    if (!made.ok) throw new Error(made.banner);
    const edited = await save(planForm(partner, made.saved, '2026-H2'), {
      objectives: [draftObjective({ kind: 'won-deals', target: '8', weight: '60' }), draftObjective({ kind: 'custom', title: 'Case studies', target: '2', weight: '30' })],
    });
    if (!edited.ok) throw new Error(edited.banner);

    const unnamed = await save(agreementForm(edited.saved, defaults), { vendorName: 'Sam Rivera', partnerName: '', agreedOn: '2026-12-02' });
    expect(unnamed.ok === false && unnamed.errors).toMatchObject({ partnerName: 'Partner name is required' });
    expect(unnamed.ok === false && unnamed.banner).toBe('Objectives must have weights adding up to 100 before the plan is agreed');
  });

  it('agrees, locks, refuses a new target, and revises into a version 2 draft with the same objectives', async () => {
    const { save, repo } = setup();
    const made = await save(planForm(partner, undefined, '2026-H2'));
    if (!made.ok) throw new Error(made.banner);
    const target = draftObjective({ kind: 'influenced-pipeline', target: '400000', weight: '100' });
    const edited = await save(planForm(partner, made.saved, '2026-H2'), { objectives: [target] });
    if (!edited.ok) throw new Error(edited.banner);
    const agreed = await save(agreementForm(edited.saved, defaults));
    if (!agreed.ok) throw new Error(agreed.banner);
    expect(agreed.saved).toMatchObject({ status: 'agreed', agreement: { vendorName: 'Sam Rivera', partnerName: 'Ana Lopez', agreedOn: '2026-12-02' } });
    const locked = await save(lockForm(agreed.saved), { status: 'locked' as BusinessPlan['status'] });
    if (!locked.ok) throw new Error(locked.banner);

    const raised = await save(planForm(partner, locked.saved, '2026-H2'), { objectives: [{ ...target, target: '500000' }] });
    expect(raised.ok === false && raised.errors).toEqual({ objectives: "A locked plan's objectives and targets do not change; revise it to make a new version." });
    expect((await repo.get('businessPlans', made.saved.id))?.objectives[0]?.target).toBe(40_000_000);

    const revised = await save(revisionForm(locked.saved));
    if (!revised.ok) throw new Error(revised.banner);
    expect(revised.saved).toMatchObject({ version: 2, revisesPlanId: made.saved.id, status: 'draft', agreement: null, objectives: locked.saved.objectives });
    expect((await repo.get('businessPlans', made.saved.id))?.status).toBe('locked');
  });
});

describe('sharing an activity with the partner', () => {
  it('opens an older note without the mark as internal, and saves the box as the flag', async () => {
    const repo = createRepository(freshDb().db);
    const note = await repo.create('activities', {
      territoryId: NORTH,
      partnerId: 'partner-1',
      kind: 'visit',
      occurredAt: '2026-11-20T10:00:00.000Z',
      authorUserId: 'u1',
      subject: 'Pipeline review',
      notes: 'Agreed two joint webinars',
    });
    const spec = activityForm(partner, note, 'u1');
    const opened = openForm(spec);
    expect(opened.draft.sharedWithPartner).toBe('no');
    const unchanged = await saveForm(repo, spec, opened, opened.draft);
    // Saving it untouched writes nothing, though the stored note has no flag at all.
    expect(unchanged.ok && unchanged.saved.updatedAt).toBe(note.updatedAt);
    const shared = await saveForm(repo, spec, opened, { ...opened.draft, sharedWithPartner: 'yes' });
    expect(shared.ok && shared.saved.sharedWithPartner).toBe(true);
  });
});
