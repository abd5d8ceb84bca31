import { lockedPlanRefusal } from '../plans/versions';
import type { BusinessPlan } from './business-plan';
import type { EntityName, EntityOf } from './entities';
import { statementChangeRefusal, type IncentiveStatementRecord } from './incentive-statement-record';
import type { Partner } from './partner';
import { ruleChangeRefusal, type RuleChange } from './rule-change';
import { withAdoptionCounts } from './partner-adoption';
import { withStatusChange } from './partner-status';
import { withTierChange } from './partner-tier';
import { tierVersionChangeRefusal, type TierRuleSet } from './tier-rules';

/** Why a stored record may not become `next`, naming the field at fault. */
export interface ChangeRefusal {
  field: string;
  reason: string;
}

/** `latestDay`: the last calendar day it can be for the writer (a date after it is still to come). */
type ChangeRule<N extends EntityName> = (stored: EntityOf<N>, next: EntityOf<N>, latestDay: string) => ChangeRefusal | undefined;

/**
 * Rules about a change rather than a record: a value can be valid on its own
 * and still not be one the stored record may take (a locked plan's target).
 * The schema cannot hold them, as it sees one record; the device's repository
 * (before it writes) and the server's push (before it stores) both ask here,
 * so an honest device never sends what the server would refuse.
 */
const changeRules: { [N in EntityName]?: ChangeRule<N> } = {
  businessPlans: (stored: BusinessPlan, next: BusinessPlan) => lockedPlanRefusal(stored, next),
  incentiveStatements: (stored: IncentiveStatementRecord, next: IncentiveStatementRecord, latestDay: string) => statementChangeRefusal(stored, next, latestDay),
  ruleChanges: (stored: RuleChange, next: RuleChange) => ruleChangeRefusal(stored, next),
  tierRuleSets: (stored: TierRuleSet, next: TierRuleSet) => tierVersionChangeRefusal(stored, next),
};

type Derivation<N extends EntityName> = (stored: EntityOf<N>, next: EntityOf<N>, day: string) => EntityOf<N>;

/**
 * Fields a change writes beside the ones the user changed, kept by the
 * record itself: a partner's status and tier changes go into their histories.
 * The device's repository asks here on every update, so a form, an import
 * and a bulk edit record the same history.
 */
const derivations: { [N in EntityName]?: Derivation<N> } = {
  partners: (stored: Partner, next: Partner, day: string) => withAdoptionCounts(stored, withTierChange(stored, withStatusChange(stored, next, day), day), day),
};

/** `next` with what the change derives (see `derivations`); `day` is the writer's calendar day. */
export const derivedRecord = <N extends EntityName>(table: N, stored: EntityOf<N>, next: EntityOf<N>, day: string): EntityOf<N> =>
  (derivations[table] as Derivation<N> | undefined)?.(stored, next, day) ?? next;

/**
 * Why `stored` may not become `next`; `latestDay` is the writer's today on
 * the device, and on the server the latest day anywhere on Earth (a device
 * east of the server may already be in tomorrow).
 */
export const changeRefusal = <N extends EntityName>(table: N, stored: EntityOf<N>, next: EntityOf<N>, latestDay: string): ChangeRefusal | undefined =>
  (changeRules[table] as ChangeRule<N> | undefined)?.(stored, next, latestDay);
