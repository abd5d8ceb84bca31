import { beforeAll, describe, expect, it } from 'vitest';
import type { BusinessPlan, PlanObjective } from '../../../shared/domain/business-plan';
import { newId } from '../../../shared/domain/ids';
import { partnerRecord, pullAll, push, signIn, type World } from './support';

const objective = (over: Partial<PlanObjective> = {}): PlanObjective => ({
  id: newId(),
  kind: 'won-deals',
  title: 'Deals won together',
  certificationProgramId: null,
  target: 10,
  weight: 50,
  ownerSide: 'joint',
  manualActual: null,
  ...over,
});

/**
 * A locked joint business plan keeps its targets (DESIGN §2): the server
 * refuses a change the device's repository would have refused, whoever sends
 * it, and names the field (server/sync/change-rules.ts).
 */
export const lockedPlanSuite = (getWorld: () => World): void =>
  void describe('locked joint business plans', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    const lockedPlan = async (): Promise<BusinessPlan> => {
      const partner = partnerRecord(world.t1);
      const plan: BusinessPlan = {
        id: newId(),
        territoryId: world.t1,
        updatedAt: new Date().toISOString(),
        deleted: false,
        partnerId: partner.id,
        period: '2026-H2',
        version: 1,
        revisesPlanId: null,
        status: 'locked',
        objectives: [objective(), objective({ kind: 'custom', title: 'Joint case studies', manualActual: 1 })],
        agreement: { vendorName: 'Mia North', partnerName: 'Ana Lopez', agreedOn: '2026-07-03' },
      };
      const made = await push(world, world.m1, [
        { table: 'partners', rowId: partner.id, op: 'put', patch: partner },
        { table: 'businessPlans', rowId: plan.id, op: 'put', patch: plan },
      ]);
      expect(made.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
      return plan;
    };

    const storedPlan = async (id: string) => {
      const { rows } = await pullAll(world, await signIn(world.server.url, world.m1.email));
      return rows.find((r) => r.table === 'businessPlans' && r.row.id === id)?.row;
    };

    it('refuses a changed target or a step back to draft, naming the field, and keeps the plan as it was', async () => {
      const plan = await lockedPlan();
      const raised = plan.objectives.map((o, i) => (i === 0 ? { ...o, target: 20 } : o));
      const answer = await push(world, world.m1, [
        { table: 'businessPlans', rowId: plan.id, op: 'put', patch: { objectives: raised, updatedAt: new Date().toISOString() } },
        { table: 'businessPlans', rowId: plan.id, op: 'put', patch: { status: 'draft', agreement: null, updatedAt: new Date().toISOString() } },
      ]);
      expect(answer.status).toBe(200);
      const [target, unlock] = answer.body.results;
      expect(target).toMatchObject({ status: 'rejected', code: 'forbidden', fields: { objectives: expect.stringMatching(/targets do not change; revise it/) } });
      expect(target.reason).toMatch(/^Joint business plan was not saved: A locked plan's objectives/);
      // The device is told what the server holds, so it can put its copy back.
      expect(target.current.objectives[0].target).toBe(10);
      expect(unlock).toMatchObject({ status: 'rejected', code: 'forbidden', fields: { status: expect.stringMatching(/stays locked/) } });
      expect(await storedPlan(plan.id)).toMatchObject({ status: 'locked', objectives: plan.objectives });
    });

    it("takes a custom objective's typed-in actual on a locked plan, and a revision as a new version", async () => {
      const plan = await lockedPlan();
      const counted = plan.objectives.map((o) => (o.kind === 'custom' ? { ...o, manualActual: 3 } : o));
      const revision: BusinessPlan = { ...plan, id: newId(), version: 2, revisesPlanId: plan.id, status: 'draft', agreement: null, objectives: counted.map((o) => ({ ...o, target: o.target * 2 })) };
      const answer = await push(world, world.m1, [
        { table: 'businessPlans', rowId: plan.id, op: 'put', patch: { objectives: counted, updatedAt: new Date().toISOString() } },
        { table: 'businessPlans', rowId: revision.id, op: 'put', patch: revision },
      ]);
      expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
      expect((await storedPlan(plan.id))?.objectives[1].manualActual).toBe(3);
      expect((await storedPlan(revision.id))?.objectives[0].target).toBe(20);
    });
  });
