import { newId } from '../domain/ids';
import type { BusinessPlan, PlanAgreement } from '../domain/business-plan';

/**
 * A plan's life (DESIGN §2): draft → agreed (both sides' names and the date)
 * → locked. A locked plan's targets never change: a revision is a new plan
 * record, the next version, in draft, and the old one stays as it was.
 */

/** The plan in force for a partner and period: the highest version, whatever its status. */
export const currentPlan = (plans: readonly BusinessPlan[], partnerId: string, period: string): BusinessPlan | undefined =>
  plans.filter((p) => !p.deleted && p.partnerId === partnerId && p.period === period).sort((a, b) => b.version - a.version)[0];

/** Every version of a partner's plan for a period, newest first. */
export const planVersions = (plans: readonly BusinessPlan[], partnerId: string, period: string): BusinessPlan[] =>
  plans.filter((p) => !p.deleted && p.partnerId === partnerId && p.period === period).sort((a, b) => b.version - a.version);

export const agreedPlan = (plan: BusinessPlan, agreement: PlanAgreement): Pick<BusinessPlan, 'status' | 'agreement'> => ({ status: 'agreed', agreement });

/** The next version of a plan: a draft with the same objectives (same ids, so each is known as the same one). */
export const revisionOf = (plan: BusinessPlan): Omit<BusinessPlan, 'updatedAt' | 'deleted'> => ({
  id: newId(),
  territoryId: plan.territoryId,
  partnerId: plan.partnerId,
  period: plan.period,
  version: plan.version + 1,
  revisesPlanId: plan.id,
  status: 'draft',
  objectives: plan.objectives.map((o) => ({ ...o })),
  agreement: null,
});

/** Keys in one order: a record read back from the server's JSONB (or a device's pulled copy) keeps no key order. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]))
      : value;
export const sameJson = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Why a change to a stored plan may not be made, or undefined when it may.
 * One rule for the device (before it writes) and the server (before it
 * stores): a locked plan keeps its objectives, period and agreement; only a
 * custom objective's typed-in actual may still move, as the quarter goes on.
 * A locked plan never goes back to draft or agreed.
 */
export const lockedPlanRefusal = (stored: BusinessPlan, next: BusinessPlan): { field: string; reason: string } | undefined => {
  if (stored.status !== 'locked') return undefined;
  if (next.status !== 'locked') return { field: 'status', reason: 'A locked plan stays locked; revise it to make a new version.' };
  if (next.period !== stored.period || next.version !== stored.version || next.partnerId !== stored.partnerId) {
    return { field: 'period', reason: 'A locked plan keeps its partner, period and version; revise it to make a new version.' };
  }
  if (!sameJson(next.agreement, stored.agreement)) return { field: 'agreement', reason: 'A locked plan keeps its agreement; revise it to make a new version.' };
  const withoutActuals = (plan: BusinessPlan) => plan.objectives.map(({ manualActual: _actual, ...rest }) => rest);
  if (!sameJson(withoutActuals(next), withoutActuals(stored))) {
    return { field: 'objectives', reason: "A locked plan's objectives and targets do not change; revise it to make a new version." };
  }
  return undefined;
};
