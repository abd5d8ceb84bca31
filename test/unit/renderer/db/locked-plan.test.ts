import { describe, expect, it } from 'vitest';
import type { PlanObjective } from '../../../../shared/domain/business-plan';
import { ValidationError } from '../../../../shared/domain/validation';
import { createRepository, type NewRecord } from '../../../../renderer/db/repository';
import { NORTH, freshDb } from './factory';

const objective = (id: string, over: Partial<PlanObjective> = {}): PlanObjective => ({
  id,
  kind: 'won-deals',
  title: `Objective ${id}`,
  certificationProgramId: null,
  target: 10,
  weight: 50,
  ownerSide: 'joint',
  manualActual: null,
  ...over,
});

const lockedPlan = (): NewRecord<'businessPlans'> => ({
  territoryId: NORTH,
  partnerId: 'partner-1',
  period: '2026-H2',
  version: 1,
  revisesPlanId: null,
  status: 'locked',
  objectives: [objective('a'), objective('b', { kind: 'custom', manualActual: 2 })],
  agreement: { vendorName: 'Sam Rivera', partnerName: 'Ana Lopez', agreedOn: '2026-07-03' },
});

/** The refusal a save meets, as the form reads it: the field and the sentence under it. */
const refusalOf = async (write: Promise<unknown>) => {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).errors;
};

// The rule the server holds too (server/sync/change-rules.ts): an honest device never queues what it would refuse.
describe('a locked joint business plan on the device', () => {
  it("refuses a changed target, naming the objectives, and writes and queues nothing", async () => {
    const { db } = freshDb();
    const repo = createRepository(db);
    const plan = await repo.create('businessPlans', lockedPlan());
    const queued = await db.outbox.count();

    const opened = { objectives: plan.objectives };
    const raised = plan.objectives.map((o) => (o.id === 'a' ? { ...o, target: 12 } : o));
    expect(await refusalOf(repo.update('businessPlans', plan.id, { objectives: raised }, { opened }))).toEqual([
      { field: 'objectives', message: "A locked plan's objectives and targets do not change; revise it to make a new version." },
    ]);
    expect(await refusalOf(repo.update('businessPlans', plan.id, { status: 'draft' }))).toEqual([
      { field: 'status', message: 'A locked plan stays locked; revise it to make a new version.' },
    ]);
    expect(await db.businessPlans.get(plan.id)).toEqual(plan);
    expect(await db.outbox.count()).toBe(queued);
  });

  it("still takes a custom objective's typed-in actual, and a plan not locked takes any valid change", async () => {
    const { db } = freshDb();
    const repo = createRepository(db);
    const plan = await repo.create('businessPlans', lockedPlan());
    const counted = plan.objectives.map((o) => (o.kind === 'custom' ? { ...o, manualActual: 5 } : o));
    const saved = await repo.update('businessPlans', plan.id, { objectives: counted }, { opened: { objectives: plan.objectives } });
    expect(saved.objectives[1]!.manualActual).toBe(5);

    const draft = await repo.create('businessPlans', { ...lockedPlan(), status: 'draft', agreement: null });
    const edited = await repo.update('businessPlans', draft.id, { objectives: [objective('a', { target: 40, weight: 100 })] }, { opened: { objectives: draft.objectives } });
    expect(edited.objectives).toEqual([objective('a', { target: 40, weight: 100 })]);
  });

  it('compares the plan by value, whatever order a pulled copy keeps its keys in', async () => {
    const { db } = freshDb();
    const repo = createRepository(db);
    const made = await repo.create('businessPlans', lockedPlan());
    // As the server's JSONB hands it back: the same plan, keys in another order.
    const reorder = (value: object) => Object.fromEntries(Object.entries(value).reverse());
    await repo.bulkLoad({ businessPlans: [{ ...reorder(made), agreement: reorder(made.agreement!), objectives: made.objectives.map(reorder) } as typeof made] });
    const pulled = (await repo.get('businessPlans', made.id))!;
    const counted = pulled.objectives.map((o) => (o.kind === 'custom' ? { ...o, manualActual: 4 } : o));
    const saved = await repo.update('businessPlans', made.id, { objectives: counted }, { opened: { objectives: pulled.objectives } });
    expect(saved.objectives.find((o) => o.kind === 'custom')?.manualActual).toBe(4);
  });
});
