import { lockedPlanRefusal } from '../plans/versions';
import type { BusinessPlan } from './business-plan';
import type { EntityName, EntityOf } from './entities';

/** Why a stored record may not become `next`, naming the field at fault. */
export interface ChangeRefusal {
  field: string;
  reason: string;
}

type ChangeRule<N extends EntityName> = (stored: EntityOf<N>, next: EntityOf<N>) => ChangeRefusal | undefined;

/**
 * Rules about a change rather than a record: a value can be valid on its own
 * and still not be one the stored record may take (a locked plan's target).
 * The schema cannot hold them, as it sees one record; the device's repository
 * (before it writes) and the server's push (before it stores) both ask here,
 * so an honest device never sends what the server would refuse.
 */
const changeRules: { [N in EntityName]?: ChangeRule<N> } = {
  businessPlans: (stored: BusinessPlan, next: BusinessPlan) => lockedPlanRefusal(stored, next),
};

export const changeRefusal = <N extends EntityName>(table: N, stored: EntityOf<N>, next: EntityOf<N>): ChangeRefusal | undefined =>
  (changeRules[table] as ChangeRule<N> | undefined)?.(stored, next);
