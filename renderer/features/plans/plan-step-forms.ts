import type { BusinessPlan } from '../../../shared/domain/business-plan';
import { revisionOf } from '../../../shared/plans';
import type { RecordFormSpec } from '../../ui/record-form';

/**
 * Locking an agreed plan: from then on its targets do not change (the
 * repository and the server refuse it, shared/domain/change-rules.ts).
 */
export const lockForm = (plan: BusinessPlan): RecordFormSpec<'businessPlans', { status: BusinessPlan['status'] }> => ({
  table: 'businessPlans',
  record: plan,
  draftOf: (p) => ({ status: p?.status ?? plan.status }),
  toRecord: (d) => ({ status: d.status }),
});

/**
 * Revising a plan: the next version, a draft with the same objectives, as a
 * new record; the revised one stays as it was and is listed as an earlier
 * version.
 */
export const revisionForm = (plan: BusinessPlan): RecordFormSpec<'businessPlans', Record<string, never>> => ({
  table: 'businessPlans',
  record: undefined,
  draftOf: () => ({}),
  toRecord: () => revisionOf(plan),
});
